//! The anchored automaton of a set of keys: a trie whose transitions are one table, as
//! an anchored DFA's are. Anchored, a leftmost-longest Aho-Corasick automaton never takes
//! a failure transition, so its states are the nodes of the keys' trie and a state
//! matches the key that ends there: the same walks and matches as `aho_corasick`'s
//! anchored DFA of the same keys (the test `trie_is_the_anchored_dfa` checks it), built
//! from the keys' bytes alone. That DFA's build computed each state's transition for
//! each of the 256 bytes; building it was a third of the command line's start-up.
//!
//! As in that DFA, a state is the offset of its row in the table (a multiple of the
//! stride), the dead state is 0 and the match states come right after it, so that a walk
//! tells a special state (dead or match) from the others with one comparison. Unlike it,
//! the stride is the number of byte classes, not the next power of two: a row holds no
//! unused slots (a walk adds a class to the state either way); and the table holds the
//! next state's row number in 16 bits, which a step multiplies by the stride. The
//! officials' dictionary's table is 1.7 MB so, where it was 6 MB (issue 15).

/// A state of a [`Trie`]: the offset of its row.
pub(crate) type StateId = u32;

/// The anchored automaton of some keys ([`Trie::new`]).
pub(crate) struct Trie {
    /// The rows of the states, `stride` transitions each (the dead state's row first):
    /// the row number of the state each leads to (at most [`MAX_STATES`] rows).
    trans: Vec<u16>,
    /// The class of each byte (the bytes of no key share one, which leads to the dead
    /// state).
    classes: [u8; 256],
    /// The number of classes, the length of a row (at least 1).
    stride: u32,
    start: StateId,
    /// The last match state (the dead state when there is none).
    max_match: StateId,
    /// The key of each match state, in state order.
    keys: Vec<u32>,
    /// The length of each key.
    lens: Vec<u32>,
    /// The bytes of the keys, in byte order (each a class of its own).
    bytes: Vec<u8>,
}

/// No key ends at the node.
const NONE: u32 = u32::MAX;

/// The most states a trie has (its rows are numbered in 16 bits).
const MAX_STATES: usize = 1 << 16;

/// An edge of the trie as built: the node it leaves, the class of its byte, the node it
/// leads to.
type Edge = (u32, u8, u32);

impl Trie {
    /// The automaton of `keys`; a key that repeats an earlier one is never matched (the
    /// earlier one is). `None` when the trie would have more than [`MAX_STATES`] states
    /// (the officials' dictionary has 11,635) or its table more than `u32::MAX` entries.
    ///
    /// # Time complexity
    ///
    /// Linear in the keys' bytes times the number of byte classes.
    pub(crate) fn new<K: AsRef<[u8]>>(keys: &[K]) -> Option<Trie> {
        let mut used = [false; 256];
        for k in keys {
            for &b in k.as_ref() {
                used[usize::from(b)] = true;
            }
        }
        // the bytes of the keys have a class each, in byte order; the others share one
        let mut classes = [0u8; 256];
        let mut n = 0usize;
        for (c, _) in classes.iter_mut().zip(used).filter(|&(_, u)| u) {
            *c = n as u8;
            n += 1;
        }
        let bytes: Vec<u8> = (0..=255u8).filter(|&x| used[usize::from(x)]).collect();
        if n < 256 {
            for (c, _) in classes.iter_mut().zip(used).filter(|&(_, u)| !u) {
                *c = n as u8;
            }
            n += 1;
        }
        // the trie, its nodes numbered as they come (0: dead, 1: the root), as its edges:
        // each node's first edge and each edge's next sibling (no table of the nodes' rows
        // is built before the renumbered one, a dictionary's is megabytes: issue 15)
        let mut key_at = vec![NONE, NONE];
        let mut first = vec![NONE, NONE];
        let mut edges: Vec<Edge> = Vec::new();
        let mut sibling: Vec<u32> = Vec::new();
        for (k, key) in keys.iter().enumerate() {
            let mut node = 1u32;
            for &b in key.as_ref() {
                let class = classes[usize::from(b)];
                let mut e = *first.get(node as usize)?;
                while e != NONE && edges.get(e as usize)?.1 != class {
                    e = *sibling.get(e as usize)?;
                }
                node = if e == NONE {
                    let next = u32::try_from(key_at.len()).ok()?;
                    let slot = first.get_mut(node as usize)?;
                    sibling.push(*slot);
                    *slot = u32::try_from(edges.len()).ok()?;
                    edges.push((node, class, next));
                    key_at.push(NONE);
                    first.push(NONE);
                    next
                } else {
                    edges.get(e as usize)?.2
                };
            }
            let at = key_at.get_mut(node as usize)?;
            if *at == NONE {
                *at = u32::try_from(k).ok()?;
            }
        }
        drop((first, sibling));
        let stride = u32::try_from(n).ok()?;
        Trie::renumbered(&edges, &key_at, classes, stride, keys).map(|t| Trie { bytes, ..t })
    }

