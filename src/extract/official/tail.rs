//! Where a title apposed to a name ends ("ông A, TITLE, …", "ông A - TITLE - …"): what may
//! follow its organisation before the comma, dash or verb that closes the apposition.
//!
//! The grammar, on top of the title read by [`super::titles::title_at`]:
//! `TITLE [locative]{0,2} delimiter`, where a locative is "tại" or "ở" and the place or
//! body the post is held in: a place mention or a country, an organisation read from its
//! head ("tại Bệnh viện Artemis"), or a capitalised name of its own ("tại Dell", "ở Cao
//! Hùng"); then a bracket of its place or abbreviation ("ở Thanh Xuân (Hà Nội)") or the
//! country after a comma ("ở Hồng Kông, Trung Quốc"). What must stop it: a gathering
//! ("tại Hội nghị …", where the person spoke, no post), a role, a rank or a word of
//! address, or anything but the apposition's end after it (a verb that is no stop, a
//! clause going on: "nhà lãnh đạo đầu tiên ở Đông Nam Á thăm Mỹ").

use std::collections::HashSet;
use std::sync::LazyLock;

use super::parent::{clause_ends_at, country_end, qualifier_bracket};
use super::titles::{Hit, glued_end, opens_role, proper_run_end, walk_org};
use super::words::{Case, Gap, Words};
use crate::text::chars::lowercase;
use crate::text::lexicon;

/// Most locatives after one title: a body, then the city it is in ("tại Bệnh viện
/// Artemis ở Gurgaon").
const MAX_LOCATIVES: usize = 2;

/// Most words of a gathering's noun (`event_triggers.txt`: "hội nghị thượng đỉnh").
const MAX_GATHERING_WORDS: usize = 3;

/// The nouns of gatherings, lowercase: the meetings and ceremonies of
/// `event_triggers.txt`. "tại Hội nghị X" says where a person spoke, not where the post is.
static GATHERINGS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    lexicon::EVENT_TRIGGERS
        .entries()
        .filter(|e| matches!(e.column(1), Some("meeting" | "ceremony")))
        .map(|e| e.key())
        .collect()
});

/// The words that open a time (`date_words.txt`, `parts_of_day.txt`: "hôm", "sáng",
/// "ngày", "từ").
static TIME_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    lexicon::DATE_WORDS
        .keys()
        .chain(lexicon::PARTS_OF_DAY.keys())
        .collect()
});

/// Is word `k` a word that opens a time ([`TIME_WORDS`]: "hôm", "sáng", "nay")?
pub(super) fn time_word(w: &Words<'_>, k: usize) -> bool {
    k < w.len() && TIME_WORDS.contains(lowercase(w.word(k)).as_ref())
}

/// Is word `k` tagged as a role, a rank or a word of address: a person's, where a
/// locative or a country's region would be a place's?
fn names_a_person(w: &Words<'_>, k: usize) -> bool {
    w.tag(k)
        .is_some_and(|(_, x)| x.title || x.rank || x.honorific)
}

/// Runs the title `h`, apposed to a name, on over the locatives after its organisation
/// when the apposition ends right after one of them (the last such one).
pub(super) fn apposed_tail(w: &Words<'_>, h: &mut Hit) {
    if h.name.is_some() {
        return;
    }
    // "X, giám đốc điều hành tập đoàn này, cho biết": the body pointed back at
    if let Some(k) = demonstrative_end(w, h)
        && apposition_ends_at(w, k)
    {
        super::titles::run_to(w, h, k);
        return;
    }
    // "Giám đốc Việt Nam, Lào và Campuchia của Google"
    if let Some(k) = countries_of_owner(w, h.to) {
        h.to = k;
        h.end = w.words[k - 1].end();
    }
    // "Ủy ban Giải quyết vấn đề miền Nam Thái Lan", "Bộ Tư lệnh miền Tây Mindanao"
    if let Some(k) = region_of_place(w, h.to)
        && apposition_ends_at(w, k)
    {
        h.to = k;
        h.end = w.words[k - 1].end();
    }
    let (mut to, mut end) = (h.to, h.end);
    // ("chủ một quán nhậu có tiếng ở Y": the business's renown before its place)
    if let Some(k) = super::trade::renown_end(w, h) {
        (to, end) = (k, w.words[k - 1].end());
    }
    for _ in 0..MAX_LOCATIVES {
        let Some((k, e)) = locative(w, to, end) else {
            break;
        };
        (to, end) = (k, e);
        if apposition_ends_at(w, k) {
            h.to = k;
            h.end = e;
        }
    }
    // "chủ đại lý tại Nguyễn Trãi, Hà Nội": the province the last locative's place is in
    *h = super::walk::province_after(w, *h);
}

