//! Titles: a head of `official_titles.txt` (or a rank or degree of `official_ranks.txt`)
//! with the organisation it belongs to, read up to a separator, a stop word or a personal
//! name; and the titles that follow a name (chained by commas, in a bracket, after a
//! link word).

use super::field::held_at;
use super::names::name_right_at;
use super::parent::country_end;
use super::role::{foreign_body_end, foreign_unplaced, generic_head_body_end};
use super::tail::gathering_at;
use super::vocab::Info;
use super::walk::OrgWalk;
use super::words::{Case, Gap, Words};
use crate::text::chars::to_lowercase;

pub(super) use super::hit::Hit;

/// Longest bracket skipped between a title and its name, or after a name, in words.
const MAX_BRACKET_WORDS: usize = 30;

/// The word after the closing bracket of a bracket whose first word is `j` (the number
/// of words when it closes after the last one), when that bracket closes within
/// [`MAX_BRACKET_WORDS`] words without a line break.
pub(super) fn after_bracket(w: &Words<'_>, j: usize) -> Option<usize> {
    let mut k = j + 1;
    while k < w.len() && k - j <= MAX_BRACKET_WORDS {
        // (a bracket that closes where its paragraph ends, ")\n" or ").\n", closes)
        let sep = &w.text[w.words[k - 1].end()..w.words[k].start()];
        match sep.find(['(', ')', '\n']) {
            Some(at) if sep[at..].starts_with(')') => return Some(k),
            Some(_) => return None,
            None => {}
        }
        k += 1;
    }
    // The bracket closes after the last word ("… (Cục trưởng Cục Thuế).").
    (k == w.len() && k - j <= MAX_BRACKET_WORDS && w.text[w.words[k - 1].end()..].contains(')'))
        .then_some(k)
}

/// Most words of the field said between a degree or profession and the name ("tâm lý").
const MAX_RANK_FIELD_WORDS: usize = 2;

/// The field of a degree or profession said at word `j` before a name, one or two lowercase
/// words untagged, a body's field or a surname's syllable ("TS tâm lý Vũ Thu Hương"), then a
/// name of three words or more that a Vietnamese surname opens, or a foreign name of two
/// parts or more: the name's first word and end. (A preposition, a verb of the lists, a title or a place is no field: "luật sư của
/// …", "luật sư bào chữa cho …", "bác sĩ tại …".)
pub(super) fn field_then_name(w: &Words<'_>, j: usize) -> Option<(usize, usize)> {
    let field = |k: usize| {
        k < w.len()
            && w.gap(k) == Gap::Space
            && w.words[k].case() == Case::Lower
            // (the possessor or the one served: "luật sư của …", "luật sư cho …")
            && !matches!(w.word(k), "của" | "cho")
            && w.place_at(k).is_none()
            // (a surname written lowercase is a word: "tâm lý")
            && w.tag(k).is_none_or(|(_, x)| {
                (x.field && !x.field_verb)
                    || (x.surname && !(x.stop || x.title || x.rank || x.honorific || x.link))
            })
    };
    let mut k = j;
    while k < w.len().min(j + MAX_RANK_FIELD_WORDS) && field(k) {
        k += 1;
        if k > j && k < w.len() && w.gap(k) == Gap::Space && w.name_like(k) {
            // (a whole name of three words or more: two capitalised words after a field
            // may be a field's own name, "bác sĩ chuyên khoa Ung Bướu"; or a foreign name
            // of two parts, "bác sĩ nhi khoa Paul Gilbert")
            let r = w.run_end(k);
            if w.split_run(k, r, 3) == Some(k) {
                return Some((k, w.hyphen_end(k, r)));
            }
            if let Some(e) = w.foreign_name_at(k, 2) {
                return Some((k, e));
            }
        }
    }
    None
}

/// The armed service a rank is held in, said at word `j` right after it
/// (`armed_services.txt`: "Hải quân", "Không quân"), then the country it is
/// another's if said, then a name ("Đô đốc Hải quân Charles Richard", "Chuẩn Đô đốc Hải
/// quân Indonesia Iwan Isnurwanto", "Trung tướng Không quân Mỹ Jeffrey Harrigian"): the
/// name's first word and end.
fn service_then_name(w: &Words<'_>, j: usize) -> Option<(usize, usize)> {
    let (t, x) = w.tag(j)?;
    if !x.service || w.place_at(j).is_some() {
        return None;
    }
    let mut k = j + t.n;
    if k < w.len()
        && w.gap(k) == Gap::Space
        && let Some(e) = country_end(w, k)
    {
        k = e;
    }
    if k >= w.len() || w.gap(k) != Gap::Space {
        return None;
    }
    let r = name_right_at(w, k).or_else(|| w.foreign_name_at(k, 2))?;
    Some((k, r))
}

