//! The officials' words read from the document's tokens, in one pass that takes the
//! tokens' own memory: a word is 8 bytes as a token is, there are no more words than
//! tokens, and each word is written over the tokens already read (`Vec`'s in-place
//! `collect`), so no second vector is made. Each word is tagged as it is read, from the
//! dictionary read on the text itself (`Dict::longest_in_at_word`): no folded copy of the
//! text is made either.
//!
//! # Every word of the text is a word here, plain ones too
//!
//! Most words are plain: lowercase, with no tag, after a space (on the 2 MB corpus bench,
//! 176k of 353k words, in 72k runs). No reader opens at one: the officials open at a
//! capitalised word or a tagged honorific, modifier, role or rank (`Words::next_candidate`),
//! the organizations at a tagged head, the merge at a capitalised word. A run of plain words
//! read as one gap word (its case, gap and lack of tag are all that a one-word test sees)
//! would still change the output, as the readers go on from where they open over plain
//! words:
//!
//! - they count words: an organisation runs on over its lowercase syllables ("Trung tâm
//!   Kiểm soát bệnh tật") for at most 18 words (`walk.rs`), a parent 9 (`parent.rs`), a
//!   degree's field 10, an organisation's name with no head 8, a bracket 30
//!   (`titles.rs`), an organization 12 (`org.rs`): over a collapsed run each would reach
//!   further;
//! - they look at words at fixed distances: one to three words back for a tag that ends
//!   there (`Words::tag_ends_before`, `institution_before`, `segment_start`, `inside_tag`),
//!   the word before for a plural or a possessor, the word after a number; a tag's last
//!   word is `i + n - 1`;
//! - they read the text of three untagged words: "của" (a possessor: ten places in
//!   `mod.rs`, `walk.rs`, `parent.rs`, `tail.rs`, `titles.rs`, `trade.rs`), "một" and
//!   "tuổi" (`after.rs`, `mod.rs`, `trade.rs`). The other words they compare ("và", "cho",
//!   "theo", "tại", "là", "cho biết"…) are entries of `official_stops.txt`, and "ông",
//!   "bà" honorifics: tagged, never plain.
//!
//! A sparse list kept right needs a gap word that carries its count, and every `k - j`,
//! `i + n` and `i - back` of the readers made a sum over such counts: a rewrite of the
//! readers, not of this module. It would not pay either: a build that dropped every plain
//! word after another (103,727 of 352,525 words; its gap words kept no count, so its output
//! differs) counted 397.5M instructions a pass of `Article::parse` against 400.9M (the
//! corpus article row of `scripts/bench`), -0.85%: this reader the same (88.1M and 87.9M
//! under callgrind), the scans over fewer words -3M (`merge` -1.2M, `org::scan` -0.7M).
//! This reader's cost is in telling what each token is (its word's end and case, and the
//! dictionary's look-up for the 145k lowercase words whose first-word hash opens an
//! entry), which a sparse list must tell as well; writing a word is a few instructions.
//!
//! # Where its instructions go (session 21, callgrind of one pass of the 2 MB bench)
//!
//! The loop (`push` inlined into the in-place `collect`) counts 52.8M of its own over
//! 410,512 tokens (353,170 words): about 30 a token to read it, its gap and its word,
//! and the rest in the dictionary's look-up, which half of all words need: 180,862 words'
//! hashes open an entry and 172,904 of them are that entry's first word (length and bytes
//! equal), as the officials' dictionary holds the stop words, surnames, statement cues
//! and field words beside the titles; `walk_text` then reads on past 33k of them (8.8M).
//! A reader whose state was a value owned by the loop's closure (to keep it out of
//! memory) counted 1.4M more a pass: not taken.

use super::{Case, Gap, MAX_WORD, Shape, Word, classify, gap_of};
use crate::extract::official::vocab::{Info, VOCAB};
use crate::text::chars::decode;
use crate::text::dict::{Dict, Match, text_word_hash};
use crate::text::tokens::{MAX_LEN, Token, TokenKind, fold_char};

/// The gap class of each ASCII byte as a separator ([`gap_of`]).
static ASCII_GAPS: [Gap; 128] = {
    let mut t = [Gap::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b' ' | b'\t' | 0x0b | 0x0c => Gap::Space,
            b'\n' | b'\r' => Gap::Break,
            b'.' | b'!' | b'?' => Gap::Stop,
            b';' => Gap::Semicolon,
            b':' => Gap::Colon,
            b')' | b']' => Gap::Close,
            b'(' | b'[' => Gap::Open,
            b'-' => Gap::Dash,
            b',' => Gap::Comma,
            _ => Gap::Other,
        };
        b += 1;
    }
    t
};

