//! The words of a text for official and organization extraction, and their tags.
//!
//! The words are read from the document's tokens (`text::tokens`), not from the text: a
//! word is a run of letter and number tokens with nothing between them, or with an
//! apostrophe between two of them ("H'Hen"); the separators between two words (the
//! punctuation and line-end tokens) are classified (comma, dash, bracket, sentence end,
//! …). A word is 8 bytes, as a token is, and the words are written over the tokens as
//! they are read ([`from_tokens`]): the officials hold no second copy of the document.
//! In the same pass, every word that may start an entry is looked up once, anchored at
//! its start, in the dictionary of the officials' lists ([`VOCAB`]), read on the text
//! itself: the longest entry wins ("Phó Bí thư Thường trực" over "Bí thư"), and the word
//! keeps it (its index, its number of words). Tagging is linear in the text. A word
//! glued to the one before it by a missing space ("ÔngTrần", "Chủ tịchHội") is read as
//! two where the part before its change of case ends with an honorific, a title or a
//! link word ([`glued`]); the tokens are left as they are.

mod capitals;
mod fields;
mod from_tokens;
mod gap;
mod glued;
mod phrase;
mod places;

use super::vocab::{Info, VOCAB};
use crate::extract::place::{Mentions, PlaceKind};
use crate::text::dict::Dict;
use crate::text::tokens::Token;
pub(crate) use gap::{Gap, classify, gap_of};

/// The letter case of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// All lowercase.
    Lower,
    /// First letter uppercase, the rest lowercase ("Hồng", "A", "H'Hen").
    Title,
    /// Two or more letters, all uppercase ("UBND", "HĐND").
    Upper,
    /// Digits or mixed case.
    Other,
}

/// A word of the normalized text, in 8 bytes as a token is (its words are written over
/// the document's tokens): its first byte (a `u32`, as the offsets of the tokens it is
/// read from: a text over 4 GiB has no tokens, hence no words), its word-list tag (which
/// most words have not), its length (at most [`MAX_WORD`] bytes) and a byte of the
/// separator before it, two flags and its case.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    start: u32,
    /// 1 + the index of its entry in [`VOCAB`] in the low [`ENTRY_BITS`] bits, its
    /// number of words in the [`TAG_WORD_BITS`] above them (0: no tag), and [`PERIOD`].
    tag: u16,
    len: u8,
    /// The gap before the word (the low four bits), [`APOSTROPHE`], [`IN_PLACE`], and
    /// its case (the top two bits).
    flags: u8,
}

const _: () = assert!(size_of::<Word>() == 8 && size_of::<Word>() == size_of::<Token>());
const _: () = assert!(align_of::<Word>() == align_of::<Token>());

/// The longest word (no word of the news corpus is longer than 31 bytes): a longer run
/// of letters and numbers is several words ([`from_tokens`]).
pub(crate) const MAX_WORD: usize = 127;
/// [`Word::flags`]: the separator before the word.
const GAP_BITS: u8 = 0x0f;
/// [`Word::flags`]: the word has an inner apostrophe ("H'Hen").
const APOSTROPHE: u8 = 0x10;
/// [`Word::flags`]: the word is part of a place mention ([`Words::place_at`]).
const IN_PLACE: u8 = 0x20;
/// Where a word's [`Case`] is in [`Word::flags`] (the top two bits).
const CASE_SHIFT: u32 = 6;

/// The bits of a tag that hold its entry; the [`TAG_WORD_BITS`] above hold its word
/// count.
const ENTRY_BITS: u32 = 11;
/// The bits of a tag's word count.
const TAG_WORD_BITS: u32 = 4;
/// [`Word::tag`]: the word's tag ends with the text's period after its last word
/// ("PGS.TS.").
const PERIOD: u16 = 1 << (ENTRY_BITS + TAG_WORD_BITS);
/// The most entries a tag can name (`VOCAB` has fewer, see the tests).
pub(crate) const MAX_ENTRIES: usize = (1 << ENTRY_BITS) - 1;
/// The most words of a tag (an entry of `VOCAB` has fewer, see the tests).
pub(crate) const MAX_TAG_WORDS: usize = (1 << TAG_WORD_BITS) - 1;

