//! The crate's tokenizer: digit runs, letter runs and single punctuation characters, each
//! with its byte span; spaces are skipped, line ends kept. Words carry their case and the
//! tag of a [`WordTags`] table.
//!
//! A [`Token`] is 8 bytes: a `u32` offset and one packed word of kind, length and
//! payload (a number's value, or a word's tag, hash and case). A punctuation token's
//! character is read from the text, not stored. A word's token also carries its shape (is
//! its first letter uppercase, is a later one) and the dictionary's first-word hash of its
//! folded letters ([`Token::word_hash`]), computed in the pass that finds its end, so a
//! reader of words (the officials') never decodes a word again.
//!
//! A word character ([`fold_char`]) is a letter (alphabetic, or a combining diacritic
//! U+0300..=U+036F) or an ASCII digit: letters make words, digits numbers. The dictionary
//! (`text::dict`) folds its phrases by the same definition.
//!
//! # Limits
//!
//! Offsets are `u32`: a text longer than `u32::MAX` bytes (4 GiB) is out of scope, and
//! [`tokenize`] gives it no tokens (it returns `false`) rather than wrapping an offset.
//!
//! A token is at most [`MAX_LEN`] bytes (31: no word of the news corpus is longer): a
//! longer run of letters or digits is cut into tokens of at most that length, one after
//! the other (at character boundaries), which have no tag (no tagged word is that long,
//! see the tests); the officials read a word of several tokens as one
//! ([`crate::extract::official`]). The middle of a long run of punctuation, and a run of
//! line ends, is one token that spans its first [`MAX_LEN`] bytes at most: the rest of
//! it, up to the next token, is read as spaces are (see [`tokenize`]).

mod tags;
#[cfg(test)]
mod tests;

#[cfg(test)]
pub(crate) use tags::CAPACITY;
pub(crate) use tags::WordTags;

use crate::text::chars::{self, Info, Lookup, Table};
use crate::text::dict::WordHasher;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A run of ASCII digits.
    Num,
    /// A run of letters.
    Word,
    /// One other visible character.
    Punct,
    /// A line end (`\n`, `\r`, U+2028, U+2029), which no date or ratio crosses.
    Newline,
}

/// One token of a text: its first byte and, packed in one `u32`, its kind (top two bits),
/// its length (low [`LEN_BITS`] bits) and its payload: a number's value, or a word's tag,
/// hash and case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    start: u32,
    bits: u32,
}

const KIND_SHIFT: u32 = 30;
/// The bits of a token's length.
const LEN_BITS: u32 = 5;
const LEN_MASK: u32 = (1 << LEN_BITS) - 1;
/// The longest token: a longer run is cut into several.
pub(crate) const MAX_LEN: usize = LEN_MASK as usize;
/// The payload: the bits between the length and the kind.
const PAYLOAD_BITS: u32 = KIND_SHIFT - LEN_BITS;
const PAYLOAD_MASK: u32 = ((1 << PAYLOAD_BITS) - 1) << LEN_BITS;
/// A number's payload when its value is not kept (it is at least this, or it has more
/// than 9 digits): [`Token::num`] reads it from the text.
const NUM_BIG: u32 = (1 << PAYLOAD_BITS) - 1;
/// A word's tag (6 bits: [`MAX_TAG`]) starts at this bit.
const TAG_SHIFT: u32 = LEN_BITS;
/// The largest tag a word's token holds ([`WordTags`] keeps no larger one).
pub(crate) const MAX_TAG: u8 = 63;
/// A word's [`Token::word_hash`] (16 bits, [`WordHasher::finish`]) starts at this bit.
const HASH_SHIFT: u32 = TAG_SHIFT + 6;
/// Where the classes of a word's characters after the first are kept: their [`UPPER`]
/// and [`LOWER`] bits, shifted, are [`REST_UPPER`] and [`REST_LOWER`].
const REST_SHIFT: u32 = HASH_SHIFT + 16 - 1;
/// Where the classes of a word's first character are kept: its [`UPPER`] bit, shifted,
/// is [`FIRST_UPPER`].
const FIRST_SHIFT: u32 = REST_SHIFT + 1;
/// A word's bit: its first character is uppercase.
const FIRST_UPPER: u32 = (UPPER as u32) << FIRST_SHIFT;
/// A word's bit: a character after the first is uppercase.
const REST_UPPER: u32 = (UPPER as u32) << REST_SHIFT;
/// A word's bit: a character after the first is not uppercase.
const REST_LOWER: u32 = (LOWER as u32) << REST_SHIFT;
impl Token {
    /// The token `start..end` of kind `kind` (at most [`MAX_LEN`] bytes); `value` is a
    /// number's value (more than 9 digits: any), or a word's bits ([`word_bits`]).
    fn new(start: usize, end: usize, kind: TokenKind, value: u32) -> Token {
        let payload = match kind {
            TokenKind::Word => value & PAYLOAD_MASK,
            TokenKind::Num if end - start > 9 => NUM_BIG << LEN_BITS,
            _ => value.min(NUM_BIG) << LEN_BITS,
        };
        // `tokenize` only runs on texts whose offsets fit in a `u32`
        Token {
            start: start as u32,
            bits: (kind as u32) << KIND_SHIFT | payload | (end - start).min(MAX_LEN) as u32,
        }
    }

