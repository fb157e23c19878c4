//! Tests of the tokenizer, against the direct computations and with the date words of
//! `src/lexicon/date_words.txt` as the tag table.

use super::*;
use crate::extract::keywords::{KEYWORDS, Kw};

fn toks(text: &str) -> Vec<Token> {
    let mut t = Vec::new();
    assert!(tokenize(text, &KEYWORDS, &mut t, &mut Vec::new()));
    t
}

fn kw(t: &Token) -> Kw {
    Kw::from_tag(t.tag())
}

#[test]
fn a_token_is_twelve_bytes() {
    assert_eq!(std::mem::size_of::<Token>(), 12);
}

#[test]
fn offsets_must_fit_in_u32() {
    assert!(fits(0));
    assert!(fits(u32::MAX as usize));
    assert!(!fits(u32::MAX as usize + 1));
}

#[test]
fn tokens_of_a_date() {
    let text = "Ngày 19/9, 9h30 Đức\n";
    let t = toks(text);
    let kinds: Vec<_> = t.iter().map(|t| &text[t.start()..t.end()]).collect();
    assert_eq!(
        kinds,
        ["Ngày", "19", "/", "9", ",", "9", "h", "30", "Đức", "\n"]
    );
    assert_eq!(kw(&t[0]), Kw::Day);
    assert!(t[0].has_upper() && !t[6].has_upper());
    assert_eq!(t[1].num(), 19);
    assert_eq!((t[1].start(), t[1].end()), (6, 8));
    assert_eq!(kw(&t[6]), Kw::Hour);
    assert_eq!(t[2].kind(), TokenKind::Punct);
    assert_eq!(t[2].char_in(text), Some('/'));
    assert_eq!(t[9].kind(), TokenKind::Newline);
    assert_eq!((t[0].num(), t[1].tag(), t[2].tag()), (0, 0, 0));
}

#[test]
fn packed_fields_round_trip() {
    for v in [0, 1, 999_999_999, NUM_OVERFLOW] {
        let t = Token::new(3, 12, TokenKind::Num, v);
        let want = if v == NUM_OVERFLOW { u32::MAX } else { v };
        assert_eq!(
            (t.kind(), t.num(), t.start(), t.end()),
            (TokenKind::Num, want, 3, 12)
        );
    }
    for tag in [0u8, 1, 200, 255] {
        for case in [0, CASE_UPPER] {
            let t = Token::new(0, 1, TokenKind::Word, u32::from(tag) | case);
            assert_eq!(
                (t.kind(), t.tag(), t.has_upper()),
                (TokenKind::Word, tag, case != 0)
            );
        }
    }
    let t = Token::new(0, 1, TokenKind::Newline, 0);
    assert_eq!(t.kind(), TokenKind::Newline);
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
    let t = toks("NGÀY Tháng ĐẾN đến Đến đẾN Việt 12345678901 1234567890 123456789");
    let kws: Vec<_> = t.iter().map(kw).collect();
    use Kw::{Day, Month, None, Until};
    assert_eq!(
        kws,
        [
            Day, Month, Until, Until, Until, Until, None, None, None, None
        ]
    );
    assert_eq!(t[7].num(), u32::MAX);
    assert_eq!(t[8].num(), u32::MAX);
    assert_eq!(t[9].num(), 123_456_789);
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
    let kws: &WordTags = &KEYWORDS;
    for (w, _) in kws.words() {
        assert!(kws.may_be_tagged(w.as_bytes()), "{w}");
        assert!(kws.may_be_tagged(w.to_ascii_uppercase().as_bytes()), "{w}");
    }
    // a rejected word is never a keyword (the filter only skips lookups)
    let text = "Ngày 19 tháng 9 năm nay, sáng Thứ Hai tuần trước ĐẾN cuối Quý 3 \
                người dân xã Tân Hòa đi chợ Tết, mùng một, rằm tháng Giêng âm lịch";
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if !kws.may_be_tagged(w.as_bytes()) {
            assert_eq!(kws.get(w.as_bytes()), 0, "{w}");
        }
    }
}

#[test]
fn openers_are_the_numbers_and_tagged_words() {
    let text = "Sáng 19/9, ông A đến Hà Nội; TỪ tháng 3 năm 2023 đến nay 12345678901 x";
    let (mut t, mut openers) = (Vec::new(), vec![7]);
    tokenize(text, &KEYWORDS, &mut t, &mut openers);
    let direct: Vec<u32> = (0..t.len() as u32)
        .filter(|&i| t[i as usize].kind() == TokenKind::Num || t[i as usize].tag() != 0)
        .collect();
    assert_eq!(openers, direct);
    assert!(openers.len() > 8 && openers.len() < t.len());
}

#[test]
fn tags_match_the_lowercased_lookup() {
    let kws: &WordTags = &KEYWORDS;
    let mut words: Vec<String> = kws.words().map(|(w, _)| w.to_uppercase()).collect();
    words.extend(kws.words().map(|(w, _)| {
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
            "İİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİ",
        ]
        .map(String::from),
    );
    words.push("Ẩ".repeat(40));
    for w in &words {
        assert_eq!(kws.get_lowercased(w.as_bytes()), kws.get_direct(w), "{w}");
    }
    assert_eq!(
        Kw::from_tag(kws.get_lowercased("ĐẾN".as_bytes())),
        Kw::Until
    );
}

#[test]
fn ieq_ignores_case() {
    assert!(ieq("Tiêu", "tiêu"));
    assert!(ieq("ĐẠT", "đạt"));
    assert!(!ieq("đạt", "đat"));
}
