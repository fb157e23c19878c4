//! Tone-mark placement over a model of the Vietnamese syllable.
//!
//! A word is decoded letter by letter into (base letter, tone, case) with two small
//! tables over the Vietnamese code-point ranges (U+00C0–U+01B0 and U+1EA0–U+1EF9), parsed
//! as onset + vowel cluster + coda, and the vowel that must carry the tone is read off the
//! cluster:
//!
//! - with a coda consonant, the last vowel of the cluster (hoàn, toán, huýt, khuyến);
//! - otherwise a vowel with a diacritic (ă â ê ô ơ ư; the ơ of ươ) carries it (tuổi,
//!   người, hiểu, khuấy, thuở);
//! - otherwise three vowels take it in the middle (oài, ngoáy, khuỷu) and two vowels on
//!   the first (ái, kìa, mùa, củi), except the open `oa`, `oe`, `uy`, which follow the
//!   [`ToneStyle`] (hòa/hoà, khỏe/khoẻ, thủy/thuỷ).
//!
//! The `u` of `qu-` and the `i` of `gi-` before another vowel belong to the onset, so they
//! never carry the tone (qủa → quả, gía → giá); in `gì`, `gìn` the `i` is the nucleus.
//!
//! Anything that is not one well-formed syllable with exactly one tone mark is left alone:
//! an unknown letter, more than seven letters, an onset or coda Vietnamese does not have,
//! a vowel cluster outside the list below, or a stop coda (`c ch p t`) with a tone other
//! than sắc or nặng. Nothing is allocated unless the mark moves.

use super::ToneStyle;

/// The longest Vietnamese syllable in letters ("nghiêng", "khuyếch").
const MAX_LETTERS: usize = 7;

/// Tone numbers, the column of [`LOWER`] and [`UPPER`].
const NO_TONE: u8 = 0;
/// sắc (acute), one of the two tones a syllable closed by `c ch p t` may carry.
const SAC: u8 = 2;
/// nặng (dot below), the other one.
const NANG: u8 = 5;

/// Lower-case vowels by base and tone: none, huyền, sắc, hỏi, ngã, nặng. Shared with the
/// legacy decoders, which compose letters from the same tables.
pub(crate) const LOWER: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// Upper-case vowels, same layout as [`LOWER`].
pub(crate) const UPPER: [[char; 6]; 12] = [
    ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
    ['Ă', 'Ằ', 'Ắ', 'Ẳ', 'Ẵ', 'Ặ'],
    ['Â', 'Ầ', 'Ấ', 'Ẩ', 'Ẫ', 'Ậ'],
    ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
    ['Ê', 'Ề', 'Ế', 'Ể', 'Ễ', 'Ệ'],
    ['I', 'Ì', 'Í', 'Ỉ', 'Ĩ', 'Ị'],
    ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
    ['Ô', 'Ồ', 'Ố', 'Ổ', 'Ỗ', 'Ộ'],
    ['Ơ', 'Ờ', 'Ớ', 'Ở', 'Ỡ', 'Ợ'],
    ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
    ['Ư', 'Ừ', 'Ứ', 'Ử', 'Ữ', 'Ự'],
    ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
];

// Letter codes. A word is decoded into one code per letter: the toneless lower-case base.
// Vowels come first, in the order of `LOWER`, so that `code < 12` means a vowel and the
// code indexes the tables; then `đ`; then the 26 ASCII letters at `13 + (letter - 'a')`
// (the six ASCII vowels use their vowel codes, their slots stay unused).
const A: u8 = 0;
const AW: u8 = 1; // ă
const AA: u8 = 2; // â
const E: u8 = 3;
const EE: u8 = 4; // ê
const I: u8 = 5;
const O: u8 = 6;
const OO: u8 = 7; // ô
const OW: u8 = 8; // ơ
const U: u8 = 9;
const UW: u8 = 10; // ư
const Y: u8 = 11;
const DD: u8 = 12; // đ

