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
/// huyền (grave).
pub(crate) const HUYEN: u8 = 1;
/// sắc (acute), one of the two tones a syllable closed by `c ch p t` may carry.
pub(crate) const SAC: u8 = 2;
/// hỏi (hook above).
pub(crate) const HOI: u8 = 3;
/// ngã (tilde).
pub(crate) const NGA: u8 = 4;
/// nặng (dot below), the other one.
pub(crate) const NANG: u8 = 5;

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
pub(crate) const A: u8 = 0;
pub(crate) const AW: u8 = 1; // ă
pub(crate) const AA: u8 = 2; // â
pub(crate) const E: u8 = 3;
pub(crate) const EE: u8 = 4; // ê
pub(crate) const I: u8 = 5;
pub(crate) const O: u8 = 6;
pub(crate) const OO: u8 = 7; // ô
pub(crate) const OW: u8 = 8; // ơ
pub(crate) const U: u8 = 9;
pub(crate) const UW: u8 = 10; // ư
pub(crate) const Y: u8 = 11;
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
#[inline(always)]
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

/// The vowel code (the row of [`LOWER`] and [`UPPER`]), tone and case of a precomposed
/// Vietnamese vowel letter, from the same tables as [`retone`]'s decoding.
pub(crate) fn vowel(c: char) -> Option<(u8, u8, bool)> {
    let mut buf = [0u8; 4];
    let (e, _) = decode_at(c.encode_utf8(&mut buf).as_bytes(), 0);
    (e != 0 && is_vowel(code(e))).then(|| (code(e), tone(e), e & UPPER_BIT != 0))
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

/// The onset of `b` (letter codes) by its letters alone, and the vowel after it: `None`
/// when no onset Vietnamese has is followed by a vowel. The `u` of `qu` and the `i` of `gi`
/// before another vowel are part of the onset.
#[inline]
fn onset_shape(b: &[u8]) -> Option<(usize, u8)> {
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
    is_vowel(first).then_some((len, first))
}

/// The length of the onset of `b` (letter codes), or `None` when `b` does not
/// start like a Vietnamese syllable: [`onset_shape`] and the spelling rules (`k`, `gh`,
/// `ngh` before a front vowel, `c`, `ng` before any other).
fn onset(b: &[u8]) -> Option<usize> {
    let (len, first) = onset_shape(b)?;
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

/// A coda Vietnamese has, by its letters alone: `Some(stop)`, `stop` true for `c ch p t`
/// (which allow only sắc and nặng); `None` for anything else. (`ch` and `nh` also need
/// a, ê, i or y before them, which [`parse`] checks.)
#[inline]
fn coda_stop(c: &[u8]) -> Option<bool> {
    match c {
        [] | [M] | [N] | [N, G] | [N, H] => Some(false),
        [C] | [P] | [T] | [C, H] => Some(true),
        _ => None,
    }
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
    if coda == b.len() {
        let place = open_place(v, bare)?;
        return Some(Syllable {
            onset,
            coda,
            stop: false,
            place,
        });
    }
    let stop = coda_stop(&b[coda..])?;
    // `ch` and `nh` only close a, ê, i, y (sách, lệch, xinh, huỳnh, hoạch)
    if b.len() - coda == 2 && b[coda + 1] == H && !matches!(v.last(), Some(&(A | EE | I | Y))) {
        return None;
    }
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

/// True when `word` is one Vietnamese syllable as [`retone`] parses one: an onset by the
/// spelling rules, a vowel cluster Vietnamese has, a coda that cluster takes (no coda after
/// an off-glide: "sau", never "aung"), and a tone that coda allows (`c ch p t` take sắc or
/// nặng only). Stricter than [`has_syllable_shape`]: "Aung", "Kyi", "Lee" have the shape
/// of one and are none.
///
/// # Time complexity
///
/// Constant: at most seven letters are decoded.
pub(crate) fn is_syllable(word: &str) -> bool {
    if word.is_empty() || word.len() > 3 * MAX_LETTERS {
        return false;
    }
    let mut codes = [0u8; MAX_LETTERS];
    let (mut n, mut tone_of, mut i) = (0, NO_TONE, 0);
    let bytes = word.as_bytes();
    while i < bytes.len() {
        let (e, len) = decode_at(bytes, i);
        i += len;
        if e == 0 || n == MAX_LETTERS {
            return false;
        }
        if tone(e) != NO_TONE {
            if tone_of != NO_TONE {
                return false;
            }
            tone_of = tone(e);
        }
        codes[n] = code(e);
        n += 1;
    }
    parse(&codes[..n]).is_some_and(|s| !s.stop || tone_of == SAC || tone_of == NANG)
}

/// True when `word` has the shape of one Vietnamese syllable, tone and vowel marks aside:
/// an onset, one to three vowels and a coda, by their letters alone (neither the spelling
/// rules nor the list of vowel clusters that [`retone`] checks). "Những", "Sau", "Tuy"
/// are; "Windholz", "Mori", "Smith" are not. Accents are stripped first, so a Latin letter
/// with any accent reads as its base letter.
///
/// # Time complexity
///
/// Constant: words longer than 24 bytes are not syllables.
pub(crate) fn has_syllable_shape(word: &str) -> bool {
    const MAX_BYTES: usize = 24;
    if word.is_empty() || word.len() > MAX_BYTES {
        return false;
    }
    // folding never lengthens a word: it folds into a buffer on the stack
    let mut codes = [0u8; MAX_BYTES];
    let n = super::fold::strip_accents_into(word, &mut codes);
    for slot in &mut codes[..n] {
        if !slot.is_ascii_alphabetic() {
            return false;
        }
        *slot = code(ASCII[usize::from(*slot)]);
    }
    let codes = &codes[..n];
    let Some((len, _)) = onset_shape(codes) else {
        return false;
    };
    let rest = &codes[len..];
    let vowels = rest.iter().take_while(|&&c| is_vowel(c)).count();
    (1..=3).contains(&vowels) && coda_stop(&rest[vowels..]).is_some()
}

/// True when `word` has two runs of vowels or more, a consonant between them ("Bỉnhcho",
/// "Mori"): no one syllable has, so [`has_syllable_shape`] is false for it. One pass over
/// its chars, each read as [`has_syllable_shape`] reads it, folded as
/// [`strip_accents`](super::strip_accents) folds it ("ñ" is an "n", "ể" an "e", a
/// combining mark nothing), with no copy of the word; a char folding to no ASCII letter
/// (or an ASCII one that is no letter) separates two runs, as a consonant does.
///
/// # Time complexity
///
/// Linear in `word.len()`.
pub(crate) fn has_vowel_runs(word: &str) -> bool {
    let b = word.as_bytes();
    // a vowel read, and a consonant after one
    let (mut vowel, mut gap) = (false, false);
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let (v, len) = if x < 0x80 {
            (Some(ASCII_VOWEL[usize::from(x)]), 1)
        } else {
            vowel_at(b, i)
        };
        i += len;
        match v {
            Some(true) if gap => return true,
            Some(true) => vowel = true,
            Some(false) => gap |= vowel,
            None => {}
        }
    }
    false
}

/// The ASCII vowels, "aeiouy" in either case ([`vowel_at`] of an ASCII char).
static ASCII_VOWEL: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = matches!(
            (b as u8).to_ascii_lowercase(),
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
        );
        b += 1;
    }
    t
};

