//! Paragraphs and sentences as zero-copy iterators of byte spans.
//!
//! [`paragraphs`] splits at every line break (`\n`, `\r`, vertical tab, form feed, NEL,
//! U+2028, U+2029); [`sentences`] splits each
//! paragraph further at sentence terminals (`.`, `!`, `?`, `…`, `...`, `./.`) when what
//! follows starts a sentence. Spans are byte ranges of the input, trimmed of surrounding
//! whitespace; between two spans there is only whitespace.
//!
//! # Rules
//!
//! * A line break always ends a sentence, so a headline, caption or byline without final
//!   punctuation is a sentence of its own, and no sentence crosses a paragraph.
//! * Closing quotes and brackets right after a terminal stay with the sentence before
//!   (`nói: "Tốt." Ông về` splits after the quote).
//! * After a terminal, a capitalised word, a digit, an opening quote or a dialogue dash
//!   starts a new sentence; a lower-case word or a comma does not, so `"Sao?" ông hỏi`
//!   is one sentence.
//! * An ellipsis ends a sentence only before a capitalised word.
//! * No split after abbreviations from `src/lexicon/abbreviations.txt` (`TP.`, `PGS.TS.`,
//!   `Th.S`, …) or user entries ([`SegmentConfig::abbreviations`]); `v.v.` may end one,
//!   and so does any of them before a word that only opens sentences (`TP. Theo ông`,
//!   from `src/lexicon/sentence_starters.txt`).
//! * A single capital letter and a period is an initial that ends a sentence after a
//!   name (`Nguyễn Văn A. Ông`) and an abbreviation elsewhere (`tại Q. Bình Thạnh`);
//!   never before a lower-case word (`H. nói`) or another initial (`V. H. Nam`).
//! * Numbers, dates, times, codes, URLs and e-mail addresses never split: a period
//!   inside a token splits only when a lower-case word runs into a capitalised one
//!   (`bạn gái.Dựa vào`).
//! * A list marker at the start of a sentence (`1.`, `a.`, `II.`, `Điều 5.`) stays with
//!   its text.
//!
//! # Time complexity
//!
//! Linear in the input: the scanner looks at every byte once, and each decision looks
//! at most a fixed number of bytes around the terminal.

mod lexicon;
mod rules;

use std::iter::FusedIterator;
use std::sync::LazyLock;

pub use lexicon::SegmentError;
pub(crate) use rules::line_break_at;

use crate::Span;
use lexicon::Abbreviations;

/// The paragraphs of `text`: every non-blank line, trimmed of whitespace. Line breaks are
/// `\n`, `\r` (so `\r\n` too), vertical tab, form feed, NEL, U+2028 and U+2029.
///
/// # Examples
///
/// ```
/// let text = "Đức Ninh đạt 8/19 tiêu chí\n\n  Ngọc Trinh \n";
/// let paras: Vec<&str> = vinews::paragraphs(text).map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(paras, ["Đức Ninh đạt 8/19 tiêu chí", "Ngọc Trinh"]);
/// ```
#[must_use]
pub fn paragraphs(text: &str) -> Paragraphs<'_> {
    Paragraphs { text, pos: 0 }
}

/// The sentences of `text`, with the default abbreviations.
///
/// # Examples
///
/// ```
/// let text = "Ông Nguyễn Văn A. nói: \"Tốt.\" Ông về TP.HCM lúc 9h30.\nNgọc Trinh";
/// let got: Vec<&str> = vinews::sentences(text).map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(got, ["Ông Nguyễn Văn A. nói: \"Tốt.\"", "Ông về TP.HCM lúc 9h30.", "Ngọc Trinh"]);
/// ```
///
/// # Time complexity
///
/// Linear in `text.len()`.
#[must_use]
pub fn sentences(text: &str) -> Sentences<'_> {
    DEFAULT.sentences(text)
}

static DEFAULT: LazyLock<Segmenter> = LazyLock::new(Segmenter::default);

static BUILTIN: LazyLock<Vec<lexicon::Entry>> = LazyLock::new(lexicon::builtin);

