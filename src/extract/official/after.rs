//! The titles that follow a name: after a comma, dash or bracket, chained by commas up to
//! the first segment that is not a title (inside a bracket, other segments are skipped);
//! right after the name when capitalised; after a link word ("là", "giữ chức"); and the
//! titles "kiêm" joins.

mod also;
mod born;
mod described;
mod former;
mod lines;
mod listed;
mod next;
mod possessed;
mod predicate;
mod semicolon;
mod viewpoint;

use super::age::age_at;
use super::appointed;
use super::coord::and_after_name;
use super::delegation::delegation_at;
use super::parent::qualifier_bracket;
use super::posts::apposed_post;
use super::tail;
use super::titles::{Hit, after_bracket, run_to, title_at, workplace_at};
use super::walk::whole_org_before;
use super::words::{Case, Gap, Words};
use super::workplace;
pub(super) use described::described_and_post;
use listed::addressed_name;
pub(super) use listed::relative_link;
pub(super) use listed::{listed_given_names, listed_names};
use semicolon::semicolon_post;

/// A title tied to what ends at byte `end` by a link word right at word `j`
/// ("… là Bí thư Tỉnh ủy", "… giữ chức Chủ tịch MTTQ").
pub(super) fn linked_title(w: &Words<'_>, end: usize, j: usize) -> Option<Hit> {
    if j >= w.len() || w.gap_from(end, j) != Gap::Space || w.words[j].case() != Case::Lower {
        return None;
    }
    let (t, info) = w.tag(j)?;
    if !info.link || w.gap_from(t.end, j + t.n) != Gap::Space {
        return None;
    }
    title_at(w, j + t.n).filter(|h| h.name.is_none() && !h.rank_only)
}

/// The titles that follow a name: after a comma, dash or bracket, chained by commas up
/// to the first segment that is not a title (inside a bracket, other segments are
/// skipped); right after the name when capitalised ("Ông Nguyễn Đức Chung Chủ tịch
/// TP.Hà Nội"); or after a link word ("là", "giữ chức"), also after a bracket. Returns
/// the word after the chain.
pub(super) fn titles_after(
    w: &Words<'_>,
    name_from: usize,
    name_to: usize,
    titles: &mut Vec<Hit>,
) -> usize {
    let read_from = titles.len();
    let mut next = titles_after_read(w, name_from, name_to, titles);
    // (a post "làm" ties after the apposition closes, [`predicate::led_as`])
    if let Some(h) = predicate::led_as(w, name_from, next, read_from, titles) {
        next = also_chain(w, h, titles);
    }
    let next = possessed::past_body(w, (name_from, name_to), next, titles);
    viewpoint::close_at_comma(w, name_from, name_to, read_from, titles, next)
}

