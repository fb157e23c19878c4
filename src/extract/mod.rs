//! Fact extraction: one module per kind of fact.
//!
//! Dates and ratios are read in one left-to-right pass over a light tokenization of the
//! normalized text (digit runs, letter runs, punctuation), anchored at numbers and at the
//! date words of `src/lexicon/date_words.txt`; each attempt looks a bounded number of
//! tokens ahead, so extraction is linear in the text.

pub mod date;
mod lexicon;
pub mod lunar;
pub mod number;
pub mod ratio;
mod scan;
mod token;

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
