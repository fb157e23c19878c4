//! The fast paths of place reading against the direct computation, and the rules of the
//! place word lists.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, MatchKind};

use super::lexicon::{LEX, LISTS, i_for_y};
use super::matcher::Matcher;
use super::words::{MAX_NAME_WORDS, NameKeys, is_word_char, name_words};
use crate::extract::gazetteer::fold_key;
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
