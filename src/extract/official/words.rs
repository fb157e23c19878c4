//! The words of a text for official and organization extraction, and their tags.
//!
//! The normalized text is cut into words (runs of letters and digits, with an inner
//! apostrophe as in "H'Hen"); the separators between two words are classified (comma,
//! dash, bracket, sentence end, …). In the same pass the text is folded for the
//! dictionary (`text::dict`: lowercase, separators as spaces) and each word's first-word
//! hash is computed; then every word that may start an entry is looked up once, anchored
//! at its start, in the dictionary of the officials' lists ([`VOCAB`]): the longest entry
//! wins ("Phó Bí thư Thường trực" over "Bí thư"). Tagging is linear in the text.

use super::vocab::{Info, VOCAB};
use crate::extract::place::{Place, PlaceKind};
use crate::text::chars::decode as decode_at;
use crate::text::dict::WordHasher;

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
    /// The dictionary's first-word hash of the word's folded chars, computed while
    /// folding.
    hash: u32,
    /// The word has an inner apostrophe ("H'Hen").
    apostrophe: bool,
}

impl Word {
    /// The word `start..end` of the given shape, `h` hashing its folded chars.
    #[inline]
    fn new(start: usize, end: usize, shape: Shape, h: WordHasher) -> Word {
        Word {
            start,
            end,
            case: shape.case(),
            hash: h.finish(),
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
    /// What the entry is (its tags in [`VOCAB`]): held by reference, so looking up a tag
    /// costs no second indexing, and `Option<Tag>` needs no discriminant word.
    pub info: &'static Info,
}

/// The word-list tags of `words` of `text`, `buf` being its folded copy for the
/// dictionary: one anchored search per word whose first word may start an entry.
#[inline(never)]
fn tag_words(text: &str, buf: &[u8], words: &[Word]) -> Vec<Option<Tag>> {
    let bytes = text.as_bytes();
    let vocab = &*VOCAB;
    let mut tags = vec![None; words.len()];
    for (wi, w) in words.iter().enumerate() {
        if !vocab.may_start(w.hash) {
            continue;
        }
        let Some(m) = vocab.longest_at(buf, w.start) else {
            continue;
        };
        let end = m.end;
        // A match covers a bounded number of words: find the one it ends with.
        let mut k = wi;
        while k < words.len() && words[k].end < end {
            k += 1;
        }
        if k >= words.len() || words[k].end != end {
            continue;
        }
        let entry = m.tags;
        let mut tag_end = end;
        // "PGS.TS." takes the period of the text; "PGS.TS Nguyễn" is written too.
        if m.period && text[end..].starts_with('.') {
            tag_end = end + 1;
        }
        // Inner separators: spaces only, unless the entry itself is punctuated.
        let punctuated = m.period || entry.abbrev.is_some() || entry.honorific;
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
    /// The place mentions of the text (`extract::place`), in order and disjoint: the
    /// words of a place are never a personal name.
    places: Vec<PlaceWords>,
    /// For each word, 1 + the index in `places` of the mention it is part of (0: none);
    /// empty when the text has no places.
    place_of: Vec<u32>,
}

/// The words `from..to` of a place mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PlaceWords {
    pub from: usize,
    pub to: usize,
    /// A country or a region ("Hà Lan", "châu Âu"): the capitalised words right after
    /// it may be a foreign name.
    pub abroad: bool,
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
    #[cfg(test)]
    pub(crate) fn new(text: &'t str) -> Words<'t> {
        Words::with_places(text, &[])
    }

    /// Cuts `text` into words, tags them, and marks the words of the place mentions
    /// `places` (spans of `text`, as [`crate::extract::place::places`] finds them).
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`, and `log text.len()` for each place.
    pub(crate) fn with_places(text: &'t str, places: &[Place]) -> Words<'t> {
        let (words, gaps, buf) = scan(text);
        let tags = tag_words(text, &buf, &words);
        let places = place_words(&words, places);
        let mut place_of = Vec::new();
        if !places.is_empty() {
            place_of.resize(words.len(), 0);
            for (k, p) in places.iter().enumerate() {
                let k = u32::try_from(k + 1).unwrap_or(0);
                if let Some(words) = place_of.get_mut(p.from..p.to) {
                    words.fill(k);
                }
            }
        }
        Words {
            text,
            words,
            tags,
            gaps,
            places,
            place_of,
        }
    }
}

/// The words of the place mentions `places`: those that start inside each one's span.
/// Empty ranges and ranges out of order or overlapping the one before are left out.
fn place_words(words: &[Word], places: &[Place]) -> Vec<PlaceWords> {
    let mut out: Vec<PlaceWords> = Vec::with_capacity(places.len());
    for p in places {
        let from = words.partition_point(|w| w.start < p.span.start);
        let mut to = from;
        while to < words.len() && words[to].start < p.span.end {
            to += 1;
        }
        if from < to && out.last().is_none_or(|last| last.to <= from) {
            out.push(PlaceWords {
                from,
                to,
                abroad: matches!(p.kind, PlaceKind::Country | PlaceKind::Region),
            });
        }
    }
    out
}

/// Cuts `text` into words: the words, the gap before each, and the folded copy of the
/// text for the dictionary (`text::dict`'s `folded`: behind a space, followed by one).
fn scan(text: &str) -> (Vec<Word>, Vec<Gap>, Vec<u8>) {
    // One pass over the bytes: words, their letter case, the separators between
    // them, and the folded copy for the dictionary (ASCII without decoding), with the
    // hash of each folded word.
    let bytes = text.as_bytes();
    let mut words = Vec::with_capacity(text.len() / 5);
    let mut gaps = Vec::with_capacity(text.len() / 5);
    // The folded copy starts as the text itself behind a space; only the bytes that
    // fold differently (capitals, separators) are rewritten below.
    let tab = crate::text::chars::table();
    let mut buf: Vec<u8> = Vec::with_capacity(text.len() + 2);
    buf.push(b' ');
    buf.extend_from_slice(bytes);
    // Is the char at byte `j` part of a word (false at the end)?
    let word_at = |j: usize| match bytes.get(j) {
        Some(&b) if b < 0x80 => BYTE_CLASS[usize::from(b)] <= B_UPPER,
        Some(_) => char::from_u32(decode_at(bytes, j).0).is_some_and(|c| tab.word_char(c).0),
        None => false,
    };
    // The current word: its first byte, shape and the hash of its folded chars.
    let mut start: Option<usize> = None;
    let mut shape = Shape::default();
    let mut h = WordHasher::NEW;
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
                h = WordHasher::NEW;
            } else {
                shape.rest(upper);
            }
            h = h.push(u32::from(folded));
            i += 1;
            // The lowercase letters and digits that follow, the bulk of the text: they
            // fold to themselves and only make the word's rest not uppercase.
            let run = i;
            while let Some(&b) = bytes.get(i)
                && BYTE_CLASS[usize::from(b)] <= B_DIGIT
            {
                h = h.push(u32::from(b));
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
        let (word, low, upper) = match char::from_u32(u) {
            Some(c) if b >= 0x80 => tab.word_char(c),
            _ => (false, ' ', false),
        };
        if word {
            if start.is_none() {
                start = Some(i);
                shape = Shape::first(upper, !upper);
                gaps.push(gap);
                gap = Gap::Space;
                h = WordHasher::NEW;
            } else {
                shape.rest(upper);
            }
            let low = u32::from(low);
            h = h.push(low);
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
                h = h.push(u32::from(b' '));
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

    /// The place mention word `i` is part of.
    #[inline]
    pub(crate) fn place_at(&self, i: usize) -> Option<PlaceWords> {
        let k = *self.place_of.get(i)?;
        self.places.get((k as usize).checked_sub(1)?).copied()
    }

    /// The text of word `i`.
    pub(crate) fn word(&self, i: usize) -> &'t str {
        let w = self.words[i];
        &self.text[w.start..w.end]
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
mod tests;