/// The title that starts at word `i`, with its organisation.
#[inline(always)]
pub(super) fn title_at(w: &Words<'_>, i: usize) -> Option<Hit> {
    // Only a tagged word starts a title (a modifier or the head itself): checked inline,
    // so the untagged words, most of them, cost no call.
    // (or the owner's noun before a count, "chủ một cửa hàng": [`trade`])
    let Some((_, info)) = w.tag(i) else {
        return super::trade::counted_owner(w, i);
    };
    // and only a modifier, a role or a rank ([`title_head`])
    if !(info.modifier || info.title || info.rank) || inside_stop(w, i) || w.legal_form_member(i) {
        return None;
    }
    title_at_tagged(w, i)
        .filter(|h| {
            !w.rank_in_body_name(h)
                && !super::group_named::rank_names_group(w, h)
                && !super::head_rank::rank_in_head(w, h)
        })
        .map(|h| super::names::object_not_holder(w, h))
        .map(|h| super::club::body_not_holder(w, h))
        .map(|h| super::club::body_glued_to_name(w, h))
        .map(|h| super::club::served_addressed(w, h))
        .map(|h| super::named::cut_name_word(w, h))
        .map(|h| super::qualified::body_named_after(w, h))
        .map(|h| super::walk::province_after(w, h))
        .map(|h| super::trade::acting_for_country(w, h))
        .map(|h| super::department::field_not_holder(w, h))
        .map(|h| super::counted::bodies_listed(w, h))
        .map(|h| super::reference::country_by_reference(w, h))
        .filter(|h| !super::ordinal::first_to_act(w, h))
}

/// Does the body an owner holds follow the owner's words ending at word `head.0` (byte
/// `head.1`): a capitalised word after a space, "của" before it or not ("đồng sở hữu CLB
/// X", "người sở hữu của Y")? A lowercase word is a thing owned ("đồng sở hữu làn da …").
fn owned_after(w: &Words<'_>, head: (usize, usize)) -> bool {
    let capitalised =
        |k: usize| k < w.len() && w.gap(k) == Gap::Space && w.words[k].case() != Case::Lower;
    // (the body's kind said lowercase before its name: "ông chủ của công ty R.A.I.N.
    // Company", "chủ sở hữu tập đoàn X")
    let kind_then_name = |k: usize| {
        k < w.len()
            && w.gap(k) == Gap::Space
            && w.tag(k).is_some_and(|(t, x)| {
                (x.org.is_some() || x.institution)
                    && !(x.title || x.rank || x.unit || x.country)
                    && capitalised(k + t.n)
            })
    };
    let mut j = head.0;
    if j < w.len() && w.gap_from(head.1, j) == Gap::Space && w.word(j) == "của" {
        j += 1;
        return capitalised(j) || kind_then_name(j);
    }
    j < w.len()
        && w.gap_from(head.1, j) == Gap::Space
        && (w.words[j].case() != Case::Lower || kind_then_name(j))
}

/// Is word `i` inside a stop entry of the lists that starts one or two words before it
/// ("lão tướng", a veteran player; "tể tướng"): a compound that ends with a rank's or
/// role's word and names no post, so no title starts there.
fn inside_stop(w: &Words<'_>, i: usize) -> bool {
    (1..=2).any(|back| i >= back && w.tag(i - back).is_some_and(|(t, x)| x.stop && t.n > back))
}