/// The gaps by their number (`Gap as u8`).
const GAPS: [Gap; 16] = {
    let mut t = [Gap::Break; 16];
    let all = [
        Gap::Space,
        Gap::Other,
        Gap::Comma,
        Gap::Dash,
        Gap::Open,
        Gap::Close,
        Gap::Colon,
        Gap::Semicolon,
        Gap::Stop,
        Gap::Break,
    ];
    let mut k = 0;
    while k < all.len() {
        t[all[k] as usize] = all[k];
        k += 1;
    }
    t
};

impl Word {
    /// The word `start..end` (at most [`MAX_WORD`] bytes: [`from_tokens`] cuts longer
    /// ones) of case `case` after the separator `gap`, with no tag.
    #[inline]
    fn new(start: usize, end: usize, case: Case, gap: Gap, apostrophe: bool) -> Word {
        // the offsets of a token fit in a `u32`, a word's length in a byte
        Word {
            start: start as u32,
            tag: 0,
            len: (end - start) as u8,
            flags: gap as u8 | if apostrophe { APOSTROPHE } else { 0 } | (case as u8) << CASE_SHIFT,
        }
    }

    /// Sets the word's tag: `n` words, the text's period after them taken or not, entry
    /// `entry` of [`VOCAB`]. A tag the word cannot hold (more entries or words than the
    /// tests allow) is left out.
    #[inline]
    fn set_tag(&mut self, n: usize, period: bool, entry: usize) {
        if n == 0 || n > MAX_TAG_WORDS || entry >= MAX_ENTRIES {
            return;
        }
        // both fit, checked above
        self.tag = ((n << ENTRY_BITS) | (entry + 1)) as u16 | if period { PERIOD } else { 0 };
    }

    /// The index in [`VOCAB`] of its tag's entry ([`Word::set_tag`]), `None` when it has
    /// no tag.
    #[inline]
    fn entry(&self) -> Option<usize> {
        usize::from(self.tag & ((1 << ENTRY_BITS) - 1)).checked_sub(1)
    }

    /// The number of words its tag covers ([`Word::set_tag`]; 0 when it has no tag).
    #[inline]
    fn tag_words(&self) -> usize {
        usize::from(self.tag >> ENTRY_BITS) & MAX_TAG_WORDS
    }

    /// The first byte.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.start() + usize::from(self.len)
    }

    /// The letter case of the word.
    #[inline]
    pub(crate) fn case(&self) -> Case {
        match self.flags >> CASE_SHIFT {
            0 => Case::Lower,
            1 => Case::Title,
            2 => Case::Upper,
            _ => Case::Other,
        }
    }

    /// Does the word have an inner apostrophe ("H'Hen")?
    fn apostrophe(&self) -> bool {
        self.flags & APOSTROPHE != 0
    }

    /// The separator before the word.
    #[inline]
    fn gap(&self) -> Gap {
        GAPS[usize::from(self.flags & GAP_BITS)]
    }

    /// Sets the separator before the word.
    fn set_gap(&mut self, gap: Gap) {
        self.flags = self.flags & !GAP_BITS | gap as u8;
    }
}

/// The hash a word of `text` gets when read from the tokens ([`Word`]'s, of its folded
/// chars), for a [`HashBits`](crate::text::dict::HashBits) set of word texts.
pub(crate) fn text_hash(word: &str) -> u32 {
    crate::text::dict::text_word_hash(word)
}

/// A word-list match starting at a word (what the entry is comes with it, see
/// [`Words::tag`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tag {
    /// Number of words covered.
    pub n: usize,
    /// End byte in the text (after a final period for entries that have one).
    pub end: usize,
}

