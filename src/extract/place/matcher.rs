//! The matcher of the place patterns: the plain search is a DFA (leftmost-longest, no
//! prefilter) searched with the loop of `aho_corasick`'s own non-overlapping search,
//! inlined here (the test `matcher_is_aho_corasick` checks it against
//! `AhoCorasick::find_iter`).
//!
//! Reading keeps only the matches that start a word, so a document's search
//! ([`Matcher::find_iter_words`]) asks an anchored automaton at the starts of its word
//! tokens only, rather than feeding a DFA every byte: the same matches that start a word,
//! in the same order (see that function for why). The plain search's DFA is only built
//! when a text is given without its tokens: building it costs more than a document of
//! 5 KB takes to read. The rare text or step of a document's search that needs a plain
//! search walks the NFA unanchored instead ([`Matcher::find`]).
//!
//! The anchored automaton is a contiguous NFA, not a DFA: anchored, an NFA never follows
//! a failure transition, so it walks the same states as the anchored DFA of the same
//! patterns and has the same matches in them, while its build writes each state's own
//! transitions rather than one for every byte of every state (the DFA's build was a
//! quarter of the command line's start-up); the walks are short, a few bytes from the
//! word starts whose first word a pattern has. It also takes well under a tenth of the
//! DFA's memory (the DFA was 6.6 MB, the largest table of the crate; issue 15).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use std::sync::OnceLock;

use super::words::{char_before, is_word_char};
use crate::text::dict::WordHasher;
use crate::text::hash::FastHashMap;
use crate::text::tokens::{Token, TokenKind, fold_char};

/// The place patterns compiled into an anchored NFA, asked at word starts; the DFA of the
/// plain search of a text without its tokens is built on first use (a document never
/// needs it).
pub(super) struct Matcher {
    nfa: NFA,
    anchored: StateID,
    patterns: Vec<String>,
    plain: OnceLock<Option<Plain>>,
    /// The set of the hashes ([`Token::word_hash`]) of the patterns' first words.
    first_words: Box<[u64; 1024]>,
    /// Every pattern starts with a letter (alphabetic): a match that starts a word starts
    /// a word token ([`Matcher::find_iter_words`] relies on it).
    letters_first: bool,
    /// For each pattern, the heads of the patterns that may hide it (see [`hazards`]).
    hazards: Vec<Vec<Box<[u8]>>>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

/// The leftmost-longest DFA of `patterns` with no prefilter, built with the start states
/// `start`.
fn leftmost_longest(patterns: &[String], start: StartKind) -> Option<DFA> {
    DFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(start)
        .prefilter(false)
        .build(patterns)
        .ok()
}

/// One half of the text searched by [`Plain::find_halves`]: where it is, where it ends,
/// its state, its last match (state and end) and whether it is over.
struct Lane {
    pos: usize,
    end: usize,
    sid: StateID,
    last: Option<(StateID, usize)>,
    done: bool,
}

impl Lane {
    fn new(pos: usize, end: usize, start: StateID) -> Lane {
        Lane {
            pos,
            end,
            sid: start,
            last: None,
            done: pos == end,
        }
    }
}

/// The leftmost-longest DFA of the patterns (no prefilter), with its unanchored start
/// state.
struct Plain {
    dfa: DFA,
    start: StateID,
}

impl Plain {
    fn new(patterns: &[String]) -> Option<Plain> {
        let dfa = leftmost_longest(patterns, StartKind::Unanchored)?;
        let start = dfa.start_state(Anchored::No).ok()?;
        Some(Plain { dfa, start })
    }

    /// The pattern, start and end of a match ending at `end` in match state `sid`.
    #[inline]
    fn matched(&self, sid: StateID, end: usize) -> (usize, usize, usize) {
        let pid = self.dfa.match_pattern(sid, 0);
        let len = self.dfa.pattern_len(pid);
        (pid.as_usize(), end.saturating_sub(len), end)
    }

