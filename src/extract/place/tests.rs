//! The fast paths of place reading against the direct computation, and the rules of the
//! place word lists.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, MatchKind};

use super::lexicon::{LEX, LISTS};
use super::matcher::Matcher;
use super::words::{MAX_NAME_WORDS, NameKeys, char_at, char_before, is_word_char, name_words};
use crate::extract::gazetteer::fold_key;
use crate::normalize::i_for_y;
use crate::text::lexicon::{PLACE_BLOCKERS, parse_columns};

#[test]
fn word_char_table_is_is_alphanumeric() {
    for u in 0..0x3_0000 {
        if let Some(c) = char::from_u32(u) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}

/// [`NameKeys`] gives the key [`fold_key`] gives each prefix of a name.
#[test]
fn name_keys_are_prefix_keys() {
    let fixture = include_str!("../../../fixtures/duc-ninh-2023.txt");
    let extra = "xã Đắk G'Long - Bà Rịa-Vũng Tàu, Mỹ Đình 1, Quy Nhơn, xã đức ninh hàm yên";
    let mut ends = [0; MAX_NAME_WORDS];
    let mut checked = 0;
    for text in [fixture, extra] {
        for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for lower in [false, true] {
                let n = name_words(text, at, lower, &mut ends);
                let keys = NameKeys::new(text, at, &ends, n);
                for k in 1..=n {
                    assert_eq!(
                        keys.key(text, at, &ends, k),
                        fold_key(&text[at..ends[k - 1]]),
                        "{:?}",
                        &text[at..ends[k - 1]]
                    );
                    checked += usize::from(keys.full.is_some());
                }
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

/// The automaton the places' search asks at every word start is small: the whole
/// gazetteer's DFA took 6.6 MB, 40% of the memory every text pays for before its own
/// (issue 15); its NFA is under 1 MB.
#[test]
fn anchored_matcher_is_small() {
    let m = LEX.ac.as_ref().unwrap();
    assert!(m.anchored_memory() < 1 << 20, "{}", m.anchored_memory());
}

/// [`Matcher::find_iter`] yields what `AhoCorasick::find_iter` yields.
#[test]
fn matcher_is_aho_corasick() {
    let patterns: Vec<String> = [
        "xã",
        "xã Đức",
        "Đức Ninh",
        "huyện",
        "Hà Nội",
        "Nội",
        "a",
        "TP.",
        "TP",
        "ninh",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    let ours = Matcher::new(&patterns).unwrap();
    let theirs = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&patterns)
        .unwrap();
    let fixture = include_str!("../../../fixtures/duc-ninh-2023.txt");
    for text in [
        fixture,
        "",
        "a",
        "xã Đức Ninh, huyện Hàm Yên; TP.Hà Nội và TP Nội Bài, xã Đứcx Ninhninh",
        "Hà Nộ Hà Nội Nội Hà Nội",
    ] {
        let got: Vec<_> = ours.find_iter(text.as_bytes()).collect();
        let want: Vec<_> = theirs
            .find_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect();
        assert_eq!(got, want, "{text:?}");
        assert_eq!(ours.find_all(text.as_bytes()), want, "{text:?}");
    }
    // The search in two halves, cut at every line end: matches pending at the cut, at
    // either half's end, and halves with none.
    let line = "xã Đức Ninh\nHà Nội\n\nTP.\nxã Đứcx Ninhninh TP\nHà Nộ\nNội";
    for pad in 0..line.len() {
        let text = format!("{}{line}{}", "Hà ".repeat(pad % 7), "\nxã".repeat(pad % 3));
        for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
            let hay = &text.as_bytes()[..cut];
            let want: Vec<_> = theirs
                .find_iter(hay)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(ours.find_all(hay), want, "{:?}", &text[..cut]);
        }
    }
    // Matches and dead ends at every offset of the matcher's eight-byte rounds.
    for pad in 0..17 {
        let text = format!("{}Hà Nộ xã Đức Ninh TP.a Hà Nội", "x".repeat(pad));
        for cut in 0..=text.len() {
            let hay = &text.as_bytes()[..cut];
            let got: Vec<_> = ours.find_iter(hay).collect();
            let want: Vec<_> = theirs
                .find_iter(hay)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(got, want, "{text:?} cut at {cut}");
        }
    }
    // The place lexicon itself, over the reference article.
    let lex = &*LEX;
    let theirs = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(&lex.patterns)
        .unwrap();
    let got: Vec<_> = lex
        .ac
        .as_ref()
        .unwrap()
        .find_iter(fixture.as_bytes())
        .collect();
    let want: Vec<_> = theirs
        .find_iter(fixture)
        .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
        .collect();
    assert!(got.len() > 10);
    assert_eq!(got, want);
    assert_eq!(lex.ac.as_ref().unwrap().find_all(fixture.as_bytes()), want);
}

/// The rules of the place lists beyond the shared hygiene test (`text::lexicon`): each
/// line has its list's column count; every column is in the old tone style, from which
/// `Lex::build` adds the new-style spellings; the first column is unique (in
/// `place_blockers.txt`, the word with its role).
#[test]
fn place_lists_keep_their_rules() {
    for (list, columns) in LISTS {
        let file = list.file;
        let entries = parse_columns(file, list.text, columns).unwrap_or_else(|e| {
            panic!("src/lexicon/{e}\nhelp: every line of {file} has {columns} columns")
        });
        let mut seen = HashSet::new();
        for e in entries {
            for c in &e.columns {
                let old = crate::normalize(c).text;
                assert_eq!(
                    old, *c,
                    "{file}:{} {c:?} is not in the old tone style",
                    e.line
                );
            }
            let key = (e.key(), e.column(1).filter(|_| list == PLACE_BLOCKERS));
            assert!(
                seen.insert(key),
                "{file}:{} duplicate {:?}",
                e.line,
                e.key()
            );
        }
    }
}

/// The `i` spelling of the patterns follows the syllable model's rule, in either case.
#[test]
fn i_for_y_spellings() {
    for (written, variant) in [
        ("Quy Nhơn", "Qui Nhơn"),
        ("Hoa Kỳ", "Hoa Kì"),
        ("MỸ THO", "MĨ THO"),
        ("Thủy Nguyễn", "Thủy Nguyễn"),
        ("Ý yên", "Ý yên"),
        ("đỵ Tuy", "đị Tuy"),
    ] {
        assert_eq!(i_for_y(written), variant, "{written:?}");
    }
}

/// What reading keeps of a match at `s..e` of `text` whose pattern is `p`: it starts a
/// word, and does not end inside one after a letter.
fn kept(text: &str, p: &str, s: usize, e: usize) -> bool {
    let starts = !char_before(text, s).is_some_and(is_word_char);
    let ends_inside = p.chars().last().is_some_and(char::is_alphabetic)
        && char_at(text, e).is_some_and(is_word_char);
    starts && !ends_inside
}

/// Texts where a match from inside a word runs over a word start ("xTP.HCM"), where a
/// word start follows a combining mark, a digit or a quotation mark, and random strings of
/// such pieces.
fn word_start_texts() -> Vec<String> {
    let mut texts: Vec<String> = [
        include_str!("../../../fixtures/duc-ninh-2023.txt"),
        "xTP.HCM và aTP.Hồ Chí Minh, ATP HCM; kThừa Thiên - Huế, Thừa Thiên-Huế",
        "xBà Rịa - Vũng Tàu “Hà Nội” 1TP.HCM TPHCM TP.HCMx HàNội Hà Nộix",
        "Hà Nội\u{301}Hà Nội xã\u{300}Đức Ninh, huyện Hàm Yên",
        "Tỉnh ủy Thanh Hóa, Q.1, Q. Ba Đình, TP. Vinh, các xã Đức Ninh, Thái Bình Dương",
        // a pattern's start ("đồng bằng sông Hồng") before a shorter one it ends in ("sông")
        "vùng đồng bằng sông Hằng và đồng bằng sông Hồng, miền núi Quảng Nam",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    let pieces = [
        "TP", ".", "HCM", " ", "-", "Thừa", "Thiên", "Huế", "x", "Hà", "Nội", "1", "“", "xã",
        "Đức", "Ninh", "Bà", "Rịa", "Vũng", "Tàu", "huyện", "Q.", "ủy", "Tỉnh", "Hồ", "Chí",
        "Minh", " - ", "’", "Dương", "Thái", "Bình", "a", "\u{301}",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for n in 0..3000 {
        let mut t = String::new();
        for _ in 0..(4 + n % 17) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // the combining mark rarely, so most texts take the fast path
            let k = (seed % pieces.len() as u64) as usize;
            if k + 1 < pieces.len() || n % 50 == 0 {
                t.push_str(pieces[k]);
            }
        }
        texts.push(t);
    }
    texts
}

/// The search at word starts keeps the plain search's matches that reading keeps, and
/// reading a document finds what reading its text finds.
#[test]
fn word_start_search_is_plain_search() {
    let lex = &*LEX;
    let ac = lex.ac.as_ref().unwrap();
    let mut fast = 0;
    for text in word_start_texts() {
        let doc = crate::extract::doc(&text);
        let keep = |&(p, s, e): &(usize, usize, usize)| kept(&text, &lex.patterns[p], s, e);
        let want: Vec<_> = ac.find_iter(text.as_bytes()).filter(keep).collect();
        let got: Vec<_> = ac
            .find_iter_words(&text, &doc.tokens)
            .filter(keep)
            .collect();
        assert_eq!(got, want, "{text:?}");
        fast += usize::from(!text.contains('\u{301}'));
        let (found, whats, hints) = super::read::read(&text);
        let (found_doc, whats_doc, hints_doc) = super::read::read_tokens(&text, &doc.tokens);
        assert_eq!(found_doc, found, "{text:?}");
        assert_eq!(whats_doc.list, whats.list, "{text:?}");
        assert_eq!(hints_doc.district_types, hints.district_types, "{text:?}");
        assert_eq!(hints_doc.has_districts, hints.has_districts, "{text:?}");
    }
    assert!(fast > 2000);
}

/// Every unit word says what may follow it and its case in words the reader knows.
#[test]
fn unit_words_use_known_values() {
    use crate::text::lexicon::PLACE_UNITS;
    let rows = parse_columns(PLACE_UNITS.file, PLACE_UNITS.text, 4).expect("place_units.txt");
    for e in &rows {
        let follow = e.column(2).unwrap_or("");
        assert!(
            ["name", "number", "both", "tied", "known"].contains(&follow),
            "place_units.txt: {:?} follow {follow:?}",
            e.key()
        );
        let case = e.column(3).unwrap_or("");
        assert!(
            ["any", "lower"].contains(&case),
            "{:?} case {case:?}",
            e.key()
        );
    }
    let tied: Vec<_> = LEX
        .units
        .iter()
        .filter(|u| u.tied)
        .map(|u| u.unit)
        .collect();
    assert_eq!(tied, ["tổ", "khu", "tiểu khu"]);
    assert!(
        LEX.units
            .iter()
            .any(|u| u.unit == "thị trấn" && u.known_only && !u.dotted)
    );
}

/// A mention is a small record (issue 15: an article may name a place every 14 bytes);
/// what it names is kept once for all the mentions that share it.
#[test]
fn mentions_are_small_and_share_what_they_name() {
    assert!(std::mem::size_of::<super::Mention>() <= 20);
    let text = "Hà Nội, Hà Nội và Hà Nội; huyện Gia Lâm, Gia Lâm.".repeat(50);
    let m = super::mentions(&text, None);
    assert_eq!(m.list.len(), 250);
    assert!(m.whats.len() <= 3, "{:?}", m.whats);
    let places = super::places(&text, None);
    assert_eq!(places.len(), 2);
    assert_eq!(places[0].mentions.len(), 150);
    assert_eq!(places[1].mentions.len(), 100);
}

/// The clause before a position starts after the last punctuation mark of the 80 bytes
/// before it, told by bytes: “ and ” are marks, a letter that shares their last byte
/// ("ờ", E1 BB 9D) is not, and a window cut inside a char starts after it.
#[test]
fn clause_before_reads_marks_by_bytes() {
    use super::read::clause_before;
    let by_chars = |text: &str, s: usize| -> usize {
        let mut from = s.saturating_sub(80);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        text[from..s]
            .char_indices()
            .rev()
            .find(|&(_, c)| ",.;:()\"“”\n".contains(c))
            .map_or(from, |(i, c)| from + i + c.len_utf8())
    };
    let texts = [
        "Ông nói “Hà Nội” và chờ Hà Nội",
        "Người dân (xã Đức Ninh) chờ đợi ở Hà Nội",
        "ờ ờ ờ Hà Nội; “ờ” Hà Nội\nHà Nội: “Nam Định",
        &"ờ".repeat(40),
        &format!("{}“Hà Nội", "Nguyễn ".repeat(12)),
    ];
    for text in texts {
        for s in (0..=text.len()).filter(|&s| text.is_char_boundary(s)) {
            let got = clause_before(text, s);
            assert_eq!(s - got.len(), by_chars(text, s), "{text:?} at {s}");
        }
    }
    assert_eq!(clause_before("chờ Hà", "chờ Hà".len()), "chờ Hà");
    assert_eq!(clause_before("nói “Hà", "nói “Hà".len()), "Hà");
}
