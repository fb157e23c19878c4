//! A clause's function word run into a name: a caption or a heading whose line break was
//! lost runs into the sentence after it, which a capitalised function word opens ("HLV
//! Nguyễn Văn An Không giống như mùa trước, …"): after a full name that word is no
//! syllable of it (`clause_openers.txt`). And an English possessive, no part of a
//! person's name.

use super::super::words::{Case, Gap, Words};
use std::sync::LazyLock;

/// The function words that open a clause and are no syllable of a name.
static OPENERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::text::lexicon::CLAUSE_OPENERS.keys().collect());

/// Is word `j`, capitalised, one of the clause openers ([`OPENERS`]), with the clause
/// going on after it: a lowercase word after a space, or nothing more? Whoever calls this
/// has read a full name before `j`.
pub(in super::super) fn clause_opener_at(w: &Words<'_>, j: usize) -> bool {
    if j >= w.len() || w.words[j].case() != Case::Title || !OPENERS.contains(&w.word(j)) {
        return false;
    }
    let next = j + 1;
    next >= w.len() || (w.gap(next) == Gap::Space && w.words[next].case() == Case::Lower)
}

/// Is `word` an English possessive, a word with "'s" or "’s" at its end ("Vietnam's",
/// "McDonald's")? The apostrophe of a name ("O'Neill", "H'Yim") is inside it.
pub(in super::super) fn possessive(word: &str) -> bool {
    word.len() > 3 && (word.ends_with("'s") || word.ends_with("’s"))
}