/// [`titles_after`] before a view's clause is told from the titles ([`viewpoint`]).
fn titles_after_read(
    w: &Words<'_>,
    name_from: usize,
    name_to: usize,
    titles: &mut Vec<Hit>,
) -> usize {
    // a word of address before the name: the name is a person's ("ông …")
    let addressed = (1..=2).any(|b| {
        name_from >= b
            && w.tag(name_from - b)
                .is_some_and(|(t, x)| x.honorific && t.n == b)
    });
    // "ông A và ông B (cùng là Phó giám đốc)": a post the names listed after this one
    // share (the last name reads it as any link's)
    if let Some(h) = shared_title(w, name_to) {
        titles.push(h);
        return name_to;
    }
    let n = w.len();
    let mut end = w.words[name_to - 1].end();
    let mut j = name_to;
    if let Some(h) = linked_title(w, end, j) {
        let from = mention_start(w, name_from, titles);
        if w.word(j) == "làm" && h.from == j + 1 && replaced(w, from) {
            return h.to;
        }
        // (the post a verb of appointment gives, and those "kiêm" joins to it, are not
        // held: "bầu ông A giữ chức Chủ tịch HĐQT kiêm …")
        if appointed::given_after(w, from, j) {
            return also_chain(w, h, &mut Vec::new());
        }
        // (and those commas list after it, [`predicate::listed_after_link`])
        let to = also_chain(w, h, titles);
        return predicate::listed_after_link(w, to, addressed, titles);
    }
    // ("ông B tân Giám đốc Sở Y tế", [`predicate::new_post_after_name`])
    if let Some(h) = predicate::new_post_after_name(w, end, j) {
        return also_chain(w, h, titles);
    }
    match former::right_after_name(w, end, j) {
        Some(Some(h)) => {
            titles.push(h);
            (end, j) = (h.end, h.to);
        }
        Some(None) => return j,
        None => {}
    }
    let bracket = j < n && w.gap_from(end, j) == Gap::Open;
    if bracket {
        // (not past an actor's bracket after a character's name, [`next::played_by_actor`])
        let Some(after) = after_bracket(w, j).filter(|&a| !next::played_by_actor(w, a)) else {
            return j;
        };
        let before = titles.len();
        let mut k = j;
        while k < after {
            // A segment may open with a link ("(hiện đang giữ chức Cục trưởng …)").
            if let Some((t, info)) = w.tag(k)
                && info.link
                && w.words[k].case() == Case::Lower
            {
                k += t.n;
            }
            // ("ĐBQH Y (đoàn Quảng Trị)": a deputy's delegation in a bracket is a label,
            // [`delegation_at`])
            match title_at(w, k).or_else(|| apposed_post(w, k)) {
                Some(h) if h.name.is_none() && h.to <= after => {
                    titles.push(h);
                    k = h.to;
                    if let Some(next) = also_at(w, h.end, k)
                        .or_else(|| and_at(w, h.end, k))
                        .or_else(|| and_after_name(w, &h, k))
                    {
                        k = next;
                        continue;
                    }
                }
                _ => k += 1,
            }
            // Skip to the next comma-separated segment.
            while k < after && !matches!(w.gap(k), Gap::Comma | Gap::Semicolon) {
                k += 1;
            }
        }
        // A link right after the bracket ("… (em họ ông Hùng) đang là Chủ tịch UBND xã").
        let close = w.words[after - 1].end();
        let sep = &w.text[close..w.words.get(after).map_or(w.text.len(), |x| x.start())];
        let Some(at) = sep.find(')') else {
            return j;
        };
        if let Some(h) = linked_title(w, close + at + 1, after) {
            return also_chain(w, h, titles);
        }
        // A chain after the bracket ("ông Nguyễn Văn A (51 tuổi), Chủ tịch UBND xã"; or
        // right after a birth bracket, [`born::chain_after_birth`]).
        let found = titles.len() > before;
        let next = born::chain_after_birth(w, (j, after), close + at + 1, addressed, titles)
            .unwrap_or_else(|| chain(w, close + at + 1, after, true, addressed, titles));
        return if next > after || found { next } else { j };
    }
    // "bác sĩ A, khoa Ngoại, Bệnh viện X cho biết": the body a ranked person works in
    // (after "theo" the body closes with a comma: "Theo TS A, Bộ Y tế đã …" says whose
    // view the next clause is, whose subject the body is)
    let rank = titles
        .iter()
        .find(|h| h.rank_only && h.name.is_some_and(|(s, _)| s == name_from));
    // "ông X, Hiệp hội doanh nghiệp Y cho rằng": or a person a word of address alone
    // names, the body apposed standing for the post (the guide's "ông X, Cục Tài chính DN
    // thuộc Bộ Tài chính", fourth and eighteenth draws), where the mention is a clause's
    // subject: it opens the clause, or "theo" does ("… gửi bà X, Bộ Y nêu rõ": an object,
    // the body the next clause's subject)
    let opened = rank.map(|r| r.from).or_else(|| {
        let k = (1..=2).find(|&b| {
            name_from >= b
                && w.tag(name_from - b)
                    .is_some_and(|(t, x)| x.honorific && t.n == b)
        })?;
        let k = name_from - k;
        let opens = k == 0
            || matches!(w.gap(k), Gap::Comma | Gap::Stop | Gap::Break | Gap::Colon)
            || w.word(k - 1).eq_ignore_ascii_case("theo");
        (titles.is_empty() && w.gap(name_from) == Gap::Space && opens).then_some(k)
    });
    let theo = opened.is_some_and(|k| k > 0 && w.word(k - 1).eq_ignore_ascii_case("theo"));
    // (a later mention by the given name alone, "bác sĩ A,", was introduced with its body
    // before: a body after it is the next clause's subject)
    // (two bodies joined by "và" after a name no rank opens are the subject of a plural
    // clause: "Ông X, Bệnh viện Y và Sở Z đã họp")
    let two_bodies = |h: &Hit| {
        (h.from..h.to).any(|k| w.word(k) == "và" && k + 1 < h.to && workplace_at(w, k + 1))
    };
    // (a rank that opens its line: the signature under an expert's column, "BS A", the
    // body on the next line alone)
    let signed = rank.is_some_and(|r| r.from == 0 || w.gap(r.from) == Gap::Break);
    // (after "theo" the body is closed by a comma, past its place bracket if any: "Theo BS
    // A, Bệnh viện X (Hà Nội), …")
    if j == name_to
        && (rank.is_some_and(|r| !r.given) || (rank.is_none() && opened.is_some()))
        && let Some(h) = workplace::workplace(w, end, j, signed).filter(|h| {
            (!theo || w.gap_from(h.end, h.to) == Gap::Comma) && (rank.is_some() || !two_bodies(h))
        })
    {
        titles.push(h);
        return chain(w, h.end, h.to, false, addressed, titles);
    }
    // "đại biểu X, đoàn Bình Định cho rằng": a deputy's delegation
    if j == name_to
        && let Some(h) = delegation_at(w, titles, name_from, end, j)
    {
        titles.push(h);
        return chain(w, h.end, h.to, false, addressed, titles);
    }
    // (a name alone on its line, its posts on the lines under it, [`lines::titles_below`])
    lines::titles_below(w, name_from, name_to, addressed, titles)
        .unwrap_or_else(|| chain(w, end, j, j == name_to, addressed, titles))
}

