//! # vinews
//!
//! Clean text, sentences and facts from raw Vietnamese news.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod article;
pub mod extract;
pub mod input;
pub mod normalize;
pub mod segment;
mod span;

pub use article::{Article, ExtractConfig, Extractor};
pub use extract::date::Date;
pub use normalize::{
    Encoding, NormalizeConfig, Normalized, Normalizer, Repair, ToneStyle, normalize, strip_accents,
};
pub use segment::{SegmentConfig, SegmentError, Segmenter, paragraphs, sentences};
pub use span::{OffsetMap, Span};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
