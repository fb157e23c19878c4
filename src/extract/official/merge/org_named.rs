//! A body's name read as a person's (issue 12, the precision audit of session 25): the
//! capitalised words after a noun of a body (`org_nouns.txt`: "bệnh viện Sir Ganga Ram",
//! "CLB San Martin Burzaco", "ngành Civil Engineering") are that body's own name. Read
//! elsewhere as a name after a title ("Tại Sir Ganga Ram, bệnh viện lớn …" gave "Ganga
//! Ram" with "Sir"; "HLV đội San Martin Burzaco" a coach named "San Martin Burzaco"), they
//! name no one: a person is dropped whose name the text also writes as a body's, ending
//! the capitalised words after the body's noun, where no title was read before it. A
//! Vietnamese name counts only right after the noun of a business or club (`direct`:
//! "Tập đoàn Hoa Lâm"), as schools and streets bear historical figures' names ("Trường
//! THPT Nguyễn Trãi").

use super::super::Named;
use super::super::words::{Case, Gap, Words};
use super::{Person, parts};
use crate::text::chars::to_lowercase;
use crate::text::hash::FastHashMap;
use crate::text::lexicon;
use std::sync::LazyLock;

/// The nouns of `org_nouns.txt`, lowercase, with whether a Vietnamese name right after
/// them is the body's (`direct`).
static NOUNS: LazyLock<FastHashMap<String, bool>> = LazyLock::new(|| {
    lexicon::ORG_NOUNS
        .entries()
        .map(|e| (to_lowercase(e.key()), e.column(1) == Some("direct")))
        .collect()
});

/// The byte length of the longest noun of `org_nouns.txt`, lowercase.
static LONGEST: LazyLock<usize> =
    LazyLock::new(|| NOUNS.keys().map(String::len).max().unwrap_or(0));

/// Most words of a noun of a body ("câu lạc bộ").
const MAX_NOUN_WORDS: usize = 3;

/// Most capitalised words read after the noun as the body's name.
const MAX_NAME_WORDS: usize = 6;

/// Does a noun of a body of exactly `n` words end right before word `j`, a space between?
/// Whether it is `direct`, when it does.
fn noun_ending_before(w: &Words<'_>, j: usize, n: usize) -> Option<bool> {
    let i = j.checked_sub(n)?;
    if !(i + 1..=j).all(|k| w.gap(k) == Gap::Space) {
        return None;
    }
    let phrase = &w.text[w.words[i].start()..w.words[j - 1].end()];
    // (no noun is longer: the phrase is lowercased only when it may be one)
    if phrase.len() > *LONGEST {
        return None;
    }
    NOUNS.get(&to_lowercase(phrase)).copied()
}

/// The body whose name holds the capitalised word `k`: the first word `j` of the
/// capitalised words (at most [`MAX_NAME_WORDS`]) that run from right after a noun of a
/// body to `k`, and whether the noun is `direct`.
fn body_before(w: &Words<'_>, k: usize) -> Option<(usize, bool)> {
    let mut j = k;
    while j > 0 && k - j < MAX_NAME_WORDS && w.gap(j) == Gap::Space {
        if let Some(direct) = (1..=MAX_NOUN_WORDS).find_map(|n| noun_ending_before(w, j, n)) {
            return Some((j, direct));
        }
        if w.words[j - 1].case() == Case::Lower {
            return None;
        }
        j -= 1;
    }
    None
}

/// The end of the capitalised words that run from word `k` (at most [`MAX_NAME_WORDS`]).
fn run_end(w: &Words<'_>, k: usize) -> usize {
    let mut r = k + 1;
    while r < w.len()
        && r < k + MAX_NAME_WORDS
        && w.gap(r) == Gap::Space
        && w.words[r].case() != Case::Lower
    {
        r += 1;
    }
    r
}

/// A filter of words by their byte length (63 standing for any longer) and their first
/// byte's low six bits, each a bit of a mask: it passes every word inserted, and turns
/// most others away before they are hashed.
#[derive(Debug, Default)]
struct Prefilter {
    lengths: u64,
    initials: u64,
}

impl Prefilter {
    fn bits(word: &str) -> (u64, u64) {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        (1u64 << word.len().min(63), 1u64 << (first & 63))
    }

    fn insert(&mut self, word: &str) {
        let (l, i) = Prefilter::bits(word);
        self.lengths |= l;
        self.initials |= i;
    }

    /// False only for a word never inserted.
    fn may_hold(&self, word: &str) -> bool {
        let (l, i) = Prefilter::bits(word);
        self.lengths & l != 0 && self.initials & i != 0
    }
}

/// Which of `people` are named by a body's name, with no word of address: a person whose
/// name the text writes ending the capitalised words after a noun of a body, at an
/// occurrence where no title was read before the name (`named`, the names read); a
/// Vietnamese name only right after a `direct` noun. Only the capitalised
/// words that open a candidate's name are looked at, and the noun is looked for before
/// those alone.
pub(super) fn bodies_read_as_names(w: &Words<'_>, people: &[Person], named: &[Named]) -> Vec<bool> {
    let mut out = vec![false; people.len()];
    let mut firsts: FastHashMap<&str, Vec<usize>> = FastHashMap::default();
    // (most capitalised words are passed over by the filter alone, before any hashing)
    let mut filter = Prefilter::default();
    for (i, p) in people.iter().enumerate() {
        if p.honorific.is_none()
            && let Some(first) = parts(&p.name).next()
        {
            firsts.entry(first).or_default().push(i);
            filter.insert(first);
        }
    }
    if firsts.is_empty() {
        return out;
    }
    // (the words not all lowercase are listed: [`Words::not_lowercase`])
    for &k in w.not_lowercase() {
        let (k, x) = (k as usize, &w.words[k as usize]);
        let word = w.word(k);
        if !filter.may_hold(word) {
            continue;
        }
        let Some(ids) = firsts.get(word) else {
            continue;
        };
        // (the name as written must end the capitalised words: compared before the body
        // is looked for, which most occurrences of a common first word never reach)
        let r = run_end(w, k);
        let written = &w.text[x.start()..w.words[r - 1].end()];
        if ids.iter().all(|&i| out[i] || people[i].name != written) {
            continue;
        }
        // (a Vietnamese name is a body's only right after a `direct` noun: no run is walked)
        let kinh = parts(written).all(crate::normalize::has_syllable_shape);
        let body = if kinh {
            (1..=MAX_NOUN_WORDS)
                .find_map(|n| noun_ending_before(w, k, n))
                .filter(|&direct| direct)
        } else {
            body_before(w, k).map(|(_, direct)| direct)
        };
        // (a name read after a title there is the holder's: "HLV đội X")
        if body.is_some()
            && !named
                .iter()
                .any(|m| m.from == k && m.titles.iter().any(|h| h.to <= m.from))
        {
            for &i in ids {
                out[i] |= people[i].name == written;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Prefilter;

    /// The filter passes every word inserted (a long one, an empty one, one opening with
    /// a byte of a multi-byte letter), against the direct answer: membership of the list.
    #[test]
    fn the_prefilter_passes_every_word_inserted() {
        let long = "W".repeat(70);
        let words = ["Nguyễn", "Ganga", "Đặng", "", long.as_str(), "San"];
        let mut f = Prefilter::default();
        for w in words {
            f.insert(w);
        }
        for w in words {
            assert!(f.may_hold(w), "{w:?}");
        }
        let mut g = Prefilter::default();
        g.insert("Ganga");
        assert!(!g.may_hold("Ram") && !g.may_hold("Gang") && g.may_hold("Giang"));
    }
}
