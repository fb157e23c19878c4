//! The whole pipeline on arbitrary, Vietnamese-biased and hostile input: no panic, and every
//! span of the Article JSON lies inside the input, on character boundaries.

use proptest::prelude::*;
use serde_json::Value;
use vinews::{Article, Date, ExtractConfig, Extractor};

#[path = "common/spans.rs"]
mod spans;
use spans::check_spans;

fn parse_and_check(text: &str) -> Result<usize, String> {
    let article =
        Extractor::new(ExtractConfig::new().reference_date(Date::new(2023, 9, 20))).parse(text);
    let json = serde_json::to_value(&article).map_err(|e| e.to_string())?;
    let mut found = 0;
    check_spans(text, &json, &mut found)?;
    Ok(found)
}

#[test]
fn reference_article_spans_are_valid() {
    let text = include_str!("../fixtures/duc-ninh-2023.txt");
    let found = parse_and_check(text).unwrap();
    assert!(found > 30, "expected many spans, found {found}");
}

fn news_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐbcdghklmnpqrstvxHTNQ".chars().collect::<Vec<_>>()),
        3 => prop::sample::select("àáảãạầấậèéẻềếệìíịòóỏọồốộờớợùúủụừứựỳý".chars().collect::<Vec<_>>()),
        4 => prop::sample::select(" \n.,;:!?/-()\"'…“”0123456789%".chars().collect::<Vec<_>>()),
        1 => prop::sample::select(vec!['\u{301}', '\u{323}', '\u{a0}', '\u{200b}', '\r', 'µ', 'ø', 'Ã', '»', '`', '^']),
        1 => any::<char>(),
    ]
}

