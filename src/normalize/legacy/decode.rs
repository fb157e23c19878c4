//! The four decoders. Each reads one line and lists the character groups it would
//! replace, left to right; whether to apply them is decided by the caller's scoring.

use super::Piece;
use super::viet::{
    A, A_BREVE, A_CIRC, ACUTE, DOT, E, E_CIRC, GRAVE, HOOK, O, O_CIRC, O_HORN, TILDE, U, U_HORN, Y,
    compose, vowel,
};

/// TCVN 5712:1993 VN3 ("ABC", the .Vn fonts), bytes 0xA1–0xFE shown as Windows-1252
/// characters, and the letter each stands for. Source: the TCVN3 code chart (the same
/// positions as the lower-case part of glibc's TCVN5712-1). VN3 has no upper-case toned
/// letters (the .VnXxxH fonts draw the lower-case positions as capitals).
const TCVN3_PAIRS: [(char, char); 67] = [
    ('¡', 'Ă'),
    ('¢', 'Â'),
    ('£', 'Ê'),
    ('¤', 'Ô'),
    ('¥', 'Ơ'),
    ('¦', 'Ư'),
    ('§', 'Đ'),
    ('¨', 'ă'),
    ('©', 'â'),
    ('ª', 'ê'),
    ('«', 'ô'),
    ('¬', 'ơ'),
    ('\u{AD}', 'ư'),
    ('®', 'đ'),
    ('µ', 'à'),
    ('¶', 'ả'),
    ('·', 'ã'),
    ('¸', 'á'),
    ('¹', 'ạ'),
    ('»', 'ằ'),
    ('¼', 'ẳ'),
    ('½', 'ẵ'),
    ('¾', 'ắ'),
    ('Æ', 'ặ'),
    ('Ç', 'ầ'),
    ('È', 'ẩ'),
    ('É', 'ẫ'),
    ('Ê', 'ấ'),
    ('Ë', 'ậ'),
    ('Ì', 'è'),
    ('Î', 'ẻ'),
    ('Ï', 'ẽ'),
    ('Ð', 'é'),
    ('Ñ', 'ẹ'),
    ('Ò', 'ề'),
    ('Ó', 'ể'),
    ('Ô', 'ễ'),
    ('Õ', 'ế'),
    ('Ö', 'ệ'),
    ('×', 'ì'),
    ('Ø', 'ỉ'),
    ('Ü', 'ĩ'),
    ('Ý', 'í'),
    ('Þ', 'ị'),
    ('ß', 'ò'),
    ('á', 'ỏ'),
    ('â', 'õ'),
    ('ã', 'ó'),
    ('ä', 'ọ'),
    ('å', 'ồ'),
    ('æ', 'ổ'),
    ('ç', 'ỗ'),
    ('è', 'ố'),
    ('é', 'ộ'),
    ('ê', 'ờ'),
    ('ë', 'ở'),
    ('ì', 'ỡ'),
    ('í', 'ớ'),
    ('î', 'ợ'),
    ('ï', 'ù'),
    ('ñ', 'ủ'),
    ('ò', 'ũ'),
    ('ó', 'ú'),
    ('ô', 'ụ'),
    ('õ', 'ừ'),
    ('ö', 'ử'),
    ('÷', 'ữ'),
];
const TCVN3_TAIL: [(char, char); 7] = [
    ('ø', 'ứ'),
    ('ù', 'ự'),
    ('ú', 'ỳ'),
    ('û', 'ỷ'),
    ('ü', 'ỹ'),
    ('ý', 'ý'),
    ('þ', 'ỵ'),
];

/// U+00A0..=U+00FF → the TCVN3 letter, `'\0'` where VN3 has none.
static TCVN3: [char; 96] = {
    let mut t = ['\0'; 96];
    let mut i = 0;
    while i < TCVN3_PAIRS.len() {
        t[TCVN3_PAIRS[i].0 as usize - 0xA0] = TCVN3_PAIRS[i].1;
        i += 1;
    }
    let mut i = 0;
    while i < TCVN3_TAIL.len() {
        t[TCVN3_TAIL[i].0 as usize - 0xA0] = TCVN3_TAIL[i].1;
        i += 1;
    }
    t
};

/// The letter a TCVN3 character stands for.
pub(super) fn tcvn3_char(c: char) -> Option<char> {
    let i = (c as usize).checked_sub(0xA0)?;
    TCVN3.get(i).copied().filter(|&u| u != '\0')
}

