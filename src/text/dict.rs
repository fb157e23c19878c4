//! The dictionary: the phrases of word lists compiled once into one leftmost-longest
//! Aho-Corasick automaton, each entry carrying the tags of every list it belongs to.
//!
//! Phrases and text are compared in their *folded* form ([`fold_into`]): lowercase, with
//! every char that is not part of a word replaced by spaces of its byte length, so byte
//! offsets are kept. A folded text is read behind one space and followed by one
//! ([`folded`]), and every key carries a space on each side, so a match covers whole
//! words. A lookup runs the automaton anchored at a word start and returns the longest
//! entry ("Phó Bí thư Thường trực" over "Bí thư"); it reads at most the longest key's
//! bytes, so looking up every word of a text is linear in it. A bit set of the hashes of
//! the entries' first words ([`Dict::may_start`]) lets a scanner skip, without a search,
//! the words that start no entry.
//!
//! A consumer chooses its tag type `T` and says, for each lexicon, how an entry's columns
//! set tags ([`Source`]); the entries of all its lexicons merge by folded phrase, so one
//! phrase carries the tags of every list it is in.

use std::collections::HashMap;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

use super::lexicon::{Entry, Lexicon};
use super::tokens::fold_char;

/// A lexicon and how one of its entries sets the tags of its phrase.
pub(crate) type Source<T> = (Lexicon, fn(&Entry<'_>, &mut T));

/// Appends `s` folded: lowercased char by char (a char whose lowercase form has another
/// byte length is kept), every char that is not a word char replaced by spaces of its
/// length, so byte offsets are preserved. Word chars and their folding are the
/// tokenizer's ([`fold_char`]).
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let tab = crate::text::chars::table();
    for c in s.chars() {
        if let Some(low) = fold_char(tab, c) {
            out.push(low);
        } else {
            for _ in 0..c.len_utf8() {
                out.push(' ');
            }
        }
    }
}

/// The folded copy of `text` that [`Dict::longest_at`] reads: [`fold_into`] behind one
/// space and followed by one, so byte `i` of `text` is byte `i + 1` of the copy. (A
/// scanner may build the same bytes in its own pass.)
pub(crate) fn folded(text: &str) -> Vec<u8> {
    let mut buf = String::with_capacity(text.len() + 2);
    buf.push(' ');
    fold_into(text, &mut buf);
    buf.push(' ');
    buf.into_bytes()
}

/// A phrase as a key of the automaton: folded, separators as single spaces, with a space
/// on each side.
fn fold_phrase(s: &str) -> String {
    let mut out = String::from(" ");
    let mut buf = String::new();
    fold_into(s, &mut buf);
    for w in buf.split(' ').filter(|w| !w.is_empty()) {
        out.push_str(w);
        out.push(' ');
    }
    out
}

/// Size of the first-word filter, in bits.
const FIRST_BITS: usize = 1 << 16;

/// The hash of a folded word for the first-word filter: FNV-1a over its code points (one
/// step per char, so a scanner hashes a char from its table entry without re-reading its
/// bytes).
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordHasher(u32);

impl WordHasher {
    /// The state of no chars.
    pub(crate) const NEW: WordHasher = WordHasher(0x811c_9dc5);

    /// The state after one more code point.
    #[inline]
    #[must_use]
    pub(crate) fn push(self, c: u32) -> WordHasher {
        WordHasher((self.0 ^ c).wrapping_mul(0x0100_0193))
    }

    /// The hash of the chars pushed: an index of the first-word filter, the state's top
    /// sixteen bits (FNV's best mixed).
    #[inline]
    pub(crate) fn finish(self) -> u32 {
        const _: () = assert!(FIRST_BITS == 1 << 16);
        self.0 >> 16
    }
}

/// The [`WordHasher`] hash of a folded word, given as the bytes of a `str` (a scanner's
/// folded copy need not be checked as UTF-8 again).
pub(crate) fn word_hash(folded: &[u8]) -> u32 {
    let mut h = WordHasher::NEW;
    let mut i = 0;
    while let Some(&x) = folded.get(i) {
        if x < 0x80 {
            h = h.push(u32::from(x));
            i += 1;
        } else {
            let (u, len) = crate::text::chars::decode(folded, i);
            h = h.push(u);
            i += len;
        }
    }
    h.finish()
}

/// One entry: its tags, and whether its phrase as written ends with a period.
#[derive(Debug)]
struct Stored<T> {
    tags: T,
    period: bool,
}

/// The longest entry found at a word start.
#[derive(Debug)]
pub(crate) struct Match<'d, T> {
    /// The end of the match in the text (bytes): the end of its last word.
    pub end: usize,
    /// The entry's tags.
    pub tags: &'d T,
    /// The entry as written ends with a period ("PGS.TS."): a caller may take the
    /// text's period after the match.
    pub period: bool,
}

