//! Places: administrative units, villages, provinces and cities named bare, countries and
//! regions, each with its candidates in the [gazetteer](super::gazetteer) and, when the
//! article leaves one choice, the resolved unit.
//!
//! Runs on normalized text. One Aho-Corasick pass (`MatchKind::LeftmostLongest`) finds
//! unit words ("xã", "thành phố", "TP.", "Q."), party committees ("Tỉnh ủy"), bare names
//! (provinces, cities, countries, regions) and non-places that contain one ("Thái Bình
//! Dương"); a name after a unit word is read as a run of capitalised words and cut to the
//! longest prefix the gazetteer knows, so "Tỉnh ủy Thanh Hóa Đỗ Trọng Hưng" gives Thanh
//! Hóa and leaves the person alone.
//!
//! # Examples
//!
//! ```
//! use vinews::extract::place::places;
//! let text = "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh.";
//! let found = places(text, None);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].text, "xã Đức Ninh");
//! let resolved = found[0].resolved.as_ref().unwrap();
//! assert_eq!(resolved.code, "02422");
//! assert_eq!(resolved.path, "xã Đức Ninh, huyện Hàm Yên, tỉnh Tuyên Quang");
//! ```

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, Anchored, MatchKind};
use serde::Serialize;

use super::gazetteer::{Gazetteer, Level, UnitId, UnitType, Validity, fold_key, gazetteer};
use crate::extract::date::Date;
use crate::span::Span;

/// The word lists of place extraction, as `(file name, text)`: one entry a line, `#`
/// comments, tab-separated columns.
pub const LEXICONS: [(&str, &str); 9] = [
    (
        "place_units.txt",
        include_str!("../lexicon/place_units.txt"),
    ),
    (
        "place_org_words.txt",
        include_str!("../lexicon/place_org_words.txt"),
    ),
    (
        "place_list_cues.txt",
        include_str!("../lexicon/place_list_cues.txt"),
    ),
    (
        "place_aliases.txt",
        include_str!("../lexicon/place_aliases.txt"),
    ),
    (
        "place_cities.txt",
        include_str!("../lexicon/place_cities.txt"),
    ),
    (
        "place_regions.txt",
        include_str!("../lexicon/place_regions.txt"),
    ),
    (
        "place_countries.txt",
        include_str!("../lexicon/place_countries.txt"),
    ),
    (
        "place_blockers.txt",
        include_str!("../lexicon/place_blockers.txt"),
    ),
    (
        "place_surnames.txt",
        include_str!("../lexicon/place_surnames.txt"),
    ),
];

/// What kind of place a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlaceKind {
    /// An administrative unit: province, district, commune (in the gazetteer).
    Admin,
    /// A village, hamlet or residential group (thôn, bản, ấp, xóm, tổ dân phố, khu phố);
    /// not in the gazetteer.
    Village,
    /// A country.
    Country,
    /// A region (Tây Nguyên, đồng bằng sông Cửu Long).
    Region,
}

/// A unit of the gazetteer, as a place refers to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnitRef {
    /// The official code.
    pub code: &'static str,
    /// The unit word: "xã", "huyện", "tỉnh", …
    #[serde(rename = "type")]
    pub unit_type: UnitType,
    /// "xã Đức Ninh, huyện Hàm Yên, tỉnh Tuyên Quang".
    pub path: String,
    /// Its index in the gazetteer.
    #[serde(skip)]
    pub id: UnitId,
}

/// A unit a place may be.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// The official code.
    pub code: &'static str,
    /// The unit word: "xã", "huyện", "tỉnh", …
    #[serde(rename = "type")]
    pub unit_type: UnitType,
    /// "xã Đức Ninh, huyện Hàm Yên, tỉnh Tuyên Quang".
    pub path: String,
    /// Before or after the reform of 2025-07-01, or both.
    pub valid: Validity,
    /// For a unit of before 2025-07-01: the unit that took it in (the main one when it
    /// was divided).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub successor: Option<UnitRef>,
    /// True when the old unit was divided among several new ones; `successors` lists
    /// them.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub split: bool,
    /// All the new units an old unit was divided among (empty unless `split`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<UnitRef>,
    /// Its index in the gazetteer.
    #[serde(skip)]
    pub id: UnitId,
}

/// One place mentioned in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The mention in normalized form: "xã Đức Ninh", "Thanh Hóa", "Lào".
    pub text: String,
    /// Where it is (in the text given to [`places`]; [`Article`](crate::Article) maps it
    /// back to the original).
    #[serde(flatten)]
    pub span: Span,
    /// The unit: "xã", "thành phố", "thôn", …; "quốc gia" for a country, "vùng" for a
    /// region.
    pub unit: &'static str,
    /// The name without its unit word: "Đức Ninh", "1".
    pub name: String,
    /// What kind of place.
    pub kind: PlaceKind,
    /// The gazetteer units it may be (at most [`MAX_CANDIDATES`], the resolved one
    /// first).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Candidate>,
    /// How many units matched in all (more than `candidates.len()` when cut).
    #[serde(skip)]
    pub candidate_count: usize,
    /// The unit the article's evidence leaves, when it leaves exactly one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<Candidate>,
}

/// At most this many candidates are listed on a place.
pub const MAX_CANDIDATES: usize = 10;

pub use crate::text::lexicon::LexiconError;

/// The entries of a lexicon: `(line number, columns)` of every non-comment line (the
/// shared reader, [`crate::text::lexicon::parse_columns`]).
///
/// # Errors
///
/// A line with a wrong number of columns, or with an empty or untrimmed column.
pub fn parse_lexicon(
    file: &'static str,
    text: &'static str,
    columns: usize,
) -> Result<Vec<(usize, Vec<&'static str>)>, LexiconError> {
    Ok(crate::text::lexicon::parse_columns(file, text, columns)?
        .into_iter()
        .map(|e| (e.line, e.columns))
        .collect())
}