/// The bytes that end a letter token's word right after it: an ASCII byte that is no
/// letter, digit or apostrophe (a space, a mark). One look-up on the hot path of
/// [`Reader::push`].
static ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let x = b as u8;
        t[b] = !x.is_ascii_alphanumeric() && x != b'\'';
        b += 1;
    }
    t
};

/// The gap class of the character at byte `i` of `b` (a `str`).
#[inline]
pub(super) fn gap_at(b: &[u8], i: usize) -> Gap {
    match b.get(i) {
        Some(&x) if x < 0x80 => ASCII_GAPS[usize::from(x)],
        Some(_) => gap_of(char::from_u32(decode(b, i).0).unwrap_or(' ')),
        None => Gap::Break,
    }
}

/// The gap class of the punctuation or line-end token `t` of `text`: of its one
/// character, or of all of them for the middle of a long punctuation run, which the
/// tokenizer folds into one token (read from the text to the next word or line end: the
/// token spans [`MAX_LEN`] bytes of it at most).
#[inline]
fn token_gap(text: &str, t: &Token) -> Gap {
    if t.end() == t.start() + 1 {
        gap_at(text.as_bytes(), t.start())
    } else if t.len() == MAX_LEN && t.kind() == TokenKind::Punct {
        run_gap(text, t.start())
    } else {
        text.get(t.start()..t.end()).map_or(Gap::Break, classify)
    }
}

/// The gap class of the marks from byte `start` of `text` to the next word character or
/// line end.
#[cold]
#[inline(never)]
fn run_gap(text: &str, start: usize) -> Gap {
    let tab = crate::text::chars::table();
    text.get(start..)
        .unwrap_or_default()
        .chars()
        .take_while(|&c| !matches!(gap_of(c), Gap::Break) && fold_char(tab, c).is_none())
        .map(gap_of)
        .max()
        .unwrap_or(Gap::Space)
}

/// Is the char at byte `i` of `b` (a `str`) a word char (a letter or an ASCII digit)?
#[inline]
fn word_char_at(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        Some(&x) if x < 0x80 => x.is_ascii_alphanumeric(),
        Some(&x) if x >= 0xC0 => crate::text::chars::table().at(b, i).0.is_letter(),
        _ => false,
    }
}

/// The length of the apostrophe (`'` or `’`) at byte `i` of `b` that joins two word
/// chars into one word ("H'Hen", the char before it being one), 0 when there is none.
#[inline]
fn joining_apostrophe(b: &[u8], i: usize) -> usize {
    let n = match b.get(i) {
        Some(b'\'') => 1,
        Some(0xE2) if b.get(i..i + 3) == Some("’".as_bytes()) => 3,
        _ => return 0,
    };
    if word_char_at(b, i + n) { n } else { 0 }
}

/// Does the word of the letter or number token `t` go on past it: a letter or number
/// token right after it, or an apostrophe and one ("U23", "3ả", "H'Hen")?
#[inline]
fn goes_on(b: &[u8], t: &Token) -> bool {
    let end = t.end();
    match b.get(end) {
        Some(&x) if x < 0x80 => x.is_ascii_alphanumeric() || joining_apostrophe(b, end) > 0,
        // a letter token ends before any letter, unless it is a piece of a longer run
        // (at least `MAX_LEN - 3` bytes, see `text::tokens`)
        Some(_) if t.kind() == TokenKind::Word && t.len() + 3 < MAX_LEN => {
            joining_apostrophe(b, end) > 0
        }
        Some(_) => word_char_at(b, end) || joining_apostrophe(b, end) > 0,
        None => false,
    }
}

/// The end and shape of the word of several tokens that starts at byte `start` of `b`:
/// its word chars, each apostrophe between two of them inside it. The shape is the one
/// its tokens give: the first char's case (a digit has none), whether a later one is
/// uppercase, and whether one is not (a lowercase or uncased letter, a digit).
#[cold]
#[inline(never)]
fn joined_word(b: &[u8], start: usize) -> (usize, Shape) {
    let tab = crate::text::chars::table();
    let mut shape = Shape::default();
    let mut i = start;
    // (past the longest word, the word is read no further: it is cut, see `Reader::word_at`)
    while i <= start + MAX_WORD {
        let (upper, len) = match b.get(i) {
            Some(&x) if x < 0x80 && x.is_ascii_alphanumeric() => (x.is_ascii_uppercase(), 1),
            Some(&x) if x >= 0xC0 => {
                let (info, _, len) = tab.at(b, i);
                if !info.is_letter() {
                    let n = joining_apostrophe(b, i);
                    if n == 0 {
                        break;
                    }
                    shape.apostrophe = true;
                    i += n;
                    continue;
                }
                (info.is_uppercase(), len)
            }
            _ => {
                let n = if i > start {
                    joining_apostrophe(b, i)
                } else {
                    0
                };
                if n == 0 {
                    break;
                }
                shape.apostrophe = true;
                i += n;
                continue;
            }
        };
        // a digit opens no case
        shape.note(i == start, !b[i].is_ascii_digit(), upper);
        i += len;
    }
    (i, shape)
}

