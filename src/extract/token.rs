//! A light tokenizer for the date and ratio grammars: digit runs, letter runs, and single
//! punctuation characters, each with its byte span; spaces are skipped, line ends kept.

use crate::text::chars::decode;
use std::sync::LazyLock;

use super::keywords::{KEYWORDS, Keywords, Kw};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of ASCII digits.
    Num,
    /// A run of letters.
    Word,
    /// One other visible character.
    Punct(char),
    /// A line end (`\n`), which no date or ratio crosses.
    Newline,
}

/// One token of the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The date-word role of a word.
    pub kw: Kw,
    /// The value of a digit run, `u32::MAX` when it has more than 9 digits.
    pub num: u32,
}

impl Tok {
    pub fn digits(&self) -> usize {
        self.end - self.start
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Code points below this have their classes in [`CLASSES`]: ASCII, Latin-1, Latin
/// Extended-A/B and the combining marks.
const TABLE_LIMIT: u32 = 0x370;
/// Latin Extended Additional (ạ, ế, ữ …) has its classes in [`CLASSES_EXT`].
const EXT: std::ops::Range<u32> = 0x1E00..0x1F00;
/// [`is_word_char`].
const WORD: u8 = 1;
/// `char::is_uppercase`.
const UPPER: u8 = 2;
/// `char::to_lowercase` is not the character itself.
const LOWER_CHANGES: u8 = 4;

fn char_class(c: char) -> u8 {
    let mut k = 0;
    if is_word_char(c) {
        k |= WORD;
    }
    if c.is_uppercase() {
        k |= UPPER;
    }
    if !c.to_lowercase().eq(std::iter::once(c)) {
        k |= LOWER_CHANGES;
    }
    k
}

fn classes(r: std::ops::Range<u32>) -> Box<[u8]> {
    r.map(|u| char::from_u32(u).map_or(0, char_class)).collect()
}

/// The classes of the code points of Vietnamese text, computed once from the same `char`
/// predicates so the tables cannot disagree with them.
static CLASSES: LazyLock<Box<[u8]>> = LazyLock::new(|| classes(0..TABLE_LIMIT));
static CLASSES_EXT: LazyLock<Box<[u8]>> = LazyLock::new(|| classes(EXT));

#[inline]
fn class_of(classes: &[u8], ext: &[u8], u: u32) -> u8 {
    if let Some(&k) = classes.get(u as usize) {
        return k;
    }
    if let Some(&k) = ext.get(u.wrapping_sub(EXT.start) as usize) {
        return k;
    }
    char::from_u32(u).map_or(0, char_class)
}

/// The date-word role of the word `w` (bytes of a `str`); `upper` and `lower_changes`
/// say whether some character of it is uppercase, and whether some non-ASCII character of
/// it changes when lowercased.
///
/// Same result as looking up the word ASCII-lowercased, then (when it has an uppercase
/// character and is not ASCII) `word.to_lowercase()`: when no non-ASCII character changes,
/// the two lowercasings are the same string, so the second lookup is skipped. The first
/// lookup is skipped when [`may_be_keyword`] rules it out.
#[inline]
fn keyword(kws: &Keywords, edges: &EdgeLengths, w: &[u8], upper: bool, lower_changes: bool) -> Kw {
    if w.len() > kws.max_len {
        return Kw::None;
    }
    if may_be_keyword(edges, w) {
        let k = kws.get(w);
        if k != Kw::None {
            return k;
        }
    }
    if upper && lower_changes {
        return keyword_lowercased(kws, w);
    }
    Kw::None
}

/// For each byte, the set of lengths (bit `n` for `n` bytes, `n < 64`) of the keywords
/// that start (`[0]`) or end (`[1]`) with that byte ignoring ASCII case: a filter in
/// front of [`Keywords::get`].
type EdgeLengths = [[u64; 256]; 2];

fn edge_lengths(kws: &Keywords) -> EdgeLengths {
    let mut t = [[0u64; 256]; 2];
    for key in kws.map.keys() {
        let (Some(&first), Some(&last), n) =
            (key.as_bytes().first(), key.as_bytes().last(), key.len())
        else {
            continue;
        };
        // a longer key would need a wider set: let every word of its bytes through
        let bits = if n < 64 { 1 << n } else { u64::MAX };
        for (side, c) in [(0, first), (1, last)] {
            t[side][usize::from(c.to_ascii_lowercase())] |= bits;
            t[side][usize::from(c.to_ascii_uppercase())] |= bits;
        }
    }
    t
}

/// Keyword lengths by first and last byte, computed once from [`KEYWORDS`].
static EDGE_LENGTHS: LazyLock<EdgeLengths> = LazyLock::new(|| edge_lengths(&KEYWORDS));

/// False when no keyword can equal `w` ignoring ASCII case (no keyword of its length
/// starts with its first byte, or none ends with its last byte), so [`Keywords::get`]
/// would answer `Kw::None`. Most words of a text are rejected here by two loads and
/// two bit tests, before any hashing.
#[inline(always)]
fn may_be_keyword(edges: &EdgeLengths, w: &[u8]) -> bool {
    match (w.first(), w.last()) {
        (Some(&first), Some(&last)) => {
            let len = w.len() & 63;
            (edges[0][usize::from(first)] & edges[1][usize::from(last)]) >> len & 1 != 0
        }
        _ => true,
    }
}

/// The role of `w` fully lowercased (`str::to_lowercase`): the rare capitalised word with
/// a non-ASCII capital ("ĐẾN", "Đầu", "Ở").
///
/// The lowercase is written char by char into a stack buffer, with no allocation: a word
/// whose lowercase is longer than every keyword is none. `str::to_lowercase` differs from
/// the char-by-char lowercase only for a capital sigma, so such a word (never a date word)
/// takes that slow path. The lowercase has no ASCII capital, so [`Keywords::get`]'s
/// ASCII-insensitive lookup is the exact one.
#[cold]
#[inline(never)]
fn keyword_lowercased(kws: &Keywords, w: &[u8]) -> Kw {
    // `w` is a whole word of a `str`, so this never fails
    let Ok(word) = std::str::from_utf8(w) else {
        return Kw::None;
    };
    let mut buf = [0u8; 64];
    let cap = kws.max_len.min(buf.len());
    let mut n = 0;
    for c in word.chars() {
        if c == 'Σ' {
            return kws
                .map
                .get(&word.to_lowercase())
                .copied()
                .unwrap_or_default();
        }
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            match buf.get_mut(n..n + len) {
                Some(dst) if n + len <= cap => {
                    l.encode_utf8(dst);
                }
                _ => return Kw::None,
            }
            n += len;
        }
    }
    buf.get(..n).map_or(Kw::None, |lower| kws.get(lower))
}

/// What a byte starts, for the tokenizer's dispatch.
#[derive(Clone, Copy, PartialEq, Eq)]
enum B {
    Digit,
    Newline,
    Space,
    Lower,
    Upper,
    /// A lead or continuation byte of a non-ASCII character.
    High,
    Other,
}

const BYTES: [B; 256] = {
    let mut t = [B::Other; 256];
    let mut k = 0;
    while k < 256 {
        let c = k as u8;
        t[k] = if c.is_ascii_digit() {
            B::Digit
        } else if c == b'\n' {
            B::Newline
        } else if c.is_ascii_whitespace() {
            B::Space
        } else if c.is_ascii_lowercase() {
            B::Lower
        } else if c.is_ascii_uppercase() {
            B::Upper
        } else if c >= 0x80 {
            B::High
        } else {
            B::Other
        };
        k += 1;
    }
    t
};

/// The classes of the ASCII bytes inside a word: letters are [`WORD`], capitals also
/// [`UPPER`]. ([`LOWER_CHANGES`] is only collected from non-ASCII characters, see
/// [`keyword`].)
const ASCII_CLASSES: [u8; 128] = {
    let mut t = [0; 128];
    let mut c = 0;
    while c < 128 {
        let x = c as u8;
        if x.is_ascii_lowercase() {
            t[c] = WORD;
        } else if x.is_ascii_uppercase() {
            t[c] = WORD | UPPER;
        }
        c += 1;
    }
    t
};

/// The end of the run of word characters starting at byte `i` of `b` (a `str`), and the
/// union of their classes (ASCII capitals count as [`UPPER`] only).
///
/// ASCII bytes are classified by [`ASCII_CLASSES`] with one branch each; a non-ASCII
/// character is decoded and looked up in the class tables.
#[inline(always)]
fn word_end(classes: &[u8], ext: &[u8], b: &[u8], mut i: usize) -> (usize, u8) {
    let mut acc = 0;
    while let Some(&x) = b.get(i) {
        if let Some(&k) = ASCII_CLASSES.get(usize::from(x)) {
            if k == 0 {
                break;
            }
            acc |= k;
            i += 1;
        } else {
            let (u, len) = decode(b, i);
            let k = class_of(classes, ext, u);
            if k & WORD == 0 {
                break;
            }
            acc |= k;
            i += len;
        }
    }
    (i, acc)
}

/// Tokenizes `text` into `out` (cleared first), and lists in `openers` (cleared first,
/// increasing) the indices of the tokens that can open a date or a ratio: the numbers and
/// the date words (`kw != Kw::None`), so the grammar need not visit the other tokens.
///
/// # Time complexity
///
/// Linear in `text.len()`.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>, openers: &mut Vec<usize>) {
    out.clear();
    openers.clear();
    out.reserve(text.len() / 4);
    let classes: &[u8] = &CLASSES;
    let ext: &[u8] = &CLASSES_EXT;
    let kws: &Keywords = &KEYWORDS;
    let edges: &EdgeLengths = &EDGE_LENGTHS;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match BYTES[usize::from(c)] {
            B::Space => i += 1,
            B::Digit => {
                let start = i;
                let mut num = 0u32;
                while i < b.len() && b[i].is_ascii_digit() {
                    if i - start < 9 {
                        num = num * 10 + u32::from(b[i] - b'0');
                    }
                    i += 1;
                }
                if i - start > 9 {
                    num = u32::MAX;
                }
                openers.push(out.len());
                out.push(Tok {
                    start,
                    end: i,
                    kind: TokKind::Num,
                    kw: Kw::None,
                    num,
                });
            }
            B::Lower | B::Upper | B::High => {
                let start = i;
                let (end, k) = word_end(classes, ext, b, i);
                if end > start {
                    let kw = keyword(
                        kws,
                        edges,
                        &b[start..end],
                        k & UPPER != 0,
                        k & LOWER_CHANGES != 0,
                    );
                    if kw != Kw::None {
                        openers.push(out.len());
                    }
                    out.push(Tok {
                        start,
                        end,
                        kind: TokKind::Word,
                        kw,
                        num: 0,
                    });
                    // most words are followed by one space: skip it here rather than
                    // through the dispatch (spaces make no token)
                    i = end + usize::from(b.get(end) == Some(&b' '));
                    continue;
                }
                // a non-letter, non-ASCII character
                let ch = text[i..].chars().next().unwrap_or(' ');
                let len = ch.len_utf8();
                if !ch.is_whitespace() {
                    out.push(Tok {
                        start: i,
                        end: i + len,
                        kind: TokKind::Punct(ch),
                        kw: Kw::None,
                        num: 0,
                    });
                }
                i += len;
            }
            B::Newline => {
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    kind: TokKind::Newline,
                    kw: Kw::None,
                    num: 0,
                });
                i += 1;
            }
            B::Other => {
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    kind: TokKind::Punct(c as char),
                    kw: Kw::None,
                    num: 0,
                });
                i += 1;
            }
        }
    }
}

