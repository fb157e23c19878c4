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
mod stops;

use std::iter::FusedIterator;
use std::sync::LazyLock;

pub use lexicon::SegmentError;
pub(crate) use rules::line_break_at;

use crate::Span;
use lexicon::Abbreviations;
use stops::Stops;

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
    Paragraphs {
        text,
        pos: 0,
        stops: Stops::new(&LINE_STOPS),
    }
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
    LazyLock::new(|| crate::text::lexicon::PERSON_TITLES.keys().collect());

/// The words that open a sentence and never a name (`sentence_starters.txt`); the
/// statements' speaker reading uses them too.
pub(crate) static SENTENCE_STARTERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::text::lexicon::SENTENCE_STARTERS.keys().collect());

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
            stops: Stops::new(&rules::SENTENCE_STOPS),
        }
    }
}

/// The line `from..from + len` of `text` without its surrounding white space, if anything
/// is left.
fn trimmed_line(text: &str, from: usize, len: usize) -> Option<Span> {
    let line = &text[from..from + len];
    let trimmed = line.trim_start();
    let start = from + (line.len() - trimmed.len());
    let end = start + trimmed.trim_end().len();
    (end > start).then(|| Span::new(start, end))
}

/// Bytes that can start a line break (see `rules::line_break_at`), in groups for
/// [`Stops`]: `\n` alone (the common one), then the rare ones.
static LINE_STOPS: [&[u8]; 3] = [b"\n", b"\r\x0B\x0C", b"\xC2\xE2"];

/// Iterator returned by [`paragraphs`].
#[derive(Clone, Debug)]
pub struct Paragraphs<'a> {
    text: &'a str,
    pos: usize,
    stops: Stops<3>,
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
            while let Some(at) = self.stops.next(bytes, i) {
                brk = rules::line_break_at(bytes, at);
                if brk > 0 {
                    len = at - from;
                    break;
                }
                i = at + 1;
            }
            self.pos = from + len + brk.max(1);
            if let Some(span) = trimmed_line(self.text, from, len) {
                return Some(span);
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
    stops: Stops<4>,
}

impl Iterator for Sentences<'_> {
    type Item = Span;
    fn next(&mut self) -> Option<Span> {
        let (span, next) =
            rules::next_sentence(self.text, self.pos, &self.seg.abbrevs, &mut self.stops)?;
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

    /// The groups of stop bytes are the bytes that may start a line break, and the bytes
    /// the sentence scanner stops at.
    #[test]
    fn stop_groups_are_the_tables() {
        let lines: Vec<u8> = LINE_STOPS.concat();
        let sentences: Vec<u8> = rules::SENTENCE_STOPS.concat();
        for b in 0..=255u8 {
            assert_eq!(
                lines.contains(&b),
                rules::line_break_at(&[b, 0x85], 0) > 0
                    || rules::line_break_at(&[b, 0x80, 0xA8], 0) > 0,
                "{b:#x}"
            );
            assert_eq!(sentences.contains(&b), rules::is_candidate(b), "{b:#x}");
            assert!(!lines.contains(&b) || sentences.contains(&b), "{b:#x}");
        }
        assert_eq!(lines.len(), 6);
    }

    /// Paragraphs and sentences found with the kept searches are those found with a plain
    /// scan for their bytes, on text with every kind of stop byte.
    #[test]
    fn scanners_agree_with_plain_scans() {
        let text = "Một dòng\u{2028}hai – ba\r\nbốn\u{85}năm. Sáu!\"bảy\" tám… chín?\x0b\x0c mười\n\u{a0}«x»";
        for k in 0..text.len() {
            let Some(t) = text.get(k..) else { continue };
            let got: Vec<Span> = paragraphs(t).collect();
            let want: Vec<Span> = PlainLines { text: t, pos: 0 }.collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// [`Paragraphs`] as it was before [`Stops`]: every byte looked at.
    struct PlainLines<'a> {
        text: &'a str,
        pos: usize,
    }

    impl Iterator for PlainLines<'_> {
        type Item = Span;
        fn next(&mut self) -> Option<Span> {
            let bytes = self.text.as_bytes();
            while self.pos < bytes.len() {
                let from = self.pos;
                let (len, brk) = (from..bytes.len())
                    .find_map(|i| {
                        let b = rules::line_break_at(bytes, i);
                        (b > 0).then_some((i - from, b))
                    })
                    .unwrap_or((bytes.len() - from, 0));
                self.pos = from + len + brk.max(1);
                if let Some(span) = trimmed_line(self.text, from, len) {
                    return Some(span);
                }
            }
            None
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
