//! Ratios: a table of labelled "x/y" occurrences from real news, the date-vs-ratio
//! decision, and properties shared with dates (no panic, spans, offset shift).

mod common;

use proptest::prelude::*;
use vinews::{Article, Date, ExtractConfig, Extractor};

fn describe(r: &vinews::Ratio) -> String {
    let mut s = format!("{}/{}", r.numerator, r.denominator);
    if let Some(u) = &r.unit {
        s += &format!(" unit={u}");
    }
    if let Some(x) = &r.subject {
        s += &format!(" subject={x}");
    }
    s
}

/// Rows: source, publication date, context, expected ratios (`text => n/d [unit=…]
/// [subject=…]` joined by ` | `, `-` for none), expected x/y dates (`-`, or the x/y texts
/// that are dates, joined by ` | `).
struct Row {
    line: usize,
    source: String,
    date: Option<Date>,
    context: String,
    expected: Vec<String>,
}

fn read_table(path: &std::path::Path) -> Vec<Row> {
    let src = std::fs::read_to_string(path).unwrap();
    let mut rows = Vec::new();
    for (n, l) in src.lines().enumerate() {
        if l.starts_with('#') || l.trim().is_empty() || l.starts_with("source\t") {
            continue;
        }
        let cols: Vec<&str> = l.split('\t').collect();
        assert!(cols.len() >= 4, "{}:{}: 4 columns", path.display(), n + 1);
        rows.push(Row {
            line: n + 1,
            source: cols[0].to_string(),
            date: cols[1].parse().ok(),
            context: cols[2].to_string(),
            expected: if cols[3].trim() == "-" {
                Vec::new()
            } else {
                cols[3].split(" | ").map(|s| s.trim().to_string()).collect()
            },
        });
    }
    rows
}

fn predict(row: &Row) -> Vec<String> {
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
    let path = std::env::var_os("VINEWS_TABLE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/ratios.tsv")
        });
    let rows = read_table(&path);
    if let Some(out) = std::env::var_os("VINEWS_BLESS") {
        let mut s = String::from("source\tpub_date\tcontext\texpected\n");
        for r in &rows {
            let p = predict(r);
            let date = r.date.map_or("-".to_string(), |d| d.to_string());
            let exp = if p.is_empty() {
                "-".to_string()
            } else {
                p.join(" | ")
            };
            s += &format!("{}\t{}\t{}\t{}\n", r.source, date, r.context, exp);
        }
        std::fs::write(out, s).unwrap();
        return;
    }
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for r in &rows {
        let mut got = predict(r);
        let mut missing = Vec::new();
        for e in &r.expected {
            if let Some(k) = got.iter().position(|g| g == e) {
                got.remove(k);
                tp += 1;
            } else {
                missing.push(e.clone());
                fneg += 1;
            }
        }
        fp += got.len();
        if !missing.is_empty() || !got.is_empty() {
            println!(
                "line {} ({}): {}\n    missing: {:?}\n    extra:   {:?}",
                r.line, r.source, r.context, missing, got
            );
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let rc = tp as f64 / (tp + fneg).max(1) as f64;
    let f1 = if p + rc > 0.0 {
        2.0 * p * rc / (p + rc)
    } else {
        0.0
    };
    common::eval_row(
        "ratios (labelled table)",
        "tests/data/ratios.tsv",
        tp + fneg,
        p,
        rc,
        f1,
        Some(0.9),
    );
    println!(
        "ratios: {} rows, {} expected ratios: precision {p:.3} recall {rc:.3} F1 {f1:.3}",
        rows.len(),
        tp + fneg
    );
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
    for r in read_table(&path) {
        let a = Extractor::new(ExtractConfig::new().reference_date(r.date)).parse(&r.context);
        for ra in &a.ratios {
            assert!(
                !a.dates.iter().any(|d| d.start < ra.end && ra.start < d.end),
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
        ["9/10 unit=chỉ tiêu subject=Huyện Đức Thọ", "2/3 unit=hộ"]
    );
    assert!(a.dates.is_empty());
    let a = Article::parse("Thị xã có 15/19 xã đạt chuẩn; Quyết định số 123/QĐ-UBND; 24/7.");
    assert_eq!(a.ratios.len(), 1);
    assert_eq!(a.ratios[0].unit.as_deref(), Some("xã"));
    assert!(a.dates.is_empty(), "{:?}", a.dates);
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
        "Tết ",
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
            prop_assert!(d.start <= d.end && d.end <= text.len());
            prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
        }
        for r in &a.ratios {
            prop_assert!(r.start <= r.end && r.end <= text.len());
            prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }

    #[test]
    fn offset_shift_under_a_prefix(text in viet_text()) {
        let prefix = "Đắk Lắk — ủy ban.\n";
        let a = Article::parse(&text);
        let b = Article::parse(&format!("{prefix}{text}"));
        let spans = |x: &Article| -> Vec<(usize, usize, String)> {
            x.dates.iter().map(|d| (d.start, d.end, d.text.clone()))
                .chain(x.ratios.iter().map(|r| (r.start, r.end, r.text.clone())))
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