static PERSON_TITLES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::words(crate::text::lexicon::PERSON_TITLES).collect());

static SENTENCE_STARTERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::words(crate::text::lexicon::SENTENCE_STARTERS).collect());

/// Options of a [`Segmenter`], set with chained by-value setters.
///
/// # Examples
///
/// ```
/// use vinews::segment::{SegmentConfig, Segmenter};
/// let seg = Segmenter::new(SegmentConfig::new().abbreviations(["Đ/c."])).unwrap();
/// let text = "Đ/c. Hùng dự họp. Hội nghị kết thúc.";
/// assert_eq!(seg.sentences(text).count(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentConfig {
    builtin: bool,
    extra: Vec<String>,
}

impl Default for SegmentConfig {
    fn default() -> SegmentConfig {
        SegmentConfig {
            builtin: true,
            extra: Vec::new(),
        }
    }
}

impl SegmentConfig {
    /// The defaults: the built-in abbreviation list and nothing else.
    #[must_use]
    pub fn new() -> SegmentConfig {
        SegmentConfig::default()
    }

    /// Adds abbreviations after which a period never ends a sentence, written as in text:
    /// ending with a period (`"Đ/c."`) or a dotted compound (`"TP.ĐN"`).
    #[must_use]
    pub fn abbreviations<I, S>(mut self, entries: I) -> SegmentConfig
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.extra.extend(entries.into_iter().map(Into::into));
        self
    }

    /// Whether to start from the built-in list (`true` by default).
    #[must_use]
    pub fn builtin_abbreviations(mut self, yes: bool) -> SegmentConfig {
        self.builtin = yes;
        self
    }
}

/// A configured sentence segmenter: build once, reuse, share across threads.
///
/// # Examples
///
/// ```
/// use vinews::segment::Segmenter;
/// let seg = Segmenter::default();
/// let text = "PGS.TS. Lê Văn B. phát biểu. Hội nghị bế mạc./.";
/// assert_eq!(seg.sentences(text).count(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct Segmenter {
    abbrevs: Abbreviations,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter {
            abbrevs: Abbreviations::new(&BUILTIN),
        }
    }
}

impl Segmenter {
    /// A segmenter with `config`.
    ///
    /// # Errors
    ///
    /// [`SegmentError::InvalidAbbreviation`] for a user entry that is empty, contains
    /// whitespace, or has no period; it names the entry and its 1-based position.
    pub fn new(config: SegmentConfig) -> Result<Segmenter, SegmentError> {
        let mut entries: Vec<lexicon::Entry> = if config.builtin {
            BUILTIN.clone()
        } else {
            Vec::new()
        };
        for (i, e) in config.extra.iter().enumerate() {
            let e = e.trim();
            lexicon::check_entry(e, i + 1)?;
            entries.push(lexicon::Entry {
                text: e.to_owned(),
                may_end: false,
            });
        }
        Ok(Segmenter {
            abbrevs: Abbreviations::new(&entries),
        })
    }

