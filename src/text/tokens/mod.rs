//! The crate's tokenizer: digit runs, letter runs and single punctuation characters, each
//! with its byte span; spaces are skipped, line ends kept. Words carry their case and the
//! tag of a [`WordTags`] table.
//!
//! A [`Token`] is 12 bytes: `u32` offsets and one packed word of kind, value, tag and case.
//! A punctuation token's character is read from the text, not stored.
//!
//! # Limits
//!
//! Offsets are `u32`: a text longer than `u32::MAX` bytes (4 GiB) is out of scope, and
//! [`tokenize`] gives it no tokens (it returns `false`) rather than wrapping an offset.

mod tags;
#[cfg(test)]
mod tests;

#[cfg(test)]
pub(crate) use tags::CAPACITY;
pub(crate) use tags::WordTags;

use crate::text::chars::decode;
use std::sync::LazyLock;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A run of ASCII digits.
    Num,
    /// A run of letters.
    Word,
    /// One other visible character.
    Punct,
    /// A line end (`\n`), which no date or ratio crosses.
    Newline,
}

/// One token of a text: its byte span and, packed in one `u32`, its kind (top two bits)
/// and a number's value or a word's tag and case (low bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    bits: u32,
}

const KIND_SHIFT: u32 = 30;
const VALUE_MASK: u32 = (1 << KIND_SHIFT) - 1;
/// A number's value when it has more than 9 digits (a 9-digit value is below 2^30 - 1).
const NUM_OVERFLOW: u32 = VALUE_MASK;
/// A word's bit: some character of it is uppercase.
const CASE_UPPER: u32 = 1 << 8;

impl Token {
    fn new(start: usize, end: usize, kind: TokenKind, value: u32) -> Token {
        // `tokenize` only runs on texts whose offsets fit in a `u32`
        Token {
            start: start as u32,
            end: end as u32,
            bits: (kind as u32) << KIND_SHIFT | value & VALUE_MASK,
        }
    }

    /// The first byte.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

