//! Officials: named people with their titles ("Đồng chí Mai Hồng Hà, Ủy viên BCH Đảng bộ
//! tỉnh, Bí thư Huyện ủy …").
//!
//! A title is a head from `src/lexicon/official_titles.txt` (or a rank or degree from
//! `official_ranks.txt`) followed by the organisation it belongs to, up to a comma,
//! semicolon, dash, bracket, sentence end, a stop word (`official_stops.txt`: verbs such
//! as "chủ trì", and function words) or a personal name. A name is a run of capitalised
//! words opening with a surname (`surnames.txt`), an ethnic-minority name word, or, right
//! after a title or a country, any capitalised words. Titles attach to the name they come
//! right before, and to the name that a comma, dash or bracket chain of titles follows.
//!
//! Mentions of one person merge into one record: the full name; the given name after an
//! honorific, a title or a degree ("ông Chung", "Chủ tịch Chung", "BS Liên") once the full
//! name has appeared; a foreign surname or the last two syllables of exactly one
//! official's name ("Tổng thống Trump", "HLV Hữu Thắng"); and a title without a name
//! ("Đồng chí Bí thư Huyện ủy cũng yêu cầu", "Chủ tịch UBND Thành phố") when exactly one
//! named official holds it or a title it abbreviates.
//!
//! The modules: `words` cuts the text into words and tags them from the dictionary of
//! the officials' lists (`vocab`); `names` reads name runs, `titles` titles and their
//! organisations (`parent` what closes one), `after` the titles that follow a name
//! (`appointed` those given, sought or hypothetical, which are not held),
//! `merge` makes one record per person and `record` reads each title into its role,
//! organisation and jurisdiction; organizations are [`super::org`]'s.

mod abroad;
mod adverbial;
mod affiliation;
mod after;
mod age;
mod appointed;
mod apposed;
mod assistant;
mod band;
mod before;
mod closed;
mod club;
mod coord;
mod counted;
mod delegation;
mod department;
mod dismissed;
mod field;
mod final_period;
mod given_list;
mod group_named;
mod head_rank;
mod held_later;
mod hit;
mod home;
mod leader;
mod lower_fields;
mod merge;
mod named;
mod names;
mod ordinal;
mod owner;
mod paired;
mod parent;
mod posts;
mod qualified;
mod quoted;
mod record;
mod reference;
mod remit;
mod role;
mod seat;
mod shapes;
mod shared_post;
mod short;
mod surname;
mod tail;
mod teacher;
mod team;
mod titles;
mod trade;
pub(crate) mod vocab;
mod walk;
pub(crate) mod words;
mod workplace;

use serde::{Deserialize, Serialize};

use super::org::{self, Organization};
use super::place::{self, Mentions};
use crate::span::Span;
use crate::text::tokens::Token;
use after::titles_after;
use given_list::given_list;
use names::Honorific;
pub use record::{Jurisdiction, OrgKind, Title, TitleOrganization};
use short::Short;
use titles::{Hit, title_at};
use words::{Case, Gap, MAX_TAG_WORDS, Words};

/// A named person with at least one title, position or rank in the text.
///
/// # Examples
///
/// ```
/// let text = "Đồng chí Mai Hồng Hà, Bí thư Huyện ủy chủ trì. Ông Hà cho biết…";
/// let a = vinews::Article::parse(text);
/// let o = &a.officials[0];
/// assert_eq!(o.name, "Mai Hồng Hà");
/// assert_eq!(o.titles, ["Bí thư Huyện ủy"]);
/// assert_eq!(o.mentions.len(), 2);
/// assert_eq!(o.mentions[1].slice(text), Some("Hà"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Official {
    /// The full name, in normalized form ("Nguyễn Duy Hòa").
    pub name: String,
    /// Titles, positions and ranks, in order of appearance, without repeats (compared
    /// case-insensitively), each read into its role, modifiers, organization and
    /// jurisdiction. A title compares equal to its text (`titles == ["Bí thư Huyện ủy"]`).
    pub titles: Vec<Title>,
    /// The first word of address used ("ông", "bà", "đồng chí"), lowercase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub honorific: Option<String>,
    /// Every mention, in order: the name (or given name) as written, or the title of a
    /// title-only mention. Byte spans of the original input.
    pub mentions: Vec<Span>,
}

