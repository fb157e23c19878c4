//! Normalization of scraped Vietnamese text, with an offset map back to the original.
//!
//! One pass, in this order:
//! 1. legacy encodings (TCVN3, VNI, VIQR, UTF-8 mojibake) are detected per stretch of text
//!    and converted to Unicode ([`Encoding`]);
//! 2. characters are cleaned: `\r\n` and `\r` become `\n`, `Ð`/`ð` used for `Đ`/`đ` are
//!    fixed, zero-width characters and soft hyphens go, Unicode spaces become a space;
//! 3. every word is composed (NFC) and its tone mark placed for the chosen [`ToneStyle`];
//! 4. optionally, accents are stripped ([`strip_accents`]).
//!
//! Punctuation is never moved and no space is ever inserted. Text that needs none of this
//! is not copied: [`Normalized::text`] borrows the input.

mod class;
mod fold;
mod legacy;
mod tone;

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use class::{Classes, DELETE, FIX, HINT, LETTER, MARK, OTHER, REPLACE, TONED, VOWEL, clean_char};

use crate::span::{MapBuilder, OffsetMap};

pub use fold::strip_accents;
pub use legacy::{Encoding, Repair};

/// Where a syllable carries its tone mark when the vowels `oa`, `oe`, `uy` end it.
///
/// # Examples
///
/// ```
/// use vinews::{NormalizeConfig, Normalizer, ToneStyle};
/// let new = Normalizer::new(NormalizeConfig::new().tone(ToneStyle::New));
/// assert_eq!(new.normalize("Thủy lợi Hòa Bình").text, "Thuỷ lợi Hoà Bình");
/// let old = Normalizer::default();
/// assert_eq!(old.normalize("Thuỷ lợi Hoà Bình").text, "Thủy lợi Hòa Bình");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToneStyle {
    /// The traditional placement: hòa, thủy, khỏe, Thúy. Most Vietnamese news and the
    /// official gazetteer write this way; it is the default.
    #[default]
    Old,
    /// The 1980s placement: hoà, thuỷ, khoẻ, Thuý.
    New,
    /// Leave every tone mark where it is (text is still composed and cleaned).
    Keep,
}

/// Options of a [`Normalizer`], set with chained by-value setters.
///
/// # Examples
///
/// ```
/// use vinews::{NormalizeConfig, ToneStyle};
/// let config = NormalizeConfig::new().tone(ToneStyle::New).fix_encoding(false);
/// assert_eq!(config.tone_style(), ToneStyle::New);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NormalizeConfig {
    tone: ToneStyle,
    fix_encoding: bool,
    strip_accents: bool,
}

impl Default for NormalizeConfig {
    fn default() -> Self {
        NormalizeConfig {
            tone: ToneStyle::Old,
            fix_encoding: true,
            strip_accents: false,
        }
    }
}

impl NormalizeConfig {
    /// The defaults: old tone style, legacy encodings fixed, accents kept.
    #[must_use]
    pub fn new() -> NormalizeConfig {
        NormalizeConfig::default()
    }

    /// Where tone marks go (default [`ToneStyle::Old`]).
    #[must_use]
    pub fn tone(mut self, style: ToneStyle) -> NormalizeConfig {
        self.tone = style;
        self
    }

    /// Whether to detect and convert legacy encodings and mojibake (default `true`).
    #[must_use]
    pub fn fix_encoding(mut self, yes: bool) -> NormalizeConfig {
        self.fix_encoding = yes;
        self
    }

    /// Whether to strip accents after normalizing, for search keys (default `false`).
    #[must_use]
    pub fn strip_accents(mut self, yes: bool) -> NormalizeConfig {
        self.strip_accents = yes;
        self
    }

    /// The configured tone style.
    #[must_use]
    pub fn tone_style(&self) -> ToneStyle {
        self.tone
    }

    /// Whether legacy encodings are fixed.
    #[must_use]
    pub fn fixes_encoding(&self) -> bool {
        self.fix_encoding
    }

    /// Whether accents are stripped.
    #[must_use]
    pub fn strips_accents(&self) -> bool {
        self.strip_accents
    }
}

/// Normalized text and the way back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized<'a> {
    /// The normalized text; borrows the input when nothing changed.
    pub text: Cow<'a, str>,
    /// Maps byte offsets of [`text`](Normalized::text) back to the original input.
    pub map: OffsetMap,
    /// The stretches of the original that were converted from a legacy encoding.
    pub repairs: Vec<Repair>,
}

impl Normalized<'_> {
    /// True when the output is byte-identical to the input.
    #[must_use]
    pub fn is_unchanged(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    /// The output as an owned `String`.
    #[must_use]
    pub fn into_string(self) -> String {
        self.text.into_owned()
    }
}