/// True when `word` equals `lower` (a lowercase phrase word) ignoring case.
pub(crate) fn ieq(word: &str, lower: &str) -> bool {
    if word.len() != lower.len() {
        return false;
    }
    if word == lower {
        return true;
    }
    let mut a = word.chars();
    let mut b = lower.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                if x != y && !x.to_lowercase().eq(std::iter::once(y)) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_of_a_date() {
        let mut t = Vec::new();
        let text = "Ngày 19/9, 9h30 Đức";
        tokenize(text, &mut t, &mut Vec::new());
        let kinds: Vec<_> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(kinds, ["Ngày", "19", "/", "9", ",", "9", "h", "30", "Đức"]);
        assert_eq!(t[0].kw, Kw::Day);
        assert_eq!(t[1].num, 19);
        assert_eq!(t[6].kw, Kw::Hour);
    }

    #[test]
    fn class_table_matches_char_predicates() {
        for u in 0..0x2100 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(class_of(&CLASSES, &CLASSES_EXT, u), char_class(c), "{c:?}");
                let mut s = [0u8; 4];
                let enc = c.encode_utf8(&mut s);
                if !c.is_ascii() {
                    assert_eq!(decode(enc.as_bytes(), 0), (u, c.len_utf8()));
                }
            }
        }
        assert_eq!(decode("𝔸".as_bytes(), 0), (0x1D538, 4));
    }

    #[test]
    fn keywords_ignore_case() {
        let mut t = Vec::new();
        tokenize(
            "NGÀY Tháng ĐẾN đến Đến đẾN Việt 12345678901",
            &mut t,
            &mut Vec::new(),
        );
        let kws: Vec<_> = t.iter().map(|t| t.kw).collect();
        assert_eq!(
            kws,
            [
                Kw::Day,
                Kw::Month,
                Kw::Until,
                Kw::Until,
                Kw::Until,
                Kw::Until,
                Kw::None,
                Kw::None
            ]
        );
        assert_eq!(t[7].num, u32::MAX);
    }

    /// [`word_end`] by the definition: the longest run of [`is_word_char`] characters and
    /// the union of their [`char_class`]es (ASCII capitals counting as [`UPPER`] only).
    fn word_end_direct(s: &str, i: usize) -> (usize, u8) {
        let mut acc = 0;
        for (j, c) in s[i..].char_indices() {
            if !is_word_char(c) {
                return (i + j, acc);
            }
            acc |= if c.is_ascii() {
                char_class(c) & !LOWER_CHANGES
            } else {
                char_class(c)
            };
        }
        (s.len(), acc)
    }

    #[test]
    fn word_end_matches_direct_computation() {
        let texts = [
            "Ngày 19/9, ĐẾN tháng Ωmega ǅx ÀÁ ß ﬁ 𝔸bc Ǆ ʼn ĳ à\u{301}b x\u{300} ẞ a—b “c” ",
            "abc\u{2000}def mùng\u{a0}một Tết Nguyên Đán 9h30 a.b",
        ];
        let (classes, ext): (&[u8], &[u8]) = (&CLASSES, &CLASSES_EXT);
        for s in texts {
            for (i, _) in s.char_indices() {
                let got = word_end(classes, ext, s.as_bytes(), i);
                assert_eq!(got, word_end_direct(s, i), "{s:?} at {i}");
            }
        }
        // every character in the tables and around them, alone and before a letter
        for u in 0..0x2100 {
            if let Some(c) = char::from_u32(u) {
                for s in [format!("{c}"), format!("{c}a"), format!("a{c}")] {
                    let got = word_end(classes, ext, s.as_bytes(), 0);
                    assert_eq!(got, word_end_direct(&s, 0), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn edge_filter_keeps_every_keyword() {
        let edges: &EdgeLengths = &EDGE_LENGTHS;
        for w in KEYWORDS.map.keys() {
            assert!(may_be_keyword(edges, w.as_bytes()), "{w}");
            assert!(
                may_be_keyword(edges, w.to_ascii_uppercase().as_bytes()),
                "{w}"
            );
        }
        // a rejected word is never a keyword (the filter only skips lookups)
        let text = "Ngày 19 tháng 9 năm nay, sáng Thứ Hai tuần trước ĐẾN cuối Quý 3 \
                    người dân xã Tân Hòa đi chợ Tết, mùng một, rằm tháng Giêng âm lịch";
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            if !may_be_keyword(edges, w.as_bytes()) {
                assert_eq!(KEYWORDS.get(w.as_bytes()), Kw::None, "{w}");
            }
        }
    }

    #[test]
    fn openers_are_the_numbers_and_date_words() {
        let text = "Sáng 19/9, ông A đến Hà Nội; TỪ tháng 3 năm 2023 đến nay 12345678901 x";
        let (mut t, mut openers) = (Vec::new(), vec![7]);
        tokenize(text, &mut t, &mut openers);
        let direct: Vec<usize> = (0..t.len())
            .filter(|&i| t[i].kind == TokKind::Num || t[i].kw != Kw::None)
            .collect();
        assert_eq!(openers, direct);
        assert!(openers.len() > 8 && openers.len() < t.len());
    }

    #[test]
    fn lowercased_keywords_match_str_to_lowercase() {
        let kws: &Keywords = &KEYWORDS;
        let mut words: Vec<String> = kws.map.keys().map(|w| w.to_uppercase()).collect();
        words.extend(kws.map.keys().map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        }));
        words.extend(
            [
                "ĐẾN",
                "Đầu",
                "Ở",
                "ΣΑΣ",
                "İİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİ",
            ]
            .map(String::from),
        );
        words.push("Ẩ".repeat(40));
        for w in &words {
            let want = kws.map.get(&w.to_lowercase()).copied().unwrap_or_default();
            assert_eq!(keyword_lowercased(kws, w.as_bytes()), want, "{w}");
        }
        assert_eq!(keyword_lowercased(kws, "ĐẾN".as_bytes()), Kw::Until);
    }

    #[test]
    fn ieq_ignores_case() {
        assert!(ieq("Tiêu", "tiêu"));
        assert!(ieq("ĐẠT", "đạt"));
        assert!(!ieq("đạt", "đat"));
    }
}