/// What may follow a unit word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Follow {
    Name,
    Number,
    Both,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pat {
    /// A unit word; index into `Lex::units`.
    Unit(u16),
    /// A party committee; index into `Lex::orgs`.
    Org(u16),
    /// A bare province, city, alias; index into `Lex::bare`.
    Bare(u16),
    /// Contains a place but is not one.
    NotPlace,
}

#[derive(Debug)]
struct UnitWord {
    unit: &'static str,
    follow: Follow,
    /// The abbreviation takes what follows without a space ("Q.1", "TP.Vinh").
    dotted: bool,
}

#[derive(Debug)]
struct Bare {
    /// Key of the gazetteer name (provinces, cities, aliases).
    key: Option<String>,
    kind: PlaceKind,
    unit: &'static str,
    /// Cities may be district-level units.
    city: bool,
    /// One syllable ("Lào", "Đức"): checked against a longer name after it.
    short: bool,
}

/// The place patterns compiled into one DFA (leftmost-longest, no prefilter), searched
/// with the loop of `aho_corasick`'s own non-overlapping search, inlined here.
struct Matcher {
    dfa: DFA,
    start: StateID,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("patterns", &self.dfa.patterns_len())
            .finish()
    }
}

impl Matcher {
    fn new(patterns: &[String]) -> Option<Matcher> {
        let dfa = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(patterns)
            .ok()?;
        let start = dfa.start_state(Anchored::No).ok()?;
        Some(Matcher { dfa, start })
    }

    /// The pattern, start and end of a match ending at `end` in match state `sid`.
    #[inline]
    fn matched(&self, sid: StateID, end: usize) -> (usize, usize, usize) {
        let pid = self.dfa.match_pattern(sid, 0);
        let len = self.dfa.pattern_len(pid);
        (pid.as_usize(), end.saturating_sub(len), end)
    }

    /// The leftmost-longest match in `hay` at or after `from`: pattern, start, end.
    #[inline]
    fn find(&self, hay: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        let dfa = &self.dfa;
        let mut sid = self.start;
        let mut mat = None;
        if dfa.is_match(sid) {
            mat = Some(self.matched(sid, from));
        }
        for (at, &b) in hay.get(from..)?.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    return mat;
                }
                if dfa.is_match(sid) {
                    mat = Some(self.matched(sid, from + at + 1));
                }
            }
        }
        mat
    }

    /// The non-overlapping matches of `hay`, as `AhoCorasick::find_iter` yields them.
    fn find_iter<'h>(&'h self, hay: &'h [u8]) -> impl Iterator<Item = (usize, usize, usize)> + 'h {
        let mut pos = 0;
        let mut last_end = None;
        std::iter::from_fn(move || {
            let mut m = self.find(hay, pos)?;
            // An empty match right where the last one ended is skipped (none of the
            // patterns is empty; kept for parity with aho-corasick).
            if m.1 == m.2 && Some(m.2) == last_end {
                pos += 1;
                m = self.find(hay, pos)?;
            }
            pos = m.2;
            last_end = Some(m.2);
            Some(m)
        })
    }
}

#[derive(Debug)]
struct Lex {
    ac: Option<Matcher>,
    /// The patterns of `ac` (for the test that checks the search).
    #[cfg(test)]
    patterns: Vec<String>,
    pats: Vec<Pat>,
    units: Vec<UnitWord>,
    orgs: Vec<&'static str>,
    bare: Vec<Bare>,
    blockers: Option<AhoCorasick>,
    blocker_org: Vec<bool>,
    list_cues: HashSet<&'static str>,
    unit_blockers: HashSet<String>,
    country_cues: Vec<&'static str>,
    /// Countries and regions as written: "các tỉnh Tây Nguyên" is a region, not a tỉnh.
    not_admin: HashSet<String>,
    surnames: HashSet<&'static str>,
    aliases: HashMap<String, (String, &'static str)>,
}

static LEX: LazyLock<Lex> = LazyLock::new(Lex::build);

fn lexicon(name: &str) -> &'static str {
    LEXICONS
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, t)| t)
}