/// A configured normalizer. Cheap to build, `Send + Sync`, reusable.
///
/// # Examples
///
/// ```
/// use vinews::Normalizer;
/// let n = Normalizer::default().normalize("Ð/c Nguyễn Duy Hoà,\u{a0}Phó Bí thư");
/// assert_eq!(n.text, "Đ/c Nguyễn Duy Hòa, Phó Bí thư");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Normalizer {
    config: NormalizeConfig,
}

impl Normalizer {
    /// A normalizer with `config`.
    #[must_use]
    pub fn new(config: NormalizeConfig) -> Normalizer {
        Normalizer { config }
    }

    /// The configuration in use.
    #[must_use]
    pub fn config(&self) -> &NormalizeConfig {
        &self.config
    }

    /// Normalizes `text`.
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`. Clean NFC text in the configured tone style is checked by a
    /// fast scan (ASCII eight bytes at a time, each distinct word with a tone cluster
    /// parsed once) and not copied; a line with something to change is cleaned up fully,
    /// so no byte is looked at more than a few times.
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Normalized<'a> {
        // Clean-up first: it also notes whether any character hints at a legacy encoding.
        // Only then is legacy detection run (on the original), and the clean-up redone on
        // its output; on clean Unicode text that costs nothing.
        let first = clean(text, self.config.tone);
        let repaired = if self.config.fix_encoding && !first.hinted_lines.is_empty() {
            legacy::repair_lines(text, &first.hinted_lines)
        } else {
            None
        };
        let (mut out, mut map, repairs) = match repaired {
            None => match first.changed {
                None => (
                    Cow::Borrowed(text),
                    OffsetMap::identity(text.len()),
                    Vec::new(),
                ),
                Some((s, m)) => (Cow::Owned(s), m, Vec::new()),
            },
            Some(r) => match clean(&r.text, self.config.tone).changed {
                None => (Cow::Owned(r.text), r.map, r.repairs),
                Some((s, m)) => (Cow::Owned(s), r.map.then(&m), r.repairs),
            },
        };
        if self.config.strip_accents
            && let Some((s, m)) = fold::fold_mapped(&out)
        {
            map = map.then(&m);
            out = Cow::Owned(s);
        }
        Normalized {
            text: out,
            map,
            repairs,
        }
    }
}

/// Normalizes `text` with the default configuration (old tone style, legacy encodings
/// fixed, accents kept).
///
/// # Examples
///
/// ```
/// let n = vinews::normalize("Ủy ban nhân dân xã Đức Ninh\u{200b} quyết định: qủa là đúng");
/// assert_eq!(n.text, "Ủy ban nhân dân xã Đức Ninh quyết định: quả là đúng");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Normalized<'_> {
    Normalizer::default().normalize(text)
}

/// Writes the output lazily: nothing is allocated until the first change.
struct Writer<'a> {
    src: &'a str,
    out: Option<String>,
    copied: usize,
    map: MapBuilder,
}

impl<'a> Writer<'a> {
    fn new(src: &'a str) -> Self {
        Writer {
            src,
            out: None,
            copied: 0,
            map: MapBuilder::new(),
        }
    }

    /// The original bytes `start..end` become `with`. Only the part that really differs is
    /// recorded as an edit, so offsets stay exact around it.
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        let old = &self.src[start..end];
        let mut head = old
            .bytes()
            .zip(with.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        while !old.is_char_boundary(head) {
            head -= 1;
        }
        let (old_rest, with_rest) = (&old[head..], &with[head..]);
        let mut tail = old_rest
            .bytes()
            .rev()
            .zip(with_rest.bytes().rev())
            .take_while(|(a, b)| a == b)
            .count();
        while !old_rest.is_char_boundary(old_rest.len() - tail) {
            tail -= 1;
        }
        let (start, end) = (start + head, end - tail);
        let with = &with_rest[..with_rest.len() - tail];
        if start == end && with.is_empty() {
            return;
        }
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.src.len() + 16));
        out.push_str(&self.src[self.copied..start]);
        self.map.keep(start - self.copied);
        out.push_str(with);
        self.map.replace(end - start, with.len());
        self.copied = end;
    }

    fn finish(mut self) -> Option<(String, OffsetMap)> {
        let mut out = self.out.take()?;
        out.push_str(&self.src[self.copied..]);
        self.map.keep(self.src.len() - self.copied);
        Some((out, self.map.finish()))
    }
}

