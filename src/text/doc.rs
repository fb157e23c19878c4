//! The document: one article after normalization, with what every extractor reads, built
//! once ([`Doc::new`]). Extractors take `&Doc` and read its tokens, paragraphs and
//! sentences instead of scanning the text again.

use crate::segment;
use crate::span::SpanList;
use crate::text::tokens::{Token, WordTags, tokenize};

/// One normalized article and its shared views. Spans index [`Doc::text`] (normalized
/// offsets); they are mapped back to the original once, by the pipeline.
#[derive(Debug)]
pub(crate) struct Doc<'t> {
    /// The normalized text.
    pub(crate) text: &'t str,
    /// Its tokens (numbers, words with their case and tag, punctuation, line ends).
    pub(crate) tokens: Vec<Token>,
    /// The indices of the tokens that can open a date or a ratio: the numbers and the
    /// tagged words, increasing.
    pub(crate) openers: Vec<u32>,
    /// The paragraphs, in order.
    pub(crate) paragraphs: SpanList,
    /// The sentences, in order; none crosses a paragraph.
    pub(crate) sentences: SpanList,
}

impl<'t> Doc<'t> {
    /// Tokenizes and segments `text` once, tagging words from `tags`. A text over 4 GiB
    /// gets no tokens (see `text::tokens`).
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`.
    pub(crate) fn new(text: &'t str, tags: &WordTags) -> Doc<'t> {
        Doc::with_paragraphs(
            text,
            tags,
            SpanList::new(text.len(), segment::paragraphs(text)),
        )
    }

    /// [`Doc::new`] with the paragraphs already found: `paragraphs` must be
    /// `segment::paragraphs(text)` (the structure finds them on its way).
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`.
    pub(crate) fn with_paragraphs(text: &'t str, tags: &WordTags, paragraphs: SpanList) -> Doc<'t> {
        let mut tokens = Vec::new();
        let mut openers = Vec::new();
        tokenize(text, tags, &mut tokens, &mut openers);
        Doc {
            text,
            tokens,
            openers,
            paragraphs,
            sentences: SpanList::new(text.len(), segment::sentences(text)),
        }
    }
}
