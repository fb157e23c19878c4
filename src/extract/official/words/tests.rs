use super::*;
use crate::text::dict::{HashBits, folded};
use crate::text::tokens::TokenKind;

/// A word character, by its definition (`text::tokens::fold_char`): a letter (alphabetic
/// or a combining diacritic U+0300..=U+036F) or an ASCII digit.
fn word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c) || c.is_ascii_digit()
}

/// The words of `text` read from its document's tokens (before the fields of bodies'
/// names join their words), and the words after a comma or hyphen that may go on a field.
fn scan(text: &str) -> (Vec<Word>, Vec<u32>) {
    from_tokens::read(text, crate::extract::doc(text).tokens)
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

/// A word token's hash, which a word of one token is tagged with, is the hash of its
/// text ([`text_hash`], which [`Words::hash`] gives and a [`HashBits`] set of texts holds).
#[test]
fn token_hashes_are_text_hashes() {
    for text in TEXTS {
        let doc = crate::extract::doc(text);
        for t in doc.tokens.iter().filter(|t| t.kind() == TokenKind::Word) {
            let word = &text[t.start()..t.end()];
            assert_eq!(t.word_hash(), text_hash(word), "{word:?} in {text:?}");
            let mut bits = HashBits::default();
            bits.insert(text_hash(word));
            assert!(bits.may_contain(t.word_hash()));
        }
        let w = Words::new(text);
        for i in 0..w.len() {
            let folded = folded(w.word(i));
            let want = crate::text::dict::word_hash(&folded[1..folded.len() - 1]);
            assert_eq!(w.hash(i), want, "{:?} in {text:?}", w.word(i));
        }
    }
}

/// The words read from the tokens take their memory: the words' vector is the tokens'.
#[test]
fn words_take_the_tokens_memory() {
    for text in official_texts().iter().filter(|t| !t.is_empty()) {
        let tokens = crate::extract::doc(text).tokens;
        let (at, cap) = (tokens.as_ptr().addr(), tokens.capacity());
        let (words, _) = from_tokens::read(text, tokens);
        assert_eq!(words.as_ptr().addr(), at, "{text:?}");
        assert_eq!(words.capacity(), cap, "{text:?}");
    }
}

/// A word's (start, end, case, inner apostrophe) and the gap before it.
type Direct = (Vec<(usize, usize, Case, bool)>, Vec<Gap>);

/// The words of `text` computed char by char: runs of [`word_char`]s joined by an
/// apostrophe between two of them, the case counts the word's letters and digits, the gap
/// classifies the separator, a lone "&" inside a name or " & " before a capitalised word
/// is a space.
fn direct_words(text: &str) -> Direct {
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
        while is_word(k) || (matches!(chars.get(k), Some((_, '\'' | '’'))) && is_word(k + 1)) {
            k += 1;
        }
        let end = chars.get(k).map_or(text.len(), |&(b, _)| b);
        spans.push((chars[from].0, end));
    }
    let mut words: Vec<(usize, usize, Case, bool)> = Vec::new();
    let mut gaps = Vec::new();
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
        let mut gap = Gap::Break;
        if let Some(&(_, pe, pcase, _)) = words.last() {
            let sep = &text[pe..s];
            gap = classify(sep);
            if gap == Gap::Other
                && case != Case::Lower
                && ((sep == "&" && pcase != Case::Lower) || sep == " & ")
            {
                gap = Gap::Space;
            }
        }
        words.push((s, e, case, apostrophe));
        gaps.push(gap);
    }
    (words, gaps)
}

/// The words read from the tokens agree with the direct char-by-char computation
/// ([`direct_words`]).
#[test]
fn scan_matches_direct_computation() {
    for text in official_texts() {
        let (words, _) = scan(&text);
        let got: Vec<(usize, usize, Case, bool)> = words
            .iter()
            .map(|w| (w.start(), w.end(), w.case(), w.apostrophe()))
            .collect();
        let gaps: Vec<Gap> = words.iter().map(|w| w.gap()).collect();
        assert_eq!((got, gaps), direct_words(&text), "{text:?}");
    }
}