/// Most countries a regional post lists ("Việt Nam, Lào và Campuchia").
const MAX_COUNTRIES: usize = 8;

/// The word after a country named at word `k`, capitalised: a country of the officials'
/// lists, a place mention of its own or not ("Việt Nam", "Lào").
fn country_at(w: &Words<'_>, k: usize) -> Option<usize> {
    let (t, x) = w.tag(k)?;
    (x.country && w.words[k].case() != Case::Lower)
        .then_some(k + t.n)
        .or_else(|| country_end(w, k))
}

/// A company's regional post names the countries it covers, joined by commas and a last
/// "và", then the company after "của" ("Giám đốc Việt Nam, Lào và Campuchia của Google"):
/// when the title read so far ends with a country right before word `j` and the list,
/// the "của" and the company's name close the apposition, the word after the company.
fn countries_of_owner(w: &Words<'_>, j: usize) -> Option<usize> {
    if j >= w.len()
        || w.gap(j) != Gap::Comma
        || !(1..=3).any(|b| j > b && country_at(w, j - b) == Some(j))
    {
        return None;
    }
    let (mut k, mut closed) = (j, false);
    for _ in 0..MAX_COUNTRIES {
        // ", Lào", " và Campuchia", ", và Campuchia"
        let and = w.word(k) == "và" && k + 1 < w.len() && w.gap(k + 1) == Gap::Space;
        if !(w.gap(k) == Gap::Comma || (and && w.gap(k) == Gap::Space)) {
            break;
        }
        k = country_at(w, if and { k + 1 } else { k })?;
        if and {
            closed = true;
            break;
        }
    }
    // (the list closed by "và" and its last country, then the company)
    if !closed
        || k + 1 >= w.len()
        || w.word(k) != "của"
        || w.gap(k) != Gap::Space
        || w.gap(k + 1) != Gap::Space
        || w.words[k + 1].case() == Case::Lower
        || names_a_person(w, k + 1)
    {
        return None;
    }
    let (to, _) = held_in(w, k + 1)?;
    apposition_ends_at(w, to).then_some(to)
}

/// After a region named by "miền" or "vùng" and its direction, which the places read as
/// Vietnam's ("miền Nam", "miền Tây") and which ends right before word `j`: the country or
/// place whose region it is, said right after it ("miền Nam Thái Lan", "miền Tây
/// Mindanao"): a place mention, a country or a capitalised run. The word after it.
fn region_of_place(w: &Words<'_>, j: usize) -> Option<usize> {
    let p = w.place_at(j.checked_sub(1)?).filter(|p| p.to == j)?;
    if j >= w.len()
        || w.gap(j) != Gap::Space
        || w.words[j].case() == Case::Lower
        || !matches!(w.word(p.from), "miền" | "vùng")
        || names_a_person(w, j)
        // (a Vietnamese name is a person's)
        || w.split_run(j, w.run_end(j), 2) == Some(j)
    {
        return None;
    }
    let to = w
        .place_at(j)
        .filter(|q| q.from == j)
        .map(|q| q.to)
        .or_else(|| country_end(w, j))
        .unwrap_or_else(|| w.run_end(j));
    (to > j).then_some(to)
}

