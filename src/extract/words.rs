//! Words and word-list tags shared by official and organization extraction.
//!
//! The normalized text is cut into words (runs of letters and digits, with an inner
//! apostrophe as in "H'Hen"); the separators between two words are classified (comma,
//! dash, bracket, sentence end, …). Every word list of issue 6 (titles, ranks,
//! honorifics, surnames, organisation heads, abbreviations, stop words, countries) is
//! compiled once into one Aho-Corasick automaton (`MatchKind::LeftmostLongest`) over a
//! lowercased copy of the text in which separators are spaces. The automaton is run
//! anchored at each word start, and patterns carry a space on both sides, so a match
//! covers whole words and the longest entry wins ("Phó Bí thư Thường trực" over "Bí thư").
//! Each word does one anchored search bounded by the longest entry, so tagging is linear.

use crate::text::chars::decode as decode_at;
use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

pub(crate) const TITLES: &str = include_str!("../lexicon/official_titles.txt");
pub(crate) const RANKS: &str = include_str!("../lexicon/official_ranks.txt");
pub(crate) const HONORIFICS: &str = include_str!("../lexicon/honorifics.txt");
pub(crate) const STOPS: &str = include_str!("../lexicon/official_stops.txt");
pub(crate) const SURNAMES: &str = include_str!("../lexicon/surnames.txt");
pub(crate) const NOT_NAMES: &str = include_str!("../lexicon/not_names.txt");
pub(crate) const COUNTRIES: &str = include_str!("../lexicon/countries.txt");
pub(crate) const MODIFIERS: &str = include_str!("../lexicon/title_modifiers.txt");
pub(crate) const ORG_HEADS: &str = include_str!("../lexicon/org_heads.txt");
pub(crate) const ORG_ABBREVIATIONS: &str = include_str!("../lexicon/org_abbreviations.txt");
pub(crate) const LINKS: &str = include_str!("../lexicon/title_links.txt");
pub(crate) const NAME_BREAKS: &str = include_str!("../lexicon/name_breaks.txt");
pub(crate) const INSTITUTIONS: &str = include_str!("../lexicon/institutions.txt");
const PLACE_UNITS: &str = crate::text::lexicon::SUBJECT_UNITS.text;

/// The lists of issue 6, by file name (for the hygiene test).
#[cfg(test)]
pub(crate) const ALL: [(&str, &str); 13] = [
    ("institutions.txt", INSTITUTIONS),
    ("name_breaks.txt", NAME_BREAKS),
    ("title_links.txt", LINKS),
    ("official_titles.txt", TITLES),
    ("official_ranks.txt", RANKS),
    ("honorifics.txt", HONORIFICS),
    ("official_stops.txt", STOPS),
    ("surnames.txt", SURNAMES),
    ("not_names.txt", NOT_NAMES),
    ("countries.txt", COUNTRIES),
    ("title_modifiers.txt", MODIFIERS),
    ("org_heads.txt", ORG_HEADS),
    ("org_abbreviations.txt", ORG_ABBREVIATIONS),
];

/// One line of a list: its columns, trimmed. `#` comments and blank lines are skipped.
pub(crate) fn entries(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// What a word-list phrase is; one phrase may be several things.
#[derive(Clone, Debug, Default)]
pub(crate) struct Info {
    pub title: bool,
    pub rank: bool,
    pub honorific: bool,
    pub stop: bool,
    /// A stop word that joins two capitalised parts of one name ("và").
    pub join: bool,
    /// A word making the title after it plural ("các", "những").
    pub plural: bool,
    /// A word linking a name to the title after it ("là", "giữ chức").
    pub link: bool,
    /// A place name that is a person right after a title ("Chủ tịch Hồ Chí Minh").
    pub person: bool,
    /// A kind of institution whose own name follows ("Trường", "ĐH").
    pub institution: bool,
    /// A capitalised word that is never part of a name ("Ngày", "Theo").
    pub name_break: bool,
    pub surname: bool,
    pub ethnic: bool,
    pub not_name: bool,
    pub country: bool,
    pub modifier: bool,
    pub unit: bool,
    /// An organisation head; `Some(true)` when it must be capitalised and named.
    pub org: Option<bool>,
    /// An abbreviation: its expansion, and whether it names an organisation.
    pub abbrev: Option<(String, bool)>,
    /// The expansion of an abbreviated title head ("ĐBQH").
    pub title_expanded: Option<String>,
    /// The entry as written ends with a period ("PGS.TS."): the match takes the text's
    /// period when there is one.
    pub period: bool,
}

/// The compiled word lists.
pub(crate) struct Vocab {
    /// `None` only if the fixed lists could not be compiled (then nothing matches).
    ac: Option<(DFA, aho_corasick::automaton::StateID)>,
    infos: Vec<Info>,
    /// A bit set of the hashes of the entries' first words: a word whose hash is not
    /// in it starts no entry and is not searched.
    first: Vec<u64>,
}

impl std::fmt::Debug for Vocab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vocab")
            .field("patterns", &self.infos.len())
            .finish()
    }
}

/// A phrase folded for the automaton: lowercase, separators as single spaces, with a
/// space on each side.
fn fold_phrase(s: &str) -> String {
    let mut out = String::from(" ");
    let mut buf = String::new();
    fold_into(s, &mut buf);
    for w in buf.split(' ').filter(|w| !w.is_empty()) {
        out.push_str(w);
        out.push(' ');
    }
    out
}

