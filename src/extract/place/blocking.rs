//! The words of `place_blockers.txt` in a clause ([`super::read`]'s `blockers`): every
//! occurrence that starts the clause or follows a char that is no word char nor `&`, the
//! only ones reading keeps.
//!
//! An anchored contiguous NFA is walked from each such start, rather than an overlapping
//! search of every byte: anchored, the NFA never follows a failure transition, so a walk
//! is a few bytes, and its build writes each state's own transitions, not one for every
//! byte class of every state as the DFA of the overlapping search did (a ninth of the
//! command line's start-up, 10M instructions). The test `blocker_words_are_the_overlapping_search`
//! checks it against the overlapping search.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::lexicon::Blocker;
use super::words::is_word_char;

/// The blocker words compiled, each pattern with what it blocks.
pub(super) struct BlockerWords {
    nfa: NFA,
    start: StateID,
    kinds: Vec<Blocker>,
    /// The set of the first two bytes of the patterns (a pattern of one byte: its byte
    /// with every byte after it), asked before a walk.
    heads: Box<[u64; 1024]>,
    /// The patterns (for the test against the overlapping search).
    #[cfg(test)]
    pub(super) patterns: Vec<String>,
}

impl std::fmt::Debug for BlockerWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockerWords")
            .field("patterns", &self.kinds.len())
            .finish()
    }
}

impl BlockerWords {
    /// `patterns`, the `k`th blocking `kinds[k]`.
    pub(super) fn new(patterns: &[String], kinds: Vec<Blocker>) -> Option<BlockerWords> {
        let nfa = NFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .ok()?;
        let start = nfa.start_state(Anchored::Yes).ok()?;
        let mut heads = Box::new([0u64; 1024]);
        for p in patterns {
            let (first, second) = match *p.as_bytes() {
                [a, b, ..] => (a, b..=b),
                [a] => (a, 0..=u8::MAX),
                [] => continue,
            };
            for b in second {
                let h = usize::from(first) << 8 | usize::from(b);
                heads[h >> 6] |= 1 << (h & 63);
            }
        }
        Some(BlockerWords {
            nfa,
            start,
            kinds,
            heads,
            #[cfg(test)]
            patterns: patterns.to_vec(),
        })
    }

    /// Does `f` hold for an occurrence of a pattern in `window` that starts at its start
    /// or right after a char that is no word char nor `&` (what the pattern blocks, its
    /// start and its end)? The occurrences are asked by start, then by end, up to the
    /// first for which `f` holds.
    pub(super) fn any(
        &self,
        window: &str,
        mut f: impl FnMut(Blocker, usize, usize) -> bool,
    ) -> bool {
        let hay = window.as_bytes();
        if self.may_start(hay, 0) && self.at(hay, 0, &mut f) {
            return true;
        }
        let mut i = 0;
        while let Some(&x) = hay.get(i) {
            i += 1;
            // ASCII read by its byte (a word char, `&`: no start after it), a
            // continuation byte skipped, other chars decoded
            if x < 0x80 {
                if x.is_ascii_alphanumeric() || x == b'&' {
                    continue;
                }
            } else if x < 0xC0 {
                continue;
            } else {
                let Some(c) = window.get(i - 1..).and_then(|r| r.chars().next()) else {
                    return false;
                };
                i += c.len_utf8() - 1;
                if is_word_char(c) {
                    continue;
                }
            }
            if self.may_start(hay, i) && self.at(hay, i, &mut f) {
                return true;
            }
        }
        false
    }

    /// May a pattern start at `at` of `hay`, by its first two bytes ([`BlockerWords::heads`])?
    #[inline]
    fn may_start(&self, hay: &[u8], at: usize) -> bool {
        match hay.get(at..) {
            Some([a, b, ..]) => {
                let h = usize::from(*a) << 8 | usize::from(*b);
                self.heads[h >> 6] >> (h & 63) & 1 != 0
            }
            Some([_]) => true,
            _ => false,
        }
    }

    /// Does `f` hold for an occurrence of a pattern that starts at `at`, asked by end?
    ///
    /// A state of the anchored walk
    /// also holds the matches its build copied from its failure states (patterns ending
    /// where it does but starting after `at`): only a pattern as long as the walk starts
    /// at `at`.
    #[inline]
    fn at(&self, hay: &[u8], at: usize, f: &mut impl FnMut(Blocker, usize, usize) -> bool) -> bool {
        let Some(rest) = hay.get(at..) else {
            return false;
        };
        let nfa = &self.nfa;
        let mut sid = self.start;
        for (k, &b) in rest.iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if !nfa.is_special(sid) {
                continue;
            }
            if nfa.is_dead(sid) {
                return false;
            }
            if nfa.is_match(sid) {
                for m in 0..nfa.match_len(sid) {
                    let pid = nfa.match_pattern(sid, m);
                    if nfa.pattern_len(pid) == k + 1
                        && let Some(&kind) = self.kinds.get(pid.as_usize())
                        && f(kind, at, at + k + 1)
                    {
                        return true;
                    }
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use aho_corasick::AhoCorasick;

    use super::super::lexicon::LEX;
    use super::super::words::char_before;
    use super::*;

    /// The occurrences [`BlockerWords::find`] gives, by the definition: the overlapping
    /// search of every byte, kept where a match starts the window or follows a char that
    /// is no word char nor `&`.
    fn find_direct(
        words: &BlockerWords,
        ac: &AhoCorasick,
        window: &str,
    ) -> Vec<(Blocker, usize, usize)> {
        let mut all: Vec<_> = ac
            .find_overlapping_iter(window)
            .filter(|m| {
                m.start() == 0
                    || char_before(window, m.start()).is_some_and(|c| !is_word_char(c) && c != '&')
            })
            .map(|m| (words.kinds[m.pattern().as_usize()], m.start(), m.end()))
            .collect();
        all.sort_by_key(|&(k, s, e)| (s, e, k as u8));
        all
    }

    #[test]
    fn blocker_words_are_the_overlapping_search() {
        let words = LEX.blockers.as_ref().expect("the blocker words compile");
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&words.patterns)
            .expect("the overlapping search compiles");
        let fixture = include_str!("../../../fixtures/duc-ninh-2023.txt");
        // every pattern after each kind of char before it, run together and after a
        // word, and the reference article's clauses
        let mut texts: Vec<String> = Vec::new();
        for p in &words.patterns {
            for before in ["", " ", "&", "x", "GD&", "GD- ", "(", "Đ", "“"] {
                texts.push(format!("{before}{p} Hà Nội"));
                texts.push(format!("{before}{p}{p} ở Huế, {p}"));
            }
        }
        texts.extend(fixture.split(['.', ',', '\n']).map(str::to_string));
        let mut found = 0;
        for t in &texts {
            let mut got = Vec::new();
            words.any(t, |k, s, e| {
                got.push((k, s, e));
                false
            });
            let want = find_direct(words, &ac, t);
            found += want.len();
            // the same occurrences; `any` asks them by start, then by end
            assert!(
                got.windows(2).all(|w| (w[0].1, w[0].2) <= (w[1].1, w[1].2)),
                "{t:?}"
            );
            got.sort_by_key(|&(k, s, e)| (s, e, k as u8));
            assert_eq!(got, want, "{t:?}");
        }
        assert!(found > 1000);
    }
}
