//! The tags of single words: a small table from lowercase words to a one-byte tag, looked
//! up while tokenizing so that a word's tag is in its token (the date words today).
//!
//! Most words of a text carry no tag; [`WordTags::tag`] rejects them by one bit test of
//! the word's hash, which the tokenizer computed anyway ([`WordTags::may_hash`]), without
//! reading or copying the word again. A word that passes (most are tagged: "ngày",
//! "năm") is found by its hash and its bytes read as one `u64`.

use super::{MAX_LEN, MAX_TAG};
use crate::text::chars::{LOWER_CHANGES, LOWER_NOT_FOLDED, UPPER};
use crate::text::dict::word_hash;
use crate::text::hash::FastMap;

/// The open-addressing table's size; it holds at most half as many words.
const SLOTS: usize = 512;

/// The most words a table holds ([`WordTags::new`] keeps the first ones).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) const CAPACITY: usize = SLOTS / 2;

/// For each byte, the set of lengths (bit `n` for `n` bytes, `n < 64`) of the words that
/// start (`[0]`) or end (`[1]`) with that byte ignoring ASCII case.
type EdgeLengths = [[u64; 256]; 2];

/// Lowercase words with a nonzero one-byte tag each.
#[derive(Debug)]
pub(crate) struct WordTags {
    map: FastMap<u8>,
    max_len: usize,
    /// Open addressing over [`slot`] (keys are lowercase): most words of a text are not
    /// tagged and are rejected by one probe, without hashing the whole word.
    slots: Vec<Option<(Box<[u8]>, u8)>>,
    edges: Box<EdgeLengths>,
    /// The set of the [`WordHasher`](crate::text::dict::WordHasher) hashes of the words (one bit a hash).
    hashes: Box<[u64; HASH_WORDS]>,
    /// The words of [`slots`](WordTags::slots) of at most eight bytes, by open addressing
    /// over their hash: each its bytes ASCII-lowercased ([`short_key`]) and its tag, an
    /// empty slot's tag 0. [`WordTags::tag`] looks a word up here with one load of its
    /// bytes.
    short: Box<[(u64, u8); SHORT_SLOTS]>,
}

/// The size of [`WordTags::short`]: at least twice [`CAPACITY`], so a probe sequence
/// always meets an empty slot.
const SHORT_SLOTS: usize = 2 * SLOTS;

/// The bytes `w` (at most eight) as a little-endian `u64`, zero-padded. Word bytes are
/// never 0, so two words of at most eight bytes are equal when their keys are.
fn short_key(w: &[u8]) -> Option<u64> {
    let mut x = [0u8; 8];
    x.get_mut(..w.len())?.copy_from_slice(w);
    Some(u64::from_le_bytes(x))
}

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The [`WordHasher`](crate::text::dict::WordHasher) hashes are 16 bits: a set of them is this many `u64`s.
const HASH_WORDS: usize = (1 << 16) / 64;

/// A cheap hash of a short word that ignores ASCII case: its length and its first, middle
/// and last bytes, each with bit 5 set (so `A` and `a` hash alike; other bytes only need
/// to hash consistently).
#[inline(always)]
fn slot(w: &[u8]) -> usize {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    let h = (u32::from(w[0]) << 24 | u32::from(w[n - 1]) << 16 | u32::from(w[n / 2]) << 8)
        | 0x2020_2000
        | (n as u32 & 0xff);
    (h.wrapping_mul(0x9E37_79B1) >> 23) as usize & (SLOTS - 1)
}