/// Is `c` part of a word, its lowercase form (when that has the same byte length), and
/// is it uppercase? ASCII and the Latin blocks Vietnamese uses are decided without the
/// general Unicode tables, which dominate the cost otherwise.
#[inline]
fn word_char(c: char) -> (bool, char, bool) {
    if c.is_ascii() {
        return (
            c.is_ascii_alphanumeric(),
            c.to_ascii_lowercase(),
            c.is_ascii_uppercase(),
        );
    }
    let u = c as u32;
    // Latin-1 letters: À..Þ are uppercase, their lowercase is 0x20 above.
    if (0xC0..=0xDE).contains(&u) && u != 0xD7 {
        return (true, char::from_u32(u + 0x20).unwrap_or(c), true);
    }
    if (0xDF..=0xFF).contains(&u) && u != 0xF7 {
        return (true, c, false);
    }
    // Pairs (even uppercase, odd lowercase): Ă ă, Đ đ, Ĩ ĩ, Ũ ũ, and the Vietnamese
    // letters of Latin Extended Additional (Ạ ạ … Ỹ ỹ).
    if (0x100..=0x12F).contains(&u)
        || (0x150..=0x177).contains(&u)
        || (0x1EA0..=0x1EF9).contains(&u)
    {
        return if u.is_multiple_of(2) {
            (true, char::from_u32(u + 1).unwrap_or(c), true)
        } else {
            (true, c, false)
        };
    }
    // Latin Extended-B: letters; Ơ ơ and Ư ư are the Vietnamese ones.
    if (0x180..=0x24F).contains(&u) {
        return match u {
            0x1A0 | 0x1AF => (true, char::from_u32(u + 1).unwrap_or(c), true),
            0x1A1 | 0x1B0 => (true, c, false),
            _ => {
                let up = c.is_uppercase();
                let mut low = c.to_lowercase();
                match (low.next(), low.next()) {
                    (Some(l), None) if up && l.len_utf8() == c.len_utf8() => (true, l, true),
                    _ => (true, c, up),
                }
            }
        };
    }
    // General punctuation, symbols and arrows: never part of a word.
    if (0x2000..=0x2BFF).contains(&u) || (0x3000..=0x303F).contains(&u) {
        return (false, c, false);
    }
    if !c.is_alphanumeric() {
        return (false, c, false);
    }
    if !c.is_uppercase() {
        return (true, c, false);
    }
    let mut low = c.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => (true, l, true),
        _ => (true, c, true),
    }
}

/// Appends `s` lowercased char by char (a char whose lowercase form has another byte
/// length is kept), with every non-word char replaced by spaces of its length, so byte
/// offsets are preserved.
fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        let (word, low, _) = word_char(c);
        if word {
            out.push(low);
        } else {
            for _ in 0..c.len_utf8() {
                out.push(' ');
            }
        }
    }
}

/// [`BYTE_CLASS`]: an ASCII lowercase letter, digit, uppercase letter, space, other.
const B_LOWER: u8 = 0;
const B_DIGIT: u8 = 1;
const B_UPPER: u8 = 2;
const B_SPACE: u8 = 3;
const B_OTHER: u8 = 4;

/// The class of each byte (bytes of multi-byte chars are [`B_OTHER`]).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [B_OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_lowercase() {
            B_LOWER
        } else if c.is_ascii_digit() {
            B_DIGIT
        } else if c.is_ascii_uppercase() {
            B_UPPER
        } else if c == b' ' {
            B_SPACE
        } else {
            B_OTHER
        };
        b += 1;
    }
    t
};

/// Overwrites `len` bytes of `buf` from `at` with spaces.
#[inline]
fn blank(buf: &mut [u8], at: usize, len: usize) {
    if let Some(dst) = buf.get_mut(at..at + len) {
        dst.fill(b' ');
    }
}

/// [`word_char`] of the code points of Vietnamese text, computed once from it so the
/// tables cannot disagree: the lowercase code point, with [`WC_WORD`] and [`WC_UPPER`].
struct WordChars {
    low: Box<[u32]>,
    ext: Box<[u32]>,
}

/// Code points below this are in [`WordChars::low`] (ASCII, Latin-1, Latin Extended-A/B).
const WC_LIMIT: u32 = 0x250;
/// Latin Extended Additional (ạ, ế, ữ …) is in [`WordChars::ext`].
const WC_EXT: std::ops::Range<u32> = 0x1E00..0x1F00;
/// The bits of the lowercase code point.
const WC_CHAR: u32 = 0x1F_FFFF;
const WC_WORD: u32 = 1 << 24;
const WC_UPPER: u32 = 1 << 25;

fn pack(u: u32) -> u32 {
    let Some(c) = char::from_u32(u) else {
        return u32::from(' ');
    };
    let (word, low, upper) = word_char(c);
    u32::from(low) | if word { WC_WORD } else { 0 } | if upper { WC_UPPER } else { 0 }
}

static WORD_CHARS: LazyLock<WordChars> = LazyLock::new(|| WordChars {
    low: (0..WC_LIMIT).map(pack).collect(),
    ext: WC_EXT.map(pack).collect(),
});