/// The locative at word `j`, after what ends at byte `end`: "tại" or "ở", then a place,
/// a body or a capitalised name, then its bracket or country. The word after it and its
/// end byte.
fn locative(w: &Words<'_>, j: usize, end: usize) -> Option<(usize, usize)> {
    if j + 1 >= w.len()
        || w.gap_from(end, j) != Gap::Space
        || !matches!(w.word(j), "tại" | "ở")
        || gathering_at(w, j + 1)
    {
        return None;
    }
    // (a place said with its lowercase unit: "tại khu vực Ile-de-France", "ở thành phố
    // Cao Hùng")
    let unit_place = w
        .place_at(j + 1)
        .filter(|p| p.from == j + 1 && w.gap(j + 1) == Gap::Space)
        .map(|p| (p.to, w.words[p.to - 1].end()));
    let k = kind_noun_end(w, j + 1);
    if unit_place.is_none()
        && (k >= w.len()
            || w.gap(k) != Gap::Space
            || w.words[k].case() == Case::Lower
            || gathering_at(w, k)
            || names_a_person(w, k)
            || opens_role(w, k))
    {
        return None;
    }
    let (mut to, mut end) = match unit_place {
        Some(place) => place,
        None => held_in(w, k)?,
    };
    // "tại Cơ quan Phát triển Quốc tế Mỹ", "tại LB Nga": a place said right after the
    // capitalised words, the body's country or the place's own
    if to < w.len()
        && w.gap(to) == Gap::Space
        && let Some(p) = w
            .place_from(to)
            .map(|p| p.to)
            .or_else(|| country_end(w, to))
    {
        (to, end) = (p, w.words[p - 1].end());
    }
    // "ở Thanh Xuân (Hà Nội)", "tại Tổng công ty X (PV Gas)"
    if to < w.len()
        && w.gap(to) == Gap::Open
        && let Some((after, close)) = qualifier_bracket(w, to)
    {
        (to, end) = (after, close);
    }
    // "ở Juba, thủ đô Nam Sudan", "ở Kolkata, thủ phủ của bang Tây Bengal": the place
    // said again as the capital it is, closing the clause
    if to < w.len()
        && w.gap(to) == Gap::Comma
        && let Some(c) = capital_of(w, to)
        && apposition_ends_at(w, c)
    {
        (to, end) = (c, w.words[c - 1].end());
    }
    // "ở Hồng Kông, Trung Quốc.": the country the place is in, closing the clause
    if to < w.len()
        && w.gap(to) == Gap::Comma
        && let Some(c) = country_end(w, to)
        && apposition_ends_at(w, c)
        && !super::walk::countries_after(w, c)
    {
        (to, end) = (c, w.words[c - 1].end());
    }
    Some((to, end))
}

/// After a place, an apposition at word `k` that says what it is the capital of: "thủ
/// đô" (of a country) or "thủ phủ" (of a state or province), "của" or not, then that
/// country or place: a place mention, a country, or a unit word ("bang", "tỉnh") and its
/// capitalised name ("thủ phủ bang Amazonas"). The word after it.
fn capital_of(w: &Words<'_>, k: usize) -> Option<usize> {
    if k + 2 >= w.len()
        || w.word(k) != "thủ"
        || !matches!(w.word(k + 1), "đô" | "phủ")
        || w.gap(k + 1) != Gap::Space
        || w.gap(k + 2) != Gap::Space
    {
        return None;
    }
    let mut m = k + 2;
    if w.word(m) == "của" && m + 1 < w.len() && w.gap(m + 1) == Gap::Space {
        m += 1;
    }
    if let Some(e) = w.place_from(m).map(|p| p.to).or_else(|| country_end(w, m)) {
        return Some(e);
    }
    // (a unit word said lowercase, a federal state's "bang" too, then the capitalised
    // name the places do not know)
    let unit = w.words[m].case() == Case::Lower
        && (w.word(m) == "bang" || w.tag(m).is_some_and(|(_, x)| x.unit));
    let n = m + 1;
    (unit && n < w.len() && w.gap(n) == Gap::Space && w.words[n].case() != Case::Lower)
        .then(|| w.run_end(n))
        .filter(|&e| e > n)
}

/// Most lowercase words of the common noun said before a body's or place's own name
/// ("hãng luật", "tổ chức", "khu vực").
const MAX_KIND_WORDS: usize = 2;