/// Most names after the first of a list that shares one post ([`shared_title`]).
const MAX_SHARED_NAMES: usize = 6;

/// The post that a list of names shares, for the name ending at word `name_to` when more
/// names of the list follow it: those names, each with its word of address or not, joined
/// by commas and a "và", then right after the last a `shared` link ("cùng là", "đều là"),
/// in a bracket or not, and the title ("ông A và ông B (cùng là phó giám đốc)", "bà C, bà
/// D và bà E đều là giáo viên Trường X"). Not a rank or a trade alone ("đều là bác sĩ").
fn shared_title(w: &Words<'_>, name_to: usize) -> Option<Hit> {
    let n = w.len();
    let mut r = name_to;
    for _ in 0..MAX_SHARED_NAMES {
        if r >= n {
            return None;
        }
        let k = match w.gap(r) {
            Gap::Comma | Gap::Space
                if w.word(r) == "và" && r + 1 < n && w.gap(r + 1) == Gap::Space =>
            {
                r + 1
            }
            Gap::Comma => r,
            _ => break,
        };
        r = addressed_name(w, k, n)?.1;
    }
    if r == name_to || r >= n || w.words[r].case() != Case::Lower {
        return None;
    }
    let (t, info) = w.tag(r)?;
    if !info.shared_link
        || !matches!(w.gap(r), Gap::Open | Gap::Comma | Gap::Space)
        || w.gap_from(t.end, r + t.n) != Gap::Space
    {
        return None;
    }
    title_at(w, r + t.n).filter(|h| h.name.is_none() && !h.rank_only)
}

