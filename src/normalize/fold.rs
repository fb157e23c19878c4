//! Accent folding for search keys: "Đức Ninh" → "Duc Ninh".

use std::sync::LazyLock;

use unicode_normalization::char::is_combining_mark;

use crate::span::{MapBuilder, OffsetMap};

/// What folding makes of a character: an ASCII letter, [`DROP`] (a combining mark) or
/// [`KEEP`].
const KEEP: u8 = 0;
const DROP: u8 = 0xFF;
/// Not in the tables: a three-byte character outside the Vietnamese block.
const OTHER: u8 = 0xFE;
const OTHER_AT: usize = 0x900;

/// Folding of U+0000..U+0800 (every two-byte character: Latin, the combining diacritics)
/// at `[cp]`, and of U+1E00..=U+1EFF (Latin Extended Additional, the Vietnamese block) at
/// `[0x800 + cp - 0x1E00]`.
struct Tables {
    fold: [u8; 0x901],
}

/// The fast path's tables, taken from the crate's one character table
/// (`text::chars::Info::fold`).
static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = Tables {
        fold: [KEEP; 0x901],
    };
    t.fold[OTHER_AT] = OTHER;
    for (i, slot) in t.fold.iter_mut().enumerate().take(OTHER_AT).skip(0x80) {
        let cp = if i < 0x800 { i } else { 0x1E00 + i - 0x800 };
        *slot = match char::from_u32(cp as u32).and_then(|c| crate::text::chars::info(c).fold()) {
            None => KEEP,
            Some(None) => DROP,
            Some(Some(b)) => b,
        };
    }
    t
});

/// What folding does with one non-ASCII character: `Some(None)` drops it (a combining
/// mark), `Some(Some(b))` replaces it by the ASCII letter `b`, `None` keeps it.
#[inline]
fn fold_char(t: &Tables, c: char) -> Option<Option<u8>> {
    let cp = c as u32;
    let f = match cp {
        0..0x800 => t.fold[cp as usize],
        0x1E00..=0x1EFF => t.fold[(0x800 + cp - 0x1E00) as usize],
        _ if is_combining_mark(c) => DROP,
        _ => KEEP,
    };
    match f {
        KEEP => None,
        DROP => Some(None),
        b => Some(Some(b)),
    }
}

/// What [`strip_accents`] makes of the non-ASCII character `c`: `Some(None)` drops it (a
/// combining mark), `Some(Some(b))` replaces it by the ASCII letter `b`, `None` keeps it.
pub(crate) fn fold_letter(c: char) -> Option<Option<u8>> {
    fold_char(&TABLES, c)
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
    // Folding never lengthens the text: write into a buffer of its length, then cut it short.
    let mut out = vec![0u8; text.len()];
    let w = strip_accents_into(text, &mut out);
    out.truncate(w);
    // whole characters were kept or replaced by ASCII letters: still UTF-8
    String::from_utf8(out).unwrap_or_default()
}

