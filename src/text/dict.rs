//! The dictionary: the phrases of word lists compiled once into one anchored automaton
//! (the keys' [`Trie`], what a leftmost-longest Aho-Corasick automaton is when run
//! anchored), each entry carrying the tags of every list it belongs to.
//!
//! Phrases and text are compared in their *folded* form ([`fold_into`]): lowercase, with
//! every char that is not part of a word replaced by spaces of its byte length, so byte
//! offsets are kept. A folded text is read behind one space and followed by one
//! ([`folded`]), and every key carries a space on each side, so a match covers whole
//! words. A lookup runs the automaton anchored at a word start and returns the longest
//! entry ("Phó Bí thư Thường trực" over "Bí thư"); it reads at most the longest key's
//! bytes, so looking up every word of a text is linear in it. A table of the hashes of
//! the entries' first words ([`Dict::may_start`]) lets a scanner skip, without a search,
//! the words that start no entry; where one short first word has the hash, a scanner
//! that has the word's hash compares the word with it at once and runs the automaton
//! only from the state after it ([`Dict::longest_at_word`]).
//!
//! A consumer chooses its tag type `T` and says, for each lexicon, how an entry's columns
//! set tags ([`Source`]); the entries of all its lexicons merge by folded phrase, so one
//! phrase carries the tags of every list it is in.

use super::hash::FastHashMap;
use super::trie::{StateId, Trie};

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
/// scanner may build the same bytes in its own pass.) The direct computation that the
/// readings of the text itself ([`Dict::longest_in`]) are tested against.
#[cfg(test)]
pub(crate) fn folded(text: &str) -> Vec<u8> {
    let mut buf = String::with_capacity(text.len() + 2);
    buf.push(' ');
    fold_into(text, &mut buf);
    buf.push(' ');
    let mut buf = buf.into_bytes();
    // a spaced dash ([`joints::spaced_dash`]) is the byte a lookup reads it as, then
    // bytes the walk passes over
    for p in 0..text.len() {
        if let Some(len) = joints::spaced_dash(text.as_bytes(), p) {
            buf[p + 1] = joints::DASH;
            buf[p + 2..p + 1 + len].fill(joints::SKIP);
        }
    }
    buf
}

