//! Dates: the golden reference article, a table of labelled expressions from real news,
//! and properties.

mod common;

use vinews::{Article, DateFact, ExtractConfig, Extractor, TimexType};

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
        // "trong thời gian qua": a vague reference to the past (issue 13)
        ("thời gian qua", "reference PAST_REF"),
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

/// The facts of a row of `dates.tsv`: its dates and times (the table was written before
/// durations and sets were read; they have their own table, `durations.tsv`, in tests/durations.rs).
fn predict(row: &common::FactRow) -> Vec<String> {
    let a = Extractor::new(ExtractConfig::new().reference_date(row.date)).parse(&row.context);
    a.dates
        .iter()
        .filter(|d| matches!(d.timex, TimexType::Date | TimexType::Time))
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

/// The facts of `text` published on `date`, as "text => TIMEX3 value".
fn values(date: &str, text: &str) -> Vec<String> {
    let reference: vinews::Date = date.parse().unwrap();
    let a = Extractor::new(ExtractConfig::new().reference_date(Some(reference))).parse(text);
    a.dates
        .iter()
        .map(|d| format!("{} => {}", d.text, d.value_str().unwrap_or_default()))
        .collect()
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
        ["10h trưa => time T10:00"]
    );
    assert_eq!(
        facts("2020-04-26", "Khoảng 1h trưa 28/4, xe đến."),
        ["1h trưa 28/4 => time 2020-04-28T13:00 inferred"]
    );
    assert_eq!(
        facts("2020-04-26", "Đến 12h trưa, 9h tối và 11h đêm vẫn kẹt xe."),
        [
            "12h trưa => time T12:00",
            "9h tối => time T21:00",
            "11h đêm => time T23:00"
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
        // "75 năm" is a length of time (a duration, since issue 13 reads them)
        [
            "75 năm => duration P75Y",
            "19/8/1945-19/8/2020 => range 1945-08-19..2020-08-19"
        ]
    );
    assert_eq!(
        facts(
            "2021-04-28",
            "Kỷ niệm 46 năm thống nhất đất nước (30/4/1975 - 30/4/2021)."
        ),
        [
            "46 năm => duration P46Y",
            "30/4/1975 - 30/4/2021 => range 1975-04-30..2021-04-30"
        ]
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
        // (the recurrence "mỗi ngày" is a SET, not a date)
        let dates: Vec<String> = facts("2020-08-01", text)
            .into_iter()
            .filter(|f| !f.contains("=> set "))
            .collect();
        assert_eq!(dates, Vec::<String>::new(), "{text}");
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

/// The facts of `text` published on `date` (none when `date` is empty), with the lunar
/// date: "text => kind value|from..to [inferred] [lunar L]".
fn lunar_facts(date: &str, text: &str) -> Vec<String> {
    let reference = date.parse::<vinews::Date>().ok();
    let a = Extractor::new(ExtractConfig::new().reference_date(reference)).parse(text);
    a.dates
        .iter()
        .map(|d| {
            let lunar = d.lunar.as_deref().map(|l| format!(" lunar {l}"));
            format!("{} => {}{}", d.text, describe(d), lunar.unwrap_or_default())
        })
        .collect()
}

/// Issue 13: "Tết Nguyên đán Kỷ Hợi 2019" is the first day of lunar year 2019, the
/// can-chi and the number agreeing; bare "Tết" is the nearest Tết to the publication date.
#[test]
fn tet_nguyen_dan_with_its_can_chi_and_year() {
    assert_eq!(
        lunar_facts("2019-03-01", "Tết Nguyên đán Kỷ Hợi 2019"),
        ["Tết Nguyên đán Kỷ Hợi 2019 => lunar 2019-02-05 lunar 2019-01-01"]
    );
    assert_eq!(
        lunar_facts(
            "2021-04-25",
            "Tại TP Cần Thơ, từ sau Tết Nguyên đán đến nay, giá cát tăng."
        ),
        [
            "Tết Nguyên đán => lunar 2021-02-12 inferred lunar 2021-01-01",
            "đến nay => reference PRESENT_REF"
        ]
    );
    assert_eq!(
        lunar_facts("2020-12-20", "Nhiều người về quê ăn Tết sớm."),
        ["Tết => lunar 2021-02-12 inferred lunar 2021-01-01"]
    );
    assert_eq!(
        lunar_facts(
            "2021-04-19",
            "Dịp Tết Nguyên đán Tân Sửu 2021 vừa rồi, bà con bán hành."
        ),
        ["Tết Nguyên đán Tân Sửu 2021 => lunar 2021-02-12 lunar 2021-01-01"]
    );
    // "Tết Nhâm Dần": the lunar year of the cycle nearest to the publication date
    assert_eq!(
        lunar_facts("2021-11-02", "Chuẩn bị hàng hóa phục vụ Tết Nhâm Dần."),
        ["Tết Nhâm Dần => lunar 2022-02-01 inferred lunar 2022-01-01"]
    );
}

/// Issue 13: "Đầu xuân Canh Tý" is the first lunar month (tháng Giêng) of Canh Tý, 2020.
#[test]
fn dau_xuan_canh_ty_is_the_first_lunar_month() {
    assert_eq!(
        lunar_facts(
            "2020-02-03",
            "Đầu xuân Canh Tý, hàng nghìn người đi lễ chùa."
        ),
        ["Đầu xuân Canh Tý => lunar 2020-01-25..2020-02-22 inferred lunar 2020-01"]
    );
}

/// Can-chi years after "năm" and "xuân": the lunar year, its value the calendar year whose
/// Tết starts it, nearest to the publication date; a year in parentheses that agrees with
/// the cycle is the year written.
#[test]
fn can_chi_years_are_lunar_years() {
    assert_eq!(
        lunar_facts("2020-05-01", "Năm Canh Tý đầy biến động."),
        ["Năm Canh Tý => year 2020 2020-01-25..2021-02-11 inferred lunar 2020"]
    );
    assert_eq!(
        lunar_facts("2021-01-30", "Chợ hoa xuân Tân Sửu mở cửa."),
        ["xuân Tân Sửu => year 2021 2021-02-12..2022-01-31 inferred lunar 2021"]
    );
    assert_eq!(
        lunar_facts(
            "2021-04-18",
            "Chùa Thiên Mụ khởi lập năm Tân Sửu (1601), đời chúa Tiên."
        ),
        ["năm Tân Sửu (1601) => year 1601 lunar 1601"]
    );
    // a day of a can-chi year is a lunar day
    assert_eq!(
        lunar_facts(
            "2021-04-11",
            "An táng ngày 14/4/2021 (tức ngày mùng 3 tháng 3 năm Tân Sửu)."
        ),
        [
            "ngày 14/4/2021 => day 2021-04-14",
            "ngày mùng 3 tháng 3 năm Tân Sửu => lunar 2021-04-14 inferred lunar 2021-03-03"
        ]
    );
    // without a publication date: the cycle year nearest to the article's own years
    assert_eq!(
        lunar_facts("", "Năm 2017 khép lại. Tết Đinh Dậu, bệnh viện nhận 11 ca."),
        [
            "Năm 2017 => year 2017",
            "Tết Đinh Dậu => lunar 2017-01-28 inferred lunar 2017-01-01"
        ]
    );
    // a surname and a stem are not a year without "năm", "xuân", "Tết"
    assert_eq!(
        lunar_facts("2021-01-30", "Ông Đinh Dậu và bà Canh Tý."),
        [] as [&str; 0]
    );
}

/// Issue 13: the lunar festivals of `src/lexicon/lunar_festivals.txt`, each the solar day
/// of its lunar date in the year nearest to the publication date or written after it.
#[test]
fn lunar_festivals_are_their_lunar_days() {
    let cases = [
        (
            "2020-10-02",
            "Tết Trung thu 2020, MC Quyền Linh đến Sóc Trăng.",
            "Tết Trung thu 2020 => lunar 2020-10-01 lunar 2020-08-15",
        ),
        (
            "2020-10-02",
            "Sao Việt đi đâu, làm gì dịp Tết Trung thu?",
            "Tết Trung thu => lunar 2020-10-01 inferred lunar 2020-08-15",
        ),
        (
            "2023-06-01",
            "Người dân ăn bánh tro dịp Tết Đoan ngọ.",
            "Tết Đoan ngọ => lunar 2023-06-22 inferred lunar 2023-05-05",
        ),
        (
            "2023-08-20",
            "Chùa tổ chức lễ Vu Lan báo hiếu.",
            "Vu Lan => lunar 2023-08-30 inferred lunar 2023-07-15",
        ),
        (
            "2023-08-20",
            "Chùa đông người dịp rằm tháng Bảy.",
            "rằm tháng Bảy => lunar 2023-08-30 inferred lunar 2023-07-15",
        ),
        (
            "2023-02-01",
            "Lễ hội đông vui dịp rằm tháng Giêng.",
            "rằm tháng Giêng => lunar 2023-02-05 inferred lunar 2023-01-15",
        ),
        (
            "2023-01-10",
            "Người dân thả cá chép tiễn Tết ông Công ông Táo.",
            "Tết ông Công ông Táo => lunar 2023-01-14 inferred lunar 2022-12-23",
        ),
        (
            "2023-04-20",
            "Giỗ Tổ Hùng Vương năm nay được tổ chức trang trọng.",
            "Giỗ Tổ Hùng Vương năm nay => lunar 2023-04-29 lunar 2023-03-10",
        ),
        (
            "2023-04-01",
            "Bánh trôi bánh chay ngày Tết Hàn thực.",
            "ngày Tết Hàn thực => lunar 2023-04-22 inferred lunar 2023-03-03",
        ),
        (
            "2022-12-20",
            "Nghỉ Tết Dương lịch 2023 một ngày.",
            "Tết Dương lịch 2023 => day 2023-01-01",
        ),
    ];
    for (date, text, want) in cases {
        assert_eq!(lunar_facts(date, text), [want], "{text}");
    }
}

/// "Tết" before a name that is no day of the festival table is not Tết Nguyên đán, and
/// "Tết" inside other words is never read.
#[test]
fn tet_of_other_things_is_not_tet_nguyen_dan() {
    for text in [
        "Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ.",
        "Ngày Tết Thanh minh, con cháu tảo mộ.",
        "Chương trình Tết thiếu nhi cho các em.",
        "Ông Tếtt đến.",
        "Doanh thu dịp Tết Songkran tăng mạnh.",
    ] {
        assert_eq!(lunar_facts("2023-03-01", text), [] as [&str; 0], "{text}");
    }
}
/// The facts of `text` published on `date`, with the fields of issue 13's new forms:
/// "text => kind value|from..to [inferred] [mod M] [birth]".
fn timex(date: &str, text: &str) -> Vec<String> {
    let reference: vinews::Date = date.parse().unwrap();
    let a = Extractor::new(ExtractConfig::new().reference_date(Some(reference))).parse(text);
    a.dates
        .iter()
        .map(|d| {
            let mut s = format!("{} => {}", d.text, describe(d));
            if let Some(m) = &d.modifier {
                s += &format!(" mod {m}");
            }
            if d.birth {
                s += " birth";
            }
            s
        })
        .collect()
}

/// Issue 13: "những năm 1990" read "năm 1990", "thập niên 70" nothing; a decade is now
/// its own fact, valued by its first three digits (TIMEX3), a two-digit one of the 1900s
/// unless a century follows it.
#[test]
fn decades_are_decades() {
    let d = "2020-08-01";
    assert_eq!(
        timex(d, "những năm 1990"),
        ["những năm 1990 => decade 199 1990-01-01..1999-12-31"]
    );
    assert_eq!(
        timex(d, "thập niên 70"),
        ["thập niên 70 => decade 197 1970-01-01..1979-12-31"]
    );
    assert_eq!(
        timex(d, "Kinh tế khó khăn vào thập kỷ 80, rồi đổi mới."),
        ["thập kỷ 80 => decade 198 1980-01-01..1989-12-31"]
    );
    assert_eq!(
        timex(d, "Phim ra đời vào những năm 90 của thế kỷ trước."),
        ["những năm 90 của thế kỷ trước => decade 199 1990-01-01..1999-12-31"]
    );
    assert_eq!(
        timex(d, "Nghiên cứu từ đầu những năm 1960 cho thấy điều đó."),
        ["đầu những năm 1960 => decade 196 1960-01-01..1969-12-31 mod START"]
    );
    assert_eq!(
        timex(d, "Xu hướng này nở rộ trong thập niên 2010."),
        ["thập niên 2010 => decade 201 2010-01-01..2019-12-31"]
    );
    // counts of decades are durations (anchored: stretches), and years that are no round decade are not decades
    assert_eq!(
        timex(d, "Giữ nguyên trong suốt 4 thập niên qua."),
        ["4 thập niên qua => relative 1980-08-01..2020-08-01"]
    );
    assert_eq!(
        timex(d, "Ông tham gia đoàn kịch từ những năm 1963."),
        ["năm 1963 => year 1963"]
    );
}

/// Issue 13: "Cuối thế kỷ XVIII" gave nothing; a century in Roman or Arabic numerals is
/// valued by the first two digits of its years (TIMEX3: the 18th century is "17"), with
/// "đầu"/"giữa"/"cuối" kept as its modifier.
#[test]
fn centuries_in_roman_and_arabic_numerals() {
    let d = "2020-08-01";
    assert_eq!(
        timex(d, "Cuối thế kỷ XVIII"),
        ["Cuối thế kỷ XVIII => century 17 1700-01-01..1799-12-31 mod END"]
    );
    assert_eq!(
        timex(d, "Việt Nam bước vào thế kỷ 21 với nhiều cơ hội."),
        ["thế kỷ 21 => century 20 2000-01-01..2099-12-31"]
    );
    assert_eq!(
        timex(d, "Ngôi chùa được xây vào giữa thế kỷ thứ XV."),
        ["giữa thế kỷ thứ XV => century 14 1400-01-01..1499-12-31 mod MID"]
    );
    assert_eq!(
        timex(d, "Bước sang đầu thế kỷ 19, bệnh lan rộng."),
        ["đầu thế kỷ 19 => century 18 1800-01-01..1899-12-31 mod START"]
    );
    assert_eq!(
        timex(d, "Công trình của thế kỷ trước."),
        ["thế kỷ trước => century 19 1900-01-01..1999-12-31"]
    );
    // a count of centuries gives nothing; a range of them is a period
    assert_eq!(
        timex(d, "Hơn hai thế kỷ trước, nơi đây là rừng."),
        [] as [&str; 0]
    );
    assert_eq!(timex(d, "Đồ vật có từ thế kỷ 12-14."), [] as [&str; 0]);
    assert_eq!(
        timex(d, "Thành được xây vào thế kỷ XI-XIII."),
        ["thế kỷ XI-XIII => period 1000-01-01..1299-12-31"]
    );
    assert_eq!(
        timex(d, "Đền có từ thế kỷ thứ 3 trước Công nguyên."),
        [] as [&str; 0]
    );
}

/// Issue 13: "Hiện nay", "Những năm qua", "Thời gian tới", "gần đây" gave nothing; the
/// phrases of src/lexicon/date_references.txt are vague references, and only the
/// phrases: "xuất hiện tại", "ở gần đây", "tương lai của em" are not.
#[test]
fn vague_references_to_present_past_and_future() {
    let d = "2020-08-01";
    for (text, want) in [
        ("Hiện nay", "Hiện nay => reference PRESENT_REF"),
        ("Những năm qua", "Những năm qua => reference PAST_REF"),
        ("Thời gian tới", "Thời gian tới => reference FUTURE_REF"),
        ("gần đây", "gần đây => reference PAST_REF"),
        (
            "Hiện tại, dự án đã xong.",
            "Hiện tại => reference PRESENT_REF",
        ),
        (
            "Trong thời gian qua, xã đã làm tốt.",
            "thời gian qua => reference PAST_REF",
        ),
        (
            "Trước đây, đường còn lầy lội.",
            "Trước đây => reference PAST_REF",
        ),
        (
            "Kỳ thi sắp tới rất quan trọng.",
            "sắp tới => reference FUTURE_REF",
        ),
        (
            "Ngành này có triển vọng trong tương lai.",
            "tương lai => reference FUTURE_REF",
        ),
    ] {
        assert_eq!(timex(d, text), [want], "{text}");
    }
    for text in [
        "Sân khấu xuất hiện tại Hà Nội.",
        "Nhà ông ở gần đây thôi.",
        "Tương lai của em phụ thuộc vào em.",
        "Ông hiện là Chủ tịch xã.",
        "Các em học sinh năm nay đều đỗ.",
    ] {
        let got = timex(d, text);
        assert!(
            got.iter()
                .all(|f| !f.contains("reference") && !f.contains("birth")),
            "{text}: {got:?}"
        );
    }
}

/// Issue 13: "SN 1979" gave nothing and "sinh năm 1961" a plain year; both are now years
/// with the role of birth (the cue is left out of the text).
#[test]
fn birth_years_carry_their_role() {
    let d = "2020-08-01";
    assert_eq!(
        timex(d, "Ông B (SN 1979, trú tại…)"),
        ["1979 => year 1979 birth"]
    );
    assert_eq!(
        timex(d, "Bà C, sinh năm 1961, đã nghỉ hưu."),
        ["năm 1961 => year 1961 birth"]
    );
    assert_eq!(
        timex(d, "Anh D sinh ngày 12/3/1980 tại Huế."),
        ["ngày 12/3/1980 => day 1980-03-12 birth"]
    );
    // "hi sinh năm 1968" is a death, "học sinh năm 2020" pupils
    assert_eq!(
        timex(d, "Liệt sĩ hi sinh năm 1968."),
        ["năm 1968 => year 1968"]
    );
}

/// Issue 13: "những ngày qua", "nhiều năm qua", "những ngày tới" are vague references,
/// read from the word before "ngày" or "năm" like "những năm qua"; a list of days after
/// "những ngày" stays days.
#[test]
fn references_before_a_unit_word() {
    let d = "2021-04-20";
    assert_eq!(
        timex(d, "Những ngày qua, mưa lớn kéo dài."),
        ["Những ngày qua => reference PAST_REF"]
    );
    assert_eq!(
        timex(d, "Trong nhiều năm qua, xã phát triển mạnh."),
        ["nhiều năm qua => reference PAST_REF"]
    );
    assert_eq!(
        timex(d, "Trong những ngày tới, trời nắng nóng."),
        ["những ngày tới => reference FUTURE_REF"]
    );
    assert_eq!(
        timex(d, "Những ngày 5/4 và 6/4 trời mưa."),
        [
            "ngày 5/4 => day 2021-04-05 inferred",
            "6/4 => day 2021-04-06 inferred"
        ]
    );
}

/// "cùng ngày" (the same day) is the day named before it, else the publication date; "cùng
/// ngày 5/4" is that day.
#[test]
fn the_same_day_is_the_day_named_before() {
    let d = "2021-04-20";
    assert_eq!(
        timex(
            d,
            "Sáng 16/4, đoàn kiểm tra tới xã. Chiều cùng ngày, đoàn làm việc với huyện."
        ),
        [
            "Sáng 16/4 => day 2021-04-16 inferred",
            "cùng ngày => day 2021-04-16"
        ]
    );
    assert_eq!(
        timex(d, "Chiều cùng ngày, đoàn làm việc với huyện."),
        ["cùng ngày => day 2021-04-20 inferred"]
    );
    assert_eq!(
        timex(d, "Trong cùng ngày 5/4 có mưa lớn."),
        ["ngày 5/4 => day 2021-04-05 inferred"]
    );
}

/// A clock time followed by "cùng ngày" is on the day named before (or the publication
/// date), and the phrase makes no fact of its own.
#[test]
fn a_time_on_the_same_day() {
    assert_eq!(
        timex(
            "2021-04-29",
            "Sáng 16/4, đoàn tới xã. Đến 20h cùng ngày, đám cháy được khống chế."
        ),
        [
            "Sáng 16/4 => day 2021-04-16 inferred",
            "20h => time 2021-04-16T20:00"
        ]
    );
}

/// "đến nay" alone is the present; after a stretch with no end it closes the stretch on
/// the publication date ("Từ năm 2017 đến nay").
#[test]
fn until_now() {
    let d = "2021-04-20";
    assert_eq!(
        timex(d, "Đến nay, dự án vẫn chưa xong."),
        ["Đến nay => reference PRESENT_REF"]
    );
    assert_eq!(
        timex(d, "Từ năm 2017 đến nay, xã đã thay đổi nhiều."),
        ["Từ năm 2017 đến nay => period 2017-01-01..2021-04-20"]
    );
    assert_eq!(
        timex(d, "Ngày nay, người dân sống tốt hơn."),
        ["Ngày nay => reference PRESENT_REF"]
    );
}

/// Issue 13: a part of a month is its ten days ("đầu" / "thượng tuần" 1–10, "giữa" /
/// "trung tuần" 11–20, "cuối" / "hạ tuần" 21 to the end), a part of a year the year with
/// its TIMEX3 `mod` (only the month or the year was read, without the part).
#[test]
fn parts_of_months_and_years() {
    assert_eq!(
        facts("2021-07-02", "Giá thép tăng mạnh từ cuối tháng 5/2021."),
        ["cuối tháng 5/2021 => period 2021-05-21..2021-05-31"]
    );
    assert_eq!(
        facts("2021-07-02", "Đến cuối tháng 2, kho đã đầy."),
        ["cuối tháng 2 => period 2021-02-21..2021-02-28 inferred"]
    );
    assert_eq!(
        facts("2021-07-02", "Hội nghị diễn ra vào giữa tháng 8 năm 2021."),
        ["giữa tháng 8 năm 2021 => period 2021-08-11..2021-08-20"]
    );
    assert_eq!(
        facts("2021-07-02", "Lô hàng về cảng hồi đầu tháng 6."),
        ["đầu tháng 6 => period 2021-06-01..2021-06-10 inferred"]
    );
    assert_eq!(
        facts(
            "2020-06-01",
            "Dự kiến thượng tuần tháng 7/2020 sẽ khởi công."
        ),
        ["thượng tuần tháng 7/2020 => period 2020-07-01..2020-07-10"]
    );
    assert_eq!(
        facts("2020-06-01", "Vào hạ tuần tháng 6, mưa lớn kéo dài."),
        ["hạ tuần tháng 6 => period 2020-06-21..2020-06-30 inferred"]
    );
    assert_eq!(
        facts("2021-04-10", "Dự án sẽ hoàn thành vào cuối năm 2022."),
        ["cuối năm 2022 => year 2022"]
    );
    assert_eq!(
        facts(
            "2021-04-10",
            "Từ nay đến cuối năm, công ty sẽ tuyển thêm 300 người."
        ),
        ["cuối năm => year 2021 inferred"]
    );
    assert_eq!(
        facts("2021-04-10", "Từ đầu năm 2021, giá xăng tăng bốn lần."),
        ["Từ đầu năm 2021 => period 2021-01-01.."]
    );
    // a half is no ten days: the month alone
    assert_eq!(
        facts("2021-04-20", "Trong nửa đầu tháng 4, giá giảm."),
        ["tháng 4 => month 2021-04 inferred"]
    );
    // not a calendar year: a year of study
    assert_eq!(
        facts("2021-04-10", "Em đang học cuối năm học thứ hai."),
        Vec::<String>::new()
    );
    let a = Extractor::new(ExtractConfig::new().reference_date("2021-04-10".parse().ok()))
        .parse("Hàng về vào trung tuần tháng 5.");
    assert_eq!(a.dates[0].modifier.as_deref(), Some("MID"));
}

/// Issue 13: a count before "qua", "vừa qua", "nay" (a stretch ending at the publication
/// date) or "tới", "sắp tới" (one starting there) is that stretch of the calendar, a
/// relative date like "tuần trước" (`unit`, `offset`, `from`/`to`); before "nữa" it is the
/// point that many units later, as "5 năm trước" is the point before; an unknown count
/// ("vài năm qua") is a vague reference. (The count alone was read, as a duration.)
#[test]
fn counts_anchored_on_the_publication_date() {
    assert_eq!(
        facts(
            "2021-04-29",
            "Trong 24 giờ qua, cả nước ghi nhận 5 ca mắc mới."
        ),
        ["24 giờ qua => relative 2021-04-28..2021-04-29"]
    );
    assert_eq!(
        facts("2020-11-01", "Gần 9 tháng qua, nhà hát đóng cửa."),
        ["Gần 9 tháng qua => relative 2020-02-01..2020-11-01"]
    );
    assert_eq!(
        facts("2021-04-20", "Hai ngày vừa qua, trời rét đậm."),
        ["Hai ngày vừa qua => relative 2021-04-18..2021-04-20"]
    );
    assert_eq!(
        facts("2021-03-22", "Giá pin sẽ giảm một nửa trong 1 thập kỷ tới."),
        ["1 thập kỷ tới => relative 2021-03-22..2031-03-22"]
    );
    assert_eq!(
        facts("2021-03-22", "Khoảng 4 năm nữa, tàu sẽ hạ cánh."),
        ["Khoảng 4 năm nữa => relative 2025"]
    );
    assert_eq!(
        facts("2021-03-22", "Chỉ còn 3 tháng nữa là đến hạn."),
        ["3 tháng nữa => relative 2021-06"]
    );
    assert_eq!(
        facts("2021-03-22", "Vài năm qua, giá nhà tăng mạnh."),
        ["Vài năm qua => reference PAST_REF"]
    );
    let a = Extractor::new(ExtractConfig::new().reference_date("2021-03-22".parse().ok()))
        .parse("Trong 5 năm qua, xã đổi thay.");
    assert_eq!(
        (a.dates[0].unit.as_deref(), a.dates[0].offset),
        (Some("year"), Some(-5))
    );
    assert_eq!(
        facts("2021-04-16", "Kỳ thi vào lớp 10 năm nay có ba môn."),
        Vec::<String>::new()
    );
    // not anchored: lengths ("thêm": more), and a count before a date
    assert_eq!(
        facts("2021-03-22", "Lệnh phong tỏa kéo dài thêm 2 tuần nữa."),
        ["2 tuần => duration P2W"]
    );
    assert_eq!(
        facts("2021-03-22", "Dự án kéo dài 3 năm, tới năm 2024."),
        ["3 năm => duration P3Y", "năm 2024 => year 2024"]
    );
}

/// Issue 13: "những ngày sắp đến" (the coming days) is the future, as "những ngày sắp
/// tới" (it was not in the list).
#[test]
fn sap_den_is_the_future() {
    assert_eq!(
        facts("2021-04-20", "Trong những ngày sắp đến, trời sẽ nắng nóng."),
        ["những ngày sắp đến => reference FUTURE_REF"]
    );
}

/// "mới đây" (recently) and "cách đây ít ngày/không lâu" (a few days / not long ago) are
/// vague references to the past, wherever they stand in the clause.
#[test]
fn recent_past_references() {
    let text = "Mới đây, công ty ra mắt sản phẩm. Hội nghị được tổ chức mới đây. \
                Cách đây ít ngày, xã họp dân. Cách đây không lâu, ông về hưu.";
    let a = Article::parse(text);
    let got: Vec<(&str, String)> = a
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value_str().unwrap_or_default()))
        .collect();
    assert_eq!(
        got,
        [
            ("Mới đây", "PAST_REF".to_string()),
            ("mới đây", "PAST_REF".to_string()),
            ("Cách đây ít ngày", "PAST_REF".to_string()),
            ("Cách đây không lâu", "PAST_REF".to_string()),
        ]
    );
}

/// A weekday said without its date is placed by the publication date: "vừa qua" the last
/// one before it, "tới" the next, "tuần trước/này/tới" in that week; a lowercase or
/// numbered "thứ …" only with a week or after a part of the day, "ngày", "hôm", "vào"
/// ("làn sóng thứ hai này" is an ordinal).
#[test]
fn weekdays_placed_by_the_publication_date() {
    let text = "Chủ nhật vừa qua, đội thắng. Thứ Hai tuần trước, ông họp. Thứ Sáu tới, xã họp. \
                Thứ Tư tuần này mưa. Hôm thứ 3 vừa qua trời nắng. Làn sóng thứ hai này rất mạnh.";
    // 2021-04-21 is a Wednesday
    assert_eq!(
        values("2021-04-21", text),
        [
            "Chủ nhật vừa qua => 2021-04-18",
            "Thứ Hai tuần trước => 2021-04-12",
            "Thứ Sáu tới => 2021-04-23",
            "Thứ Tư tuần này => 2021-04-21",
            "thứ 3 vừa qua => 2021-04-20",
        ]
    );
}

/// A day or month without its year, followed by "vừa qua" or "tới", is the last one on or
/// before the publication date or the first on or after it.
#[test]
fn months_placed_by_vua_qua_and_toi() {
    let text = "Tháng 7 vừa qua mưa nhiều. Tháng 9 tới sẽ họp. Ngày 15/8 vừa qua ông về.";
    assert_eq!(
        values("2021-04-21", text),
        [
            "Tháng 7 vừa qua => 2020-07",
            "Tháng 9 tới => 2021-09",
            "Ngày 15/8 vừa qua => 2020-08-15",
        ]
    );
}

/// A range of centuries is a period from the first's first year to the second's last.
#[test]
fn a_range_of_centuries() {
    let a = Article::parse("Vào thế kỷ XI-XIII, nhà Lý và nhà Trần trị vì.");
    let d = &a.dates[0];
    assert_eq!(d.text, "thế kỷ XI-XIII");
    assert_eq!(d.from.as_deref(), Some("1000-01-01"));
    assert_eq!(d.to.as_deref(), Some("1299-12-31"));
    // A second century before the first is no range.
    assert!(Article::parse("Thế kỷ XIII-XI là sai.").dates.is_empty());
}

/// "tới" after a weekday or a day is "coming" only where it is no range's "to": "từ thứ
/// Hai tới thứ Sáu" is no next Monday; "tới đây" is "coming".
#[test]
fn toi_is_coming_or_a_range() {
    let date: vinews::Date = "2021-04-21".parse().unwrap();
    let a = Extractor::new(ExtractConfig::new().reference_date(Some(date)))
        .parse("Cửa hàng mở từ thứ Hai tới thứ Sáu. Phiên tòa vào thứ Tư tới đây. Thi vào tháng 6 tới đây.");
    let got: Vec<(&str, String)> = a
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value_str().unwrap_or_default()))
        .collect();
    let want = [
        ("thứ Tư tới đây", "2021-04-28"),
        ("tháng 6 tới đây", "2021-06"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, v)| (t, v.to_string())).collect();
    assert_eq!(got, want);
}