/// The reader's state between two tokens.
pub(super) struct Reader<'t> {
    text: &'t str,
    vocab: &'static Dict<Info>,
    /// The end of the last word: the tokens before it are inside it.
    skip: usize,
    /// The strongest separator since the last word.
    gap: Gap,
    /// The last word read: its end, case and hash (the first word's gap is a line
    /// break, which reads none of them).
    prev_end: usize,
    prev_case: Case,
    prev_hash: u32,
    /// The number of words read.
    count: usize,
    /// Where the last word cut for its length ([`MAX_WORD`]) was read to.
    cut_until: usize,
    /// The words after a comma or a hyphen where a field written with one may go on
    /// ([`super::fields::may_meet`]).
    pub(super) field_seps: Vec<u32>,
    /// One bit a word (word `k`: bit `k % 64` of `glued[k / 64]`), set for the words that
    /// [`super::glued::split`] may split ([`super::glued::may_split`]): it looks at those
    /// alone, not at every word.
    pub(super) glued: Vec<u64>,
}

impl<'t> Reader<'t> {
    /// The reader of `text`, of `tokens` tokens (no more words).
    pub(super) fn new(text: &'t str, tokens: usize) -> Reader<'t> {
        Reader {
            text,
            vocab: &VOCAB,
            skip: 0,
            gap: Gap::Break,
            prev_end: 0,
            prev_case: Case::Other,
            prev_hash: 0,
            count: 0,
            cut_until: 0,
            field_seps: Vec::new(),
            glued: vec![0; tokens / 64 + 1],
        }
    }

    /// Reads token `t`: the word it opens, if any, read to its end in the text (the
    /// tokens after its first that are inside it give no word).
    #[inline(always)]
    pub(super) fn push(&mut self, t: Token) -> Option<Word> {
        if t.start() < self.skip {
            return None;
        }
        if !t.is_word_or_num() {
            self.gap = self.gap.max(token_gap(self.text, &t));
            return None;
        }
        let b = self.text.as_bytes();
        let gap = std::mem::replace(&mut self.gap, Gap::Space);
        // most words are one letter token before a space or a mark
        let (end, case, hash, shape) = match b.get(t.end()) {
            Some(&x) if t.kind() == TokenKind::Word && ENDS_WORD[usize::from(x)] => {
                if t.has_upper() {
                    let shape = token_shape(b, &{ t });
                    // (a lowercase word is never split: only these are noted)
                    self.note_glued(shape.case(), t.len(), true, false);
                    (t.end(), shape.case(), t.word_hash(), shape)
                } else {
                    (t.end(), Case::Lower, t.word_hash(), Shape::LOWER)
                }
            }
            _ => self.word_at(&{ t }),
        };
        let gap = match gap {
            Gap::Space => gap,
            _ => self.gap_before(gap, t.start(), case, hash),
        };
        let mut w = Word::new(t.start(), end, case, gap, shape.apostrophe);
        if self.vocab.may_start(hash) {
            self.tag(&mut w, hash, shape);
        }

        self.prev_end = end;
        self.prev_case = case;
        self.prev_hash = hash;
        self.count += 1;
        Some(w)
    }

    /// The end, case, hash and shape of the word whose first token is `t` (the words
    /// other than one short letter token before a space or a mark: a word of several
    /// tokens, a number, a word before a non-ASCII char or at the text's end, a long
    /// word); the tokens up to its end are inside it. A word longer than [`MAX_WORD`]
    /// is cut after its first token, the next tokens making the next words.
    #[cold]
    #[inline(never)]
    fn word_at(&mut self, t: &Token) -> (usize, Case, u32, Shape) {
        let b = self.text.as_bytes();
        // (inside a word already cut, each token is a word: the word is read once)
        let (mut end, mut shape) = if t.start() >= self.cut_until && goes_on(b, t) {
            joined_word(b, t.start())
        } else {
            (t.end(), Shape::default())
        };
        if end == t.end() || end - t.start() > MAX_WORD {
            if end - t.start() > MAX_WORD {
                self.cut_until = end;
            }
            end = t.end();
            shape = match t.kind() {
                TokenKind::Num => Shape::default(),
                _ if !t.has_upper() => Shape::LOWER,
                _ => token_shape(b, t),
            };
        }
        let hash = if end == t.end() && t.kind() == TokenKind::Word {
            t.word_hash()
        } else {
            text_word_hash(self.text.get(t.start()..end).unwrap_or_default())
        };
        self.skip = end;
        // (a number's first token is a number, any other word's a letter token)
        let letter_first = t.kind() == TokenKind::Word;
        self.note_glued(
            shape.case(),
            end - t.start(),
            letter_first,
            shape.apostrophe,
        );
        (end, shape.case(), hash, shape)
    }

    /// Notes the word being read (the next one, of case `case`, `len` bytes, whose first
    /// char is a letter or not, with an inner apostrophe or not) among those
    /// [`super::glued::split`] looks at, if it may split it.
    #[inline(always)]
    fn note_glued(&mut self, case: Case, len: usize, letter_first: bool, apostrophe: bool) {
        if super::glued::may_split(case, len, letter_first, apostrophe) {
            let k = self.count;
            if let Some(bits) = self.glued.get_mut(k / 64) {
                *bits |= 1 << (k % 64);
            }
        }
    }

    /// The gap `gap` (not a space) before the word at byte `start` of case `case` and hash
    /// `hash`: noted when a field of a body's name may go on after it; a space for an "&"
    /// inside a name.
    #[inline]
    fn gap_before(&mut self, gap: Gap, start: usize, case: Case, hash: u32) -> Gap {
        let (prev_end, prev_case, prev_hash) = (self.prev_end, self.prev_case, self.prev_hash);
        match gap {
            Gap::Comma | Gap::Dash if super::fields::may_meet(prev_hash, hash) => {
                // fewer words than tokens, whose offsets fit in a `u32`
                self.field_seps.push(self.count as u32);
                gap
            }
            // A lone "&" between two capitalised words is inside one name ("Tập đoàn T&T
            // Group", "Sở GD&ĐT"), not the end of a title or an organisation; so is an
            // "&" between spaces before a capitalised word, written for "và" ("Bộ Khoa
            // học & Công nghệ").
            Gap::Other if case != Case::Lower => {
                let sep = self.text.get(prev_end..start);
                if (sep == Some("&") && prev_case != Case::Lower) || sep == Some(" & ") {
                    Gap::Space
                } else {
                    gap
                }
            }
            _ => gap,
        }
    }

    /// Tags the word `w` (hash `hash`, shape `shape`) with the longest entry of the
    /// dictionary that starts at it and ends at the end of a word ([`set_match`]).
    #[inline(always)]
    fn tag(&self, w: &mut Word, hash: u32, shape: Shape) {
        let (start, end) = (w.start(), w.end());
        let vocab = self.vocab;
        let m: Option<Match<'_, Info>> = if shape.apostrophe {
            // folded with an inner space: the automaton runs from the word's start
            vocab.longest_in(self.text, start)
        } else {
            let upper = shape.first_upper || shape.upper_rest;
            vocab.longest_in_at_word(self.text, start, end, hash, !upper)
        };
        if let Some(m) = m {
            set_match(self.text.as_bytes(), w, &m, shape.apostrophe);
        }
    }
}