/// [`title_at`] of a word that has a tag.
#[inline(never)]
fn title_at_tagged(w: &Words<'_>, i: usize) -> Option<Hit> {
    let (role, head, info) = title_head(w, i)?;
    if (info.heads_unit && !unit_after(w, role, head)) || (info.holder && !owned_after(w, head)) {
        return None;
    }
    let mut hit = Hit {
        from: i,
        to: head.0,
        start: w.words.get(i)?.start(),
        end: head.1,
        rank_only: !info.title,
        name: None,
        given: false,
    };
    if info.nickname {
        return nickname_hit(w, hit);
    }
    if !info.title {
        // Degrees glued by their periods are one ("Ths.Bs", "TS.BS"); an award glued
        // after them is no part of it ("GS.TS.TTND")
        let degrees_end = super::before::glue_degrees(w, &mut hit);
        // A rank or degree takes no organisation; the name follows at once: two words
        // or more, or one foreign word ("giáo sư Ribeiro", joined to the full name later).
        // ("bác sĩ Khoa Nội …": a department, no name, which "Khoa" never opens)
        if hit.to < w.len()
            && w.soft_gap(hit.end, hit.to) == Gap::Space
            && !department_at(w, hit.to)
        {
            hit.name = name_right_at(w, hit.to)
                .or_else(|| {
                    w.foreign_name_at(hit.to, 1)
                        .filter(|_| w.word(hit.to).chars().nth(1).is_some())
                })
                .map(|r| (hit.to, r));
            if hit.name.is_none() && given_name_at(w, hit.to) {
                (hit.name, hit.given) = (Some((hit.to, hit.to + 1)), true);
            }
            // ("Sir Alex": after an honour said with a given name one word is one)
            hit.given |= info.with_given && hit.name.is_some_and(|(s, r)| r == s + 1);
            // "Chuẩn đô đốc Mỹ Charles Willams": the country the rank is held in, then
            // the name (as "Tổng thống Mỹ Donald Trump"); the country is the title's.
            if hit.name.is_none()
                && let Some(k) = country_end(w, hit.to)
                && k < w.len()
                && w.gap(k) == Gap::Space
                && let Some(r) = name_right_at(w, k).or_else(|| w.foreign_name_at(k, 2))
            {
                hit.end = w.words[k - 1].end();
                hit.to = k;
                hit.name = Some((k, r));
            }
            // "Đô đốc Hải quân Charles Richard": the armed service the rank is held in,
            // its country if said, then the name; the service is the title's
            if hit.name.is_none()
                && let Some((k, r)) = service_then_name(w, hit.to)
            {
                hit.end = w.words[k - 1].end();
                hit.to = k;
                hit.name = Some((k, r));
            }
            // "TS tâm lý Vũ Thu Hương", "bác sĩ tim mạch Nguyễn Văn B": the field of the
            // degree or profession, then a Vietnamese name; the field is the title's
            if hit.name.is_none()
                && let Some((k, r)) = field_then_name(w, hit.to)
            {
                hit.end = w.words[k - 1].end();
                hit.to = k;
                hit.name = Some((k, r));
            }
        }
        // "giáo sư sinh học tại Đại học Macalester": a degree with its field, held at an
        // institution, read as a title's organisation is
        // (the field's words, "và" among them, are the title's)
        if hit.name.is_none()
            && let Some(at) = held_at(w, hit.to)
        {
            hit.to = at;
            hit.end = w.words[at - 1].end();
            OrgWalk::new(hit, false).run(w, &mut hit);
        } else if hit.name.is_none()
            && w.soft_gap(hit.end, hit.to) == Gap::Space
            && super::affiliation::run_to_institution(w, &mut hit)
        {
            // "giáo sư cổ sinh vật học từ Đại học X", "giáo sư của Đại học Y"
        } else if hit.name.is_none() && serves_org_at(w, hit.end, hit.to) {
            // "bác sĩ Bệnh viện Chợ Rẫy": the body a profession is practised in, named
            // right after it, read as a title's organisation is
            OrgWalk::new(hit, false).run(w, &mut hit);
        }
        if let Some((award, end)) = degrees_end.filter(|_| hit.name.is_some()) {
            (hit.to, hit.end) = (award, end);
        }
        return Some(hit);
    }
    // "nữ hoàng truyền hình Mỹ", "hoàng tử nhạc pop": a monarch's role before a lowercase
    // word that is no place is a figure of speech
    if info.monarch
        && hit.to < w.len()
        && w.soft_gap(hit.end, hit.to) == Gap::Space
        && w.words[hit.to].case() == Case::Lower
        && w.place_at(hit.to).is_none()
        && !w.tag(hit.to).is_some_and(|(_, x)| x.country)
    {
        return None;
    }
    OrgWalk::new(body_in_role(w, &mut hit), info.personal).run(w, &mut hit);
    // "Thư ký nguyên Phó Chủ tịch Quốc hội", "Trợ lý Tổng thống": an aide's role and the
    // post of the one served right after it are one title
    // and its remit after that post ("… của Tổng thống Mỹ về khí hậu X", [`super::remit`])
    if info.aide {
        aide_served(w, &mut hit, head.0);
    }
    // "lãnh đạo Triều Tiên Kim Jong-un": a leader said by the role noun names someone only
    // before the name ("lãnh đạo Sở Y tế": the leadership); the bare noun only after a
    // country ("lãnh đạo Arsenal" is the club's)
    let bare = role == i && head.0 == role + 2;
    if info.named && !super::leader::leader_titled(w, head.0, &mut hit, bare) {
        return None;
    }
    // "trợ lý của mình": a role said of the subject's own ("mình", oneself) is a tie to that
    // person, no post
    if hit.to >= head.0 + 2
        && w.word(hit.to - 1) == "mình"
        && w.word(hit.to - 2) == "của"
        && w.gap(hit.to - 1) == Gap::Space
    {
        return None;
    }
    // ("cô giáo Nguyễn Thị A": a teacher's noun before a full name, [`role::teacher_named`])
    if info.teacher
        && let Some(named) = super::role::teacher_named(w, head, hit)
    {
        return Some(named);
    }
    // a staff post names the organisation it serves ("cán bộ Sở Y tế", "cán bộ tuyển
    // dụng", "chuyên gia tại Viện X")
    if info.staff
        && let Some(post) = super::role::staff_post(w, head, hit, info.employee)
    {
        return post;
    }
    if let Some((org, run)) = held_at_body(w, &hit) {
        match run {
            Some(end) => run_to(w, &mut hit, end),
            // (no name after the body: "giám đốc tại Viện X Max Planck" is the body's own)
            None => {
                hit = walk_org(w, hit, org)
                    .filter(|h| h.name.is_none())
                    .unwrap_or(hit)
            }
        }
    }
    Some(hit)
}