impl WordChars {
    /// [`word_char`] of code point `u`, packed: the lowercase code point
    /// ([`WC_CHAR`]) with [`WC_WORD`] and [`WC_UPPER`].
    #[inline]
    fn packed(&self, u: u32) -> u32 {
        if let Some(&k) = self.low.get(u as usize) {
            k
        } else if let Some(&k) = self.ext.get(u.wrapping_sub(WC_EXT.start) as usize) {
            k
        } else {
            pack(u)
        }
    }
}

/// The leftmost-longest match of `dfa` (anchored start state `sid`) that starts at byte
/// `start` of `hay`: its pattern and end. The loop of `aho_corasick`'s own anchored
/// search, without its per-call set-up.
#[inline]
fn find_anchored(
    dfa: &DFA,
    mut sid: aho_corasick::automaton::StateID,
    hay: &[u8],
    start: usize,
) -> Option<(usize, usize)> {
    let mut mat = None;
    if dfa.is_match(sid) {
        let pid = dfa.match_pattern(sid, 0);
        if dfa.pattern_len(pid) == 0 {
            mat = Some((pid.as_usize(), start));
        }
    }
    for (at, &b) in hay.iter().enumerate().skip(start) {
        sid = dfa.next_state(Anchored::Yes, sid, b);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                return mat;
            }
            if dfa.is_match(sid) {
                let pid = dfa.match_pattern(sid, 0);
                // Matches reached through a failure transition start later: skipped.
                if at < start + dfa.pattern_len(pid) {
                    mat = Some((pid.as_usize(), at + 1));
                }
            }
        }
    }
    mat
}

/// Size of the first-word filter, in bits.
const FIRST_BITS: usize = 1 << 16;

/// FNV-1a of the code points of a folded word (one step per char, so the scan hashes
/// a char from its table entry without re-reading its bytes), reduced to an index of
/// the first-word filter.
#[inline]
fn word_hash(folded: &str) -> usize {
    hash_index(folded.chars().fold(FNV_OFFSET, |h, c| fnv(h, u32::from(c))))
}

/// The FNV-1a state of no bytes.
const FNV_OFFSET: u32 = 0x811c_9dc5;

/// One code point into an FNV-1a state.
#[inline]
fn fnv(h: u32, c: u32) -> u32 {
    (h ^ c).wrapping_mul(0x0100_0193)
}

/// An FNV-1a state reduced to an index of the first-word filter.
#[inline]
fn hash_index(h: u32) -> usize {
    (h as usize ^ (h as usize >> 16)) & (FIRST_BITS - 1)
}

pub(crate) static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let mut keys: Vec<String> = Vec::new();
    let mut infos: Vec<Info> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut add = |phrase: &str, f: &mut dyn FnMut(&mut Info)| {
        let key = fold_phrase(phrase);
        if key.trim().is_empty() {
            return;
        }
        let at = *index.entry(key.clone()).or_insert_with(|| {
            keys.push(key);
            infos.push(Info::default());
            infos.len() - 1
        });
        let info = &mut infos[at];
        if phrase.ends_with('.') {
            info.period = true;
        }
        f(info);
    };
    for e in entries(TITLES) {
        let exp = e.get(1).filter(|s| !s.is_empty()).map(|s| s.to_string());
        add(e[0], &mut |i| {
            i.title = true;
            if exp.is_some() {
                i.title_expanded.clone_from(&exp);
            }
        });
    }
    for e in entries(RANKS) {
        add(e[0], &mut |i| i.rank = true);
    }
    for e in entries(HONORIFICS) {
        add(e[0], &mut |i| i.honorific = true);
    }
    for e in entries(STOPS) {
        let join = e.get(1) == Some(&"join");
        let plural = e.get(1) == Some(&"plural");
        add(e[0], &mut |i| {
            i.stop = true;
            i.join |= join;
            i.plural |= plural;
        });
    }
    for e in entries(INSTITUTIONS) {
        add(e[0], &mut |i| i.institution = true);
    }
    for e in entries(NAME_BREAKS) {
        add(e[0], &mut |i| i.name_break = true);
    }
    for e in entries(LINKS) {
        add(e[0], &mut |i| i.link = true);
    }
    for e in entries(SURNAMES) {
        let ethnic = e.get(1) == Some(&"ethnic");
        add(e[0], &mut |i| {
            i.surname = true;
            i.ethnic |= ethnic;
        });
    }
    for e in entries(NOT_NAMES) {
        let person = e.get(1) == Some(&"person");
        add(e[0], &mut |i| {
            i.not_name = true;
            i.person |= person;
        });
    }
    for e in entries(COUNTRIES) {
        add(e[0], &mut |i| i.country = true);
    }
    for e in entries(MODIFIERS) {
        add(e[0], &mut |i| i.modifier = true);
    }
    for e in entries(PLACE_UNITS) {
        add(e[0], &mut |i| i.unit = true);
    }
    for e in entries(ORG_HEADS) {
        let cap = e.get(1) == Some(&"cap");
        add(e[0], &mut |i| i.org = Some(cap));
    }
    for e in entries(ORG_ABBREVIATIONS) {
        let exp = e.get(1).copied().unwrap_or("").to_string();
        let org = e.get(2) == Some(&"org");
        add(e[0], &mut |i| i.abbrev = Some((exp.clone(), org)));
    }
    // The lists are fixed data tested in CI; an automaton that cannot be built
    // degrades to matching nothing rather than panicking.
    let ac = DFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        // The search is the loop of `find_anchored`, which uses no prefilter.
        .prefilter(false)
        .build(&keys)
        .ok()
        .and_then(|dfa| {
            let start = dfa.start_state(Anchored::Yes).ok()?;
            Some((dfa, start))
        });
    let mut first = vec![0u64; FIRST_BITS / 64];
    for k in &keys {
        if let Some(w) = k.split(' ').find(|w| !w.is_empty()) {
            let h = word_hash(w);
            first[h / 64] |= 1 << (h % 64);
        }
    }
    Vocab { ac, infos, first }
});