/// TCVN3: one character becomes one letter.
pub(super) fn tcvn3(line: &str, base: usize, out: &mut Vec<Piece>) {
    for (i, c) in line.char_indices() {
        if let Some(u) = tcvn3_char(c)
            && u != c
        {
            out.push(Piece::new(base + i, base + i + c.len_utf8(), u));
        }
    }
}

/// VNI base vowels: vowel index and case. `ô`/`ö` are VNI's ơ/ư.
fn vni_base(c: char) -> Option<(u8, bool)> {
    Some(match c {
        'a' => (A, false),
        'e' => (E, false),
        'o' => (O, false),
        'u' => (U, false),
        'y' => (Y, false),
        'ô' => (O_HORN, false),
        'ö' => (U_HORN, false),
        'A' => (A, true),
        'E' => (E, true),
        'O' => (O, true),
        'U' => (U, true),
        'Y' => (Y, true),
        'Ô' => (O_HORN, true),
        'Ö' => (U_HORN, true),
        _ => return None,
    })
}

/// What a VNI mark character does, either case.
#[derive(Clone, Copy)]
enum VniMark {
    Tone(u8),
    Circ,
    Breve,
    CircTone(u8),
    BreveTone(u8),
}

fn vni_mark(c: char) -> Option<VniMark> {
    use VniMark::*;
    Some(match c.to_lowercase().next().unwrap_or(c) {
        'ù' => Tone(ACUTE),
        'ø' => Tone(GRAVE),
        'û' => Tone(HOOK),
        'õ' => Tone(TILDE),
        'ï' => Tone(DOT),
        'â' => Circ,
        'ê' => Breve,
        'á' => CircTone(ACUTE),
        'à' => CircTone(GRAVE),
        'å' => CircTone(HOOK),
        'ã' => CircTone(TILDE),
        'ä' => CircTone(DOT),
        'é' => BreveTone(ACUTE),
        'è' => BreveTone(GRAVE),
        'ú' => BreveTone(HOOK),
        'ü' => BreveTone(TILDE),
        'ë' => BreveTone(DOT),
        _ => return None,
    })
}

/// VNI letters written as one character.
fn vni_single(c: char) -> Option<char> {
    Some(match c {
        'ñ' => 'đ',
        'Ñ' => 'Đ',
        'æ' => 'ỉ',
        'Æ' => 'Ỉ',
        'ó' => 'ĩ',
        'Ó' => 'Ĩ',
        'ò' => 'ị',
        'Ò' => 'Ị',
        'î' => 'ỵ',
        'Î' => 'Ỵ',
        _ => return None,
    })
}

/// VNI-Windows: a base letter followed by one mark character (a tone, a vowel mark, or
/// both in one), plus single-character letters (đ, ơ, ư, the toned i's, ỵ).
pub(super) fn vni(line: &str, base: usize, out: &mut Vec<Piece>) {
    let mut it = line.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if let Some((v0, upper)) = vni_base(c) {
            let mut v = v0;
            let mut tone = 0;
            let mut end = i + c.len_utf8();
            if let Some(&(j, m)) = it.peek()
                && let Some(mark) = vni_mark(m)
            {
                let applied = match mark {
                    VniMark::Tone(t) => {
                        tone = t;
                        true
                    }
                    VniMark::Circ | VniMark::CircTone(_) => match v0 {
                        A => {
                            v = A_CIRC;
                            true
                        }
                        E => {
                            v = E_CIRC;
                            true
                        }
                        O => {
                            v = O_CIRC;
                            true
                        }
                        _ => false,
                    },
                    VniMark::Breve | VniMark::BreveTone(_) => {
                        if v0 == A {
                            v = A_BREVE;
                            true
                        } else {
                            false
                        }
                    }
                };
                if applied {
                    if let VniMark::CircTone(t) | VniMark::BreveTone(t) = mark {
                        tone = t;
                    }
                    it.next();
                    end = j + m.len_utf8();
                    // a separate tone after a separate vowel mark ("aâù"), seen in some files
                    if matches!(mark, VniMark::Circ | VniMark::Breve)
                        && let Some(&(k, m2)) = it.peek()
                        && let Some(VniMark::Tone(t)) = vni_mark(m2)
                    {
                        tone = t;
                        it.next();
                        end = k + m2.len_utf8();
                    }
                }
            }
            let u = compose(v, tone, upper);
            if u != c {
                out.push(Piece::new(base + i, base + end, u));
            }
        } else if let Some(u) = vni_single(c) {
            out.push(Piece::new(base + i, base + i + c.len_utf8(), u));
        }
    }
}

fn is_viqr_mark(c: char) -> bool {
    matches!(c, '\'' | '`' | '?' | '~' | '.' | '^' | '(' | '+')
}

