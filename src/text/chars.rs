//! The Vietnamese character table and UTF-8 decoding, shared by every scanner.
//!
//! Vietnamese text is ASCII, Latin-1, Latin Extended-A/B, the combining diacritics and the
//! Vietnamese block of Latin Extended Additional (ạ, ế, ữ …). For those code points
//! [`info`] answers from one table built once from the standard library's `char`
//! predicates (so the table cannot disagree with them); any other character is answered
//! by the predicates directly. Every scanner of the crate asks this table what a
//! character is: a letter, a digit, a combining mark, upper case, its lower case, and its
//! accent-free base letter.
//!
//! [`decode`] reads one character from the bytes of a `&str`, for the hot loops that scan
//! bytes.

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// What the crate knows of one character. `Copy`, 8 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Info {
    /// The folded form of the character: its lower case when it is uppercase and its
    /// lower case is one character of the same UTF-8 length, else the character itself
    /// ([`Info::folded`]).
    folded: char,
    flags: u8,
    /// The ASCII letter accent folding gives ([`FOLD_KEEP`], [`FOLD_DROP`] otherwise).
    fold: u8,
}

/// A letter of a token: alphabetic, or a combining diacritic U+0300..=U+036F (the marks
/// of decomposed Vietnamese).
pub(crate) const LETTER: u8 = 1;
/// `char::is_uppercase`.
pub(crate) const UPPER: u8 = 2;
/// `char::to_lowercase` is not the character itself.
pub(crate) const LOWER_CHANGES: u8 = 4;
/// A [`LETTER`] that is not [`UPPER`].
pub(crate) const LOWER_LETTER: u8 = 8;
/// `char::to_lowercase` is not the one character [`Info::folded`] gives an uppercase
/// character (and the character itself otherwise), or the character is `Σ` (whose lower
/// case in a string depends on its place): a word without such a character lowercases
/// (`str::to_lowercase`) to its folded form, character by character.
pub(crate) const LOWER_NOT_FOLDED: u8 = 16;
/// The five bits above, the tokenizer's classes of a character ([`Info::classes`]).
const CLASSES: u8 = LETTER | UPPER | LOWER_CHANGES | LOWER_LETTER | LOWER_NOT_FOLDED;
/// `char::is_alphabetic`.
const ALPHA: u8 = 32;
/// `char::is_numeric`.
const NUMERIC: u8 = 64;
/// A combining mark (Unicode general category M).
const MARK: u8 = 128;

/// Accent folding keeps the character.
const FOLD_KEEP: u8 = 0;
/// Accent folding drops the character (a combining mark).
const FOLD_DROP: u8 = 0xFF;