    /// The sentences of `text`.
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`.
    #[must_use]
    pub fn sentences<'a>(&'a self, text: &'a str) -> Sentences<'a> {
        Sentences {
            text,
            seg: self,
            pos: 0,
        }
    }
}

/// Bytes that can start a line break (see `rules::line_break_at`).
static LINE_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0x0B] = true;
    t[0x0C] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// A byte repeated in the eight bytes of a word.
const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// Non-zero when some byte of `x` is below `n` (for `n` up to 0x80; exact when zero).
#[inline]
fn byte_below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(splat(n)) & !x & splat(0x80)
}

/// Non-zero when some byte of `x` is `b` (exact when zero).
#[inline]
fn has_byte(x: u64, b: u8) -> u64 {
    byte_below(x ^ splat(b), 1)
}

/// Non-zero when some byte of `x` is below 0x0E or is 0xC2 or 0xE2 (exact when zero):
/// the words in which a line break may start.
#[inline]
fn may_break(x: u64) -> u64 {
    byte_below(x, 0x0E) | has_byte(x & splat(0xDF), 0xC2)
}

/// The first offset at or after `from` whose byte satisfies `hit`. Eight bytes at a time,
/// words for which `maybe` is zero are skipped: `maybe` must be non-zero for every word
/// with a hit (a filter, never a test).
#[inline]
fn find_byte(
    bytes: &[u8],
    from: usize,
    maybe: impl Fn(u64) -> u64,
    hit: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        if maybe(u64::from_le_bytes(word)) != 0
            && let Some(off) = chunk.iter().position(|&b| hit(b))
        {
            return Some(i + off);
        }
        i += 8;
    }
    bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&b| hit(b)))
        .map(|off| i + off)
}

/// Iterator returned by [`paragraphs`].
#[derive(Clone, Debug)]
pub struct Paragraphs<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Paragraphs<'_> {
    type Item = Span;
    fn next(&mut self) -> Option<Span> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            let from = self.pos;
            let mut len = bytes.len() - from;
            let mut brk = 0;
            let mut i = from;
            while let Some(at) = find_byte(bytes, i, may_break, |b| LINE_LEAD[b as usize]) {
                brk = rules::line_break_at(bytes, at);
                if brk > 0 {
                    len = at - from;
                    break;
                }
                i = at + 1;
            }
            self.pos = from + len + brk.max(1);
            let line = &self.text[from..from + len];
            let trimmed = line.trim_start();
            let start = from + (line.len() - trimmed.len());
            let end = start + trimmed.trim_end().len();
            if end > start {
                return Some(Span::new(start, end));
            }
        }
        None
    }
}

impl FusedIterator for Paragraphs<'_> {}

/// Iterator returned by [`sentences`] and [`Segmenter::sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    seg: &'a Segmenter,
    pos: usize,
}

impl Iterator for Sentences<'_> {
    type Item = Span;
    fn next(&mut self) -> Option<Span> {
        let (span, next) = rules::next_sentence(self.text, self.pos, &self.seg.abbrevs)?;
        self.pos = next;
        Some(span)
    }
}

impl FusedIterator for Sentences<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|s| &text[s.start..s.end]).collect()
    }

    /// The word filters never miss a byte of their table, whatever the other bytes are.
    #[test]
    fn word_filters_cover_their_tables() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                for fill in [0u8, b' ', b'a', 0x7F, 0x80, 0xC2, 0xE2, 0xFF] {
                    let mut w = [fill; 8];
                    w[lane] = b;
                    let x = u64::from_le_bytes(w);
                    if LINE_LEAD[b as usize] {
                        assert_ne!(may_break(x), 0, "{b:#x} in lane {lane}");
                    }
                    if rules::is_candidate(b) {
                        assert_ne!(rules::may_stop(x), 0, "{b:#x} in lane {lane}");
                    }
                }
            }
        }
    }

    /// `find_byte` agrees with a plain scan at every start and alignment.
    #[test]
    fn find_byte_is_a_scan() {
        let text = "Một dòng\u{2028}hai – ba\r\nbốn\u{85}năm. Sáu!\"bảy\" tám… chín?\x0b\x0c mười";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() + 1 {
            let want = bytes
                .get(from..)
                .and_then(|r| r.iter().position(|&b| LINE_LEAD[b as usize]))
                .map(|o| from + o);
            assert_eq!(
                find_byte(bytes, from, may_break, |b| LINE_LEAD[b as usize]),
                want
            );
            let want = bytes
                .get(from..)
                .and_then(|r| r.iter().position(|&b| rules::is_candidate(b)))
                .map(|o| from + o);
            assert_eq!(
                find_byte(bytes, from, rules::may_stop, rules::is_candidate),
                want
            );
        }
    }

    #[test]
    fn basic() {
        assert_eq!(split("Một. Hai! Ba? Bốn"), ["Một.", "Hai!", "Ba?", "Bốn"]);
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split(" \n\t "), Vec::<&str>::new());
        assert_eq!(split("..."), ["..."]);
    }
}