/// The compiled dictionary of some lexicons, with tags of type `T` on every entry.
pub(crate) struct Dict<T> {
    /// `None` only if the fixed lists could not be compiled (then nothing matches).
    ac: Option<(DFA, StateID)>,
    entries: Vec<Stored<T>>,
    /// A bit set of the [`WordHasher`] hashes of the entries' first words.
    first: Vec<u64>,
}

impl<T> std::fmt::Debug for Dict<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dict")
            .field("entries", &self.entries.len())
            .finish()
    }
}

impl<T: Default> Dict<T> {
    /// Compiles the entries of `sources`, in order: an entry's phrase (first column) is
    /// folded, and the source's function sets its tags from the entry's columns. Entries
    /// of one folded phrase, in one list or several, share one set of tags.
    pub(crate) fn new(sources: &[Source<T>]) -> Dict<T> {
        let mut keys: Vec<String> = Vec::new();
        let mut entries: Vec<Stored<T>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (lexicon, tag) in sources {
            for e in lexicon.entries() {
                let phrase = e.key();
                let key = fold_phrase(phrase);
                if key.trim().is_empty() {
                    continue;
                }
                let at = *index.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    entries.push(Stored {
                        tags: T::default(),
                        period: false,
                    });
                    entries.len() - 1
                });
                let stored = &mut entries[at];
                stored.period |= phrase.ends_with('.');
                tag(&e, &mut stored.tags);
            }
        }
        // The lists are fixed data tested in CI; an automaton that cannot be built
        // degrades to matching nothing rather than panicking.
        let ac = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            // The search is the loop of `find_anchored`, which uses no prefilter.
            .prefilter(false)
            .build(&keys)
            .ok()
            .and_then(|dfa| {
                let start = dfa.start_state(Anchored::Yes).ok()?;
                Some((dfa, start))
            });
        let mut first = vec![0u64; FIRST_BITS / 64];
        for k in &keys {
            if let Some(w) = k.split(' ').find(|w| !w.is_empty()) {
                let h = word_hash(w.as_bytes()) as usize;
                first[h / 64] |= 1 << (h % 64);
            }
        }
        Dict { ac, entries, first }
    }
}

impl<T> Dict<T> {
    /// Can a word whose folded chars hash to `hash` ([`WordHasher::finish`]) start an
    /// entry? `false` means it cannot; `true` that it may.
    #[inline]
    pub(crate) fn may_start(&self, hash: u32) -> bool {
        let h = hash as usize;
        self.first
            .get(h / 64)
            .is_some_and(|bits| bits & (1 << (h % 64)) != 0)
    }

    /// The longest entry whose phrase starts at the word starting at byte `start` of a
    /// text, `folded` being its [`folded`] copy.
    #[inline]
    pub(crate) fn longest_at(&self, folded: &[u8], start: usize) -> Option<Match<'_, T>> {
        let (dfa, sid) = self.ac.as_ref()?;
        let (pattern, end) = find_anchored(dfa, *sid, folded, start)?;
        let stored = self.entries.get(pattern)?;
        Some(Match {
            // The key's trailing space, and the leading space of `folded`.
            end: end.checked_sub(2)?,
            tags: &stored.tags,
            period: stored.period,
        })
    }
}