impl Info {
    /// The entry of `c`, computed from the general Unicode functions.
    fn compute(c: char) -> Info {
        let mut flags = 0;
        if c.is_alphabetic() {
            flags |= ALPHA;
        }
        if c.is_numeric() {
            flags |= NUMERIC;
        }
        if is_combining_mark(c) {
            flags |= MARK;
        }
        if c.is_uppercase() {
            flags |= UPPER;
        }
        let u = c as u32;
        if flags & ALPHA != 0 || (0x300..=0x36F).contains(&u) {
            flags |= if flags & UPPER != 0 {
                LETTER
            } else {
                LETTER | LOWER_LETTER
            };
        }
        let mut low = c.to_lowercase();
        let (first, second) = (low.next(), low.next());
        if first != Some(c) || second.is_some() {
            flags |= LOWER_CHANGES;
        }
        let lower = match (first, second) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
            _ => c,
        };
        let folded = if flags & UPPER != 0 { lower } else { c };
        debug_assert!(folded.len_utf8() == c.len_utf8());
        if c == 'Σ' || first != Some(folded) || second.is_some() {
            flags |= LOWER_NOT_FOLDED;
        }
        let fold = match c {
            'đ' | '\u{00F0}' => b'd',
            'Đ' | '\u{00D0}' | '\u{0189}' => b'D',
            _ if flags & MARK != 0 => FOLD_DROP,
            _ => match c.nfd().next() {
                Some(b) if b.is_ascii_alphabetic() && b != c => b as u8,
                _ => FOLD_KEEP,
            },
        };
        Info {
            folded,
            flags,
            fold,
        }
    }

    /// `char::is_alphanumeric`.
    #[inline]
    pub(crate) fn is_alphanumeric(self) -> bool {
        self.flags & (ALPHA | NUMERIC) != 0
    }

    /// `char::is_alphabetic`.
    #[inline]
    pub(crate) fn is_alphabetic(self) -> bool {
        self.flags & ALPHA != 0
    }

    /// `char::is_alphabetic` or a combining mark (general category M, as
    /// `unicode_normalization::char::is_combining_mark` says).
    #[inline]
    pub(crate) fn is_alphabetic_or_mark(self) -> bool {
        self.flags & (ALPHA | MARK) != 0
    }

    /// A letter of a token: alphabetic, or a combining diacritic U+0300..=U+036F.
    #[inline]
    pub(crate) fn is_letter(self) -> bool {
        self.flags & LETTER != 0
    }

    /// The tokenizer's classes of the character: the bits [`LETTER`], [`UPPER`],
    /// [`LOWER_CHANGES`], [`LOWER_LETTER`] and [`LOWER_NOT_FOLDED`] that hold for it.
    #[inline]
    pub(crate) fn classes(self) -> u8 {
        self.flags & CLASSES
    }

    /// `char::is_uppercase`.
    #[inline]
    pub(crate) fn is_uppercase(self) -> bool {
        self.flags & UPPER != 0
    }

    /// The folded form, with no test of the case (the form the tokenizer hashes a word
    /// by): the lower case of an uppercase character when it is one character of the
    /// same UTF-8 length (so a lowercased copy keeps every byte offset), else the
    /// character itself (of a character that is not uppercase, even when
    /// `char::to_lowercase` changes it, as it does a titlecase "ǅ").
    #[inline]
    pub(crate) fn folded(self) -> char {
        self.folded
    }

    /// What accent folding makes of the character: `Some(None)` drops it (a combining
    /// mark), `Some(Some(b))` replaces it by the ASCII letter `b` (đ → d, ầ → a), `None`
    /// keeps it.
    #[inline]
    pub(crate) fn fold(self) -> Option<Option<u8>> {
        match self.fold {
            FOLD_KEEP => None,
            FOLD_DROP => Some(None),
            b => Some(Some(b)),
        }
    }
}

/// Code points below this, every one- and two-byte character (ASCII, Latin-1, Latin
/// Extended-A/B, IPA, the combining diacritics …), are the table's first part.
const LOW_LIMIT: usize = 0x800;
/// Latin Extended Additional (ạ, ế, ữ …) is the table's second part, after the first.
const EXT: std::ops::Range<u32> = 0x1E00..0x1F00;
const EXT_LEN: usize = 0x100;
/// The length of the first two parts.
const MAIN_LEN: usize = LOW_LIMIT + EXT_LEN;
/// General punctuation (dashes, quotation marks, ellipsis), common in news, is the
/// table's third part.
const PUNCT: std::ops::Range<u32> = 0x2000..0x2070;

/// The table; hot loops fetch it once ([`table`]) and ask it per character.
pub(crate) struct Table {
    /// The code points below [`LOW_LIMIT`], then those of [`EXT`].
    main: Box<[Info; MAIN_LEN]>,
    punct: Box<[Info]>,
}

fn entry(u: u32) -> Info {
    char::from_u32(u).map_or(
        Info {
            folded: ' ',
            flags: 0,
            fold: FOLD_KEEP,
        },
        Info::compute,
    )
}

static TABLE: LazyLock<Table> = LazyLock::new(|| Table {
    main: Box::new(std::array::from_fn(|k| match k.checked_sub(LOW_LIMIT) {
        None => entry(k as u32),
        Some(k) => entry(EXT.start + k as u32),
    })),
    punct: PUNCT.map(entry).collect(),
});

/// The character table, built on first use.
#[inline]
pub(crate) fn table() -> &'static Table {
    &TABLE
}

impl Table {
    /// What the crate knows of `c`: one look-up for the code points of Vietnamese text,
    /// the general Unicode functions for the rest.
    #[inline]
    pub(crate) fn info(&self, c: char) -> Info {
        let u = c as u32;
        let ext = u.wrapping_sub(EXT.start) as usize;
        if (u as usize) < LOW_LIMIT {
            self.main[u as usize]
        } else if ext < EXT_LEN {
            self.main[LOW_LIMIT + ext]
        } else if let Some(&i) = self.punct.get(u.wrapping_sub(PUNCT.start) as usize) {
            i
        } else {
            Info::compute(c)
        }
    }