const fn consonant(c: u8) -> u8 {
    13 + (c - b'a')
}
const B: u8 = consonant(b'b');
const C: u8 = consonant(b'c');
const D: u8 = consonant(b'd');
const G: u8 = consonant(b'g');
const H: u8 = consonant(b'h');
const K: u8 = consonant(b'k');
const L: u8 = consonant(b'l');
const M: u8 = consonant(b'm');
const N: u8 = consonant(b'n');
const P: u8 = consonant(b'p');
const Q: u8 = consonant(b'q');
const R: u8 = consonant(b'r');
const S: u8 = consonant(b's');
const T: u8 = consonant(b't');
const V: u8 = consonant(b'v');
const X: u8 = consonant(b'x');

/// A decode entry: 0 for a character that is not a letter vinews knows, else
/// `(code + 1) | tone << 6 | upper << 9`.
const TONE_SHIFT: u16 = 6;
const UPPER_BIT: u16 = 1 << 9;

/// Builds the decode entries for the code points `start..start + N`.
const fn decode_table<const N: usize>(start: u32) -> [u16; N] {
    const fn put<const N: usize>(t: &mut [u16; N], start: u32, c: char, entry: u16) {
        let cp = c as u32;
        if cp >= start && cp < start + N as u32 {
            t[(cp - start) as usize] = entry;
        }
    }
    let mut t = [0u16; N];
    let mut letter = b'a';
    while letter <= b'z' {
        let code = consonant(letter) as u16 + 1;
        put(&mut t, start, letter as char, code);
        put(
            &mut t,
            start,
            letter.to_ascii_uppercase() as char,
            code | UPPER_BIT,
        );
        letter += 1;
    }
    let mut v = 0;
    while v < LOWER.len() {
        let mut tone = 0;
        while tone < 6 {
            let entry = (v as u16 + 1) | (tone as u16) << TONE_SHIFT;
            put(&mut t, start, LOWER[v][tone], entry);
            put(&mut t, start, UPPER[v][tone], entry | UPPER_BIT);
            tone += 1;
        }
        v += 1;
    }
    put(&mut t, start, 'đ', DD as u16 + 1);
    put(&mut t, start, 'Đ', (DD as u16 + 1) | UPPER_BIT);
    t
}

/// Decode entries for ASCII.
static ASCII: [u16; 0x80] = decode_table(0);
/// Decode entries for U+00C0..=U+01B0 (Latin-1, Latin Extended-A and B up to `ư`).
static LATIN: [u16; 0x1B1 - 0xC0] = decode_table(0xC0);
/// Decode entries for U+1EA0..=U+1EF9 (the Vietnamese block of Latin Extended Additional).
static EXTENDED: [u16; 0x1EFA - 0x1EA0] = decode_table(0x1EA0);

/// The decode entry of the character at byte `i` of `b` (valid UTF-8) and its length in
/// bytes; the entry is 0 when it is not a Vietnamese or ASCII letter.
#[inline]
fn decode_at(b: &[u8], i: usize) -> (u16, usize) {
    let b0 = b[i];
    if b0 < 0x80 {
        return (ASCII[b0 as usize], 1);
    }
    if b0 & 0xE0 == 0xC0 {
        let cp = (u32::from(b0 & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
        let e = if (0xC0..=0x1B0).contains(&cp) {
            LATIN[(cp - 0xC0) as usize]
        } else {
            0
        };
        return (e, 2);
    }
    if b0 == 0xE1 {
        let cp = 0x1000 | (u32::from(b[i + 1] & 0x3F) << 6) | u32::from(b[i + 2] & 0x3F);
        let e = if (0x1EA0..=0x1EF9).contains(&cp) {
            EXTENDED[(cp - 0x1EA0) as usize]
        } else {
            0
        };
        return (e, 3);
    }
    (0, 1)
}

/// The letter code of a non-zero entry.
#[inline]
fn code(entry: u16) -> u8 {
    ((entry & 0x3F) - 1) as u8
}

/// The tone of an entry: 0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.
#[inline]
fn tone(entry: u16) -> u8 {
    ((entry >> TONE_SHIFT) & 0x07) as u8
}

/// The vowel of a vowel entry with `tone` instead of its own, in its own case.
fn with_tone(entry: u16, tone: u8) -> char {
    let table = if entry & UPPER_BIT != 0 {
        &UPPER
    } else {
        &LOWER
    };
    table[code(entry) as usize][tone as usize]
}

/// True for the twelve vowel codes.
#[inline]
fn is_vowel(c: u8) -> bool {
    c < DD
}

/// True for the vowels that `k`, `gh`, `ngh` need after them and `c`, `g`, `ng` refuse.
#[inline]
fn is_front(c: u8) -> bool {
    matches!(c, E | EE | I | Y)
}

/// Where the tone goes in a vowel cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Always on this vowel of the cluster.
    At(usize),
    /// `oa`, `oe`, `uy` with no coda: the first vowel in the old style, the second in the new.
    Styled,
}

/// One parsed syllable: `letters[..onset]` is the onset (with the `u` of `qu` and the `i`
/// of `gi`), `letters[onset..coda]` the vowel cluster, `letters[coda..]` the coda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Syllable {
    onset: usize,
    coda: usize,
    /// The coda is `c`, `ch`, `p` or `t`: only sắc and nặng are possible.
    stop: bool,
    place: Place,
}

