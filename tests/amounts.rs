//! Amounts (issue 18): a labelled table of money, percentages, measures and counts, the
//! JSON of an amount, and properties shared with the other facts (no panic, spans).

mod common;

use proptest::prelude::*;
use vinews::{AmountKind, Article, Change, ExtractConfig, Extractor};

fn describe(a: &vinews::Amount) -> String {
    let kind = match a.kind {
        AmountKind::Money => "money",
        AmountKind::Percent => "percent",
        AmountKind::Measure => "measure",
        _ => "count",
    };
    let mut s = format!("{} => {kind} {}", a.text, a.value);
    if let Some(q) = &a.qualifier {
        s += &format!(" qualifier={q}");
    }
    match a.change {
        Some(Change::Increase) => s += " change=increase",
        Some(Change::Decrease) => s += " change=decrease",
        _ => {}
    }
    s
}

fn predict(row: &common::FactRow) -> Vec<String> {
    let a = Extractor::new(ExtractConfig::new().reference_date(row.date)).parse(&row.context);
    a.amounts.iter().map(describe).collect()
}

/// Precision, recall and F1 over `tests/data/amounts.tsv`.
#[test]
fn labelled_amounts() {
    let Some(f1) =
        common::score_fact_table("amounts (labelled table)", "amounts.tsv", 0.9, predict)
    else {
        return;
    };
    assert!(
        f1 >= 0.9,
        "amount F1 {f1:.3} below 0.9\nhelp: see the rows above; units are in src/lexicon/amount_units.txt"
    );
}

/// Precision, recall and F1 over the held-out `tests/data/amounts-held.tsv` (drawn by
/// tools/sample_amounts.py, labelled before vinews' output on it was seen): summary figures
/// only, never its misses. The floor is 0.0 until the lead sets it from the first run.
#[test]
fn held_out_amounts() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/amounts-held.tsv");
    assert_eq!(
        common::read_fact_table(&path).len(),
        60,
        "the draw has 60 sentences"
    );
    let (p, r, f1) = common::score_held_table(
        "amounts (held-out table)",
        "amounts-held.tsv",
        0.85,
        predict,
    );
    // first run, before any rule saw the table: P 0.933 R 0.848 F1 0.889 (session 9)
    assert!(
        f1 >= 0.85,
        "held-out amount F1 {f1:.3} (precision {p:.3}, recall {r:.3}) below 0.85"
    );
}

#[test]
fn money_value_unit_code_and_json() {
    let text = "Tổng kinh phí của xã Đức Ninh tăng gần 12,5 tỷ đồng.";
    let a = Article::parse(text);
    let m = &a.amounts[0];
    assert_eq!(m.span.slice(text), Some("12,5 tỷ đồng"));
    assert_eq!((m.kind, m.value), (AmountKind::Money, 12_500_000_000.0));
    assert_eq!(m.code.as_deref(), Some("VND"));
    assert_eq!(m.qualifier.as_deref(), Some("gần"));
    assert_eq!(m.change, Some(Change::Increase));
    let json = serde_json::to_value(m).unwrap();
    // a whole value is an integer in the JSON, a fraction a float
    assert_eq!(json["value"], serde_json::json!(12_500_000_000_i64));
    assert_eq!(json["kind"], "money");
    let p = &Article::parse("tăng 3,2%").amounts[0];
    assert_eq!(
        serde_json::to_value(p).unwrap()["value"],
        serde_json::json!(3.2)
    );
}

#[test]
fn labels_ages_durations_years_and_codes_are_no_amounts() {
    for text in [
        "Ông An, 45 tuổi, ở số 5 phố Huế.",
        "Học sinh lớp 12 thi vào ngày 7/7.",
        "Trong 3 ngày, đoàn đi qua tổ 7 phường Quang Trung.",
        "Năm 2023 là năm bản lề.",
        "Theo Nghị định 30/2020/NĐ-CP và Điều 5 Luật Đất đai.",
        "Mạng 5G phủ sóng, chip A15 mạnh hơn.",
        "Tăng 3 lần so với cùng kỳ.",
    ] {
        let a = Article::parse(text);
        assert!(a.amounts.is_empty(), "{text}: {:?}", a.amounts);
    }
}

#[test]
fn no_amount_overlaps_a_date_or_a_ratio() {
    let text = "Ngày 19/9/2023, xã đạt 8/19 tiêu chí, trao 200 suất quà trị giá 100 triệu đồng.";
    let a = Article::parse(text);
    assert_eq!(a.amounts.len(), 2, "{:?}", a.amounts);
    for m in &a.amounts {
        let overlaps = |s: vinews::Span| s.start < m.span.end && m.span.start < s.end;
        assert!(!a.dates.iter().any(|d| overlaps(d.span)));
        assert!(!a.ratios.iter().any(|r| overlaps(r.span)));
    }
}

proptest! {
    #[test]
    fn amounts_are_in_bounds_ordered_and_slice_their_text(
        words in proptest::collection::vec(prop_oneof![
            Just("12,5"), Just("1.200"), Just("tỷ"), Just("triệu"), Just("đồng"), Just("%"),
            Just("ha"), Just("người"), Just("tăng"), Just("hơn"), Just("số"), Just("5"),
            Just("/"), Just(","), Just("."), Just("USD"), Just("xã"), Just("Ho\u{0323}c"),
        ], 0..40)
    ) {
        let text = words.join(" ");
        let a = Article::parse(&text);
        let mut last = 0;
        for m in &a.amounts {
            prop_assert!(m.span.start >= last && m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert!(m.value.is_finite());
            last = m.span.end;
        }
    }
}

/// A count's unit never takes a time word: "3 đoàn hôm qua" counts "đoàn", and "hôm qua"
/// is still a date (the unit used to run on into it and hide it from the dates).
#[test]
fn a_count_stops_before_a_time_word() {
    let text = "Có 3 đoàn hôm qua đã đến xã.";
    let a = Extractor::new(ExtractConfig::new().reference_date(vinews::Date::new(2023, 9, 20)))
        .parse(text);
    assert_eq!(a.amounts.len(), 1, "{:?}", a.amounts);
    assert_eq!(a.amounts[0].text, "3 đoàn");
    assert!(
        a.dates
            .iter()
            .any(|d| d.span.slice(text) == Some("hôm qua")),
        "{:?}",
        a.dates
    );
}