fn entries(name: &'static str, columns: usize) -> Vec<Vec<&'static str>> {
    parse_lexicon(name, lexicon(name), columns)
        .map(|v| v.into_iter().map(|(_, c)| c).collect())
        .unwrap_or_default()
}

/// `word` with its first letter capitalised.
fn capitalized(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The new tone style of `text` ("hòa" → "hoà"), for patterns; the text may be in either.
fn new_tone(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let d: Vec<char> = word.nfd().collect();
        let n = d.len();
        let is_tone =
            |c: char| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
        // final o/u + tone + a/e/y  →  o/u + a/e/y + tone
        if n >= 3 && is_tone(d[n - 2]) {
            let (v1, v2) = (d[n - 3].to_ascii_lowercase(), d[n - 1].to_ascii_lowercase());
            let qu = n >= 4 && d[n - 4].eq_ignore_ascii_case(&'q');
            if (v1 == 'o' && (v2 == 'a' || v2 == 'e')) || (v1 == 'u' && v2 == 'y' && !qu) {
                let mut w = d.clone();
                w.swap(n - 2, n - 1);
                out.extend(w.into_iter().nfc());
                continue;
            }
        }
        out.push_str(word);
    }
    out
}

/// The other spelling of `y` after a consonant or `qu-` ("Quy Nhơn" → "Qui Nhơn", "Hoa
/// Kỳ" → "Hoa Kì"); `text` itself when there is none.
fn i_for_y(text: &str) -> String {
    const Y: &str = "yýỳỷỹỵYÝỲỶỸỴ";
    const I: &str = "iíìỉĩịIÍÌỈĨỊ";
    let mut out = String::with_capacity(text.len());
    let mut prev: [char; 2] = [' ', ' '];
    for c in text.chars() {
        let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
        let (p0, p1) = (lower(prev[0]), lower(prev[1]));
        let after_consonant = p1 == 'đ'
            || (p1.is_ascii_lowercase() && !matches!(p1, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'));
        let mapped = match Y.chars().position(|y| y == c) {
            Some(i) if after_consonant || (p1 == 'u' && p0 == 'q') => I.chars().nth(i).unwrap_or(c),
            _ => c,
        };
        out.push(mapped);
        prev = [prev[1], c];
    }
    out
}

impl Lex {
    fn build() -> Lex {
        let g = gazetteer();
        let mut patterns: Vec<String> = Vec::new();
        let mut pats: Vec<Pat> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut add = |p: String, pat: Pat, patterns: &mut Vec<String>, pats: &mut Vec<Pat>| {
            let iy = i_for_y(&p);
            for v in [new_tone(&iy), iy, new_tone(&p), p] {
                if seen.insert(v.clone()) {
                    patterns.push(v);
                    pats.push(pat);
                }
            }
        };

        let mut units = Vec::new();
        for cols in entries("place_units.txt", 4) {
            let follow = match cols[2] {
                "number" => Follow::Number,
                "both" => Follow::Both,
                _ => Follow::Name,
            };
            let i = units.len() as u16;
            units.push(UnitWord {
                unit: cols[1],
                follow,
                dotted: cols[0].ends_with('.'),
            });
            add(cols[0].to_string(), Pat::Unit(i), &mut patterns, &mut pats);
            if cols[3] == "any" && cols[0].starts_with(char::is_lowercase) {
                add(capitalized(cols[0]), Pat::Unit(i), &mut patterns, &mut pats);
            }
        }
        let mut orgs = Vec::new();
        for cols in entries("place_org_words.txt", 2) {
            let i = orgs.len() as u16;
            orgs.push(cols[1]);
            add(cols[0].to_string(), Pat::Org(i), &mut patterns, &mut pats);
            add(capitalized(cols[0]), Pat::Org(i), &mut patterns, &mut pats);
        }
        for cols in entries("place_blockers.txt", 2) {
            if cols[1] == "name" {
                add(cols[0].to_string(), Pat::NotPlace, &mut patterns, &mut pats);
            }
        }

        let mut bare: Vec<Bare> = Vec::new();
        let mut aliases = HashMap::new();
        let mut add_bare =
            |name: &str, b: Bare, patterns: &mut Vec<String>, pats: &mut Vec<Pat>| {
                let i = bare.len() as u16;
                bare.push(b);
                add(name.to_string(), Pat::Bare(i), patterns, pats);
                if name.contains(" - ") {
                    add(name.replace(" - ", "-"), Pat::Bare(i), patterns, pats);
                    add(name.replace(" - ", " "), Pat::Bare(i), patterns, pats);
                }
            };
        for cols in entries("place_aliases.txt", 3) {
            aliases.insert(fold_key(cols[0]), (fold_key(cols[1]), cols[2]));
            add_bare(
                cols[0],
                Bare {
                    key: Some(fold_key(cols[1])),
                    kind: PlaceKind::Admin,
                    unit: cols[2],
                    city: cols[2] == "thành phố",
                    short: false,
                },
                &mut patterns,
                &mut pats,
            );
        }
        let mut province_names: Vec<&str> = g.provinces().map(|u| u.name).collect();
        province_names.sort_unstable();
        province_names.dedup();
        for name in province_names {
            add_bare(
                name,
                Bare {
                    key: Some(fold_key(name)),
                    kind: PlaceKind::Admin,
                    unit: "",
                    city: false,
                    short: !name.contains(' '),
                },
                &mut patterns,
                &mut pats,
            );
        }
        for cols in entries("place_cities.txt", 1) {
            add_bare(
                cols[0],
                Bare {
                    key: Some(fold_key(cols[0])),
                    kind: PlaceKind::Admin,
                    unit: "thành phố",
                    city: true,
                    short: !cols[0].contains(' '),
                },
                &mut patterns,
                &mut pats,
            );
        }
        for cols in entries("place_regions.txt", 1) {
            for v in [cols[0].to_string(), capitalized(cols[0])] {
                add_bare(
                    &v,
                    Bare {
                        key: None,
                        kind: PlaceKind::Region,
                        unit: "vùng",
                        city: false,
                        short: false,
                    },
                    &mut patterns,
                    &mut pats,
                );
            }
        }
        for cols in entries("place_countries.txt", 1) {
            add_bare(
                cols[0],
                Bare {
                    key: None,
                    kind: PlaceKind::Country,
                    unit: "quốc gia",
                    city: false,
                    short: !cols[0].contains(' '),
                },
                &mut patterns,
                &mut pats,
            );
        }

        let ac = Matcher::new(&patterns);

        let mut blocker_pats = Vec::new();
        let mut blocker_org = Vec::new();
        for cols in entries("place_blockers.txt", 2) {
            match cols[1] {
                "before" => {
                    for v in [cols[0].to_string(), capitalized(cols[0])] {
                        blocker_pats.push(v);
                        blocker_org.push(false);
                    }
                }
                "org" => {
                    blocker_pats.push(cols[0].to_string());
                    blocker_org.push(true);
                }
                _ => {}
            }
        }
        let blockers = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&blocker_pats)
            .ok();

        Lex {
            ac,
            #[cfg(test)]
            patterns,
            pats,
            units,
            orgs,
            bare,
            blockers,
            blocker_org,
            country_cues: entries("place_blockers.txt", 2)
                .into_iter()
                .filter(|c| c[1] == "cue")
                .map(|c| c[0])
                .collect(),
            not_admin: entries("place_regions.txt", 1)
                .into_iter()
                .chain(entries("place_countries.txt", 1))
                .flat_map(|c| [c[0].to_string(), capitalized(c[0])])
                .collect(),
            unit_blockers: entries("place_blockers.txt", 2)
                .into_iter()
                .filter(|c| c[1] == "unit")
                .flat_map(|c| [c[0].to_string(), capitalized(c[0])])
                .collect(),
            list_cues: entries("place_list_cues.txt", 1)
                .into_iter()
                .map(|c| c[0])
                .collect(),
            surnames: entries("place_surnames.txt", 1)
                .into_iter()
                .map(|c| c[0])
                .collect(),
            aliases,
        }
    }
}

/// `char::is_alphanumeric`, from a table for the code points of Vietnamese text.
#[inline]
fn is_word_char(c: char) -> bool {
    let u = c as u32;
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let t = &*ALNUM;
    let hit = if u < ALNUM_LIMIT {
        t.low.get(u as usize)
    } else {
        t.ext.get(u.wrapping_sub(ALNUM_EXT.start) as usize)
    };
    match hit {
        Some(&yes) => yes,
        None => c.is_alphanumeric(),
    }
}

/// Code points below this are in [`Alnum::low`] (Latin-1, Latin Extended-A/B).
const ALNUM_LIMIT: u32 = 0x250;
/// Latin Extended Additional (ạ, ế, ữ …) is in [`Alnum::ext`].
const ALNUM_EXT: std::ops::Range<u32> = 0x1E00..0x1F00;

/// `char::is_alphanumeric` of the code points of Vietnamese text, computed once from it
/// (the standard library's look-up for non-ASCII letters is a search of its tables).
struct Alnum {
    low: Box<[bool]>,
    ext: Box<[bool]>,
}

fn alnum(u: u32) -> bool {
    char::from_u32(u).is_some_and(char::is_alphanumeric)
}

static ALNUM: LazyLock<Alnum> = LazyLock::new(|| Alnum {
    low: (0..ALNUM_LIMIT).map(alnum).collect(),
    ext: ALNUM_EXT.map(alnum).collect(),
});

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

/// The word starting at `at`: letters, digits, and apostrophes inside ("H'Leo").
fn word_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut end = 0;
    for (i, c) in rest.char_indices() {
        if is_word_char(c) || ((c == '\'' || c == '’') && i > 0) {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    // no trailing apostrophe
    let w = &rest[..end];
    let w = w.trim_end_matches(['\'', '’']);
    (!w.is_empty()).then_some(at + w.len())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The word before `at` (skipping one space), if any.
fn word_before(text: &str, at: usize) -> Option<&str> {
    let head = text.get(..at)?.strip_suffix(' ')?;
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '.')
        .last()
        .map(|(i, _)| i)?;
    Some(&head[start..])
}

/// An acronym such as UBND, HĐND: all capitals, two or more letters.
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

const MAX_NAME_WORDS: usize = 6;

/// The name words after `at`: their ends, capitalised ("Đức Ninh Hàm Yên" → 4 ends).
/// `lower` reads lowercase words instead. Words are joined by one space or a hyphen.
fn name_words(text: &str, at: usize, lower: bool, ends: &mut [usize; MAX_NAME_WORDS]) -> usize {
    let mut n = 0;
    let mut p = at;
    while n < MAX_NAME_WORDS {
        let Some(end) = word_at(text, p) else { break };
        let w = &text[p..end];
        let ok = if lower {
            w.starts_with(char::is_lowercase)
        } else {
            starts_upper(w) || (n == 0 && is_number(w))
        };
        if !ok {
            break;
        }
        ends[n] = end;
        n += 1;
        if is_number(w) {
            break;
        }
        // "Mỹ Đình 1": a number may end a capitalised name.
        if !lower
            && text[end..].starts_with(' ')
            && let Some(num_end) = word_at(text, end + 1)
            && is_number(&text[end + 1..num_end])
            && n < MAX_NAME_WORDS
            && number_ends_name(text, num_end)
        {
            ends[n] = num_end;
            n += 1;
            break;
        }
        let rest = &text[end..];
        let skip = if rest.starts_with(" - ") {
            3
        } else if rest.starts_with('-') || rest.starts_with(' ') {
            1
        } else {
            break;
        };
        let next = end + skip;
        match char_at(text, next) {
            Some(c) if (lower && c.is_lowercase()) || (!lower && c.is_uppercase()) => p = next,
            _ => break,
        }
    }
    n
}

/// After "Mỹ Đình 1": punctuation or the end, not "8/19" nor "3 hộ".
fn number_ends_name(text: &str, at: usize) -> bool {
    match char_at(text, at) {
        None => true,
        Some(' ') => !char_at(text, at + 1).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()),
        Some(c) => {
            matches!(c, ',' | ';' | ')' | '(' | '\n')
                || (c == '.' && !char_at(text, at + 1).is_some_and(|c| c.is_ascii_digit()))
        }
    }
}

fn unit_types(unit: &str) -> &'static [UnitType] {
    match unit {
        "xã" => &[UnitType::Xa],
        "phường" => &[UnitType::Phuong],
        "thị trấn" => &[UnitType::ThiTran],
        "đặc khu" => &[UnitType::DacKhu],
        "huyện" => &[UnitType::Huyen],
        "quận" => &[UnitType::Quan],
        "thị xã" => &[UnitType::ThiXa],
        "thành phố" => &[UnitType::ThanhPho, UnitType::ThanhPhoThuocTinh],
        "tỉnh" => &[UnitType::Tinh],
        _ => &[],
    }
}

fn unit_level(unit: &str) -> Option<Level> {
    unit_types(unit).first().map(|t| t.level())
}

/// Gazetteer units named `key` that fit `unit`: the exact unit types, else any unit of the
/// same level (a huyện that became a thị xã is still called huyện in older news).
fn admin_candidates(g: &Gazetteer, key: &str, unit: &str) -> Vec<UnitId> {
    let ids = g.lookup_key(key);
    let types = unit_types(unit);
    let exact: Vec<UnitId> = ids
        .iter()
        .copied()
        .filter(|&i| g.unit(i).is_some_and(|u| types.contains(&u.unit_type)))
        .collect();
    if !exact.is_empty() || types.is_empty() {
        return exact;
    }
    let level = types[0].level();
    ids.iter()
        .copied()
        .filter(|&i| g.unit(i).is_some_and(|u| u.unit_type.level() == level))
        .collect()
}

/// A place found in the scan, before resolution.
#[derive(Debug)]
struct Found {
    span: Span,
    name: Span,
    unit: &'static str,
    kind: PlaceKind,
    cands: Vec<UnitId>,
}

/// Evidence about the article as a whole.
#[derive(Debug, Default)]
struct Hints {
    /// District-level unit types named by committees or bare unit words ("Huyện ủy",
    /// "UBND huyện").
    district_types: HashSet<UnitType>,
    /// The article names districts, so it was written before 2025-07-01.
    has_districts: bool,
}

/// The places in `text` (normalized), in order, with candidates and resolution.
/// `reference` is the publication date: units of the wrong era are set aside.
///
/// # Time complexity
///
/// Linear in `text.len()`: one automaton pass, name reading bounded by six words, and
/// resolution linear in the number of candidates.
#[must_use]
pub fn places(text: &str, reference: Option<Date>) -> Vec<Place> {
    let lex = &*LEX;
    let g = gazetteer();
    let mut found: Vec<Found> = Vec::new();
    let mut hints = Hints::default();
    let mut consumed = 0usize;
    let mut ends = [0usize; MAX_NAME_WORDS];

    let Some(ac) = lex.ac.as_ref() else {
        return Vec::new();
    };
    for (pattern, s, e) in ac.find_iter(text.as_bytes()) {
        if s < consumed {
            continue;
        }
        if char_before(text, s).is_some_and(is_word_char) {
            continue;
        }
        let pat = lex.pats[pattern];
        let dotted = matches!(pat, Pat::Unit(i) if lex.units[i as usize].dotted);
        if !dotted && char_at(text, e).is_some_and(is_word_char) {
            continue;
        }
        match pat {
            Pat::NotPlace => consumed = e,
            Pat::Unit(i) => {
                let uw = &lex.units[i as usize];
                let unit = uw.unit;
                if word_before(text, s).is_some_and(|w| lex.unit_blockers.contains(w)) {
                    consumed = e;
                    continue;
                }
                // The name starts after one space, or right after "Q." / "TP.".
                // "Q.Ba Đình", "Q.1", "Q. 1" (a space only before a number), "TP. Vinh".
                let mut at = e;
                let mut follow = uw.follow;
                if text[e..].starts_with(' ') {
                    at = e + 1;
                    if dotted && unit != "thành phố" {
                        follow = Follow::Number;
                    }
                }
                let level = unit_level(unit);
                let r = read_name(text, at, unit, follow, lex, g, &mut ends)
                    .filter(|(_, cands)| !cands.is_empty() || !dotted || level.is_none());
                match r {
                    Some((name_end, cands)) => {
                        let kind = if level.is_some() {
                            PlaceKind::Admin
                        } else {
                            PlaceKind::Village
                        };
                        if level == Some(Level::District) {
                            hints.has_districts = true;
                        }
                        found.push(Found {
                            span: Span::new(s, name_end),
                            name: Span::new(at, name_end),
                            unit,
                            kind,
                            cands,
                        });
                        consumed = name_end;
                        if word_before(text, s)
                            .is_some_and(|w| lex.list_cues.contains(w) || is_number(w))
                        {
                            consumed =
                                read_list(text, name_end, unit, follow, kind, lex, g, &mut found);
                        }
                    }
                    None => {
                        // A bare unit word: "UBND huyện", "cấp huyện" tell the district type.
                        if level == Some(Level::District) {
                            hints.has_districts = true;
                            let plural =
                                word_before(text, s).is_some_and(|w| lex.list_cues.contains(w));
                            let official = word_before(text, s).is_some_and(is_acronym);
                            if !plural && (unit != "thành phố" || official) {
                                for &t in unit_types(unit) {
                                    if t != UnitType::ThanhPho {
                                        hints.district_types.insert(t);
                                    }
                                }
                            }
                        }
                        consumed = e;
                    }
                }
            }
            Pat::Org(i) => {
                let unit = lex.orgs[i as usize];
                if unit_level(unit) == Some(Level::District) {
                    hints.has_districts = true;
                    for &t in unit_types(unit) {
                        if t != UnitType::ThanhPho {
                            hints.district_types.insert(t);
                        }
                    }
                }
                consumed = e;
                if text[e..].starts_with(' ') {
                    let at = e + 1;
                    if let Some((name_end, cands)) =
                        read_name(text, at, unit, Follow::Name, lex, g, &mut ends)
                        && !cands.is_empty()
                    {
                        found.push(Found {
                            span: Span::new(at, name_end),
                            name: Span::new(at, name_end),
                            unit,
                            kind: PlaceKind::Admin,
                            cands,
                        });
                        consumed = name_end;
                    }
                }
            }
            Pat::Bare(i) => {
                let b = &lex.bare[i as usize];
                if let Some(f) = bare_place(text, s, e, b, lex, g) {
                    found.push(f);
                    consumed = e;
                }
            }
        }
    }

    resolve(found, &hints, reference, text, g)
}

/// The search keys of the first words of a name read by [`name_words`]: [`fold_key`] folds
/// each word on its own and joins them with one space, so the key of the first `k` words
/// is the key of all `n` cut before its `k`-th space. One fold instead of one per prefix.
struct NameKeys {
    /// The key of all the words, and where each prefix's key ends; `None` when the key
    /// does not have one segment per word (then each prefix is folded on its own).
    full: Option<(String, [usize; MAX_NAME_WORDS])>,
}

impl NameKeys {
    fn new(text: &str, at: usize, ends: &[usize; MAX_NAME_WORDS], n: usize) -> NameKeys {
        let full = (1..=MAX_NAME_WORDS).contains(&n).then(|| {
            let key = text.get(at..ends[n - 1]).map(fold_key)?;
            let mut cuts = [0; MAX_NAME_WORDS];
            let mut k = 0;
            for (i, b) in key.bytes().enumerate() {
                if b == b' ' {
                    *cuts.get_mut(k)? = i;
                    k += 1;
                }
            }
            if k + 1 != n {
                return None;
            }
            cuts[n - 1] = key.len();
            Some((key, cuts))
        });
        NameKeys {
            full: full.flatten(),
        }
    }

    /// `fold_key(&text[at..ends[k - 1]])`, for `k` in `1..=n`.
    fn key<'a>(
        &'a self,
        text: &str,
        at: usize,
        ends: &[usize; MAX_NAME_WORDS],
        k: usize,
    ) -> std::borrow::Cow<'a, str> {
        match &self.full {
            Some((key, cuts)) => std::borrow::Cow::Borrowed(&key[..cuts[k - 1]]),
            None => std::borrow::Cow::Owned(fold_key(&text[at..ends[k - 1]])),
        }
    }
}