/// Runs the title `hit` to the end of the body its role's last word opens (returned), when an
/// organisation's entry of the lists opens there and runs past the role: "Trưởng đoàn đại
/// biểu Quốc hội" (the head of the National Assembly's delegation of a province, "Đoàn
/// đại biểu Quốc hội"), whose words the walk would read as a second role.
fn body_in_role(w: &Words<'_>, hit: &mut Hit) -> Hit {
    let last = hit.to.wrapping_sub(1);
    if last >= hit.from
        && hit.to < w.len()
        && w.gap(hit.to) == Gap::Space
        && let Some((t, x)) = w.tag(last)
        && x.org.is_some()
        && last + t.n > hit.to
    {
        hit.to = last + t.n;
        hit.end = t.end;
    }
    *hit
}

/// A post said by its role and the lowercase function or unit it heads, then "tại" and
/// the company or body it is held at ("giám đốc truyền thông khu vực tại Unilever",
/// "trưởng phòng kinh doanh tại Công ty Sữa Việt"): the body is the title's, as an
/// employee's is ([`employee_post`]). Returns the body's first word and, for a body with
/// no head of the lists, the word after its name: a capitalised run of which a word is
/// no Vietnamese syllable ("tại Coca-Cola", "tại PayPal", "tại Bảo tàng Khoa học Tự
/// nhiên Bắc Carolina"), never a place or a country; a single word is one only with no
/// capitalised word after it ("tại William Grant & Sons" is read no further than its
/// first word, so not at all).
fn held_at_body(w: &Words<'_>, hit: &Hit) -> Option<(usize, Option<usize>)> {
    let at = hit.to;
    let org = at + 1;
    if hit.name.is_some()
        || org >= w.len()
        || at <= hit.from
        || w.words[at - 1].case() != Case::Lower
        || w.word(at) != "tại"
        || w.soft_gap(hit.end, at) != Gap::Space
        || w.gap(org) != Gap::Space
        || w.words[org].case() == Case::Lower
        // ("tại Hội nghị X": where the person spoke, no body the post is held at)
        || gathering_at(w, org)
    {
        return None;
    }
    if org_head_at(w, org) {
        return Some((org, None));
    }
    let end = proper_run_end(w, org).or_else(|| {
        let end = glued_end(w, org);
        let alone =
            end >= w.len() || w.gap(end) != Gap::Space || w.words[end].case() == Case::Lower;
        alone.then_some(end)
    })?;
    foreign_unplaced(w, org, end).then_some((org, Some(end)))
}

