//! The matcher of the place patterns: one DFA (leftmost-longest, no prefilter) searched
//! with the loop of `aho_corasick`'s own non-overlapping search, inlined here (the test
//! `matcher_is_aho_corasick` checks it against `AhoCorasick::find_iter`).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// The place patterns compiled into one DFA, with its start state.
pub(super) struct Matcher {
    dfa: DFA,
    start: StateID,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("patterns", &self.dfa.patterns_len())
            .finish()
    }
}

impl Matcher {
    pub(super) fn new(patterns: &[String]) -> Option<Matcher> {
        let dfa = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(patterns)
            .ok()?;
        let start = dfa.start_state(Anchored::No).ok()?;
        Some(Matcher { dfa, start })
    }

    /// The pattern, start and end of a match ending at `end` in match state `sid`.
    #[inline]
    fn matched(&self, sid: StateID, end: usize) -> (usize, usize, usize) {
        let pid = self.dfa.match_pattern(sid, 0);
        let len = self.dfa.pattern_len(pid);
        (pid.as_usize(), end.saturating_sub(len), end)
    }

    /// The leftmost-longest match in `hay` at or after `from`: pattern, start, end.
    ///
    /// Eight bytes a round (the loop's own bookkeeping is paid once per round); the last
    /// match is remembered as its state and end and read once at the end, so that a byte
    /// costs one transition and one comparison.
    #[inline]
    fn find(&self, hay: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        let dfa = &self.dfa;
        let (rounds, tail) = hay.get(from..)?.as_chunks::<8>();
        let mut sid = self.start;
        let mut last = dfa.is_match(sid).then_some((sid, from));
        let mut at = from;
        for round in rounds {
            for (k, &b) in round.iter().enumerate() {
                sid = dfa.next_state(Anchored::No, sid, b);
                if dfa.is_special(sid) && self.stop(sid, at + k + 1, &mut last) {
                    return last.map(|(sid, end)| self.matched(sid, end));
                }
            }
            at += 8;
        }
        for (k, &b) in tail.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) && self.stop(sid, at + k + 1, &mut last) {
                break;
            }
        }
        last.map(|(sid, end)| self.matched(sid, end))
    }

    /// At the special state `sid` reached at `end`: remembers a match in `last`, and says
    /// whether the search is over (the dead state).
    #[inline]
    fn stop(&self, sid: StateID, end: usize, last: &mut Option<(StateID, usize)>) -> bool {
        if self.dfa.is_dead(sid) {
            return true;
        }
        if self.dfa.is_match(sid) {
            *last = Some((sid, end));
        }
        false
    }

    /// The non-overlapping matches of `hay`, as `AhoCorasick::find_iter` yields them.
    pub(super) fn find_iter<'h>(
        &'h self,
        hay: &'h [u8],
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'h {
        let mut pos = 0;
        let mut last_end = None;
        std::iter::from_fn(move || {
            let mut m = self.find(hay, pos)?;
            // An empty match right where the last one ended is skipped (none of the
            // patterns is empty; kept for parity with aho-corasick).
            if m.1 == m.2 && Some(m.2) == last_end {
                pos += 1;
                m = self.find(hay, pos)?;
            }
            pos = m.2;
            last_end = Some(m.2);
            Some(m)
        })
    }
}
