//! Organizations whose own name has a comma or a hyphen inside ("Sở Văn hóa, Thể thao và
//! Du lịch", "Vụ Kế hoạch - Tài chính"): the separators inside such a name are not the end
//! of a title. The names' fields are the word list `src/lexicon/org_fields.txt`, matched
//! case-insensitively with any mix of spaces, commas and hyphens between their words.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::{Gap, Word};
use crate::text::dict::{fold_into, word_hash};
use crate::text::lexicon;

/// The separators a field may be written with between two of its words.
const SEPARATORS: &str = r"[\s,\-–—]+";

/// The compiled field list.
struct Fields {
    /// One leftmost-first pattern of every field, longest first, so that "Văn hóa, Giáo
    /// dục, Thanh niên, Thiếu niên và Nhi đồng" wins over "Văn hóa, Giáo dục".
    re: Regex,
    /// The folded-word hashes of the two words on each side of a comma or a hyphen inside
    /// a field, sorted: only where a text's words meet at such a pair is a field looked
    /// for.
    pairs: Vec<(u32, u32)>,
    /// A bit set of the low 16 bits of the second hash of each pair, asked first.
    after: Vec<u64>,
    /// The most words of a field.
    words: usize,
}

/// The words of a field as written, without its separators.
fn field_words(field: &str) -> impl Iterator<Item = &str> {
    field
        .split(|c: char| c == ',' || c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty())
}

fn hash(word: &str) -> u32 {
    let mut folded = String::new();
    fold_into(word, &mut folded);
    word_hash(folded.as_bytes())
}

impl Fields {
    /// Do the words `a` and `b` meet at a comma or a hyphen of some field?
    #[inline]
    fn may_meet(&self, a: &Word, b: &Word) -> bool {
        let h = b.hash() as usize & 0xFFFF;
        self.after
            .get(h >> 6)
            .is_some_and(|bits| bits >> (h & 63) & 1 != 0)
            && self.pairs.binary_search(&(a.hash(), b.hash())).is_ok()
    }
}

/// `None` only if the list could not be compiled (then nothing is joined).
static FIELDS: LazyLock<Option<Fields>> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut pairs = HashSet::new();
    let mut most = 0;
    for e in lexicon::ORG_FIELDS.entries() {
        let field = e.key();
        let words: Vec<&str> = field_words(field).collect();
        most = most.max(words.len());
        patterns.push(
            words
                .iter()
                .map(|w| regex::escape(w))
                .collect::<Vec<_>>()
                .join(SEPARATORS),
        );
        // the pairs of words around a comma or a hyphen of the field as written
        let mut rest = field;
        for (k, w) in words.iter().enumerate() {
            let at = rest.find(w).unwrap_or(0);
            if k > 0 && rest[..at].contains([',', '-']) {
                pairs.insert((hash(words[k - 1]), hash(w)));
            }
            rest = &rest[at + w.len()..];
        }
    }
    patterns.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let re = Regex::new(&format!("(?i){}", patterns.join("|"))).ok()?;
    let mut after = vec![0u64; 1 << 10];
    for &(_, h) in &pairs {
        after[(h as usize & 0xFFFF) >> 6] |= 1 << (h & 63);
    }
    let mut pairs: Vec<(u32, u32)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    Some(Fields {
        re,
        pairs,
        after,
        words: most,
    })
});

/// Makes the gaps inside every field of `text` that is written with a comma or a hyphen
/// spaces, for the words of `text` (in order); `after_sep` lists the words after a comma,
/// a hyphen or another mark.
///
/// # Time complexity
///
/// Linear in the number of words: one look-up a comma or hyphen between two words, and a
/// search of a window of a field's length where the words around it are those of a field.
pub(super) fn join(text: &str, words: &mut [Word], after_sep: &[u32]) {
    let Some(f) = &*FIELDS else {
        return;
    };
    for i in after_sep.iter().map(|&i| i as usize) {
        if i == 0
            || i >= words.len()
            || !matches!(words[i].gap(), Gap::Comma | Gap::Dash)
            || !f.may_meet(&words[i - 1], &words[i])
        {
            continue;
        }
        let from = i.saturating_sub(f.words);
        let to = (i + f.words).min(words.len() - 1);
        let (ws, we) = (words[from].start(), words[to].end());
        let sep = words[i - 1].end()..words[i].start();
        for m in f.re.find_iter(&text[ws..we]) {
            let (ms, me) = (ws + m.start(), ws + m.end());
            let whole_words = !text[..ms]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[me..].chars().next().is_some_and(char::is_alphanumeric);
            if whole_words && ms < sep.start && me > sep.end {
                for w in words[from..=to]
                    .iter_mut()
                    .filter(|w| w.start() > ms && w.start() < me)
                {
                    w.set_gap(Gap::Space);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_match_with_their_separators() {
        let re = &FIELDS.as_ref().expect("the field list compiles").re;
        for (text, field) in [
            (
                "Sở Văn hóa, Thể thao và Du lịch tỉnh",
                "Văn hóa, Thể thao và Du lịch",
            ),
            ("Vụ Kế hoạch - Tài chính,", "Kế hoạch - Tài chính"),
            (
                "Bộ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
                "LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
            ),
        ] {
            assert_eq!(re.find(text).map(|m| m.as_str()), Some(field), "{text}");
        }
    }
}