    /// [`Table::info`] of a code point (from [`decode`]); a value that is not a `char`
    /// reads as a non-letter.
    #[inline]
    pub(crate) fn info_u32(&self, u: u32) -> Info {
        char::from_u32(u).map_or_else(|| entry(u), |c| self.info(c))
    }

    /// [`Table::info_u32`] of the character starting at byte `i` of valid UTF-8 `b` (a
    /// lead byte of a multi-byte character, so `b[i] >= 0xC0`), with its code point and
    /// its length in bytes: [`decode`] and [`Table::info_u32`] in one ([`Lookup::at`]).
    #[inline(always)]
    pub(crate) fn at(&self, b: &[u8], i: usize) -> (Info, u32, usize) {
        self.lookup().at(b, i)
    }

    /// The table's look-up by bytes ([`Table::at`]) as a value, for a loop over many
    /// characters: it holds the address of the table's entries itself, which a loop that
    /// also writes to memory would otherwise read again from the table (behind its
    /// `LazyLock`) for every word.
    #[inline(always)]
    pub(crate) fn lookup(&self) -> Lookup<'_> {
        Lookup {
            main: &self.main,
            table: self,
        }
    }
}

/// [`Table::at`] with the address of the table's entries held in the value
/// ([`Table::lookup`]).
#[derive(Clone, Copy)]
pub(crate) struct Lookup<'t> {
    main: &'t [Info; MAIN_LEN],
    table: &'t Table,
}

impl Lookup<'_> {
    /// [`Table::info_u32`] of the character starting at byte `i` of valid UTF-8 `b` (a
    /// lead byte of a multi-byte character, so `b[i] >= 0xC0`), with its code point and
    /// its length in bytes: [`decode`] and [`Table::info_u32`] in one.
    ///
    /// The characters of Vietnamese text, two-byte ones and those of the Vietnamese block
    /// (`E1 B8..BB xx`), are one look-up indexed by their bytes, with one bounds check and
    /// no validity check of the code point; any other is decoded and asked as usual.
    #[inline(always)]
    pub(crate) fn at(self, b: &[u8], i: usize) -> (Info, u32, usize) {
        let b0 = u32::from(b[i]);
        if b0 < 0xE0 {
            if let Some(&b1) = b.get(i + 1) {
                // 110xxxxx 10yyyyyy: (b0 - 0xC0) * 64 + (b1 - 0x80)
                let u = (b0 << 6).wrapping_add(u32::from(b1)).wrapping_sub(0x3080);
                return (self.main[u as usize & (LOW_LIMIT - 1)], u, 2);
            }
        } else if b0 == 0xE1
            && let Some(&[_, b1, b2]) = b.get(i..i + 3)
        {
            // 1110_0001 10_1110kk 10yyyyyy with kk < 4: U+1E00 + kk * 64 + yyyyyy
            let k = u32::from(b1).wrapping_sub(0xB8);
            if k < 4 {
                let k = k << 6 | u32::from(b2) & 0x3F;
                return (self.main[LOW_LIMIT + k as usize], EXT.start + k, 3);
            }
        }
        let (u, len) = decode(b, i);
        (self.table.info_u32(u), u, len)
    }
}

/// What the crate knows of `c` ([`Table::info`]).
///
/// `info('Ầ')` is alphabetic and upper case, lowers to `ầ` and folds to `A`.
#[inline]
pub(crate) fn info(c: char) -> Info {
    TABLE.info(c)
}

/// `c.is_alphabetic()`, from the table for a non-ASCII character: one look-up for the
/// letters of Vietnamese text, where the standard library searches its Unicode tables.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        info(c).is_alphabetic()
    }
}

/// `c.is_alphanumeric()`, from the table for a non-ASCII character ([`is_alphabetic`]).
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        info(c).is_alphanumeric()
    }
}