    /// The trie of the edges `edges` and keys `key_at` of its nodes, its states
    /// renumbered: the dead state, the match states, the others. (Each edge is written
    /// once: the rows' other transitions stay the zeroed table's dead state.)
    fn renumbered<K: AsRef<[u8]>>(
        edges: &[Edge],
        key_at: &[u32],
        classes: [u8; 256],
        stride: u32,
        keys: &[K],
    ) -> Option<Trie> {
        let matches = key_at.iter().filter(|&&k| k != NONE).count();
        let mut order = vec![0u32; key_at.len()];
        let (mut next_match, mut next_other) = (1u32, 1 + u32::try_from(matches).ok()?);
        let mut found = Vec::with_capacity(matches);
        for (node, &k) in key_at.iter().enumerate().skip(1) {
            let slot = if k == NONE {
                &mut next_other
            } else {
                found.push(k);
                &mut next_match
            };
            order[node] = *slot;
            *slot += 1;
        }
        // every offset fits a state id
        let size = u32::try_from(key_at.len()).ok()?.checked_mul(stride)?;
        if key_at.len() > MAX_STATES {
            return None;
        }
        let mut trans = vec![0u16; size as usize];
        for &(node, class, to) in edges {
            let row = order.get(node as usize)? * stride;
            *trans.get_mut((row + u32::from(class)) as usize)? =
                u16::try_from(*order.get(to as usize)?).ok()?;
        }
        let lens = keys
            .iter()
            .map(|k| u32::try_from(k.as_ref().len()).unwrap_or(u32::MAX))
            .collect();
        Some(Trie {
            trans,
            classes,
            stride,
            start: order.get(1)? * stride,
            max_match: u32::try_from(matches).ok()? * stride,
            keys: found,
            lens,
            bytes: Vec::new(),
        })
    }

    /// The start state (the root).
    #[inline]
    pub(crate) fn start(&self) -> StateId {
        self.start
    }

    /// How many states the trie has (its rows, the dead state's with them).
    #[cfg(test)]
    pub(crate) fn states(&self) -> usize {
        self.trans.len() / self.stride as usize
    }

    /// The state after byte `b` in state `sid`.
    #[inline(always)]
    pub(crate) fn next_state(&self, sid: StateId, b: u8) -> StateId {
        u32::from(self.trans[sid as usize + usize::from(self.classes[usize::from(b)])])
            * self.stride
    }

    /// The bytes after which the automaton is not dead in state `sid`, as a set of 256
    /// bits (bit `x % 64` of word `x / 64`): only the bytes of the keys are looked at, as
    /// the others lead to the dead state.
    pub(crate) fn live_bytes(&self, sid: StateId) -> [u64; 4] {
        let mut set = [0u64; 4];
        if self.is_dead(sid) {
            return set;
        }
        for &x in &self.bytes {
            if !self.is_dead(self.next_state(sid, x)) {
                set[usize::from(x >> 6)] |= 1 << (x & 63);
            }
        }
        set
    }

    /// Is `sid` the dead state or a match state?
    #[inline(always)]
    pub(crate) fn is_special(&self, sid: StateId) -> bool {
        sid <= self.max_match
    }

    /// Is `sid` the dead state (no key goes on)?
    #[inline(always)]
    pub(crate) fn is_dead(&self, sid: StateId) -> bool {
        sid == 0
    }

    /// Does a key end at `sid`?
    #[inline(always)]
    pub(crate) fn is_match(&self, sid: StateId) -> bool {
        sid != 0 && sid <= self.max_match
    }

    /// The key that ends at the match state `sid` (its index in the keys given).
    #[inline]
    pub(crate) fn match_pattern(&self, sid: StateId) -> usize {
        let row = sid.checked_div(self.stride).unwrap_or(0);
        self.keys
            .get((row as usize).wrapping_sub(1))
            .map_or(usize::MAX, |&k| k as usize)
    }