    /// Every match of `hay` that the plain search finds, in order, searched in two
    /// halves at once: `hay` is cut after a line end near its middle (no pattern holds
    /// one, so there the search is back in its start state with no match pending), and
    /// one loop takes a byte of each half in turn. The steps of one half wait each for
    /// the last (a load from the transition table); those of the two halves do not, so
    /// the processor overlaps them.
    fn find_halves(&self, hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let mid = hay.len() / 2;
        let cut = memchr::memchr(b'\n', &hay[mid..]).map_or(hay.len(), |i| mid + i + 1);
        let mut a = Lane::new(0, cut, self.start);
        let mut b = Lane::new(cut, hay.len(), self.start);
        let (mut found, mut later) = (Vec::new(), Vec::new());
        let dfa = &self.dfa;
        while !a.done && !b.done {
            let n = (a.end - a.pos).min(b.end - b.pos);
            for (&x, &y) in hay[a.pos..a.pos + n].iter().zip(&hay[b.pos..b.pos + n]) {
                a.pos += 1;
                b.pos += 1;
                a.sid = dfa.next_state(Anchored::No, a.sid, x);
                b.sid = dfa.next_state(Anchored::No, b.sid, y);
                if dfa.is_special(a.sid) || dfa.is_special(b.sid) {
                    break;
                }
            }
            self.settle(&mut a, &mut found);
            self.settle(&mut b, &mut later);
        }
        for (lane, out) in [(&mut a, &mut found), (&mut b, &mut later)] {
            while !lane.done {
                if let Some(&x) = hay[..lane.end].get(lane.pos) {
                    lane.pos += 1;
                    lane.sid = dfa.next_state(Anchored::No, lane.sid, x);
                }
                self.settle(lane, out);
            }
        }
        found.append(&mut later);
        found
    }

    /// After a step of `lane`: at a match state, remembers the match; at the dead state
    /// or the lane's end, gives the match pending and goes on after it (the lane is over
    /// when none is pending: the dead state comes only after a match, so that is its
    /// end).
    #[inline]
    fn settle(&self, lane: &mut Lane, out: &mut Vec<(usize, usize, usize)>) {
        let dead = self.stop(lane.sid, lane.pos, &mut lane.last);
        if dead || lane.pos == lane.end {
            match lane.last.take() {
                Some((sid, end)) => {
                    out.push(self.matched(sid, end));
                    lane.pos = end;
                    lane.sid = self.start;
                    lane.done = end == lane.end;
                }
                None => lane.done = true,
            }
        }
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
}

impl Matcher {
    pub(super) fn new(patterns: &[String]) -> Option<Matcher> {
        let nfa = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(patterns)
            .ok()?;
        let anchored = nfa.start_state(Anchored::Yes).ok()?;
        let mut first_words = Box::new([0u64; 1024]);
        for p in patterns {
            let h = first_word_hash(p) as usize;
            first_words[h / 64] |= 1 << (h % 64);
        }
        let letters_first = patterns
            .iter()
            .all(|p| p.chars().next().is_some_and(char::is_alphabetic));
        Some(Matcher {
            nfa,
            anchored,
            patterns: patterns.to_vec(),
            plain: OnceLock::new(),
            first_words,
            letters_first,
            hazards: hazards(patterns),
        })
    }

    /// The heap bytes of the automaton asked at word starts.
    #[cfg(test)]
    pub(super) fn anchored_memory(&self) -> usize {
        self.nfa.memory_usage()
    }

    /// The leftmost-longest match in `hay` at or after `from`: pattern, start, end.
    ///
    /// The NFA searched unanchored, not the plain search's DFA: a document's search needs
    /// this step only for a rare text or word start, and building the DFA for it cost
    /// the command line more than the steps ever saved (73M instructions, once a process).
    #[inline]
    fn find(&self, hay: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        // (a span past the end would panic: no match there)
        hay.get(from..)?;
        let input = aho_corasick::Input::new(hay).span(from..hay.len());
        let m = self.nfa.try_find(&input).ok()??;
        Some((m.pattern().as_usize(), m.start(), m.end()))
    }