/// A named mention: the name's words and the titles found with it.
#[derive(Debug)]
struct Named {
    from: usize,
    to: usize,
    titles: Vec<Hit>,
    honorific: Honorific,
    /// A given name alone after its title ([`Hit::given`]).
    given: bool,
    /// A given name alone that "tên" introduces ([`named::introduced_at`]): a new person.
    introduced: bool,
}

impl Named {
    /// Records the name of words `from..to` with the titles before it (`titles`) and those
    /// [`titles_after`] finds after it; returns the word after the last title.
    fn push(
        w: &Words<'_>,
        named: &mut Vec<Named>,
        from: usize,
        to: usize,
        mut titles: Vec<Hit>,
        honorific: Honorific,
    ) -> usize {
        let to = w.past_regnal(from, w.past_initial(from, to));
        let next = titles_after(w, from, to, &mut titles);
        if titles.is_empty()
            && let Some(h) = held_later::held_after_clause(w, from, to)
        {
            titles.push(h);
        }
        // (one letter is an initial whose name goes on past its period, "N.Ha-lây": read
        // alone it names no one)
        if to == from + 1 && w.word(from).chars().nth(1).is_none() {
            return next;
        }
        let given = titles.iter().any(|h| h.given);
        let introduced = to == from + 1 && named::introduced_at(w, from);
        // kept to the end of the text: a first push reserves room for four titles, and
        // most people have one (issue 15: a text of distinct titles held 4x their room)
        titles.shrink_to_fit();
        named.push(Named {
            from,
            to,
            titles,
            honorific,
            given,
            introduced,
        });
        next
    }
}

/// Does "gồm" (consist of) follow the title `h` after a space, which a list of names
/// then may follow ([`after::listed_names`]), the titles from word `from` on opening the
/// clause (not a possessor inside another noun's phrase: "đoàn công tác của Bộ trưởng gồm
/// ông A và ông B" lists the delegation)?
fn consists_of(w: &Words<'_>, from: usize, h: &Hit) -> bool {
    (from == 0 || w.gap(from) != Gap::Space)
        && h.to < w.len()
        && w.gap_from(h.end, h.to) == Gap::Space
        && w.word(h.to) == "gồm"
}

/// A word of address at word `i` followed by a space ("ông", "đồng chí"): the word after
/// it and its end byte.
fn address_at(w: &Words<'_>, i: usize) -> Option<(usize, usize)> {
    let (t, info) = w.tag(i)?;
    (info.honorific && w.gap_from(t.end, i + t.n) == Gap::Space).then_some((i + t.n, t.end))
}

/// A role right after "Ban" (a board: "Ban Giám đốc", "Ban Tổng Giám đốc Hoàng Anh Gia
/// Lai nhận thấy …", "Ban Chủ nhiệm"): the collective of a body's directors, named by
/// their role, and no one's post; the capitalised words after it are the body's name, not
/// a holder's. The end of the title and of those words, where the walk goes on. A title
/// that holds "Ban" itself ("Ủy viên Ban Bí thư", "Trưởng Ban Tuyên giáo") is read from
/// its own first word, so its board never opens a title here.
fn board_title(w: &Words<'_>, p: usize) -> Option<usize> {
    if p == 0
        || p >= w.len()
        || w.gap(p) != Gap::Space
        || !w.word(p - 1).eq_ignore_ascii_case("ban")
    {
        return None;
    }
    let h = title_at(w, p)?;
    Some(h.name.map_or(h.to, |(_, r)| r.max(h.to)))
}