/// Reads the name after a unit word at `at`; `None` when there is none.
fn read_name(
    text: &str,
    at: usize,
    unit: &'static str,
    follow: Follow,
    lex: &Lex,
    g: &Gazetteer,
    ends: &mut [usize; MAX_NAME_WORDS],
) -> Option<(usize, Vec<UnitId>)> {
    let admin = unit_level(unit).is_some();
    let n = name_words(text, at, false, ends);
    if n > 0 {
        let first = &text[at..ends[0]];
        if is_number(first) {
            if follow == Follow::Name {
                return None;
            }
            let cands = if admin {
                admin_candidates(g, first, unit)
            } else {
                Vec::new()
            };
            return Some((ends[0], cands));
        }
        if follow == Follow::Number {
            return None;
        }
        if admin {
            // longest prefix the gazetteer (or an alias) knows
            let keys = NameKeys::new(text, at, ends, n);
            for k in (1..=n).rev() {
                let key = keys.key(text, at, ends, k);
                let key = lex
                    .aliases
                    .get(key.as_ref())
                    .map_or(key.as_ref(), |(t, _)| t);
                let cands = admin_candidates(g, key, unit);
                if !cands.is_empty() {
                    return Some((ends[k - 1], cands));
                }
            }
        }
        // A region or country: "các tỉnh Tây Nguyên" (the bare name is matched next).
        if admin && (1..=n).any(|k| lex.not_admin.contains(&text[at..ends[k - 1]])) {
            return None;
        }
        // Unknown: a person ("UBND huyện Đinh Hữu Niên") is no place; else stop before a
        // person's name, at most four words.
        if admin && (n < 2 || (n >= 3 && lex.surnames.contains(first))) {
            return None;
        }
        let mut k = n.min(4);
        for j in 1..n {
            let w = &text[ends[j - 1] + 1..ends[j]];
            if lex.surnames.contains(w) && n - j >= 2 {
                k = k.min(j);
                break;
            }
        }
        return Some((ends[k - 1], Vec::new()));
    }
    // Lowercase names only when the gazetteer knows them (two words or more): "xã đức ninh".
    if admin {
        let n = name_words(text, at, true, ends);
        let keys = NameKeys::new(text, at, ends, n);
        for k in (2..=n).rev() {
            let key = keys.key(text, at, ends, k);
            let types = unit_types(unit);
            let cands: Vec<UnitId> = g
                .lookup_key(&key)
                .iter()
                .copied()
                .filter(|&i| g.unit(i).is_some_and(|u| types.contains(&u.unit_type)))
                .collect();
            if !cands.is_empty() {
                return Some((ends[k - 1], cands));
            }
        }
    }
    None
}