/// The letter case of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// All lowercase.
    Lower,
    /// First letter uppercase, the rest lowercase ("Hồng", "A", "H'Hen").
    Title,
    /// Two or more letters, all uppercase ("UBND", "HĐND").
    Upper,
    /// Digits or mixed case.
    Other,
}

/// A word of the normalized text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub case: Case,
    /// [`word_hash`] of the word's folded chars, computed while folding.
    hash: u32,
    /// The word has an inner apostrophe ("H'Hen").
    apostrophe: bool,
}

impl Word {
    /// The word `start..end` of the given shape, `h` being the FNV-1a state of its
    /// folded chars.
    #[inline]
    fn new(start: usize, end: usize, shape: Shape, h: u32) -> Word {
        Word {
            start,
            end,
            case: shape.case(),
            hash: hash_index(h) as u32,
            apostrophe: shape.apostrophe,
        }
    }
}

/// What separates two words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gap {
    /// Only spaces.
    Space,
    /// Quotes, slashes and other marks.
    Other,
    Comma,
    Dash,
    Open,
    Close,
    Colon,
    Semicolon,
    /// A sentence end (". ! ? …").
    Stop,
    /// A line break, or the start of the text.
    Break,
}

/// Classifies the separator `s` by its strongest mark.
pub(crate) fn classify(s: &str) -> Gap {
    s.chars().map(gap_of).max().unwrap_or(Gap::Space)
}

/// The gap class of one separator char.
#[inline]
fn gap_of(c: char) -> Gap {
    match c {
        ' ' => Gap::Space,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Gap::Break,
        '.' | '!' | '?' | '…' => Gap::Stop,
        ';' => Gap::Semicolon,
        ':' => Gap::Colon,
        ')' | ']' => Gap::Close,
        '(' | '[' => Gap::Open,
        '-' | '–' | '—' => Gap::Dash,
        ',' => Gap::Comma,
        c if c.is_whitespace() => Gap::Space,
        _ => Gap::Other,
    }
}

/// A word-list match starting at a word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tag {
    /// Number of words covered.
    pub n: usize,
    /// End byte in the text (after a final period for entries that have one).
    pub end: usize,
    /// What the entry is (one of [`Vocab`]'s infos): held by reference, so looking up
    /// a tag costs no second indexing, and `Option<Tag>` needs no discriminant word.
    pub info: &'static Info,
}

/// The word-list tags of `words` of `text`, `buf` being the folded text behind a space:
/// one anchored automaton search per word whose first word may start an entry.
#[inline(never)]
fn tag_words(text: &str, buf: &[u8], words: &[Word]) -> Vec<Option<Tag>> {
    let bytes = text.as_bytes();
    let vocab = &*VOCAB;
    let mut tags = vec![None; words.len()];
    for (wi, w) in words.iter().enumerate() {
        let h = w.hash as usize;
        if vocab.first[h / 64] & (1 << (h % 64)) == 0 {
            continue;
        }
        let Some((pattern, m_end)) = vocab
            .ac
            .as_ref()
            .and_then(|(dfa, sid)| find_anchored(dfa, *sid, buf, w.start))
        else {
            continue;
        };
        let end = m_end - 2; // the trailing space, and the leading one of `buf`
        // A match covers a bounded number of words: find the one it ends with.
        let mut k = wi;
        while k < words.len() && words[k].end < end {
            k += 1;
        }
        if k >= words.len() || words[k].end != end {
            continue;
        }
        let Some(entry) = vocab.infos.get(pattern) else {
            continue;
        };
        let mut tag_end = end;
        // "PGS.TS." takes the period of the text; "PGS.TS Nguyễn" is written too.
        if entry.period && text[end..].starts_with('.') {
            tag_end = end + 1;
        }
        // Inner separators: spaces only, unless the entry itself is punctuated.
        let punctuated = entry.period || entry.abbrev.is_some() || entry.honorific;
        if !punctuated && !words.get(wi..=k).is_some_and(|ws| spaced(bytes, ws)) {
            continue;
        }
        tags[wi] = Some(Tag {
            n: k - wi + 1,
            end: tag_end,
            info: entry,
        });
    }
    tags
}

/// Are the words `ws` of a match, read from `bytes`, joined by spaces alone? The
/// automaton matched single spaces between the words of an entry in the folded copy,
/// where every char that is not a word char is blanked: so each inner separator of the
/// match is one byte of the text, a separator between two words or an apostrophe
/// inside one ("H'Hen"), and it must be a space.
fn spaced(bytes: &[u8], ws: &[Word]) -> bool {
    ws.iter().all(|w| !w.apostrophe)
        && ws
            .iter()
            .skip(1)
            .all(|w| w.start.checked_sub(1).and_then(|p| bytes.get(p)) == Some(&b' '))
}

