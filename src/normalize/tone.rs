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

/// Toneless vowel bases, in table order.
const VOWELS: [char; 12] = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/// Lower-case vowels by base and tone: none, huyền, sắc, hỏi, ngã, nặng.
const LOWER: [[char; 6]; 12] = [
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
const UPPER: [[char; 6]; 12] = [
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

/// The index of `đ` in the packed decode entries (after the twelve vowels).
const D_STROKE: u8 = 12;

/// Builds a decode table for the code points `start..start + N`. An entry is 0 for a
/// character that is not a Vietnamese letter, else `(base + 1) | tone << 4 | upper << 7`
/// where `base` indexes [`VOWELS`] or is [`D_STROKE`].
const fn decode_table<const N: usize>(start: u32) -> [u8; N] {
    const fn put<const N: usize>(t: &mut [u8; N], start: u32, c: char, entry: u8) {
        let cp = c as u32;
        if cp >= start && cp < start + N as u32 {
            t[(cp - start) as usize] = entry;
        }
    }
    let mut t = [0u8; N];
    let mut v = 0;
    while v < VOWELS.len() {
        let mut tone = 0;
        while tone < 6 {
            let entry = (v as u8 + 1) | (tone as u8) << 4;
            put(&mut t, start, LOWER[v][tone], entry);
            put(&mut t, start, UPPER[v][tone], entry | 0x80);
            tone += 1;
        }
        v += 1;
    }
    put(&mut t, start, 'đ', D_STROKE + 1);
    put(&mut t, start, 'Đ', (D_STROKE + 1) | 0x80);
    t
}

/// Decode entries for U+00C0..=U+01B0 (Latin-1, Latin Extended-A and B up to `ư`).
static LATIN: [u8; 0x1B1 - 0xC0] = decode_table(0xC0);
/// Decode entries for U+1EA0..=U+1EF9 (the Vietnamese block of Latin Extended Additional).
static EXTENDED: [u8; 0x1EFA - 0x1EA0] = decode_table(0x1EA0);

/// One decoded letter: its lower-case base without tone (`ơ`, `đ`, `k`), its tone
/// (0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng) and its case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Letter {
    base: char,
    tone: u8,
    upper: bool,
}

impl Letter {
    const BLANK: Letter = Letter {
        base: 'a',
        tone: NO_TONE,
        upper: false,
    };

    /// Decodes an ASCII letter or a precomposed Vietnamese letter; `None` for anything else.
    #[inline]
    fn decode(c: char) -> Option<Letter> {
        if c.is_ascii_alphabetic() {
            return Some(Letter {
                base: c.to_ascii_lowercase(),
                tone: NO_TONE,
                upper: c.is_ascii_uppercase(),
            });
        }
        let cp = c as u32;
        let entry = match cp {
            0xC0..=0x1B0 => LATIN[(cp - 0xC0) as usize],
            0x1EA0..=0x1EF9 => EXTENDED[(cp - 0x1EA0) as usize],
            _ => 0,
        };
        if entry == 0 {
            return None;
        }
        let base = (entry & 0x0F) - 1;
        Some(Letter {
            base: if base == D_STROKE {
                'đ'
            } else {
                VOWELS[base as usize]
            },
            tone: (entry >> 4) & 0x07,
            upper: entry & 0x80 != 0,
        })
    }

    /// The character for this base, case and `tone`.
    fn encode(self, tone: u8) -> char {
        match VOWELS.iter().position(|&v| v == self.base) {
            Some(v) if self.upper => UPPER[v][tone as usize],
            Some(v) => LOWER[v][tone as usize],
            None if self.base == 'đ' => {
                if self.upper {
                    'Đ'
                } else {
                    'đ'
                }
            }
            None if self.upper => self.base.to_ascii_uppercase(),
            None => self.base,
        }
    }
}

/// True for the twelve vowel letters (toneless lower-case bases).
#[inline]
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// True for the vowels that `k`, `gh`, `ngh` need after them and `c`, `g`, `ng` refuse.
#[inline]
fn is_front(c: char) -> bool {
    matches!(c, 'e' | 'ê' | 'i' | 'y')
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

/// The length of the onset of `b` (lower-case toneless bases), or `None` when `b` does not
/// start like a Vietnamese syllable.
fn onset(b: &[char]) -> Option<usize> {
    let (len, first) = match b {
        ['n', 'g', 'h', v, ..] => (3, *v),
        ['c' | 'g' | 'k' | 'n' | 'p' | 't', 'h', v, ..] | ['n', 'g', v, ..] | ['t', 'r', v, ..] => {
            (2, *v)
        }
        // `qu` is one unit: the `u` is the medial and never takes the tone (quả, quý).
        ['q', 'u', v, ..] => (2, *v),
        // `gi` before another vowel is the onset (gia, giữ, giường); in `gì`, `gìn` the
        // `i` is the nucleus and `g` the onset.
        ['g', 'i', v, ..] if is_vowel(*v) => (2, *v),
        [
            'b' | 'c' | 'd' | 'đ' | 'g' | 'h' | 'k' | 'l' | 'm' | 'n' | 'p' | 'r' | 's' | 't' | 'v'
            | 'x',
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
        ['k'] | ['g', 'h'] | ['n', 'g', 'h'] => is_front(first),
        ['c'] | ['n', 'g'] => !is_front(first),
        ['g'] => !matches!(first, 'e' | 'ê' | 'y'),
        ['q', 'u'] => !matches!(first, 'o' | 'u' | 'ư'),
        ['g', 'i'] => first != 'i',
        _ => true,
    };
    ok.then_some(len)
}

/// Where the tone goes in the open vowel cluster `v` (no coda), or `None` when `v` is not
/// a cluster Vietnamese has. `bare` is true when there is no onset.
fn open_place(v: &[char], bare: bool) -> Option<Place> {
    Some(match v {
        [_] => Place::At(0),
        ['o', 'a' | 'e'] | ['u', 'y'] => Place::Styled,
        // a diacritic on the second vowel carries it: thuở, huế
        ['u', 'ơ' | 'ê'] => Place::At(1),
        // two vowels: the first (ái, kìa, mùa, củi, cứu)
        ['a', 'i' | 'o' | 'u' | 'y']
        | ['â', 'u' | 'y']
        | ['e', 'o']
        | ['ê', 'u']
        | ['i', 'a' | 'u']
        | ['o' | 'ô' | 'ơ' | 'u' | 'ư', 'i']
        | ['u' | 'ư', 'a']
        | ['ư', 'u'] => Place::At(0),
        // three vowels: the middle (ngoài, ngoáy, khuỷu, khuấy, tuổi, người, rượu, hiểu)
        ['o', 'a', 'i' | 'y' | 'o']
        | ['o', 'e', 'o']
        | ['u', 'y', 'a' | 'u']
        | ['u', 'â', 'y']
        | ['u', 'ô', 'i']
        | ['ư', 'ơ', 'i' | 'u']
        | ['i', 'ê', 'u'] => Place::At(1),
        ['y', 'ê', 'u'] if bare => Place::At(1),
        _ => return None,
    })
}

/// True when the vowel cluster `v` may be followed by a coda consonant; the tone then goes
/// on its last vowel (hoàn, huýt, khuyến, người, muốn, tiếng, xoong).
fn closed_ok(v: &[char], bare: bool) -> bool {
    match v {
        [_]
        | ['o', 'a' | 'ă' | 'e' | 'o']
        | ['u', 'y' | 'ê' | 'â' | 'ô']
        | ['ư', 'ơ']
        | ['i', 'ê']
        | ['u', 'y', 'ê'] => true,
        ['y', 'ê'] => bare,
        _ => false,
    }
}

/// Parses `b` (lower-case toneless bases of one word) as one Vietnamese syllable.
fn parse(b: &[char]) -> Option<Syllable> {
    let onset = onset(b)?;
    let coda = onset + b[onset..].iter().take_while(|&&c| is_vowel(c)).count();
    let v = &b[onset..coda];
    // `yê` starts a syllable (yên, yêu) or follows the `u` of `qu` or a medial (quyết,
    // chuyện); it never follows a consonant directly.
    let bare = onset == 0 || b[..onset] == ['q', 'u'];
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
        ['c'] | ['p'] | ['t'] => true,
        ['m'] | ['n'] | ['n', 'g'] => false,
        // `ch` and `nh` only close a, ê, i, y (sách, lệch, xinh, huỳnh, hoạch)
        ['c' | 'n', 'h'] if matches!(v.last(), Some('a' | 'ê' | 'i' | 'y')) => b[coda] == 'c',
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
    if style == ToneStyle::Keep {
        return None;
    }
    let mut letters = [Letter::BLANK; MAX_LETTERS];
    let mut bases = ['a'; MAX_LETTERS];
    let mut n = 0;
    let mut toned = None;
    let mut vowels = 0;
    for c in word.chars() {
        if n == MAX_LETTERS {
            return None;
        }
        let l = Letter::decode(c)?;
        if l.tone != NO_TONE {
            if toned.is_some() {
                return None; // two tone marks: not one syllable
            }
            toned = Some(n);
        }
        vowels += usize::from(is_vowel(l.base));
        letters[n] = l;
        bases[n] = l.base;
        n += 1;
    }
    // The common cases end here: no tone mark, or a single vowel that must carry it.
    let from = toned?;
    if vowels < 2 {
        return None;
    }
    let syllable = parse(&bases[..n])?;
    let tone = letters[from].tone;
    if syllable.stop && tone != SAC && tone != NANG {
        return None;
    }
    let to = syllable.tone_index(style);
    if to == from {
        return None;
    }
    let mut out = String::with_capacity(word.len() + 2);
    for (i, (c, l)) in word.chars().zip(letters).enumerate() {
        if i == from {
            out.push(l.encode(NO_TONE));
        } else if i == to {
            out.push(l.encode(tone));
        } else {
            out.push(c);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn bases(word: &str) -> Vec<char> {
        word.chars()
            .map(|c| Letter::decode(c).expect("a Vietnamese letter").base)
            .collect()
    }

    /// (onset, vowel cluster, coda) as strings, for readable assertions.
    fn parts(word: &str) -> Option<(String, String, String)> {
        let b = bases(word);
        let s = parse(&b)?;
        Some((
            b[..s.onset].iter().collect(),
            b[s.onset..s.coda].iter().collect(),
            b[s.coda..].iter().collect(),
        ))
    }

    fn p(onset: &str, vowels: &str, coda: &str) -> Option<(String, String, String)> {
        Some((onset.into(), vowels.into(), coda.into()))
    }

    #[test]
    fn tables_agree_with_unicode() {
        let marks = ['\0', '\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
        for (v, &base) in VOWELS.iter().enumerate() {
            for (tone, &mark) in marks.iter().enumerate() {
                let composed: String = if mark == '\0' {
                    base.to_string()
                } else {
                    [base, mark].iter().collect::<String>().nfc().collect()
                };
                assert_eq!(composed, LOWER[v][tone].to_string());
                let upper: String = composed.to_uppercase();
                assert_eq!(upper, UPPER[v][tone].to_string());
                for (c, is_upper) in [(LOWER[v][tone], false), (UPPER[v][tone], true)] {
                    let l = Letter::decode(c).unwrap();
                    assert_eq!((l.base, l.tone as usize, l.upper), (base, tone, is_upper));
                    assert_eq!(l.encode(l.tone), c);
                }
            }
        }
        assert_eq!(Letter::decode('Đ').unwrap().base, 'đ');
        assert_eq!(Letter::decode('Đ').unwrap().encode(NO_TONE), 'Đ');
    }

    #[test]
    fn decode_rejects_other_letters() {
        for c in [
            'ë', 'ï', 'ñ', 'ç', 'ø', 'ß', 'ǎ', 'ḿ', 'ẁ', 'Ḁ', 'α', 'я', '\u{301}', '1',
        ] {
            assert_eq!(Letter::decode(c), None, "{c}");
        }
        // every non-zero entry is a letter of the tables
        let count = LATIN
            .iter()
            .chain(EXTENDED.iter())
            .filter(|&&e| e != 0)
            .count();
        assert_eq!(count, 2 * 12 * 6 - 12 + 2); // the twelve ASCII vowels are not in the tables
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
        assert!(parse(&bases("hoat")).unwrap().stop);
        assert!(!parse(&bases("hoan")).unwrap().stop);
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
        let at = |w: &str| parse(&bases(w)).unwrap().place;
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