/// The words of a text and their tags.
#[derive(Debug)]
pub(crate) struct Words<'t> {
    pub text: &'t str,
    pub words: Vec<Word>,
    /// The dictionary the words' tags are entries of.
    vocab: &'static Dict<Info>,
    /// The place mentions of the text (`extract::place`), in order and disjoint: the
    /// words of a place are never a personal name. A word in one of them is marked
    /// ([`IN_PLACE`]), and its mention looked up here.
    places: Vec<PlaceRange>,
    /// The byte spans of the fields of bodies written with a comma or a hyphen inside
    /// ("Văn hóa, Thể thao và Du lịch"), in order.
    fields: Vec<(u32, u32)>,
    /// The last foreign run read and the word it was read from
    /// ([`Words::foreign_run`]): the readers ask for the run at one word several times
    /// over (a name's reading, then its owner's, its title's walk), and it is read once.
    pub(super) last_run: std::cell::Cell<Option<(usize, super::names::ForeignRun)>>,
    /// The text's capitalised runs, read once when first asked ([`super::club::Runs`]).
    pub(super) runs: std::cell::OnceCell<super::club::Runs>,
    /// The words not all lowercase, listed when first asked ([`Words::not_lowercase`]).
    capitals: std::cell::OnceCell<Vec<u32>>,
}

/// The words `from..to` of a place mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PlaceWords {
    pub from: usize,
    pub to: usize,
    /// A country or a region ("Hà Lan", "châu Âu"): the capitalised words right after
    /// it may be a foreign name.
    pub abroad: bool,
}

/// A [`PlaceWords`] as [`Words`] keeps it, in 8 bytes rather than 24: a text of place
/// names has as many (issue 15). Word indices fit in 32 bits, as the tokens' offsets do;
/// `abroad` is the top bit of `to_abroad`, so a range ends below word 2^31 (a text of more
/// words, over 2 GiB, has its later places unmarked rather than wrapped: [`Self::new`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PlaceRange {
    from: u32,
    to_abroad: u32,
}

const _: () = assert!(size_of::<PlaceRange>() == 8);

/// The bit of [`PlaceRange::to_abroad`] that is `abroad`.
const ABROAD: u32 = 1 << 31;

impl PlaceRange {
    /// The range of words `from..to`, or `None` when `to` does not fit below [`ABROAD`].
    fn new(from: usize, to: usize, abroad: bool) -> Option<PlaceRange> {
        let to = u32::try_from(to).ok().filter(|&to| to < ABROAD)?;
        Some(PlaceRange {
            from: u32::try_from(from).ok()?,
            to_abroad: to | if abroad { ABROAD } else { 0 },
        })
    }

    #[inline]
    fn to(self) -> u32 {
        self.to_abroad & !ABROAD
    }

    fn get(self) -> PlaceWords {
        PlaceWords {
            from: self.from as usize,
            to: self.to() as usize,
            abroad: self.to_abroad & ABROAD != 0,
        }
    }
}

/// The letter case of a word, gathered token by token: what its first char is, and
/// whether a later one is uppercase or not (letters and digits; an inner apostrophe is
/// neither).
#[derive(Clone, Copy, Debug, Default)]
struct Shape {
    first_upper: bool,
    first_lower: bool,
    /// A later char is uppercase.
    upper_rest: bool,
    /// A later char is a lowercase letter or a digit.
    other_rest: bool,
    apostrophe: bool,
}

impl Shape {
    /// Notes a char of the word: its first (`letter`: a letter, which opens a case) or a
    /// later one, uppercase or not.
    #[inline(always)]
    fn note(&mut self, first: bool, letter: bool, upper: bool) {
        if first {
            self.first_upper = letter && upper;
            self.first_lower = letter && !upper;
        } else if upper {
            self.upper_rest = true;
        } else {
            self.other_rest = true;
        }
    }

    /// The shape of a word of lowercase (or uncased) letters.
    const LOWER: Shape = Shape {
        first_upper: false,
        first_lower: true,
        upper_rest: false,
        other_rest: false,
        apostrophe: false,
    };

    fn case(self) -> Case {
        if self.first_lower {
            if self.upper_rest {
                Case::Other
            } else {
                Case::Lower
            }
        } else if self.first_upper {
            if self.upper_rest && !self.other_rest && !self.apostrophe {
                Case::Upper
            } else if !self.upper_rest || self.apostrophe {
                Case::Title
            } else {
                Case::Other
            }
        } else {
            Case::Other
        }
    }
}