fn viqr_tone(c: char) -> Option<u8> {
    Some(match c {
        '\'' => ACUTE,
        '`' => GRAVE,
        '?' => HOOK,
        '~' => TILDE,
        '.' => DOT,
        _ => return None,
    })
}

/// Where character `k` of `chars` (the `char_indices` of `line`) starts: the line's
/// length past the last one.
fn end_of(line: &str, chars: &[(usize, char)], k: usize) -> usize {
    chars.get(k).map_or(line.len(), |&(p, _)| p)
}

/// VIQR (RFC 1456): ASCII marks after the vowel (`^` circumflex, `(` breve, `+` horn, then
/// one of `' \` ? ~ .`), `dd` for đ at the start of a word, `\` to write a mark literally.
///
/// A `'`, `?` or `.` that ends a word is a tone only when the word has no tone yet
/// ("ba." is "bạ", "No^.i." is "Nội" and a full stop). Pieces made with a mark that
/// English never puts after a vowel (`^ ( + \` ~`, or `dd`) are flagged strong.
pub(super) fn viqr(line: &str, base: usize, out: &mut Vec<Piece>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let (pos, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        if c == '\\'
            && prev.is_some_and(|p| p.is_ascii_alphabetic() || is_viqr_mark(p))
            && chars.get(i + 1).is_some_and(|&(_, m)| is_viqr_mark(m))
        {
            let m = chars[i + 1].1;
            out.push(Piece::new(
                base + pos,
                base + end_of(line, &chars, i + 2),
                m,
            ));
            i += 2;
            continue;
        }
        if !c.is_ascii_alphabetic() || prev.is_some_and(|p| p.is_ascii_alphabetic()) {
            i += 1;
            continue;
        }
        // a word starts at i
        let mut j = i;
        let mut toned = false;
        if matches!(c, 'd' | 'D')
            && chars
                .get(i + 1)
                .is_some_and(|&(_, d)| matches!(d, 'd' | 'D'))
        {
            let u = if c == 'D' { 'Đ' } else { 'đ' };
            out.push(Piece::new(base + pos, base + end_of(line, &chars, i + 2), u).strong());
            j = i + 2;
        }
        while j < n {
            let (_, c) = chars[j];
            if !c.is_ascii_alphabetic() {
                break;
            }
            if c == 'D'
                && j > i
                && chars[j - 1].1.is_ascii_uppercase()
                && chars.get(j + 1).is_some_and(|&(_, d)| d == 'D')
            {
                // "DD" inside an upper-case word: HDDND
                out.push(
                    Piece::new(base + chars[j].0, base + end_of(line, &chars, j + 2), 'Đ').strong(),
                );
                j += 2;
                continue;
            }
            let Some((v0, _, upper)) = vowel(c) else {
                j += 1;
                continue;
            };
            let mut v = v0;
            let mut k = j + 1;
            let mut strong = false;
            match (v0, chars.get(k).map(|&(_, m)| m)) {
                (A, Some('^')) => v = A_CIRC,
                (A, Some('(')) => v = A_BREVE,
                (E, Some('^')) => v = E_CIRC,
                (O, Some('^')) => v = O_CIRC,
                (O, Some('+')) => v = O_HORN,
                (U, Some('+')) => v = U_HORN,
                _ => {}
            }
            if v != v0 {
                k += 1;
                strong = true;
            }
            let mut tone = 0;
            if let Some(&(_, m)) = chars.get(k)
                && let Some(t) = viqr_tone(m)
            {
                let inside = chars
                    .get(k + 1)
                    .is_some_and(|&(_, x)| x.is_ascii_alphabetic());
                if matches!(m, '`' | '~') || inside || !toned {
                    tone = t;
                    strong |= matches!(m, '`' | '~');
                    k += 1;
                }
            }
            // A mark right after the syllable's marks ("y~~", "a^^", "o+`~") is not VIQR:
            // RFC 1456 writes a literal mark after a toned vowel as "\~". A sentence's "."
            // or "?" may follow once. (Read as a tone and the rest left, "y~~~" would give
            // "ỹ~~", and with accents stripped "y~~" to read again, one mark a pass.)
            let stacked = chars.get(k).is_some_and(|&(_, x)| {
                let ends_sentence = matches!(x, '.' | '?')
                    && chars.get(k + 1).is_none_or(|&(_, y)| !is_viqr_mark(y));
                is_viqr_mark(x) && !ends_sentence
            });
            if k > j + 1 && !stacked {
                toned |= tone != 0;
                let mut p = Piece::new(
                    base + chars[j].0,
                    base + end_of(line, &chars, k),
                    compose(v, tone, upper),
                );
                if strong {
                    p = p.strong();
                }
                out.push(p);
            }
            j = k;
        }
        i = j.max(i + 1);
    }
}