/// Tags the word `w` of `b` (a `str`; `apostrophe`: the word has an inner one) with the
/// entry `m` of the dictionary that starts at it, if it ends at the end of a word, with
/// spaces alone between its words unless it is punctuated: its number of words, whether
/// it takes the text's period after it, and its entry.
#[inline(always)]
pub(super) fn set_match(b: &[u8], w: &mut Word, m: &Match<'_, Info>, apostrophe: bool) {
    let (start, end) = (w.start(), w.end());
    // (an entry of the word alone: one word, and no separator)
    let covered = if m.end == end && !apostrophe {
        Some((1, true))
    } else {
        covered(b, start, m.end)
    };
    let Some((n, spaced)) = covered else {
        return;
    };
    // Inner separators: spaces only, unless the entry itself is punctuated.
    if !(spaced || m.period || m.tags.abbrev.is_some() || m.tags.honorific) {
        return;
    }
    // "PGS.TS." takes the period of the text; "PGS.TS Nguyễn" is written too.
    let period = m.period && b.get(m.end) == Some(&b'.');
    w.set_tag(n, period, m.entry);
}

/// The words of a match `start..end` of the dictionary that starts at a word: their
/// number, and whether they are joined by spaces alone, none with an inner apostrophe;
/// `None` when the match ends inside a word ("H" of "H'Hen").
///
/// The automaton matched single spaces between the words of an entry in the folded text,
/// where every char that is not a word char is blanked: so each separator inside the
/// match is one ASCII byte of the text, between two word chars; an apostrophe is inside
/// a word, any other separates two; or a dash with a space each side, that joins two
/// parts of an abbreviation ("NN – PTNT", [`crate::text::dict::spaced_dash`]).
#[inline]
fn covered(b: &[u8], start: usize, end: usize) -> Option<(usize, bool)> {
    let mut n = 1;
    let mut spaced = true;
    let mut i = start;
    while let Some(&x) = b.get(i).filter(|_| i < end) {
        i += 1;
        if x < 0x80 && !x.is_ascii_alphanumeric() {
            if x == b' '
                && let Some(len) = crate::text::dict::spaced_dash(b, i)
            {
                // the dash and the space after it
                i += len + 1;
                spaced = false;
            } else {
                spaced &= x == b' ';
            }
            n += usize::from(x != b'\'');
        }
    }
    // the word goes on after an apostrophe
    if joining_apostrophe(b, end) > 0 {
        return None;
    }
    Some((n, spaced))
}