/// The name a comma or a dash sets after a title ending at byte `end` (word `j` after it),
/// with a word of address or not: two words or more, then the clause going on (a lowercase word
/// or the sentence's end), so that a list of names is none ("Chủ tịch UBND tỉnh, Nguyễn
/// Văn A, Trần Văn B"). A space alone sets it only after a word of address, the apposition
/// of a noun phrase of a post and an addressed name ("Giám đốc điều hành Samsung ông X",
/// "Phó Chủ tịch UBND tỉnh ông Y": the guide of the sixteenth draw ties the whole phrase
/// before "ông").
fn apposed_name(w: &Words<'_>, end: usize, j: usize) -> Option<(usize, usize)> {
    // (or by dashes: "Chủ tịch UBND tỉnh Hưng Yên - Đỗ Quốc Văn, đã ký …", "Giám đốc Sở Y
    // tế - Trần Thị Hà - cho biết")
    // (or by a noun of the person after a comma or dash: "Người sáng lập Amazon - tỷ phú
    // Jeff Bezos", [`apposed::person_noun_at`])
    let addressed = address_at(w, j).or_else(|| {
        matches!(w.gap_from(end, j), Gap::Comma | Gap::Dash)
            .then(|| apposed::person_noun_at(w, j))
            .flatten()
    });
    let dashed = match w.gap_from(end, j) {
        _ if j >= w.len() => return None,
        Gap::Comma => false,
        Gap::Dash => true,
        Gap::Space if addressed.is_some() && ends_noun_phrase(w, j) => false,
        _ => return None,
    };
    let s = addressed.map_or(j, |(next, _)| next);
    let r = names::name_right_at(w, s)?;
    // (after a dash, foreign words with no word of address may be the organisation's own
    // short name: "Liên đoàn kinh tế Nhật Bản – Keidanren …"; a foreign full name, of two
    // parts or more none of the lists holds, is a person's: "ông chủ Liverpool - John W.
    // Henry")
    if dashed
        && addressed.is_none()
        && w.split_run(s, w.run_end(s), 2) != Some(s)
        && !apposed::foreign_full_name(w, s, r)
    {
        return None;
    }
    // (or after a second comma, a lowercase word that opens no title: "Bí thư thứ nhất
    // Đại sứ quán …, bà Lê Thùy Trang, đánh giá"; or a quoted lowercase word:
    // [`apposed::quoted_word_after`])
    let goes_on = goes_on_after_name(w, r, |g| match g {
        Gap::Dash => dashed || apposed::dashed_title_goes_on(w, r),
        Gap::Open => goes_on_past_bracket(w, r),
        Gap::Other => apposed::quoted_word_after(w, r),
        _ => false,
    });
    goes_on.then_some((s, r))
}

/// Does the clause go on at word `r`, right after a name: the text's end, a lowercase
/// word, a comma before a lowercase word that opens no title
/// ([`after::goes_on_after_comma`]), a stop or a line break; any other separator as
/// `other` says (a dash, a bracket: each reader of a name has its own).
pub(super) fn goes_on_after_name(w: &Words<'_>, r: usize, other: impl FnOnce(Gap) -> bool) -> bool {
    r >= w.len()
        || match w.gap(r) {
            Gap::Space => w.words[r].case() == Case::Lower,
            Gap::Comma => after::goes_on_after_comma(w, r),
            Gap::Stop | Gap::Break => true,
            g => other(g),
        }
}

/// Does the clause go on past the bracket that opens at word `r`, after a name ("Chủ tịch
/// Real Madrid, Florentino Perez (người đứng đầu …) vẫn …", "ông X (Ảnh: Y)."): it
/// closes, then the text ends, a lowercase word follows, a stop or a line break, or a
/// comma before a lowercase word that opens no title and is no word of address before a
/// name. A comma before a title or an addressed name goes on a list ("…, bà A (…), ông B
/// (…)", "X, Y (34 tuổi), kiểm soát viên …").
fn goes_on_past_bracket(w: &Words<'_>, r: usize) -> bool {
    let Some(k) = titles::after_bracket(w, r) else {
        return false;
    };
    if k >= w.len() {
        return true;
    }
    // (the separator before word `k`, past its closing bracket)
    let sep = w
        .text
        .get(w.words[k - 1].end()..w.words[k].start())
        .unwrap_or_default();
    let past = sep.rfind(')').map_or(sep, |at| &sep[at + 1..]).trim_start();
    match past.chars().next() {
        None => w.words[k].case() == Case::Lower,
        Some(',') => after::goes_on_after_comma(w, k) && address_at(w, k).is_none(),
        Some('.' | '\n' | '!' | '?') => true,
        Some(_) => false,
    }
}

/// Does the phrase before word `j` end on a noun of its own, not on a word that governs
/// the noun phrase after it ("nhường vị trí Chủ tịch HĐQT cho ông X", "phát ngôn viên của
/// bà Y": the addressed name is the object, no apposition)? A capitalised word ends it
/// (an organisation's or a place's name), or a lowercase word that ends a phrase of the
/// word lists other than a function word (a role, a unit: "HLV trưởng", "UBND tỉnh").
fn ends_noun_phrase(w: &Words<'_>, j: usize) -> bool {
    if j == 0 {
        return false;
    }
    if w.words[j - 1].case() != Case::Lower {
        return true;
    }
    w.entry_before_within(j, MAX_TAG_WORDS, |_, x| {
        !(x.stop || x.role_link || x.at || x.also || x.join || x.link)
    })
    .is_some()
}

