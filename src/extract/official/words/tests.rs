use super::*;
use crate::text::dict::{HashBits, WordHasher, folded};

/// A word character, by its definition (`text::tokens::fold_char`): a letter (alphabetic
/// or a combining diacritic U+0300..=U+036F) or an ASCII digit.
fn word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c) || c.is_ascii_digit()
}

/// The words of `text` and its folded copy, read from its document's tokens.
fn scan(text: &str) -> (Vec<Word>, Vec<u8>) {
    let (words, buf, after_sep) = from_tokens::read(text, &crate::extract::doc(text).tokens);
    let direct: Vec<u32> = (0..words.len())
        .filter(|&i| matches!(words[i].gap(), Gap::Comma | Gap::Dash | Gap::Other))
        .map(|i| i as u32)
        .collect();
    assert_eq!(after_sep, direct, "{text:?}");
    (words, buf)
}

/// The texts the fast paths are checked on: a real article and hard cases.
const TEXTS: [&str; 12] = [
    include_str!("../../../../fixtures/duc-ninh-2023.txt"),
    "H'Hen Niê, Đắk G’Long; ĐẠI HỘI Ủy ban 12a3 Ǆemal ΑΣ Straße İstanbul",
    "",
    "a",
    "’x' y’z '",
    "UBND TP.HCM, HĐND\tx…y – (Ab) cD 3A a3 A3 ĐB ĐBa Đb Ab'C A'b a'B 1'a",
    "x\u{a0}y\u{2028}z “Ông” ạỆ Ơƀ ǅ ǈx\r\ny",
    "Ông A .,;:!?()/-\"' .,;:!?()/-\"' .,;:!?()/-\"' .,;:!?()/-\"' B’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’C “””””””””””””””””””””” D",
    "x ---------------------------------------------------------------------- y ....................... z ,,,,,,,,,,,,,,,,,,,,;,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,, w",
    "m² ½ ℓa Ⅻ à\u{301}b x\u{300} 𝔸bc ①x ١٢ Ｘ 3'4 a'1 'a a' a''b a'’b A1b 1A a1B",
    "Phó Bí thư H'Hen Niê,Đắk G’Long; a\tb c\u{a0}d e.f g/h (i) j-k l'm n",
    "a b  c d, e f. g' h’i j'k l’ m'1 n2 o\np q\r\nr s’’t u-v w x",
];

/// The hash computed while folding is the hash of the folded word.
#[test]
fn folded_hashes() {
    for text in TEXTS {
        let (words, buf) = scan(text);
        for w in &words {
            assert_eq!(
                w.hash(),
                std::str::from_utf8(&buf[w.start() + 1..w.end() + 1])
                    .unwrap()
                    .chars()
                    .fold(WordHasher::NEW, |h, c| h.push(u32::from(c)))
                    .finish(),
                "{:?} in {text:?}",
                &text[w.start()..w.end()]
            );
        }
    }
}

/// A word's text in a [`HashBits`] set has the word's bit: the set's hash of a text is
/// the hash its word gets when read from the tokens.
#[test]
fn hash_bits_hold_their_words() {
    for text in TEXTS {
        let (words, _) = scan(text);
        for w in &words {
            let mut bits = HashBits::default();
            bits.insert(text_hash(&text[w.start()..w.end()]));
            assert!(
                bits.may_contain(w.hash()),
                "{:?} in {text:?}",
                &text[w.start()..w.end()]
            );
        }
    }
}

/// The words read from the tokens agree with a direct char-by-char computation: words
/// are runs of [`word_char`]s joined by an apostrophe between two of them, the case
/// counts the word's letters and digits, the gap classifies the separator, the folded
/// copy is the dictionary's [`folded`] text.
#[test]
fn scan_matches_direct_computation() {
    /// Words as (start, end, case), gaps, folded copy.
    type Scanned = (Vec<(usize, usize, Case)>, Vec<Gap>, Vec<u8>);
    fn direct(text: &str) -> Scanned {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let is_word = |k: usize| chars.get(k).is_some_and(|&(_, c)| word_char(c));
        let mut spans = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !is_word(k) {
                k += 1;
                continue;
            }
            let from = k;
            while is_word(k) || (matches!(chars.get(k), Some((_, '\'' | '’'))) && is_word(k + 1))
            {
                k += 1;
            }
            let end = chars.get(k).map_or(text.len(), |&(b, _)| b);
            spans.push((chars[from].0, end));
        }
        let mut words = Vec::new();
        let mut gaps = Vec::new();
        let mut prev = None;
        for &(s, e) in &spans {
            let (mut letters, mut ups, mut apostrophe) = (Vec::new(), 0, false);
            for c in text[s..e].chars() {
                let (word, upper) = (word_char(c), c.is_uppercase());
                if word {
                    letters.push((upper, !upper && !c.is_ascii_digit()));
                } else {
                    apostrophe = true;
                }
            }
            let (first_upper, first_lower) = letters[0];
            ups += letters[1..].iter().filter(|l| l.0).count();
            let rest = letters.len() - 1;
            let case = if first_lower {
                if ups == 0 { Case::Lower } else { Case::Other }
            } else if first_upper {
                if rest > 0 && ups == rest && !apostrophe {
                    Case::Upper
                } else if ups == 0 || apostrophe {
                    Case::Title
                } else {
                    Case::Other
                }
            } else {
                Case::Other
            };
            words.push((s, e, case));
            gaps.push(prev.map_or(Gap::Break, |p| classify(&text[p..s])));
            prev = Some(e);
        }
        (words, gaps, folded(text))
    }
    for text in official_texts() {
        let (words, buf) = scan(&text);
        let got: Vec<(usize, usize, Case)> =
            words.iter().map(|w| (w.start(), w.end(), w.case)).collect();
        let gaps: Vec<Gap> = words.iter().map(|w| w.gap()).collect();
        assert_eq!((got, gaps, buf), direct(&text), "{text:?}");
    }
}