/// True when the text at `i` is a combining mark, after any zero-width characters.
fn followed_by_mark(src: &str, i: usize, t: Classes) -> bool {
    match src.as_bytes().get(i) {
        Some(&b) if b >= 0x80 => src[i..]
            .chars()
            .map(|c| t.of(c))
            .find(|&f| f & DELETE == 0)
            .is_some_and(|f| f & MARK != 0),
        _ => false,
    }
}

/// Decodes the character that starts at `i` of valid UTF-8 (`bytes` comes from a `&str`).
#[inline(always)]
fn decode(bytes: &[u8], i: usize) -> (char, usize) {
    let (cp, len) = crate::text::chars::decode(bytes, i);
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

/// ASCII bytes the clean-up must look at: letters start words; `\r` ends lines; `<`, `=`
/// and `>` compose with U+0338 (≮ ≠ ≯), the only ASCII non-letters that compose at all.
const ASCII_LETTER: u8 = 1;
const ASCII_CR: u8 = 2;
const ASCII_COMPOSES: u8 = 3;
/// VIQR marks: "^", "`", "~" anywhere, "(" and "+" after a vowel ("a(", "o+", "u+").
const ASCII_VIQR: u8 = 4;
const ASCII_VIQR_AFTER_VOWEL: u8 = 5;
const ASCII_LF: u8 = 6;
static ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphabetic() {
            t[b] = ASCII_LETTER;
        }
        b += 1;
    }
    t[b'\r' as usize] = ASCII_CR;
    t[b'\n' as usize] = ASCII_LF;
    t[b'<' as usize] = ASCII_COMPOSES;
    t[b'=' as usize] = ASCII_COMPOSES;
    t[b'>' as usize] = ASCII_COMPOSES;
    t[b'^' as usize] = ASCII_VIQR;
    t[b'`' as usize] = ASCII_VIQR;
    t[b'~' as usize] = ASCII_VIQR;
    t[b'(' as usize] = ASCII_VIQR_AFTER_VOWEL;
    t[b'+' as usize] = ASCII_VIQR_AFTER_VOWEL;
    t
};

/// Bytes the clean-up passes over without a look: ASCII that is neither a line break nor one
/// of the few characters in [`ASCII`] with a job.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = ASCII[b] <= ASCII_LETTER;
        b += 1;
    }
    t
};

/// True when the character at `i` (with class `f`) hints at a legacy encoding: the same
/// test as the legacy detector's own pre-scan, so that text without any hint needs no
/// detection at all.
#[inline]
fn legacy_hint(bytes: &[u8], i: usize, f: u8) -> bool {
    f & HINT != 0
        // "Ã" is a Vietnamese letter, and "à" read as Windows-1252 ("Ã" + NBSP or space)
        && (bytes[i] != 0xC3
            || bytes[i + 1] != 0x83
            || matches!(
                bytes.get(i + 2),
                Some(0x20 | 0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2)
            ))
}

/// The output of [`clean`]: the changed text (if any) and the starts of the lines where a
/// character hinted at a legacy encoding.
struct Cleaned {
    changed: Option<(String, OffsetMap)>,
    hinted_lines: Vec<usize>,
}

/// Where the word around a character starts: back over letters, combining marks and
/// zero-width characters, but not before `floor`.
fn word_start(src: &str, mut i: usize, floor: usize, t: Classes) -> usize {
    let bytes = src.as_bytes();
    while i > floor {
        let mut j = i - 1;
        while j > floor && bytes[j] & 0xC0 == 0x80 {
            j -= 1;
        }
        let b = bytes[j];
        let word = if b < 0x80 {
            ASCII[usize::from(b)] == ASCII_LETTER
        } else {
            t.of(decode(bytes, j).0) & (LETTER | MARK | DELETE) != 0
        };
        if !word {
            break;
        }
        i = j;
    }
    // a word starts with a letter or a mark, never with a zero-width character
    while i < bytes.len() && bytes[i] >= 0x80 && {
        let (c, len) = decode(bytes, i);
        t.of(c) & DELETE != 0 && {
            i += len;
            true
        }
    } {}
    i
}

/// What a word scan found.
struct WordScan {
    end: usize,
    /// Class bits of the word's non-ASCII characters, ORed.
    acc: u8,
    /// A zero-width character inside the word.
    deleted: bool,
    vowels: u32,
    toned: u32,
}