/// After "các xã Đức Ninh": ", Hùng Đức và Thái Hòa". Returns the end consumed.
#[allow(clippy::too_many_arguments)]
fn read_list(
    text: &str,
    mut end: usize,
    unit: &'static str,
    follow: Follow,
    kind: PlaceKind,
    lex: &Lex,
    g: &Gazetteer,
    found: &mut Vec<Found>,
) -> usize {
    let mut ends = [0usize; MAX_NAME_WORDS];
    loop {
        let rest = &text[end..];
        let skip = [", và ", ", ", " và ", " và các ", " , "]
            .iter()
            .find(|sep| rest.starts_with(*sep))
            .map(|sep| sep.len());
        let Some(skip) = skip else { return end };
        let at = end + skip;
        if !char_at(text, at).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
            return end;
        }
        let Some((name_end, cands)) = read_name(text, at, unit, follow, lex, g, &mut ends) else {
            return end;
        };
        // An admin item must be known; a village item must be short.
        let words = text[at..name_end].split(' ').count();
        if (kind == PlaceKind::Admin && cands.is_empty())
            || (kind == PlaceKind::Village && words > 3)
        {
            return end;
        }
        found.push(Found {
            span: Span::new(at, name_end),
            name: Span::new(at, name_end),
            unit,
            kind,
            cands,
        });
        end = name_end;
    }
}