/// The name a title ending at byte `end` states with "là" at word `j` ("Phó Chủ tịch
/// Man Utd là Ed Woodward", "Người đứng đầu đơn vị là ông Nguyễn Văn A"): two words or
/// more, with a word of address or not, then the clause going on or ending. Only where the
/// titles (from word `from`) open a clause: inside one they are another's object ("… đâm
/// sau lưng HLV người Bồ Đào Nha là Harry Kane") or a description ("có một thành viên mới
/// là …").
fn named_by_la(w: &Words<'_>, from: usize, end: usize, j: usize) -> Option<(usize, usize)> {
    let k = j + 1;
    let opens = from == 0 || matches!(w.gap(from), Gap::Stop | Gap::Break | Gap::Comma);
    if !opens
        || k >= w.len()
        || w.gap_from(end, j) != Gap::Space
        || w.word(j) != "là"
        || w.gap(k) != Gap::Space
    {
        return None;
    }
    let s = address_at(w, k).map_or(k, |(next, _)| next);
    let r = names::name_right_at(w, s)?;
    let goes_on = r >= w.len()
        || match w.gap(r) {
            Gap::Space => w.words[r].case() == Case::Lower,
            Gap::Comma => after::goes_on_after_comma(w, r),
            Gap::Stop | Gap::Break => true,
            _ => false,
        };
    goes_on.then_some((s, r))
}

/// [`named_by_la`], or else a foreign surname alone apposed to the titles
/// ([`Words::apposed_surname`]).
fn named_by_la_or_surname(
    w: &Words<'_>,
    from: usize,
    end: usize,
    j: usize,
) -> Option<(usize, usize)> {
    named_by_la(w, from, end, j).or_else(|| w.apposed_surname(from, end, j))
}

/// "Phó Chủ tịch Man Utd, Ed Woodward: …", "Chủ tịch Real Madrid, Florentino Perez là …":
/// foreign words read as the name right after a title are its organisation when a name is
/// set after them by a comma, the clause going on after it, and the title opens a clause.
/// Extends the title `h` over
/// them and returns that name. (A Vietnamese name, "Chủ tịch UBND Nguyễn Văn A, Trần Văn
/// B …", and a name after the title's own organisation stay as read.)
fn club_before_name(w: &Words<'_>, h: &mut Hit, s: usize, r: usize) -> Option<(usize, usize)> {
    // (the title opening a clause: after "dưới thời HLV Pellegrini, Man City …" or "lời
    // mời của CEO Steve Jobs, Tim Cook …" the comma closes a phrase the title is inside)
    let opens = h.from == 0 || matches!(w.gap(h.from), Gap::Stop | Gap::Break | Gap::Comma);
    if !opens
        || h.rank_only
        || h.given
        || r >= w.len()
        || w.gap(r) != Gap::Comma
        || w.split_run(s, w.run_end(s), 2) == Some(s)
    {
        return None;
    }
    let named = apposed_name(w, w.words[r - 1].end(), r)?;
    titles::run_to(w, h, r);
    Some(named)
}

/// The name `s..r` that the title `h` stands right before (none where the run is the
/// place the title is held in, [`owner::place_not_name`]), where the organisation a
/// foreign run opens with is not taken for the name's ([`club_before_name`],
/// [`owner::owner_before_name`], which extend the title over it).
fn name_after_title<'t>(
    w: &Words<'t>,
    h: &mut Hit,
    s: usize,
    r: usize,
    caps: &mut owner::Capitals<'t>,
) -> Option<(usize, usize)> {
    if owner::place_not_name(w, h, s, r, caps) {
        return None;
    }
    Some(
        club_before_name(w, h, s, r)
            .or_else(|| named::body_before_ten(w, h, s, r))
            .or_else(|| owner::owner_before_name(w, h, s, r, caps))
            .unwrap_or((s, r)),
    )
}