/// The word after the common noun that may open a locative's body or place at word `j`,
/// before its capitalised name ("tại hãng luật Hogan Lovells", "tại tổ chức Hội đồng Quan
/// hệ Đối ngoại", "tại khu vực Ile-de-France"): up to [`MAX_KIND_WORDS`] lowercase words
/// after spaces, none of the lists' stops, links or roles; `j` itself when there is none
/// or no capitalised word follows them.
fn kind_noun_end(w: &Words<'_>, j: usize) -> usize {
    let mut k = j;
    while k < w.len()
        && k - j < MAX_KIND_WORDS
        && w.gap(k) == Gap::Space
        && w.words[k].case() == Case::Lower
        && !w
            .tag(k)
            .is_some_and(|(_, x)| x.stop || x.link || x.title || x.rank || x.honorific)
    {
        k += 1;
        if k < w.len() && w.gap(k) == Gap::Space && w.words[k].case() != Case::Lower {
            return k;
        }
    }
    j
}

/// The place or body named from word `k` (capitalised) on: a place mention or a country
/// whole, an organisation read from its head as a title's is, or a run of capitalised
/// words. The word after it and its end byte.
fn held_in(w: &Words<'_>, k: usize) -> Option<(usize, usize)> {
    let place = w.place_from(k).map(|p| p.to).or_else(|| country_end(w, k));
    if let Some(to) = place {
        return Some((to, w.words[to - 1].end()));
    }
    // (a head of the lists, its name said in lowercase words or not: "tại Viện nghiên cứu
    // bệnh Alzheimer Anh", read to the apposition's end)
    if w.tag(k)
        .is_some_and(|(_, x)| x.org.is_some() || x.institution)
    {
        let probe = Hit {
            from: k,
            to: k,
            start: w.words[k].start(),
            end: w.words[k].start(),
            rank_only: false,
            name: None,
            given: false,
        };
        // (the capitalised words a walk would take for a name after the body are its own,
        // as after a person's name: "tại Viện nghiên cứu bệnh Alzheimer Anh")
        let body = walk_org(w, probe, k)?;
        return Some(match body.name {
            Some((_, r)) => (r, w.words[r - 1].end()),
            None => (body.to, body.end),
        });
    }
    // a run of capitalised words, a lowercase one only between two ("tại Cơ quan Phát
    // triển Quốc tế"), or one word and those glued to it by hyphens ("tại NASA", "tại
    // Coca-Cola", "tại khu vực Ile-de-France")
    let to = w
        .run_end(k)
        .max(glued_end(w, k))
        .max(w.hyphen_end(k, k + 1))
        .max(proper_run_end(w, k).unwrap_or(k));
    Some((to, w.words[to - 1].end()))
}

/// Does a gathering's noun open at the capitalised word `k` ("Hội nghị", "Diễn đàn", "Lễ
/// khánh thành")?
pub(super) fn gathering_at(w: &Words<'_>, k: usize) -> bool {
    w.listed_phrase_end(k, MAX_GATHERING_WORDS, |p| GATHERINGS.contains(p))
        .is_some()
}

/// Does the apposition end before word `k`: the clause's end ([`clause_ends_at`]: a
/// comma, a stop, a bracket closing, a verb) or a dash with spaces ("… tại Hà Nội -
/// Thành viên HĐQT …")? Not before a word of time ("… tại Hà Nội hôm qua cho biết"): the
/// place is where the clause's verb happens, no part of the apposition.
fn apposition_ends_at(w: &Words<'_>, k: usize) -> bool {
    let timed = k < w.len() && w.gap(k) == Gap::Space && time_word(w, k);
    !timed && (clause_ends_at(w, k) || (w.gap(k) == Gap::Dash && !w.joined_by(k, "-")))
}

/// "Giám đốc điều hành tập đoàn này", "phó Chủ tịch của giải đấu này": the demonstrative
/// "này" said right after the title `h`'s body, named by its common noun in lowercase (the
/// body the text named before): the word after it, where the title ends when it is tied
/// to a name there (the guide writes the phrase as given, "này" kept). Not after a role
/// alone ("vị Chủ tịch này" points at a person) nor after a body's own capitalised name.
pub(super) fn demonstrative_end(w: &Words<'_>, h: &Hit) -> Option<usize> {
    let k = h.to;
    let (_, (role_end, _), _) = super::titles::title_head(w, h.from)?;
    (k < w.len()
        && k > role_end
        && w.word(k) == "này"
        && w.soft_gap(h.end, k) == Gap::Space
        && w.words[k - 1].case() == Case::Lower)
        .then_some(k + 1)
}
