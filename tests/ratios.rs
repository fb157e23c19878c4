//! Ratios: a table of labelled "x/y" occurrences from real news, the date-vs-ratio
//! decision, and properties shared with dates (no panic, spans, offset shift).

mod common;

use proptest::prelude::*;
use vinews::{Article, Date, ExtractConfig, Extractor, RatioKind};

fn describe(r: &vinews::Ratio) -> String {
    let mut s = format!("{}/{}", r.numerator, r.denominator);
    if r.kind == RatioKind::Fraction {
        s += " kind=fraction";
    }
    if let Some(u) = &r.unit {
        s += &format!(" unit={u}");
    }
    if let Some(x) = &r.subject {
        s += &format!(" subject={x}");
    }
    s
}

// Rows of tests/data/ratios.tsv: source, publication date, context, expected ratios
// (`text => n/d [kind=fraction] [unit=…] [subject=…]` joined by ` | `, `-` for none), expected x/y dates
// (`-`, or the x/y texts that are dates, joined by ` | `).

fn predict(row: &common::FactRow) -> Vec<String> {
    let a = Extractor::new(ExtractConfig::new().reference_date(row.date)).parse(&row.context);
    a.ratios
        .iter()
        .map(|r| format!("{} => {}", r.text, describe(r)))
        .collect()
}

/// Precision, recall and F1 over `tests/data/ratios.tsv` (`VINEWS_BLESS=out.tsv` writes
/// the current predictions for a person to correct; `VINEWS_TABLE` reads another table).
#[test]
fn labelled_ratios() {
    let Some(f1) = common::score_fact_table("ratios (labelled table)", "ratios.tsv", 0.9, predict)
    else {
        return;
    };
    assert!(
        f1 >= 0.9,
        "ratio F1 {f1:.3} below 0.9\nhelp: see the rows above; unit nouns are in src/lexicon/ratio_units.txt"
    );
}

/// Every "x/y" of the table is either a ratio, a date, or neither as labelled: the
/// decision is scored separately (goal ≥ 98 %).
#[test]
fn xy_never_both() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/ratios.tsv");
    for r in common::read_fact_table(&path) {
        let a = Extractor::new(ExtractConfig::new().reference_date(r.date)).parse(&r.context);
        for ra in &a.ratios {
            assert!(
                !a.dates
                    .iter()
                    .any(|d| d.span.start < ra.span.end && ra.span.start < d.span.end),
                "line {} ({}): {:?} is both a ratio and a date",
                r.line,
                r.source,
                ra.text
            );
        }
    }
}

#[test]
fn nine_of_ten_and_fractions() {
    let a = Article::parse("Huyện Đức Thọ hoàn thành 9 trên 10 chỉ tiêu, 2/3 số hộ đồng ý.");
    let got: Vec<String> = a.ratios.iter().map(describe).collect();
    assert_eq!(
        got,
        [
            "9/10 unit=chỉ tiêu subject=Huyện Đức Thọ",
            "2/3 kind=fraction unit=hộ"
        ]
    );
    assert!(a.dates.is_empty());
    let a = Article::parse("Thị xã có 15/19 xã đạt chuẩn; Quyết định số 123/QĐ-UBND; 24/7.");
    assert_eq!(a.ratios.len(), 1);
    assert_eq!(a.ratios[0].unit.as_deref(), Some("xã"));
    assert!(a.dates.is_empty(), "{:?}", a.dates);
}

/// Issue 13: numbers with "." grouping thousands are a count, never a date or a code.
#[test]
fn issue13_thousands_separators_make_a_count() {
    let a = Article::parse("412.305/450.118 học sinh");
    let r = &a.ratios[..];
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].numerator, r[0].denominator), (412_305, 450_118));
    assert_eq!(
        (r[0].kind, r[0].unit.as_deref()),
        (RatioKind::Count, Some("học sinh"))
    );
    assert!(a.dates.is_empty(), "{:?}", a.dates);
    // beyond u32
    let a = Article::parse("Có 4.100.000.000/5.000.000.000 lượt truy cập.");
    assert_eq!(a.ratios[0].denominator, 5_000_000_000);
    // phone numbers (a leading zero, four digits before a group) and a decimal rate
    for text in [
        "Gọi 0969.082.115/0949.396.115 để được hỗ trợ.",
        "Tỷ lệ mắc là 43,1/100.000 dân.",
        "Văn bản số 1.234/5.678 đã được ban hành.",
        // past u64: no number, no panic
        "Có 1.000.000.000.000.000.000.000/2.000.000.000.000.000.000.000 hạt.",
    ] {
        let a = Article::parse(text);
        assert!(a.ratios.is_empty() && a.dates.is_empty(), "{text}: {a:?}");
    }
}