impl<'t> Words<'t> {
    /// The words of `text` (its document built here), tagged.
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`.
    #[cfg(test)]
    pub(crate) fn new(text: &'t str) -> Words<'t> {
        Words::with_places(text, crate::extract::doc(text).tokens, &Mentions::default())
    }

    /// The words of `text` read from its tokens `tokens` (a document's), tagged, with
    /// the words of the place mentions `places` marked (spans of the text, as
    /// [`crate::extract::place::places`] finds them). The words take the tokens' memory.
    ///
    /// # Time complexity
    ///
    /// Linear in the text's length, and `log` of it for each place.
    pub(crate) fn with_places(text: &'t str, tokens: Vec<Token>, places: &Mentions) -> Words<'t> {
        let (mut words, field_seps) = from_tokens::read(text, tokens);
        // the tokens' room past the words is given back
        words.shrink_to_fit();
        let fields = fields::join(text, &mut words, &field_seps);
        let places = place_words(&words, places);
        for p in places.iter().map(|p| p.get()) {
            for (k, w) in words
                .get_mut(p.from..p.to)
                .unwrap_or_default()
                .iter_mut()
                .enumerate()
            {
                w.flags |= IN_PLACE;
                // the period of an abbreviated unit inside the mention ("TP. Phú Quốc")
                // ends no sentence: the places layer read it as part of the name
                if k > 0 && w.gap() == Gap::Stop {
                    w.set_gap(Gap::Space);
                }
            }
        }
        Words {
            text,
            words,
            vocab: &VOCAB,
            places,
            fields,
            last_run: std::cell::Cell::new(None),
            runs: std::cell::OnceCell::new(),
            capitals: std::cell::OnceCell::new(),
        }
    }
}

/// Is the separator of `text` before word `k` of `words` exactly `sep`?
fn joined_by(text: &str, words: &[Word], k: usize, sep: &str) -> bool {
    k > 0
        && words
            .get(k)
            .is_some_and(|w| text.get(words[k - 1].end()..w.start()) == Some(sep))
}

/// The words of the place mentions `places`: those that start inside each one's span.
/// Empty ranges and ranges out of order or overlapping the one before are left out.
fn place_words(words: &[Word], places: &Mentions) -> Vec<PlaceRange> {
    let mut out: Vec<PlaceRange> = Vec::with_capacity(places.list.len());
    for p in &places.list {
        let from = words.partition_point(|w| w.start() < p.span().start);
        let mut to = from;
        while to < words.len() && words[to].start() < p.span().end {
            to += 1;
        }
        let abroad = matches!(
            places.kind(p),
            PlaceKind::Country | PlaceKind::Region | PlaceKind::Foreign | PlaceKind::Historic
        );
        if from < to && out.last().is_none_or(|last| last.to() as usize <= from) {
            out.extend(PlaceRange::new(from, to, abroad));
        }
    }
    out
}

/// A set of [`VOCAB`]'s entries, those whose info passes a test: what
/// [`Words::next_tagged_in`] stops at.
pub(crate) struct EntrySet(Vec<bool>);

impl EntrySet {
    /// The entries whose info passes `test`.
    pub(crate) fn new(test: impl Fn(&Info) -> bool) -> EntrySet {
        EntrySet((0..).map_while(|e| VOCAB.get(e).map(&test)).collect())
    }
}

impl<'t> Words<'t> {
    /// The number of words.
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// The tag at word `i` and its info.
    #[inline]
    pub(crate) fn tag(&self, i: usize) -> Option<(Tag, &'static Info)> {
        let w = self.words.get(i)?;
        let info = self.info(w)?;
        let n = w.tag_words();
        // (a tag's words are the text's: its last is there)
        let last = self.words.get(i + n - 1).map_or(w.end(), Word::end);
        let end = last + usize::from(w.tag & PERIOD != 0);
        Some((Tag { n, end }, info))
    }

    /// The entry of the tag at word `w`.
    #[inline]
    fn info(&self, w: &Word) -> Option<&'static Info> {
        self.vocab.get(w.entry()?)
    }

    /// The dictionary's first-word hash of word `i`'s folded chars
    /// ([`crate::text::dict::text_word_hash`]), 0 past the last word.
    pub(crate) fn hash(&self, i: usize) -> u32 {
        self.words
            .get(i)
            .map_or(0, |w| text_hash(&self.text[w.start()..w.end()]))
    }

    /// True when word `i` is there and not all lowercase.
    pub(crate) fn not_lower(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|x| x.case() != Case::Lower)
    }

    /// The first word at or after `i` whose tag's entry is in `set`, passing over the words
    /// of each other tag whole (after a tag whose entry is not in `set` the look goes on at
    /// the word after its last), as a scan that reads a tag only when it is in `set` does
    /// ([`Words::len`] when none is).
    #[inline]
    pub(crate) fn next_tagged_in(&self, mut i: usize, set: &EntrySet) -> usize {
        while let Some(w) = self.words.get(i) {
            if w.tag == 0 {
                i += 1;
                continue;
            }
            match w.entry().and_then(|e| set.0.get(e)) {
                Some(true) => break,
                Some(false) => i += w.tag_words().max(1),
                // (no entry: no tag, as [`Words::tag`] reads it)
                None => i += 1,
            }
        }
        i.min(self.len())
    }

    /// The first word at or after `i` that is capitalised like a name ([`Case::Title`]) or
    /// tagged as a word of address, a modifier, a role or a rank, or the owner's noun
    /// before a count ("chủ một quán", [`super::trade::counted_kind`]) ([`Words::len`]
    /// when none is): a word before it opens no title, name or word of address.
    #[inline]
    pub(crate) fn next_candidate(&self, mut i: usize) -> usize {
        // (the owner's noun asked only of a word of its length, the length read from the
        // word itself: most words are no candidate, and cost no call)
        while let Some(w) = self.words.get(i)
            && w.case() != Case::Title
            && self
                .info(w)
                .is_none_or(|x| !(x.honorific || x.modifier || x.title || x.rank))
            && (usize::from(w.len) != super::trade::OWNERS_NOUN_LEN
                || super::trade::counted_kind(self, i).is_none())
        {
            i += 1;
        }
        i.min(self.len())
    }

    /// The separator between byte `from` and word `i`.
    pub(crate) fn gap_from(&self, from: usize, i: usize) -> Gap {
        if i > 0 && self.words.get(i - 1).is_some_and(|w| w.end() == from) {
            return self.gap(i);
        }
        match self.words.get(i) {
            Some(w) if from <= w.start() => classify(&self.text[from..w.start()]),
            _ => Gap::Break,
        }
    }

    /// Does the separator between byte `from` and word `i` hold a quotation mark?
    pub(crate) fn quote_between(&self, from: usize, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| {
            self.text
                .get(from..w.start())
                .is_some_and(|s| s.contains(['"', '“', '”', '«', '»']))
        })
    }

    /// The separator before word `i`.
    pub(crate) fn gap(&self, i: usize) -> Gap {
        self.words.get(i).map_or(Gap::Break, Word::gap)
    }

    /// Does the word list match ending right before word `i` name a kind of institution
    /// ("Trường ĐH" + "Tôn Đức Thắng")? Looks back over the longest entry only. A
    /// lowercase institution word right after a capitalised word is the second syllable
    /// of that word ("Bộ Tài nguyên và Môi trường" + "Trần Hồng Hà"), no head; so is one
    /// right after a field of two syllables, the first capitalised, no role's or body's:
    /// the field's level ("Vụ Giáo dục đại học" + a name; not "Hiệu trưởng trường …").
    pub(crate) fn institution_before(&self, i: usize) -> bool {
        let level = |s: usize| {
            s >= 2
                && self.words[s].case() == Case::Lower
                && self.continues_word(s - 1)
                && self.gap(s) == Gap::Space
                && self
                    .entry_before(s, |_, x| {
                        x.title || x.rank || x.honorific || x.org.is_some()
                    })
                    .is_none()
        };
        // (an entry of four words too: "Văn phòng Luật sư")
        self.entry_before_within(i, MAX_TAG_WORDS, |s, info| {
            info.institution && !self.inside_tag(s) && !self.continues_word(s) && !level(s)
        })
        .is_some()
    }

    /// The first word of the shortest dictionary entry (tag) of one to three words that
    /// ends right before word `i` and that `f` accepts, given that first word and the
    /// entry's [`Info`]: the one look-back the readers ask ("a link word before the
    /// title", "an organisation's head before the name").
    ///
    /// # Time complexity
    ///
    /// At most three tag look-ups and three calls of `f`.
    #[inline]
    pub(crate) fn entry_before(
        &self,
        i: usize,
        f: impl Fn(usize, &'static Info) -> bool,
    ) -> Option<usize> {
        self.entry_before_within(i, 3, f)
    }

    /// [`Words::entry_before`] over entries of up to `max` words ([`MAX_TAG_WORDS`] for
    /// any entry: "Liên minh châu Âu").
    ///
    /// # Time complexity
    ///
    /// At most `max` tag look-ups and `max` calls of `f`.
    #[inline]
    pub(crate) fn entry_before_within(
        &self,
        i: usize,
        max: usize,
        f: impl Fn(usize, &'static Info) -> bool,
    ) -> Option<usize> {
        (1..=max)
            .map(|b| i.wrapping_sub(b))
            .find(|&s| s < i && self.tag(s).is_some_and(|(t, x)| s + t.n == i && f(s, x)))
    }

    /// Is word `k` a lowercase syllable that goes on from a capitalised word before it,
    /// in the same phrase ("Môi trường", "Thị trường")?
    fn continues_word(&self, k: usize) -> bool {
        k > 0
            && self.words[k].case() == Case::Lower
            && self.words[k - 1].case() != Case::Lower
            && self.gap(k) == Gap::Space
    }

    /// Does a body's field of two or three words end right before word `i` ("Tư pháp",
    /// "Y tế", "Pháp chế")?
    fn field_ends_at(&self, i: usize) -> bool {
        (2..=3).any(|back| {
            i >= back
                && self
                    .tag(i - back)
                    .is_some_and(|(t, info)| t.n == back && info.field && info.org.is_none())
        })
    }

    /// Is word `k` inside a longer phrase that starts before it ("phố" of "thành phố"
    /// is no street)?
    pub(crate) fn inside_tag(&self, k: usize) -> bool {
        (1..=3).any(|b| k >= b && self.tag(k - b).is_some_and(|(t, _)| t.n > b))
    }

    /// Does word `i` open a segment: after a separator other than a space, or right
    /// after a link word ("là", "giữ chức")? A lowercase "quyền" there is "acting"
    /// (", quyền Giám đốc Sở …"), elsewhere "power" ("trao quyền Tổng thống").
    pub(crate) fn segment_start(&self, i: usize) -> bool {
        self.gap(i) != Gap::Space || self.entry_before(i, |_, info| info.link).is_some()
    }

    /// Does a word-list match end right before word `i` (one of up to three words)? A
    /// one-word organisation head that must be capitalised does not count when written
    /// lowercase ("Quốc phòng" has no "Phòng"; "văn phòng", "công ty" do count), nor does
    /// the field of a body's name.
    pub(crate) fn tag_ends_before(&self, i: usize) -> bool {
        self.entry_before(i, |s, info| {
            !(s + 1 == i && info.org == Some(true) && self.words[s].case() == Case::Lower)
                // a body's field, qualifier or armed service ends its name, no list's
                // word ("Bộ trưởng Quốc phòng Sergei Shoigu", "… Quốc gia Avril Haines",
                // "Tư lệnh hải quân Yudo Margono")
                && !((info.field || info.qualifier || info.service) && info.org.is_none())
                // (nor does a word's own entry inside such a phrase: the country "Pháp"
                // in "Tư pháp", "Bộ trưởng Tư pháp Jeff Sessions")
                && !(s + 1 == i && self.field_ends_at(i))
        })
        .is_some()
    }

    /// The end of a body's field ([`Info::ends_name`]) written capitalised from word `i`
    /// when it runs on past `end` ("Tư pháp", "Y tế": capitalised words only to `end`).
    pub(crate) fn field_past(&self, i: usize, end: usize) -> Option<usize> {
        let (t, info) = self.tag(i)?;
        (info.ends_name() && self.words[i].case() != Case::Lower && i + t.n > end)
            .then_some(i + t.n)
    }

    /// Is the word before word `i` a plural marker or a number ("các", "4", "hai")?
    pub(crate) fn plural_before(&self, i: usize) -> bool {
        i > 0
            && self.gap(i) == Gap::Space
            && (self
                .tag(i - 1)
                .is_some_and(|(t, info)| info.plural && t.n == 1)
                || self.word(i - 1).bytes().all(|b| b.is_ascii_digit())
                || phrase::counted(self.word(i - 1)))
    }

    /// The text of word `i`.
    pub(crate) fn word(&self, i: usize) -> &'t str {
        let w = self.words[i];
        &self.text[w.start()..w.end()]
    }

    /// Are words `a` and `b` the same word but for case ("Đội trưởng Đội …")?
    pub(crate) fn same_but_case(&self, a: usize, b: usize) -> bool {
        use crate::text::chars::to_lowercase;
        to_lowercase(self.word(a)) == to_lowercase(self.word(b))
    }

    /// The end byte of the field written with a comma or a hyphen inside that starts at
    /// word `i` ("Dân số - Kế hoạch hóa gia đình"), the longest.
    pub(crate) fn punctuated_field_at(&self, i: usize) -> Option<usize> {
        let start = u32::try_from(self.words.get(i)?.start()).ok()?;
        let k = self.fields.partition_point(|&(s, _)| s < start);
        self.fields[k..]
            .iter()
            .take_while(|&&(s, _)| s == start)
            .map(|&(_, e)| e as usize)
            .max()
    }

    /// Is the separator before word `k` exactly `sep` ("-" inside "Kyo-ahn")?
    pub(crate) fn joined_by(&self, k: usize, sep: &str) -> bool {
        joined_by(self.text, &self.words, k, sep)
    }

    /// The separator between byte `from` and word `i`, where the period of an
    /// abbreviation glued to a capitalised word ("TP.Hà Nội") or to another abbreviation
    /// ("TP.HCM") counts as a space.
    pub(crate) fn soft_gap(&self, from: usize, i: usize) -> Gap {
        let g = self.gap_from(from, i);
        if g == Gap::Stop
            && i > 0
            && self
                .words
                .get(i)
                .is_some_and(|w| self.text.get(from..w.start()) == Some("."))
            && self.words[i - 1].case() == Case::Upper
            && matches!(self.words[i].case(), Case::Title | Case::Upper)
        {
            return Gap::Space;
        }
        g
    }

    /// The expansion of the words of `start..end` (bytes), or `None` when no
    /// abbreviation is inside.
    pub(crate) fn expand(
        &self,
        from: usize,
        to: usize,
        start: usize,
        end: usize,
    ) -> Option<String> {
        let mut out = String::new();
        let mut at = start;
        let mut any = false;
        let mut i = from;
        while i < to {
            // (or letters with periods between, "T.Ư": one letter a word)
            if let Some((t, info)) = self.tag(i)
                && (self.words[i].case() == Case::Upper
                    || (t.n > 1 && info.abbrev.is_some() && self.word(i).chars().nth(1).is_none()))
            {
                let exp = info
                    .abbrev
                    .as_ref()
                    .map(|(e, _)| e.as_str())
                    .or(info.title_expanded.as_deref());
                if let Some(exp) = exp {
                    let ws = self.words[i].start();
                    let we = self.words[(i + t.n - 1).min(self.len() - 1)].end();
                    if ws >= at && we <= end {
                        if !any {
                            // (sized once: the text, and room for its expansions)
                            out.reserve(end.saturating_sub(start) + 2 * exp.len());
                        }
                        out.push_str(&self.text[at..ws]);
                        out.push_str(exp);
                        at = we;
                        // the abbreviation's own period goes with it ("TP. Phú Quốc",
                        // "TP.Hà Nội" → "thành phố Phú Quốc", "thành phố Hà Nội")
                        if we < end && self.text.as_bytes().get(we) == Some(&b'.') {
                            at = we + 1;
                            if self
                                .text
                                .as_bytes()
                                .get(at)
                                .is_some_and(|b| !b.is_ascii_whitespace())
                            {
                                out.push(' ');
                            }
                        }
                        any = true;
                        i += t.n;
                        continue;
                    }
                }
            }
            i += 1;
        }
        if !any {
            return None;
        }
        out.push_str(self.text.get(at..end).unwrap_or(""));
        Some(out)
    }
}

#[cfg(test)]
mod tests;