/// The word after a capitalised word `j` and those glued to it by hyphens ("Coca-Cola").
pub(super) fn glued_end(w: &Words<'_>, j: usize) -> usize {
    let mut k = j + 1;
    while k < w.len() && w.joined_by(k, "-") && w.words[k].case() != Case::Lower {
        k += 1;
    }
    k
}

/// `hit` run on to end before word `end`, with no name after it.
pub(super) fn run_to(w: &Words<'_>, hit: &mut Hit, end: usize) {
    hit.to = end;
    hit.end = w.words[end - 1].end();
    hit.name = None;
}

/// An employee's post ("giáo viên", "nhân viên") read as `hit`, whose role ends at word
/// `head.0` (byte `head.1`): a title only where a named organisation follows the role, at
/// once ("giáo viên Trường THPT Chu Văn An", "nhân viên Trung tâm Y tế Đông Hà") or after
/// the subject taught and a preposition of `role_links.txt` or a comma ("giáo viên môn
/// Toán tại Hệ thống Giáo dục X", "chuyên gia về an ninh của Viện Y", "quan chức trong
/// Đảng Z", "giáo viên Lịch sử, Trường THPT Y"). A trade said with no organisation
/// ("nhân viên bán hàng", "giáo viên dạy Toán") is a common noun.
pub(super) fn employee_post(w: &Words<'_>, head: (usize, usize), mut hit: Hit) -> Option<Hit> {
    if head.0 >= w.len() || w.soft_gap(head.1, head.0) != Gap::Space {
        return None;
    }
    if org_head_at(w, head.0) {
        return Some(hit);
    }
    // (a name the walk found right after the role is no subject's: "nhà vật lý Peter
    // Brown, Đại học X")
    if hit.name.is_some() {
        return None;
    }
    // the subject taught: a few words after spaces, none of a list's but a field's, or
    // none ("nhà thiên văn học tại Viện X", "giáo viên tại Trường Y")
    let k = (head.0..w.len().min(head.0 + MAX_SUBJECT_WORDS + 1))
        .find(|&k| w.gap(k) != Gap::Space || w.tag(k).is_some_and(|(_, x)| x.role_link))?;
    // (a head that names an organisation only capitalised, written lowercase, is a common
    // noun: "giáo viên bộ môn Ngữ văn tại …", the subject's department; "và" joins two
    // fields: "nhà phân tích công nghệ và truyền thông tại X")
    // (a role that ends in the verb of charge, "người phụ trách", takes its field as the
    // verb's object, a noun there though the stop words list it as a verb: "người phụ
    // trách thông tin về … tại Viện X")
    let object =
        (hit.from..head.0).any(|j| w.tag(j).is_some_and(|(t, x)| x.charge && j + t.n == head.0));
    let listed = |x: usize| {
        w.tag(x).is_some_and(|(_, t)| {
            t.title
                || t.rank
                || (t.stop && !t.join && !object)
                || t.org == Some(false)
                || (t.org == Some(true) && w.words[x].case() != Case::Lower)
        })
    };
    // ("về", about, may open the field or follow its first words: "chuyên gia về an ninh
    // mạng tại Viện X", "chuyên gia hàng đầu về kinh tế tại Viện Y")
    let about = |x: usize| w.word(x) == "về" && x + 1 < k;
    if (head.0..k).any(|x| listed(x) && !about(x)) {
        return None;
    }
    // (or a bracket naming the school after the subject: "giáo viên môn Ngữ văn (Trường
    // THPT Y, ĐH Z)", the nineteenth draw's guide, written with the bracket)
    if k > head.0
        && w.gap(k) == Gap::Open
        && org_head_at(w, k)
        && let Some((after, close)) = super::parent::qualifier_bracket(w, k)
    {
        hit.to = after;
        hit.end = close;
        return Some(hit);
    }
    let link = w
        .tag(k)
        .filter(|(_, x)| w.gap(k) == Gap::Space && x.role_link);
    let at = link.is_some();
    let org = k + link.map_or(0, |(t, _)| t.n);
    if at && w.gap(org) == Gap::Space && !org_head_at(w, org) {
        // "tại Hệ thống Giáo dục X": the capitalised run of a name with no head of the lists
        let end = proper_run_end(w, org)
            .or_else(|| foreign_body_end(w, org))
            .or_else(|| generic_head_body_end(w, org))
            .or_else(|| super::role::acronym_body_end(w, org))?;
        run_to(w, &mut hit, end);
        super::affiliation::belongs_on(w, &mut hit);
        return Some(hit);
    }
    if !(org_head_at(w, org) && (at || w.gap(org) == Gap::Comma)) {
        return None;
    }
    // (an organisation read no further than a capitalised word, with no name after it,
    // was cut inside its own name: "tại bệnh viện Sir X")
    // (nor is one whose name after it is a single word: "từ Đại học Manchester
    // Metropolitan" is no holder's)
    walk_org(w, hit, org).filter(|h| {
        h.name.is_some_and(|(from, to)| to > from + 1)
            || h.to >= w.len()
            || w.soft_gap(h.end, h.to) != Gap::Space
            || w.words[h.to].case() == Case::Lower
    })
}