/// A bare name `text[s..e]`, unless its context makes it something else.
fn bare_place(text: &str, s: usize, e: usize, b: &Bare, lex: &Lex, g: &Gazetteer) -> Option<Found> {
    // Part of a longer proper name: "Nguyễn Hòa Bình", "Bia Hà Nội".
    if let Some(w) = word_before(text, s)
        && starts_upper(w)
        && !is_acronym(w)
        && !w.ends_with('.')
    {
        return None;
    }
    // "đường Hà Nội", "chị Nga", "Công ty Thủy lợi Hà Tĩnh".
    let mut from = s.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..s];
    let clause = window
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '\n'
            )
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let window = &window[clause..];
    let blockers = lex
        .blockers
        .iter()
        .flat_map(|b| b.find_overlapping_iter(window));
    for m in blockers {
        let at_word =
            m.start() == 0 || char_before(window, m.start()).is_some_and(|c| !is_word_char(c));
        if !at_word {
            continue;
        }
        if lex.blocker_org[m.pattern().as_usize()] || window[m.end()..] == *" " {
            return None;
        }
    }
    // "Đức Ninh", "Nguyễn Đức Chung": a one-word name followed by a capitalised word is
    // part of a longer name.
    if b.short
        && text[e..].starts_with(' ')
        && char_at(text, e + 1).is_some_and(char::is_uppercase)
        && !lex
            .country_cues
            .iter()
            .any(|c| window.strip_suffix(' ').is_some_and(|w| w.ends_with(c)))
    {
        return None;
    }
    let cands: Vec<UnitId> = match &b.key {
        Some(key) => g
            .lookup_key(key)
            .iter()
            .copied()
            .filter(|&i| {
                g.unit(i).is_some_and(|u| {
                    u.unit_type.level() == Level::Province
                        || (b.city && u.unit_type == UnitType::ThanhPhoThuocTinh)
                })
            })
            .collect(),
        None => Vec::new(),
    };
    if b.kind == PlaceKind::Admin && cands.is_empty() {
        return None;
    }
    Some(Found {
        span: Span::new(s, e),
        name: Span::new(s, e),
        unit: b.unit,
        kind: b.kind,
        cands,
    })
}