/// Is the char at byte `i` of `b` (valid UTF-8) a vowel, as [`has_vowel_runs`] reads
/// it: folded as [`strip_accents`](super::strip_accents) folds it, a vowel when that
/// gives one of "aeiouy" in either case; `None` for a combining mark (which folds to
/// nothing); and the char's length. The letters of Vietnamese are read from the
/// syllable model's tables ([`decode_at`]), the other chars folded.
#[inline(always)]
fn vowel_at(b: &[u8], i: usize) -> (Option<bool>, usize) {
    let (e, len) = decode_at(b, i);
    if e != 0 {
        return (Some(is_vowel(code(e))), len);
    }
    if b[i] < 0x80 {
        // (an ASCII char that is no letter)
        return (Some(false), 1);
    }
    let (u, len) = crate::text::chars::decode(b, i);
    let vowel = match char::from_u32(u).and_then(super::fold::fold_letter) {
        // (an ASCII letter)
        Some(Some(x)) => Some(ASCII_VOWEL.get(usize::from(x)).is_some_and(|&v| v)),
        Some(None) => None,
        None => Some(false),
    };
    (vowel, len)
}

/// The `i` that may spell the letter `c` when it is a `y` (in any tone and case) after the
/// letters `before` (lower case, the nearer one last): after a consonant (kỳ/kì, mỹ/mĩ,
/// sỹ/sĩ) or after the `u` of `qu-` (quy/qui). `None` when `c` is not a `y`, or is one that
/// only `y` spells: at the start of a word (ý, yên) or after a vowel (thủy, nguyễn).
///
/// # Time complexity
///
/// Constant: three table look-ups.
pub(crate) fn y_as_i(c: char, before: [char; 2]) -> Option<char> {
    let entry = |c: char| decode_at(c.encode_utf8(&mut [0; 4]).as_bytes(), 0).0;
    let e = entry(c);
    if !is_y(e) {
        return None;
    }
    let (p0, p1) = (entry(before[0]), entry(before[1]));
    let after_consonant = p1 != 0 && p1 & UPPER_BIT == 0 && !is_vowel(code(p1));
    let after_qu = p1 == u16::from(U) + 1 && p0 == u16::from(Q) + 1;
    (after_consonant || after_qu).then(|| with_tone((e & UPPER_BIT) | (u16::from(I) + 1), tone(e)))
}