    /// The longest match starting at `at`: pattern and end.
    ///
    /// A state of the anchored walk also holds the matches its build copied from its failure
    /// states: patterns that end where it does but start after `at` ("sông" in the state of
    /// "đồng bằng sông", the start of "đồng bằng sông Hồng"). Only a pattern as long as the
    /// walk starts at `at`.
    #[inline]
    fn longest_at(&self, hay: &[u8], at: usize) -> Option<(usize, usize)> {
        let nfa = &self.nfa;
        let mut sid = self.anchored;
        let mut last = None;
        for (k, &b) in hay.get(at..)?.iter().enumerate() {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    break;
                }
                if nfa.is_match(sid) {
                    let whole = (0..nfa.match_len(sid))
                        .map(|i| nfa.match_pattern(sid, i))
                        .find(|&pid| nfa.pattern_len(pid) == k + 1);
                    if let Some(pid) = whole {
                        last = Some((pid.as_usize(), at + k + 1));
                    }
                }
            }
        }
        last
    }

    /// The next start of a word at or after `pos` that is the first word of a pattern (by
    /// its hash): a word token's start (from `tokens[*next..]`, `next` moved past it) not
    /// after a word character.
    #[inline]
    fn next_word_start(
        &self,
        text: &str,
        tokens: &[Token],
        next: &mut usize,
        pos: usize,
    ) -> Option<usize> {
        let b = text.as_bytes();
        loop {
            // (the kind of a token found is tested below, not that of every token; one
            // index walks the tokens)
            let mut k = *next;
            let t = loop {
                let t = *tokens.get(k)?;
                let h = t.hash_bits() as usize;
                if self.first_words[h / 64] >> (h % 64) & 1 != 0 {
                    break t;
                }
                k += 1;
            };
            *next = k + 1;
            let s = t.start();
            if s < pos || t.kind() != TokenKind::Word {
                continue;
            }
            let after_word = match s.checked_sub(1).and_then(|p| b.get(p)) {
                None => false,
                Some(&x) if x < 0x80 => x.is_ascii_alphanumeric(),
                Some(_) => char_before(text, s).is_some_and(is_word_char),
            };
            if !after_word {
                return Some(s);
            }
        }
    }