    /// The token of kind `kind` at `start`, of `len` bytes (1 to [`MAX_LEN`]), whose
    /// payload is `value` (a number's value less than [`NUM_BIG`], shifted in place) or
    /// `bits` (a word's, in place): the tokenizer's path.
    #[inline(always)]
    fn short(start: usize, len: usize, kind: TokenKind, value: u32, bits: u32) -> Token {
        // `tokenize` only runs on texts whose offsets fit in a `u32`; `len` fits in the
        // length bits
        Token {
            start: start as u32,
            bits: (kind as u32) << KIND_SHIFT | value << LEN_BITS | bits | len as u32,
        }
    }

    /// Sets the end of a punctuation or line-end token, [`MAX_LEN`] bytes after its start
    /// at most (the rest of a run is read as spaces are).
    fn set_end(&mut self, end: usize) {
        let len = (end - self.start()).min(MAX_LEN);
        self.bits = self.bits & !LEN_MASK | len as u32;
    }

    /// The first byte.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.start() + self.len()
    }

    /// The length in bytes.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        (self.bits & LEN_MASK) as usize
    }

    /// The length in bytes (for a number, its digit count).
    #[inline]
    pub(crate) fn digits(&self) -> usize {
        self.len()
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

    /// The value of a number of `text` (the tokenized text), `u32::MAX` when it has more
    /// than 9 digits; 0 for the other kinds. A large value is not kept in the token but
    /// read from the text.
    #[inline]
    pub(crate) fn num(&self, text: &str) -> u32 {
        if self.kind() != TokenKind::Num {
            return 0;
        }
        let v = (self.bits & PAYLOAD_MASK) >> LEN_BITS;
        if v != NUM_BIG {
            return v;
        }
        self.big_num(text)
    }

    /// [`Token::num`] of a number whose value is not kept.
    #[cold]
    #[inline(never)]
    fn big_num(&self, text: &str) -> u32 {
        match text.get(self.start()..self.end()) {
            Some(d) if d.len() <= 9 => d.parse().unwrap_or(u32::MAX),
            _ => u32::MAX,
        }
    }

    /// The tag of a word ([`WordTags`]), 0 when it has none or is not a word.
    #[inline]
    pub(crate) fn tag(&self) -> u8 {
        match self.kind() {
            TokenKind::Word => (self.bits >> TAG_SHIFT & u32::from(MAX_TAG)) as u8,
            _ => 0,
        }
    }

    /// True for a word with an uppercase character.
    #[inline]
    pub(crate) fn has_upper(&self) -> bool {
        let m = self.bits & (3 << KIND_SHIFT | FIRST_UPPER | REST_UPPER);
        // the kind is `Word` and one of the two bits is set
        m > (TokenKind::Word as u32) << KIND_SHIFT && m < (TokenKind::Punct as u32) << KIND_SHIFT
    }

    /// True for a word whose first character is uppercase.
    #[inline]
    pub(crate) fn first_upper(&self) -> bool {
        self.word_bit(FIRST_UPPER)
    }

    /// True for a word with an uppercase character after its first.
    #[inline]
    pub(crate) fn rest_upper(&self) -> bool {
        self.word_bit(REST_UPPER)
    }

    /// True for a word with a character after its first that is not uppercase.
    #[inline]
    pub(crate) fn rest_lower(&self) -> bool {
        self.word_bit(REST_LOWER)
    }

    /// True for a word whose bit `bit` is set: one mask and one comparison.
    #[inline(always)]
    fn word_bit(&self, bit: u32) -> bool {
        self.bits & (3 << KIND_SHIFT | bit) == (TokenKind::Word as u32) << KIND_SHIFT | bit
    }

    /// True for a letter or number token (a word's part for the officials).
    #[inline]
    pub(crate) fn is_word_or_num(&self) -> bool {
        // `Num` and `Word` are the kinds 0 and 1
        self.bits >> (KIND_SHIFT + 1) == 0
    }

    /// The dictionary's first-word hash of a word's folded characters
    /// ([`WordHasher::finish`] over [`fold_char`] of each), 0 for the other kinds.
    #[inline]
    pub(crate) fn word_hash(&self) -> u32 {
        if self.bits >> KIND_SHIFT == TokenKind::Word as u32 {
            self.hash_bits()
        } else {
            0
        }
    }

    /// The bits that hold a word's [`Token::word_hash`], whatever the kind: a word's hash,
    /// some 16-bit value for the other kinds. For a scan that looks for a set of hashes
    /// over every token and tests the kind of the few it stops at, not of every token.
    #[inline]
    pub(crate) fn hash_bits(&self) -> u32 {
        (self.bits >> HASH_SHIFT) & 0xffff
    }

    /// The character of a punctuation token, read from `text` (the tokenized text).
    #[inline]
    pub(crate) fn char_in(&self, text: &str) -> Option<char> {
        text.get(self.start()..)?.chars().next()
    }
}

