//! Accent folding for search keys: "Đức Ninh" → "Duc Ninh".

use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::span::{MapBuilder, OffsetMap};

/// Base letters of U+00C0..=U+024F and U+1E00..=U+1EFF; 0 where a character is kept.
struct Tables {
    latin: [u8; 0x250 - 0xC0],
    extended: [u8; 0x100],
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    fn base(c: char) -> u8 {
        match c {
            'đ' => b'd',
            'Đ' | '\u{00D0}' | '\u{0189}' => b'D',
            '\u{00F0}' => b'd',
            _ => match c.nfd().next() {
                Some(b) if b.is_ascii_alphabetic() && b != c => b as u8,
                _ => 0,
            },
        }
    }
    let mut t = Tables {
        latin: [0; 0x250 - 0xC0],
        extended: [0; 0x100],
    };
    for (i, slot) in t.latin.iter_mut().enumerate() {
        *slot = char::from_u32(0xC0 + i as u32).map_or(0, base);
    }
    for (i, slot) in t.extended.iter_mut().enumerate() {
        *slot = char::from_u32(0x1E00 + i as u32).map_or(0, base);
    }
    t
});

/// What folding does with one non-ASCII character: `Some(None)` drops it (a combining
/// mark), `Some(Some(b))` replaces it by the ASCII letter `b`, `None` keeps it.
#[inline]
fn fold_char(t: &Tables, c: char) -> Option<Option<u8>> {
    let cp = c as u32;
    let b = match cp {
        0xC0..=0x24F => t.latin[(cp - 0xC0) as usize],
        0x1E00..=0x1EFF => t.extended[(cp - 0x1E00) as usize],
        _ if is_combining_mark(c) => return Some(None),
        _ => 0,
    };
    (b != 0).then_some(Some(b))
}

/// Removes Vietnamese (and other Latin) accents and turns `đ`/`Đ` into `d`/`D`: the key
/// people search with when they type without accents.
///
/// Letters without a Latin base (Greek, CJK, `ø`) are kept; combining marks are dropped, so
/// decomposed input folds the same as composed input. Case is kept.
///
/// # Examples
///
/// ```
/// assert_eq!(vinews::strip_accents("Đảng ủy xã Đức Ninh"), "Dang uy xa Duc Ninh");
/// assert_eq!(vinews::strip_accents("THỦY"), "THUY");
/// ```
///
/// # Time complexity
///
/// Linear; ASCII stretches are copied in bulk.
#[must_use]
pub fn strip_accents(text: &str) -> String {
    let t: &Tables = &TABLES;
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(bytes.len() - i);
        out.push_str(&text[i..i + run]);
        i += run;
        if i >= bytes.len() {
            break;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        match fold_char(t, c) {
            Some(Some(b)) => out.push(b as char),
            Some(None) => {}
            None => out.push(c),
        }
        i += c.len_utf8();
    }
    out
}

/// Folds `text` keeping an offset map; `None` when nothing changes.
pub(crate) fn fold_mapped(text: &str) -> Option<(String, OffsetMap)> {
    let t: &Tables = &TABLES;
    let mut map = MapBuilder::new();
    let mut out: Option<String> = None;
    let mut copied = 0;
    for (i, c) in text.char_indices() {
        if c.is_ascii() {
            continue;
        }
        let Some(f) = fold_char(t, c) else { continue };
        let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
        o.push_str(&text[copied..i]);
        map.keep(i - copied);
        let mut buf = [0u8; 1];
        let with: &str = match f {
            Some(b) => {
                buf[0] = b;
                std::str::from_utf8(&buf).unwrap_or("")
            }
            None => "",
        };
        o.push_str(with);
        map.replace(c.len_utf8(), with.len());
        copied = i + c.len_utf8();
    }
    let mut o = out?;
    o.push_str(&text[copied..]);
    map.keep(text.len() - copied);
    Some((o, map.finish()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_every_vietnamese_letter() {
        let lower = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        let folded = strip_accents(lower);
        assert_eq!(
            folded,
            "aaaaaaaaaaaaaaaaaaeeeeeeeeeeeeiiiiiioooooooooooooooooouuuuuuuuuuuuyyyyyyd"
        );
        assert_eq!(strip_accents(&lower.to_uppercase()), folded.to_uppercase());
    }

    #[test]
    fn decomposed_folds_like_composed() {
        assert_eq!(strip_accents("Đu\u{031b}\u{0301}c"), "Duc");
    }

    #[test]
    fn mapped_agrees_with_plain() {
        let s = "Hội đồng nhân dân – Ω ø";
        let (t, m) = fold_mapped(s).unwrap();
        assert_eq!(t, strip_accents(s));
        assert_eq!(m.original_len(), s.len());
        assert_eq!(m.normalized_len(), t.len());
    }
}