/// The leftmost-longest match of `dfa` (anchored start state `sid`) that starts at byte
/// `start` of `hay`: its pattern and end. The loop of `aho_corasick`'s own anchored
/// search, without its per-call set-up.
#[inline(always)]
fn find_anchored(dfa: &DFA, mut sid: StateID, hay: &[u8], start: usize) -> Option<(usize, usize)> {
    let mut mat = None;
    if dfa.is_match(sid) {
        let pid = dfa.match_pattern(sid, 0);
        if dfa.pattern_len(pid) == 0 {
            mat = Some((pid.as_usize(), start));
        }
    }
    for (at, &b) in hay.iter().enumerate().skip(start) {
        sid = dfa.next_state(Anchored::Yes, sid, b);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                return mat;
            }
            if dfa.is_match(sid) {
                let pid = dfa.match_pattern(sid, 0);
                // Matches reached through a failure transition start later: skipped.
                if at < start + dfa.pattern_len(pid) {
                    mat = Some((pid.as_usize(), at + 1));
                }
            }
        }
    }
    mat
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lexicon;

    /// A test tag: which of the sources below an entry is in.
    type Bits = u8;

    const SOURCES: [Source<Bits>; 3] = [
        (lexicon::OFFICIAL_TITLES, |_, t| *t |= 1),
        (lexicon::ORG_HEADS, |_, t| *t |= 2),
        (lexicon::OFFICIAL_RANKS, |_, t| *t |= 4),
    ];

    fn keys() -> Vec<String> {
        SOURCES
            .iter()
            .flat_map(|(l, _)| l.entries())
            .map(|e| fold_phrase(e.key()))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    #[test]
    fn phrases_fold_to_keys() {
        assert_eq!(fold_phrase("Phó  Bí-thư"), " phó bí thư ");
        assert_eq!(fold_phrase("PGS.TS."), " pgs ts ");
        let mut s = String::new();
        fold_into("ĐẠI HỘI, Ǆ", &mut s);
        assert_eq!(s, "đại hội  ǆ");
        assert_eq!(folded("Ab"), b" ab ");
    }

    #[test]
    fn longest_entry_wins_and_tags_merge() {
        let d = Dict::new(&SOURCES);
        let text = "Phó Bí thư Thường trực Huyện ủy";
        let buf = folded(text);
        let m = d.longest_at(&buf, 0).unwrap();
        assert_eq!(&text[..m.end], "Phó Bí thư Thường trực");
        assert_eq!(*m.tags, 1);
        let at = text.find("Huyện").unwrap();
        assert_eq!(*d.longest_at(&buf, at).unwrap().tags, 2);
        let m = d.longest_at(&folded("PGS.TS. A"), 0).unwrap();
        assert!(m.period && m.end == "PGS.TS".len());
    }

    /// [`find_anchored`] and the first-word filter agree with `aho_corasick`'s own
    /// anchored search over the same keys, at every byte of a real article.
    #[test]
    fn lookup_matches_aho_corasick() {
        let d = Dict::new(&SOURCES);
        let keys = keys();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&keys)
            .unwrap();
        let fixture = include_str!("../../fixtures/duc-ninh-2023.txt");
        let text = format!("{fixture} Phó Bí thư Thường trực; PGS.TS. Chủ tịch");
        let buf = folded(&text);
        let mut found = 0;
        for start in 0..buf.len() {
            let input = aho_corasick::Input::new(&buf)
                .range(start..)
                .anchored(Anchored::Yes);
            let want = ac
                .find(input)
                .map(|m| (keys[m.pattern()].clone(), m.end() - 2));
            let got = d.longest_at(&buf, start).map(|m| {
                let key = std::str::from_utf8(&buf[start..m.end + 2]).unwrap();
                (key.to_string(), m.end)
            });
            assert_eq!(got, want, "at byte {start}");
            if let Some((key, _)) = got {
                let first = key.split(' ').find(|w| !w.is_empty()).unwrap();
                assert!(d.may_start(word_hash(first.as_bytes())), "{first:?}");
                found += 1;
            }
        }
        assert!(found > 20, "{found} matches");
    }
}
