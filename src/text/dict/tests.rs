use super::*;
use crate::text::lexicon;
use aho_corasick::{Anchored, MatchKind, StartKind};

/// A test tag: which of the sources below an entry is in.
type Bits = u8;

const SOURCES: [Source<Bits>; 4] = [
    (lexicon::OFFICIAL_TITLES, |_, t| *t |= 1),
    (lexicon::ORG_HEADS, |_, t| *t |= 2),
    (lexicon::OFFICIAL_RANKS, |_, t| *t |= 4),
    (lexicon::ORG_ABBREVIATIONS, |_, t| *t |= 8),
];

fn keys() -> Vec<String> {
    SOURCES
        .iter()
        .flat_map(|(l, _)| l.entries())
        .map(|e| fold_phrase(e.key()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// [`fold_phrase`] by its definition: the words of the [`fold_into`] copy, each with a
/// space on either side.
fn fold_phrase_direct(s: &str) -> String {
    let mut out = String::from(" ");
    let mut buf = String::new();
    fold_into(s, &mut buf);
    for w in buf.split(' ').filter(|w| !w.is_empty()) {
        out.push_str(w);
        out.push(' ');
    }
    out
}

#[test]
fn phrase_fold_is_the_direct_one() {
    for l in lexicon::ALL {
        for e in l.entries() {
            for c in &e.columns {
                assert_eq!(fold_phrase(c), fold_phrase_direct(c), "{c:?}");
            }
        }
    }
    for s in [
        "",
        " ",
        "-",
        "a",
        " a ",
        "Phó  Bí-thư",
        "PGS.TS.",
        "Ǆ,  đức--",
        "1.2",
    ] {
        assert_eq!(fold_phrase(s), fold_phrase_direct(s), "{s:?}");
    }
}

#[test]
fn phrases_fold_to_keys() {
    assert_eq!(fold_phrase("Phó  Bí-thư"), " phó bí thư ");
    assert_eq!(fold_phrase("PGS.TS."), " pgs ts ");
    let mut s = String::new();
    fold_into("ĐẠI HỘI, Ǆ", &mut s);
    assert_eq!(s, "đại hội  ǆ");
    assert_eq!(folded("Ab"), b" ab ");
}

#[test]
fn longest_entry_wins_and_tags_merge() {
    let d = Dict::new(&SOURCES);
    let text = "Phó Bí thư Thường trực Huyện ủy";
    let buf = folded(text);
    let m = d.longest_at(&buf, 0).unwrap();
    assert_eq!(&text[..m.end], "Phó Bí thư Thường trực");
    assert_eq!(*m.tags, 1);
    let at = text.find("Huyện").unwrap();
    assert_eq!(*d.longest_at(&buf, at).unwrap().tags, 2);
    let m = d.longest_at(&folded("PGS.TS. A"), 0).unwrap();
    assert!(m.period && m.end == "PGS.TS".len());
}

/// [`find_anchored`] and the first-word filter agree with `aho_corasick`'s own
/// anchored search over the same keys, at every byte of a real article.
#[test]
fn lookup_matches_aho_corasick() {
    let d = Dict::new(&SOURCES);
    let keys = keys();
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(&keys)
        .unwrap();
    let fixture = include_str!("../../../fixtures/duc-ninh-2023.txt");
    let text = format!("{fixture} Phó Bí thư Thường trực; PGS.TS. Chủ tịch");
    let buf = folded(&text);
    let mut found = 0;
    for start in 0..buf.len() {
        let input = aho_corasick::Input::new(&buf)
            .range(start..)
            .anchored(Anchored::Yes);
        let want = ac
            .find(input)
            .map(|m| (keys[m.pattern()].clone(), m.end() - 2));
        let got = d.longest_at(&buf, start).map(|m| {
            let key = std::str::from_utf8(&buf[start..m.end + 2]).unwrap();
            (key.to_string(), m.end)
        });
        assert_eq!(got, want, "at byte {start}");
        if let Some((key, _)) = got {
            let first = key.split(' ').find(|w| !w.is_empty()).unwrap();
            assert!(d.may_start(word_hash(first.as_bytes())), "{first:?}");
            found += 1;
        }
    }
    assert!(found > 20, "{found} matches");
}

/// [`Dict::longest_at_word`] agrees with [`Dict::longest_at`] at every word of texts
/// (words as the folded copy has them: runs of bytes other than spaces), at a word
/// too long for a head, and at words near the end of the text.
#[test]
fn word_lookup_is_the_walk() {
    let d = Dict::new(&SOURCES);
    let fixture = include_str!("../../../fixtures/duc-ninh-2023.txt");
    let long = "Phó Bí thư Thường trực; PGS.TS. Chủ tịch nghiêngg Huyện ủy huyệnủy";
    let mut texts = vec![fixture.to_string(), long.to_string()];
    for k in 0..long.len() {
        if long.is_char_boundary(k) {
            texts.push(long[k..].to_string());
            texts.push(long[..k].to_string());
        }
    }
    let mut heads = 0;
    for text in &texts {
        let buf = folded(text);
        for (s, e) in folded_words(&buf) {
            let (start, end) = (s - 1, e - 1);
            let hash = word_hash(&buf[s..e]);
            let got = d.longest_at_word(&buf, start, end, hash);
            let want = d.longest_at(&buf, start);
            let key = |m: Option<Match<'_, Bits>>| m.map(|m| (m.end, *m.tags, m.period));
            let want = key(want);
            heads += usize::from(want.is_some());
            assert_eq!(key(got), want, "{:?} in {text:?}", &text[start..end]);
        }
    }
    assert!(heads > 100, "{heads} matches");
}

/// The words of a folded copy (`folded`, which ends with a space): where each run of
/// bytes other than spaces starts and ends.
fn folded_words(buf: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    // (a spaced dash's bytes, [`joints::DASH`] and [`joints::SKIP`], are no word's)
    let other = |b: u8| !matches!(b, b' ' | joints::DASH | joints::SKIP);
    let mut s = 0;
    std::iter::from_fn(move || {
        s += buf.get(s..)?.iter().position(|&b| other(b))?;
        let e = s + buf[s..].iter().position(|&b| b == b' ')?;
        let word = (s, e);
        s = e;
        Some(word)
    })
}

/// Texts for the look-ups read from the text itself: a real article, capitals of
/// every kind, multi-byte separators and apostrophes, and every cut of a hard line.
fn hard_texts() -> Vec<String> {
    let fixture = include_str!("../../../fixtures/duc-ninh-2023.txt");
    let long = "Phó Bí thư Thường trực; PGS.TS. CHỦ TỊCH nghiêngg Huyện ủy huyệnủy \
                “Ông” H’Hen Đắk G'Long – ĐẠI HỘI\u{a0}Ủy ban ǅ Σ İ ẞ x\u{300}Ầ 12A3 \
                Bộ NN – PTNT, Sở LĐ - TB&XH; Bộ VH — TT – DL, GD -ĐT - NN- PTNT -";
    let mut texts = vec![fixture.to_string(), long.to_string()];
    for k in 0..long.len() {
        if long.is_char_boundary(k) {
            texts.push(long[k..].to_string());
            texts.push(long[..k].to_string());
        }
    }
    texts
}

/// [`Dict::longest_in`], which folds the text as it reads it, finds what
/// [`Dict::longest_at`] finds on the folded copy, from every byte of the copy.
#[test]
fn lookup_in_text_is_lookup_in_copy() {
    let d = Dict::new(&SOURCES);
    let key = |m: Option<Match<'_, Bits>>| m.map(|m| (m.end, *m.tags, m.period, m.entry));
    let mut found = 0;
    for text in hard_texts() {
        let buf = folded(&text);
        for start in 0..buf.len() {
            let want = key(d.longest_at(&buf, start));
            found += usize::from(want.is_some());
            assert_eq!(
                key(d.longest_in(&text, start)),
                want,
                "at {start} of {text:?}"
            );
        }
    }
    assert!(found > 1000, "{found} matches");
}

/// [`Dict::longest_in_at_word`] finds what [`Dict::longest_at_word`] finds on the
/// folded copy at every word (a run of word chars) of the texts, whether its folded
/// bytes are its own or not; and [`text_word_hash`] is [`word_hash`] of the copy.
#[test]
fn word_lookup_in_text_is_lookup_in_copy() {
    let d = Dict::new(&SOURCES);
    let tab = crate::text::chars::table();
    let key = |m: Option<Match<'_, Bits>>| m.map(|m| (m.end, *m.tags, m.period, m.entry));
    let mut found = 0;
    for text in hard_texts() {
        let buf = folded(&text);
        for (s, e) in folded_words(&buf) {
            let (start, end) = (s - 1, e - 1);
            let word = &text[start..end];
            let hash = word_hash(&buf[s..e]);
            assert_eq!(text_word_hash(word), hash, "{word:?}");
            let as_written = word.chars().all(|c| fold_char(tab, c) == Some(c));
            let want = key(d.longest_at_word(&buf, start, end, hash));
            found += usize::from(want.is_some());
            for own in [as_written, false] {
                let got = key(d.longest_in_at_word(&text, start, end, hash, own));
                assert_eq!(got, want, "{word:?} in {text:?}");
            }
        }
    }
    assert!(found > 500, "{found} matches");
    assert_eq!(text_word_hash("H’Hen"), word_hash("h   hen".as_bytes()));
}

/// The officials' dictionary is built with its automaton: a trie numbers its rows in 16
/// bits and is not built past 65,536 states (the dictionary then matches nothing, which
/// every officials test would show only indirectly); this says so by name, with the
/// headroom left.
#[test]
fn the_officials_dictionary_has_its_automaton() {
    let vocab = &*crate::extract::official::vocab::VOCAB;
    let (trie, _) = vocab.ac.as_ref().expect("the officials' dictionary's trie");
    let states = trie.states();
    assert!(
        states < 1 << 15,
        "{states} states: half the 16-bit row numbers"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
    /// [`Dict::longest_in_at_word`], which tells from the next word's first char
    /// (its folded first byte) whether to walk on, finds what [`Dict::longest_at_word`]
    /// finds on the folded copy, on texts of the dictionary's own words (so that entries
    /// begin and go on), each written in lower case, upper case, capitalised or with its
    /// first char alone in lower case, joined by separators of one byte or several and by
    /// spaced dashes.
    #[test]
    fn word_lookup_in_text_is_lookup_in_copy_on_entries(
        picks in proptest::collection::vec((0usize..4096, 0usize..4, 0usize..9), 1..12),
    ) {
        let d = Dict::new(&SOURCES);
        let words: Vec<String> = keys()
            .iter()
            .flat_map(|k| k.split(' ').filter(|w| !w.is_empty()).map(String::from))
            .collect();
        let seps = [" ", " ", ", ", "-", "\u{a0}", " “", " – ", " - ", " — "];
        let mut text = String::new();
        for &(w, case, sep) in &picks {
            let w = &words[w % words.len()];
            match case {
                0 => text.push_str(w),
                1 => text.push_str(&w.to_uppercase()),
                2 => {
                    let mut cs = w.chars();
                    text.extend(cs.next().into_iter().flat_map(char::to_uppercase));
                    text.extend(cs);
                }
                _ => {
                    let mut cs = w.chars();
                    text.extend(cs.next());
                    text.push_str(&cs.as_str().to_uppercase());
                }
            }
            text.push_str(seps[sep]);
        }
        let tab = crate::text::chars::table();
        let key = |m: Option<Match<'_, Bits>>| m.map(|m| (m.end, *m.tags, m.period, m.entry));
        let buf = folded(&text);
        for (s, e) in folded_words(&buf) {
            let (start, end) = (s - 1, e - 1);
            let word = &text[start..end];
            let hash = word_hash(&buf[s..e]);
            let as_written = word.chars().all(|c| fold_char(tab, c) == Some(c));
            let want = key(d.longest_at_word(&buf, start, end, hash));
            proptest::prop_assert_eq!(
                key(d.longest_in_at_word(&text, start, end, hash, as_written)),
                want,
                "{:?} in {:?}",
                word,
                text
            );
        }
    }
}

/// An abbreviation's joint written as a spaced dash matches as the unspaced one does
/// (issue 12), in the text and on the folded copy, by the walk and by the word lookup;
/// a dash spaced on one side only, or a spaced dash inside a phrase that is no
/// abbreviation's joint, does not.
#[test]
fn spaced_dash_joins_an_abbreviation() {
    let d = Dict::new(&SOURCES);
    let at_word = |text: &str, word: &str| {
        let start = text.find(word).unwrap();
        let end = start + word.len();
        let buf = folded(text);
        let hash = word_hash(&buf[start + 1..end + 1]);
        let copy = d
            .longest_at(&buf, start)
            .map(|m| text[start..m.end].to_string());
        let by_word = d.longest_at_word(&buf, start, end, hash).map(|m| m.end);
        let in_text = d.longest_in(text, start).map(|m| m.end);
        let in_word = d.longest_in_at_word(text, start, end, hash, false);
        assert_eq!(copy.as_ref().map(|m| start + m.len()), in_text, "{text}");
        assert_eq!(by_word, in_text, "{text}");
        assert_eq!(in_word.map(|m| m.end), in_text, "{text}");
        copy
    };
    for (text, want) in [
        ("Bộ NN-PTNT tỉnh", "NN-PTNT"),
        ("Bộ NN – PTNT tỉnh", "NN – PTNT"),
        ("Bộ NN - PTNT tỉnh", "NN - PTNT"),
        ("Bộ NN — PTNT tỉnh", "NN — PTNT"),
        ("Sở LĐ – TB&XH Hà Tĩnh", "LĐ – TB&XH"),
        ("Sở LĐ-TB – XH Hà Tĩnh", "LĐ-TB – XH"),
        ("Sở GD - ĐT Nam Định", "GD - ĐT"),
        ("Bộ VH - TT&DL", "VH - TT&DL"),
    ] {
        let word = want.split(['-', '–', '—', ' ']).next().unwrap();
        assert_eq!(at_word(text, word).as_deref(), Some(want), "{text}");
        assert!(d.longest_in(text, text.find(word).unwrap()).unwrap().tags & 8 != 0);
    }
    // spaced on one side, two dashes, or no abbreviation joint: the dash ends the match
    for (text, word) in [
        ("Bộ NN –PTNT", "NN"),
        ("Bộ NN– PTNT", "NN"),
        ("Bộ NN – – PTNT", "NN"),
        ("Phó Bí – thư", "Phó"),
        ("Bí thư – Chủ tịch", "Bí"),
    ] {
        let got = at_word(text, word);
        assert!(
            got.as_deref().is_none_or(|m| !m.contains(['–', '-'])),
            "{text}: {got:?}"
        );
    }
}