fn news_words() -> impl Strategy<Value = String> {
    let words = vec![
        "ngày",
        "Ngày",
        "19/9",
        "19/9/2023",
        "tháng",
        "8",
        "năm",
        "2023",
        "quý",
        "III/2023",
        "xã",
        "Đức",
        "Ninh",
        "huyện",
        "Hàm",
        "Yên",
        "tỉnh",
        "Tuyên",
        "Quang",
        "đạt",
        "8/19",
        "tiêu",
        "chí",
        "gồm:",
        "Giao",
        "thông;",
        "Điện;",
        "Bí",
        "thư",
        "Huyện",
        "ủy",
        "uỷ",
        "Mai",
        "Hồng",
        "Hà,",
        "Chủ",
        "tịch",
        "UBND",
        "HĐND",
        "TP.HCM",
        "ông",
        "Nguyễn",
        "Văn",
        "A.",
        "./.",
        "Tin",
        "cùng",
        "chuyên",
        "mục",
        "Ảnh:",
        "Theo",
        "TTXVN",
        "\n",
        "\n\n",
        "mùng",
        "1",
        "Tết",
        "rằm",
        "âm",
        "lịch",
        "9h30",
        "hôm",
        "qua",
        "(",
        ")",
        "-",
        "từ",
        "đến",
        "giai",
        "đoạn",
        "2021-2025",
        "123/QĐ-UBND",
        "Hoà",
        "Thuỷ",
        "Hµ",
        "Néi",
    ];
    prop::collection::vec(prop::sample::select(words), 0..80).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn any_string(s in any::<String>()) {
        parse_and_check(&s).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn vietnamese_characters(v in prop::collection::vec(news_char(), 0..200)) {
        let s: String = v.into_iter().collect();
        parse_and_check(&s).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn news_like_text(s in news_words()) {
        parse_and_check(&s).map_err(TestCaseError::fail)?;
    }

    /// `Extractor::serialize_owned` (the ratios written as they are built) writes the JSON
    /// of the Article `parse` gives, on text normalization rewrites too ("uỷ", "Hµ Néi").
    #[test]
    fn serialize_owned_is_parse(s in news_words()) {
        let x = Extractor::new(ExtractConfig::new());
        let mut json = Vec::new();
        x.serialize_owned(s.clone(), &mut serde_json::Serializer::new(&mut json)).unwrap();
        prop_assert_eq!(json, serde_json::to_vec(&x.parse(&s)).unwrap());
    }

    /// Every span moves by exactly the length of a multi-byte prefix on its own line
    /// (the prefix line is a sentence, not a headline).
    #[test]
    fn offsets_shift_under_a_prefix(s in news_words()) {
        let prefix = "Đường Hồ Chí Minh dài 3.167 km.\n\n";
        let a = serde_json::to_value(Article::parse(&s)).unwrap();
        let b = serde_json::to_value(Article::parse(&format!("{prefix}{s}"))).unwrap();
        let starts = |v: &Value| {
            let mut out = Vec::new();
            collect_starts(v, &mut out);
            out
        };
        // a line before the text can change the article's structure (the prefix becomes a
        // title, a last line a byline): the shift holds where the structure is the same
        let structure = |v: &Value| {
            ["title", "byline"].map(|k| v.get(k).cloned())
                .into_iter()
                .chain(["boilerplate", "end_mark", "captions"].map(|k| v.get(k).map(|x| {
                    serde_json::json!(x.as_array().map_or(1, Vec::len))
                })))
                .collect::<Vec<_>>()
        };
        prop_assume!(structure(&a) == structure(&b));
        let (sa, sb) = (starts(&a), starts(&b));
        // the prefix is a paragraph of its own: its spans come first in b
        let shifted: Vec<u64> = sa.iter().map(|x| x + prefix.len() as u64).collect();
        prop_assert!(
            shifted.iter().all(|x| sb.contains(x)),
            "spans did not shift: {:?} vs {:?}", shifted, sb
        );
    }
}

fn collect_starts(v: &Value, out: &mut Vec<u64>) {
    match v {
        Value::Object(m) => {
            if let Some(s) = m.get("start").and_then(Value::as_u64) {
                out.push(s);
            }
            m.values().for_each(|x| collect_starts(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_starts(x, out)),
        _ => {}
    }
}

/// Hostile inputs finish (no timing is asserted: speed is for the benchmarks) and give
/// valid spans.
#[test]
fn hostile_inputs() {
    let sentence =
        "Ngày 19/9, Bí thư Huyện ủy Mai Hồng Hà làm việc với xã Đức Ninh đạt 8/19 tiêu chí. ";
    let cases: Vec<(&str, String)> = vec![
        (
            "10 MB on one line",
            sentence.repeat(10_000_000 / sentence.len()),
        ),
        ("a million dots", ".".repeat(1_000_000)),
        ("a million 'A. '", "A. ".repeat(333_334)),
        ("lone combining marks", "\u{301}\u{323}".repeat(200_000)),
        (
            "deeply nested quotes",
            "“".repeat(200_000) + &"”".repeat(200_000),
        ),
        (
            "deeply nested brackets",
            "(".repeat(300_000) + &")".repeat(300_000),
        ),
        ("a million slashes", "1/".repeat(500_000)),
        ("digits without end", "9".repeat(1_000_000)),
        ("zero-width soup", "\u{200b}a\u{feff}".repeat(200_000)),
        ("legacy noise", "Hµ Néi ".repeat(100_000)),
    ];
    for (name, text) in cases {
        parse_and_check(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// Bytes that are mostly Vietnamese UTF-8 with stray bytes mixed in: the fast check of
/// `decode_utf8` must agree with the standard library's on every one of them.
fn mostly_utf8() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            8 => news_char().prop_map(|c| c.to_string().into_bytes()),
            1 => any::<u8>().prop_map(|b| vec![b]),
            1 => prop::collection::vec(any::<u8>(), 0..40),
        ],
        0..120,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn decode_utf8_agrees_with_std(bytes in mostly_utf8()) {
        use vinews::input::decode_utf8;
        match std::str::from_utf8(&bytes) {
            Ok(s) => {
                let fast = decode_utf8(&bytes, false).ok();
                prop_assert_eq!(fast.as_deref(), Some(s));
            }
            Err(e) => {
                prop_assert_eq!(decode_utf8(&bytes, false).err().map(|e| e.offset), Some(e.valid_up_to()));
                let lossy = String::from_utf8_lossy(&bytes);
                let fast = decode_utf8(&bytes, true).ok();
                prop_assert_eq!(fast.as_deref(), Some(&*lossy));
            }
        }
    }
}

/// Issue 15: a CR-only line end between two words that normalization rewrites (NFD, "Ð")
/// gave overlapping sentences: the three rewrites merged into one stretch of the offset map
/// and both sentences snapped outward over the break.
#[test]
fn cr_line_end_between_rewritten_words_keeps_sentences_apart() {
    for (text, second) in [
        (
            "Ho\u{323}c sinh vu\u{300}ng lu\u{303}\rO\u{302}ng A no\u{301}i.",
            "O\u{302}ng",
        ),
        ("Câu một xong.\rÐây là câu hai.", "Ðây"),
        ("Câu một xong.\r\nÐây là câu hai.", "Ðây"),
    ] {
        let a = Article::parse(text);
        assert_eq!(a.sentences.len(), 2, "{text:?}");
        assert_eq!(a.paragraphs.len(), 2, "{text:?}");
        for spans in [&a.sentences, &a.paragraphs] {
            assert!(spans[0].end <= spans[1].start, "{text:?}: {spans:?}");
            assert!(text[spans[1].start..].starts_with(second), "{text:?}");
            assert!(
                !text[spans[0].start..spans[0].end].contains('\r'),
                "{text:?}"
            );
        }
    }
}

/// `Extractor::parse_owned` (the text handed over, dropped once normalized) gives the
/// Article `parse` does, on text that normalization leaves alone and on text it rewrites
/// (decomposed, CR line ends, a legacy encoding, the "new" tone style).
#[test]
fn parse_owned_is_parse() {
    let seed = include_str!("../fixtures/duc-ninh-2023.txt");
    let lower: String = seed.chars().flat_map(char::to_lowercase).collect();
    let rewritten = [
        seed.to_string(),
        seed.replace('\n', "\r"),
        seed.replace("ủy", "uỷ").replace("ộ", "o\u{302}\u{323}"),
        format!("{lower}\nHµ Néi, ngµy 19/9"),
    ];
    let x = Extractor::new(ExtractConfig::new().reference_date(Date::new(2023, 9, 20)));
    for text in rewritten {
        assert_eq!(x.parse_owned(text.clone()), x.parse(&text), "{text:?}");
    }
}

/// `Extractor::serialize_owned` writes, ratios built as they are written, the pretty JSON
/// of the Article `parse` gives, on ratios whose offsets normalization moves (decomposed
/// text, a legacy encoding before them), with their items, dates and subjects.
#[test]
fn serialize_owned_is_parse_serialized() {
    let seed = include_str!("../fixtures/duc-ninh-2023.txt");
    let lists =
        "Đến hết tháng 8 năm 2023, xã Đức Ninh đạt 8/19 tiêu chí gồm: Giao thông; Điện. ".repeat(5);
    let texts = [
        seed.to_string(),
        seed.replace("ộ", "o\u{302}\u{323}").replace('\n', "\r"),
        format!("Hµ Néi, ngµy 19/9\n{lists}2/3 số hộ và 9 trên 10 chỉ tiêu."),
        lists.replace("ạ", "a\u{323}"),
        String::new(),
    ];
    let x = Extractor::new(ExtractConfig::new().reference_date(Date::new(2023, 9, 20)));
    let mut ratios = 0;
    for text in texts {
        let mut json = Vec::new();
        x.serialize_owned(text.clone(), &mut serde_json::Serializer::pretty(&mut json))
            .unwrap();
        let article = x.parse(&text);
        ratios += article.ratios.len();
        let want = serde_json::to_string_pretty(&article).unwrap();
        assert_eq!(String::from_utf8(json).unwrap(), want, "{text:?}");
    }
    assert!(ratios >= 11, "{ratios} ratios");
}