/// Scans the word that starts at `start` (its first character may be a non-letter that
/// carries combining marks) and notes legacy hints on the way.
fn scan_word(src: &str, start: usize, t: Classes, mut hint: impl FnMut(usize)) -> WordScan {
    let bytes = src.as_bytes();
    let n = bytes.len();
    let mut ws = WordScan {
        end: start,
        acc: 0,
        deleted: false,
        vowels: 0,
        toned: 0,
    };
    let mut i = start;
    let mut first = true;
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            if ASCII[usize::from(b)] != ASCII_LETTER && !first {
                break;
            }
            ws.vowels += u32::from(t.ascii(b) & VOWEL != 0);
            i += 1;
            first = false;
            continue;
        }
        let (ch, len) = decode(bytes, i);
        let g = t.of(ch);
        if g & (LETTER | MARK) == 0 && !first {
            if g & DELETE == 0 {
                break;
            }
            // a zero-width character inside a word goes, and what it separated (a letter
            // and its combining mark) must compose; one at the end of a word is left to the
            // clean-up of its own
            let next = src[i + len..]
                .chars()
                .map(|c| t.of(c))
                .find(|&g| g & DELETE == 0);
            if next.is_none_or(|g| g & (LETTER | MARK) == 0) {
                break;
            }
            ws.deleted = true;
        }
        if g & HINT != 0 && legacy_hint(bytes, i, g) {
            hint(i);
        }
        ws.acc |= g;
        ws.vowels += u32::from(g & VOWEL != 0);
        ws.toned += u32::from(g & TONED != 0);
        i += len;
        first = false;
    }
    ws.end = i;
    ws
}

/// Clean-up, composition and tone placement.
///
/// Most news is already clean: [`fast_scan`] checks it with the least work per byte and
/// stops at the first place where anything may have to change; [`clean_lines`] then does
/// the work on that line (and only that line), and the check goes on after it.
fn clean(src: &str, style: ToneStyle) -> Cleaned {
    let t = Classes::get();
    let bytes = src.as_bytes();
    let n = bytes.len();
    let mut hinted_lines: Vec<usize> = Vec::new();
    let mut w = Writer::new(src);
    let mut memo = Memo::default();
    let stops = stops(bytes);
    let mut next_stop = 0;
    let mut p = 0;
    while p < n {
        while stops.get(next_stop).is_some_and(|&s| s < p) {
            next_stop += 1;
        }
        let limit = stops.get(next_stop).copied().unwrap_or(n);
        let q = fast_scan(src, p, limit, style, t, &mut memo);
        if q >= n {
            break;
        }
        let from = bytes[p..q]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(p, |k| p + k + 1);
        let to = bytes[q..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(n, |k| q + k + 1);
        clean_lines(src, from, to, style, t, &mut w, &mut hinted_lines);
        p = to;
    }
    Cleaned {
        changed: w.finish(),
        hinted_lines,
    }
}

/// The ASCII bytes the clean-up must look at, in order: `\r` (line ends to fix) and the
/// VIQR marks (legacy hints): `^`, `` ` ``, `~` anywhere, `(` and `+` after a vowel ("a(",
/// "o+", "u+"). They are rare in news, so a vectorized search for them beforehand leaves
/// [`fast_scan`] only the non-ASCII bytes to find.
fn stops(bytes: &[u8]) -> Vec<usize> {
    let a = memchr::memchr3_iter(b'\r', b'^', b'`', bytes);
    let b = memchr::memchr3_iter(b'~', b'(', b'+', bytes).filter(|&i| {
        bytes[i] == b'~' || i > 0 && matches!(bytes[i - 1] | 0x20, b'a' | b'o' | b'u')
    });
    let (a, b): (Vec<usize>, Vec<usize>) = (a.collect(), b.collect());
    if b.is_empty() {
        return a;
    }
    // merge the two sorted lists
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut x, mut y) = (a.iter().peekable(), b.iter().peekable());
    while let (Some(&&p), Some(&&q)) = (x.peek(), y.peek()) {
        if p < q {
            out.push(p);
            x.next();
        } else {
            out.push(q);
            y.next();
        }
    }
    out.extend(x);
    out.extend(y);
    out
}

/// [`LETTER`] and [`VOWEL`] of ASCII letters; 0 for every other byte (all of 0x80..).
static ASCII_LETTERS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphabetic() {
            t[b] = LETTER;
            if matches!(
                (b as u8).to_ascii_lowercase(),
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
            ) {
                t[b] |= VOWEL;
            }
        }
        b += 1;
    }
    t
};