impl WordTags {
    /// The table of `words` (lowercase word, tag); a later entry for the same word wins.
    /// A table holds at most [`CAPACITY`] words, each of at most [`MAX_LEN`] bytes with
    /// a tag of at most [`MAX_TAG`] (a token has room for no other): the others are left
    /// out.
    pub(crate) fn new(words: impl IntoIterator<Item = (String, u8)>) -> WordTags {
        let mut map = FastMap::default();
        for (w, tag) in words {
            if w.len() <= MAX_LEN && tag <= MAX_TAG {
                map.insert(w, tag);
            }
        }
        let max_len = map.keys().map(String::len).max().unwrap_or(0);
        // the table stays at most half full, so every probe sequence meets an empty slot
        let mut slots: Vec<Option<(Box<[u8]>, u8)>> = vec![None; SLOTS];
        for (w, &tag) in map.iter().take(CAPACITY) {
            let mut k = slot(w.as_bytes());
            while slots[k].is_some() {
                k = (k + 1) & (SLOTS - 1);
            }
            slots[k] = Some((w.as_bytes().into(), tag));
        }
        let mut short = Box::new([(0u64, 0u8); SHORT_SLOTS]);
        for (key, tag) in slots.iter().flatten() {
            let lower = key.to_ascii_lowercase();
            let Some(x) = short_key(&lower).filter(|_| *tag != 0 && !lower.contains(&0)) else {
                continue;
            };
            let mut k = word_hash(&lower) as usize % SHORT_SLOTS;
            while short[k].1 != 0 {
                k = (k + 1) % SHORT_SLOTS;
            }
            short[k] = (x, *tag);
        }
        let edges = Box::new(edge_lengths(map.keys()));
        let mut hashes = Box::new([0u64; HASH_WORDS]);
        for w in map.keys() {
            let h = word_hash(w.as_bytes()) as usize;
            hashes[h / 64 % HASH_WORDS] |= 1 << (h % 64);
        }
        WordTags {
            map,
            max_len,
            slots,
            edges,
            hashes,
            short,
        }
    }

    /// The words and their tags, in no order.
    #[cfg(test)]
    pub(crate) fn words(&self) -> impl Iterator<Item = (&str, u8)> {
        self.map.iter().map(|(w, &t)| (w.as_str(), t))
    }

    /// How many words the table has.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    /// The longest word, in bytes.
    #[cfg(test)]
    pub(crate) fn max_len(&self) -> usize {
        self.max_len
    }

    /// The tag of the word `w` lowercased in ASCII (0 when it has none): one probe
    /// rejects most words, with no copy.
    #[inline(always)]
    pub(crate) fn get(&self, w: &[u8]) -> u8 {
        if w.len() > self.max_len {
            return 0;
        }
        let mut k = slot(w);
        loop {
            match &self.slots[k] {
                None => return 0,
                Some((key, tag)) if key.eq_ignore_ascii_case(w) => return *tag,
                Some(_) => k = (k + 1) & (SLOTS - 1),
            }
        }
    }

    /// The tag of the word `b[start..end]` (a word token of the `str` `b`: its ASCII bytes
    /// are letters) ignoring case (`str::to_lowercase`), given the
    /// [`WordHasher`](crate::text::dict::WordHasher) hash `hash` of its folded characters
    /// and the union `classes` of their classes (`text::chars`).
    ///
    /// A word without a [`LOWER_NOT_FOLDED`] character lowercases to its folded form, so
    /// when it has a tag its hash is in the set of the words' hashes: a hash outside the
    /// set answers 0 at once. A word of at most eight bytes with no non-ASCII character
    /// that lowercasing changes is its bytes with bit 5 set in each ASCII letter, looked
    /// up in [`WordTags::short`] by its hash; any other word by [`WordTags::tag_of`].
    #[inline(always)]
    pub(crate) fn tag(&self, b: &[u8], start: usize, end: usize, hash: u32, classes: u8) -> u8 {
        if classes & LOWER_NOT_FOLDED == 0 && !self.may_hash(hash) {
            return 0;
        }
        let len = end.wrapping_sub(start);
        if classes & (LOWER_CHANGES | LOWER_NOT_FOLDED) == 0
            && (1..=8).contains(&len)
            && let Some(x) = b.get(start..start + 8)
            && let Ok(x) = <[u8; 8]>::try_from(x)
        {
            return self.short_tag(u64::from_le_bytes(x), len, hash);
        }
        let Some(w) = b.get(start..end) else {
            return 0;
        };
        self.tag_of(w, classes & UPPER != 0, classes & LOWER_CHANGES != 0)
    }

    /// The tag of the word whose `len` bytes (1 to 8, ASCII bytes all letters) start the
    /// little-endian `x`, and whose folded characters hash to `hash`.
    #[inline(always)]
    fn short_tag(&self, x: u64, len: usize, hash: u32) -> u8 {
        let mask = u64::MAX >> ((8 - len) * 8);
        // an ASCII letter lowercased is itself with bit 5 (0x20) set
        let lower = (x | (!x & HIGH_BITS) >> 2) & mask;
        let mut k = hash as usize % SHORT_SLOTS;
        loop {
            match self.short[k] {
                (_, 0) => return 0,
                (key, tag) if key == lower => return tag,
                _ => k = (k + 1) % SHORT_SLOTS,
            }
        }
    }