/// The words of a text and their tags.
#[derive(Debug)]
pub(crate) struct Words<'t> {
    pub text: &'t str,
    pub words: Vec<Word>,
    pub tags: Vec<Option<Tag>>,
    /// The separator before each word (the first word: [`Gap::Break`]).
    gaps: Vec<Gap>,
}

/// The letter case of the word being scanned, gathered char by char: what its first
/// char is, and whether a later one is uppercase or not (letters and digits; an inner
/// apostrophe is neither).
#[derive(Clone, Copy, Debug, Default)]
struct Shape {
    first_upper: bool,
    first_lower: bool,
    /// A later char is uppercase.
    upper_rest: bool,
    /// A later char is a lowercase letter or a digit.
    other_rest: bool,
    apostrophe: bool,
}

impl Shape {
    /// The shape of a word whose first char is uppercase, lowercase or neither (a digit).
    #[inline]
    fn first(upper: bool, lower: bool) -> Shape {
        Shape {
            first_upper: upper,
            first_lower: lower,
            ..Shape::default()
        }
    }

    /// A later letter or digit, uppercase or not.
    #[inline]
    fn rest(&mut self, upper: bool) {
        if upper {
            self.upper_rest = true;
        } else {
            self.other_rest = true;
        }
    }

    fn case(self) -> Case {
        if self.first_lower {
            if self.upper_rest {
                Case::Other
            } else {
                Case::Lower
            }
        } else if self.first_upper {
            if self.upper_rest && !self.other_rest && !self.apostrophe {
                Case::Upper
            } else if !self.upper_rest || self.apostrophe {
                Case::Title
            } else {
                Case::Other
            }
        } else {
            Case::Other
        }
    }
}