/// The first byte in `from..limit` (`from` starts a line; `limit` is a [`stops`] position
/// or the end) where [`clean_lines`] may find something to change or a legacy hint to
/// note; `limit` when there is none.
///
/// It may stop early (a word that is not a syllable) but never passes over anything the
/// full clean-up would change: a character to clean up or compose, a combining mark, a
/// legacy hint, a misplaced tone mark. ASCII goes eight bytes at a time, and the common
/// path has no branch that depends on the text but the ends of ASCII runs.
#[inline(never)]
fn fast_scan(
    src: &str,
    from: usize,
    limit: usize,
    style: ToneStyle,
    t: Classes,
    memo: &mut Memo,
) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    let bytes = src.as_bytes();
    let n = bytes.len();
    let mut i = from;
    // just after the last non-ASCII vowel, and the last one with a tone mark
    let (mut vowel_end, mut toned_end) = (usize::MAX, usize::MAX);
    while i < limit {
        let (f, len) = if i + 16 <= n {
            let chunk = u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or([0; 8]));
            let run = ((chunk & HI).trailing_zeros() / 8) as usize;
            i += run.min(limit - i);
            if run == 8 || i >= limit {
                continue;
            }
            t.at_common(bytes[i], bytes[i + 1], bytes[i + 2])
        } else {
            i += bytes[i..limit].iter().take_while(|b| b.is_ascii()).count();
            if i >= limit {
                break;
            }
            (OTHER, 0)
        };
        let (f, len) = if f & (MARK | FIX | DELETE | REPLACE | HINT) == 0 {
            (f, len)
        } else {
            // the exact class (`at_common` may have said OTHER), and any trouble
            let (f, len) = t.at(bytes, i);
            if f & (MARK | FIX | DELETE | REPLACE) != 0 || legacy_hint(bytes, i, f) {
                return i;
            }
            (f, len)
        };
        // non-short-circuit operators and selects: no branch but `look`, which is rare
        let vowel = f & VOWEL != 0;
        let toned = f & TONED != 0;
        let look = vowel & ((i == toned_end) | (toned & cluster_at(bytes, i, len, vowel_end)));
        vowel_end = if vowel { i + len } else { vowel_end };
        toned_end = if toned { i + len } else { toned_end };
        if look {
            match right_word(src, i, from, style, t, memo) {
                Ok(end) => {
                    i = end;
                    continue;
                }
                Err(start) => return start,
            }
        }
        i += len;
    }
    limit.min(i)
}

/// The word around the vowel at `i` in [`fast_scan`]: its start and its end when the
/// clean-up leaves it as it is, `Err(start)` when it may not.
///
/// Everything before `i` was passed by the scan already (so it holds letters and nothing
/// to clean up); the word is read back to its start and on to its end, one class look-up a
/// character, and its tone checked once per distinct word ([`Memo`]).
#[inline]
fn right_word(
    src: &str,
    i: usize,
    from: usize,
    style: ToneStyle,
    t: Classes,
    memo: &mut Memo,
) -> Result<usize, usize> {
    let bytes = src.as_bytes();
    // back over letters: ASCII by a byte, others from their lead byte
    let mut start = i;
    while start > from {
        let b = bytes[start - 1];
        if b < 0x80 {
            if ASCII_LETTERS[usize::from(b)] & LETTER == 0 {
                break;
            }
            start -= 1;
            continue;
        }
        let mut lead = start - 1;
        while lead > from && bytes[lead] & 0xC0 == 0x80 {
            lead -= 1;
        }
        if t.at(bytes, lead).0 & LETTER == 0 {
            break;
        }
        start = lead;
    }
    // on to the end, counting vowels and tone marks; anything to clean up sends the word
    // to the full clean-up
    let (mut end, mut vowels, mut toned) = (start, 0u32, 0u32);
    while let Some(&b) = bytes.get(end) {
        let (f, len) = if b < 0x80 {
            (ASCII_LETTERS[usize::from(b)], 1)
        } else {
            t.at(bytes, end)
        };
        if f & (MARK | FIX | DELETE | HINT) != 0
            && (f & (MARK | FIX | DELETE) != 0 || legacy_hint(bytes, end, f))
        {
            return Err(start);
        }
        if f & LETTER == 0 {
            break;
        }
        vowels += u32::from(f & VOWEL != 0);
        toned += u32::from(f & TONED != 0);
        end += len;
    }
    if toned == 1 && vowels >= 2 && !memo.right(src, start, end, style) {
        return Err(start);
    }
    Ok(end)
}

/// Words found right by the tone check, remembered so that the check runs once per
/// distinct word of a text (news repeats its words: của, tại, báo, giá): a direct-mapped
/// table of words of up to 15 bytes, packed with their length into a `u128`.
#[derive(Default)]
struct Memo(Option<Box<[u128; 512]>>);