/// Officials and organizations of `text`, whose tokens (a document's) are `tokens` and
/// place mentions `places` (as [`place::mentions`] finds them, one per mention), spans in the text's own
/// offsets: what [`crate::Extractor::parse`] runs after the places. The words are read
/// from the tokens, which are then freed.
pub(crate) fn with_places(
    text: &str,
    tokens: Vec<Token>,
    places: &Mentions,
) -> (Vec<Official>, Vec<Organization>) {
    let w = Words::with_places(text, tokens, places);
    let n = w.len();
    let mut named: Vec<Named> = Vec::new();
    let mut title_only: Vec<Hit> = Vec::new();
    let mut shorts: Vec<Short> = Vec::new();
    let mut caps = owner::Capitals::default();
    let mut surnames = surname::Surnames::default();
    let mut i = 0;
    while i < n {
        // a word with no tag that is not capitalised like a name opens nothing
        i = w.next_candidate(i);
        if i >= n {
            break;
        }
        let (honorific, p) = match address_at(&w, i) {
            Some((next, end)) => (Some((w.words[i].start(), end)), next),
            None => (None, i),
        };
        if honorific.is_none()
            && let Some(next) = board_title(&w, p)
        {
            i = next.max(i + 1);
            continue;
        }
        // Titles before a name, chained by spaces or commas; after "các" or a number the
        // titles are several people's ("4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch …").
        // (asked only where a title is found: most candidates have none)
        let plural = || w.plural_before(i) || (p != i && w.plural_before(p));
        let (mut pre, mut found) = before::titles_before(&w, p, plural, &mut caps);
        found = found.filter(|&(s, _)| !staff_holder_unnamed(&w, &pre, s, plural()));
        // ("Bộ trưởng Wallace": a foreign surname of a name given earlier, [`surname`])
        if found.is_none()
            && let Some(h) = pre.last_mut()
            && !plural()
        {
            found = surname::later_surname(&w, h, &named, &mut surnames);
        }
        if found.is_none() {
            found = before::apposed_after_titles(&w, &mut pre, plural);
        }
        // "người được mệnh danh là “Vua Thái Cực Quyền”": a title and name in quotation
        // marks is an epithet, no one's post.
        if let Some((_, r)) = found
            && epithet(&w, pre[0].from, r)
        {
            i = r;
            continue;
        }
        // "sa thải Giám đốc FBI James Comey": the post someone is dismissed from is not
        // counted as his (by the guide), nor said of anyone else; nor the post a verb of
        // appointment gives ("được đề cử làm Bộ trưởng …, bà C") or a candidate seeks.
        if let Some(last) = pre.last()
            && (dismissed::lost_before(&w, i, &pre) || appointed::given_before(&w, i))
        {
            let to = last.to;
            if let Some((s, r)) = found {
                let next = Named::push(&w, &mut named, s, r, Vec::new(), honorific);
                i = next.max(i + 1);
            } else {
                i = to.max(i + 1);
            }
            continue;
        }
        // "5 Phó Chủ tịch UBND gồm các ông: A, B và C", "các Phó Chủ tịch UBND tỉnh A và
        // B": a title said of several people is each one's of the names listed after it
        // ("thành viên HĐQT nhiệm kỳ 2021 - 2025 gồm ông A, bà B và ông C": "gồm", consist
        // of, said of a title with no name of its own makes it several people's too)
        let list = match pre.last() {
            Some(h) if plural() || (found.is_none() && consists_of(&w, pre[0].from, h)) => {
                after::listed_names(&w, h.end, found.map_or(h.to, |f| f.0))
            }
            _ => Vec::new(),
        };
        let (list, pre) = given_list(&w, &named, pre, found, plural, list);
        if let Some(&(_, r)) = list.last() {
            for &(s, r) in &list {
                Named::push(&w, &mut named, s, r, pre.clone(), None);
            }
            i = r.max(i + 1);
            continue;
        }
        if let Some((s, r)) = found {
            let second = paired::second_name(&w, &pre, r); // ("HLV Sarri và Lampard")
            let next = Named::push(&w, &mut named, s, r, pre, honorific);
            i = paired::push(&w, &mut named, second).max(next).max(i + 1);
            continue;
        }
        if !pre.is_empty() {
            let last = pre[pre.len() - 1].to;
            if !plural() {
                title_only.extend(pre.into_iter().filter(|h| !h.rank_only));
            }
            i = last.max(i + 1);
            continue;
        }
        // "A và B, hai nhà vật lý từ Đại học X": two names sharing one apposed post
        if let Some(x) = posts::pair_sharing_post(&w, p) {
            let ((a, b), (c, d), h) = (x.first, x.second, x.post);
            Named::push(&w, &mut named, a, b, vec![h], honorific);
            Named::push(&w, &mut named, c, d, vec![h], x.honorific);
            i = h.to.max(i + 1);
            continue;
        }
        // ("ông Anh Tuấn": a given name opening with a word of address)
        if let Some(e) = honorific.and_then(|_| names::address_given::name_at(&w, p)) {
            i = Named::push(&w, &mut named, p, e, Vec::new(), honorific).max(i + 1);
            continue;
        }
        if p < n && w.name_like(p) && (p == i || w.gap(p) == Gap::Space) {
            let r = w.run_end(p);
            if let Some(s) = w.split_run(p, r, 2) {
                let r = w.hyphen_end(s, r);
                let next = Named::push(&w, &mut named, s, r, Vec::new(), honorific);
                i = next.max(i + 1);
                continue;
            }
            if let Some(e) = untitled_name(&w, p, r, honorific.is_some()) {
                let next = Named::push(&w, &mut named, p, e, Vec::new(), honorific);
                i = next.max(i + 1);
                continue;
            }
            if honorific.is_some() && r - p == 1 {
                i = Short::push(&w, &mut shorts, p, honorific).max(i + 1);
                continue;
            }
            i = place_opening(&w, p, r).unwrap_or(r).max(i + 1);
            continue;
        }
        i = p.max(i + 1);
    }
    shared_post::share_posts(&w, &mut named);
    let officials = merge::merge(&w, places, &named, &title_only, &shorts);
    // the organizations are read once the mentions are merged and dropped, so that the
    // two sets of records are never held at once (issue 15: a text of one person's
    // distinct titles has an organization in every title)
    drop((named, title_only, shorts));
    let orgs = org::scan(&w);
    (officials, orgs)
}