    /// True when `hash` is the [`WordHasher`](crate::text::dict::WordHasher) hash of some word of the table.
    #[inline(always)]
    pub(crate) fn may_hash(&self, hash: u32) -> bool {
        let h = hash as usize;
        self.hashes[h / 64 % HASH_WORDS] >> (h % 64) & 1 != 0
    }

    /// The tag of the word `w` (bytes of a `str`) ignoring case; `upper` and
    /// `lower_changes` say whether some character of it is uppercase, and whether some
    /// non-ASCII character of it changes when lowercased.
    ///
    /// Same result as looking up the word ASCII-lowercased, then (when it has an uppercase
    /// character and is not ASCII) `word.to_lowercase()`: when no non-ASCII character
    /// changes, the two lowercasings are the same string, so the second lookup is skipped.
    /// The first lookup is skipped when [`WordTags::may_be_tagged`] rules it out.
    #[inline(never)]
    pub(crate) fn tag_of(&self, w: &[u8], upper: bool, lower_changes: bool) -> u8 {
        if w.len() > self.max_len {
            return 0;
        }
        if self.may_be_tagged(w) {
            let k = self.get(w);
            if k != 0 {
                return k;
            }
        }
        if upper && lower_changes {
            return self.get_lowercased(w);
        }
        0
    }

    /// False when no word of the table can equal `w` ignoring ASCII case (none of its
    /// length starts with its first byte, or none ends with its last byte), so
    /// [`WordTags::get`] would answer 0. Most words of a text are rejected here by two
    /// loads and two bit tests, before any hashing.
    #[inline(always)]
    pub(crate) fn may_be_tagged(&self, w: &[u8]) -> bool {
        match (w.first(), w.last()) {
            (Some(&first), Some(&last)) => {
                let len = w.len() & 63;
                (self.edges[0][usize::from(first)] & self.edges[1][usize::from(last)]) >> len & 1
                    != 0
            }
            _ => true,
        }
    }

    /// The tag of `w` fully lowercased (`str::to_lowercase`): the rare capitalised word
    /// with a non-ASCII capital ("ĐẾN", "Đầu", "Ở").
    ///
    /// The lowercase is written char by char into a stack buffer, with no allocation: a
    /// word whose lowercase is longer than every word of the table has no tag.
    /// `str::to_lowercase` differs from the char-by-char lowercase only for a capital
    /// sigma, so such a word takes that slow path. The lowercase has no ASCII capital, so
    /// [`WordTags::get`]'s ASCII-insensitive lookup is the exact one.
    #[cold]
    #[inline(never)]
    pub(crate) fn get_lowercased(&self, w: &[u8]) -> u8 {
        // `w` is a whole word of a `str`, so this never fails
        let Ok(word) = std::str::from_utf8(w) else {
            return 0;
        };
        let mut buf = [0u8; 64];
        let cap = self.max_len.min(buf.len());
        let mut n = 0;
        for c in word.chars() {
            if c == 'Σ' {
                return self.map.get(&word.to_lowercase()).copied().unwrap_or(0);
            }
            for l in c.to_lowercase() {
                let len = l.len_utf8();
                match buf.get_mut(n..n + len) {
                    Some(dst) if n + len <= cap => {
                        l.encode_utf8(dst);
                    }
                    _ => return 0,
                }
                n += len;
            }
        }
        buf.get(..n).map_or(0, |lower| self.get(lower))
    }

    /// The tag of `w` looked up by the definition: its `str::to_lowercase` in the map.
    #[cfg(test)]
    pub(crate) fn get_direct(&self, w: &str) -> u8 {
        self.map.get(&w.to_lowercase()).copied().unwrap_or(0)
    }
}

fn edge_lengths<'a>(keys: impl Iterator<Item = &'a String>) -> EdgeLengths {
    let mut t = [[0u64; 256]; 2];
    for key in keys {
        let (Some(&first), Some(&last), n) =
            (key.as_bytes().first(), key.as_bytes().last(), key.len())
        else {
            continue;
        };
        // a longer key would need a wider set: let every word of its bytes through
        let bits = if n < 64 { 1 << n } else { u64::MAX };
        for (side, c) in [(0, first), (1, last)] {
            t[side][usize::from(c.to_ascii_lowercase())] |= bits;
            t[side][usize::from(c.to_ascii_uppercase())] |= bits;
        }
    }
    t
}