impl Memo {
    /// True when [`tone::retone`] leaves the word `start..end` of `src` as it is.
    fn right(&mut self, src: &str, start: usize, end: usize, style: ToneStyle) -> bool {
        let len = end - start;
        let Some(chunk) = src.as_bytes().get(start..start + 16).filter(|_| len < 16) else {
            return tone::retone(&src[start..end], style).is_none();
        };
        let mut key = [0u8; 16];
        key.copy_from_slice(chunk);
        let key = u128::from_le_bytes(key) & ((1u128 << (8 * len)) - 1) | (len as u128) << 120;
        let folded = (key as u64) ^ (key >> 64) as u64;
        let slot = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize;
        let table = self.0.get_or_insert_with(|| Box::new([0; 512]));
        if table[slot] == key {
            return true;
        }
        let right = tone::retone(&src[start..end], style).is_none();
        if right {
            table[slot] = key;
        }
        right
    }
}

/// The full clean-up of the lines `from..to` (`from` starts a line, `to` ends one or the
/// text): one pass over the bytes that looks closely only where it must: ASCII is a table
/// look-up a byte; a non-ASCII character is classified; only a word with a tone mark on a
/// plain vowel in a cluster, a combining mark, a zero-width character or a letter to fix
/// is scanned as a whole and goes on to composition or tone placement.
#[inline(never)]
fn clean_lines(
    src: &str,
    from: usize,
    to: usize,
    style: ToneStyle,
    t: Classes,
    w: &mut Writer<'_>,
    hinted_lines: &mut Vec<usize>,
) {
    let bytes = src.as_bytes();
    let n = to;
    let mut line_start = from;
    let mut i = from;
    let mut done = from; // every word before `done` is finished
    let (mut vowel_end, mut toned_end) = (usize::MAX, usize::MAX);
    let mut scratch = String::new();
    while i < n {
        // the common case first: ASCII that needs nothing
        i += bytes[i..n]
            .iter()
            .take_while(|&&b| PLAIN[usize::from(b)])
            .count();
        if i == n {
            break;
        }
        let b = bytes[i];
        let word_at;
        if b < 0x80 {
            match ASCII[usize::from(b)] {
                ASCII_LF => {
                    i += 1;
                    line_start = i;
                    continue;
                }
                ASCII_CR => {
                    let end = if bytes.get(i + 1) == Some(&b'\n') {
                        i + 2
                    } else {
                        i + 1
                    };
                    w.replace(i, end, "\n");
                    i = end;
                    line_start = i;
                    continue;
                }
                ASCII_COMPOSES if followed_by_mark(src, i + 1, t) => word_at = i,
                ASCII_VIQR => {
                    note(hinted_lines, line_start);
                    i += 1;
                    continue;
                }
                ASCII_VIQR_AFTER_VOWEL => {
                    if i > 0 && matches!(bytes[i - 1] | 0x20, b'a' | b'o' | b'u') {
                        note(hinted_lines, line_start);
                    }
                    i += 1;
                    continue;
                }
                _ => {
                    i += 1;
                    continue;
                }
            }
        } else {
            let (f, len) = t.at(bytes, i);
            if f & HINT != 0 && legacy_hint(bytes, i, f) {
                note(hinted_lines, line_start);
            }
            if f & (LETTER | MARK) != 0 {
                // A tone mark can only be misplaced in a vowel cluster: look at the word
                // when the marked vowel has a vowel beside it (của, hoà, quả, gía), not in
                // là, có, gì. The vowel before is ASCII (a byte) or the last character
                // this loop classified; a non-ASCII vowel after is caught when its turn
                // comes.
                let look = f & (MARK | FIX) != 0
                    || f & VOWEL != 0
                        && (i == toned_end
                            || f & TONED != 0 && cluster_at(bytes, i, len, vowel_end));
                if f & VOWEL != 0 {
                    vowel_end = i + len;
                    if f & TONED != 0 {
                        toned_end = i + len;
                    }
                }
                if !look {
                    i += len; // a letter that is right as it stands
                    continue;
                }
                word_at = word_start(src, i, done, t);
            } else if f & DELETE != 0
                && i > done
                && after_word_char(src, i, t)
                && followed_by_word_char(src, i + len, t)
            {
                // inside a word: what it separates may have to compose
                word_at = word_start(src, i, done, t);
            } else if f & DELETE == 0 && followed_by_mark(src, i + len, t) {
                word_at = i; // a non-letter that carries combining marks
            } else {
                if f & (DELETE | REPLACE) != 0 {
                    let c = decode(bytes, i).0;
                    let with = match clean_char(c) {
                        Some(with) => with.to_string(),
                        // singletons such as U+037E GREEK QUESTION MARK → ';'
                        None => std::iter::once(c).nfc().collect(),
                    };
                    w.replace(i, i + len, &with);
                    if with == "\n" {
                        line_start = i + len; // NEL, U+2028, U+2029
                    }
                }
                i += len;
                continue;
            }
        }
        let ws = scan_word(src, word_at, t, |_| note(hinted_lines, line_start));
        let (start, end) = (word_at, ws.end);
        i = end;
        done = end;
        let first_odd = bytes[start] < 0x80 && ASCII[usize::from(bytes[start])] != ASCII_LETTER
            || bytes[start] >= 0x80 && t.of(decode(bytes, start).0) & (LETTER | MARK) == 0;
        let odd = first_odd || ws.deleted || ws.acc & (MARK | FIX) != 0;
        let word = &src[start..end];
        if odd {
            scratch.clear();
            scratch.extend(word.chars().filter(|&ch| t.of(ch) & DELETE == 0).nfc().map(
                |ch| match ch {
                    '\u{00D0}' | '\u{0189}' => 'Đ',
                    '\u{00F0}' => 'đ',
                    _ => ch,
                },
            ));
            match tone::retone(&scratch, style) {
                Some(retoned) => w.replace(start, end, &retoned),
                None if scratch != word => {
                    let composed = std::mem::take(&mut scratch);
                    w.replace(start, end, &composed);
                    scratch = composed;
                }
                None => {}
            }
        } else if ws.toned == 1
            && ws.vowels >= 2
            && let Some(retoned) = tone::retone(word, style)
        {
            w.replace(start, end, &retoned);
        }
    }
}