/// The end of a place that opens the capitalised run `p..r` and leaves words of the run
/// after it: a place mention, a country or a place of another country ("bang Connecticut
/// Richard Blumenthal, thành viên …"). A name never starts with a place: the words after
/// it are read on their own.
fn place_opening(w: &Words<'_>, p: usize, r: usize) -> Option<usize> {
    let end = match w.place_at(p) {
        Some(m) => m.to,
        None => w
            .tag(p)
            .filter(|(_, x)| x.country || x.world_place)
            .map(|(t, _)| p + t.n)?,
    };
    (end > p && end < r).then_some(end)
}

/// Does the name at word `s`, after the titles `pre`, not name the holder of the last,
/// a staff post ("quan chức", "nhà khoa học", "giáo viên")? Said of several people
/// (`plural`: "4 quan chức an ninh của X …", "nhóm các nhà khoa học tại Đại học Y …"),
/// such a noun names none of them by the capitalised words after it, which end its
/// organisation or a phrase about it ("… Đại học Illinois Chicago", "… vụ bắt giam lãnh
/// đạo đối lập Alexei Navalny"; a list of names after it is theirs). After its lowercase
/// complement ("quan chức phụ trách lễ hội tôn giáo Kumbh Mela") a foreign run names
/// what the complement is about: the holder is said before the post ("Harbeer Singh,
/// quan chức …") or right after its head or organisation ("quan chức Mỹ John Smith"); a
/// Vietnamese name there is the holder's ("cán bộ Đội Cảnh sát Hình sự Trần Việt Anh",
/// an organisation's name ending lowercase), and so is a foreign name followed by the
/// organisation an employee works at ("nhà khoa học thần kinh Stephanie Koch đến từ Đại
/// học X", [`role::named_at_workplace`]).
fn staff_holder_unnamed(w: &Words<'_>, pre: &[Hit], s: usize, plural: bool) -> bool {
    let Some(last) = pre.last() else {
        return false;
    };
    let Some((_, head, x)) = titles::title_head(w, last.from) else {
        return false;
    };
    x.staff
        && (plural
            || (s > head.0
                && w.words[s - 1].case() == Case::Lower
                && w.split_run(s, w.run_end(s), 2) != Some(s)
                && !(x.employee && role::named_at_workplace(w, *last))))
}

/// Is the title at word `i` a monarch's ("Vua", "Quốc vương")? A monarch holds no other
/// post: a comma after the title does not chain it with the next ("cúp Nhà Vua Tây Ban
/// Nha, Chủ tịch Joan Laporta").
fn monarch(w: &Words<'_>, i: usize) -> bool {
    titles::title_head(w, i).is_some_and(|(_, _, x)| x.monarch)
}