/// A phrase as a key of the automaton: folded, separators as single spaces, with a space
/// on each side.
fn fold_phrase(s: &str) -> String {
    // one pass: each run of chars that are no word chars (which [`fold_into`] makes
    // spaces) is one space
    let tab = crate::text::chars::table();
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    for c in s.chars() {
        match fold_char(tab, c) {
            Some(low) => out.push(low),
            None if !out.ends_with(' ') => out.push(' '),
            None => {}
        }
    }
    if !out.ends_with(' ') {
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

/// A set of word hashes ([`word_hash`], the hash every word token carries) as 1024 bits: a
/// word whose hash is not in the set is none of the set's words, told by one bit test
/// before any text is read. Shared by the date and ratio word lists and the officials'
/// name merging.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct HashBits([u64; 16]);

impl HashBits {
    /// Adds the hash `hash`.
    pub(crate) fn insert(&mut self, hash: u32) {
        let h = hash as usize % 1024;
        self.0[h / 64] |= 1 << (h % 64);
    }

    /// False when no word of the set has the hash `hash`.
    #[inline]
    pub(crate) fn may_contain(&self, hash: u32) -> bool {
        let h = hash as usize % 1024;
        self.0[h / 64] >> (h % 64) & 1 != 0
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
    /// The entry's index ([`Dict::get`]), below [`Dict::len`].
    pub entry: usize,
}

/// The compiled dictionary of some lexicons, with tags of type `T` on every entry.
pub(crate) struct Dict<T> {
    /// `None` only if the fixed lists could not be compiled (then nothing matches).
    ac: Option<(Trie, StateId)>,
    entries: Vec<Stored<T>>,
    /// The entry of each key after the entries' own ([`joints::dashed_keys`]).
    dashed: Vec<usize>,
    /// For each [`WordHasher`] hash: [`NO_HEAD`] when no entry's first word has it,
    /// [`WALK`] when several do or one longer than eight bytes, else the index in
    /// `heads` of the one that does.
    by_hash: Box<[u16; FIRST_BITS]>,
    heads: Vec<Head>,
}

/// No entry's first word has the hash.
const NO_HEAD: u16 = u16::MAX;
/// Several first words have the hash, or one too long for a [`Head`].
const WALK: u16 = u16::MAX - 1;

/// The first word of some entries, with the automaton's state after it, so that a
/// lookup at a word of the text compares the word at once instead of running the
/// automaton over it.
#[derive(Clone, Copy, Debug)]
struct Head {
    /// Its folded bytes (at most eight), little-endian, zero-padded.
    bytes: u64,
    len: usize,
    /// The state after the key bytes `" word "`.
    sid: StateId,
    /// The pattern matched by `" word "` (an entry of that one word), if any.
    mat: Option<usize>,
    /// The bytes after which the automaton is not dead in the state after the word (a
    /// set of 256 bits): where the text's next byte is none of them, the word's own
    /// entry, if any, is the match, with no walk.
    follow: [u64; 4],
}

impl Head {
    /// May the automaton go on after the word with byte `x`?
    #[inline]
    fn follows(&self, x: u8) -> bool {
        self.follow[usize::from(x >> 6)] >> (x & 63) & 1 != 0
    }
}

/// The eight bytes of `b` from `at`, little-endian, the bytes from `at + len` on
/// zeroed (`len` at most 8).
#[inline]
fn word_bytes(b: &[u8], at: usize, len: usize) -> Option<u64> {
    let x = u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?);
    Some(if len >= 8 {
        x
    } else {
        x & ((1 << (8 * len)) - 1)
    })
}

/// The [`Head`] of the first word `w` in `trie` (anchored start state `start`), `None`
/// when it is longer than eight bytes.
fn head(trie: &Trie, start: StateId, w: &str) -> Option<Head> {
    let len = w.len();
    if len > 8 {
        return None;
    }
    let key = format!(" {w} ");
    let mut padded = key.clone().into_bytes();
    padded.resize(len + 9, 0);
    let mut sid = start;
    let mut mat = None;
    for (at, &b) in key.as_bytes().iter().enumerate() {
        sid = trie.next_state(sid, b);
        if trie.is_dead(sid) {
            break;
        }
        if trie.is_match(sid) {
            let pid = trie.match_pattern(sid);
            // a key is a whole number of words: only " word " itself can match here
            if at + 1 != key.len() || trie.pattern_len(pid) != key.len() {
                return None;
            }
            mat = Some(pid);
        }
    }
    Some(Head {
        bytes: word_bytes(&padded, 1, len)?,
        len,
        sid,
        mat,
        follow: trie.live_bytes(sid),
    })
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
        let mut index: FastHashMap<String, usize> = FastHashMap::default();
        let mut dashed: FastHashMap<String, usize> = FastHashMap::default();
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
                for k in joints::dashed_keys(phrase, &keys[at]) {
                    dashed.entry(k).or_insert(at);
                }
                let stored = &mut entries[at];
                stored.period |= phrase.ends_with('.');
                tag(&e, &mut stored.tags);
            }
        }
        let mut dashed: Vec<(String, usize)> = dashed.into_iter().collect();
        dashed.sort_unstable();
        let (dashed_keys, dashed): (Vec<String>, Vec<usize>) = dashed.into_iter().unzip();
        keys.extend(dashed_keys);
        // The lists are fixed data tested in CI; an automaton that cannot be built
        // degrades to matching nothing rather than panicking.
        let ac = Trie::new(&keys).map(|trie| {
            let start = trie.start();
            (trie, start)
        });
        let mut by_hash = Box::new([NO_HEAD; FIRST_BITS]);
        let mut heads: Vec<Head> = Vec::new();
        let mut firsts: Vec<&str> = keys
            .iter()
            .filter_map(|k| k.split(' ').find(|w| !w.is_empty()))
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        for w in firsts {
            let h = word_hash(w.as_bytes()) as usize % FIRST_BITS;
            let head = ac.as_ref().and_then(|(trie, start)| head(trie, *start, w));
            by_hash[h] = match (by_hash[h], head) {
                (NO_HEAD, Some(head)) if heads.len() < usize::from(WALK) => {
                    heads.push(head);
                    u16::try_from(heads.len() - 1).unwrap_or(WALK)
                }
                _ => WALK,
            };
        }
        Dict {
            ac,
            entries,
            dashed,
            by_hash,
            heads,
        }
    }
}

impl<T> Dict<T> {
    /// Can a word whose folded chars hash to `hash` ([`WordHasher::finish`]) start an
    /// entry? `false` means it cannot; `true` that it may.
    #[inline]
    pub(crate) fn may_start(&self, hash: u32) -> bool {
        self.by_hash[hash as usize % FIRST_BITS] != NO_HEAD
    }