/// The first word of the mention of the name at word `name_from`: its titles before it
/// (`titles`) or its word of address, where written ("ông", "bà", and "đồng chí" of two
/// words: "bầu đồng chí A giữ chức …", "đoàn do đồng chí B, … làm trưởng đoàn").
pub(super) fn mention_start(w: &Words<'_>, name_from: usize, titles: &[Hit]) -> usize {
    let from = titles
        .iter()
        .filter(|h| h.name.is_some_and(|(s, _)| s == name_from))
        .map(|h| h.from)
        .min()
        .unwrap_or(name_from);
    if w.gap(from) != Gap::Space {
        return from;
    }
    w.entry_before_within(from, 2, |_, x| x.honorific)
        .unwrap_or(from)
}

/// Is the mention starting at word `from` ([`mention_start`]) the object of "thay", "thay
/// thế" (to replace) or "kế nhiệm" (to succeed): "A nhậm chức thay thế Đô đốc B làm Tư lệnh
/// X", "C sẽ thay HLV D làm HLV trưởng", "E, người sẽ kế nhiệm F làm Giám đốc điều hành
/// …"? The post "làm" (as) ties after it is then the one the replacer takes, never B's,
/// who keeps the titles before the name; a post B moves to is said with another link
/// ("thay ông B đến nhận nhiệm vụ là …").
fn replaced(w: &Words<'_>, from: usize) -> bool {
    let word_before = |k: usize, s: &str| k > 0 && w.gap(k) == Gap::Space && w.word(k - 1) == s;
    word_before(from, "thay")
        || (word_before(from, "thế") && word_before(from - 1, "thay"))
        || (word_before(from, "nhiệm") && word_before(from - 1, "kế"))
}

/// The word after a "kiêm" at word `j` that joins the title ending at byte `end` to the
/// next title of the same person ("Chủ tịch HĐQT kiêm Tổng Giám đốc …"), when a title
/// follows it.
pub(super) fn also_at(w: &Words<'_>, end: usize, j: usize) -> Option<usize> {
    if j < w.len() && w.gap_from(end, j) == Gap::Comma {
        return also::also_linked_at(w, end, j);
    }
    if j >= w.len() || w.gap_from(end, j) != Gap::Space || w.words[j].case() != Case::Lower {
        return None;
    }
    let (t, info) = w.tag(j)?;
    let k = j + t.n;
    if info.also && w.gap_from(t.end, k) == Gap::Space && title_at(w, k).is_some() {
        return Some(k);
    }
    held_again_at(w, j).or_else(|| also::also_linked_at(w, end, j))
}

/// [`also_at`] in a row of titles before a name, where the second post may stand right
/// before the name it and the first belong to: "Chủ tịch Liên đoàn X đồng thời là thành
/// viên Ủy ban Y Jesper Moller" (a held link, "đồng thời là", "hiện là", joining them).
pub(super) fn also_before_name(w: &Words<'_>, end: usize, j: usize) -> Option<usize> {
    also_at(w, end, j).or_else(|| {
        if j >= w.len() || w.gap_from(end, j) != Gap::Space || w.words[j].case() != Case::Lower {
            return None;
        }
        let (t, info) = w.tag(j)?;
        let k = j + t.n;
        (info.held_link
            && !info.shared_link
            && k < w.len()
            && w.gap_from(t.end, k) == Gap::Space
            && title_at(w, k).is_some_and(|h| h.name.is_some() && !h.rank_only))
        .then_some(k)
    })
}

/// After a title, a link that says a post held ("hiện là", "đồng thời là", "đang là"), "và"
/// before it or not, at word `j` joins a second post of the same person as "kiêm" does ("ông
/// A - Phó Bí thư Đảng ủy và hiện là Hiệu trưởng Trường …", "Chủ tịch UBND thị xã đồng thời
/// là Chủ tịch Ủy ban bầu cử"): the word where that title starts, when one follows that
/// names no one. After "và" the bare copula does too, the subject kept ("A là Phó Giám đốc
/// Sở và là Bí thư Chi bộ").
fn held_again_at(w: &Words<'_>, j: usize) -> Option<usize> {
    let and = w.word(j) == "và" && j + 1 < w.len() && w.gap(j + 1) == Gap::Space;
    let j = j + usize::from(and);
    let (t, info) = w.tag(j)?;
    let k = j + t.n;
    ((info.held_link || (and && w.word(j) == "là" && t.n == 1))
        && w.words[j].case() == Case::Lower
        && k < w.len()
        && w.gap_from(t.end, k) == Gap::Space
        && title_at(w, k).is_some_and(|h| h.name.is_none() && !h.rank_only))
    .then_some(k)
}