/// The tags the words are read with are those of the plain look-up on the text's folded
/// copy: at each word whose hash may start an entry, the automaton run from its start
/// (`Dict::longest_at`); a match that ends at the end of a word, with only spaces
/// between its words, none with an inner apostrophe, unless the entry is punctuated;
/// the text's period after it taken when the entry has one.
#[test]
fn tags_are_the_plain_lookups() {
    let vocab = &*VOCAB;
    let mut tagged = 0;
    for text in official_texts() {
        let (words, _) = direct_words(&text);
        let buf = folded(&text);
        let w = Words::new(&text);
        assert_eq!(w.len(), words.len());
        for (wi, &(start, end, _, _)) in words.iter().enumerate() {
            let want = vocab
                .may_start(text_hash(&text[start..end]))
                .then(|| vocab.longest_at(&buf, start))
                .flatten()
                .and_then(|m| {
                    let k = wi + words[wi..].iter().position(|x| x.1 >= m.end)?;
                    if words[k].1 != m.end {
                        return None;
                    }
                    let blanked = text[start..m.end]
                        .bytes()
                        .zip(&buf[start + 1..m.end + 1])
                        .any(|(x, &y)| y == b' ' && x != b' ');
                    let spaced = !blanked && words[wi..=k].iter().all(|x| !x.3);
                    let punctuated = m.period || m.tags.abbrev.is_some() || m.tags.honorific;
                    if !spaced && !punctuated {
                        return None;
                    }
                    let end = m.end + usize::from(m.period && text[m.end..].starts_with('.'));
                    Some((k - wi + 1, end, std::ptr::from_ref(m.tags)))
                });
            let got = w
                .tag(wi)
                .map(|(t, info)| (t.n, t.end, std::ptr::from_ref(info)));
            assert_eq!(got, want, "{:?} in {text:?}", &text[start..end]);
            tagged += usize::from(got.is_some());
        }
    }
    assert!(tagged > 1000, "{tagged} tags");
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
/// a tagged word ([`Words::next_tagged_in`] every entry), and at a word capitalised like a name or
/// tagged as a word of address, modifier, role or rank ([`Words::next_candidate`]); and
/// `titles::title_at`, which turns away the other tagged words before its call, loses no
/// title there.
#[test]
fn skips_are_the_plain_looks() {
    let every = super::EntrySet::new(|_| true);
    for text in official_texts() {
        let w = Words::new(&text);
        let n = w.len();
        let opens = |i: usize| {
            w.words[i].case() == Case::Title
                || w.tag(i)
                    .is_some_and(|(_, x)| x.honorific || x.modifier || x.title || x.rank)
        };
        for i in 0..=n + 1 {
            let tagged = (i..n).find(|&j| w.tag(j).is_some()).unwrap_or(n);
            assert_eq!(w.next_tagged_in(i, &every), tagged, "{text:?} {i}");
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
            let want = all
                .iter()
                .map(|p| p.get())
                .find(|p| p.from <= i && i < p.to);
            assert_eq!(w.place_at(i), want, "word {i} of {text:?}");
            inside += usize::from(want.is_some());
        }
    }
    assert!(inside > 100, "{inside} words in places");
}

/// A place range keeps its words and its `abroad` bit in 8 bytes, up to the last word
/// index below 2^31; a range that would end past it (a text of over 2 GiB of words) is
/// refused rather than wrapped into the bit.
#[test]
fn place_range_holds_its_bit_and_refuses_past_its_bound() {
    let last = (1usize << 31) - 1;
    for (from, to) in [(0, 1), (5, 9), (last - 1, last)] {
        for abroad in [false, true] {
            let r = PlaceRange::new(from, to, abroad).map(PlaceRange::get);
            assert_eq!(r, Some(PlaceWords { from, to, abroad }));
        }
    }
    for (from, to) in [
        (last, last + 1),
        (0, usize::MAX),
        (usize::MAX - 1, usize::MAX),
    ] {
        for abroad in [false, true] {
            assert_eq!(PlaceRange::new(from, to, abroad), None, "{from}..{to}");
        }
    }
}

/// The texts of the words of `text`.
fn word_texts(text: &str) -> Vec<&str> {
    let w = Words::new(text);
    (0..w.len()).map(|i| w.word(i)).collect()
}

/// A word glued to the one before it by a missing space is read as two where the part
/// before the change of case ends with an honorific, a title or a link word; a brand's
/// name, whose inner capital follows no such word, stays one word.
#[test]
fn glued_words_split_after_an_entry_alone() {
    assert_eq!(word_texts("ÔngTrần Văn A"), ["Ông", "Trần", "Văn", "A"]);
    assert_eq!(
        word_texts("Chủ tịchHội Nông dân"),
        ["Chủ", "tịch", "Hội", "Nông", "dân"]
    );
    assert_eq!(word_texts("đồng chíLê B"), ["đồng", "chí", "Lê", "B"]);
    assert_eq!(
        word_texts("ông A làGiám đốc"),
        ["ông", "A", "là", "Giám", "đốc"]
    );
    // the entry starts at the word before, and is tagged whole ("Chủ tịch": two words)
    let w = Words::new("Chủ tịchHội Nông dân");
    assert_eq!(w.tag(0).map(|(t, _)| t.n), Some(2));
    // the part after the change is tagged as a word of its own (a surname)
    let w = Words::new("ÔngTrần Văn A");
    assert!(w.tag(0).is_some_and(|(_, x)| x.honorific));
    assert!(w.tag(1).is_some_and(|(_, x)| x.surname));
    for brand in [
        "iPhone",
        "VinFast",
        "TikTok",
        "PetroVietnam",
        "McDonald",
        "YouTube",
        "eBay",
        "MobiFone",
        "VietinBank",
        "HAGL",
        "ĐHQG",
    ] {
        let text = format!("Ông A dùng {brand} mới");
        let words = word_texts(&text);
        assert!(words.contains(&brand), "{brand}: {words:?}");
    }
    // a word glued to a word that is no entry stays whole ("ĐạiNam")
    assert_eq!(word_texts("công tyĐạiNam"), ["công", "tyĐạiNam"]);
}

/// Several glued words in one text are split in place, each part tagged as if the text
/// had its spaces: the words and tags are those of the spaced text, whatever the number
/// of splits and however close together they stand.
#[test]
fn several_glued_words_are_those_of_the_spaced_text() {
    for (glued, spaced) in [
        (
            "ÔngTrần Văn A, Chủ tịchHội Nông dân, và bàLê Thị B nói.",
            "Ông Trần Văn A, Chủ tịch Hội Nông dân, và bà Lê Thị B nói.",
        ),
        ("ÔngTrần ÔngLê bàHà", "Ông Trần Ông Lê bà Hà"),
        (
            "Phó Chủ tịchUBND làGiám đốc",
            "Phó Chủ tịch UBND là Giám đốc",
        ),
    ] {
        let (g, s) = (Words::new(glued), Words::new(spaced));
        assert_eq!(word_texts(glued), word_texts(spaced), "{glued}");
        for i in 0..s.len() {
            let tag = |w: &Words<'_>| w.tag(i).map(|(t, x)| (t.n, x.honorific, x.title));
            assert_eq!(tag(&g), tag(&s), "{glued}: word {i}");
        }
    }
}

/// The words the reader notes for `glued::split` are those it may split, looked at one by
/// one after the reading ([`glued::may_split`] of each word), and no other bit is set; and
/// the split of the noted words alone is the split of every word.
fn glued_marks_are_the_direct_look(text: &str) {
    let (words, r) = from_tokens::read_words(text, crate::extract::doc(text).tokens);
    let marked = |k: usize| r.glued.get(k / 64).is_some_and(|b| b >> (k % 64) & 1 == 1);
    for (k, w) in words.iter().enumerate() {
        let letter_first = text
            .as_bytes()
            .get(w.start())
            .is_some_and(|b| !b.is_ascii_digit());
        let direct = glued::may_split(w.case(), w.end() - w.start(), letter_first, w.apostrophe());
        assert_eq!(
            marked(k),
            direct,
            "{:?} in {text:?}",
            &text[w.start()..w.end()]
        );
    }
    assert!(
        (words.len()..r.glued.len() * 64).all(|k| !marked(k)),
        "{text:?}"
    );
    let split = |marks: &[u64]| {
        let (mut words, mut seps) = (words.clone(), r.field_seps.clone());
        glued::split(text, &mut words, marks, &mut seps);
        (format!("{words:?}"), seps)
    };
    let every = vec![u64::MAX; words.len() / 64 + 1];
    assert_eq!(split(&r.glued), split(&every), "{text:?}");
}

#[test]
fn glued_marks_are_the_direct_look_on_examples() {
    let glued = [
        "ÔngTrần Văn A, Chủ tịchHội Nông dân, và bàLê Thị B nói, Chủtịch UBND.",
        "Nguyễn Tấn Bỉnhcho biết iPhone 3ả U23 H'Hen McDonald công tyĐạiNam vớiChủ tịch",
    ];
    for text in official_texts().iter().map(String::as_str).chain(glued) {
        glued_marks_are_the_direct_look(text);
    }
}

proptest::proptest! {
    #[test]
    fn glued_marks_are_the_direct_look_on_any_text(
        text in "([ÔôTtrầnLlêàGgiámđốcChủịhHộiNnguyễTấBỉobếvớaAUEe3'’ ,.-]{0,12}){0,12}"
    ) {
        glued_marks_are_the_direct_look(&text);
    }
}

/// A run of letters and numbers longer than a word can be ([`MAX_WORD`] bytes; here more
/// than 64 KB, many tokens) is read as words of at most that length, in order, that cover it; a
/// word of several tokens up to that length is one word, with its case; the words around
/// them are read as before, and the officials read the text without a panic.
#[test]
fn long_words_are_kept_or_cut() {
    let medium = "Trần".repeat(20);
    let long = "Nguyễn".repeat(12_000);
    let mixed = "a1".repeat(40_000);
    let text = format!(
        "Ông {medium} nói, {long} và {mixed}. Ông Lê Văn An, Chủ tịch UBND xã An Bình, phát biểu."
    );
    let w = Words::new(&text);
    let words: Vec<&str> = (0..w.len()).map(|i| w.word(i)).collect();
    assert_eq!(words[..3], ["Ông", medium.as_str(), "nói"]);
    assert!(w.tag(0).is_some() && w.tag(1).is_none());
    assert_eq!(
        (w.words[1].case(), w.words[1].end()),
        (Case::Other, "Ông ".len() + medium.len())
    );
    assert!(medium.len() > 2 * crate::text::tokens::MAX_LEN && medium.len() <= MAX_WORD);
    // each long run is the words between its neighbours, one after the other
    for (run, before, after) in [(&long, "nói", "và"), (&mixed, "và", "Ông")] {
        let from = words.iter().position(|x| *x == before).unwrap() + 1;
        let to = from + words[from..].iter().position(|x| *x == after).unwrap();
        assert!(to - from >= 2, "{}", to - from);
        assert_eq!(words[from..to].concat(), **run);
        for k in from..to {
            assert!(w.words[k].end() - w.words[k].start() <= MAX_WORD);
            assert!(k == from || w.words[k - 1].end() == w.words[k].start());
        }
    }
    let article = crate::Article::parse(&text);
    let names: Vec<&str> = article.officials.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Lê Văn An"]);
    assert_eq!(article.officials[0].titles, ["Chủ tịch UBND xã An Bình"]);
}

/// The marks between two words are classified whole, past the [`MAX_LEN`](crate::text::tokens::MAX_LEN) bytes the
/// middle token of a long run of them spans: a period there ends a sentence.
#[test]
fn a_long_run_of_marks_is_classified_whole() {
    let text = format!("a{} .{} b", " ,".repeat(40), " ,".repeat(40));
    let w = Words::new(&text);
    assert_eq!((w.len(), w.gap(1)), (2, Gap::Stop));
    let text = format!("a{} b", " ,".repeat(81));
    assert_eq!(Words::new(&text).gap(1), Gap::Comma);
    let text = format!("a{}\n b", " ,".repeat(81));
    assert_eq!(Words::new(&text).gap(1), Gap::Break);
}

/// [`Words::entry_before`] is the direct look back: the first `b` of one to three whose
/// word `i - b` starts an entry of `b` words that the predicate accepts, on every word and
/// past the end, for predicates on the entry and on its first word.
#[test]
fn entry_before_is_the_direct_look_back() {
    type Pred = fn(&Words<'_>, usize, &Info) -> bool;
    let preds: [Pred; 4] = [
        |_, _, _| true,
        |_, _, x| x.link,
        |w, s, x| x.org.is_some() && w.words[s].case() != Case::Lower,
        |w, s, x| x.country || (s > 0 && w.gap(s) == Gap::Space),
    ];
    let mut found = 0;
    for text in official_texts() {
        let w = Words::new(&text);
        for i in 0..w.len() + 2 {
            for f in preds {
                // (the direct look-back: the shortest entry of up to `max` words ending at i)
                let look_back = |max: usize| {
                    (1..=max)
                        .find(|&b| {
                            i >= b
                                && w.tag(i - b)
                                    .is_some_and(|(t, x)| t.n == b && f(&w, i - b, x))
                        })
                        .map(|b| i - b)
                };
                let direct = look_back(3);
                assert_eq!(
                    w.entry_before(i, |s, x| f(&w, s, x)),
                    direct,
                    "{i} in {text:?}"
                );
                found += usize::from(direct.is_some());
                let any = look_back(MAX_TAG_WORDS);
                assert_eq!(
                    w.entry_before_within(i, MAX_TAG_WORDS, |s, x| f(&w, s, x)),
                    any,
                    "{i} in {text:?}"
                );
            }
        }
    }
    assert!(found > 100, "too few entries looked back to: {found}");
}
