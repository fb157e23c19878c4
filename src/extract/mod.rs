//! Fact extraction: one module per kind of fact.
//!
//! Dates and ratios are read in one left-to-right pass over a light tokenization of the
//! normalized text (digit runs, letter runs, punctuation), anchored at numbers and at the
//! date words of `src/lexicon/date_words.txt`; each attempt looks a bounded number of
//! tokens ahead, so extraction is linear in the text.

pub mod amount;
pub mod date;
pub mod event;
pub(crate) mod keywords;
pub mod number;
pub mod official;
pub mod org;
pub mod ratio;
mod scan;
pub mod statement;

pub use date::lunar;

use crate::Date;
use date::DateFact;
use ratio::{Ratio, ReadRatios};

/// The document of normalized `text`: its tokens tagged with the date words.
pub(crate) fn doc(text: &str) -> crate::text::doc::Doc<'_> {
    crate::text::doc::Doc::new(text, &keywords::KEYWORDS)
}

/// [`doc`] with the paragraphs of `text` already found (see `Doc::with_paragraphs`).
pub(crate) fn doc_with_paragraphs(
    text: &str,
    paragraphs: crate::span::SpanList,
) -> crate::text::doc::Doc<'_> {
    crate::text::doc::Doc::with_paragraphs(text, &keywords::KEYWORDS, paragraphs)
}

/// Dates, ratios and amounts of a document (spans in its normalized text): one pass; with
/// the article's most frequent explicit year, which places read for their era. The ratios'
/// strings are copied out of the text by [`ReadRatios::build`]. `openers` are the
/// document's (`Doc::openers`, taken out of it), freed once they are scanned.
pub(crate) fn numeric_facts(
    doc: &crate::text::doc::Doc<'_>,
    openers: Vec<u32>,
    reference: Option<Date>,
) -> (Vec<DateFact>, ReadRatios, Vec<amount::Amount>, Option<i32>) {
    let facts = scan::extract(doc.text, &doc.tokens, openers, reference);
    (facts.dates, facts.ratios, facts.amounts, facts.year)
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
/// assert_eq!(dates[0].value_str().as_deref(), Some("2023-09-19"));
/// assert_eq!(ratios[0].denominator, 19);
/// ```
///
/// # Time complexity
///
/// Linear in `text.len()`.
#[must_use]
pub fn facts(text: &str, reference: Option<Date>) -> (Vec<DateFact>, Vec<Ratio>) {
    // dates and ratios read the tokens alone: the paragraphs and sentences of a whole
    // document are not found
    let (mut tokens, mut openers) = (Vec::new(), Vec::new());
    crate::text::tokens::tokenize(text, &keywords::KEYWORDS, &mut tokens, &mut openers);
    let facts = scan::extract(text, &tokens, openers, reference);
    let ratios = facts.ratios.build(text, &facts.dates);
    (facts.dates, ratios)
}
pub mod gazetteer;
pub mod place;