/// The Windows-1252 byte a character came from, Latin-1 where cp1252 has no glyph.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..=0xFF).contains(&u) || (0x80..=0x9F).contains(&u) {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// Characters a mojibake group may decode to: letters of Latin scripts, combining marks,
/// Latin-1 and general punctuation, € and ™.
fn plausible(c: char) -> bool {
    matches!(c as u32,
        0xA0..=0x24F | 0x300..=0x36F | 0x1E00..=0x1EFF | 0x2000..=0x206F | 0x20AC | 0x2122)
}

/// UTF-8 read as Windows-1252 or Latin-1: every maximal group of characters whose bytes
/// form one UTF-8 sequence becomes that character. A space or no-break space where a
/// continuation byte 0xA0 is expected stands for it (à = C3 A0, Ơ = C6 A0, Ạ = E1 BA A0,
/// Ỡ = E1 BB A0).
pub(super) fn mojibake(line: &str, base: usize, out: &mut Vec<Piece>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let (pos, c) = chars[i];
        let need = match cp1252_byte(c) {
            Some(0xC2..=0xDF) => 1,
            Some(0xE0..=0xEF) => 2,
            Some(0xF0..=0xF4) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        let mut buf = [cp1252_byte(c).unwrap_or(0), 0, 0, 0];
        let mut k = i + 1;
        let mut ok = true;
        for slot in 1..=need {
            let Some(&(_, x)) = chars.get(k) else {
                ok = false;
                break;
            };
            let b = match cp1252_byte(x) {
                Some(b @ 0x80..=0xBF) => b,
                _ if x == ' ' && slot == need && a0_allowed(&buf[..slot]) => 0xA0,
                _ => {
                    ok = false;
                    break;
                }
            };
            buf[slot] = b;
            k += 1;
        }
        if ok
            && let Ok(s) = std::str::from_utf8(&buf[..=need])
            && let Some(u) = s.chars().next()
            && plausible(u)
        {
            out.push(Piece::new(base + pos, base + end_of(line, &chars, k), u));
            i = k;
        } else {
            i += 1;
        }
    }
}

/// Whether a lost 0xA0 after these bytes gives a Vietnamese letter.
fn a0_allowed(lead: &[u8]) -> bool {
    matches!(lead, [0xC3] | [0xC6] | [0xE1, 0xBA] | [0xE1, 0xBB])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(f: fn(&str, usize, &mut Vec<Piece>), s: &str) -> String {
        let mut ps = Vec::new();
        f(s, 0, &mut ps);
        let mut out = String::new();
        let mut at = 0;
        for p in ps {
            assert!(p.len() <= super::super::MAX_PIECE, "{p:?} in {s:?}");
            out.push_str(&s[at..p.start()]);
            out.push(p.out());
            at = p.end();
        }
        out.push_str(&s[at..]);
        out
    }

    #[test]
    fn tcvn3_table() {
        assert_eq!(run(tcvn3, "Hµ Néi"), "Hà Nội");
        assert_eq!(run(tcvn3, "Thµnh phè Hå ChÝ Minh"), "Thành phố Hồ Chí Minh");
        assert_eq!(run(tcvn3, "§¶ng bé x· §øc Ninh"), "Đảng bộ xã Đức Ninh");
    }

    #[test]
    fn vni_groups() {
        assert_eq!(run(vni, "Haø Noäi"), "Hà Nội");
        assert_eq!(run(vni, "Vieät Nam, Ñaø Naüng"), "Việt Nam, Đà Nẵng");
        assert_eq!(
            run(vni, "Ñöôøng, ÑAÛNG, quyeát, ngöôøi, kyû"),
            "Đường, ĐẢNG, quyết, người, kỷ"
        );
    }

    #[test]
    fn viqr_groups() {
        assert_eq!(run(viqr, "Ha` No^.i"), "Hà Nội");
        assert_eq!(
            run(viqr, "Vie^.t Nam, DDa` ddu+o+`ng"),
            "Việt Nam, Đà đường"
        );
        assert_eq!(run(viqr, "No^.i. ba\\. ba."), "Nội. ba. bạ");
    }

    #[test]
    fn mojibake_groups() {
        assert_eq!(run(mojibake, "HÃ  Ná»™i"), "Hà Nội");
        assert_eq!(run(mojibake, "Viá»‡t Nam Ä‘i"), "Việt Nam đi");
        assert_eq!(run(mojibake, "HÃ\u{a0}Ná»™i"), "HàNội");
    }
}
