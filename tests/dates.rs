//! Dates: the golden reference article, a table of labelled expressions from real news,
//! and properties.

mod common;

use vinews::{Article, DateFact, ExtractConfig, Extractor};

fn describe(d: &DateFact) -> String {
    let kind = serde_json::to_value(d.kind).unwrap();
    let mut s = kind.as_str().unwrap_or("?").to_string();
    if let Some(v) = &d.value {
        s += &format!(" {v}");
    }
    if d.from.is_some() || d.to.is_some() {
        s += &format!(
            " {}..{}",
            d.from.as_deref().unwrap_or(""),
            d.to.as_deref().unwrap_or("")
        );
    }
    if d.year_inferred {
        s += " inferred";
    }
    s
}

#[test]
fn golden_duc_ninh() {
    let text = include_str!("../fixtures/duc-ninh-2023.txt");
    let a = Article::parse(text);
    let got: Vec<(String, String)> = a
        .dates
        .iter()
        .map(|d| (d.text.clone(), describe(d)))
        .collect();
    let want = [
        ("Ngày 19/9", "day 2023-09-19 inferred"),
        ("năm 2023", "year 2023"),
        ("8 tháng đầu năm 2023", "period 2023-01-01..2023-08-31"),
        ("đến hết tháng 8 năm 2023", "period ..2023-08-31"),
        ("năm 2023", "year 2023"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
    for d in &a.dates {
        assert_eq!(
            &text[d.span.start..d.span.end],
            d.text,
            "span of {:?}",
            d.text
        );
    }
    assert_eq!(a.ratios.len(), 1, "{:?}", a.ratios);
    let r = &a.ratios[0];
    assert_eq!(r.text, "8/19 tiêu chí");
    assert_eq!(&text[r.span.start..r.span.end], "8/19 tiêu chí");
    assert_eq!((r.numerator, r.denominator), (8, 19));
    assert_eq!(r.unit.as_deref(), Some("tiêu chí"));
    assert_eq!(r.subject.as_deref(), Some("xã Đức Ninh"));
    assert_eq!(r.date.as_deref(), Some("2023-08-31"));
    assert_eq!(
        r.items,
        [
            "Giao thông",
            "Điện",
            "Cơ sở hạ tầng thương mại nông thôn",
            "Nhà ở dân cư",
            "Thu nhập",
            "Hành chính công",
            "Quốc phòng và an ninh",
            // the article writes "Văn hoá"; items are in the crate's normalized form
            vinews::normalize("Văn hoá").text.as_ref(),
        ]
    );
    assert!(!r.items_mismatch);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["dates"][0]["kind"], "day");
    assert_eq!(json["dates"][0]["year_inferred"], true);
    assert!(json["dates"][1].get("year_inferred").is_none());
    assert_eq!(json["ratios"][0]["numerator"], 8);
}

fn predict(row: &common::FactRow) -> Vec<String> {
    let a = Extractor::new(ExtractConfig::new().reference_date(row.date)).parse(&row.context);
    a.dates
        .iter()
        .map(|d| format!("{} => {}", d.text, describe(d)))
        .collect()
}

/// Precision, recall and F1 of the extractor over `tests/data/dates.tsv`
/// (`VINEWS_BLESS=out.tsv` writes the current predictions for a person to correct;
/// `VINEWS_TABLE` reads another table).
#[test]
fn labelled_dates() {
    let Some(f1) = common::score_fact_table("dates (labelled table)", "dates.tsv", 0.93, predict)
    else {
        return;
    };
    assert!(
        f1 >= 0.93,
        "date F1 {f1:.3} below 0.93\nhelp: the rows above differ; fix the grammar in src/extract/scan.rs or a word list in src/lexicon/"
    );
}

/// The facts of `text` published on `date`, as "text => kind value|from..to [inferred]".
fn facts(date: &str, text: &str) -> Vec<String> {
    let reference: vinews::Date = date.parse().unwrap();
    let a = Extractor::new(ExtractConfig::new().reference_date(Some(reference))).parse(text);
    a.dates
        .iter()
        .map(|d| format!("{} => {}", d.text, describe(d)))
        .collect()
}

/// Issue 13: "10h trưa" read 22:00, the noon rule adding 12 to every hour under 11; a
/// reading is now placed in the hours its part of the day spans (trưa 10–15).
#[test]
fn noon_keeps_the_morning_hours_of_noon() {
    assert_eq!(
        facts("2020-04-26", "Lúc 10h trưa, đoàn đến xã."),
        ["10h trưa => time 10:00"]
    );
    assert_eq!(
        facts("2020-04-26", "Khoảng 1h trưa 28/4, xe đến."),
        ["1h trưa 28/4 => time 2020-04-28T13:00 inferred"]
    );
    assert_eq!(
        facts("2020-04-26", "Đến 12h trưa, 9h tối và 11h đêm vẫn kẹt xe."),
        [
            "12h trưa => time 12:00",
            "9h tối => time 21:00",
            "11h đêm => time 23:00"
        ]
    );
}

/// Issue 13: a bare day before "đến" shares the month of the day after it.
#[test]
fn bare_day_range_shares_its_month() {
    assert_eq!(
        facts("2020-08-25", "Từ 14 đến 19-8, bệnh nhân ở nhà."),
        ["Từ 14 đến 19-8 => range 2020-08-14..2020-08-19 inferred"]
    );
}

/// Issue 13: a list of bare day-months after "ngày", and a second list after ";" whose
/// first day takes the month of the next: five days (only the first was found).
#[test]
fn bare_day_month_list_after_a_day_word() {
    assert_eq!(
        facts(
            "2020-03-25",
            "Xét nghiệm ngày 4-3, 9-3 và 14-3; đến 17 và 19-3 âm tính."
        ),
        [
            "ngày 4-3 => day 2020-03-04 inferred",
            "9-3 => day 2020-03-09 inferred",
            "14-3 => day 2020-03-14 inferred",
            "17 => day 2020-03-17 inferred",
            "19-3 => day 2020-03-19 inferred",
        ]
    );
}

/// Issue 13: "tính đến" with a clause after it makes a bare day-month a day.
#[test]
fn bare_day_month_after_tinh_den() {
    assert_eq!(
        facts("2020-04-06", "Tính đến 5-4 đã có 31 bệnh nhân khỏi bệnh."),
        ["5-4 => day 2020-04-05 inferred"]
    );
}

/// Issue 13: a line of a timeline opening with a day-month and a colon.
#[test]
fn bare_day_month_opening_a_timeline_line() {
    assert_eq!(
        facts("2020-06-20", "12-6: Bệnh nhân tự thở, tỉnh táo."),
        ["12-6 => day 2020-06-12 inferred"]
    );
}

/// Issue 13: two full dates glued by a dash are one range (the run was too long to read,
/// and the sentence's "Tháng Tám" was the only date found).
#[test]
fn glued_full_dates_are_a_range() {
    assert_eq!(
        facts(
            "2020-08-19",
            "Kỷ niệm 75 năm ngày Quốc khánh (19/8/1945-19/8/2020)."
        ),
        ["19/8/1945-19/8/2020 => range 1945-08-19..2020-08-19"]
    );
    assert_eq!(
        facts(
            "2021-04-28",
            "Kỷ niệm 46 năm thống nhất đất nước (30/4/1975 - 30/4/2021)."
        ),
        ["30/4/1975 - 30/4/2021 => range 1975-04-30..2021-04-30"]
    );
}

/// Issue 13: "tháng 6-7" is two months (nothing was found).
#[test]
fn month_pairs_are_month_ranges() {
    assert_eq!(
        facts("2020-08-01", "Tháng 6-7, dịch bùng phát."),
        ["Tháng 6-7 => range 2020-06-01..2020-07-31 inferred"]
    );
    assert_eq!(
        facts("2021-04-26", "Dịch được kiểm soát từ tháng 1-3/2021."),
        ["tháng 1-3/2021 => range 2021-01-01..2021-03-31"]
    );
}

/// Issue 13: scores, ratios, codes and counted ranges are not dates.
#[test]
fn scores_ratios_codes_and_counts_are_not_dates() {
    for text in [
        "Việt Nam thắng 2-1 trước Thái Lan.",
        "Roma vượt lên dẫn trước 2-1.",
        "Chiến thắng 6-3, 6-1 trước Kyrgios.",
        "Tỷ số 2-1 (7-6, 3-6, 9-7).",
        "Mỗi túi đóng từ 2-3 khúc.",
        "Sau 3-5 năm chia cổ tức.",
        "Chỉ số UV từ 3-5: mức trung bình.",
        "Uống từ 1 đến 2-3 lần mỗi ngày.",
        "Nhà số 12-3 phố Huế.",
    ] {
        assert_eq!(facts("2020-08-01", text), Vec::<String>::new(), "{text}");
    }
    let a = vinews::Article::parse("Xã đạt 8/19 tiêu chí; nhà số 12/3.");
    assert!(a.dates.is_empty(), "{:?}", a.dates);
}

/// Issue 13: "cách đây 5 năm" is five years before the publication date, as "5 năm
/// trước" (nothing was found).
#[test]
fn cach_day_counts_back_from_the_publication_date() {
    assert_eq!(
        facts("2020-08-01", "Cách đây 5 năm, xã còn nghèo."),
        ["Cách đây 5 năm => relative 2015"]
    );
    assert_eq!(
        facts("2020-08-01", "Cách đây 3 tháng, xã còn nghèo."),
        ["Cách đây 3 tháng => relative 2020-05"]
    );
}