/// Notes the line that starts at `line_start` once, at its first legacy hint.
fn note(lines: &mut Vec<usize>, line_start: usize) {
    if lines.last() != Some(&line_start) {
        lines.push(line_start);
    }
}

/// True when the marked vowel `i..i + len` may be in a vowel cluster whose mark is
/// misplaced: a vowel follows it (ASCII here; a non-ASCII one is caught at its own turn),
/// or it ends the word with a vowel before it (ASCII, or the non-ASCII vowel that ended at
/// `vowel_end`). A consonant after it closes the cluster with the mark on its last vowel,
/// where it belongs (hoàn, toán), whatever comes before. Non-short-circuit operators: no
/// branch.
#[inline(always)]
fn cluster_at(bytes: &[u8], i: usize, len: usize, vowel_end: usize) -> bool {
    let next = ASCII_LETTERS[usize::from(bytes.get(i + len).copied().unwrap_or(0))];
    let prev = ASCII_LETTERS[usize::from(bytes[i.saturating_sub(1)])];
    (next & VOWEL != 0) | ((next & LETTER == 0) & ((i == vowel_end) | (prev & VOWEL != 0)))
}

/// True when the character before `i` is a letter or a mark.
fn after_word_char(src: &str, i: usize, t: Classes) -> bool {
    src[..i]
        .chars()
        .next_back()
        .is_some_and(|c| t.of(c) & (LETTER | MARK) != 0)
}