impl Syllable {
    /// The index (in letters) of the vowel that must carry the tone in `style`.
    fn tone_index(&self, style: ToneStyle) -> usize {
        self.onset
            + match self.place {
                Place::At(i) => i,
                Place::Styled if style == ToneStyle::New => 1,
                Place::Styled => 0,
            }
    }
}

/// The length of the onset of `b` (letter codes), or `None` when `b` does not
/// start like a Vietnamese syllable.
fn onset(b: &[u8]) -> Option<usize> {
    let (len, first) = match b {
        [N, G, H, v, ..] => (3, *v),
        [C | G | K | N | P | T, H, v, ..] | [N, G, v, ..] | [T, R, v, ..] => (2, *v),
        // `qu` is one unit: the `u` is the medial and never takes the tone (quả, quý).
        [Q, U, v, ..] => (2, *v),
        // `gi` before another vowel is the onset (gia, giữ, giường); in `gì`, `gìn` the
        // `i` is the nucleus and `g` the onset.
        [G, I, v, ..] if is_vowel(*v) => (2, *v),
        [
            B | C | D | DD | G | H | K | L | M | N | P | R | S | T | V | X,
            v,
            ..,
        ] => (1, *v),
        [v, ..] => (0, *v),
        [] => return None,
    };
    if !is_vowel(first) {
        return None;
    }
    let ok = match &b[..len] {
        [K] | [G, H] | [N, G, H] => is_front(first),
        [C] | [N, G] => !is_front(first),
        [G] => !matches!(first, E | EE | Y),
        [Q, U] => !matches!(first, O | U | UW),
        [G, I] => first != I,
        _ => true,
    };
    ok.then_some(len)
}

/// Where the tone goes in the open vowel cluster `v` (no coda), or `None` when `v` is not
/// a cluster Vietnamese has. `bare` is true when there is no onset.
fn open_place(v: &[u8], bare: bool) -> Option<Place> {
    Some(match v {
        [_] => Place::At(0),
        [O, A | E] | [U, Y] => Place::Styled,
        // a diacritic on the second vowel carries it: thuở, huế
        [U, OW | EE] => Place::At(1),
        // two vowels: the first (ái, kìa, mùa, củi, cứu)
        [A, I | O | U | Y]
        | [AA, U | Y]
        | [E, O]
        | [EE, U]
        | [I, A | U]
        | [O | OO | OW | U | UW, I]
        | [U | UW, A]
        | [UW, U] => Place::At(0),
        // three vowels: the middle (ngoài, ngoáy, khuỷu, khuấy, tuổi, người, rượu, hiểu)
        [O, A, I | Y | O]
        | [O, E, O]
        | [U, Y, A | U]
        | [U, AA, Y]
        | [U, OO, I]
        | [UW, OW, I | U]
        | [I, EE, U] => Place::At(1),
        [Y, EE, U] if bare => Place::At(1),
        _ => return None,
    })
}

