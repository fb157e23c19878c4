//! Phrases of a word list looked up at a word: the words after it joined by spaces,
//! lowercase, matched whole.

use super::{Gap, Words};
use crate::text::chars::lowercase;
use std::sync::LazyLock;

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
            phrase.push_str(&lowercase(self.word(i)));
            if listed(&phrase) {
                end = Some(i + 1);
            }
        }
        end
    }
}

/// Is `word` a number of two or more written in words ("hai", "ba", "mười"; "năm", five,
/// left out: it is also the year word), the count of the people a title before a list of
/// names is said of ("hai trợ lý A và B": each is an aide)? The numbers are those of
/// `duration_numbers.txt` ([`COUNTED`]).
pub(in super::super) fn counted(word: &str) -> bool {
    // (asked of the word before each name: a longer word is none, and a lowercase one is
    // compared as it is, with no copy; no char of these words is the lower case of a
    // longer one, see the tests)
    let (words, longest) = &*COUNTED;
    word.len() <= *longest && words.contains(&lowercase(word).as_ref())
}

/// The numbers two to ten of `duration_numbers.txt`, the words of a whole value with no
/// scale ("chục", ten, is one only after "hàng"; "năm", five, is no entry), and the length
/// in bytes of the longest ("mười").
static COUNTED: LazyLock<(Vec<&'static str>, usize)> = LazyLock::new(|| {
    let words: Vec<&'static str> = crate::text::lexicon::DURATION_NUMBERS
        .entries()
        .filter(|e| {
            e.column(2).is_none()
                && e.column(1)
                    .and_then(|v| v.parse::<u32>().ok())
                    .is_some_and(|v| (2..=10).contains(&v))
        })
        .map(|e| e.key())
        .collect();
    let longest = words.iter().map(|x| x.len()).max().unwrap_or(0);
    (words, longest)
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::chars::to_lowercase;

    /// [`counted`]'s length bound: a char whose lower case is a char of the counted words
    /// is no longer than it, so no word longer than the longest counted word lowers to
    /// one; and [`counted`] is the lower case matched whole.
    #[test]
    fn counted_is_the_lowercase_matched() {
        let words = ["hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười"];
        assert_eq!(words.iter().map(|x| x.len()).max(), Some(COUNTED.1));
        let mut read = COUNTED.0.clone();
        read.sort_unstable();
        let mut listed = words.to_vec();
        listed.sort_unstable();
        assert_eq!(read, listed, "the numbers read from duration_numbers.txt");
        for u in 0..=0x10_ffff {
            let Some(c) = char::from_u32(u) else { continue };
            let lower = to_lowercase(c.encode_utf8(&mut [0; 4]));
            let mut chars = lower.chars();
            if let (Some(l), None) = (chars.next(), chars.next())
                && words.iter().any(|x| x.contains(l))
            {
                assert!(c.len_utf8() <= l.len_utf8(), "U+{u:04X}");
            }
        }
        for word in [
            "hai", "Hai", "HAI", "ba", "BA", "Bốn", "BỐN", "sáu", "Bảy", "TÁM", "chín", "Mười",
            "MƯỜI", "năm", "Năm", "một", "ông", "bà", "haii", "KKK", "mườii", "",
        ] {
            assert_eq!(
                counted(word),
                words.contains(&to_lowercase(word).as_str()),
                "{word}"
            );
        }
    }
}