/// Are the words `from..to` (a title and its name) set in quotation marks: a quotation mark
/// right before the first and right after the last? Not an owner's byname ("“bầu Thụy”"),
/// often quoted, which stays the name's.
fn epithet(w: &Words<'_>, from: usize, to: usize) -> bool {
    const QUOTES: [char; 5] = ['"', '“', '”', '«', '»'];
    if titles::title_head(w, from).is_some_and(|(_, _, x)| x.nickname) {
        return false;
    }
    let before = from.checked_sub(1).map_or(0, |k| w.words[k].end());
    let (Some(first), Some(last)) = (w.words.get(from), w.words.get(to.wrapping_sub(1))) else {
        return false;
    };
    w.text
        .get(before..first.start())
        .is_some_and(|s| s.trim_end().ends_with(QUOTES))
        && w.text
            .get(last.end()..)
            .is_some_and(|s| s.trim_start().starts_with(QUOTES))
}

/// A name at word `p` (the capitalised run `p..r`) that no Vietnamese surname opens, tied to
/// a person by a word of address before it (`addressed`) or a title after it: its end.
fn untitled_name(w: &Words<'_>, p: usize, r: usize, addressed: bool) -> Option<usize> {
    // (a title that names no one after a comma or a dash)
    let bare_title_at = |e: usize| {
        matches!(w.gap(e), Gap::Comma | Gap::Dash)
            && title_at(w, e).is_some_and(|h| h.name.is_none() && !h.rank_only)
    };
    // "ông Park Hang Seo", "bà Céline Gounder": a foreign name after a word of address.
    // "Ed Woodward, Phó Chủ tịch điều hành của Man Utd": a foreign name that a title
    // follows after a comma or a dash (past the person's age: "X, 50 tuổi, quản lý …").
    // "Daw Myo Aye là người đứng đầu Công đoàn …": or a link word and a title.
    // "Andrea Agnelli (chủ tịch của Juventus)": or a bracket that opens with a title naming
    // no one.
    let titled_after = |e: usize| {
        apposed::titled_segment(w, e)
            || (w.gap(e) == Gap::Open
                && title_at(w, e).is_some_and(|h| h.name.is_none() && !h.rank_only))
            || after::linked_title(w, w.words[e - 1].end(), e).is_some()
    };
    // (the cheap look after the capitalised run first: most runs are no names; a name
    // particle after a run that opens a clause goes on with the name, "Edwin van der Sar,
    // Giám đốc …", not after a lowercase word: "của Cty do Vân làm giám đốc";
    // but for a first part of no list, no Vietnamese syllable, and two particles: "gặp
    // Ursula von der Leyen, Chủ tịch …")
    let particle_at = |k: usize| {
        k < w.len() && w.words[k].case() == Case::Lower && w.tag(k).is_some_and(|(_, x)| x.particle)
    };
    let opens = w.gap(p) != Gap::Space
        || (p > 0 && w.words[p - 1].case() != Case::Lower)
        || (particle_at(r + 1) && w.tag(p).is_none() && !crate::normalize::is_syllable(w.word(p)));
    let particle = opens && particle_at(r);
    // (past a middle initial: "Faridah P. Ali, trợ lý giám đốc …", [`Words::past_initial`])
    let past = |e: usize| w.past_initial(p, e);
    if (addressed || particle || w.initial_at(p) || titled_after(past(w.hyphen_end(p, r))))
        && let Some(e) = w.foreign_name_at(p, 2).map(past)
        && (addressed || titled_after(e))
    {
        return Some(e);
    }
    // "ông Lee Byung Soo - Giám đốc An toàn của Samsung": a transliteration spelled like
    // Vietnamese syllables, no Vietnamese surname opening it, is a name where both a word
    // of address and a title after a comma or a dash tie it ("bà Ngọc Hoa đang là …" may
    // say another's post).
    // (the run is read only after a word of address: most capitalised runs have none)
    if addressed {
        let run = w.foreign_run(p);
        if run.parts >= 2 && run.end == w.hyphen_end(p, r) && bare_title_at(run.end) {
            return Some(run.end);
        }
    }
    // "chị Thanh Nga, chủ quán …": a given name whose last syllable names a country.
    if addressed
        && let Some(e) = w.given_name_to_country(p, r)
        && bare_title_at(e)
    {
        return Some(e);
    }
    // "ông Bằng Tạ - Giám đốc Kinh doanh …": a Vietnamese name written surname last, as
    // abroad, after a word of address and before its title.
    let surname_last = addressed
        && r - p == 2
        && w.tag(p + 1).is_some_and(|(t, x)| x.surname && t.n == 1)
        && !w.tag(p).is_some_and(|(_, x)| x.surname)
        && crate::normalize::has_syllable_shape(w.word(p));
    // "Soble, giám đốc điều hành của Dự án …": one foreign word opening a sentence, a
    // title after a comma; a letter is an initial ("L, huấn luyện viên …" names no one).
    // Inside a clause, after a lowercase word, the apposition is closed: the sentence ends
    // after the title, or a comma and a lowercase word go on ("… buộc tội Soble, giám đốc
    // dự án." "… kể đến Soble, giám đốc dự án, người …"); the title and the words after it
    // may be the next clause's subject ("Sau trận gặp Granada, HLV người Hà Lan đã …").
    // (the comma first: the name's reading is the dear part, and most runs have none)
    let foreign_word = !addressed
        && r - p == 1
        && w.gap(r) == Gap::Comma
        && (matches!(w.gap(p), Gap::Stop | Gap::Break) || apposed::apposition_closed(w, p, r))
        && w.foreign_name_at(p, 1) == Some(r)
        && w.word(p).chars().nth(1).is_some();
    ((surname_last || foreign_word) && bare_title_at(r)).then_some(r)
}