/// True when the text at `i`, after any zero-width characters, is a letter or a mark.
fn followed_by_word_char(src: &str, i: usize, t: Classes) -> bool {
    src[i..]
        .chars()
        .map(|c| t.of(c))
        .find(|&g| g & DELETE == 0)
        .is_some_and(|g| g & (LETTER | MARK) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    #[test]
    fn clean_text_is_borrowed() {
        let n = normalize("Ngày 19/9, Thường trực Huyện ủy làm việc.");
        assert!(n.is_unchanged());
        assert!(n.map.is_identity());
    }

    #[test]
    fn crlf_and_spaces() {
        let n = normalize("a\r\nb\rc\u{a0}d\u{200b}e");
        assert_eq!(n.text, "a\nb\nc de");
        let e = n.text.find('e').unwrap();
        assert_eq!(
            n.map
                .to_original(Span::new(e, e + 1))
                .slice("a\r\nb\rc\u{a0}d\u{200b}e"),
            Some("e")
        );
    }

    #[test]
    fn decomposed_becomes_nfc() {
        let src = "Ha\u{0300} No\u{0302}\u{0323}i";
        let n = normalize(src);
        assert_eq!(n.text, "Hà Nội");
        let span = n.map.to_original(Span::new(4, n.text.len()));
        assert_eq!(span.slice(src), Some("No\u{0302}\u{0323}i"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Legacy detection is skipped when the clean-up saw no hint: that must never skip
        /// a text the detector would convert.
        #[test]
        fn no_hint_means_no_repair(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Hµ Néi ", "Haø Noäi ", "Ha` No^.i ", "HÃ\u{a0}Ná»™i ", "HÃ  ", "Vieät Nam ",
                "Ngäc Trinh\n", "tha'ng ", "chi' ", "Ä‘áº¡t ", "Hà Nội ", "hòa ", "(", "+", "a(",
                "o+ ", "\r\n", "\u{85}", "\u{2028}", "ü ", "é ", "“x” ", "Ã ", "Ãb", "\u{a0}",
                "1/2 ", "u+'", "DDa`", "dda.t ",
            ]), 0..16)
        ) {
            let text: String = parts.concat();
            let hinted = clean(&text, ToneStyle::Old).hinted_lines;
            proptest::prop_assert_eq!(
                legacy::repair_lines(&text, &hinted),
                legacy::repair(&text),
                "{:?}", text
            );
        }
    }

    /// The simple way to do what [`clean`] does fast: every maximal run of letters and marks
    /// composed, Ð fixed, its tone placed; everything else kept.
    fn reference(src: &str, style: ToneStyle) -> String {
        let is_word = |c: char| c.is_alphabetic() || char::is_combining_mark(c);
        let mut out = String::new();
        let mut rest = src;
        while let Some(c) = rest.chars().next() {
            let len = rest
                .find(|ch: char| is_word(ch) != is_word(c))
                .unwrap_or(rest.len());
            let (run, tail) = rest.split_at(len);
            if is_word(c) {
                let word: String = run
                    .nfc()
                    .map(|ch| match ch {
                        '\u{00D0}' => 'Đ',
                        '\u{00F0}' => 'đ',
                        _ => ch,
                    })
                    .collect();
                out.push_str(&tone::retone(&word, style).unwrap_or(word));
            } else {
                out.push_str(run);
            }
            rest = tail;
        }
        out
    }

    use unicode_normalization::char;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// The fast clean-up agrees with the simple one on text without the characters the
        /// clean-up deletes or replaces (those are checked by the table tests).
        #[test]
        fn fast_path_equals_simple_path(
            chars in proptest::collection::vec(proptest::sample::select(
                "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐbcdghklmnpqrstvxàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁỦỶÚÝÒÓĐÐð\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31b} \n.,;:!?/-()\"'…0123456789“”–"
                    .chars().collect::<Vec<_>>()), 0..60),
            style in proptest::sample::select(vec![ToneStyle::Old, ToneStyle::New]),
        ) {
            let text: String = chars.into_iter().collect();
            let fast = match clean(&text, style).changed {
                Some((s, _)) => s,
                None => text.clone(),
            };
            proptest::prop_assert_eq!(fast, reference(&text, style), "{:?}", text);
        }
    }

    /// [`clean`] with [`fast_scan`] turned off: the full clean-up of every line.
    fn clean_slowly(src: &str, style: ToneStyle) -> Cleaned {
        let mut w = Writer::new(src);
        let mut hinted_lines = Vec::new();
        clean_lines(
            src,
            0,
            src.len(),
            style,
            Classes::get(),
            &mut w,
            &mut hinted_lines,
        );
        Cleaned {
            changed: w.finish(),
            hinted_lines,
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

        /// The fast scan never passes over anything the full clean-up changes or notes:
        /// the same text, offset map and legacy hints, on text made of pieces of clean and
        /// unclean Vietnamese.
        #[test]
        fn fast_scan_passes_over_nothing(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "của ", "quả ", "qủa ", "gía ", "giá ", "hòa ", "hoà ", "thủy ", "thuỷ ", "tại ",
                "tạo ", "hoàn ", "hòan ", "thúê ", "người ", "Nguyễn ", "khuỷu ", "ngoài ",
                "Hà Nội", " ", "\n", "\r\n", "\r", "(", "a(", "o+", "u+ ", "^", "`", "~",
                "@", ")", "*", "\u{a0}", "\u{200b}", "\u{301}", "e\u{301}", "<\u{338}",
                "Ð", "Ã ", "Ã", "Hµ Néi ", "Haø ", "HÃ  ", "“x” ", "…", "–", "😀", "한",
                "\u{2028}", "\u{1e00}", "ABCDEFGHIJKLMNOP", "0123456789", "Kdăm ", "façade ",
            ]), 0..40),
            style in proptest::sample::select(vec![ToneStyle::Old, ToneStyle::New]),
        ) {
            let text: String = parts.concat();
            let fast = clean(&text, style);
            let slow = clean_slowly(&text, style);
            proptest::prop_assert_eq!(&fast.hinted_lines, &slow.hinted_lines, "{:?}", text);
            proptest::prop_assert_eq!(fast.changed, slow.changed, "{:?}", text);
        }
    }

    #[test]
    fn eth_is_fixed() {
        assert_eq!(normalize("Ðảng ðoàn").text, "Đảng đoàn");
    }
}
