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

use crate::text::chars::{Table, decode};

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

/// A token letter ([`crate::text::chars::Info::is_letter`]).
const WORD: u8 = 1;
/// `char::is_uppercase`.
const UPPER: u8 = 2;
/// `char::to_lowercase` is not the character itself.
const LOWER_CHANGES: u8 = 4;

/// The classes of code point `u`, from the crate's character table.
#[inline]
fn class_of(tab: &Table, u: u32) -> u8 {
    let i = tab.info_u32(u);
    (u8::from(i.is_letter()) * WORD)
        | (u8::from(i.is_uppercase()) * UPPER)
        | (u8::from(i.lower_changes()) * LOWER_CHANGES)
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
fn word_end(tab: &Table, b: &[u8], mut i: usize) -> (usize, u8) {
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
            let k = class_of(tab, u);
            if k & WORD == 0 {
                break;
            }
            acc |= k;
            i += len;
        }
    }
    (i, acc)
}

/// How many punctuation characters at each end of a run stay tokens of their own.
pub(crate) const PUNCT_KEEP: usize = 8;

/// Pushes a punctuation token at `start..end` onto `out`, whose current punctuation run
/// starts at index `run` (see [`tokenize`]).
#[inline]
fn push_punct(out: &mut Vec<Token>, run: usize, start: usize, end: usize) {
    let middle = run + PUNCT_KEEP;
    if out.len() > middle + PUNCT_KEEP {
        // the run is head, middle, tail: the tail's first joins the middle
        let first_of_tail = out.remove(middle + 1);
        if let Some(m) = out.get_mut(middle) {
            m.end = first_of_tail.end;
        }
    }
    out.push(Token::new(start, end, TokenKind::Punct, 0));
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
/// A run of punctuation (punctuation tokens with nothing but spaces between them) keeps
/// its first and last [`PUNCT_KEEP`] characters as tokens of their own; the ones between
/// become one token spanning them, whose character is the first of them. No grammar rule
/// reads that far into punctuation, and it bounds the memory of text that is mostly
/// punctuation (a token a character would be 12 bytes a byte).
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
    let tab = crate::text::chars::table();
    let b = text.as_bytes();
    let mut i = 0;
    // token indices fit in a `u32` too: there are at most `text.len()` tokens
    // where the current punctuation run starts in `out`
    let mut run = 0;
    let mut push = |out: &mut Vec<Token>, t: Token, opens: bool, run: &mut usize| {
        if opens {
            openers.push(out.len() as u32);
        }
        out.push(t);
        *run = out.len();
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
                push(
                    out,
                    Token::new(start, i, TokenKind::Num, num),
                    true,
                    &mut run,
                );
            }
            B::Lower | B::Upper | B::High => {
                let start = i;
                let (end, k) = word_end(tab, b, i);
                if end > start {
                    let tag = tags.tag(&b[start..end], k & UPPER != 0, k & LOWER_CHANGES != 0);
                    let case = if k & UPPER != 0 { CASE_UPPER } else { 0 };
                    let t = Token::new(start, end, TokenKind::Word, u32::from(tag) | case);
                    push(out, t, tag != 0, &mut run);
                    // most words are followed by one space: skip it here rather than
                    // through the dispatch (spaces make no token)
                    i = end + usize::from(b.get(end) == Some(&b' '));
                    continue;
                }
                // a non-letter, non-ASCII character
                let ch = text[i..].chars().next().unwrap_or(' ');
                let len = ch.len_utf8();
                if !ch.is_whitespace() {
                    push_punct(out, run, i, i + len);
                }
                i += len;
            }
            B::Newline => {
                push(
                    out,
                    Token::new(i, i + 1, TokenKind::Newline, 0),
                    false,
                    &mut run,
                );
                i += 1;
            }
            B::Other => {
                push_punct(out, run, i, i + 1);
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