/// Inside a bracket after a person's name, a "và" at word `j` before a capitalised title
/// that names no one joins a second title of the same person ("(… nhà sáng lập và Giám đốc
/// điều hành của Earable)"); the word after it. (Outside a bracket the second title is
/// often another person's whose name was not read: "Chủ tịch nước Trần Đại Quang và Tổng
/// Bí thư Tập Cận Bình".)
fn and_at(w: &Words<'_>, end: usize, j: usize) -> Option<usize> {
    let k = j + 1;
    (k < w.len()
        && w.gap_from(end, j) == Gap::Space
        && w.word(j) == "và"
        && w.gap(k) == Gap::Space
        && w.words[k].case() != Case::Lower
        && title_at(w, k).is_some_and(|h| h.name.is_none() && !h.rank_only))
    .then_some(k)
}

/// The titles a link word at word `j` ties to what ends at byte `end` ([`linked_title`]),
/// with those "kiêm" joins after it, pushed to `titles`; returns the word after the last
/// (`j` when there is none).
pub(super) fn linked_titles(w: &Words<'_>, end: usize, j: usize, titles: &mut Vec<Hit>) -> usize {
    linked_title(w, end, j).map_or(j, |h| also_chain(w, h, titles))
}

/// Pushes the title `h` and those that "kiêm" joins after it; returns the word after the
/// last.
fn also_chain(w: &Words<'_>, mut h: Hit, titles: &mut Vec<Hit>) -> usize {
    titles.push(h);
    while let Some(k) = also_at(w, h.end, h.to).or_else(|| and_after_name(w, &h, h.to)) {
        match title_at(w, k) {
            Some(next) if next.name.is_none() => {
                titles.push(next);
                h = next;
            }
            _ => break,
        }
    }
    h.to
}

/// Are the words `s..r`, read as a name at the end of a title that follows a person's
/// name, the organisation's own name instead ("Viettel Telecom", "Hyundai Thành Công",
/// "Tài chính Hoàng Huy", "Đường sắt Hà Thái - đơn vị …", "Sở Y Tế tỉnh …", "Sun Property
/// (Thành viên Sun Group)")? The person is named already, so yes, unless a comma before a
/// capitalised word follows, which may go on to the next person of a list ("…, Giám đốc
/// Tình báo Quốc gia Avril Haines, …") rather than to a second title of the same person
/// ("Phó Chủ tịch HĐQT Cen Land, Chủ tịch HĐQT Cenhomes"), and never after an organisation
/// that names itself whole ("Thủ tướng Chính phủ Nguyễn Xuân Phúc").
fn organisation_name(w: &Words<'_>, s: usize, r: usize) -> bool {
    if r > w.len() || s >= r || whole_org_before(w, s) {
        return false;
    }
    r >= w.len()
        || match w.gap(r) {
            // "… Công ty TNHH Trần Liên Hưng, tự ứng cử tại Sóc Trăng"
            Gap::Comma => {
                goes_on_after_comma(w, r)
                    || title_at(w, r).is_some_and(|h| h.name.is_none() && !h.rank_only)
            }
            _ => true,
        }
}

/// Most words of a company's type of the lists ("trách nhiệm hữu hạn một thành viên").
const MAX_COMPANY_TYPE_WORDS: usize = 7;

/// Does a company's type of the lists end right before word `s` ("… Cty TNHH một thành
/// viên Hoa Sen")? Then the capitalised words at `s` are the company's own name, which the
/// type always has after it, never the next person's.
fn company_named(w: &Words<'_>, s: usize) -> bool {
    (1..=MAX_COMPANY_TYPE_WORDS.min(s)).any(|back| {
        w.tag(s - back)
            .is_some_and(|(t, x)| x.company_type && t.n == back)
    }) && w.gap(s) == Gap::Space
}