    /// [`Dict::longest_at`] at a word of the text, `start..end` (bytes), whose folded chars
    /// hash to `hash` ([`WordHasher::finish`]) and hold no space (no inner apostrophe).
    /// The word is compared with the one first word of the entries that has its hash,
    /// and the automaton runs on from after it. (What [`Dict::longest_in_at_word`] does
    /// on the text itself.)
    #[cfg(test)]
    pub(crate) fn longest_at_word(
        &self,
        folded: &[u8],
        start: usize,
        end: usize,
        hash: u32,
    ) -> Option<Match<'_, T>> {
        let k = self.by_hash[hash as usize % FIRST_BITS];
        if k == NO_HEAD {
            return None;
        }
        let len = end.checked_sub(start)?;
        let (Some(head), Some(bytes), Some(b' '), Some(b' ')) = (
            self.heads.get(usize::from(k)),
            word_bytes(folded, start + 1, len),
            folded.get(start),
            folded.get(end + 1),
        ) else {
            return self.longest_at(folded, start);
        };
        if head.len != len || head.bytes != bytes {
            return None;
        }
        let (trie, _) = self.ac.as_ref()?;
        let mat = head.mat.map(|pid| (pid, end + 2));
        let (pattern, end) = walk(trie, head.sid, folded, end + 2, mat)?;
        self.matched(pattern, end)
    }

    /// The longest entry whose phrase starts at the word starting at byte `start` of a
    /// text, `folded` being its [`folded`] copy. (The direct computation of
    /// [`Dict::longest_in`], for the tests.)
    #[cfg(test)]
    pub(crate) fn longest_at(&self, folded: &[u8], start: usize) -> Option<Match<'_, T>> {
        let (trie, sid) = self.ac.as_ref()?;
        let (pattern, end) = find_anchored(trie, *sid, folded, start)?;
        self.matched(pattern, end)
    }

    /// The tags of entry `entry` ([`Match::entry`]).
    #[inline]
    pub(crate) fn get(&self, entry: usize) -> Option<&T> {
        self.entries.get(entry).map(|e| &e.tags)
    }

    /// The number of entries.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// [`Dict::longest_at`] read from `text` itself: the same match as on its [`folded`]
    /// copy, each byte of that copy folded from the text as the automaton reads it, so no
    /// copy is made.
    #[inline]
    pub(crate) fn longest_in(&self, text: &str, start: usize) -> Option<Match<'_, T>> {
        let (trie, sid) = self.ac.as_ref()?;
        let mat = empty_match(trie, *sid, start);
        let (pattern, end) = walk_text(trie, *sid, text.as_bytes(), start, mat)?;
        self.matched(pattern, end)
    }

    /// [`Dict::longest_at_word`] read from `text` itself (as [`Dict::longest_in`]), at the
    /// word `start..end` of `text`: a run of word chars with none just before or after
    /// it. `as_written`: the word has no uppercase char, so its folded bytes are its own.
    #[inline]
    pub(crate) fn longest_in_at_word(
        &self,
        text: &str,
        start: usize,
        end: usize,
        hash: u32,
        as_written: bool,
    ) -> Option<Match<'_, T>> {
        let k = self.by_hash[hash as usize % FIRST_BITS];
        if k == NO_HEAD {
            return None;
        }
        let b = text.as_bytes();
        let len = end.checked_sub(start)?;
        let Some(head) = self.heads.get(usize::from(k)) else {
            return self.longest_in(text, start);
        };
        if head.len != len {
            return None;
        }
        let bytes = match word_bytes(b, start, len) {
            Some(x) if as_written => x,
            _ => folded_word_bytes(b, start, end)?,
        };
        if head.bytes != bytes {
            return None;
        }
        let mat = head.mat.map(|pid| (pid, end + 2));
        // the next byte of the folded copy (an ASCII byte's folded form, a char's first
        // folded byte; after the text, a space) ends most walks before they start
        let walk = match b.get(end + 1) {
            _ if joints::spaced_dash(b, end + 1).is_some() => head.follows(joints::DASH),
            Some(&x) if x < 0x80 => head.follows(ASCII_FOLD[usize::from(x)]),
            Some(&x) if x >= 0xC0 => head.follows(folded_lead(b, end + 1)),
            Some(_) => true,
            None => head.follows(b' '),
        };
        let (pattern, end) = if walk {
            let (trie, _) = self.ac.as_ref()?;
            walk_text(trie, head.sid, b, end + 2, mat)?
        } else {
            mat?
        };
        self.matched(pattern, end)
    }

    /// The match of entry `pattern` ending at byte `end` of a folded copy.
    #[inline]
    fn matched(&self, pattern: usize, end: usize) -> Option<Match<'_, T>> {
        let pattern = match pattern.checked_sub(self.entries.len()) {
            Some(k) => *self.dashed.get(k)?,
            None => pattern,
        };
        let stored = self.entries.get(pattern)?;
        Some(Match {
            // The key's trailing space, and the leading space of `folded`.
            end: end.checked_sub(2)?,
            tags: &stored.tags,
            period: stored.period,
            entry: pattern,
        })
    }
}