const REFORM: (i32, u8, u8) = (2025, 7, 1);

fn resolve(
    found: Vec<Found>,
    hints: &Hints,
    reference: Option<Date>,
    text: &str,
    g: &Gazetteer,
) -> Vec<Place> {
    // Era: the publication date, else "the article names districts" → before.
    let after = match reference {
        Some(d) => Some((d.year(), d.month(), d.day()) >= REFORM),
        None if hints.has_districts => Some(false),
        None => None,
    };
    let in_era = |id: UnitId| match (after, g.unit(id)) {
        (Some(true), Some(u)) => u.valid.after(),
        (Some(false), Some(u)) => u.valid.before(),
        _ => true,
    };

    // Group mentions of the same name and unit; evidence is pooled per group.
    let mut groups: HashMap<(String, &'static str), usize> = HashMap::new();
    let mut group_of = Vec::with_capacity(found.len());
    let mut group_cands: Vec<Vec<UnitId>> = Vec::new();
    let mut group_bare: Vec<bool> = Vec::new();
    for f in &found {
        let key = (fold_key(&text[f.name.start..f.name.end]), f.unit);
        let next = groups.len();
        let gi = *groups.entry(key).or_insert(next);
        if gi == group_cands.len() {
            let era: Vec<UnitId> = f.cands.iter().copied().filter(|&c| in_era(c)).collect();
            group_cands.push(if era.is_empty() { f.cands.clone() } else { era });
            group_bare.push(false);
        }
        if f.unit.is_empty() {
            group_bare[gi] = true;
        }
        group_of.push(gi);
    }

    // Which groups name a unit, or a descendant of it.
    let mut named: HashMap<UnitId, Vec<usize>> = HashMap::new();
    let mut below: HashMap<UnitId, Vec<usize>> = HashMap::new();
    for (gi, cands) in group_cands.iter().enumerate() {
        for &c in cands {
            push_once(named.entry(c).or_default(), gi);
            for a in g.chain(c).skip(1) {
                push_once(below.entry(a.id).or_default(), gi);
            }
        }
    }
    // Group lists are sorted (groups are visited in order), so membership is a binary
    // search and support is a sum of lengths: linear in the number of candidates.
    let others = |list: Option<&Vec<usize>>, gi: usize| -> usize {
        list.map_or(0, |l| l.len() - usize::from(l.binary_search(&gi).is_ok()))
    };
    let support = |gi: usize, c: UnitId| -> usize {
        g.chain(c)
            .skip(1)
            .map(|a| others(named.get(&a.id), gi))
            .sum::<usize>()
            + others(below.get(&c), gi)
    };

    let mut resolved: Vec<Option<UnitId>> = Vec::with_capacity(group_cands.len());
    for (gi, cands) in group_cands.iter().enumerate() {
        let mut keep: Vec<UnitId> = cands.clone();
        if keep.len() > 1 {
            let scores: Vec<usize> = keep.iter().map(|&c| support(gi, c)).collect();
            let best = scores.iter().copied().max().unwrap_or(0);
            if best > 0 {
                keep = keep
                    .iter()
                    .zip(&scores)
                    .filter(|&(_, &s)| s == best)
                    .map(|(&c, _)| c)
                    .collect();
            }
        }
        if keep.len() > 1 && !hints.district_types.is_empty() {
            let fits: Vec<UnitId> = keep
                .iter()
                .copied()
                .filter(|&c| {
                    g.chain(c)
                        .find(|u| u.unit_type.level() == Level::District)
                        .is_some_and(|d| hints.district_types.contains(&d.unit_type))
                })
                .collect();
            if !fits.is_empty() {
                keep = fits;
            }
        }
        if keep.len() > 1 {
            // A bare name is the province rather than a city of the same name.
            let provinces: Vec<UnitId> = keep
                .iter()
                .copied()
                .filter(|&c| {
                    g.unit(c)
                        .is_some_and(|u| u.unit_type.level() == Level::Province)
                })
                .collect();
            if provinces.len() == 1 && group_bare[gi] {
                keep = provinces;
            }
        }
        resolved.push((keep.len() == 1).then(|| keep[0]));
    }

    found
        .into_iter()
        .zip(group_of)
        .map(|(f, gi)| {
            let res = resolved[gi];
            let mut ids: Vec<UnitId> = f.cands.clone();
            if let Some(r) = res {
                ids.retain(|&c| c != r);
                ids.insert(0, r);
            }
            let unit = if f.unit.is_empty() {
                res.or(f.cands.first().copied())
                    .and_then(|c| g.unit(c))
                    .map_or("tỉnh", |u| u.unit_type.word())
            } else {
                f.unit
            };
            Place {
                text: text[f.span.start..f.span.end].to_string(),
                span: f.span,
                unit,
                name: text[f.name.start..f.name.end].to_string(),
                kind: f.kind,
                candidate_count: ids.len(),
                candidates: ids
                    .iter()
                    .take(MAX_CANDIDATES)
                    .map(|&c| candidate(g, c))
                    .collect(),
                resolved: res.map(|c| candidate(g, c)),
            }
        })
        .collect()
}

/// Pushes `x` unless it is the last element (callers push in increasing order).
fn push_once(v: &mut Vec<usize>, x: usize) {
    if v.last() != Some(&x) {
        v.push(x);
    }
}

fn unit_ref(g: &Gazetteer, id: UnitId) -> Option<UnitRef> {
    let u = g.unit(id)?;
    Some(UnitRef {
        code: u.code,
        unit_type: u.unit_type,
        path: g.path(id),
        id,
    })
}

fn candidate(g: &Gazetteer, id: UnitId) -> Candidate {
    let succ = g.successors(id);
    let u = g.unit(id);
    Candidate {
        code: u.map_or("", |u| u.code),
        unit_type: u.map_or(UnitType::Xa, |u| u.unit_type),
        path: g.path(id),
        valid: u.map_or(Validity::Before, |u| u.valid),
        successor: succ.first().and_then(|&s| unit_ref(g, s)),
        split: succ.len() > 1,
        successors: if succ.len() > 1 {
            succ.iter().filter_map(|&s| unit_ref(g, s)).collect()
        } else {
            Vec::new()
        },
        id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_char_table_is_is_alphanumeric() {
        for u in 0..0x3_0000 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            }
        }
    }

    /// [`NameKeys`] gives the key [`fold_key`] gives each prefix of a name.
    #[test]
    fn name_keys_are_prefix_keys() {
        let fixture = include_str!("../../fixtures/duc-ninh-2023.txt");
        let extra = "xã Đắk G'Long - Bà Rịa-Vũng Tàu, Mỹ Đình 1, Quy Nhơn, xã đức ninh hàm yên";
        let mut ends = [0; MAX_NAME_WORDS];
        let mut checked = 0;
        for text in [fixture, extra] {
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                for lower in [false, true] {
                    let n = name_words(text, at, lower, &mut ends);
                    let keys = NameKeys::new(text, at, &ends, n);
                    for k in 1..=n {
                        assert_eq!(
                            keys.key(text, at, &ends, k),
                            fold_key(&text[at..ends[k - 1]]),
                            "{:?}",
                            &text[at..ends[k - 1]]
                        );
                        checked += usize::from(keys.full.is_some());
                    }
                }
            }
        }
        assert!(checked > 100, "{checked}");
    }

    /// [`Matcher::find_iter`] yields what `AhoCorasick::find_iter` yields.
    #[test]
    fn matcher_is_aho_corasick() {
        let patterns: Vec<String> = [
            "xã",
            "xã Đức",
            "Đức Ninh",
            "huyện",
            "Hà Nội",
            "Nội",
            "a",
            "TP.",
            "TP",
            "ninh",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let ours = Matcher::new(&patterns).unwrap();
        let theirs = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .unwrap();
        let fixture = include_str!("../../fixtures/duc-ninh-2023.txt");
        for text in [
            fixture,
            "",
            "a",
            "xã Đức Ninh, huyện Hàm Yên; TP.Hà Nội và TP Nội Bài, xã Đứcx Ninhninh",
            "Hà Nộ Hà Nội Nội Hà Nội",
        ] {
            let got: Vec<_> = ours.find_iter(text.as_bytes()).collect();
            let want: Vec<_> = theirs
                .find_iter(text)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
        // The place lexicon itself, over the reference article.
        let lex = &*LEX;
        let theirs = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&lex.patterns)
            .unwrap();
        let got: Vec<_> = lex
            .ac
            .as_ref()
            .unwrap()
            .find_iter(fixture.as_bytes())
            .collect();
        let want: Vec<_> = theirs
            .find_iter(fixture)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect();
        assert!(got.len() > 10);
        assert_eq!(got, want);
    }
}