/// Does a lowercase post apposed to a name say what it is in charge of ("phụ trách"),
/// lowercase words only from there to the capitalised words at `s` ("X, quan chức phụ
/// trách lễ hội tôn giáo Kumbh Mela cho biết")? Those words are then the name of the
/// thing in charge of, the object of the verb, never the next person's.
fn charged_object(w: &Words<'_>, from: usize, s: usize) -> bool {
    w.words[from].case() == Case::Lower
        && (from + 1..s).any(|k| {
            w.tag(k).is_some_and(|(t, x)| x.charge && k + t.n < s)
                && (k..s).all(|m| w.gap(m) == Gap::Space && w.words[m].case() == Case::Lower)
        })
}

/// Most words (syllables) of a description said of a person before "và là" and a post
/// ("chính trị gia trung lập").
const MAX_DESCRIPTION_WORDS: usize = 6;

/// "X, chính trị gia trung lập và là người sáng lập đảng Y, …": the first segment after a
/// name, from word `j`, opening with a few lowercase words of no list (a description of
/// the person, no post: the guide writes none), then "và là" (and is) and a title naming
/// no one: the word where that title starts, the post held, as after "và là" following a
/// trade ([`super::posts::trade_beside_post`]).
fn described_then_post(w: &Words<'_>, j: usize) -> Option<usize> {
    let n = w.len();
    let plain = |k: usize| k < n && w.words[k].case() == Case::Lower && w.tag(k).is_none();
    if !plain(j) {
        return None;
    }
    let and = (j + 1..n.min(j + MAX_DESCRIPTION_WORDS + 1))
        .take_while(|&k| w.gap(k) == Gap::Space)
        .find(|&k| !plain(k))?;
    let k = and + 2;
    (w.word(and) == "và"
        && k < n
        && w.word(and + 1) == "là"
        && w.gap(and + 1) == Gap::Space
        && w.gap(k) == Gap::Space
        && (title_at(w, k).is_some_and(|h| h.name.is_none() && !h.rank_only)
            || apposed_post(w, k).is_some()))
    .then_some(k)
}

/// Does the clause go on at word `r`, after a comma: a lowercase word that opens no
/// title (so the comma ends no list of names or titles)?
pub(super) fn goes_on_after_comma(w: &Words<'_>, r: usize) -> bool {
    w.words[r].case() == Case::Lower && title_at(w, r).is_none()
}