/// Vague references opened by words the grammar did not look at ("bây giờ", "giờ đây",
/// "bấy lâu nay", "trong quá khứ", "ít/vài ngày tới", "thời gian trước mắt"); "quá khứ"
/// only after "trong" (not "quá khứ của anh"), and "ít người tới" is no reference.
#[test]
fn references_to_now_the_past_and_the_days_ahead() {
    assert_eq!(
        facts(
            "2021-05-01",
            "Bây giờ công ty đã lớn. Giờ đây anh đã khác. Bấy lâu nay họ chờ. Trong quá khứ \
             họ nghèo. Quá khứ của anh đẹp. Ít ngày tới sẽ mưa, vài ngày tới rét. Thời gian \
             trước mắt còn khó. Ít người tới."
        ),
        vec![
            "Bây giờ => reference PRESENT_REF",
            "Giờ đây => reference PRESENT_REF",
            "Bấy lâu nay => reference PAST_REF",
            "quá khứ => reference PAST_REF",
            "Ít ngày tới => reference FUTURE_REF",
            "vài ngày tới => reference FUTURE_REF",
            "Thời gian trước mắt => reference FUTURE_REF",
        ]
    );
}

/// "khi đó", "lúc đó", "thời điểm đó" point back to the time named before (TIMEX3's
/// anaphor) and take its value; not "trong khi đó" (meanwhile), not in a condition ("Nếu
/// …, khi đó": in that case), and not with no time named before.
#[test]
fn then_points_back_to_the_time_named_before() {
    assert_eq!(
        facts(
            "2021-05-01",
            "Năm 1962, ông sang Pháp. Khi đó, ông mới 20 tuổi. Trong khi đó, em ông ở nhà. \
             Nếu trời mưa, khi đó trận đấu hoãn. Ngày 5/3/1975 quân ta tiến. Lúc đó trời tối."
        ),
        vec![
            "Năm 1962 => year 1962",
            "Khi đó => year 1962",
            "Ngày 5/3/1975 => day 1975-03-05",
            "Lúc đó => day 1975-03-05",
        ]
    );
    assert!(facts("2021-05-01", "Khi đó trời tối.").is_empty());
}