/// `hit` run on over the organisation read as a title's is, from its head at word `org`
/// (past a comma or "tại").
pub(super) fn walk_org(w: &Words<'_>, mut hit: Hit, org: usize) -> Option<Hit> {
    let start = w.words.get(org)?.start();
    // the organisation read as a title's is, from its first word (past the comma)
    let mut walked = Hit {
        to: org,
        end: start,
        name: None,
        ..hit
    };
    OrgWalk::new(walked, false).run(w, &mut walked);
    if walked.end == start {
        return None;
    }
    hit.to = walked.to;
    hit.end = walked.end;
    hit.name = walked.name;
    Some(hit)
}

/// Most words of the subject an employee teaches or works in ("luyện thi môn Vật lí",
/// "công nghệ và truyền thông": two fields joined by "và").
const MAX_SUBJECT_WORDS: usize = 6;

/// Does an organisation or institution head open at word `j` with a name after it
/// ("Trường THPT X", "trường THCS Y", "Trung tâm Y tế Z", "Công ty may V")? A head that
/// names an organisation only capitalised ("Bộ", "Trường") is capitalised; no place or
/// country.
pub(super) fn org_head_at(w: &Words<'_>, j: usize) -> bool {
    let Some((t, x)) = w.tag(j) else {
        return false;
    };
    let head = (x.org == Some(true) && w.words[j].case() == Case::Title)
        || x.org == Some(false)
        || x.institution;
    head && !(x.title || x.rank || x.country || x.honorific)
        && w.place_at(j).is_none()
        && named_after(w, j + t.n)
}

/// Is a capitalised word at `j`, or up to two lowercase words then a capitalised one, after
/// spaces: the name an organisation's head is followed by ("Trường tiểu học X")?
fn named_after(w: &Words<'_>, j: usize) -> bool {
    (j..w.len().min(j + 3))
        .take_while(|&k| w.gap(k) == Gap::Space)
        .any(|k| w.words[k].case() != Case::Lower)
}

/// Most words of an organisation's name with no head of the lists ("Hệ thống Giáo dục X").
const MAX_PROPER_WORDS: usize = 8;

/// The end of an organisation's name with no head of the lists at word `j` ("Hệ thống
/// Giáo dục X"): capitalised words, a lowercase one only between two, after spaces; two
/// capitalised words at least, not a place's, a country's or a person's. A word of address
/// between them opens a person's name, no part of the body's ("… Securities ông X").
pub(super) fn proper_run_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if w.words.get(j)?.case() != Case::Title
        || w.place_at(j).is_some()
        || w.tag(j)
            .is_some_and(|(_, x)| x.country || x.title || x.rank)
        || name_right_at(w, j).is_some()
    {
        return None;
    }
    let mut k = j + 1;
    let mut caps = 1;
    while k < w.len() && k - j < MAX_PROPER_WORDS && w.gap(k) == Gap::Space {
        if w.words[k].case() != Case::Lower {
            caps += 1;
        } else if super::lower_fields::second_syllable_at(w, k) {
            k += 1;
            break;
        } else if !(k + 1 < w.len()
            && w.gap(k + 1) == Gap::Space
            && w.words[k + 1].case() != Case::Lower)
            || w.tag(k).is_some_and(|(_, x)| x.honorific)
        {
            break;
        }
        k += 1;
    }
    (caps >= 2).then_some(k)
}

