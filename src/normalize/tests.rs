//! Tests of the clean-up and the fast scan against the direct computation.

use unicode_normalization::UnicodeNormalization;

use super::class::Classes;
use super::clean::{Cleaned, Writer, clean, clean_lines};
use super::*;
use crate::Span;

#[test]
fn clean_text_is_borrowed() {
    let n = normalize("Ngày 19/9, Thường trực Huyện ủy làm việc.");
    assert!(n.is_unchanged());
    assert!(n.map.is_identity());
}

#[test]
fn crlf_and_spaces() {
    let n = normalize("a\r\nb\rc\u{a0}d\u{200b}e");
    assert_eq!(n.text, "a\nb\nc de");
    let e = n.text.find('e').unwrap();
    assert_eq!(
        n.map
            .to_original(Span::new(e, e + 1))
            .slice("a\r\nb\rc\u{a0}d\u{200b}e"),
        Some("e")
    );
}

#[test]
fn decomposed_becomes_nfc() {
    let src = "Ha\u{0300} No\u{0302}\u{0323}i";
    let n = normalize(src);
    assert_eq!(n.text, "Hà Nội");
    let span = n.map.to_original(Span::new(4, n.text.len()));
    assert_eq!(span.slice(src), Some("No\u{0302}\u{0323}i"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

    /// Legacy detection is skipped when the clean-up saw no hint: that must never skip
    /// a text the detector would convert.
    #[test]
    fn no_hint_means_no_repair(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "Hµ Néi ", "Haø Noäi ", "Ha` No^.i ", "HÃ\u{a0}Ná»™i ", "HÃ  ", "Vieät Nam ",
            "Ngäc Trinh\n", "tha'ng ", "chi' ", "Ä‘áº¡t ", "Hà Nội ", "hòa ", "(", "+", "a(",
            "o+ ", "\r\n", "\u{85}", "\u{2028}", "ü ", "é ", "“x” ", "Ã ", "Ãb", "\u{a0}",
            "1/2 ", "u+'", "DDa`", "dda.t ",
        ]), 0..16)
    ) {
        let text: String = parts.concat();
        let hinted = clean(&text, ToneStyle::Old).hinted_lines;
        proptest::prop_assert_eq!(
            legacy::repair_lines(&text, &hinted),
            legacy::repair(&text),
            "{:?}", text
        );
    }
}

/// The simple way to do what [`clean`] does fast: every maximal run of letters and marks
/// composed, Ð fixed, its tone placed; everything else kept.
fn reference(src: &str, style: ToneStyle) -> String {
    let is_word = |c: char| c.is_alphabetic() || char::is_combining_mark(c);
    let mut out = String::new();
    let mut rest = src;
    while let Some(c) = rest.chars().next() {
        let len = rest
            .find(|ch: char| is_word(ch) != is_word(c))
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(len);
        if is_word(c) {
            let word: String = run
                .nfc()
                .map(|ch| match ch {
                    '\u{00D0}' => 'Đ',
                    '\u{00F0}' => 'đ',
                    _ => ch,
                })
                .collect();
            out.push_str(&tone::retone(&word, style).unwrap_or(word));
        } else {
            out.push_str(run);
        }
        rest = tail;
    }
    out
}

use unicode_normalization::char;

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

    /// The fast clean-up agrees with the simple one on text without the characters the
    /// clean-up deletes or replaces (those are checked by the table tests).
    #[test]
    fn fast_path_equals_simple_path(
        chars in proptest::collection::vec(proptest::sample::select(
            "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐbcdghklmnpqrstvxàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁỦỶÚÝÒÓĐÐð\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31b} \n.,;:!?/-()\"'…0123456789“”–"
                .chars().collect::<Vec<_>>()), 0..60),
        style in proptest::sample::select(vec![ToneStyle::Old, ToneStyle::New]),
    ) {
        let text: String = chars.into_iter().collect();
        let fast = match clean(&text, style).changed {
            Some((s, _)) => s,
            None => text.clone(),
        };
        proptest::prop_assert_eq!(fast, reference(&text, style), "{:?}", text);
    }
}

