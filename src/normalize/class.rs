//! Character classes for the normalizer's hot loop, looked up in small tables.
//!
//! Vietnamese text is ASCII, Latin-1, Latin Extended-A/B, the combining diacritics, the
//! Vietnamese block U+1EA0–U+1EF9 and general punctuation: those ranges are tables built
//! once; any other character is classified by the general Unicode functions.

use std::sync::LazyLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// A letter (alphabetic).
pub(crate) const LETTER: u8 = 1;
/// A combining mark.
pub(crate) const MARK: u8 = 2;
/// Removed by the clean-up (zero-width characters, soft hyphen).
pub(crate) const DELETE: u8 = 4;
/// Replaced by the clean-up when outside a word (spaces, line separators, NFC singletons).
pub(crate) const REPLACE: u8 = 8;
/// A vowel letter (a e i o u y with any diacritic).
pub(crate) const VOWEL: u8 = 16;
/// A vowel that carries a tone mark that may be misplaced: a, e, i, o, u, y and ư with a
/// tone. (On ă, â, ê, ô, ơ a tone mark is always where it belongs.)
pub(crate) const TONED: u8 = 32;
/// A letter that composition or the đ fix-up may change (Ð, ð, not NFC on its own).
pub(crate) const FIX: u8 = 64;
/// A character of U+0080..=U+00FF that legacy encodings use and clean Vietnamese does not
/// (and "Ã", which is both): a hint to run legacy detection.
pub(crate) const HINT: u8 = 128;

/// What the clean-up does with one character outside a word.
pub(crate) fn clean_char(c: char) -> Option<&'static str> {
    match c {
        // zero-width characters, soft hyphen, word joiner, object replacement
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{FFFC}'
        | '\u{00AD}' => Some(""),
        // no-break and other Unicode spaces
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Some(" "),
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Some("\n"),
        _ => None,
    }
}

/// The class bits of `c`, computed from the general Unicode functions.
fn compute(c: char) -> u8 {
    let hint = match c {
        '\u{A0}' | '\u{85}' => 0,
        '\u{80}'..='\u{BF}' => HINT,
        'Ã' => HINT,
        '\u{C0}'..='\u{FF}' if !"ÀÁÂÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".contains(c) => {
            HINT
        }
        _ => 0,
    };
    hint | compute_class(c)
}

fn compute_class(c: char) -> u8 {
    let mut f = 0;
    match clean_char(c) {
        Some("") => return DELETE,
        Some(_) => return REPLACE,
        None => {}
    }
    if is_combining_mark(c) {
        return MARK;
    }
    let nfc_yes = is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes;
    if c.is_alphabetic() {
        f |= LETTER;
        if !nfc_yes || matches!(c, '\u{00D0}' | '\u{00F0}' | '\u{0189}') {
            f |= FIX;
        }
        let mut parts = c.nfd();
        if let Some(base) = parts.next()
            && matches!(base.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
        {
            f |= VOWEL;
            let marks: Vec<char> = parts.collect();
            let toned = marks
                .iter()
                .any(|m| matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'));
            // ă â ê ô ơ (breve, circumflex, or the horn of ơ) carry their tone surely
            let sure = marks.iter().any(|&m| matches!(m, '\u{306}' | '\u{302}'))
                || (base.eq_ignore_ascii_case(&'o') && marks.contains(&'\u{31B}'));
            if toned && !sure {
                f |= TONED;
            }
        }
    } else if !nfc_yes {
        f |= REPLACE;
    }
    f
}

/// The classes of U+0000..U+0800 at `[cp]`, of U+1E00..U+1F00 at `[0x800 + cp - 0x1E00]`
/// and of U+2000..U+2080 at `[0x900 + cp - 0x2000]`, then 64 times [`OTHER`] (the rest is
/// padding, so that an index masked to twelve bits needs no bounds check).
///
/// `page` serves [`Classes::at_common`]: for a three- or four-byte character whose first
/// two bytes are `b0 b1`, at `(b0 & 0x0F) << 6 | (b1 & 0x3F)` (for `b0 < 0xF0`; four-byte
/// leads land after those), where the 64 classes of its last byte start in `class`: the
/// Vietnamese block and the punctuation block for the leads that reach them, the 64 times
/// [`OTHER`] for every other one.
struct Tables {
    class: [u8; 0x1000],
    page: [u16; 0x800],
}

/// Where U+1E00 and U+2000 start in [`Tables::class`], and where [`OTHER`] is.
const VIET: usize = 0x800;
const PUNCT: usize = 0x900;
const OTHER_AT: usize = 0x980;

/// What [`Classes::at_common`] says of a character outside its tables: every bit that
/// asks for a closer look.
pub(crate) const OTHER: u8 = MARK | DELETE | REPLACE | FIX | HINT;

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = Tables {
        class: [0; 0x1000],
        page: [OTHER_AT as u16; 0x800],
    };
    t.class[OTHER_AT..OTHER_AT + 64].fill(OTHER);
    // E1 B8..BB: U+1E00..U+1EFF; E2 80..81: U+2000..U+207F
    for (b1, at) in (0xB8..0xBC).zip((VIET..).step_by(64)) {
        t.page[0x1 << 6 | (b1 & 0x3F)] = at as u16;
    }
    for (b1, at) in (0x80..0x82).zip((PUNCT..).step_by(64)) {
        t.page[0x2 << 6 | (b1 & 0x3F)] = at as u16;
    }
    for (i, slot) in t.class.iter_mut().enumerate().take(OTHER_AT) {
        let cp = match i {
            0..VIET => i,
            VIET..PUNCT => 0x1E00 + i - VIET,
            _ => 0x2000 + i - PUNCT,
        };
        *slot = char::from_u32(cp as u32).map_or(0, compute);
    }
    t
});