/// [`spaced`] agrees with comparing the bytes of the text and its folded copy, for
/// every run of words whose folded copy, like a match, has single inner spaces.
#[test]
fn spaced_matches_byte_comparison() {
    for text in TEXTS {
        let (words, buf) = scan(text);
        let bytes = text.as_bytes();
        for wi in 0..words.len() {
            for k in wi..words.len().min(wi + 5) {
                let (s, e) = (words[wi].start(), words[k].end());
                if buf[s + 1..e + 1].windows(2).any(|p| p == b"  ") {
                    continue;
                }
                let direct = !bytes[s..e]
                    .iter()
                    .zip(&buf[s + 1..e + 1])
                    .any(|(&x, &y)| y == b' ' && x != b' ');
                assert_eq!(spaced(bytes, &words[wi..=k]), direct, "{:?}", &text[s..e]);
            }
        }
    }
}

#[test]
fn longest_entry_wins() {
    let w = Words::new("Phó Bí thư Thường trực Huyện ủy");
    let (t, info) = w.tag(0).unwrap();
    assert!(info.title);
    assert_eq!(t.n, 5);
    let (t, info) = w.tag(5).unwrap();
    assert_eq!(info.org, Some(false));
    assert_eq!(t.n, 2);
}

#[test]
fn periods_and_punctuated_abbreviations() {
    let w = Words::new("PGS.TS. Nguyễn Văn A, Sở TN&MT");
    let (t, info) = w.tag(0).unwrap();
    assert!(info.rank);
    assert_eq!(t.end, "PGS.TS.".len());
    let i = w
        .words
        .iter()
        .position(|x| &w.text[x.start()..x.end()] == "TN")
        .unwrap();
    assert!(w.tag(i).unwrap().1.abbrev.is_some());
}

/// The gap table of ASCII separators is [`gap_of`].
#[test]
fn ascii_gaps_are_gap_of() {
    for x in 0..128u8 {
        let s = [x];
        let got = from_tokens::gap_at(&s, 0);
        assert_eq!(got, gap_of(char::from(x)), "{x:#x}");
    }
}

/// The texts (second column) of `tests/data/officials.tsv`, and [`TEXTS`].
fn official_texts() -> Vec<String> {
    let rows = include_str!("../../../../tests/data/officials.tsv");
    let mut texts: Vec<String> = TEXTS.iter().map(|t| t.to_string()).collect();
    texts.extend(
        rows.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(1))
            .map(|t| t.replace("\\n", "\n")),
    );
    texts
}

/// The skips of the officials' scans stop where the plain look, word by word, does: at
/// a tagged word ([`Words::next_tagged`]), and at a word capitalised like a name or
/// tagged as a word of address, modifier, role or rank ([`Words::next_candidate`]); and
/// `titles::title_at`, which turns away the other tagged words before its call, loses no
/// title there.
#[test]
fn skips_are_the_plain_looks() {
    for text in official_texts() {
        let w = Words::new(&text);
        let n = w.len();
        let opens = |i: usize| {
            w.words[i].case == Case::Title
                || w.tag(i)
                    .is_some_and(|(_, x)| x.honorific || x.modifier || x.title || x.rank)
        };
        for i in 0..=n + 1 {
            let tagged = (i..n).find(|&j| w.tag(j).is_some()).unwrap_or(n);
            assert_eq!(w.next_tagged(i), tagged, "{text:?} {i}");
            let cand = (i..n).find(|&j| opens(j)).unwrap_or(n);
            assert_eq!(w.next_candidate(i), cand, "{text:?} {i}");
        }
        for i in 0..n {
            if w.tag(i)
                .is_some_and(|(_, x)| !(x.modifier || x.title || x.rank))
            {
                assert!(!super::super::titles::opens_role(&w, i), "{text:?} {i}");
            }
        }
    }
}

/// The look-up [`tag_words`] makes at a word without an inner apostrophe
/// (`Dict::longest_at_word`) finds what the filter and the automaton run from the word's
/// start find, at every word of the officials' test texts.
#[test]
fn word_lookups_are_the_walks() {
    let vocab = &*VOCAB;
    for text in official_texts() {
        let (words, buf) = scan(&text);
        for w in words.iter().filter(|w| !w.apostrophe()) {
            let key = |m: Option<crate::text::dict::Match<'_, Info>>| {
                m.map(|m| (m.end, std::ptr::from_ref(m.tags), m.period))
            };
            let got = key(vocab.longest_at_word(&buf, w.start(), w.end(), w.hash()));
            let want = key(vocab
                .may_start(w.hash())
                .then(|| vocab.longest_at(&buf, w.start()))
                .flatten());
            assert_eq!(got, want, "{:?} in {text:?}", &text[w.start()..w.end()]);
        }
    }
}

/// [`Words::place_at`] (a bit a word, then a search of the mentions) gives the mention
/// each word is part of, as a look through every mention does, over the officials' test
/// texts and their place mentions.
#[test]
fn place_at_is_the_mention_of_the_word() {
    let mut inside = 0;
    for text in official_texts() {
        let places = crate::extract::place::mentions(&text, None);
        let w = Words::with_places(&text, crate::extract::doc(&text).tokens, &places);
        let all = place_words(&w.words, &places);
        for i in 0..=w.len() {
            let want = all.iter().find(|p| p.from <= i && i < p.to).copied();
            assert_eq!(w.place_at(i), want, "word {i} of {text:?}");
            inside += usize::from(want.is_some());
        }
    }
    assert!(inside > 100, "{inside} words in places");
}
