//! A title found in the text, as the readers of titles pass it on: its words, its bytes
//! and the name it stands before.

use super::words::Words;

/// A title found in the text: words `from..to`, bytes `start..end` (normalized text),
/// and the name it stands right before, if any (words).
#[derive(Clone, Copy, Debug)]
pub(super) struct Hit {
    pub from: usize,
    pub to: usize,
    pub start: usize,
    pub end: usize,
    pub rank_only: bool,
    pub name: Option<(usize, usize)>,
    /// The name is one Vietnamese given name ("Chủ tịch Chung", "bác sĩ Liên"): a later
    /// mention of an official named in full, kept only when it joins one.
    pub given: bool,
}

impl Hit {
    /// The title of words `from..to` (`from < to`), no name read with it yet.
    pub(super) fn words(w: &Words<'_>, from: usize, to: usize) -> Hit {
        Hit {
            from,
            to,
            start: w.words[from].start(),
            end: w.words[to - 1].end(),
            rank_only: false,
            name: None,
            given: false,
        }
    }
}
