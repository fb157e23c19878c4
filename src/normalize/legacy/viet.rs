//! Vietnamese letters and a strict syllable check, used to score candidate decodings.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

// Vowels and tones are the syllable model's (`normalize::tone`): vowel codes are the rows
// of its tables, tones their columns (none, grave, acute, hook, tilde, dot below).
pub(super) use crate::normalize::tone::{
    A, AA as A_CIRC, AW as A_BREVE, E, EE as E_CIRC, HOI as HOOK, HUYEN as GRAVE, I, NANG as DOT,
    NGA as TILDE, O, OO as O_CIRC, OW as O_HORN, SAC as ACUTE, U, UW as U_HORN, Y, vowel,
};
use crate::normalize::tone::{LOWER, UPPER};

/// The precomposed letter of vowel `v` with tone `tone`.
pub(super) fn compose(v: u8, tone: u8, upper: bool) -> char {
    let table = if upper { &UPPER } else { &LOWER };
    table[usize::from(v)][usize::from(tone)]
}

/// A character that never appears in clean Vietnamese or English words: Latin-1
/// symbols and letters outside the Vietnamese alphabet, C1 controls.
pub(super) fn is_odd(c: char) -> bool {
    match c {
        '\u{80}'..='\u{9F}' => true,
        '\u{A1}'..='\u{BF}' => true,
        '\u{C0}'..='\u{FF}' => vowel(c).is_none(),
        _ => false,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A consonant, ASCII lower case; `b'D'` is đ.
    Cons(u8),
    /// A vowel index and its tone.
    Vowel(u8, u8),
}

/// Rhyme vowels that may stand with or without a final consonant.
const FREE: &[&[u8]] = &[
    &[A],
    &[E],
    &[E_CIRC],
    &[I],
    &[O],
    &[O_CIRC],
    &[O_HORN],
    &[U],
    &[U_HORN],
    &[Y],
    &[O, A],
    &[O, E],
    &[U, E_CIRC],
    &[U, Y],
    &[O, O],
];
/// Rhyme vowels that need a final consonant.
const CLOSED: &[&[u8]] = &[
    &[A_BREVE],
    &[A_CIRC],
    &[I, E_CIRC],
    &[Y, E_CIRC],
    &[U, O_CIRC],
    &[U_HORN, O_HORN],
    &[O, A_BREVE],
    &[U, A_CIRC],
    &[U, Y, E_CIRC],
];
/// Rhyme vowels that end the syllable.
const OPEN: &[&[u8]] = &[
    &[A, I],
    &[A, O],
    &[A, U],
    &[A, Y],
    &[A_CIRC, U],
    &[A_CIRC, Y],
    &[E, O],
    &[E_CIRC, U],
    &[I, A],
    &[I, U],
    &[O, I],
    &[O_CIRC, I],
    &[O_HORN, I],
    &[U, I],
    &[U_HORN, I],
    &[U_HORN, U],
    &[U, A],
    &[U_HORN, A],
    &[U, O_HORN],
    &[I, E_CIRC, U],
    &[Y, E_CIRC, U],
    &[O, A, I],
    &[O, A, Y],
    &[O, A, O],
    &[O, E, O],
    &[U, A_CIRC, Y],
    &[U, O_CIRC, I],
    &[U_HORN, O_HORN, I],
    &[U_HORN, O_HORN, U],
    &[U, Y, A],
    &[U, Y, U],
];

const INITIALS: &[&[u8]] = &[
    b"", b"b", b"c", b"ch", b"d", b"D", b"g", b"gh", b"h", b"k", b"kh", b"l", b"m", b"n", b"ng",
    b"ngh", b"nh", b"p", b"ph", b"r", b"s", b"t", b"th", b"tr", b"v", b"x",
];
const FINALS: &[&[u8]] = &[b"", b"c", b"ch", b"m", b"n", b"ng", b"nh", b"p", b"t"];

/// True when `word` is one Vietnamese syllable: initial consonant, rhyme vowels from the
/// closed list, final consonant, at most one tone, and only sắc or nặng before c/ch/p/t.
///
/// With `strict_case`, the word must be lower case, capitalised or all upper case.
/// Decomposed input is composed first. `ð`/`Ð` count as `đ`/`Đ`.
pub(super) fn is_syllable(word: &str, strict_case: bool) -> bool {
    let word: Cow<'_, str> = if word.chars().any(is_combining_mark) {
        Cow::Owned(word.nfc().collect())
    } else {
        Cow::Borrowed(word)
    };
    let mut units = [Unit::Cons(0); 12];
    let mut n = 0;
    let (mut uppers, mut first_upper) = (0usize, false);
    for c in word.chars() {
        if n == units.len() {
            return false;
        }
        let (unit, upper) = if let Some((v, t, up)) = vowel(c) {
            (Unit::Vowel(v, t), up)
        } else {
            match c {
                'đ' | 'ð' => (Unit::Cons(b'D'), false),
                'Đ' | 'Ð' | 'Ɖ' => (Unit::Cons(b'D'), true),
                'b' | 'c' | 'd' | 'g' | 'h' | 'k' | 'l' | 'm' | 'n' | 'p' | 'q' | 'r' | 's'
                | 't' | 'v' | 'x' => (Unit::Cons(c as u8), false),
                'B' | 'C' | 'D' | 'G' | 'H' | 'K' | 'L' | 'M' | 'N' | 'P' | 'Q' | 'R' | 'S'
                | 'T' | 'V' | 'X' => (Unit::Cons(c.to_ascii_lowercase() as u8), true),
                _ => return false,
            }
        };
        if upper {
            uppers += 1;
            if n == 0 {
                first_upper = true;
            }
        }
        units[n] = unit;
        n += 1;
    }
    if n == 0 {
        return false;
    }
    if strict_case && !(uppers == 0 || uppers == n || (uppers == 1 && first_upper)) {
        return false;
    }
    let units = &units[..n];
    let mut init = [0u8; 4];
    let mut ni = 0;
    let mut i = 0;
    while let Some(Unit::Cons(c)) = units.get(i) {
        if ni == init.len() {
            return false;
        }
        init[ni] = *c;
        ni += 1;
        i += 1;
    }
    let mut vowels = [0u8; 5];
    let (mut nv, mut tone, mut tones) = (0, 0u8, 0);
    while let Some(Unit::Vowel(v, t)) = units.get(i) {
        if nv == vowels.len() {
            return false;
        }
        vowels[nv] = *v;
        nv += 1;
        if *t != 0 {
            tone = *t;
            tones += 1;
        }
        i += 1;
    }
    if nv == 0 || tones > 1 {
        return false;
    }
    let mut fin = [0u8; 4];
    let mut nf = 0;
    for u in &units[i..] {
        match u {
            Unit::Cons(c) if nf < fin.len() => {
                fin[nf] = *c;
                nf += 1;
            }
            _ => return false,
        }
    }
    let fin = &fin[..nf];
    if !FINALS.contains(&fin) {
        return false;
    }
    if matches!(fin, b"c" | b"ch" | b"p" | b"t") && tone != ACUTE && tone != DOT {
        return false;
    }
    let init = &init[..ni];
    let vowels = &vowels[..nv];
    let rhyme_ok = |nucleus: &[u8]| -> bool {
        if nucleus.is_empty() {
            return false;
        }
        if FREE.contains(&nucleus) {
            return true;
        }
        if fin.is_empty() {
            OPEN.contains(&nucleus)
        } else {
            CLOSED.contains(&nucleus)
        }
    };
    match init {
        b"q" => vowels[0] == U && rhyme_ok(&vowels[1..]),
        b"g" if vowels[0] == I && (nv > 1 || !fin.is_empty()) => {
            // "gi" + rhyme ("giữa", "gìn") or g + "i..." ("gì")
            rhyme_ok(&vowels[1..]) || rhyme_ok(vowels) || (nv == 1 && !fin.is_empty())
        }
        _ => INITIALS.contains(&init) && rhyme_ok(vowels),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_syllables_pass() {
        for w in [
            "Hà",
            "Nội",
            "Thành",
            "phố",
            "Hồ",
            "Chí",
            "Minh",
            "người",
            "quốc",
            "giữa",
            "gì",
            "gìn",
            "khuya",
            "khuỷu",
            "quyết",
            "Nguyễn",
            "ĐẢNG",
            "đường",
            "xoong",
            "yêu",
            "y",
            "ăn",
            "uống",
            "thuở",
            "hoạch",
            "Huyện",
            "ủy",
            "uỷ",
            "Việt",
            "NAM",
            "giếng",
            "quá",
        ] {
            assert!(is_syllable(w, true), "{w}");
        }
    }

    #[test]
    fn garbage_fails() {
        for w in [
            "Néi", "ChÝ", "Hå", "été", "Müller", "trốs", "ỗa", "ộtộ", "Hàà", "ab", "các1", "ac",
            "strong", "Vinamilk", "",
        ] {
            assert!(!is_syllable(w, true), "{w}");
        }
        // valid structure, but not capitalised
        assert!(!is_syllable("nÓi", true));
        assert!(is_syllable("nÓi", false));
    }
}