/// Does a capitalised organisation head with a capitalised name of its own open at word
/// `j`, right after a rank or profession ending at byte `end` ("bác sĩ Bệnh viện Chợ Rẫy",
/// "kỹ sư Trung tâm Kỹ thuật …")? Not a place (a rank held in a country, "Chuẩn đô đốc
/// Mỹ", is read by its own rule) nor a role. Nor a department of a hospital or faculty of
/// a university, "khoa" and its capitalised field ([`department_at`]: "bác sĩ Khoa Tim mạch
/// Bệnh viện X"), which a profession is practised in as in the body.
fn serves_org_at(w: &Words<'_>, end: usize, j: usize) -> bool {
    j + 1 < w.len()
        && w.soft_gap(end, j) == Gap::Space
        && ((w.words[j].case() == Case::Title
            && w.tag(j).is_some_and(|(t, x)| {
                (x.org.is_some() || x.institution)
                    && !(x.title || x.rank)
                    && w.words
                        .get(j + t.n)
                        .is_some_and(|n| n.case() != Case::Lower)
                    && w.gap(j + t.n) == Gap::Space
            }))
            || department_at(w, j))
}

/// Does the body a person works in open at word `j`, said alone after the person's name
/// ([`super::after`]): an organisation's head with its name ([`org_head_at`]) or a
/// department ([`department_at`])?
pub(super) fn workplace_at(w: &Words<'_>, j: usize) -> bool {
    org_head_at(w, j) || department_at(w, j)
}

/// Does a department of a hospital or a faculty of a university open at word `j`: "khoa"
/// (capitalised or not) then its field, capitalised, after a space ("Khoa Tim mạch",
/// "khoa Ngoại"; `org_kinds.txt`: a public unit)? Not "khoa" as a given name before a
/// person's other words, nor before a place, a role or a word of address.
fn department_at(w: &Words<'_>, j: usize) -> bool {
    let f = j + 1;
    f < w.len()
        && w.word(j).eq_ignore_ascii_case("khoa")
        && w.gap(f) == Gap::Space
        && w.words[f].case() == Case::Title
        && w.place_at(f).is_none()
        && !w
            .tag(f)
            .is_some_and(|(_, x)| x.title || x.rank || x.honorific || x.country)
        && w.split_run(f, w.run_end(f), 2) != Some(f)
}

/// Most modifiers before one role ("nguyên Quyền Phó Cục trưởng").
const MAX_MODIFIERS: usize = 3;

/// The head of a title at word `i`: a role after up to [`MAX_MODIFIERS`] modifiers
/// ("nguyên", "Phó", "Quyền", "Thường trực"), so that "Phó" + any role is a title
/// without a list entry of its own. Returns the role's first word, the word after the
/// role and its end byte, and the role's tags.
#[inline]
pub(super) fn title_head(
    w: &Words<'_>,
    i: usize,
) -> Option<(usize, (usize, usize), &'static Info)> {
    let mut k = i;
    for _ in 0..MAX_MODIFIERS {
        match w.tag(k) {
            Some((t, info))
                if info.modifier
                    && !info.title
                    && !info.rank
                    && (!info.capital
                        || w.words[k].case() != Case::Lower
                        || w.segment_start(k)) =>
            {
                if w.gap_from(t.end, k + t.n) != Gap::Space {
                    return None;
                }
                k += t.n;
            }
            _ => break,
        }
    }
    let (t, info) = w.tag(k)?;
    // A lowercase role whose last word is capitalised and opens a title of its own runs
    // across a boundary ("nhiệm vụ | Phó Chánh Thanh tra" is no "Vụ phó").
    let last = k + t.n - 1;
    if t.n > 1
        && w.words[k].case() == Case::Lower
        && w.words.get(last)?.case() == Case::Title
        && w.tag(last).is_some_and(|(_, x)| x.modifier)
        && opens_role(w, last)
    {
        return None;
    }
    (info.title || info.rank).then_some((k, (k + t.n, t.end), info))
}

/// Extends the aide's title `hit` (`aide` of `official_titles.txt`), which took no
/// organisation, over the post of the one served when one opens right after it, a space
/// between ("Thư ký nguyên Phó Chủ tịch Thường trực Quốc hội"), with the name after that
/// post, if any, as the title's. Not over a rank, nor over another aide's post unless its
/// own organisation follows it (one level: this never nests further).
fn served_post(w: &Words<'_>, hit: &mut Hit) {
    let j = hit.to;
    let Some((_, (head_end, _), x)) = title_head(w, j) else {
        return;
    };
    // (an aide served is a post when its own organisation follows it: "cố vấn Thư ký Hội
    // đồng An ninh Quốc gia", the secretary of a council; not a third aide: one level)
    let nests = x.aide && title_head(w, head_end).is_some_and(|(_, _, y)| y.aide);
    if j >= w.len() || w.soft_gap(hit.end, j) != Gap::Space || nests {
        return;
    }
    if !x.title {
        super::assistant::assistant_rank(w, hit, j, head_end);
        return;
    }
    if let Some(h) = title_at(w, j).filter(|h| !h.rank_only && (!x.aide || h.to > head_end)) {
        hit.to = h.to;
        hit.end = h.end;
        hit.name = h.name;
        hit.given = h.given;
    }
}