/// [`strip_accents`] written into `out` (at least as long as `text`; nothing is written
/// and 0 returned when it is shorter): the length of the fold, whose bytes are UTF-8. For
/// callers that fold short words into a buffer on the stack.
pub(crate) fn strip_accents_into(text: &str, out: &mut [u8]) -> usize {
    let t: &Tables = &TABLES;
    let bytes = text.as_bytes();
    let n = bytes.len();
    if out.len() < n {
        return 0;
    }
    let (mut i, mut w) = (0, 0);
    // With sixteen bytes to go, every read below is in bounds.
    while i + 16 <= n {
        // ASCII eight bytes at a time: copy all eight, keep the ASCII ones
        out[w..w + 8].copy_from_slice(&bytes[i..i + 8]);
        let word = u64::from_le_bytes(bytes[i..i + 8].try_into().unwrap_or_default());
        let ascii = (word & 0x8080_8080_8080_8080).trailing_zeros() as usize / 8;
        i += ascii;
        w += ascii;
        if ascii == 8 {
            continue;
        }
        // A two-byte character (Latin, the combining diacritics) or one of the Vietnamese
        // block (E1 B8..BB xx): one look-up, its index picked by a mask, not a branch, as
        // the two kinds alternate unpredictably in Vietnamese; any other character finds
        // OTHER.
        let (b0, b1, b2) = (bytes[i], bytes[i + 1], bytes[i + 2]);
        let three = usize::from(b0 >= 0xE0);
        let viet = usize::from((u32::from(b0) << 8 | u32::from(b1)).wrapping_sub(0xE1B8) < 4);
        let two_at = usize::from(b0 & 0x1F) << 6 | usize::from(b1 & 0x3F);
        let viet_at = 0x800 | usize::from(b1 & 0x03) << 6 | usize::from(b2 & 0x3F);
        let (pick3, pickv) = (three.wrapping_neg(), viet.wrapping_neg());
        let k = (viet_at & pickv | OTHER_AT & !pickv) & pick3 | two_at & !pick3;
        let f = t.fold[k];
        if f.wrapping_sub(1) < OTHER - 1 {
            // an ASCII letter, the common case
            out[w] = f;
            w += 1;
            i += 2 + three;
            continue;
        }
        let (f, len) = if f == OTHER {
            other(&text[i..])
        } else {
            (f, 2 + three)
        };
        w = put(out, w, f, &bytes[i..i + len]);
        i += len;
    }
    // the last bytes, one character at a time
    for (j, c) in text[i..].char_indices() {
        let len = c.len_utf8();
        let f = if c.is_ascii() {
            c as u8
        } else {
            match fold_char(t, c) {
                None => KEEP,
                Some(None) => DROP,
                Some(Some(b)) => b,
            }
        };
        w = put(out, w, f, &bytes[i + j..i + j + len]);
    }
    w
}

/// The fold of a character outside the tables (the start of `rest`) and its length.
fn other(rest: &str) -> (u8, usize) {
    let c = rest.chars().next().unwrap_or(' ');
    let f = if is_combining_mark(c) { DROP } else { KEEP };
    (f, c.len_utf8())
}

/// Writes the fold `f` of the character `c` (its bytes) at `w` and returns the new write
/// position.
#[inline]
fn put(out: &mut [u8], w: usize, f: u8, c: &[u8]) -> usize {
    match f {
        KEEP => {
            out[w..w + c.len()].copy_from_slice(c);
            w + c.len()
        }
        DROP => w,
        b => {
            out[w] = b;
            w + 1
        }
    }
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
    fn folding_into_a_buffer_is_strip_accents() {
        for s in [
            "",
            "Nguyễn",
            "Đu\u{031b}\u{0301}c",
            "Trường THPT chuyên Phan Bội Châu",
            "øự9ỹ ΑΒΓ 中文 Khăm-phăn",
            "ThủyThủyThủyThủyThủy",
        ] {
            let mut buf = [0u8; 64];
            let n = strip_accents_into(s, &mut buf);
            assert_eq!(
                std::str::from_utf8(&buf[..n]),
                Ok(strip_accents(s).as_str())
            );
        }
        // a buffer shorter than the text gets nothing
        assert_eq!(strip_accents_into("Nguyễn", &mut [0u8; 4]), 0);
    }

    #[test]
    fn decomposed_folds_like_composed() {
        assert_eq!(strip_accents("Đu\u{031b}\u{0301}c"), "Duc");
    }

    /// Character by character, the way the fast loop must agree with.
    fn reference(s: &str) -> String {
        let t: &Tables = &TABLES;
        s.chars()
            .filter_map(|c| match fold_char(t, c) {
                _ if c.is_ascii() => Some(c),
                None => Some(c),
                Some(None) => None,
                Some(Some(b)) => Some(char::from(b)),
            })
            .collect()
    }

    #[test]
    fn every_position_of_the_fast_loop() {
        // each kind of character at every offset from a 16-byte boundary and at the end
        for c in ["ệ", "đ", "a", "“", "\u{301}", "ø", "𝔸", "Ð", "\u{1ab0}"] {
            for pad in 0..24 {
                let s = format!("{}{c}{}", "x".repeat(pad), "y".repeat(pad % 5));
                assert_eq!(strip_accents(&s), reference(&s), "{s:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_loop_equals_reference(s in "[a-zA-Z àáạảãăắằặâấầệếềđĐưứừơớờôốồ“”…\u{300}-\u{36f}\u{1e00}-\u{1eff}\u{80}-\u{24f}🎉]{0,80}") {
            proptest::prop_assert_eq!(strip_accents(&s), reference(&s));
        }
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