/// Titles chained by commas (or a first dash) from word `j`, what precedes ending at byte
/// `end`. Returns the word after the chain.
fn chain(
    w: &Words<'_>,
    mut end: usize,
    mut j: usize,
    mut first: bool,
    addressed: bool,
    titles: &mut Vec<Hit>,
) -> usize {
    let n = w.len();
    // a chain that a dash opened goes on by dashes ("A - Nguyên Phó Chủ tịch thành phố -
    // Chủ tịch danh dự Quỹ …")
    let mut dashed = false;
    let read_before = titles.len();
    // the person's age or year of birth was the segment before
    let mut aged = false;
    while j < n {
        // ("X, Chủ tịch và CEO của Y": a second role of the same person, [`and_after_name`])
        let last = titles.get(read_before..).and_then(<[Hit]>::last);
        if let Some(k) = also_at(w, end, j).or_else(|| and_after_name(w, last?, j)) {
            j = k;
        } else {
            let ok = match w.soft_gap(end, j) {
                Gap::Comma => true,
                // "Ông A sinh năm 1970 tại Hà Nội, là …": the year of birth may follow the
                // name with no comma, a segment of its own all the same
                Gap::Space if first => {
                    age_at(w, j).is_some_and(|len| j + len < n && w.gap(j + len) == Gap::Comma)
                        // (or a trade said lowercase after an addressed name: "anh Lâm
                        // chủ quán cho biết", [`super::trade::spaced_trade`])
                        || (addressed && super::trade::spaced_trade(w, j))
                }
                Gap::Dash if first => {
                    dashed = true;
                    true
                }
                // (or after a title of this chain: "A, Phó Chủ tịch thường trực HĐQT -
                // Tổng Giám đốc X", two posts of one holder, as "kiêm" joins them)
                Gap::Dash => dashed || titles.len() > read_before,
                // (posts of one holder listed by semicolons, each its own body: "A, Phó
                // Chủ nhiệm khoa X; Chủ nhiệm bộ môn Y, Học viện Z", [`semicolon_post`])
                Gap::Semicolon => semicolon_post(w, j, titles.last().is_some_and(|h| h.end == end)),
                Gap::Open => former::former_in_bracket(w, j, titles.len() > read_before),
                _ => false,
            };
            // a quotation ends between: the title after it is the speaker's ("… Vương
            // quốc Anh", bác sĩ Thành kể")
            if !ok || w.quote_between(end, j) {
                break;
            }
        }
        // "Bà Elena Reshetnyak, một giám đốc bán hàng, …", "Đại tá George Watkins, một chỉ
        // huy phi đội …": the first post apposed to a name (a rank or title before the
        // name or not) may be said with the indefinite "một", which is not the title's
        if first && w.word(j) == "một" && j + 1 < n && w.gap(j + 1) == Gap::Space {
            j += 1;
        }
        // "Ông Trần Văn Nam, 52 tuổi, Giám đốc Sở Y tế": the person's age, said first, is
        // a segment of its own before the titles, as the year of birth is ("X, SN 1976,
        // giáo viên Trường Y", "X, sinh năm 1976, Giám đốc Z")
        if first
            && let Some(len) = age_at(w, j)
            && let Some(k) = Some(j + len).filter(|&k| k < n && w.gap(k) == Gap::Comma)
        {
            end = w.words[k - 1].end();
            j = k;
            aged = true;
            continue;
        }
        // ("X, người hiện là Tổng Thư ký Bộ Y": the post held said in a relative clause,
        // "người", who, before the link, [`relative_link`])
        if let Some(k) = relative_link(w, j, first) {
            j = k;
        }
        // "Ông Trần Văn Nam, hiện là Giám đốc Sở Y tế, …": a segment may open with a link
        // that says a post held, as a bracket's may ("(hiện đang giữ chức Cục trưởng …)");
        // not with a bare "giữ chức", the post a decision appoints to ("…, Hàm Vụ phó, giữ
        // chức Phó Vụ trưởng")
        // (after the year of birth, the name is the clause's subject and a bare "là" links
        // its post as after the name itself: "Ông A, sinh năm 1970, là Giám đốc Sở Y tế")
        if let Some((t, info)) = w.tag(j)
            && (info.held_link || (aged && info.link && w.word(j) == "là"))
            && w.words[j].case() == Case::Lower
            && w.gap_from(t.end, j + t.n) == Gap::Space
            // (after the age or birth a rank said with "là" is held too, capitalised and
            // alone in its segment: "…, sinh ra tại Y, là Thượng tướng, …"; "là bác sĩ",
            // "là kỹ sư xây dựng, tốt nghiệp …" describe a trade or a training)
            && title_at(w, j + t.n).is_some_and(|h| {
                h.name.is_none()
                    && (!h.rank_only
                        || (aged
                            && w.words[h.from].case() == Case::Title
                            && (h.to >= n || w.gap(h.to) != Gap::Space)))
            })
        {
            j += t.n;
        }
        // ("X, chính trị gia trung lập và là người sáng lập đảng Y": a description, then
        // the post held, [`described_then_post`])
        if first && let Some(k) = described_then_post(w, j).or_else(|| described_and_post(w, j)) {
            j = k;
        }
        // (a trade beside the post joined to it by "và": "X, nhà sinh thái học và phó giáo
        // sư … tại Đại học Y", [`super::posts::trade_beside_post`])
        if let Some((trade, k)) = super::posts::trade_beside_post(w, j) {
            titles.push(trade);
            j = k;
        }
        // (or a role noun no list holds as a post, with its workplace: "X, một quản lý tại
        // nhà hỏa táng cho biết", [`super::posts`])
        let Some(mut h) = title_at(w, j).or_else(|| apposed_post(w, j)) else {
            break;
        };
        // (a row of the next person's posts, "…, Phó Thủ tướng – Bộ trưởng Y Z", in a
        // list of titled names, as a title with a name is below)
        if (!addressed || !titles.is_empty()) && super::before::dashed_to_name(w, &h) {
            break;
        }
        // (or by commas after a titled name, "…, Bộ trưởng, Chủ nhiệm Văn phòng Y Z", and
        // a title said of several, "…, Thứ trưởng các Bộ: …", [`next`])
        if (read_before > 0 && titles.len() == read_before && next::opens_next_person(w, &h))
            || next::said_of_several(w, &h)
            || next::ranked_name_after(w, &h)
        {
            break;
        }
        if let Some((s, r)) = h.name {
            // (only after a person's name said with a word of address and no title yet: a
            // name with titles before it stands in a list of titled names, "… Christopher
            // Wray, Giám đốc Tình báo Quốc gia Avril Haines, …", and a bare name may be a
            // source's, "Theo Daily Mail, Chủ tịch Daniel Levy nói")
            if !company_named(w, s)
                && !charged_object(w, h.from, s)
                && (!addressed || !titles.is_empty() || !organisation_name(w, s, r))
            {
                break; // the title of the next person
            }
            // "ông Nguyễn Thành Nhương, Phó Tổng giám đốc Viettel Telecom cho biết": after
            // a name, the capitalised words closing a title are its organisation's
            run_to(w, &mut h, r);
            // and the bracket that qualifies it is the title's, as after any organisation
            // ("… Sun Property (thành viên Tập đoàn X)")
            if r < w.len()
                && w.gap(r) == Gap::Open
                && let Some((after, close)) = qualifier_bracket(w, r)
            {
                h.to = after;
                h.end = close;
            }
        }
        // "…, Bác sĩ y khoa, Phó giám đốc Bệnh viện X": a degree's field before the next
        // post
        if h.rank_only
            && h.name.is_none()
            && let Some(k) = apposed_field_end(w, &h)
        {
            super::titles::run_to(w, &mut h, k);
        }
        // "…, giám đốc bộ phận PR tại Dell, …": the locatives that end the apposition
        tail::apposed_tail(w, &mut h);
        titles.push(h);
        end = h.end;
        j = h.to;
        first = false;
    }
    j
}