/// True when the vowel cluster `v` may be followed by a coda consonant; the tone then goes
/// on its last vowel (hoàn, huýt, khuyến, người, muốn, tiếng, xoong).
fn closed_ok(v: &[u8], bare: bool) -> bool {
    match v {
        [_] | [O, A | AW | E | O] | [U, Y | EE | AA | OO] | [UW, OW] | [I, EE] | [U, Y, EE] => true,
        [Y, EE] => bare,
        _ => false,
    }
}

/// Parses `b` (the letter codes of one word) as one Vietnamese syllable.
fn parse(b: &[u8]) -> Option<Syllable> {
    let onset = onset(b)?;
    let coda = onset + b[onset..].iter().take_while(|&&c| is_vowel(c)).count();
    let v = &b[onset..coda];
    // `yê` starts a syllable (yên, yêu) or follows the `u` of `qu` or a medial (quyết,
    // chuyện); it never follows a consonant directly.
    let bare = onset == 0 || b[..onset] == [Q, U];
    let stop = match &b[coda..] {
        [] => {
            let place = open_place(v, bare)?;
            return Some(Syllable {
                onset,
                coda,
                stop: false,
                place,
            });
        }
        [C] | [P] | [T] => true,
        [M] | [N] | [N, G] => false,
        // `ch` and `nh` only close a, ê, i, y (sách, lệch, xinh, huỳnh, hoạch)
        [C | N, H] if matches!(v.last(), Some(&(A | EE | I | Y))) => b[coda] == C,
        _ => return None,
    };
    if !closed_ok(v, bare) {
        return None;
    }
    Some(Syllable {
        onset,
        coda,
        stop,
        place: Place::At(v.len() - 1),
    })
}