/// [`clean`] with [`fast_scan`] turned off: the full clean-up of every line.
fn clean_slowly(src: &str, style: ToneStyle) -> Cleaned {
    let mut w = Writer::new(src);
    let mut hinted_lines = Vec::new();
    clean_lines(
        src,
        0,
        src.len(),
        style,
        Classes::get(),
        &mut w,
        &mut hinted_lines,
    );
    Cleaned {
        changed: w.finish(),
        hinted_lines,
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]

    /// The fast scan never passes over anything the full clean-up changes or notes:
    /// the same text, offset map and legacy hints, on text made of pieces of clean and
    /// unclean Vietnamese.
    #[test]
    fn fast_scan_passes_over_nothing(
        parts in proptest::collection::vec(proptest::sample::select(vec![
            "của ", "quả ", "qủa ", "gía ", "giá ", "hòa ", "hoà ", "thủy ", "thuỷ ", "tại ",
            "tạo ", "hoàn ", "hòan ", "thúê ", "người ", "Nguyễn ", "khuỷu ", "ngoài ",
            "Hà Nội", " ", "\n", "\r\n", "\r", "(", "a(", "o+", "u+ ", "^", "`", "~",
            "@", ")", "*", "\u{a0}", "\u{200b}", "\u{301}", "e\u{301}", "<\u{338}",
            "Ð", "Ã ", "Ã", "Hµ Néi ", "Haø ", "HÃ  ", "“x” ", "…", "–", "😀", "한",
            "\u{2028}", "\u{1e00}", "ABCDEFGHIJKLMNOP", "0123456789", "Kdăm ", "façade ",
        ]), 0..40),
        style in proptest::sample::select(vec![ToneStyle::Old, ToneStyle::New]),
    ) {
        let text: String = parts.concat();
        let fast = clean(&text, style);
        let slow = clean_slowly(&text, style);
        proptest::prop_assert_eq!(&fast.hinted_lines, &slow.hinted_lines, "{:?}", text);
        proptest::prop_assert_eq!(fast.changed, slow.changed, "{:?}", text);
    }
}

#[test]
fn eth_is_fixed() {
    assert_eq!(normalize("Ðảng ðoàn").text, "Đảng đoàn");
}

/// A stretch replaced by one character of the same length (a composed letter, `\r` →
/// `\n`) keeps no edit (one 16-byte edit each was twice the input on decomposed text with
/// CR line ends, issue 15), and every span between character boundaries still maps to the
/// original it came from.
#[test]
fn same_length_characters_keep_no_edit() {
    let src = "Ho\u{323}c sinh vu\u{300}ng lu\u{303}\rO\u{302}ng A no\u{301}i. Thu\u{309}y";
    let n = normalize(src);
    assert_eq!(n.text, "Học sinh vùng lũ\nÔng A nói. Thủy");
    // ọ, ủ (three bytes, as "o" and its mark) and `\r` keep no edit; ù, ũ, Ô and ó (two
    // bytes for three) do
    assert_eq!(n.map.edit_count(), 4, "{:?}", n.map);
    let bounds: Vec<usize> = n
        .text
        .char_indices()
        .map(|(i, _)| i)
        .chain([n.text.len()])
        .collect();
    for (k, &a) in bounds.iter().enumerate() {
        for &b in &bounds[k..] {
            let got = n.map.to_original(Span::new(a, b)).slice(src);
            let got: Option<String> = got.map(|s| s.nfc().collect::<String>().replace('\r', "\n"));
            assert_eq!(got.as_deref(), Some(&n.text[a..b]), "{a}..{b}");
        }
    }
}

/// An owned text normalizes as a borrowed one does, whether nothing changes (handed on),
/// one pass converts it, or a line holding two legacy encodings takes a second pass after
/// the original is dropped.
#[test]
fn normalize_owned_is_normalize() {
    for config in [
        NormalizeConfig::default(),
        NormalizeConfig {
            strip_accents: true,
            ..NormalizeConfig::default()
        },
    ] {
        let n = Normalizer::new(config);
        for text in [
            "",
            "Trời hôm nay đẹp.",
            "Ho\u{323}c sinh vu\u{300}ng lu\u{303}\rCâu sau.",
            "Thµnh phè míi",
            "á»™i oä Hµ Néi á»™i oä",
            "øự9ỹ",
        ] {
            let a = n.normalize(text);
            let b = n.normalize_owned(text.to_string());
            assert_eq!(a.text, b.text, "{text:?}");
            assert_eq!(a.repairs, b.repairs, "{text:?}");
            for i in 0..=a.text.len() {
                assert_eq!(
                    a.map.to_original(Span::new(i, i)),
                    b.map.to_original(Span::new(i, i)),
                    "{text:?} at {i}"
                );
            }
        }
    }
}