/// Is the char of table entry `e` a `y`, in any tone and case?
#[inline]
fn is_y(e: u16) -> bool {
    e != 0 && code(e) == Y
}

/// `text` with `i` for every `y` that may be spelled so ("Quy Nhơn" → "Qui Nhơn", "Hoa
/// Kỳ" → "Hoa Kì"), by the syllable model's rule ([`y_as_i`]); `text` itself, borrowed,
/// when it has no `y` ([`may_have_y`]: most text) or none spelt anew ("Ủy ban"). Only a
/// `y` is looked at with the chars before it (lowercased then); the runs between two
/// spelled anew are copied as they are.
///
/// # Time complexity
///
/// Linear in `text.len()`.
pub(crate) fn i_for_y(text: &str) -> std::borrow::Cow<'_, str> {
    if !may_have_y(text.as_bytes()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let b = text.as_bytes();
    // (made at the first `y` spelt anew)
    let mut out: Option<String> = None;
    // `text[..copied]` is in `out`; the two chars before the current one, as written
    let mut copied = 0;
    let mut before = [' ', ' '];
    for (i, c) in text.char_indices() {
        if is_y(decode_at(b, i).0)
            && let Some(v) = y_as_i(c, before.map(lower))
        {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
            out.push_str(text.get(copied..i).unwrap_or_default());
            out.push(v);
            copied = i + c.len_utf8();
        }
        before = [before[1], c];
    }
    match out {
        Some(mut out) => {
            out.push_str(text.get(copied..).unwrap_or_default());
            std::borrow::Cow::Owned(out)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// May the UTF-8 bytes `b` hold a `y` of the syllable model ([`is_y`])? An ASCII "y" or
/// "Y", or the last two bytes of "ý", "Ý" (`C3 BD`, `C3 9D`) or of "Ỳ" … "ỹ" (U+1EF2 to
/// U+1EF9, `E1 BB B2` to `E1 BB B9`). True for a few other chars too (those ending in
/// `BB B2` to `BB B9`); false only when there is none.
fn may_have_y(b: &[u8]) -> bool {
    memchr::memchr2(b'y', b'Y', b).is_some()
        || b.windows(2)
            .any(|w| matches!(w, [0xC3, 0xBD | 0x9D] | [0xBB, 0xB2..=0xB9]))
}

#[cfg(test)]
mod tests;