/// Re-places the tone mark of one NFC word (a maximal run of letters) for `style`.
///
/// Returns `None` when the word must not change: it is already right, it is not a
/// Vietnamese syllable, or `style` is [`ToneStyle::Keep`].
///
/// # Time complexity
///
/// Constant: at most seven letters are decoded, with table look-ups; a `String` is
/// allocated only for a word that changes.
pub(crate) fn retone(word: &str, style: ToneStyle) -> Option<String> {
    // seven letters of at most three bytes each
    if style == ToneStyle::Keep || word.len() > 3 * MAX_LETTERS {
        return None;
    }
    let mut entries = [0u16; MAX_LETTERS];
    let mut codes = [0u8; MAX_LETTERS];
    let mut n = 0;
    let mut toned: Option<usize> = None;
    let mut vowels = 0;
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (e, len) = decode_at(bytes, i);
        i += len;
        if e == 0 || n == MAX_LETTERS {
            return None;
        }
        let code = code(e);
        if tone(e) != NO_TONE {
            if toned.is_some() {
                return None; // two tone marks: not one syllable
            }
            // ă â ê ô ơ carry the tone in every cluster they belong to: nothing to move
            // (người, tiếng, tuổi), or not a syllable
            if matches!(code, AW | AA | EE | OO | OW) {
                return None;
            }
            toned = Some(n);
        } else if let Some(t) = toned
            && t + 1 == n
            && (!is_vowel(code) || (codes[t] == UW && code != OW))
        {
            // the marked vowel ends a cluster closed by a consonant (hoàn, huýt), or is an
            // ư not followed by ơ (ưa, ưi, ưu, ưng): it is right, or this is not a syllable
            return None;
        }
        vowels += usize::from(is_vowel(code));
        entries[n] = e;
        codes[n] = code;
        n += 1;
    }
    // The common cases end here: no tone mark, or a single vowel that must carry it.
    let from = toned?;
    if vowels < 2 {
        return None;
    }
    let syllable = parse(&codes[..n])?;
    let tone = tone(entries[from]);
    if syllable.stop && tone != SAC && tone != NANG {
        return None;
    }
    let to = syllable.tone_index(style);
    if to == from {
        return None;
    }
    let mut out = String::with_capacity(word.len() + 2);
    for (i, c) in word.chars().enumerate() {
        out.push(if i == from {
            with_tone(entries[i], NO_TONE)
        } else if i == to {
            with_tone(entries[i], tone)
        } else {
            c
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// Toneless vowel bases, in code order.
    const VOWELS: [char; 12] = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

    fn base_char(code: u8) -> char {
        match code {
            0..DD => VOWELS[code as usize],
            DD => 'đ',
            _ => (b'a' + code - consonant(b'a')) as char,
        }
    }

    fn entry(c: char) -> u16 {
        let mut buf = [0; 4];
        let s = c.encode_utf8(&mut buf);
        let (e, len) = decode_at(s.as_bytes(), 0);
        assert!(e == 0 || len == s.len());
        e
    }

    fn codes(word: &str) -> Vec<u8> {
        word.chars()
            .map(|c| {
                let e = entry(c);
                assert_ne!(e, 0, "{c:?} is not a letter");
                code(e)
            })
            .collect()
    }

    /// (onset, vowel cluster, coda) as strings, for readable assertions.
    fn parts(word: &str) -> Option<(String, String, String)> {
        let b = codes(word);
        let s = parse(&b)?;
        let text = |r: &[u8]| r.iter().map(|&c| base_char(c)).collect();
        Some((
            text(&b[..s.onset]),
            text(&b[s.onset..s.coda]),
            text(&b[s.coda..]),
        ))
    }

    fn p(onset: &str, vowels: &str, coda: &str) -> Option<(String, String, String)> {
        Some((onset.into(), vowels.into(), coda.into()))
    }

    #[test]
    fn tables_agree_with_unicode() {
        let marks = ['\0', '\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
        for (v, &base) in VOWELS.iter().enumerate() {
            for (t, &mark) in marks.iter().enumerate() {
                let composed: String = if mark == '\0' {
                    base.to_string()
                } else {
                    [base, mark].iter().collect::<String>().nfc().collect()
                };
                assert_eq!(composed, LOWER[v][t].to_string());
                assert_eq!(composed.to_uppercase(), UPPER[v][t].to_string());
                for (c, upper) in [(LOWER[v][t], false), (UPPER[v][t], true)] {
                    let e = entry(c);
                    assert_eq!(
                        (code(e) as usize, tone(e) as usize, e & UPPER_BIT != 0),
                        (v, t, upper),
                        "{c}"
                    );
                    assert_eq!(with_tone(e, tone(e)), c);
                    assert_eq!(
                        with_tone(e, NO_TONE),
                        if upper { UPPER[v][0] } else { base }
                    );
                }
            }
        }
        assert_eq!(code(entry('Đ')), DD);
        assert_eq!(code(entry('đ')), DD);
        for c in 'a'..='z' {
            assert_eq!(base_char(code(entry(c))), c);
            assert_eq!(base_char(code(entry(c.to_ascii_uppercase()))), c);
            assert_eq!(is_vowel(code(entry(c))), "aeiouy".contains(c));
        }
    }

    #[test]
    fn decode_rejects_other_letters() {
        for c in [
            'ë', 'ï', 'ñ', 'ç', 'ø', 'ß', 'ǎ', 'ḿ', 'ẁ', 'Ḁ', 'α', 'я', '\u{301}', '1', '\'', '-',
        ] {
            assert_eq!(entry(c), 0, "{c}");
        }
        let count = |t: &[u16]| t.iter().filter(|&&e| e != 0).count();
        assert_eq!(count(&ASCII), 52);
        // the twelve toneless ASCII vowels are in ASCII
        assert_eq!(count(&LATIN) + count(&EXTENDED), 2 * 12 * 6 - 12 + 2);
    }

    #[test]
    fn onsets() {
        assert_eq!(parts("nghiêng"), p("ngh", "iê", "ng"));
        assert_eq!(parts("người"), p("ng", "ươi", ""));
        assert_eq!(parts("tr"), None);
        assert_eq!(parts("đường"), p("đ", "ươ", "ng"));
        assert_eq!(parts("ăn"), p("", "ă", "n"));
        assert_eq!(parts("khuỷu"), p("kh", "uyu", ""));
        assert_eq!(parts("phường"), p("ph", "ươ", "ng"));
    }

    #[test]
    fn qu_and_gi() {
        assert_eq!(parts("quả"), p("qu", "a", ""));
        assert_eq!(parts("quyển"), p("qu", "yê", "n"));
        assert_eq!(parts("quốc"), p("qu", "ô", "c"));
        assert_eq!(parts("quy"), p("qu", "y", ""));
        assert_eq!(parts("gì"), p("g", "i", ""));
        assert_eq!(parts("gìn"), p("g", "i", "n"));
        assert_eq!(parts("gia"), p("gi", "a", ""));
        assert_eq!(parts("giữ"), p("gi", "ư", ""));
        assert_eq!(parts("giường"), p("gi", "ươ", "ng"));
        assert_eq!(parts("giếng"), p("gi", "ê", "ng"));
        assert_eq!(parts("qa"), None);
        assert_eq!(parts("quoa"), None);
    }

    #[test]
    fn spelling_rules() {
        assert_eq!(parts("kem"), p("k", "e", "m"));
        assert_eq!(parts("kam"), None);
        assert_eq!(parts("cem"), None);
        assert_eq!(parts("ghi"), p("gh", "i", ""));
        assert_eq!(parts("gha"), None);
        assert_eq!(parts("nghe"), p("ngh", "e", ""));
        assert_eq!(parts("nghoa"), None);
        assert_eq!(parts("nge"), None);
        assert_eq!(parts("ge"), None);
    }

    #[test]
    fn codas() {
        assert_eq!(parts("hoạch"), p("h", "oa", "ch"));
        assert_eq!(parts("huỳnh"), p("h", "uy", "nh"));
        assert_eq!(parts("khuyến"), p("kh", "uyê", "n"));
        assert_eq!(parts("xoong"), p("x", "oo", "ng"));
        assert_eq!(parts("ôch"), None);
        assert_eq!(parts("anr"), None);
        assert_eq!(parts("cafe"), None);
        assert_eq!(parts("kdăm"), None);
        assert_eq!(parts("hen"), p("h", "e", "n"));
        assert!(parse(&codes("hoat")).unwrap().stop);
        assert!(!parse(&codes("hoan")).unwrap().stop);
    }

    #[test]
    fn clusters() {
        assert_eq!(parts("niê"), None); // iê needs a coda
        assert_eq!(parts("muơi"), None);
        assert_eq!(parts("ưo"), None);
        assert_eq!(parts("tyên"), None); // yê never follows a consonant
        assert_eq!(parts("yêu"), p("", "yêu", ""));
        assert_eq!(parts("oă"), None); // ă needs a coda
        assert_eq!(parts("hoăc"), p("h", "oă", "c"));
        let at = |w: &str| parse(&codes(w)).unwrap().place;
        assert_eq!(at("hoa"), Place::Styled);
        assert_eq!(at("khoe"), Place::Styled);
        assert_eq!(at("thuy"), Place::Styled);
        assert_eq!(at("hoan"), Place::At(1));
        assert_eq!(at("ngoai"), Place::At(1));
        assert_eq!(at("mua"), Place::At(0));
        assert_eq!(at("thuơ"), Place::At(1));
        assert_eq!(at("chuyên"), Place::At(2));
    }

    #[test]
    fn retone_moves_the_mark() {
        assert_eq!(retone("hoà", ToneStyle::Old).as_deref(), Some("hòa"));
        assert_eq!(retone("hòa", ToneStyle::New).as_deref(), Some("hoà"));
        assert_eq!(retone("hòa", ToneStyle::Old), None);
        assert_eq!(retone("UỶ", ToneStyle::Old).as_deref(), Some("ỦY"));
        assert_eq!(retone("Thuỷ", ToneStyle::Old).as_deref(), Some("Thủy"));
        assert_eq!(retone("qủa", ToneStyle::New).as_deref(), Some("quả"));
        assert_eq!(retone("gía", ToneStyle::Old).as_deref(), Some("giá"));
        assert_eq!(retone("ngừơi", ToneStyle::Old).as_deref(), Some("người"));
        assert_eq!(retone("hòan", ToneStyle::Old).as_deref(), Some("hoàn"));
        assert_eq!(retone("hòa", ToneStyle::Keep), None);
    }

    #[test]
    fn retone_leaves_alone() {
        for w in [
            "tuổi",
            "người",
            "Kdăm",
            "Niê",
            "café",
            "naïve",
            "hoàbình",
            "hòàn",
            "hoàt",
            "ĐắkNông",
            "nghiêngg",
            "HĐND",
            "gì",
            "quý",
        ] {
            assert_eq!(retone(w, ToneStyle::Old), None, "{w}");
            assert_eq!(retone(w, ToneStyle::New), None, "{w}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Letters biased to Vietnamese: every vowel with every tone, and the consonants.
    fn letter() -> impl Strategy<Value = char> {
        let mut pool: Vec<char> = LOWER
            .iter()
            .chain(UPPER.iter())
            .flatten()
            .copied()
            .collect();
        pool.extend("bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVXfjwzë".chars());
        proptest::sample::select(pool)
    }

    /// The letter codes and tones of a word that decodes.
    fn decoded(word: &str) -> Vec<(u8, u8)> {
        let b = word.as_bytes();
        let mut i = 0;
        let mut out = Vec::new();
        while i < b.len() {
            let (e, len) = decode_at(b, i);
            out.push((code(e), tone(e)));
            i += len;
        }
        out
    }

    /// Syllable-shaped words: an onset, one to three vowels (any tone), a coda.
    fn syllable() -> impl Strategy<Value = String> {
        let vowel: Vec<char> = LOWER.iter().flatten().copied().collect();
        (
            proptest::sample::select(vec![
                "", "b", "ch", "g", "gi", "qu", "ngh", "th", "kh", "h", "ng",
            ]),
            proptest::collection::vec(proptest::sample::select(vowel), 1..4),
            proptest::sample::select(vec!["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]),
            any::<bool>(),
        )
            .prop_map(|(onset, vowels, coda, upper)| {
                let w: String = onset.chars().chain(vowels).chain(coda.chars()).collect();
                if upper { w.to_uppercase() } else { w }
            })
    }

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::collection::vec(letter(), 1..9).prop_map(|w| w.into_iter().collect()),
            syllable(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn only_moves_one_mark(word in word()) {
            for style in [ToneStyle::Old, ToneStyle::New] {
                if let Some(out) = retone(&word, style) {
                    let (a, b) = (decoded(&word), decoded(&out));
                    prop_assert_eq!(a.len(), b.len());
                    prop_assert!(a.iter().zip(&b).all(|(x, y)| x.0 == y.0));
                    let tones = |d: &[(u8, u8)]| -> Vec<u8> {
                        d.iter().map(|x| x.1).filter(|&t| t != NO_TONE).collect()
                    };
                    prop_assert_eq!(tones(&a), tones(&b));
                    prop_assert_eq!(tones(&b).len(), 1);
                    prop_assert_eq!(retone(&out, style), None, "not idempotent: {}", out);
                    let other = if style == ToneStyle::Old { ToneStyle::New } else { ToneStyle::Old };
                    // the other style may move it back, but only onto a letter of `word`
                    if let Some(back) = retone(&out, other) {
                        prop_assert_eq!(decoded(&back).len(), a.len());
                    }
                }
            }
            prop_assert_eq!(retone(&word, ToneStyle::Keep), None);
        }
    }
}

/// A rough timing of `retone` on the non-ASCII words of the news corpus, against
/// `chars().count()` as a floor; run it by hand, once, on a quiet machine.
#[cfg(test)]
mod timing {
    use super::*;
    use std::hint::black_box;
    use std::time::Instant;

    #[test]
    #[ignore = "timing over ../shared/data/news-corpus.jsonl"]
    fn retone_speed() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/news-corpus.jsonl"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipped: no {path}");
            return;
        };
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && !w.is_ascii())
            .collect();
        let per_word = |t: Instant| t.elapsed().as_nanos() as f64 / words.len() as f64;
        for _ in 0..3 {
            let start = Instant::now();
            let chars: usize = words.iter().map(|w| black_box(w).chars().count()).sum();
            let floor = per_word(start);
            let start = Instant::now();
            let changed = words
                .iter()
                .filter(|w| retone(black_box(w), ToneStyle::Old).is_some())
                .count();
            eprintln!(
                "{} words ({chars} letters), {changed} changed: {:.1} ns/word \
                 (chars().count(): {floor:.1} ns/word)",
                words.len(),
                per_word(start),
            );
        }
    }
}
