//! Fact extraction: one module per kind of fact.
//!
//! Dates and ratios are read in one left-to-right pass over a light tokenization of the
//! normalized text (digit runs, letter runs, punctuation), anchored at numbers and at the
//! date words of `src/lexicon/date_words.txt`; each attempt looks a bounded number of
//! tokens ahead, so extraction is linear in the text.

pub mod date;
pub(crate) mod keywords;
pub mod number;
pub mod official;
pub mod org;
pub mod ratio;
mod scan;

pub use date::lunar;

use crate::span::OffsetMap;
use crate::{Date, Span};
use date::DateFact;
use ratio::Ratio;

/// Dates and ratios of a normalized text, with spans mapped back through `map`.
pub(crate) fn dates_and_ratios(
    text: &str,
    map: &OffsetMap,
    reference: Option<Date>,
) -> (Vec<DateFact>, Vec<Ratio>) {
    let mut facts = scan::extract(text, reference);
    for d in &mut facts.dates {
        let s = map.to_original(Span::new(d.start, d.end));
        (d.start, d.end) = (s.start, s.end);
    }
    for r in &mut facts.ratios {
        let s = map.to_original(Span::new(r.start, r.end));
        (r.start, r.end) = (s.start, s.end);
    }
    (facts.dates, facts.ratios)
}

/// Dates and ratios of text that is already normalized (spans index `text` itself).
///
/// [`crate::Extractor::parse`] normalizes first and maps spans back to the original; use
/// this when the text is known to be clean NFC or to time extraction alone.
///
/// # Examples
///
/// ```
/// let (dates, ratios) = vinews::extract::facts("Ngày 19/9/2023 xã đạt 8/19 tiêu chí.", None);
/// assert_eq!(dates[0].value.as_deref(), Some("2023-09-19"));
/// assert_eq!(ratios[0].denominator, 19);
/// ```
///
/// # Time complexity
///
/// Linear in `text.len()`.
#[must_use]
pub fn facts(text: &str, reference: Option<Date>) -> (Vec<DateFact>, Vec<Ratio>) {
    let f = scan::extract(text, reference);
    (f.dates, f.ratios)
}
pub mod gazetteer;
pub mod place;