    /// The length in bytes (for a number, its digit count).
    #[inline]
    pub(crate) fn digits(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// What the token is.
    #[inline]
    pub(crate) fn kind(&self) -> TokenKind {
        match self.bits >> KIND_SHIFT {
            0 => TokenKind::Num,
            1 => TokenKind::Word,
            2 => TokenKind::Punct,
            _ => TokenKind::Newline,
        }
    }

    /// The value of a number, `u32::MAX` when it has more than 9 digits; 0 for the other
    /// kinds.
    #[inline]
    pub(crate) fn num(&self) -> u32 {
        match self.kind() {
            TokenKind::Num if self.bits & VALUE_MASK == NUM_OVERFLOW => u32::MAX,
            TokenKind::Num => self.bits & VALUE_MASK,
            _ => 0,
        }
    }

    /// The tag of a word ([`WordTags`]), 0 when it has none or is not a word.
    #[inline]
    pub(crate) fn tag(&self) -> u8 {
        match self.kind() {
            TokenKind::Word => (self.bits & 0xff) as u8,
            _ => 0,
        }
    }

    /// True for a word with an uppercase character.
    #[inline]
    pub(crate) fn has_upper(&self) -> bool {
        self.kind() == TokenKind::Word && self.bits & CASE_UPPER != 0
    }

    /// The character of a punctuation token, read from `text` (the tokenized text).
    #[inline]
    pub(crate) fn char_in(&self, text: &str) -> Option<char> {
        text.get(self.start()..)?.chars().next()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Code points below this have their classes in [`CLASSES`]: ASCII, Latin-1, Latin
/// Extended-A/B and the combining marks.
const TABLE_LIMIT: u32 = 0x370;
/// Latin Extended Additional (ạ, ế, ữ …) has its classes in [`CLASSES_EXT`].
const EXT: std::ops::Range<u32> = 0x1E00..0x1F00;
/// [`is_word_char`].
const WORD: u8 = 1;
/// `char::is_uppercase`.
const UPPER: u8 = 2;
/// `char::to_lowercase` is not the character itself.
const LOWER_CHANGES: u8 = 4;

fn char_class(c: char) -> u8 {
    let mut k = 0;
    if is_word_char(c) {
        k |= WORD;
    }
    if c.is_uppercase() {
        k |= UPPER;
    }
    if !c.to_lowercase().eq(std::iter::once(c)) {
        k |= LOWER_CHANGES;
    }
    k
}

fn classes(r: std::ops::Range<u32>) -> Box<[u8]> {
    r.map(|u| char::from_u32(u).map_or(0, char_class)).collect()
}

/// The classes of the code points of Vietnamese text, computed once from the same `char`
/// predicates so the tables cannot disagree with them.
static CLASSES: LazyLock<Box<[u8]>> = LazyLock::new(|| classes(0..TABLE_LIMIT));
static CLASSES_EXT: LazyLock<Box<[u8]>> = LazyLock::new(|| classes(EXT));

#[inline]
fn class_of(classes: &[u8], ext: &[u8], u: u32) -> u8 {
    if let Some(&k) = classes.get(u as usize) {
        return k;
    }
    if let Some(&k) = ext.get(u.wrapping_sub(EXT.start) as usize) {
        return k;
    }
    char::from_u32(u).map_or(0, char_class)
}

/// What a byte starts, for the tokenizer's dispatch.
#[derive(Clone, Copy, PartialEq, Eq)]
enum B {
    Digit,
    Newline,
    Space,
    Lower,
    Upper,
    /// A lead or continuation byte of a non-ASCII character.
    High,
    Other,
}

const BYTES: [B; 256] = {
    let mut t = [B::Other; 256];
    let mut k = 0;
    while k < 256 {
        let c = k as u8;
        t[k] = if c.is_ascii_digit() {
            B::Digit
        } else if c == b'\n' {
            B::Newline
        } else if c.is_ascii_whitespace() {
            B::Space
        } else if c.is_ascii_lowercase() {
            B::Lower
        } else if c.is_ascii_uppercase() {
            B::Upper
        } else if c >= 0x80 {
            B::High
        } else {
            B::Other
        };
        k += 1;
    }
    t
};

/// The classes of the ASCII bytes inside a word: letters are [`WORD`], capitals also
/// [`UPPER`]. ([`LOWER_CHANGES`] is only collected from non-ASCII characters, see
/// [`WordTags::tag`].)
const ASCII_CLASSES: [u8; 128] = {
    let mut t = [0; 128];
    let mut c = 0;
    while c < 128 {
        let x = c as u8;
        if x.is_ascii_lowercase() {
            t[c] = WORD;
        } else if x.is_ascii_uppercase() {
            t[c] = WORD | UPPER;
        }
        c += 1;
    }
    t
};

/// The end of the run of word characters starting at byte `i` of `b` (a `str`), and the
/// union of their classes (ASCII capitals count as [`UPPER`] only).
///
/// ASCII bytes are classified by [`ASCII_CLASSES`] with one branch each; a non-ASCII
/// character is decoded and looked up in the class tables.
#[inline(always)]
fn word_end(classes: &[u8], ext: &[u8], b: &[u8], mut i: usize) -> (usize, u8) {
    let mut acc = 0;
    while let Some(&x) = b.get(i) {
        if let Some(&k) = ASCII_CLASSES.get(usize::from(x)) {
            if k == 0 {
                break;
            }
            acc |= k;
            i += 1;
        } else {
            let (u, len) = decode(b, i);
            let k = class_of(classes, ext, u);
            if k & WORD == 0 {
                break;
            }
            acc |= k;
            i += len;
        }
    }
    (i, acc)
}

/// True when a text of `len` bytes can be tokenized: its offsets fit in a `u32`.
fn fits(len: usize) -> bool {
    u32::try_from(len).is_ok()
}

/// Tokenizes `text` into `out` (cleared first), tagging words with `tags`, and lists in
/// `openers` (cleared first, increasing) the indices of the numbers and the tagged words,
/// so a grammar anchored at them need not visit the other tokens.
///
/// Returns `false`, with no tokens, for a text over `u32::MAX` bytes (see the module's
/// limits).
///
/// # Time complexity
///
/// Linear in `text.len()`.
pub(crate) fn tokenize(
    text: &str,
    tags: &WordTags,
    out: &mut Vec<Token>,
    openers: &mut Vec<u32>,
) -> bool {
    out.clear();
    openers.clear();
    if !fits(text.len()) {
        return false;
    }
    out.reserve(text.len() / 4);
    let classes: &[u8] = &CLASSES;
    let ext: &[u8] = &CLASSES_EXT;
    let b = text.as_bytes();
    let mut i = 0;
    // token indices fit in a `u32` too: there are at most `text.len()` tokens
    let mut push = |out: &mut Vec<Token>, t: Token, opens: bool| {
        if opens {
            openers.push(out.len() as u32);
        }
        out.push(t);
    };
    while i < b.len() {
        let c = b[i];
        match BYTES[usize::from(c)] {
            B::Space => i += 1,
            B::Digit => {
                let start = i;
                let mut num = 0u32;
                while i < b.len() && b[i].is_ascii_digit() {
                    if i - start < 9 {
                        num = num * 10 + u32::from(b[i] - b'0');
                    }
                    i += 1;
                }
                if i - start > 9 {
                    num = NUM_OVERFLOW;
                }
                push(out, Token::new(start, i, TokenKind::Num, num), true);
            }
            B::Lower | B::Upper | B::High => {
                let start = i;
                let (end, k) = word_end(classes, ext, b, i);
                if end > start {
                    let tag = tags.tag(&b[start..end], k & UPPER != 0, k & LOWER_CHANGES != 0);
                    let case = if k & UPPER != 0 { CASE_UPPER } else { 0 };
                    let t = Token::new(start, end, TokenKind::Word, u32::from(tag) | case);
                    push(out, t, tag != 0);
                    // most words are followed by one space: skip it here rather than
                    // through the dispatch (spaces make no token)
                    i = end + usize::from(b.get(end) == Some(&b' '));
                    continue;
                }
                // a non-letter, non-ASCII character
                let ch = text[i..].chars().next().unwrap_or(' ');
                let len = ch.len_utf8();
                if !ch.is_whitespace() {
                    push(out, Token::new(i, i + len, TokenKind::Punct, 0), false);
                }
                i += len;
            }
            B::Newline => {
                push(out, Token::new(i, i + 1, TokenKind::Newline, 0), false);
                i += 1;
            }
            B::Other => {
                push(out, Token::new(i, i + 1, TokenKind::Punct, 0), false);
                i += 1;
            }
        }
    }
    true
}

/// True when `word` equals `lower` (a lowercase phrase word) ignoring case.
pub(crate) fn ieq(word: &str, lower: &str) -> bool {
    if word.len() != lower.len() {
        return false;
    }
    if word == lower {
        return true;
    }
    let mut a = word.chars();
    let mut b = lower.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                if x != y && !x.to_lowercase().eq(std::iter::once(y)) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}
