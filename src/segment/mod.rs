//! Paragraphs and sentences as zero-copy iterators of byte spans.
//!
//! (Placeholder: lines as paragraphs and as sentences until issue 3 lands.)

use crate::Span;

/// The paragraphs of `text`: every non-blank line, trimmed.
#[must_use]
pub fn paragraphs(text: &str) -> Paragraphs<'_> {
    Paragraphs { text, pos: 0 }
}

/// The sentences of `text`.
#[must_use]
pub fn sentences(text: &str) -> Paragraphs<'_> {
    paragraphs(text)
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
        while self.pos < self.text.len() {
            let rest = &self.text[self.pos..];
            let len = rest.find('\n').unwrap_or(rest.len());
            let line = &rest[..len];
            let start = self.pos + (line.len() - line.trim_start().len());
            let end = self.pos + line.trim_end().len();
            self.pos += len + 1;
            if end > start {
                return Some(Span::new(start, end));
            }
        }
        None
    }
}

impl std::iter::FusedIterator for Paragraphs<'_> {}