impl<'t> Words<'t> {
    /// Cuts `text` into words and tags them.
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`.
    pub(crate) fn new(text: &'t str) -> Words<'t> {
        let (words, gaps, buf) = scan(text);
        let tags = tag_words(text, &buf, &words);
        Words {
            text,
            words,
            tags,
            gaps,
        }
    }
}

/// Cuts `text` into words: the words, the gap before each, and the folded copy of the
/// text behind a space (with a space after it) that the automaton reads.
fn scan(text: &str) -> (Vec<Word>, Vec<Gap>, Vec<u8>) {
    // One pass over the bytes: words, their letter case, the separators between
    // them, and the folded copy for the automaton (ASCII without decoding), with the
    // hash of each folded word.
    let bytes = text.as_bytes();
    let mut words = Vec::with_capacity(text.len() / 5);
    let mut gaps = Vec::with_capacity(text.len() / 5);
    // The folded copy starts as the text itself behind a space; only the bytes that
    // fold differently (capitals, separators) are rewritten below.
    let mut buf: Vec<u8> = Vec::with_capacity(text.len() + 2);
    buf.push(b' ');
    buf.extend_from_slice(bytes);
    let tab = &*WORD_CHARS;
    // Is the char at byte `j` part of a word (false at the end)?
    let word_at = |j: usize| match bytes.get(j) {
        Some(&b) if b < 0x80 => BYTE_CLASS[usize::from(b)] <= B_UPPER,
        Some(_) => tab.packed(decode_at(bytes, j).0) & WC_WORD != 0,
        None => false,
    };
    // The current word: its first byte, shape and the FNV-1a state of its folded chars.
    let mut start: Option<usize> = None;
    let mut shape = Shape::default();
    let mut h = FNV_OFFSET;
    // The strongest separator since the last word.
    let mut gap = Gap::Break;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let class = BYTE_CLASS[usize::from(b)];
        if class <= B_UPPER {
            // An ASCII letter or digit.
            let upper = class == B_UPPER;
            let folded = b | if upper { 0x20 } else { 0 };
            if upper {
                buf[i + 1] = folded;
            }
            if start.is_none() {
                start = Some(i);
                shape = Shape::first(upper, class == B_LOWER);
                gaps.push(gap);
                gap = Gap::Space;
                h = FNV_OFFSET;
            } else {
                shape.rest(upper);
            }
            h = fnv(h, u32::from(folded));
            i += 1;
            // The lowercase letters and digits that follow, the bulk of the text: they
            // fold to themselves and only make the word's rest not uppercase.
            let run = i;
            while let Some(&b) = bytes.get(i)
                && BYTE_CLASS[usize::from(b)] <= B_DIGIT
            {
                h = fnv(h, u32::from(b));
                i += 1;
            }
            shape.other_rest |= i > run;
            continue;
        }
        if class == B_SPACE {
            if let Some(s) = start.take() {
                words.push(Word::new(s, i, shape, h));
            }
            i += 1;
            continue;
        }
        let (u, len) = if b < 0x80 {
            (u32::from(b), 1)
        } else {
            decode_at(bytes, i)
        };
        // ASCII other than letters and digits is never part of a word.
        let k = if b < 0x80 { 0 } else { tab.packed(u) };
        if k & WC_WORD != 0 {
            let upper = k & WC_UPPER != 0;
            if start.is_none() {
                start = Some(i);
                shape = Shape::first(upper, !upper);
                gaps.push(gap);
                gap = Gap::Space;
                h = FNV_OFFSET;
            } else {
                shape.rest(upper);
            }
            let low = k & WC_CHAR;
            h = fnv(h, low);
            if low != u {
                // The lowercase form has the same length (see `word_char`).
                let mut tmp = [0u8; 4];
                let enc = char::from_u32(low)
                    .unwrap_or(' ')
                    .encode_utf8(&mut tmp)
                    .as_bytes();
                if let Some(dst) = buf.get_mut(i + 1..i + 1 + enc.len()) {
                    dst.copy_from_slice(enc);
                }
            }
        } else if (u == u32::from('\'') || u == u32::from('’'))
            && start.is_some()
            && word_at(i + len)
        {
            // An apostrophe inside a word ("H'Hen"): part of it, folded to spaces.
            shape.apostrophe = true;
            blank(&mut buf, i + 1, len);
            for _ in 0..len {
                h = fnv(h, u32::from(b' '));
            }
        } else {
            if let Some(s) = start.take() {
                words.push(Word::new(s, i, shape, h));
            }
            gap = gap.max(gap_of(char::from_u32(u).unwrap_or(' ')));
            blank(&mut buf, i + 1, len);
        }
        i += len;
    }
    if let Some(s) = start {
        words.push(Word::new(s, text.len(), shape, h));
    }
    buf.push(b' ');
    (words, gaps, buf)
}

impl<'t> Words<'t> {
    /// The number of words.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// The tag at word `i` and its info.
    #[inline]
    pub(crate) fn tag(&self, i: usize) -> Option<(Tag, &'static Info)> {
        let t = (*self.tags.get(i)?)?;
        Some((t, t.info))
    }

    /// The separator between byte `from` and word `i`.
    pub(crate) fn gap_from(&self, from: usize, i: usize) -> Gap {
        if i > 0 && self.words.get(i - 1).is_some_and(|w| w.end == from) {
            return self.gap(i);
        }
        match self.words.get(i) {
            Some(w) if from <= w.start => classify(&self.text[from..w.start]),
            _ => Gap::Break,
        }
    }

    /// The separator before word `i`.
    pub(crate) fn gap(&self, i: usize) -> Gap {
        self.gaps.get(i).copied().unwrap_or(Gap::Break)
    }

    /// Does the word list match ending right before word `i` name a kind of institution
    /// ("Trường ĐH" + "Tôn Đức Thắng")? Looks back over the longest entry only.
    pub(crate) fn institution_before(&self, i: usize) -> bool {
        (1..=3).any(|back| {
            i >= back
                && self
                    .tag(i - back)
                    .is_some_and(|(t, info)| info.institution && t.n == back)
        })
    }

    /// Is the word before word `i` a plural marker or a number ("các", "4")?
    pub(crate) fn plural_before(&self, i: usize) -> bool {
        i > 0
            && self.gap(i) == Gap::Space
            && (self
                .tag(i - 1)
                .is_some_and(|(t, info)| info.plural && t.n == 1)
                || self.word(i - 1).bytes().all(|b| b.is_ascii_digit()))
    }

    /// The text of word `i`.
    pub(crate) fn word(&self, i: usize) -> &'t str {
        let w = self.words[i];
        &self.text[w.start..w.end]
    }

    /// Is word `i` capitalised like a name syllable, and not the head of a title,
    /// organisation, stop word or honorific?
    #[inline]
    pub(crate) fn name_like(&self, i: usize) -> bool {
        if self.words[i].case != Case::Title {
            return false;
        }
        self.name_like_titled(i)
    }

    /// [`Words::name_like`] of a word in [`Case::Title`].
    fn name_like_titled(&self, i: usize) -> bool {
        match self.tag(i) {
            Some((t, info)) => {
                !(info.title
                    || info.rank
                    || info.honorific
                    || info.org.is_some()
                    || info.unit
                    || info.name_break
                    || (info.abbrev.is_some() && t.n > 1))
                    || (info.surname && !info.name_break)
            }
            None => true,
        }
    }

    /// The end (exclusive) of the run of name-like words from `i`, joined by spaces.
    pub(crate) fn run_end(&self, i: usize) -> usize {
        if i >= self.len() {
            return i;
        }
        let mut j = i;
        while j < self.len() && j - i < 8 && (j == i || self.gap(j) == Gap::Space) {
            // A country or place of several words stays whole ("Nhật Bản", not "bản").
            if let Some((t, info)) = self.tag(j)
                && (info.country || info.not_name)
                && t.n > 1
                && (j..j + t.n).all(|k| self.words.get(k).is_some_and(|w| w.case == Case::Title))
            {
                j += t.n;
                continue;
            }
            // Inside a run a word of address is a given name ("Trần Tiến Anh"), and a
            // one-word organisation head is part of a place ("Hải Phòng").
            let ok = self.name_like(j)
                || (j > i
                    && self.words[j].case == Case::Title
                    && self.tag(j).is_some_and(|(t, info)| {
                        t.n == 1 && (info.honorific || info.org == Some(true))
                    }));
            if !ok {
                break;
            }
            j += 1;
        }
        j.min(self.len())
    }

    /// The separator between byte `from` and word `i`, where the period of an
    /// abbreviation glued to a capitalised word ("TP.Hà Nội") counts as a space.
    pub(crate) fn soft_gap(&self, from: usize, i: usize) -> Gap {
        let g = self.gap_from(from, i);
        if g == Gap::Stop
            && i > 0
            && self
                .words
                .get(i)
                .is_some_and(|w| self.text.get(from..w.start) == Some("."))
            && self.words[i - 1].case == Case::Upper
            && self.words[i].case == Case::Title
        {
            return Gap::Space;
        }
        g
    }

    /// Does word `i` open a name: a surname (or compound surname) or an ethnic name
    /// word? Returns the maximum name length in words.
    fn name_start(&self, i: usize) -> Option<usize> {
        let w = self.word(i);
        if (w.starts_with("H'") || w.starts_with("H’")) && w.len() > 3 {
            return Some(5);
        }
        let (_, info) = self.tag(i)?;
        if info.not_name {
            return None;
        }
        if info.ethnic {
            Some(5)
        } else if info.surname {
            Some(4)
        } else {
            None
        }
    }

    /// Where a personal name starts inside the run `i..r` of capitalised words: the run
    /// itself when it opens with a surname and is short enough; otherwise the surname
    /// inside it that leaves a name of three words, else four, else two ("Hà Nội Nguyễn
    /// Đức Chung" → "Nguyễn Đức Chung"; "Lâm Đồng Trần Đức Quận" → "Trần Đức Quận").
    /// `min` is the shortest name accepted (3 right after a unit word: "xã Ninh Lai" is
    /// a place, "tỉnh Nguyễn Văn Trì" a name).
    pub(crate) fn split_run(&self, i: usize, r: usize, min: usize) -> Option<usize> {
        if r <= i {
            return None;
        }
        if let Some(max) = self.name_start(i)
            && (min..=max).contains(&(r - i))
        {
            return Some(i);
        }
        let mut best: Option<(usize, usize)> = None;
        let mut k = i + 1;
        while k < r {
            if let Some((t, info)) = self.tag(k)
                && info.not_name
            {
                k += t.n;
                continue;
            }
            if let Some(max) = self.name_start(k) {
                let len = r - k;
                let rank = match len {
                    _ if len < min => usize::MAX,
                    _ if max == 5 && (2..=5).contains(&len) => 0,
                    3 => 1,
                    4 => 2,
                    2 => 3,
                    _ => usize::MAX,
                };
                if rank != usize::MAX && best.is_none_or(|(b, _)| rank < b) {
                    best = Some((rank, k));
                }
            }
            k += 1;
        }
        best.map(|(_, k)| k)
    }

    /// The expansion of the words of `start..end` (bytes), or `None` when no
    /// abbreviation is inside.
    pub(crate) fn expand(
        &self,
        from: usize,
        to: usize,
        start: usize,
        end: usize,
    ) -> Option<String> {
        let mut out = String::new();
        let mut at = start;
        let mut any = false;
        let mut i = from;
        while i < to {
            if self.words[i].case == Case::Upper
                && let Some((t, info)) = self.tag(i)
            {
                let exp = info
                    .abbrev
                    .as_ref()
                    .map(|(e, _)| e.as_str())
                    .or(info.title_expanded.as_deref());
                if let Some(exp) = exp {
                    let ws = self.words[i].start;
                    let we = self.words[(i + t.n - 1).min(self.len() - 1)].end;
                    if ws >= at && we <= end {
                        out.push_str(&self.text[at..ws]);
                        out.push_str(exp);
                        at = we;
                        any = true;
                        i += t.n;
                        continue;
                    }
                }
            }
            i += 1;
        }
        if !any {
            return None;
        }
        out.push_str(self.text.get(at..end).unwrap_or(""));
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules every word list shares (NFC, trimmed, normalized form, no duplicate
    /// line) are in tests/lexicons.rs; these are the rules of these lists.
    #[test]
    fn lexicon_hygiene() {
        for (name, src) in ALL {
            let mut seen = std::collections::HashSet::new();
            for (n, line) in src.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let at = format!("src/lexicon/{name}:{}", n + 1);
                let key = line.split('\t').next().unwrap_or("");
                assert!(!key.is_empty(), "{at}: empty entry");
                assert!(
                    seen.insert(key.to_lowercase()),
                    "{at}: duplicate {key:?} (entries are matched case-insensitively)"
                );
            }
        }
    }

    #[test]
    fn lexicons_are_sorted() {
        for (name, src) in ALL {
            let keys: Vec<&str> = entries(src).map(|e| e[0]).collect();
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            assert_eq!(
                keys, sorted,
                "src/lexicon/{name}: entries not sorted by byte order"
            );
        }
    }

    /// The hash computed while folding is the hash of the folded word.
    #[test]
    fn folded_hashes() {
        let fixture = include_str!("../../fixtures/duc-ninh-2023.txt");
        for text in [
            fixture,
            "H'Hen Niê, Đắk G’Long; ĐẠI HỘI Ủy ban 12a3 Ǆemal ΑΣ Straße İstanbul",
            "",
            "a",
            "’x' y’z",
        ] {
            let (words, _, buf) = scan(text);
            for w in &words {
                assert_eq!(
                    w.hash as usize,
                    word_hash(std::str::from_utf8(&buf[w.start + 1..w.end + 1]).unwrap()),
                    "{:?} in {text:?}",
                    &text[w.start..w.end]
                );
            }
        }
    }

    /// [`scan`] with its byte fast paths agrees with a direct char-by-char computation:
    /// words are runs of [`word_char`]s joined by an apostrophe between two of them,
    /// the case counts the word's letters and digits, the gap classifies the separator,
    /// the folded copy is [`fold_into`] behind a space.
    #[test]
    fn scan_matches_direct_computation() {
        /// Words as (start, end, case), gaps, folded copy.
        type Scanned = (Vec<(usize, usize, Case)>, Vec<Gap>, Vec<u8>);
        fn direct(text: &str) -> Scanned {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let is_word = |k: usize| chars.get(k).is_some_and(|&(_, c)| word_char(c).0);
            let mut spans = Vec::new();
            let mut k = 0;
            while k < chars.len() {
                if !is_word(k) {
                    k += 1;
                    continue;
                }
                let from = k;
                while is_word(k)
                    || (matches!(chars.get(k), Some((_, '\'' | '’'))) && is_word(k + 1))
                {
                    k += 1;
                }
                let end = chars.get(k).map_or(text.len(), |&(b, _)| b);
                spans.push((chars[from].0, end));
            }
            let mut words = Vec::new();
            let mut gaps = Vec::new();
            let mut prev = None;
            for &(s, e) in &spans {
                let (mut letters, mut ups, mut apostrophe) = (Vec::new(), 0, false);
                for c in text[s..e].chars() {
                    let (word, _, upper) = word_char(c);
                    if word {
                        letters.push((upper, !upper && !c.is_ascii_digit()));
                    } else {
                        apostrophe = true;
                    }
                }
                let (first_upper, first_lower) = letters[0];
                ups += letters[1..].iter().filter(|l| l.0).count();
                let rest = letters.len() - 1;
                let case = if first_lower {
                    if ups == 0 { Case::Lower } else { Case::Other }
                } else if first_upper {
                    if rest > 0 && ups == rest && !apostrophe {
                        Case::Upper
                    } else if ups == 0 || apostrophe {
                        Case::Title
                    } else {
                        Case::Other
                    }
                } else {
                    Case::Other
                };
                words.push((s, e, case));
                gaps.push(prev.map_or(Gap::Break, |p| classify(&text[p..s])));
                prev = Some(e);
            }
            let mut buf = String::from(" ");
            fold_into(text, &mut buf);
            buf.push(' ');
            (words, gaps, buf.into_bytes())
        }
        let fixture = include_str!("../../fixtures/duc-ninh-2023.txt");
        for text in [
            fixture,
            "H'Hen Niê, Đắk G’Long; ĐẠI HỘI Ủy ban 12a3 Ǆemal ΑΣ Straße İstanbul",
            "",
            "a",
            "’x' y’z '",
            "UBND TP.HCM, HĐND\tx…y – (Ab) cD 3A a3 A3 ĐB ĐBa Đb Ab'C A'b a'B 1'a",
            "x\u{a0}y\u{2028}z “Ông” ạỆ Ơƀ ǅ ǈx",
        ] {
            let (words, gaps, buf) = scan(text);
            let got: Vec<(usize, usize, Case)> =
                words.iter().map(|w| (w.start, w.end, w.case)).collect();
            assert_eq!((got, gaps, buf), direct(text), "{text:?}");
        }
    }

    /// [`spaced`] agrees with comparing the bytes of the text and its folded copy, for
    /// every run of words whose folded copy, like a match, has single inner spaces.
    #[test]
    fn spaced_matches_byte_comparison() {
        let fixture = include_str!("../../fixtures/duc-ninh-2023.txt");
        for text in [
            fixture,
            "Phó Bí thư H'Hen Niê,Đắk G’Long; a\tb c\u{a0}d e.f g/h (i) j-k l'm n",
        ] {
            let (words, _, buf) = scan(text);
            let bytes = text.as_bytes();
            for wi in 0..words.len() {
                for k in wi..words.len().min(wi + 5) {
                    let (s, e) = (words[wi].start, words[k].end);
                    if buf[s + 1..e + 1].windows(2).any(|p| p == b"  ") {
                        continue;
                    }
                    let direct = !bytes[s..e]
                        .iter()
                        .zip(&buf[s + 1..e + 1])
                        .any(|(&x, &y)| y == b' ' && x != b' ');
                    assert_eq!(spaced(bytes, &words[wi..=k]), direct, "{:?}", &text[s..e]);
                }
            }
        }
    }

    #[test]
    fn longest_entry_wins() {
        let w = Words::new("Phó Bí thư Thường trực Huyện ủy");
        let (t, info) = w.tag(0).unwrap();
        assert!(info.title);
        assert_eq!(t.n, 5);
        let (t, info) = w.tag(5).unwrap();
        assert_eq!(info.org, Some(false));
        assert_eq!(t.n, 2);
    }

    #[test]
    fn periods_and_punctuated_abbreviations() {
        let w = Words::new("PGS.TS. Nguyễn Văn A, Sở TN&MT");
        let (t, info) = w.tag(0).unwrap();
        assert!(info.rank);
        assert_eq!(t.end, "PGS.TS.".len());
        let i = w
            .words
            .iter()
            .position(|x| &w.text[x.start..x.end] == "TN")
            .unwrap();
        assert!(w.tag(i).unwrap().1.abbrev.is_some());
    }

    #[test]
    fn names_split_from_places() {
        let w = Words::new("Hà Nội Nguyễn Đức Chung");
        assert_eq!(w.run_end(0), 5);
        assert_eq!(w.split_run(0, 5, 2), Some(2));
        let w = Words::new("Lâm Đồng Trần Đức Quận");
        assert_eq!(w.split_run(0, 5, 2), Some(2));
        let w = Words::new("Mai Hồng Hà");
        assert_eq!(w.split_run(0, 3, 2), Some(0));
    }
}