/// The leftmost-longest match of `trie` (anchored start state `sid`) that starts at byte
/// `start` of `hay`: its pattern and end (what `aho_corasick`'s own anchored search
/// finds).
#[cfg(test)]
fn find_anchored(trie: &Trie, sid: StateId, hay: &[u8], start: usize) -> Option<(usize, usize)> {
    walk(trie, sid, hay, start, empty_match(trie, sid, start))
}

/// The match of an empty pattern at `start` when the start state `sid` is a match: what
/// an anchored search has found before it reads a byte.
#[inline(always)]
fn empty_match(trie: &Trie, sid: StateId, start: usize) -> Option<(usize, usize)> {
    if !trie.is_match(sid) {
        return None;
    }
    let pid = trie.match_pattern(sid);
    (trie.pattern_len(pid) == 0).then_some((pid, start))
}

/// [`find_anchored`]'s search for a match starting at byte `start` of `hay`, from byte
/// `from` on: `sid` is the state after the bytes from `start` to `from` (a spaced
/// dash's [`joints::SKIP`] bytes passed over), `mat` the longest match that ends before
/// `from`.
#[cfg(test)]
fn walk(
    trie: &Trie,
    mut sid: StateId,
    hay: &[u8],
    from: usize,
    mut mat: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    if trie.is_dead(sid) {
        return mat;
    }
    for (at, &b) in hay.iter().enumerate().skip(from) {
        if b == joints::SKIP {
            continue;
        }
        if step(trie, &mut sid, b, at, &mut mat) {
            return mat;
        }
    }
    mat
}

