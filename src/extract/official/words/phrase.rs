//! Phrases of a word list looked up at a word: the words after it joined by spaces,
//! lowercase, matched whole.

use super::{Gap, Words};
use crate::text::chars::to_lowercase;

impl Words<'_> {
    /// The end of the longest phrase of at most `max` words from word `j`, its words
    /// after spaces and lowercase, that `listed` holds; `None` when none does.
    pub(in super::super) fn listed_phrase_end(
        &self,
        j: usize,
        max: usize,
        listed: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        let mut phrase = String::new();
        let mut end = None;
        for i in j..self.len().min(j + max) {
            if i > j {
                if self.gap(i) != Gap::Space {
                    break;
                }
                phrase.push(' ');
            }
            phrase.push_str(&to_lowercase(self.word(i)));
            if listed(&phrase) {
                end = Some(i + 1);
            }
        }
        end
    }
}

/// Is `word` a number of two or more written in words ("hai", "ba", "mười"; "năm", five,
/// left out: it is also the year word), the count of the people a title before a list of
/// names is said of ("hai trợ lý A và B": each is an aide)?
pub(in super::super) fn counted(word: &str) -> bool {
    matches!(
        to_lowercase(word).as_str(),
        "hai" | "ba" | "bốn" | "sáu" | "bảy" | "tám" | "chín" | "mười"
    )
}