/// Adds to `officials` the authors a byline names by a degree or rank before the name
/// ("BS. Nguyễn Thanh", "ThS. KTS Nguyễn Văn A"), by the guide officials as anywhere in
/// the text: `byline` is the byline's normalized text, at byte `at` of the article's
/// normalized text, whose offsets the spans take. The byline must open with the title,
/// each title held alone (no organisation), and the name not be one of `officials` already;
/// its places and organizations are not the article's.
///
/// # Time complexity
///
/// Linear in `byline.len()`, and in the number of `officials` for the names.
pub(crate) fn in_byline(byline: &str, at: usize, officials: &mut Vec<Official>) {
    let (found, _) = extract(byline);
    for mut o in found {
        let opens = o.titles.first().is_some_and(|t| t.span.start == 0);
        if !opens
            || o.titles.iter().any(|t| t.organization.is_some())
            || officials.iter().any(|x| x.name == o.name)
        {
            continue;
        }
        let shift = |s: &mut Span| *s = Span::new(s.start + at, s.end + at);
        o.mentions.iter_mut().for_each(shift);
        o.titles.iter_mut().for_each(|t| shift(&mut t.span));
        officials.push(o);
    }
}

/// Officials and organizations of text that is already normalized (spans index `text`
/// itself), its places read first ([`place::places`]): a place's words are never a
/// personal name. [`crate::Extractor::parse`] normalizes first and maps spans back to
/// the original; use this on clean NFC text or to time this extraction (with the places
/// it reads) alone.
///
/// # Examples
///
/// ```
/// let text = "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung phát biểu.";
/// let (officials, orgs) = vinews::extract::official::extract(text);
/// assert_eq!(officials[0].name, "Nguyễn Đức Chung");
/// assert_eq!(officials[0].titles, ["Chủ tịch UBND TP Hà Nội"]);
/// assert_eq!(orgs[0].text, "UBND TP Hà Nội");
/// assert_eq!(orgs[0].expanded.as_deref(), Some("Ủy ban nhân dân thành phố Hà Nội"));
/// ```
///
/// # Time complexity
///
/// Linear in `text.len()`: the document's tokens (and its sentences), the places' own
/// pass, one anchored dictionary search per word, each title and name looks a bounded number of words ahead, and merging compares
/// names of one article.
#[must_use]
pub fn extract(text: &str) -> (Vec<Official>, Vec<Organization>) {
    // the places read from the document's tokens, as the pipeline reads them (the same
    // mentions as from the text: `place::tests::word_start_search_is_plain_search`),
    // so no second automaton is built for the text's plain search
    let doc = super::doc(text);
    let places = place::mentions_in(&doc, None, None);
    with_places(text, doc.tokens, &places)
}