/// The folded form of each ASCII byte ([`fold_into`]): digits and lowercase letters
/// themselves, capitals lowercased, every other byte a space.
static ASCII_FOLD: [u8; 128] = {
    let mut t = [b' '; 128];
    let mut b = 0;
    while b < 128 {
        let x = b as u8;
        if x.is_ascii_alphanumeric() {
            t[b] = x.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The folded bytes ([`fold_into`]) of the char starting at byte `i` of `b` (the bytes of
/// a `str`), and their number (the char's length).
#[inline(always)]
fn fold_char_at(b: &[u8], i: usize) -> ([u8; 4], usize) {
    let x = b[i];
    if x < 0x80 {
        return ([ASCII_FOLD[usize::from(x)], 0, 0, 0], 1);
    }
    let (info, _, len) = crate::text::chars::table().at(b, i);
    let mut out = [b' '; 4];
    if info.is_letter() {
        if info.is_uppercase() {
            // the table's lower case has the char's length
            info.folded().encode_utf8(&mut out);
        } else {
            out[..len].copy_from_slice(&b[i..i + len]);
        }
    }
    (out, len)
}

/// The first of the folded bytes ([`fold_char_at`]) of the non-ASCII char starting at
/// byte `i` of `b` (the bytes of a `str`), with no copy of the others.
#[inline]
fn folded_lead(b: &[u8], i: usize) -> u8 {
    let (info, _, _) = crate::text::chars::table().at(b, i);
    match (info.is_letter(), info.is_uppercase()) {
        // a lowercase letter folds to itself
        (true, false) => b[i],
        // an uppercase one to its lower case, of its length (or to itself)
        (true, true) => info
            .folded()
            .encode_utf8(&mut [0; 4])
            .bytes()
            .next()
            .unwrap_or(b' '),
        (false, _) => b' ',
    }
}

/// The folded bytes of the word `start..end` of `b` (at most eight bytes), as
/// [`word_bytes`] reads them from a folded copy: its bytes, each uppercase char lowered
/// (to a char of its length).
#[inline]
fn folded_word_bytes(b: &[u8], start: usize, end: usize) -> Option<u64> {
    let mut out = [0u8; 8];
    let word = b.get(start..end)?;
    out.get_mut(..word.len())?.copy_from_slice(word);
    let mut i = 0;
    while let Some(&x) = word.get(i) {
        if x < 0x80 {
            out[i] = ASCII_FOLD[usize::from(x)];
            i += 1;
            continue;
        }
        let (info, _, len) = crate::text::chars::table().at(b, start + i);
        if info.is_uppercase() && info.is_letter() {
            info.folded().encode_utf8(out.get_mut(i..i + len)?);
        }
        i += len;
    }
    Some(u64::from_le_bytes(out))
}

/// The [`WordHasher`] hash of `word` folded ([`fold_into`]): [`word_hash`] of its
/// folded bytes, with no copy made.
pub(crate) fn text_word_hash(word: &str) -> u32 {
    let b = word.as_bytes();
    let mut h = WordHasher::NEW;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            h = h.push(u32::from(ASCII_FOLD[usize::from(x)]));
            i += 1;
            continue;
        }
        let (info, u, len) = crate::text::chars::table().at(b, i);
        if info.is_letter() {
            h = h.push(if info.is_uppercase() {
                u32::from(info.folded())
            } else {
                u
            });
        } else {
            for _ in 0..len {
                h = h.push(u32::from(b' '));
            }
        }
        i += len;
    }
    h.finish()
}

/// One step of [`walk`] and [`walk_text`]: the state after byte `x` at byte `at` of the
/// folded copy, the match updated; `true` when the automaton is dead.
#[inline(always)]
fn step(
    trie: &Trie,
    sid: &mut StateId,
    x: u8,
    at: usize,
    mat: &mut Option<(usize, usize)>,
) -> bool {
    *sid = trie.next_state(*sid, x);
    if trie.is_special(*sid) {
        if trie.is_dead(*sid) {
            return true;
        }
        if trie.is_match(*sid) {
            let pid = trie.match_pattern(*sid);
            // (a trie has no failure transition: its walks start at `start`, and a
            // match is of a key read from there, a spaced dash's bytes passed over)
            *mat = Some((pid, at + 1));
        }
    }
    false
}

/// [`walk`] over the folded copy of `b` (the bytes of a `str`) without making it: byte
/// `at` of the copy is the space before the text (`at == 0`), the folded byte `at - 1` of
/// the text, or the space after it (`at == b.len() + 1`); a spaced dash
/// ([`joints::spaced_dash`]) is read as [`joints::DASH`], the rest of its bytes passed
/// over (the [`joints::SKIP`] bytes of the copy).
#[inline]
fn walk_text(
    trie: &Trie,
    mut sid: StateId,
    b: &[u8],
    from: usize,
    mut mat: Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    if trie.is_dead(sid) {
        return mat;
    }
    let mut at = from;
    if at == 0 {
        if step(trie, &mut sid, b' ', 0, &mut mat) {
            return mat;
        }
        at = 1;
    }
    // inside a char: the rest of its folded bytes first
    if let Some(&x) = b.get(at - 1)
        && x & 0xC0 == 0x80
    {
        let mut s = at - 1;
        while s > 0 && b[s] & 0xC0 == 0x80 {
            s -= 1;
        }
        let (f, len) = fold_char_at(b, s);
        // (a spaced dash's are passed over)
        let rest = match joints::spaced_dash(b, s) {
            Some(_) => &[][..],
            None => f.get(at - 1 - s..len).unwrap_or_default(),
        };
        at = s + 1 + len - rest.len();
        for &x in rest {
            if step(trie, &mut sid, x, at, &mut mat) {
                return mat;
            }
            at += 1;
        }
    }
    let tab = crate::text::chars::table().lookup();
    while let Some(&x) = b.get(at - 1) {
        if (x == b'-' || x == 0xE2)
            && let Some(len) = joints::spaced_dash(b, at - 1)
        {
            // read as one byte, its other bytes passed over
            if step(trie, &mut sid, joints::DASH, at, &mut mat) {
                return mat;
            }
            at += len;
            continue;
        }
        if x < 0x80 {
            if step(trie, &mut sid, ASCII_FOLD[usize::from(x)], at, &mut mat) {
                return mat;
            }
            at += 1;
            continue;
        }
        let (info, _, len) = tab.at(b, at - 1);
        if info.is_letter() && !info.is_uppercase() {
            // a lowercase letter folds to itself
            for &y in b.get(at - 1..at - 1 + len).unwrap_or_default() {
                if step(trie, &mut sid, y, at, &mut mat) {
                    return mat;
                }
                at += 1;
            }
            continue;
        }
        let (f, len) = fold_char_at(b, at - 1);
        for &y in f.get(..len).unwrap_or_default() {
            if step(trie, &mut sid, y, at, &mut mat) {
                return mat;
            }
            at += 1;
        }
    }
    if at == b.len() + 1 {
        step(trie, &mut sid, b' ', at, &mut mat);
    }
    mat
}

mod joints;
pub(crate) use joints::spaced_dash;
#[cfg(test)]
mod tests;