/// The words of `text` read from its tokens `tokens` (which they take the place of: the
/// words are left in the tokens' allocation, of its capacity), tagged, each with the gap
/// before it (the first word: [`Gap::Break`]); and the indices of the words after a comma
/// or a hyphen where a field of a body's name may go on.
///
/// # Time complexity
///
/// Linear in the number of tokens, and in the bytes of the words that may start an
/// entry of the dictionary, and of their matches.
pub(super) fn read(text: &str, tokens: Vec<Token>) -> (Vec<Word>, Vec<u32>) {
    let (mut words, mut r) = read_words(text, tokens);
    // (words glued by a missing space, rare, are split after: the loop stays as it is)
    super::glued::split(text, &mut words, &r.glued, &mut r.field_seps);
    (words, r.field_seps)
}

/// The words of `text` read from its tokens `tokens`, in their memory, tagged, before
/// any is split ([`read`]); and the reader after the last.
pub(super) fn read_words(text: &str, tokens: Vec<Token>) -> (Vec<Word>, Reader<'_>) {
    let mut r = Reader::new(text, tokens.len());
    // (a word is written at its first token's index or before, over tokens already read:
    // `Vec`'s `collect` of a `filter_map` over its own `into_iter`, of items of one size
    // and alignment, keeps the allocation)
    let words: Vec<Word> = tokens.into_iter().filter_map(|t| r.push(t)).collect();
    (words, r)
}

/// The shape of the capitalised letter token `t` of `b`, from its bits.
#[inline(never)]
fn token_shape(b: &[u8], t: &Token) -> Shape {
    let mut shape = Shape {
        first_upper: t.first_upper(),
        first_lower: !t.first_upper(),
        upper_rest: t.rest_upper(),
        other_rest: t.rest_lower(),
        apostrophe: false,
    };
    // "DeAngelis", "McDonald": a surname with its particle written on is capitalised like a
    // name (its case is folded as any other's)
    if shape.first_upper && shape.upper_rest && shape.other_rest {
        shape.upper_rest = !joined_surname(b.get(t.start()..t.end()).unwrap_or(&[]));
    }
    shape
}

/// Particles that Western surnames write joined to their capitalised rest.
const JOINED_PARTICLES: [&[u8]; 9] = [
    b"Mc", b"Mac", b"De", b"Di", b"Da", b"Du", b"La", b"Le", b"Van",
];

/// True for an ASCII word of a particle and a capitalised rest, with no other capital:
/// "DeAngelis", "McDonald", "MacArthur", "DiCaprio", "LeBron" (five letters at least).
fn joined_surname(w: &[u8]) -> bool {
    w.len() >= 5
        && w.iter().all(u8::is_ascii_alphabetic)
        && w.iter().filter(|c| c.is_ascii_uppercase()).count() == 2
        && JOINED_PARTICLES.iter().any(|p| {
            w.starts_with(p)
                && w.get(p.len()).is_some_and(u8::is_ascii_uppercase)
                && w.get(p.len() + 1).is_some_and(u8::is_ascii_lowercase)
        })
}

#[cfg(test)]
mod tests {
    /// The table of the reader's hot path is the direct computation, for every byte.
    #[test]
    fn ends_word_is_the_direct_computation() {
        for x in 0..=255u8 {
            let direct = x < 0x80 && !x.is_ascii_alphanumeric() && x != b'\'';
            assert_eq!(super::ENDS_WORD[usize::from(x)], direct, "{x:#04x}");
        }
    }
}