/// Issue 13: "1/3 số hộ" is a fraction of the households, neither a count nor 1 March.
#[test]
fn issue13_one_third_of_households_is_a_fraction_not_a_date() {
    let a = Article::parse("Có 1/3 số hộ đã thoát nghèo.");
    assert!(a.dates.is_empty(), "{:?}", a.dates);
    let got: Vec<String> = a.ratios.iter().map(describe).collect();
    assert_eq!(got, ["1/3 kind=fraction unit=hộ"]);
}

/// Fractions by the grammar of the phrase: a noun of one whole, "số"/"tổng" before the
/// noun, or a word of approximation; a count noun alone counts ("thua 2/3 trận": two
/// matches of three). A fraction lists no items.
#[test]
fn count_or_fraction() {
    let cases = [
        ("Đội thua 2/3 trận mở màn.", "2/3 unit=trận"),
        ("Đội thua gần 2/3 số trận.", "2/3 kind=fraction unit=trận"),
        (
            "Có ít hơn 1/5 hộ gia đình dùng cáp quang.",
            "1/5 kind=fraction unit=hộ gia đình",
        ),
        (
            "Cát-sê chiếm đến 1/3 tổng chi phí.",
            "1/3 kind=fraction unit=chi phí",
        ),
        (
            "Đã hơn 1/4 thế kỷ trôi qua.",
            "1/4 kind=fraction unit=thế kỷ",
        ),
        ("Xã đạt 2/13 số tiêu chí.", "2/13 unit=tiêu chí"),
        ("Quy tắc 1/3 là bố cục quen thuộc.", "1/3 kind=fraction"),
    ];
    for (text, want) in cases {
        let a = Article::parse(text);
        let got: Vec<String> = a.ratios.iter().map(describe).collect();
        assert_eq!(got, [want], "{text}");
        assert!(a.dates.is_empty(), "{text}: {:?}", a.dates);
        assert!(a.ratios[0].items.is_empty(), "{text}");
    }
}

/// "tỷ lệ 1/5 triệu" is one in five million: a scale word makes "5" a number, not May.
#[test]
fn a_scale_word_after_x_y_is_not_a_month() {
    let a = Article::parse("Bệnh hiếm, với tỷ lệ 1/5 triệu đến 1/6 triệu trẻ sơ sinh.");
    assert!(a.dates.is_empty(), "{:?}", a.dates);
    assert!(a.ratios.is_empty(), "{:?}", a.ratios);
}