/// The aide's title `hit`, whose role ends at word `head`, over the post served
/// ([`served_post`]) and the remit after it ([`super::remit::remit`]).
fn aide_served(w: &Words<'_>, hit: &mut Hit, head: usize) {
    if hit.to == head && hit.name.is_none() {
        served_post(w, hit);
    }
    super::remit::remit(w, hit);
}

/// Is the unit a `heads_unit` role (words `role..head.0`, ending at byte `head.1`) heads
/// named right after it, a space between: the role's first word again ("Đội trưởng Đội
/// CSGT", "đội phó đội Đo đạc")? (Not "đội trưởng của CLB", "đội trưởng Tottenham".)
fn unit_after(w: &Words<'_>, role: usize, head: (usize, usize)) -> bool {
    head.0 < w.len() && w.gap_from(head.1, head.0) == Gap::Space && w.same_but_case(head.0, role)
}

/// Does word `i` open a role, after its modifiers if any ("Phó Vụ trưởng")?
pub(super) fn opens_role(w: &Words<'_>, i: usize) -> bool {
    title_head(w, i).is_some()
}

/// A byname written lowercase before the name the person is known by (`nickname` of
/// `official_ranks.txt`): "ông bầu Đoàn Nguyên Đức", or one given name alone, which is the
/// name ("bầu Đức", a country's word too; "bầu Thụy"). No hit without a name ("bầu cử",
/// "được bầu Chủ tịch": a role or an organisation is no name).
/// A full name only after "ông" ("ông bầu", the noun): the verb "bầu" (elect) takes a full
/// name ("cổ đông bầu Nguyễn Văn A làm …"), and after "bà", "mẹ", "có", "mang" the word is
/// a pregnancy ("bà bầu Hồ Ngọc Hà").
fn nickname_hit(w: &Words<'_>, mut hit: Hit) -> Option<Hit> {
    let j = hit.to;
    if w.words[hit.from].case() != Case::Lower || j >= w.len() || !byname_gap(w, hit.end, j) {
        return None;
    }
    let before = hit.from.checked_sub(1).map(|k| to_lowercase(w.word(k)));
    if before
        .as_deref()
        .is_some_and(|b| matches!(b, "bà" | "mẹ" | "có" | "mang" | "chị" | "cô"))
    {
        return None;
    }
    let alone = || {
        w.name_like(j)
            && crate::normalize::has_syllable_shape(w.word(j))
            && !(j + 1 < w.len()
                && w.gap(j + 1) == Gap::Space
                && w.words[j + 1].case() != Case::Lower)
    };
    let full = || name_right_at(w, j).filter(|_| before.as_deref() == Some("ông"));
    let r = full().or_else(|| alone().then_some(j + 1))?;
    hit.name = Some((j, r));
    Some(hit)
}

/// Is the separator between a byname ending at byte `end` and word `j` a space, or the
/// quotation mark closing the byname set alone in quotes and a space ("“bầu” Thụy")?
fn byname_gap(w: &Words<'_>, end: usize, j: usize) -> bool {
    w.gap(j) == Gap::Space
        || w.text
            .get(end..w.words[j].start())
            .is_some_and(|s| matches!(s.trim_end_matches(' '), "\"" | "”") && s.ends_with(' '))
}

/// Is word `j` one Vietnamese given name standing alone after a title ("bác sĩ Liên,",
/// "Chủ tịch Chung yêu cầu")? A capitalised syllable like a name's (a surname too:
/// "Chung"), no phrase's first word and no place's, which no capitalised word follows.
pub(super) fn given_name_at(w: &Words<'_>, j: usize) -> bool {
    j < w.len()
        && w.name_like(j)
        && w.tag(j).is_none_or(|(t, _)| t.n == 1)
        && w.place_at(j).is_none()
        && crate::normalize::has_syllable_shape(w.word(j))
        && !(j + 1 < w.len() && w.gap(j + 1) == Gap::Space && w.words[j + 1].case() != Case::Lower)
}