    /// The length of key `key`.
    #[inline]
    pub(crate) fn pattern_len(&self, key: usize) -> usize {
        self.lens.get(key).map_or(usize::MAX, |&n| n as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{Anchored, Input, MatchKind, StartKind};

    /// The longest key of `t` that starts at byte `at` of `hay`, by walking it.
    fn walk(t: &Trie, hay: &[u8], at: usize) -> Option<(usize, usize)> {
        let mut sid = t.start();
        let mut last = t.is_match(sid).then(|| (t.match_pattern(sid), at));
        for (k, &b) in hay[at..].iter().enumerate() {
            sid = t.next_state(sid, b);
            assert_eq!(t.is_special(sid), t.is_dead(sid) || t.is_match(sid));
            if t.is_dead(sid) {
                break;
            }
            if t.is_match(sid) {
                let key = t.match_pattern(sid);
                assert_eq!(t.pattern_len(key), k + 1);
                last = Some((key, at + k + 1));
            }
        }
        last
    }

    fn same_as_dfa(keys: &[String], hay: &str) {
        let t = Trie::new(keys).unwrap();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(keys)
            .unwrap();
        for at in 0..=hay.len() {
            let theirs = ac
                .find(Input::new(hay).range(at..).anchored(Anchored::Yes))
                .map(|m| (m.pattern().as_usize(), m.end()));
            assert_eq!(walk(&t, hay.as_bytes(), at), theirs, "{keys:?} at {at}");
        }
    }

    #[test]
    fn live_bytes_are_those_of_a_live_next_state() {
        let keys: Vec<String> = ["ab", "abc", "b", "đức", "a c", ""]
            .map(String::from)
            .to_vec();
        let t = Trie::new(&keys).unwrap();
        let mut states = vec![0, t.start()];
        for k in &keys {
            let mut sid = t.start();
            for &b in k.as_bytes() {
                sid = t.next_state(sid, b);
                states.push(sid);
            }
        }
        for sid in states {
            let mut all = [0u64; 4];
            for x in 0..=255u8 {
                if !t.is_dead(t.next_state(sid, x)) {
                    all[usize::from(x >> 6)] |= 1 << (x & 63);
                }
            }
            assert_eq!(t.live_bytes(sid), all, "state {sid}");
        }
        assert_ne!(t.live_bytes(t.start()), [0; 4]);
    }

    #[test]
    fn a_row_has_a_slot_per_class() {
        // five bytes and the class of the others: six slots a row, not eight; the dead
        // state, the root and a node per byte of "abcde" (the "abc" node ends a key too)
        let t = Trie::new(&["abcde", "abc"]).unwrap();
        assert_eq!(t.stride, 6);
        assert_eq!(t.trans.len(), 7 * 6);
        assert_eq!(walk(&t, b"abcdx", 0), Some((1, 3)));
        assert_eq!(walk(&t, b"abcde", 0), Some((0, 5)));
    }

    #[test]
    fn more_states_than_rows_numbered_is_no_trie() {
        // 41^3 keys of three letters: 70,645 states (with the dead state and the root),
        // beyond 16-bit row numbers
        let letters: Vec<char> = ('a'..='z').chain('A'..='O').collect();
        let mut keys = Vec::new();
        for a in &letters {
            for b in &letters {
                for c in &letters {
                    keys.push(format!("{a}{b}{c}"));
                }
            }
        }
        assert!(Trie::new(&keys).is_none());
        // the first 63,935 keys make 65,536 states, the most it holds; one more key
        // makes one more
        let t = Trie::new(&keys[..63_935]).unwrap();
        assert_eq!(walk(&t, b"OOa", 0), None);
        assert_eq!(walk(&t, b"Mbp", 0), Some((63_934, 3)));
        assert_eq!(walk(&t, b"Mbq", 0), None);
        assert!(Trie::new(&keys[..63_936]).is_none());
    }

    #[test]
    fn trie_is_the_anchored_dfa() {
        let words: Vec<String> = crate::text::lexicon::OFFICIAL_TITLES
            .entries()
            .chain(crate::text::lexicon::ORG_HEADS.entries())
            .map(|e| e.key().to_lowercase())
            .collect();
        let fixture = include_str!("../../fixtures/duc-ninh-2023.txt").to_lowercase();
        same_as_dfa(&words, &fixture);
        // a key repeated, a key inside another, the empty key, bytes of no key
        let keys: Vec<String> = ["ab", "abc", "b", "ab", "", "bcd", "đức"]
            .map(String::from)
            .to_vec();
        same_as_dfa(&keys, "xabcd abcbcd đức đứ ab");
        same_as_dfa(&keys[..4], "xabcd abcbcd");
        assert!(Trie::new::<String>(&[]).is_some_and(|t| t.is_dead(t.next_state(t.start(), b'a'))));
    }
}