/// `s.to_lowercase()`, one table look-up a non-ASCII character: a string whose every
/// character lowers to the one character of its entry (all of Vietnamese text: no
/// [`LOWER_NOT_FOLDED`]) is lowered by the table, any other (`Σ`, `İ` …) by
/// `str::to_lowercase`.
///
/// The string is copied once and lowered in place: its ASCII letters all at once
/// (`str::make_ascii_lowercase`), then each uppercase non-ASCII character, whose folded
/// form has its length in UTF-8; runs of ASCII are passed over eight bytes at a time.
pub(crate) fn to_lowercase(s: &str) -> String {
    const HI: u64 = 0x8080_8080_8080_8080;
    let t = table();
    let b = s.as_bytes();
    let mut out = s.to_owned();
    out.make_ascii_lowercase();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            // on over the ASCII run: eight bytes at a time, the last ones one by one
            i += match b.get(i..).and_then(|r| r.first_chunk::<8>()) {
                Some(&w) => ((u64::from_le_bytes(w) & HI).trailing_zeros() / 8) as usize,
                None => 1,
            };
            continue;
        }
        let (info, _, len) = t.at(b, i);
        if info.flags & LOWER_NOT_FOLDED != 0 {
            return s.to_lowercase();
        }
        if info.flags & UPPER != 0 {
            // (of the same length, by its definition: the offsets of `out` stay those
            // of `s`)
            let mut buf = [0; 4];
            let lower = info.folded.encode_utf8(&mut buf);
            if lower.len() != len {
                return s.to_lowercase();
            }
            out.replace_range(i..i + len, lower);
        }
        i += len;
    }
    out
}

/// [`to_lowercase`] without a copy of a string that is its own lower case
/// ([`is_lowercase`]: most words of a text): a reader that compares a word's lower case
/// with its lists makes no string for it.
pub(crate) fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if is_lowercase(s) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(to_lowercase(s))
    }
}

/// Is `s` its own lower case ([`to_lowercase`], `str::to_lowercase`)? No character of it
/// changes when lowercased ([`LOWER_CHANGES`]): a reader that looks a word up by its lower
/// case need not make a copy of a word that is lowercase already.
pub(crate) fn is_lowercase(s: &str) -> bool {
    let t = table();
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                return false;
            }
            i += 1;
            continue;
        }
        let (info, _, len) = t.at(b, i);
        if info.flags & LOWER_CHANGES != 0 {
            return false;
        }
        i += len;
    }
    true
}

