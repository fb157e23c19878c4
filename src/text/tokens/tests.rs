//! Tests of the tokenizer, against the direct computations and with the date words of
//! `src/lexicon/date_words.txt` as the tag table.

use super::*;
use crate::extract::keywords::{KEYWORDS, Kw};
use crate::text::chars::decode;

/// A token letter, by its definition.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The classes of `c`, by their definition from the `char` predicates.
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
    if is_word_char(c) && !c.is_uppercase() {
        k |= LOWER;
    }
    if c.to_string().to_lowercase() != fold_direct(c).to_string() || c == 'Σ' {
        k |= crate::text::chars::LOWER_NOT_FOLDED;
    }
    k
}

/// The folded form of a word character, by its definition: its lower case when it is
/// uppercase and that is one character of the same UTF-8 length.
fn fold_direct(c: char) -> char {
    let mut low = c.to_lowercase();
    match (low.next(), low.next()) {
        (Some(l), None) if c.is_uppercase() && l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// The first-word hash of the folded characters `s`, by its definition.
fn hash_direct(s: impl Iterator<Item = char>) -> u32 {
    crate::text::dict::word_hash(s.map(fold_direct).collect::<String>().as_bytes())
}

fn toks(text: &str) -> Vec<Token> {
    let mut t = Vec::new();
    assert!(tokenize(text, &KEYWORDS, &mut t, &mut Vec::new()));
    t
}

fn kw(t: &Token) -> Kw {
    Kw::from_tag(t.tag())
}

#[test]
fn a_token_is_eight_bytes() {
    assert_eq!(std::mem::size_of::<Token>(), 8);
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
    assert_eq!(t[1].num(text), 19);
    assert_eq!((t[1].start(), t[1].end()), (6, 8));
    assert_eq!(kw(&t[6]), Kw::Hour);
    assert_eq!(t[2].kind(), TokenKind::Punct);
    assert_eq!(t[2].char_in(text), Some('/'));
    assert_eq!(t[9].kind(), TokenKind::Newline);
    assert_eq!((t[0].num(text), t[1].tag(), t[2].tag()), (0, 0, 0));
}

#[test]
fn packed_fields_round_trip() {
    // values up to 9 digits, kept in the token or (the large ones) read from the text
    let text = "0 1 33554430 33554431 999999999 1234567890";
    for (i, want) in [0, 1, 33_554_430, 33_554_431, 999_999_999, u32::MAX]
        .into_iter()
        .enumerate()
    {
        let t = toks(text)[i];
        assert_eq!((t.kind(), t.num(text)), (TokenKind::Num, want));
        assert_eq!(&text[t.start()..t.end()], text.split(' ').nth(i).unwrap());
    }
    let h = WordHasher::NEW.push(0xdead_beef);
    for tag in [0u8, 1, 36, MAX_TAG] {
        for first in 0..16 {
            for rest in 0..16 {
                for (start, end) in [(0, 1), (7, 7 + MAX_LEN)] {
                    let bits = word_bits(tag, first, rest, h);
                    let t = Token::new(start, end, TokenKind::Word, bits);
                    assert_eq!(
                        (t.kind(), t.tag(), t.word_hash(), t.start(), t.end()),
                        (TokenKind::Word, tag, h.finish(), start, end)
                    );
                    assert_eq!(t.has_upper(), (first | rest) & UPPER != 0);
                    assert_eq!(t.first_upper(), first & UPPER != 0);
                    assert_eq!(t.rest_upper(), rest & UPPER != 0);
                    assert_eq!(t.rest_lower(), rest & LOWER != 0);
                    assert!(t.is_word_or_num());
                }
            }
        }
    }
    for v in [0, 1 << 8, 1 << 25, 1 << 26, 1 << 28, u32::MAX] {
        for kind in [TokenKind::Num, TokenKind::Punct, TokenKind::Newline] {
            let mut t = Token::new(3, 3 + MAX_LEN, kind, v);
            assert!(!t.has_upper() && !t.first_upper() && !t.rest_upper() && !t.rest_lower());
            assert_eq!((t.tag(), t.word_hash(), t.kind()), (0, 0, kind));
            assert_eq!((t.start(), t.end(), t.digits()), (3, 3 + MAX_LEN, MAX_LEN));
            assert_eq!(t.is_word_or_num(), kind == TokenKind::Num);
            t.set_end(4);
            assert_eq!((t.kind(), t.start(), t.end()), (kind, 3, 4));
        }
    }
}

/// Runs of letters or digits longer than a token ([`MAX_LEN`] bytes; a word of more than
/// 64 KB of letters too): tokens of at most that length, one after the other, each of
/// the run's kind, covering it; the pieces of a word have their own case and hash and no
/// tag. A run of punctuation keeps its ends and one middle token.
#[test]
fn runs_longer_than_a_token_are_cut() {
    let long_word = "Nguyễn".repeat(9_000);
    let digits = "7".repeat(MAX_LEN * 3 + 12);
    for (run, kind) in [
        (long_word.as_str(), TokenKind::Word),
        (&digits, TokenKind::Num),
    ] {
        let text = format!("Ông {run} nói");
        let t = toks(&text);
        let inner = &t[1..t.len() - 1];
        assert!(inner.len() > 1, "{kind:?}");
        let at = "Ông ".len();
        assert_eq!(inner[0].start(), at);
        assert_eq!(inner.last().unwrap().end(), at + run.len());
        for w in inner.windows(2) {
            assert_eq!(w[0].end(), w[1].start());
        }
        for x in inner {
            assert_eq!(x.kind(), kind);
            assert!(x.end() - x.start() <= MAX_LEN && text.is_char_boundary(x.end()));
            if kind == TokenKind::Word {
                let piece = &text[x.start()..x.end()];
                assert_eq!(x.word_hash(), hash_direct(piece.chars()), "{piece}");
                assert_eq!(x.first_upper(), piece.starts_with('N'));
            }
        }
        if kind == TokenKind::Num {
            assert!(inner.iter().all(|x| x.num(&text) == u32::MAX));
        }
    }
    // no piece has a tag
    let t = toks(&format!("{} ngày", "ngày".repeat(40)));
    assert!(t.iter().rev().skip(1).all(|x| x.tag() == 0));
    assert_eq!(t.last().unwrap().tag(), Kw::Day as u8);
    // a punctuation run keeps its ends, its middle one token of MAX_LEN bytes
    for dots in [".".repeat(100_000), ". ".repeat(100_000)] {
        let text = format!("a {dots}b");
        let t = toks(&text);
        assert_eq!(t.len(), 3 + 2 * PUNCT_KEEP);
        assert_eq!(t.last().unwrap().start(), text.len() - 1);
        for w in t.windows(2) {
            assert!(w[0].end() <= w[1].start());
        }
        assert!(t.iter().all(|x| x.end() - x.start() <= MAX_LEN));
    }
}

#[test]
fn tags_are_short_words() {
    // a long word's token has no room for a tag: every tagged word is shorter
    assert!(KEYWORDS.max_len() <= MAX_LEN);
    assert!(KEYWORDS.words().all(|(_, tag)| tag <= MAX_TAG));
}

#[test]
fn class_table_matches_char_predicates() {
    for u in 0..0x2100 {
        if let Some(c) = char::from_u32(u) {
            assert_eq!(
                class_of(crate::text::chars::table(), u),
                char_class(c),
                "{c:?}"
            );
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
    let text = "NGÀY Tháng ĐẾN đến Đến đẾN Việt 12345678901 1234567890 123456789";
    let t = toks(text);
    let kws: Vec<_> = t.iter().map(kw).collect();
    use Kw::{Day, Month, None, Until};
    assert_eq!(
        kws,
        [
            Day, Month, Until, Until, Until, Until, None, None, None, None
        ]
    );
    assert_eq!(t[7].num(text), u32::MAX);
    assert_eq!(t[8].num(text), u32::MAX);
    assert_eq!(t[9].num(text), 123_456_789);
}

/// [`word_end`] by the definition: the longest run of [`is_word_char`] characters, the
/// union of their [`char_class`]es (ASCII capitals counting as [`UPPER`] only), and the
/// hash of their folded forms.
fn word_end_direct(s: &str, i: usize) -> (usize, u8, u32) {
    let (end, acc) = word_end_classes(s, i);
    (end, acc, hash_direct(s[i..end].chars()))
}

fn word_end_classes(s: &str, i: usize) -> (usize, u8) {
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
    let tab = crate::text::chars::table().lookup();
    for s in texts {
        for (i, _) in s.char_indices() {
            let (e, k, h) = word_end(tab, s.as_bytes(), i, WordHasher::NEW);
            assert_eq!((e, k, h.finish()), word_end_direct(s, i), "{s:?} at {i}");
        }
    }
    // every character in the tables and around them, alone and before a letter
    for u in 0..0x2100 {
        if let Some(c) = char::from_u32(u) {
            for s in [format!("{c}"), format!("{c}a"), format!("a{c}")] {
                let (e, k, h) = word_end(tab, s.as_bytes(), 0, WordHasher::NEW);
                assert_eq!((e, k, h.finish()), word_end_direct(&s, 0), "{s:?}");
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
    // a character may lowercase to one of another length: Ⱥ (2 bytes) to ⱥ (3), the
    // Kelvin sign (3) to k (1)
    assert!(ieq("ȺȺ\u{212a}", "ⱥⱥk"));
}

/// [`ieq`] is its definition: of the same length, each character equal or lowercasing
/// to `lower`'s; over every pair of a set of words and their capitalised forms.
#[test]
fn ieq_is_the_direct_computation() {
    let direct = |w: &str, l: &str| {
        w.len() == l.len()
            && w.chars().count() == l.chars().count()
            && w.chars()
                .zip(l.chars())
                .all(|(x, y)| x == y || x.to_lowercase().eq(std::iter::once(y)))
    };
    let text = include_str!("../../../fixtures/duc-ninh-2023.txt");
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(300)
        .map(str::to_string)
        .collect();
    words.extend(KEYWORDS.words().map(|(w, _)| w.to_string()));
    let extra = [
        "ȺȺ\u{212a}",
        "ⱥⱥk",
        "\u{212a}",
        "k",
        "K",
        "ΣΑΣ",
        "σας",
        "İx",
        "i\u{307}x",
    ];
    words.extend(extra.map(String::from));
    let mut all: Vec<String> = Vec::new();
    for w in &words {
        let mut c = w.chars();
        let cap: String = c
            .next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect());
        all.extend([w.clone(), w.to_lowercase(), w.to_uppercase(), cap]);
    }
    all.sort();
    all.dedup();
    let mut equal = 0;
    for w in &all {
        for l in &all {
            assert_eq!(ieq(w, l), direct(w, l), "{w:?} {l:?}");
            equal += usize::from(ieq(w, l) && w != l);
        }
    }
    assert!(equal > 300, "{equal}");
}

/// A word token's case bits and hash are their definitions over its characters.
#[test]
fn word_shapes_and_hashes_match_direct_computation() {
    let texts = [
        include_str!("../../../fixtures/duc-ninh-2023.txt"),
        "UBND TP.HCM, HĐND Ab aB ĐBa Đb A ǅx ǈ İstanbul ΑΣ Straße ẞ Ωmega à\u{301}b ℓa Ⅻ",
    ];
    for text in texts {
        let mut n = 0;
        for t in toks(text).iter().filter(|t| t.kind() == TokenKind::Word) {
            let w = &text[t.start()..t.end()];
            let mut cs = w.chars();
            let first = cs.next().unwrap();
            let rest: Vec<char> = cs.collect();
            assert_eq!(t.first_upper(), first.is_uppercase(), "{w:?}");
            assert_eq!(
                t.rest_upper(),
                rest.iter().any(|c| c.is_uppercase()),
                "{w:?}"
            );
            assert_eq!(
                t.rest_lower(),
                rest.iter().any(|c| !c.is_uppercase()),
                "{w:?}"
            );
            assert_eq!(t.has_upper(), w.chars().any(char::is_uppercase), "{w:?}");
            assert_eq!(t.word_hash(), hash_direct(w.chars()), "{w:?}");
            assert_eq!(t.hash_bits(), t.word_hash(), "{w:?}");
            n += 1;
        }
        assert!(n > 15);
    }
}

/// [`fold_char`] is its definition: the tokens' word characters, folded.
#[test]
fn fold_char_is_the_direct_computation() {
    let tab = crate::text::chars::table();
    for u in 0..0x3100 {
        let Some(c) = char::from_u32(u) else { continue };
        let want = (is_word_char(c) || c.is_ascii_digit()).then(|| fold_direct(c));
        assert_eq!(fold_char(tab, c), want, "U+{u:04X}");
    }
}

/// The line ends of every convention are line-end tokens; other spaces make none.
#[test]
fn line_ends() {
    let text = "a\rb\r\nc\u{2028}d\u{2029}e\u{85}f\u{a0}g\th";
    let kinds: Vec<_> = toks(text).iter().map(Token::kind).collect();
    use TokenKind::{Newline as N, Word as W};
    assert_eq!(kinds, [W, N, W, N, W, N, W, N, W, W, W, W]);
}

/// Line ends with only spaces between them make one token spanning them, up to
/// [`MAX_LEN`] bytes (a text of blank or blanked-out lines costs no token a line, issue
/// 15); a word or a mark between two line ends keeps them apart.
#[test]
fn a_run_of_line_ends_is_one_token() {
    let text = "a\n \n\r\n\u{2028}\t\nb\n.\n";
    let t = toks(text);
    let got: Vec<_> = t.iter().map(|x| (x.kind(), x.start(), x.end())).collect();
    use TokenKind::{Newline as N, Punct as P, Word as W};
    let blank = text.find('b').unwrap();
    assert_eq!(
        got,
        [
            (W, 0, 1),
            (N, 1, blank),
            (W, blank, blank + 1),
            (N, blank + 1, blank + 2),
            (P, blank + 2, blank + 3),
            (N, blank + 3, blank + 4),
        ]
    );
    // many blank lines: one token, of its first MAX_LEN bytes
    let lines = "  \n".repeat(10_000);
    let t = toks(&format!("x{lines}y"));
    assert_eq!(t.len(), 3);
    assert_eq!(
        (t[1].kind(), t[1].start(), t[1].end()),
        (TokenKind::Newline, 3, 3 + MAX_LEN)
    );
}

/// A long run of punctuation keeps its ends as tokens and folds its middle into tokens of
/// at most [`MAX_LEN`] bytes; memory stays bounded and the tokens stay ordered and
/// disjoint.
#[test]
fn punctuation_runs_keep_their_ends() {
    let run = ".,;:!?()/-\"' ".repeat(5); // 60 punctuation characters with spaces
    let text = format!("A {run}19/9 {run}\n{run}");
    let t = toks(&text);
    for w in t.windows(2) {
        assert!(w[0].end() <= w[1].start(), "{w:?}");
    }
    let punct = |from: usize| {
        t[from..]
            .iter()
            .take_while(|x| x.kind() == TokenKind::Punct)
            .count()
    };
    // "A", then the first run: 8 + 1 + 8 tokens, the middle of MAX_LEN bytes at most
    assert_eq!(punct(1), 2 * PUNCT_KEEP + 1);
    let middle = t[1 + PUNCT_KEEP];
    assert_eq!(middle.end() - middle.start(), MAX_LEN);
    assert!(t.iter().all(|x| x.end() - x.start() <= MAX_LEN));
    assert_eq!(middle.char_in(&text), text[middle.start()..].chars().next());
    // the ends are the run's own characters, one token each
    let firsts: Vec<char> = t[1..=PUNCT_KEEP]
        .iter()
        .filter_map(|x| x.char_in(&text))
        .collect();
    assert_eq!(
        firsts,
        run.chars()
            .filter(|c| *c != ' ')
            .take(PUNCT_KEEP)
            .collect::<Vec<_>>()
    );
    // a short run is untouched
    assert_eq!(toks("a .,; b").len(), 5);
    // a line end ends a run
    let nl = t
        .iter()
        .position(|x| x.kind() == TokenKind::Newline)
        .unwrap();
    assert_eq!(punct(nl + 1), 2 * PUNCT_KEEP + 1);
}

/// Dates and ratios between long punctuation runs are read as without the runs.
#[test]
fn punctuation_runs_do_not_change_facts() {
    let run = "-".repeat(40);
    let plain = "Ngày 19/9/2023, xã Đức Ninh đạt 8/19 tiêu chí.";
    let framed = format!("{run} {plain} {run}");
    let (d1, r1) = crate::extract::facts(plain, None);
    let (d2, r2) = crate::extract::facts(&framed, None);
    let shift = run.len() + 1;
    assert_eq!(d1.len(), d2.len());
    assert_eq!(r1.len(), r2.len());
    for (a, b) in d1.iter().zip(&d2) {
        assert_eq!((a.span.start + shift, &a.value), (b.span.start, &b.value));
    }
}

/// A word token's tag is the lookup of the word lowercased (`str::to_lowercase`), whether
/// the hash set rules the word out or not: the keywords in three cases, the words of an
/// article, and words whose lower case is not their folded form (Σ, İ, ǅ).
#[test]
fn token_tags_are_the_lowercased_lookup() {
    let odd = WordTags::new(
        [
            ("σας", 1),
            ("i\u{307}x", 2),
            ("ngày", 3),
            ("đến", 4),
            ("ǆa", 5),
            ("ⱥb", 6),
        ]
        .map(|(w, t)| (w.to_string(), t)),
    );
    let mut text = include_str!("../../../fixtures/duc-ninh-2023.txt").to_string();
    text.push_str(" ΣΑΣ Σας σας σασ İX İx ix NGÀY Ngày ĐẾN Đến ǅA ǄA ǆa Ⱥb ȺB ⱥb Ở Đầu ẞ");
    for (w, _) in KEYWORDS.words() {
        let mut c = w.chars();
        let cap: String = c
            .next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect());
        text.push_str(&format!(" {w} {} {cap}", w.to_uppercase()));
    }
    for tags in [&*KEYWORDS, &odd] {
        let mut t = Vec::new();
        assert!(tokenize(&text, tags, &mut t, &mut Vec::new()));
        let mut tagged = 0;
        for tok in t.iter().filter(|t| t.kind() == TokenKind::Word) {
            let w = &text[tok.start()..tok.end()];
            assert_eq!(tok.tag(), tags.get_direct(w), "{w}");
            tagged += usize::from(tok.tag() != 0);
        }
        assert!(tagged >= 12, "{tagged}");
    }
}

/// The pieces of the run `start..end` of `text`: itself when it is at most [`MAX_LEN`]
/// bytes, else pieces of at most that many, each as long as the characters allow.
fn pieces(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = start;
    while s < end {
        let mut e = (s + MAX_LEN).min(end);
        while !text.is_char_boundary(e) {
            e -= 1;
        }
        out.push((s, e));
        s = e;
    }
    out
}

/// A text's tokens and openers by the definitions, character by character: the plain
/// path every fast path of [`tokenize`] must agree with.
fn tokenize_direct(text: &str, tags: &WordTags) -> (Vec<Token>, Vec<u32>) {
    let mut raw: Vec<Token> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let run_end = |chars: &mut std::iter::Peekable<std::str::CharIndices>,
                       f: fn(char) -> bool| {
            while chars.next_if(|&(_, c)| f(c)).is_some() {}
            chars.peek().map_or(text.len(), |&(j, _)| j)
        };
        if c.is_ascii_digit() {
            let end = run_end(&mut chars, |c| c.is_ascii_digit());
            for (s, e) in pieces(text, i, end) {
                // a piece of a longer run has no value kept
                let value = match text[s..e].parse() {
                    Ok(v) if end - i <= MAX_LEN => v,
                    _ => NUM_BIG,
                };
                raw.push(Token::new(s, e, TokenKind::Num, value));
            }
        } else if is_word_char(c) {
            let end = run_end(&mut chars, is_word_char);
            for (s, e) in pieces(text, i, end) {
                let w = &text[s..e];
                let first = w.chars().next().unwrap();
                let rest: Vec<char> = w.chars().skip(1).collect();
                let bit = |b: bool, v: u32| if b { v } else { 0 };
                let tag = if end - i <= MAX_LEN {
                    tags.get_direct(w)
                } else {
                    0
                };
                let bits = u32::from(tag) << TAG_SHIFT
                    | bit(first.is_uppercase(), FIRST_UPPER)
                    | bit(rest.iter().any(|c| c.is_uppercase()), REST_UPPER)
                    | bit(rest.iter().any(|c| !c.is_uppercase()), REST_LOWER)
                    | hash_direct(w.chars()) << HASH_SHIFT;
                raw.push(Token::new(s, e, TokenKind::Word, bits));
            }
        } else if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            let end = i + c.len_utf8();
            match raw.last_mut() {
                Some(t) if t.kind() == TokenKind::Newline => t.set_end(end),
                _ => raw.push(Token::new(i, end, TokenKind::Newline, 0)),
            }
        } else if !(c.is_whitespace() && c != '\u{b}') {
            raw.push(Token::new(i, i + c.len_utf8(), TokenKind::Punct, 0));
        }
    }
    // a run of more than 2 * PUNCT_KEEP punctuation tokens keeps its ends, its middle
    // one token (of MAX_LEN bytes at most)
    let mut tokens: Vec<Token> = Vec::new();
    let mut k = 0;
    while k < raw.len() {
        let n = raw[k..]
            .iter()
            .take_while(|t| t.kind() == TokenKind::Punct)
            .count();
        if n > 2 * PUNCT_KEEP {
            tokens.extend_from_slice(&raw[k..k + PUNCT_KEEP]);
            let mut middle = raw[k + PUNCT_KEEP];
            let last = raw[k + n - PUNCT_KEEP - 1].end();
            if last - middle.start() <= MAX_LEN {
                middle.set_end(last);
            } else {
                middle.set_end(middle.start() + MAX_LEN);
            }
            tokens.push(middle);
            tokens.extend_from_slice(&raw[k + n - PUNCT_KEEP..k + n]);
        } else {
            tokens.extend_from_slice(&raw[k..k + n.max(1)]);
        }
        k += n.max(1);
    }
    let openers = (0..tokens.len() as u32)
        .filter(|&i| {
            let t = &tokens[i as usize];
            t.kind() == TokenKind::Num || t.tag() != 0
        })
        .collect();
    (tokens, openers)
}

/// [`tokenize`] gives the tokens of [`tokenize_direct`]: on Vietnamese (NFC, and the
/// decomposed leftovers of NFD), mixed scripts, punctuation runs, digits, emoji, the
/// keywords in every case at every distance from the text's end, and every BMP
/// character in and between words.
#[test]
fn tokens_are_the_direct_computation() {
    let odd = WordTags::new(
        [
            ("σας", 1),
            ("i\u{307}x", 2),
            ("ngày", 3),
            ("đến", 4),
            ("ǆa", 5),
            ("ab", 6),
        ]
        .map(|(w, t)| (w.to_string(), t)),
    );
    let mut texts: Vec<String> = [
        include_str!("../../../fixtures/duc-ninh-2023.txt"),
        "Ngày 19/9/2023, UBND TP.HCM họp; NGÀY, ngày, Ngày nGÀY ĐẾN Đến đến đẾN năm 2024",
        "Nga\u{300}y thu\u{309} ddô\u{301}ng Đa\u{300} Nă\u{303}ng \u{301}a a\u{301}\u{323}",
        "ΣΑΣ Σας σας İX İx ǅA ǄA ǆa Москва 北京市 مرحبا עברית ﬁ ẞ Straße ℓa Ⅻ ⓐ",
        "😀 a😀b 👍🏽 ab👍 𝔸bc x\u{200d}y e\u{fe0f} \u{feff}ab a\u{a0}b a\u{2003}b a\u{85}b",
        "…!!!???.... -- — –– «» “ab” ‘x’ \u{b}\u{c}\t \r\n\r\n \u{2028}\u{2029}x",
        "0 1 12 123456789 1234567890 99999999999999999999 3,14 1.000.000 19h30 H5N1 a1b2",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let punct = ".,;:!?()/-\"' ".repeat(7);
    texts.push(format!("a {punct} b{punct}\n{punct}1{punct}"));
    texts.push(format!("{}x{}", "-".repeat(17), ".".repeat(16)));
    for (w, _) in KEYWORDS.words() {
        let upper = w.to_uppercase();
        let mut c = w.chars();
        let cap: String = c
            .next()
            .map_or(String::new(), |f| f.to_uppercase().chain(c).collect());
        // every distance from the end, so a word's bytes are read near it
        for end in ["", "a", ".", " ", "ab", "abcdefgh", "ạ"] {
            texts.push(format!("{w}{end}"));
            texts.push(format!(" {upper}{end}"));
            texts.push(format!("x {cap}{end}"));
        }
    }
    for u in 0..0x1_0000 {
        let Some(c) = char::from_u32(u) else { continue };
        texts.push(format!("{c}a{c}Ab {c}{c}1{c} ngày{c}Năm {c}"));
    }
    for tags in [&*KEYWORDS, &odd] {
        for text in &texts {
            let (mut t, mut openers) = (Vec::new(), Vec::new());
            assert!(tokenize(text, tags, &mut t, &mut openers));
            assert_eq!((t, openers), tokenize_direct(text, tags), "{text:?}");
        }
    }
}