/// Class lookup with the tables borrowed once for a whole pass.
#[derive(Clone, Copy)]
pub(crate) struct Classes(&'static Tables);

impl Classes {
    pub(crate) fn get() -> Classes {
        Classes(&TABLES)
    }

    #[inline]
    pub(crate) fn of(self, c: char) -> u8 {
        let cp = c as u32 as usize;
        match cp {
            0..0x800 => self.0.class[cp],
            0x1E00..0x1F00 => self.0.class[VIET + (cp - 0x1E00)],
            0x2000..0x2080 => self.0.class[PUNCT + (cp - 0x2000)],
            _ => compute(c),
        }
    }

    /// The class and the length in bytes of the non-ASCII character that starts at byte
    /// `i` of valid UTF-8 `b` (so `b[i] >= 0xC0`).
    ///
    /// The characters of Vietnamese text, two-byte (Latin, combining marks) and three-byte
    /// from the Vietnamese block, alternate unpredictably: both are one look-up, the index
    /// chosen without a branch.
    #[inline(always)]
    pub(crate) fn at(self, b: &[u8], i: usize) -> (u8, usize) {
        let b0 = b[i];
        let b1 = usize::from(b[i + 1] & 0x3F);
        let b2 = usize::from(b.get(i + 2).map_or(0, |&b| b & 0x3F));
        let three = b0 >= 0xE0;
        // E1 B8..BB xx is U+1E00..U+1EFF
        if three && (b0 != 0xE1 || b[i + 1] & 0xFC != 0xB8) {
            // E2 80..81 xx is U+2000..U+207F
            if b0 == 0xE2 && b[i + 1] & 0xFE == 0x80 {
                return (self.0.class[PUNCT + ((b1 & 0x01) << 6 | b2)], 3);
            }
            let (cp, len) = crate::text::chars::decode(b, i);
            return (char::from_u32(cp).map_or(0, compute), len);
        }
        let k = if three {
            VIET + ((b1 & 0x03) << 6 | b2)
        } else {
            usize::from(b0 & 0x1F) << 6 | b1
        };
        (self.0.class[k], 2 + usize::from(three))
    }

    /// [`Classes::at`] for the characters of nearly all Vietnamese text, when the three
    /// bytes `b0 b1 b2` from the lead byte `b0 >= 0xC0` are at hand: the class of a
    /// two-byte character or one of the Vietnamese block or the punctuation block, and its
    /// length; for any other character [`OTHER`], which has every bit of trouble set, so
    /// the caller's test for trouble sends it to [`Classes::at`].
    ///
    /// There is no branch: the two kinds of characters alternate unpredictably in
    /// Vietnamese, and a mispredicted branch costs more than computing both look-ups. A
    /// two-byte character's index is its code point, `(b0 & 0x1F) << 6 | (b1 & 0x3F)`
    /// (below 0x800); a longer one's is its page ([`Tables::page`], from the same twelve
    /// bits of `b0 b1`) plus the low bits of `b2`.
    #[inline(always)]
    pub(crate) fn at_common(self, b0: u8, b1: u8, b2: u8) -> (u8, usize) {
        let three = b0 >= 0xE0;
        // (b0 & 0x3F) is (b0 & 0x1F) for a two-byte lead, 0x20.. for a longer one
        let k = usize::from(b0 & 0x3F) << 6 | usize::from(b1 & 0x3F);
        let long_at = usize::from(self.0.page[k & 0x7FF]) + usize::from(b2 & 0x3F);
        let at = if three { long_at } else { k };
        (self.0.class[at & 0xFFF], 2 + usize::from(three))
    }

    /// Class of an ASCII byte.
    #[inline]
    pub(crate) fn ascii(self, b: u8) -> u8 {
        self.0.class[usize::from(b)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_agree_with_the_general_functions() {
        let t = Classes::get();
        for cp in (0..0x800).chain(0x1DF0..0x1F10).chain(0x1FF0..0x2090) {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(t.of(c), compute(c), "U+{cp:04X}");
                let s = format!("{c}");
                if !c.is_ascii() {
                    assert_eq!(t.at(s.as_bytes(), 0), (compute(c), s.len()), "U+{cp:04X}");
                    let b = format!("{s}\0\0");
                    let b = b.as_bytes();
                    let (f, len) = t.at_common(b[0], b[1], b[2]);
                    if cp < 0x800
                        || (0x1E00..0x1F00).contains(&cp)
                        || (0x2000..0x2080).contains(&cp)
                    {
                        assert_eq!((f, len), (compute(c), s.len()), "U+{cp:04X}");
                    } else {
                        assert_eq!(f, OTHER, "U+{cp:04X}");
                    }
                }
            }
        }
        // every other lead of three or four bytes is OTHER to `at_common`
        for c in ('\u{800}'..='\u{10FFFF}').step_by(61) {
            let s = format!("{c}\0\0");
            let b = s.as_bytes();
            let (f, len) = t.at_common(b[0], b[1], b[2]);
            let cp = c as u32;
            assert_eq!(len, c.len_utf8().min(3), "U+{cp:04X}");
            if (0x1E00..0x1F00).contains(&cp) || (0x2000..0x2080).contains(&cp) {
                assert_eq!(f, compute(c), "U+{cp:04X}");
            } else {
                assert_eq!(f, OTHER, "U+{cp:04X}");
            }
        }
        for s in ["\u{10000}", "\u{FEFF}", "\u{FFFC}", "≥", "€a"] {
            let c = s.chars().next().unwrap();
            assert_eq!(t.at(s.as_bytes(), 0), (compute(c), c.len_utf8()), "{s}");
        }
        assert_eq!(t.of('ạ'), LETTER | VOWEL | TONED);
        assert_eq!(t.of('ư'), LETTER | VOWEL);
        assert_eq!(t.of('ừ'), LETTER | VOWEL | TONED);
        assert_eq!(t.of('ờ'), LETTER | VOWEL);
        assert_eq!(t.of('Ệ'), LETTER | VOWEL);
        assert_eq!(t.of('đ'), LETTER);
        assert_eq!(t.of('Ð'), LETTER | FIX | HINT);
        assert_eq!(t.of('\u{301}'), MARK);
        assert_eq!(t.of('\u{200b}'), DELETE);
        assert_eq!(t.of('\u{a0}'), REPLACE);
        assert_eq!(t.of('\u{37e}'), REPLACE);
        assert_eq!(t.of('“'), 0);
        assert_eq!(t.of('µ'), LETTER | HINT); // micro sign: a letter to Unicode
        assert_eq!(t.of('Ö'), LETTER | VOWEL | HINT);
        assert_eq!(t.of('ô'), LETTER | VOWEL);
    }
}
