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
/// A vowel that carries a tone mark.
pub(crate) const TONED: u8 = 32;
/// A letter that composition or the đ fix-up may change (Ð, ð, not NFC on its own).
pub(crate) const FIX: u8 = 64;

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
            if parts.any(|m| matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'))
            {
                f |= TONED;
            }
        }
    } else if !nfc_yes {
        f |= REPLACE;
    }
    f
}

struct Tables {
    low: [u8; 0x800],  // U+0000..U+0800
    viet: [u8; 0x100], // U+1E00..U+1F00
    punct: [u8; 0x70], // U+2000..U+2070
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    fn fill<const N: usize>(from: u32) -> [u8; N] {
        let mut t = [0u8; N];
        for (i, slot) in t.iter_mut().enumerate() {
            *slot = char::from_u32(from + i as u32).map_or(0, compute);
        }
        t
    }
    Tables {
        low: fill(0),
        viet: fill(0x1E00),
        punct: fill(0x2000),
    }
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
        let cp = c as u32;
        if cp < 0x800 {
            self.0.low[cp as usize & 0x7FF]
        } else if (0x1E00..0x1F00).contains(&cp) {
            self.0.viet[(cp - 0x1E00) as usize & 0xFF]
        } else if (0x2000..0x2070).contains(&cp) {
            self.0.punct[(cp - 0x2000) as usize % 0x70]
        } else {
            compute(c)
        }
    }

    /// Class of an ASCII byte.
    #[inline]
    pub(crate) fn ascii(self, b: u8) -> u8 {
        self.0.low[usize::from(b)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_agree_with_the_general_functions() {
        let t = Classes::get();
        for cp in (0..0x800).chain(0x1E00..0x1F00).chain(0x2000..0x2070) {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(t.of(c), compute(c), "U+{cp:04X}");
            }
        }
        assert_eq!(t.of('ạ'), LETTER | VOWEL | TONED);
        assert_eq!(t.of('ư'), LETTER | VOWEL);
        assert_eq!(t.of('đ'), LETTER);
        assert_eq!(t.of('Ð'), LETTER | FIX);
        assert_eq!(t.of('\u{301}'), MARK);
        assert_eq!(t.of('\u{200b}'), DELETE);
        assert_eq!(t.of('\u{a0}'), REPLACE);
        assert_eq!(t.of('\u{37e}'), REPLACE);
        assert_eq!(t.of('“'), 0);
    }
}