fn viet_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ngày ",
        "Ngày ",
        "tháng ",
        "năm ",
        "quý ",
        "III",
        "/",
        "-",
        ".",
        ",",
        " ",
        "\n",
        "(",
        ")",
        "19",
        "9",
        "2023",
        "8",
        "12",
        "31",
        "h",
        "30",
        "giờ ",
        "sáng ",
        "hôm ",
        "nay ",
        "qua ",
        "từ ",
        "đến ",
        "hết ",
        "rằm ",
        "mùng ",
        // not "Tết " alone: now a date, and a lone capitalised last line is a byline
        // once a title precedes it, so the prefix would change what it is
        "dịp Tết ",
        "âm lịch ",
        "xã ",
        "Đức Ninh ",
        "đạt ",
        "tiêu chí ",
        "gồm: ",
        "; ",
        "trên ",
        "giai đoạn ",
        "thứ Hai ",
        "ủy ",
        "hoá ",
        "\u{301}",
        "é",
        "\u{200b}",
        "ĐẠT ",
        "Ä",
        "24/7",
        "QĐ",
        "1.500",
        "450.118",
        "0969",
        "số ",
        "diện tích ",
        "gần ",
        "triệu ",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_panic_and_spans_in_bounds(text in viet_text(), with_ref in any::<bool>()) {
        let date = with_ref.then(|| "2023-09-20".parse::<Date>().unwrap());
        let a = Extractor::new(ExtractConfig::new().reference_date(date)).parse(&text);
        for d in &a.dates {
            prop_assert!(d.span.start <= d.span.end && d.span.end <= text.len());
            prop_assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        }
        for r in &a.ratios {
            prop_assert!(r.span.start <= r.span.end && r.span.end <= text.len());
            prop_assert!(text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end));
        }
    }

    #[test]
    fn offset_shift_under_a_prefix(text in viet_text()) {
        // Both texts open with a headline, so that the lines of `text` are body lines in
        // both (a last line such as "Ba (Ngày 19h" is read as a caption after a body, not
        // alone); the second has one paragraph more before `text`.
        let head = "Đắk Lắk — ủy ban.\n";
        let prefix = "Hà Nội — họp ủy ban.\n";
        let a = Article::parse(&format!("{head}{text}"));
        let b = Article::parse(&format!("{head}{prefix}{text}"));
        let spans = |x: &Article| -> Vec<(usize, usize, String)> {
            x.dates.iter().map(|d| (d.span.start, d.span.end, d.text.clone()))
                .chain(x.ratios.iter().map(|r| (r.span.start, r.span.end, r.text.clone())))
                .collect()
        };
        let shifted: Vec<_> = spans(&a).into_iter()
            .map(|(s, e, t)| (s + prefix.len(), e + prefix.len(), t)).collect();
        prop_assert_eq!(shifted, spans(&b));
    }
}

#[test]
fn arbitrary_bytes_do_not_panic() {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2000 {
        let mut s = String::new();
        for _ in 0..60 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let c = match x % 6 {
                0 => char::from(b'0' + (x % 10) as u8),
                1 => ['/', '-', '.', ',', ':', '(', ')', ' '][(x / 7 % 8) as usize],
                2 => char::from_u32((x % 0x2000) as u32).unwrap_or('x'),
                _ => ['n', 'h', 'x', 'Đ', 'à'][(x / 11 % 5) as usize],
            };
            s.push(c);
        }
        let _ = Article::parse(&s);
    }
}

/// Issue 15: a ratio's items end where the next ratio's clause starts. Read on, every ratio
/// of a run of "đạt 8/19 tiêu chí gồm: …" listed the next ones' words (output and memory
/// about 60 times the input).
#[test]
fn items_stop_at_the_next_ratio() {
    let text = "đạt 8/19 tiêu chí gồm: Giao thông, Điện, ".repeat(50);
    let a = vinews::Article::parse(&text);
    assert_eq!(a.ratios.len(), 50);
    for r in &a.ratios {
        assert_eq!(r.items, ["Giao thông", "Điện"], "{}", r.text);
    }
    let a = vinews::Article::parse(
        "Xã Đức Ninh đạt 8/19 tiêu chí gồm: Giao thông; Điện; xã Hùng Đức đạt 2/19 tiêu chí \
         gồm: Thủy lợi; Y tế.",
    );
    let items: Vec<&[String]> = a.ratios.iter().map(|r| r.items.as_slice()).collect();
    assert_eq!(
        items,
        [&["Giao thông", "Điện"][..], &["Thủy lợi", "Y tế"][..]]
    );
}

/// Issue 15: the ratios are built from the last to free their reading as they go; they come
/// out in text order, each with its own items (none for a ratio listing none between two
/// that do).
#[test]
fn ratios_come_in_text_order_with_their_own_items() {
    let a = vinews::Article::parse(
        "Xã Đức Ninh đạt 8/19 tiêu chí gồm: Giao thông; Điện. Gần 1/3 số hộ có ô tô. Xã Hùng \
         Đức đạt 2/19 tiêu chí gồm: Thủy lợi; Y tế; Văn hóa.",
    );
    let got: Vec<(&str, &[String])> = a
        .ratios
        .iter()
        .map(|r| (r.text.as_str(), r.items.as_slice()))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got[0].0.starts_with("8/19") && got[1].0.starts_with("1/3"),
        "{got:?}"
    );
    assert_eq!(got[0].1, ["Giao thông", "Điện"]);
    assert!(got[1].1.is_empty(), "{got:?}");
    assert_eq!(got[2].1, ["Thủy lợi", "Y tế", "Văn hóa"]);
    assert!(
        a.ratios
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start)
    );
}