    /// The matches of [`Matcher::find_iter`] over `text` that start a word and do not end
    /// inside one after a letter (and perhaps a few others), in order, where `tokens` are
    /// the tokens of `text` (`text::tokens::tokenize`). Reading drops the others.
    ///
    /// The NFA is walked, anchored, from the word starts whose word is the first word of a
    /// pattern (told by the token's hash), not over every byte. A match there that ends
    /// at a word's end or after a non-letter has that first word as its token; one that
    /// ends inside a word after a letter runs over no other word start, so leaving it out
    /// changes nothing after. A match of the plain search that starts inside a word only
    /// matters when it runs over the start of a word where a pattern matches, so hiding
    /// that match: that needs one of the match's [`hazards`] to end there, and then this
    /// step is the plain search's own. A word start after a combining mark (U+0300..
    /// U+036F, a letter to the tokenizer but not alphanumeric) is inside a word token: a
    /// text with one is searched plainly, as is every text when a pattern does not start
    /// with a letter.
    pub(super) fn find_iter_words<'h>(
        &'h self,
        text: &'h str,
        tokens: &'h [Token],
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'h {
        let hay = text.as_bytes();
        // U+0300..U+037F are the characters whose lead byte is CC or CD
        let fast = self.letters_first
            && u32::try_from(hay.len()).is_ok()
            && memchr::memchr2(0xCC, 0xCD, hay).is_none();
        let mut plain = (!fast).then(|| self.find_iter(hay));
        let mut pos = 0;
        let mut next = 0;
        std::iter::from_fn(move || {
            if let Some(all) = plain.as_mut() {
                return all.next();
            }
            loop {
                let w = self.next_word_start(text, tokens, &mut next, pos)?;
                let Some((pid, end)) = self.longest_at(hay, w) else {
                    continue;
                };
                let hidden = self.hazards[pid]
                    .iter()
                    .any(|h| w >= pos + h.len() && hay[..w].ends_with(h));
                let m = if hidden {
                    // the plain search's step, and `w` is looked at again after it
                    next -= 1;
                    self.find(hay, pos)?
                } else {
                    (pid, w, end)
                };
                pos = m.2;
                return Some(m);
            }
        })
    }

    /// The matches of [`Matcher::find_iter`], all at once: the text's two halves are
    /// searched together ([`Plain::find_halves`]), about twice as fast on a long text.
    pub(super) fn find_all(&self, hay: &[u8]) -> Vec<(usize, usize, usize)> {
        self.plain
            .get_or_init(|| Plain::new(&self.patterns))
            .as_ref()
            .map(|p| p.find_halves(hay))
            .unwrap_or_default()
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

/// The [`Token::word_hash`] of the first word of `p`: its first run of letters.
fn first_word_hash(p: &str) -> u32 {
    let tab = crate::text::chars::table();
    let mut h = WordHasher::NEW;
    for c in p.chars().take_while(|c| !c.is_ascii_digit()) {
        match fold_char(tab, c) {
            Some(f) => h = h.push(u32::from(f)),
            None => break,
        }
    }
    h.finish()
}

/// For each pattern `q`, the heads `p[..k]` of the patterns `p` that end in a non-word
/// character and whose rest `p[k..]` agrees with `q` (one is a prefix of the other): only
/// such a `p`, matched from inside a word, can run over the start of a word where `q`
/// matches and so hide it from the plain search (which goes on after each match, taken or
/// not). "TP.HCM" is a head "TP." for "HCM", "Thừa Thiên - Huế" a head "Thừa Thiên - " for
/// "Huế".
///
/// The patterns that agree with a rest are looked up, not compared with it one by one:
/// those it starts are a run of the patterns in byte order, those that start it are
/// found by their bytes, one look-up for each char boundary of the rest. (Each `q` still
/// receives its heads in the order of the patterns `p` and of their characters.)
fn hazards(patterns: &[String]) -> Vec<Vec<Box<[u8]>>> {
    let mut out = vec![Vec::new(); patterns.len()];
    let mut sorted: Vec<&[u8]> = patterns.iter().map(String::as_bytes).collect();
    sorted.sort_unstable();
    sorted.dedup();
    // the indices of the patterns of each byte string, in pattern order
    let mut by_bytes: FastHashMap<&[u8], Vec<usize>> = FastHashMap::default();
    for (i, q) in patterns.iter().enumerate() {
        by_bytes.entry(q.as_bytes()).or_default().push(i);
    }
    for p in patterns {
        for (i, c) in p.char_indices() {
            let k = i + c.len_utf8();
            if is_word_char(c) || k == p.len() {
                continue;
            }
            let (head, rest) = p.as_bytes().split_at(k);
            // the patterns that start with `rest` (and `rest` itself), then those that
            // are shorter and start it
            let from = sorted.partition_point(|q| *q < rest);
            let longer = sorted[from..].iter().take_while(|q| q.starts_with(rest));
            let shorter = (1..rest.len())
                .filter(|&j| p.is_char_boundary(k + j))
                .map(|j| &rest[..j]);
            for q in longer.copied().chain(shorter) {
                for &at in by_bytes.get(q).map_or(&[][..], Vec::as_slice) {
                    out[at].push(head.into());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`hazards`] by its definition: every rest compared with every pattern.
    fn hazards_direct(patterns: &[String]) -> Vec<Vec<Box<[u8]>>> {
        let mut out = vec![Vec::new(); patterns.len()];
        for p in patterns {
            for (i, c) in p.char_indices() {
                let k = i + c.len_utf8();
                if is_word_char(c) || k == p.len() {
                    continue;
                }
                let rest = &p.as_bytes()[k..];
                for (q, hz) in patterns.iter().zip(out.iter_mut()) {
                    let q = q.as_bytes();
                    if q.first() == rest.first() && (q.starts_with(rest) || rest.starts_with(q)) {
                        hz.push(p.as_bytes()[..k].into());
                    }
                }
            }
        }
        out
    }

    #[test]
    fn hazards_are_the_direct_ones() {
        let lex = &super::super::lexicon::LEX;
        assert_eq!(hazards(&lex.patterns), hazards_direct(&lex.patterns));
        let mut few: Vec<String> = [
            "TP.HCM",
            "HCM",
            "HC",
            "H",
            "Thừa Thiên - Huế",
            "Huế",
            "Hu",
            "Huế Xưa",
            "",
            "Q. 1",
            "1",
            "1 A",
            "Đ.Đức",
            "Đức",
            "Đ",
            "Đức",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(hazards(&few), hazards_direct(&few));
        few.reverse();
        assert_eq!(hazards(&few), hazards_direct(&few));
        assert!(hazards(&few).iter().any(|h| !h.is_empty()));
    }
}