/// A token letter ([`crate::text::chars::Info::is_letter`]).
const WORD: u8 = chars::LETTER;
/// `char::is_uppercase`.
const UPPER: u8 = chars::UPPER;
/// `char::to_lowercase` is not the character itself.
const LOWER_CHANGES: u8 = chars::LOWER_CHANGES;
/// A token letter that is not uppercase.
const LOWER: u8 = chars::LOWER_LETTER;

/// The classes of a character from its entry in the crate's character table.
#[inline]
fn class(i: Info) -> u8 {
    i.classes()
}

/// The classes of code point `u`, from the crate's character table.
#[cfg(test)]
fn class_of(tab: &Table, u: u32) -> u8 {
    class(tab.info_u32(u))
}

/// The folded form of a character of a word: `c` lowercased when it is uppercase and its
/// lower case is one character of the same UTF-8 length, else `c` itself
/// ([`Info::folded`], kept in the table: no test of the case). The folded form of a
/// word, and its [`Token::word_hash`], is that of its characters.
#[inline]
fn folded(i: Info) -> u32 {
    u32::from(i.folded())
}

/// A word character's folded form ([`folded`]), `None` for a character that is not part
/// of a word (not a token letter nor an ASCII digit). The one definition of a word
/// character, shared by the tokenizer, the officials' words and the dictionary's folding.
#[inline]
pub(crate) fn fold_char(tab: &Table, c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let i = tab.info(c);
    if !i.is_letter() {
        return None;
    }
    Some(i.folded())
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
        } else if c == b'\n' || c == b'\r' {
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

/// Marks the bytes of non-ASCII characters in [`BYTE_CLASSES`].
const HIGH: u8 = 0x80;

/// The classes of the bytes inside a word: ASCII letters are [`WORD`], capitals also
/// [`UPPER`], the others [`LOWER`]; the other ASCII bytes 0; the bytes of non-ASCII
/// characters [`HIGH`]. ([`LOWER_CHANGES`] is only collected from non-ASCII characters,
/// see [`WordTags::tag`].)
const BYTE_CLASSES: [u8; 256] = {
    const _: () = assert!(HIGH & (WORD | UPPER | LOWER | LOWER_CHANGES) == 0);
    let mut t = [HIGH; 256];
    let mut c = 0;
    while c < 128 {
        let x = c as u8;
        t[c] = if x.is_ascii_lowercase() {
            WORD | LOWER
        } else if x.is_ascii_uppercase() {
            WORD | UPPER
        } else {
            0
        };
        c += 1;
    }
    t
};

/// The end of the run of word characters starting at byte `i` of `b` (a `str`), the
/// union of their classes (ASCII capitals count as [`UPPER`] only), and `h` after their
/// [`folded`] forms.
///
/// Bytes are classified by [`BYTE_CLASSES`]: an ASCII letter takes one look-up and one
/// branch (it folds to itself with bit 5 set); a non-ASCII character is looked up in the
/// character table.
#[inline(always)]
fn word_end(tab: Lookup<'_>, b: &[u8], mut i: usize, mut h: WordHasher) -> (usize, u8, WordHasher) {
    let mut acc = 0;
    while let Some(&x) = b.get(i) {
        let k = BYTE_CLASSES[usize::from(x)];
        // an ASCII letter's classes are positive as an `i8`, [`HIGH`]'s negative
        if k as i8 > 0 {
            acc |= k;
            h = h.push(u32::from(x | 0x20));
            i += 1;
        } else if k == HIGH {
            let (info, _, len) = tab.at(b, i);
            let k = class(info);
            if k & WORD == 0 {
                break;
            }
            acc |= k;
            h = h.push(folded(info));
            i += len;
        } else {
            break;
        }
    }
    (i, acc, h)
}

/// Pushes onto `out` the word of more than [`MAX_LEN`] bytes that starts at byte `start`
/// of `b` (a `str`) and ends at `end`: tokens of at most [`MAX_LEN`] bytes, cut at
/// character boundaries, each with its own classes and hash and no tag (no tagged word
/// is that long). The word is read once more, a piece at a time.
#[cold]
#[inline(never)]
fn long_word(out: &mut Vec<Token>, tab: Lookup<'_>, b: &[u8], mut start: usize, end: usize) {
    while start < end {
        let mut cut = (start + MAX_LEN).min(end);
        // (a character's continuation bytes are 0x80..=0xBF; a character is at most 4
        // bytes, a piece at least 28)
        while b.get(cut).is_some_and(|&x| x & 0xC0 == 0x80) {
            cut -= 1;
        }
        let piece = b.get(..cut).unwrap_or_default();
        let (first, k0, f) = match piece.get(start) {
            Some(&c) if c < 0x80 => (start + 1, BYTE_CLASSES[usize::from(c)], u32::from(c | 0x20)),
            _ => {
                let (info, _, len) = tab.at(piece, start);
                (start + len, class(info), folded(info))
            }
        };
        let (stop, rest, h) = word_end(tab, piece, first, WordHasher::NEW.push(f));
        out.push(Token::new(
            start,
            stop,
            TokenKind::Word,
            word_bits(0, k0, rest, h),
        ));
        // (a piece is never empty: it has its first character)
        start = stop.max(start + 1);
    }
}

/// The packed bits of a word: `tag` (at most [`MAX_TAG`]), the classes `first` of its first character and
/// `rest` of the others (their case bits, shifted into place), and its hash `h`.
#[inline(always)]
fn word_bits(tag: u8, first: u8, rest: u8, h: WordHasher) -> u32 {
    const _: () = assert!(
        FIRST_UPPER & (REST_UPPER | REST_LOWER) == 0
            && REST_UPPER >> (HASH_SHIFT + 16) != 0
            && REST_LOWER < 1 << KIND_SHIFT
            && MAX_TAG as u32 >> 6 == 0
    );
    u32::from(tag) << TAG_SHIFT
        | u32::from(first & UPPER) << FIRST_SHIFT
        | u32::from(rest & (UPPER | LOWER)) << REST_SHIFT
        | h.finish() << HASH_SHIFT
}

/// How many punctuation characters at each end of a run stay tokens of their own.
pub(crate) const PUNCT_KEEP: usize = 8;

/// Pushes a punctuation token at `start..end` onto `out`, whose current punctuation run
/// starts at index `run` (see [`tokenize`]); a punctuation token after another kind
/// starts a run there.
#[inline]
fn push_punct(out: &mut Vec<Token>, run: &mut usize, start: usize, end: usize) {
    if out.last().is_none_or(|t| t.kind() != TokenKind::Punct) {
        *run = out.len();
    }
    let middle = *run + PUNCT_KEEP;
    if out.len() > middle + PUNCT_KEEP {
        // the run is head, middle, tail: the tail's first joins the middle (which spans
        // its first `MAX_LEN` bytes at most)
        let first_of_tail = out.remove(middle + 1);
        if let Some(m) = out.get_mut(middle) {
            m.set_end(first_of_tail.end());
        }
    }
    // (one character)
    out.push(Token::short(start, end - start, TokenKind::Punct, 0, 0));
}

/// Extends the last token of `out` to `end` when it is a line end: a line end after
/// another, with only spaces between, joins its token (see [`tokenize`]), which spans
/// its first [`MAX_LEN`] bytes at most. False when the last token is not a line end.
#[inline]
fn extend_line_end(out: &mut [Token], end: usize) -> bool {
    match out.last_mut() {
        Some(t) if t.kind() == TokenKind::Newline => {
            t.set_end(end);
            true
        }
        _ => false,
    }
}

/// Pushes the number starting at byte `i` of `b` (an ASCII digit) onto `out` (a longer
/// run than [`MAX_LEN`] digits as several); returns its end.
#[inline(always)]
fn push_number(out: &mut Vec<Token>, b: &[u8], mut i: usize) -> usize {
    let start = i;
    let mut num = 0u32;
    while i < b.len() && b[i].is_ascii_digit() {
        if i - start < 9 {
            num = num * 10 + u32::from(b[i] - b'0');
        }
        i += 1;
    }
    if i - start < 9 {
        // (a value of at most 8 digits is less than `NUM_BIG`)
        out.push(Token::short(start, i - start, TokenKind::Num, num, 0));
        return i;
    }
    if i - start <= MAX_LEN {
        out.push(Token::new(start, i, TokenKind::Num, num));
        return i;
    }
    // a longer run of digits is cut into several numbers (see the module's limits), of
    // more than 9 digits but the last
    for s in (start..i).step_by(MAX_LEN) {
        out.push(Token::new(s, (s + MAX_LEN).min(i), TokenKind::Num, NUM_BIG));
    }
    i
}

/// Pushes a line end at `start..end` onto `out`, or joins it to the line end before it
/// ([`extend_line_end`]).
#[inline]
fn push_line_end(out: &mut Vec<Token>, start: usize, end: usize) {
    if !extend_line_end(out, end) {
        // (one character)
        out.push(Token::short(start, end - start, TokenKind::Newline, 0, 0));
    }
}

/// The token, if any, of the non-ASCII character `u` that is not a letter, at
/// `start..start + len`: a line separator ends a line, other spaces make no token, the
/// rest is punctuation. `run` is where the current punctuation run starts in `out`.
#[inline(never)]
fn other_char(out: &mut Vec<Token>, run: &mut usize, start: usize, u: u32, len: usize) {
    match char::from_u32(u) {
        Some('\u{2028}' | '\u{2029}') => {
            push_line_end(out, start, start + len);
        }
        Some(ch) if ch.is_whitespace() => {}
        _ => push_punct(out, run, start, start + len),
    }
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
/// become one token, whose character is the first of them, spanning them up to
/// [`MAX_LEN`] bytes (the rest of them, up to the tail, is read as spaces are: a reader
/// that classifies the marks between two words reads them from the text, as the
/// officials' words do). No grammar rule reads that far into punctuation, and it bounds
/// the memory of text that is mostly punctuation (a token a character would be 8 bytes a
/// byte).
///
/// Line ends with nothing but spaces between them (blank lines, or the lines the
/// structure blanked out) make one line-end token, spanning them up to [`MAX_LEN`] bytes
/// (the rest is read as spaces are): every reader stops at a line end whatever its
/// length, and a text of short lines costs no token a line.
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
    // news has a number or a tagged word every ~60 bytes
    openers.reserve(text.len() / 48);
    let tab = crate::text::chars::table().lookup();
    let b = text.as_bytes();
    let mut i = 0;
    // where the current punctuation run starts in `out` (see `push_punct`); token indices
    // (the openers) fit in a `u32` too: there are at most `text.len()` tokens
    let mut run = 0;
    while let Some(&c) = b.get(i) {
        // a word's start, the end of its first character, its classes and folded form
        let (start, first, k0, f) = match BYTES[usize::from(c)] {
            B::Lower | B::Upper => (i, i + 1, BYTE_CLASSES[usize::from(c)], u32::from(c | 0x20)),
            B::Space => {
                i += 1;
                continue;
            }
            B::Digit => {
                openers.push(out.len() as u32);
                i = push_number(out, b, i);
                continue;
            }
            B::High => {
                let (info, u, len) = tab.at(b, i);
                let k = class(info);
                if k & WORD != 0 {
                    (i, i + len, k, folded(info))
                } else {
                    other_char(out, &mut run, i, u, len);
                    i += len;
                    continue;
                }
            }
            B::Newline => {
                push_line_end(out, i, i + 1);
                i += 1;
                continue;
            }
            B::Other => {
                push_punct(out, &mut run, i, i + 1);
                i += 1;
                continue;
            }
        };
        let (end, rest, h) = word_end(tab, b, first, WordHasher::NEW.push(f));
        if end - start > MAX_LEN {
            long_word(out, tab, b, start, end);
        } else {
            let tag = tags.tag(b, start, end, h.finish(), k0 | rest);
            if tag != 0 {
                openers.push(out.len() as u32);
            }
            let bits = word_bits(tag, k0, rest, h);
            out.push(Token::short(start, end - start, TokenKind::Word, 0, bits));
        }
        // most words are followed by one space: skip it here rather than through the
        // dispatch (spaces make no token)
        i = end + usize::from(b.get(end) == Some(&b' '));
    }
    true
}

/// True when `word` equals `lower` (a lowercase phrase word) ignoring case: of the same
/// length, each character of `word` equal to `lower`'s or lowercasing to it.
///
/// Read byte by byte while they agree (an ASCII capital of `word` lowercased): agreeing
/// bytes are agreeing characters. At the first byte that does not, an ASCII character of
/// `word` differs from `lower`'s; any other difference ("Đ" for "đ") is read character
/// by character ([`ieq_chars`]).
pub(crate) fn ieq(word: &str, lower: &str) -> bool {
    let (a, b) = (word.as_bytes(), lower.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    for (&x, &y) in a.iter().zip(b) {
        if x != y && x.to_ascii_lowercase() != y {
            return !x.is_ascii() && ieq_chars(word, lower);
        }
    }
    true
}

/// [`ieq`] character by character.
#[inline(never)]
fn ieq_chars(word: &str, lower: &str) -> bool {
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