/// The code point starting at byte `i` of valid UTF-8 `b` (a lead byte of a multi-byte
/// character, so `b[i] >= 0xC0`), and its length in bytes.
///
/// `b` comes from a `&str`, so the sequence is complete and well formed; the function only
/// reassembles the bits (out-of-range indexing would panic, which valid UTF-8 rules out).
#[inline(always)]
pub(crate) fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let c0 = u32::from(b[i]);
    if c0 < 0xE0 {
        ((c0 & 0x1F) << 6 | (u32::from(b[i + 1]) & 0x3F), 2)
    } else if c0 < 0xF0 {
        (
            (c0 & 0x0F) << 12 | (u32::from(b[i + 1]) & 0x3F) << 6 | (u32::from(b[i + 2]) & 0x3F),
            3,
        )
    } else {
        (
            (c0 & 0x07) << 18
                | (u32::from(b[i + 1]) & 0x3F) << 12
                | (u32::from(b[i + 2]) & 0x3F) << 6
                | (u32::from(b[i + 3]) & 0x3F),
            4,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table is the direct computation, for every code point it holds and around it.
    #[test]
    fn table_is_the_direct_computation() {
        for u in (0..0x2100).chain(0x1DF0..0x1F10) {
            let Some(c) = char::from_u32(u) else { continue };
            let i = info(c);
            assert_eq!(i, Info::compute(c), "U+{u:04X}");
            assert_eq!(i.is_alphanumeric(), c.is_alphanumeric());
            assert_eq!(i.is_alphabetic(), c.is_alphabetic());
            assert_eq!(i.is_uppercase(), c.is_uppercase());
            assert_eq!(table().info_u32(u), i);
            assert_eq!(
                i.is_letter(),
                c.is_alphabetic() || (0x300..=0x36F).contains(&u)
            );
            assert_eq!(
                i.is_alphabetic_or_mark(),
                c.is_alphabetic() || is_combining_mark(c),
                "U+{u:04X}"
            );
            let mut low = c.to_lowercase();
            let folded = match (low.next(), low.next()) {
                (Some(l), None) if c.is_uppercase() && l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            assert_eq!(i.folded(), folded, "U+{u:04X}");
            assert_eq!(
                i.classes() & LOWER_NOT_FOLDED != 0,
                c.to_string().to_lowercase() != folded.to_string() || c == 'Σ',
                "U+{u:04X}"
            );
        }
        assert_eq!(info('Ầ').folded(), 'ầ');
        // the lowercase of a string by the table is the standard library's
        let texts = [
            include_str!("../../fixtures/duc-ninh-2023.txt"),
            "ĐẠI HỘI Đảng bộ TP.HCM, UBND tỉnh Quảng Nam ÀÁẢÃẠ ĂẮẰẲẴẶ ÂẤẦẨẪẬ ĐÊẾỀỂỄỆ Ơ Ư Ỹ",
            "ΣΑΣ ὈΔΥΣΣΕΎΣ İstanbul Straße ẞ ǅ ǈ K Å Ω Ⅻ ⓐ Ⓐ 𐐀 à\u{301} Ａ",
        ];
        for text in texts {
            for part in text.split_inclusive(['\n', ' ', ',']) {
                assert_eq!(to_lowercase(part), part.to_lowercase(), "{part:?}");
            }
            assert_eq!(to_lowercase(text), text.to_lowercase());
        }
        for u in 0..0x1_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            let s = format!("A{c}b");
            assert_eq!(to_lowercase(&s), s.to_lowercase(), "U+{u:04X}");
        }
        // a text is its own lower case exactly when the standard library says so
        for text in texts {
            for part in text.split_inclusive(['\n', ' ', ',']) {
                assert_eq!(is_lowercase(part), part.to_lowercase() == part, "{part:?}");
            }
        }
        for u in 0..0x1_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            let s = format!("a{c}b");
            assert_eq!(is_lowercase(&s), s.to_lowercase() == s, "U+{u:04X}");
        }
        assert!(is_lowercase("đồng chí") && !is_lowercase("Đồng chí") && !is_lowercase("ΣΑ"));
        // the borrowed lower case is the copied one
        for text in texts {
            for part in text.split_inclusive(['\n', ' ', ',']) {
                assert_eq!(lowercase(part), to_lowercase(part), "{part:?}");
            }
        }
        assert_eq!(info('Ầ').fold(), Some(Some(b'A')));
        assert_eq!(info('đ').fold(), Some(Some(b'd')));
        assert_eq!(info('\u{301}').fold(), Some(None));
        assert!(info('\u{301}').is_letter());
        assert_eq!(info('ß').fold(), None);
        // İ lowers to two chars: kept, but marked as changing
        assert_eq!(info('İ').folded(), 'İ');
        assert_ne!(info('İ').classes() & LOWER_CHANGES, 0);
    }

    /// [`is_alphabetic`] and [`is_alphanumeric`] are the standard library's, for every
    /// character (those outside the table computed on each ask).
    #[test]
    fn letter_tests_are_the_direct_computation() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn agrees_with_std() {
        let s = "ắ đ ư 𑰯 € Ð ỹ";
        for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
            assert_eq!(decode(s.as_bytes(), i), (c as u32, c.len_utf8()));
        }
    }

    /// [`Table::at`] is [`decode`] and [`Table::info_u32`], for every non-ASCII character
    /// of the tables and around them, at the end of a text and before other bytes.
    #[test]
    fn at_is_decode_and_info() {
        let tab = table();
        let wide = (0x80..0x2100)
            .chain(0xFFF0..0x10010)
            .chain([0x1D538, 0x10FFFF]);
        for c in wide.filter_map(char::from_u32) {
            for s in [
                format!("{c}"),
                format!("{c}a"),
                format!("{c}ầ"),
                format!("a{c}"),
            ] {
                let i = usize::from(s.starts_with('a'));
                let (u, len) = decode(s.as_bytes(), i);
                assert_eq!(tab.at(s.as_bytes(), i), (tab.info_u32(u), u, len), "{s:?}");
            }
        }
    }
}