/// Most words of a degree's field in an apposition ("Bác sĩ y khoa", "Thạc sĩ quản trị
/// kinh doanh").
const MAX_APPOSED_FIELD_WORDS: usize = 4;

/// The word after the field said after a degree or profession `h` apposed to a name,
/// which a comma and another title follow ("…, Bác sĩ y khoa, Phó giám đốc Bệnh viện X",
/// "…, Thạc sĩ kinh tế, Trưởng phòng …"): lowercase words, no place, none a function word
/// or a word of the lists that opens or links a title, up to
/// [`MAX_APPOSED_FIELD_WORDS`].
fn apposed_field_end(w: &Words<'_>, h: &Hit) -> Option<usize> {
    let n = w.len();
    let plain = |k: usize| {
        w.words[k].case() == Case::Lower
            && !matches!(w.word(k), "của" | "cho" | "tại" | "và" | "ở" | "về")
            && w.place_at(k).is_none()
            && w.tag(k).is_none_or(|(_, x)| {
                !(x.stop
                    || x.title
                    || x.rank
                    || x.modifier
                    || x.honorific
                    || x.link
                    || x.role_link
                    || x.at
                    || x.also)
            })
    };
    let mut k = h.to;
    while k < n
        && k < h.to + MAX_APPOSED_FIELD_WORDS
        && w.soft_gap(w.words[k - 1].end(), k) == Gap::Space
        && plain(k)
    {
        k += 1;
    }
    (k > h.to
        && k < n
        && w.gap(k) == Gap::Comma
        && title_at(w, k).is_some_and(|t| t.name.is_none()))
    .then_some(k)
}
