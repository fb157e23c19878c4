//! The fast paths of the gazetteer against the direct computation.

use super::*;

/// [`fold_key`] by the definition: every word's lowercase NFD read directly, with no
/// table.
fn fold_key_direct(name: &str) -> String {
    fold_words(name, push_word_direct)
}

/// [`Gazetteer::may_open`] says yes to the first two words of every key (the direct
/// computation), and no to two words that open none.
#[test]
fn may_open_is_the_direct_computation() {
    let g = gazetteer();
    let mut opened = 0;
    for key in g.by_key.keys() {
        if let Some(pair) = first_two_words(key) {
            assert!(g.may_open(pair), "{key:?}");
            assert_eq!(fold_key(pair), pair);
            opened += 1;
        }
    }
    assert!(opened > 1000, "{opened}");
    assert_eq!(first_two_words("duc ninh"), Some("duc ninh"));
    assert_eq!(first_two_words("ba ria vung tau"), Some("ba ria"));
    assert_eq!(first_two_words("ninh"), None);
    assert!(g.may_open(&fold_key("Đức Ninh")));
    assert!(g.may_open(&fold_key("bà rịa")));
    for pair in ["hội chủ", "hội nghị", "ủy ban", "đang tìm"] {
        assert!(!g.may_open(&fold_key(pair)), "{pair}");
    }
}

/// The keys of the gazetteer's names folded word by word with a memo are their
/// [`fold_key`]s.
#[test]
fn memo_fold_is_fold_key() {
    let mut memo = FastHashMap::default();
    let mut names: Vec<&str> = UNITS_TSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(3))
        .collect();
    names.extend([
        "Đắk G'Long",
        "Bà Rịa - Vũng Tàu",
        "  Quy  Nhơn ",
        "Krông Pắk",
        "",
    ]);
    assert!(names.len() > 10_000);
    for name in names {
        assert_eq!(fold_key_memo(name, &mut memo), fold_key(name), "{name:?}");
    }
}

#[test]
fn table_fold_is_the_direct_fold() {
    for u in (0..0x2100).chain(0x1E00..0x1F00) {
        let Some(c) = char::from_u32(u) else {
            continue;
        };
        for s in [
            format!("{c}"),
            format!("a{c}"),
            format!("Hò{c}a"),
            format!("{c}\u{301}y"),
            format!("qu{c}y"),
            format!("Đắ{c}k"),
        ] {
            assert_eq!(fold_key(&s), fold_key_direct(&s), "{s:?}");
        }
    }
    for line in UNITS_TSV.lines() {
        assert_eq!(fold_key(line), fold_key_direct(line), "{line:?}");
    }
}
