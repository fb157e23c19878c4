//! # vinews
//!
//! Clean text, sentences and facts from raw Vietnamese news.
//!
//! Vietnamese news as people actually scrape it is messy: decomposed Unicode next to
//! precomposed letters, two conventions for where the tone mark goes (hòa / hoà), legacy
//! TCVN3 and VNI font encodings, VIQR, UTF-8 that was read as Windows-1252, zero-width
//! spaces, photo captions and bylines in the running text. vinews turns such text into clean
//! text, paragraphs and sentences, and structured facts, and every span it returns is a
//! byte range of the caller's **original** input.
//!
//! ## Quick start
//!
//! ```
//! let raw = "Ngày 19/9, Thường trực Huyện uỷ đã có buổi làm việc với Đảng uỷ xã Đức Ninh.";
//! let clean = vinews::normalize(raw);
//! assert_eq!(clean.text, "Ngày 19/9, Thường trực Huyện ủy đã có buổi làm việc với Đảng ủy xã Đức Ninh.");
//!
//! let article = vinews::Article::parse(raw);
//! assert_eq!(article.sentences[0].slice(raw), Some(raw));
//! ```
//!
//! ## The pipeline
//!
//! Data flows one way:
//!
//! ```text
//! raw &str ──► normalize ──► structure ──► document ──► extract ──► Article (serde)
//!                                          (tokens,      (places, officials,
//!                                           paragraphs,   dates, ratios)
//!                                           sentences)
//! ```
//!
//! - [`normalize()`] / [`Normalizer`]: legacy encodings converted, characters cleaned, words
//!   composed to NFC with their tone marks placed for a [`ToneStyle`]; an [`OffsetMap`]
//!   leads back to the original.
//! - [`paragraphs`] and [`sentences`]: zero-copy iterators of [`Span`]s.
//! - [`Article::parse`] / [`Extractor`]: the whole pipeline, with every span mapped back to
//!   the original input: dates, ratios, [`Place`]s, [`Official`]s with their titles (one
//!   record per person, every mention) and [`Organization`]s with abbreviations spelled
//!   out. The article is tokenized and segmented once, into a document that every
//!   extractor reads, in a fixed order (places before officials, so a place's words are
//!   never a person's name); the shared primitives — the character table, the tokenizer,
//!   the dictionary, the lexicon reader ([`text::lexicon`]) — live in [`text`].
//!
//! Two layers, as in `regex` and `aho-corasick`: free functions with the defaults, and
//! configured objects ([`Normalizer`], [`Extractor`]) built once and shared across threads.
//! Configuration types have `Default` and by-value chained setters
//! (`NormalizeConfig::new().tone(ToneStyle::New)`), so new options never break callers.
//!
//! ## Offsets
//!
//! A [`Span`] is a half-open range of UTF-8 byte offsets. Work is done on normalized text,
//! and [`OffsetMap::to_original`] takes a span of it back to the bytes of the original it
//! came from. Unchanged stretches map exactly; a span that starts or ends inside a changed
//! stretch (a syllable whose tone mark moved, a TCVN3 word) widens to cover all of it; a
//! removed zero-width space is left outside spans.
//!
//! ```
//! use vinews::{normalize, Span};
//! let raw = "xã Đức\u{a0}Ninh, huye\u{302}\u{323}n Hàm Yên";
//! let n = normalize(raw);
//! let at = n.text.find("huyện").unwrap();
//! let span = n.map.to_original(Span::new(at, n.text.len()));
//! assert_eq!(span.slice(raw), Some("huye\u{302}\u{323}n Hàm Yên"));
//! ```
//!
//! ## Vietnamese specifics
//!
//! - **Tone placement** uses a model of the syllable (onset with `qu-` and `gi-`, medial,
//!   nucleus, coda). The default [`ToneStyle::Old`] writes hòa, thủy, khỏe as most news and
//!   the official gazetteer do; [`ToneStyle::New`] writes hoà, thuỷ, khoẻ. Words that are not
//!   Vietnamese syllables are never touched.
//! - **Legacy encodings** are detected per stretch of text, and only on overwhelming
//!   evidence: across the 3,662 articles of the public evaluation corpus the detector fires
//!   on nothing. Each conversion is reported as a [`Repair`].
//! - **Search keys**: [`strip_accents`] folds "Đảng ủy" to "Dang uy".
//!
//! ## Performance and complexity
//!
//! Every path is linear in the input. Already-clean text is scanned once and not copied;
//! hot loops work on bytes and allocate only where text changes. Compiled automata and
//! lexicons are built once, on first use (`std::sync::LazyLock`). Figures measured with
//! criterion on real news are in the README.
//!
//! ## Untrusted input
//!
//! Library functions take `&str` and never panic, never print, and never fail on text:
//! "nothing found" is an empty result. Turning bytes into text is the one fallible step,
//! and [`input::decode_utf8`] reports the offset of the first bad byte or repairs it.
//! Property tests feed arbitrary and Vietnamese-biased strings through every stage.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod article;
mod de;
pub mod extract;
pub mod input;
pub mod normalize;
pub mod segment;
mod span;
pub mod structure;
pub mod text;

pub use article::{Article, ExtractConfig, Extractor, SCHEMA_VERSION};
pub use extract::amount::{Amount, AmountKind, Change};
pub use extract::date::{Date, DateFact, DateKind, TimexType, TimexValue};
pub use extract::event::{Event, EventKind, Party};
pub use extract::official::{Jurisdiction, Official, OrgKind, Title, TitleOrganization};
pub use extract::org::Organization;
pub use extract::place::Place;
pub use extract::ratio::{Ratio, RatioKind};
pub use extract::statement::{Statement, StatementKind};
pub use normalize::{
    Encoding, NormalizeConfig, Normalized, Normalizer, Repair, ToneStyle, normalize, strip_accents,
};
pub use segment::{SegmentConfig, SegmentError, Segmenter, paragraphs, sentences};
pub use span::{OffsetMap, Span};
pub use structure::{Boilerplate, BoilerplateKind, Structure};
pub use text::LexiconError;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
