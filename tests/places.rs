//! Place extraction: the table of real news clauses (tests/data/places.tsv) with P/R/F1,
//! the reference article, matching variants, resolution, offsets.

mod common;

use proptest::prelude::*;
use vinews::extract::place::{PlaceKind, places};
use vinews::{Article, Date, ExtractConfig, Extractor, NormalizeConfig, ToneStyle};

const TABLE: &str = include_str!("data/places.tsv");

struct Row<'a> {
    line: usize,
    context: &'a str,
    expected: Vec<(&'a str, &'a str, Option<&'a str>)>,
}

fn rows() -> Vec<Row<'static>> {
    TABLE
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "places.tsv line {}: 3 columns", i + 1);
            let expected = if cols[1] == "-" {
                Vec::new()
            } else {
                cols[1]
                    .split(" ; ")
                    .map(|item| {
                        let mut p = item.split('/');
                        let text = p.next().unwrap_or("");
                        let unit = p.next().unwrap_or("");
                        (text, unit, p.next())
                    })
                    .collect()
            };
            Row {
                line: i + 1,
                context: cols[0],
                expected,
            }
        })
        .collect()
}

#[test]
fn table_precision_recall() {
    let rows = rows();
    assert!(rows.len() >= 80, "places.tsv has {} rows", rows.len());
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut codes_ok, mut codes_bad) = (0usize, 0usize);
    let mut report = String::new();
    for row in &rows {
        let article = Article::parse(row.context);
        // Scored per mention: every mention of a record, with the record's unit and
        // resolution (the first mention's text is the record's own, normalized).
        let mut got: Vec<(String, &str, Option<&str>)> = Vec::new();
        for p in &article.places {
            assert_eq!(p.mentions.first(), Some(&p.span), "{p:?}");
            let code = p.resolved.as_ref().map(|c| c.code);
            got.push((p.text.clone(), p.unit, code));
            for m in &p.mentions[1..] {
                let text = m.slice(row.context).unwrap_or_default().to_string();
                got.push((text, p.unit, code));
            }
        }
        for &(text, unit, code) in &row.expected {
            match got.iter().position(|g| g.0 == text && g.1 == unit) {
                Some(i) => {
                    tp += 1;
                    let g = got.remove(i);
                    if let Some(code) = code {
                        if g.2 == Some(code) {
                            codes_ok += 1;
                        } else {
                            codes_bad += 1;
                            report.push_str(&format!(
                                "line {}: {text:?} resolved to {:?}, expected {code}\n",
                                row.line, g.2
                            ));
                        }
                    }
                }
                None => {
                    fn_ += 1;
                    report.push_str(&format!("line {}: missed {text}/{unit}\n", row.line));
                }
            }
        }
        for g in got {
            fp += 1;
            report.push_str(&format!("line {}: spurious {}/{}\n", row.line, g.0, g.1));
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * p * r / (p + r).max(f64::EPSILON);
    println!("{report}");
    common::eval_row(
        "places (labelled table)",
        "tests/data/places.tsv",
        tp + fn_,
        p,
        r,
        f1,
        Some(0.93),
    );
    println!(
        "places.tsv: {} rows, tp {tp} fp {fp} fn {fn_}: P {p:.3} R {r:.3} F1 {f1:.3}; \
         resolved codes {codes_ok}/{}",
        rows.len(),
        codes_ok + codes_bad
    );
    assert!(
        f1 >= 0.93 && p >= 0.95,
        "F1 {f1:.3} P {p:.3}\nhelp: see the lines above; src/extract/place.rs and src/lexicon/place_*.txt"
    );
    assert_eq!(codes_bad, 0, "help: resolution in place.rs resolve()");
}

fn reference() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/duc-ninh-2023.txt"
    ))
    .expect("fixtures/duc-ninh-2023.txt")
}

#[test]
fn golden_reference_article() {
    let text = reference();
    let article = Article::parse(&text);
    // One record: xã Đức Ninh, said seven times and more.
    assert_eq!(article.places.len(), 1, "{:?}", article.places);
    for p in &article.places {
        assert!(p.mentions.len() >= 7, "{:?}", p.mentions);
        assert_eq!(p.mentions[0], p.span);
        for m in &p.mentions {
            assert_eq!(m.slice(&text), Some("xã Đức Ninh"));
        }
        // Only xã Đức Ninh: "huyện" alone, "Huyện ủy" and "Quốc lộ 2" are not places.
        assert_eq!(p.text, "xã Đức Ninh", "{p:?}");
        assert_eq!(p.span.slice(&text), Some("xã Đức Ninh"));
        assert_eq!(p.unit, "xã");
        assert_eq!(p.name, "Đức Ninh");
        assert_eq!(p.kind, PlaceKind::Admin);
        let paths: Vec<&str> = p.candidates.iter().map(|c| c.path.as_str()).collect();
        assert!(paths.len() >= 2, "{paths:?}");
        assert!(paths.contains(&"xã Đức Ninh, huyện Hàm Yên, tỉnh Tuyên Quang"));
        assert!(paths.contains(&"xã Đức Ninh, thành phố Đồng Hới, tỉnh Quảng Bình"));
        let r = p
            .resolved
            .as_ref()
            .expect("resolved by the article's Huyện ủy / huyện");
        assert_eq!(r.code, "02422");
        let succ = r.successor.as_ref().expect("a successor after 2025-07-01");
        assert!(succ.path.ends_with("tỉnh Tuyên Quang"), "{succ:?}");
    }
    let json = serde_json::to_value(&article).unwrap();
    let first = &json["places"][0];
    for key in [
        "text",
        "start",
        "end",
        "mentions",
        "unit",
        "name",
        "candidates",
        "resolved",
    ] {
        assert!(first.get(key).is_some(), "JSON lacks {key}: {first}");
    }
    assert_eq!(first["resolved"]["code"], "02422");
    assert_eq!(first["candidates"][0]["valid"], "before");
}

#[test]
fn reference_date_after_the_reform_prefers_new_units() {
    let text = "Lãnh đạo UBND tỉnh Tuyên Quang làm việc tại xã Hàm Yên.";
    let after = Extractor::new(ExtractConfig::new().reference_date(Date::new(2025, 9, 1)));
    let a = after.parse(text);
    let tq = a.places.iter().find(|p| p.name == "Tuyên Quang").unwrap();
    let r = tq.resolved.as_ref().unwrap();
    assert_eq!(r.valid, vinews::extract::gazetteer::Validity::After);
    let before = Extractor::new(ExtractConfig::new().reference_date(Date::new(2023, 9, 19)));
    let b = before.parse(text);
    let tq = b.places.iter().find(|p| p.name == "Tuyên Quang").unwrap();
    let r = tq.resolved.as_ref().unwrap();
    assert_eq!(r.valid, vinews::extract::gazetteer::Validity::Before);
    assert_eq!(r.successor.as_ref().unwrap().code, "08");
}

#[test]
fn lists_titles_and_abbreviations() {
    let cases: &[(&str, &[&str])] = &[
        (
            "các xã Đức Ninh, Hùng Đức và Thái Hòa đạt chuẩn",
            &["xã Đức Ninh", "Hùng Đức", "Thái Hòa"],
        ),
        (
            "Bí thư Tỉnh ủy Thanh Hóa Đỗ Trọng Hưng phát biểu",
            &["Thanh Hóa"],
        ),
        ("UBND tỉnh Hà Tĩnh vừa có văn bản", &["tỉnh Hà Tĩnh"]),
        (
            "Hà Tĩnh: Huyện Đức Thọ tổ chức",
            &["Hà Tĩnh", "Huyện Đức Thọ"],
        ),
        (
            "ở Q.1 và P.3, Q.Tân Bình, TP.HCM",
            &["Q.1", "P.3", "Q.Tân Bình", "TP.HCM"],
        ),
        (
            "tại TP. Hồ Chí Minh và Tp Hà Nội",
            &["TP. Hồ Chí Minh", "Tp Hà Nội"],
        ),
        (
            "thôn 3, bản Nà Hẩu, ấp Tân Thành, tổ dân phố 5",
            &["thôn 3", "bản Nà Hẩu", "ấp Tân Thành", "tổ dân phố 5"],
        ),
        ("vì hòa bình và ổn định", &[]),
        ("phố Huế và đường Hà Nội đông xe", &[]),
        ("Công ty Thủy lợi Hà Tĩnh và Bệnh viện Bạch Mai", &[]),
        (
            "sang Lào, Campuchia, Trung Quốc và Hoa Kỳ",
            &["Lào", "Campuchia", "Trung Quốc", "Hoa Kỳ"],
        ),
        (
            "vùng Tây Nguyên và đồng bằng sông Cửu Long",
            &["Tây Nguyên", "đồng bằng sông Cửu Long"],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<String> = Article::parse(text)
            .places
            .into_iter()
            .map(|p| p.text)
            .collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn matching_ignores_tone_style_case_and_i_y() {
    let new =
        Extractor::new(ExtractConfig::new().normalize(NormalizeConfig::new().tone(ToneStyle::New)));
    let a = new.parse("Huyện uỷ Hàm Yên làm việc với Đảng uỷ xã Đức Ninh, tỉnh Thanh Hoá");
    let texts: Vec<&str> = a.places.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["Hàm Yên", "xã Đức Ninh", "tỉnh Thanh Hoá"]);
    assert_eq!(a.places[1].resolved.as_ref().unwrap().code, "02422");
    assert!(a.places[2].resolved.is_some());

    let lower = Article::parse("người dân xã đức ninh, huyện hàm yên");
    assert_eq!(lower.places.len(), 2, "{:?}", lower.places);
    let iy = Article::parse("Giáo phận Qui Nhơn và thị xã Kì Anh");
    let texts: Vec<&str> = iy.places.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["Qui Nhơn", "thị xã Kì Anh"]);
    assert!(!iy.places[1].candidates.is_empty());
}

#[test]
fn spans_shift_with_a_prefix_and_map_to_the_original() {
    let text = reference();
    let prefix = "Tiêu đề – “Đảng ủy” ";
    let a = Article::parse(&text);
    let b = Article::parse(&format!("{prefix}{text}"));
    let sa: Vec<_> = a.places.iter().flat_map(|p| p.mentions.clone()).collect();
    let sb: Vec<_> = b
        .places
        .iter()
        .flat_map(|p| p.mentions.clone())
        .map(|s| vinews::Span::new(s.start - prefix.len(), s.end - prefix.len()))
        .collect();
    assert!(sa.len() > a.places.len());
    assert_eq!(sa, sb);
    // decomposed input: spans still cover the original bytes
    let raw = "Đảng ủy xa\u{303} Đức Ninh";
    let a = Article::parse(raw);
    assert_eq!(a.places[0].span.slice(raw), Some("xa\u{303} Đức Ninh"));
}

/// The texts of each record's mentions in `text`.
fn mention_texts(text: &str, article: &Article) -> Vec<Vec<String>> {
    article
        .places
        .iter()
        .map(|p| {
            p.mentions
                .iter()
                .map(|m| m.slice(text).unwrap_or_default().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn one_record_per_place() {
    // The same unit said twice, in two spellings; two communes of one name in two
    // districts stay two records.
    let text = "Huyện Mỹ Đức có 22 xã. Lãnh đạo huyện Mỹ Đức và TP.HCM, TPHCM cùng dự.";
    let a = Article::parse(text);
    assert_eq!(
        mention_texts(text, &a),
        [
            vec!["Huyện Mỹ Đức", "huyện Mỹ Đức"],
            vec!["TP.HCM", "TPHCM"]
        ]
    );
    assert_eq!(a.places[0].text, "Huyện Mỹ Đức");
    assert_eq!(a.places[0].span, a.places[0].mentions[0]);
    // Unresolved: the same unit word and folded name are one place, another unit word
    // another place.
    let text = "Người dân thôn Đồng Tâm và thôn đồng tâm, xóm Đồng Tâm.";
    let a = Article::parse(text);
    let units: Vec<(&str, usize)> = a
        .places
        .iter()
        .map(|p| (p.unit, p.mentions.len()))
        .collect();
    assert_eq!(units, [("thôn", 1), ("xóm", 1)], "{:?}", a.places);
    let text = "Người dân thôn Đồng Tâm. Ở thôn Đồng Tâm, xóm Đồng Tâm.";
    let a = Article::parse(text);
    let units: Vec<(&str, usize)> = a
        .places
        .iter()
        .map(|p| (p.unit, p.mentions.len()))
        .collect();
    assert_eq!(units, [("thôn", 2), ("xóm", 1)], "{:?}", a.places);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json["places"][0]["mentions"].as_array().map(Vec::len),
        Some(2)
    );
}

#[test]
fn a_name_said_with_its_unit_is_a_place_when_said_bare_later() {
    let text = "Huyện Gia Lâm có nhiều làng nghề. Năm nay, Gia Lâm đón 2 triệu khách. \
                Tại Gia Lâm, lượng khách tăng.";
    let a = Article::parse(text);
    assert_eq!(
        mention_texts(text, &a),
        [vec!["Huyện Gia Lâm", "Gia Lâm", "Gia Lâm"]]
    );
    assert_eq!(a.places[0].resolved.as_ref().map(|c| c.code), Some("018"));
    // Not before its unit word is said; not inside a longer capitalised run, nor after an
    // honorific, nor a name that opens with a family name.
    let cases: &[(&str, &[&str])] = &[
        (
            "Gia Lâm đón khách. Huyện Gia Lâm có làng nghề.",
            &["Huyện Gia Lâm"],
        ),
        (
            "Xã Ninh Hiệp thuộc huyện Gia Lâm. Anh Nguyễn Gia Lâm và ông Gia Lâm.",
            &["Xã Ninh Hiệp", "huyện Gia Lâm"],
        ),
        (
            "Đoàn đến phường Lê Lợi. Lê Lợi là người anh hùng.",
            &["phường Lê Lợi"],
        ),
        (
            "Ở xã Ninh Hiệp. Sáng nay Công ty Ninh Hiệp họp.",
            &["xã Ninh Hiệp"],
        ),
    ];
    for (text, want) in cases {
        let a = Article::parse(text);
        let got: Vec<&str> = a
            .places
            .iter()
            .flat_map(|p| p.mentions.iter().filter_map(|m| m.slice(text)))
            .collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn provinces_and_central_cities_are_places_bare_anywhere() {
    let text = "Hà Nội và Đà Nẵng đón khách; Quảng Ninh, Lào Cai cũng vậy.";
    let got: Vec<String> = Article::parse(text)
        .places
        .into_iter()
        .map(|p| p.text)
        .collect();
    assert_eq!(got, ["Hà Nội", "Đà Nẵng", "Quảng Ninh", "Lào Cai"]);
}

/// Each record's text with the text of its parent's record.
fn with_parents(text: &str) -> Vec<(String, Option<String>)> {
    let a = Article::parse(text);
    a.places
        .iter()
        .map(|p| {
            let parent = p.parent.map(|i| a.places[i].text.clone());
            (p.text.clone(), parent)
        })
        .collect()
}

#[test]
fn groups_below_the_commune_with_the_place_they_lie_in() {
    let own = |s: &str| s.to_string();
    let got = with_parents(
        "Người dân tổ 12, phường Hòa Bình và khu 4, tiểu khu 2 thị trấn Mộc Châu đã đi bầu.",
    );
    let want = [
        (own("tổ 12"), Some(own("phường Hòa Bình"))),
        (own("phường Hòa Bình"), None),
        (own("khu 4"), Some(own("tiểu khu 2"))),
        (own("tiểu khu 2"), Some(own("thị trấn Mộc Châu"))),
        (own("thị trấn Mộc Châu"), None),
    ];
    assert_eq!(got, want);
    // A list shares the place it lies in; villages take it from a bracket too.
    let got =
        with_parents("Ở các tổ 3, 4 và 6 thuộc phường Tân Lập; thôn Bắc và thôn Nam (xã Lìa).");
    let parents: Vec<Option<&str>> = got.iter().map(|(_, p)| p.as_deref()).collect();
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "tổ 3",
            "4",
            "6",
            "phường Tân Lập",
            "thôn Bắc",
            "thôn Nam",
            "xã Lìa"
        ]
    );
    let p = Some("phường Tân Lập");
    let x = Some("xã Lìa");
    assert_eq!(parents, [p, p, p, None, x, x, None]);
    // A number after "tổ" or "khu" with no place after it is no place.
    for text in [
        "Bệnh nhân nằm ở khu 3 của bệnh viện.",
        "Tổ 7 đã họp; công tác tổ chức do tổ 2 lo.",
        "Khu 5 có 20 hộ dân.",
    ] {
        assert_eq!(with_parents(text), [], "{text}");
    }
    // A village said again is the same record, its parent kept.
    let got = with_parents("Tại thôn Đông, xã Lìa có mưa. Thôn Đông bị ngập; thôn Đông có 40 hộ.");
    assert_eq!(got[0], (own("thôn Đông"), Some(own("xã Lìa"))));
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn abbreviations_and_other_names() {
    let text = "Họp tại TP.HCM, TPHCM, TP HCM, Sài Gòn và HN; người dân Q.1, P.5, \
                TX Sơn Tây, TT Đông Anh, H. Gia Lâm, H.Mê Linh.";
    let a = Article::parse(text);
    let got: Vec<(String, &str)> = a
        .places
        .iter()
        .flat_map(|p| {
            p.mentions
                .iter()
                .map(|m| (m.slice(text).unwrap_or_default().to_string(), p.unit))
        })
        .collect();
    let want = [
        ("TP.HCM", "thành phố"),
        ("TPHCM", "thành phố"),
        ("TP HCM", "thành phố"),
        ("Sài Gòn", "thành phố"),
        ("HN", "thành phố"),
        ("Q.1", "quận"),
        ("P.5", "phường"),
        ("TX Sơn Tây", "thị xã"),
        ("TT Đông Anh", "thị trấn"),
        ("H. Gia Lâm", "huyện"),
        ("H.Mê Linh", "huyện"),
    ];
    let want: Vec<(String, &str)> = want.iter().map(|&(t, u)| (t.to_string(), u)).collect();
    assert_eq!(got, want);
    // The four spellings of Hồ Chí Minh City are one record.
    assert_eq!(a.places[0].mentions.len(), 4, "{:?}", a.places[0]);
    let code = |name: &str| {
        a.places
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.resolved.as_ref())
            .map(|c| c.code)
    };
    assert_eq!(code("HN"), Some("01"));
    assert_eq!(code("Gia Lâm"), Some("018"));
    // Abbreviations take only names the gazetteer knows; an acronym joined by "&" is none;
    // initials are no unit.
    for text in [
        "TT Sao Việt khai trương.",
        "Thứ trưởng Bộ TT&TT Phan Tâm phát biểu.",
        "Em H.V.T và chị H. Mai đi học.",
    ] {
        assert_eq!(Article::parse(text).places, [], "{text}");
    }
}

#[test]
fn resolution_follows_the_article_date() {
    let at = |y, m, d| Extractor::new(ExtractConfig::new().reference_date(Date::new(y, m, d)));
    let resolved = |a: &Article, name: &str| {
        a.places
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.resolved.clone())
    };
    use vinews::extract::gazetteer::Validity;
    // Before the reform: the commune of its day, with the unit that took it in; its bare
    // mention later is the same record.
    let text = "Đoàn về xã Đức Ninh, huyện Hàm Yên. Tại Đức Ninh, lúa tốt.";
    let a = at(2023, 9, 19).parse(text);
    let r = resolved(&a, "Đức Ninh").expect("resolved");
    assert_eq!((r.code, r.valid), ("02422", Validity::Before));
    let succ = r.successor.expect("a successor");
    assert!(succ.path.ends_with("tỉnh Tuyên Quang"), "{succ:?}");
    assert_eq!(a.places[0].mentions.len(), 2);
    // After it: the new commune of that name.
    let text = "Đoàn về xã Hàm Yên, tỉnh Tuyên Quang. Tại Hàm Yên, lúa tốt.";
    let a = at(2025, 9, 1).parse(text);
    let r = resolved(&a, "Hàm Yên").expect("resolved");
    assert_eq!(r.valid, Validity::After);
    assert!(r.successor.is_none());
    let tq = resolved(&a, "Tuyên Quang").expect("resolved");
    assert_ne!(tq.valid, Validity::Before);
    // The same province in an older article is the province of its day.
    let tq = resolved(&at(2024, 3, 1).parse(text), "Tuyên Quang").expect("resolved");
    assert_eq!(tq.valid, Validity::Before);
    assert!(tq.successor.is_some());
}

/// Without a publication date, the article's era is that of the year its dates name most
/// (as year-less dates take it): a 2021 article names the units of 2021, each with its
/// successor; a 2026 article the new ones; the year of the reform itself tells nothing.
#[test]
fn resolution_follows_the_year_read_from_the_text() {
    use vinews::extract::gazetteer::Validity;
    let valid = |text: &str, name: &str| {
        let a = Article::parse(text);
        let p = a.places.iter().find(|p| p.name == name).cloned();
        p.and_then(|p| p.resolved)
            .map(|r| (r.valid, r.successor.is_some()))
    };
    let text = "Ngày 19/9/2021, Kinh tế TP.HCM và tỉnh Tuyên Quang tăng.";
    assert_eq!(valid(text, "TP.HCM"), Some((Validity::Before, true)));
    assert_eq!(valid(text, "Tuyên Quang"), Some((Validity::Before, true)));
    let text = "Ngày 5/9/2026, xã Hàm Yên, tỉnh Tuyên Quang đón khách; TP.HCM mưa.";
    assert_eq!(valid(text, "TP.HCM"), Some((Validity::After, false)));
    assert_eq!(valid(text, "Hàm Yên"), Some((Validity::After, false)));
    // A date given wins over the year read.
    let a = Extractor::new(ExtractConfig::new().reference_date(Date::new(2026, 1, 2)))
        .parse("Năm 2021 và năm 2021, kinh tế TP.HCM tăng.");
    assert_eq!(
        a.places[0].resolved.as_ref().map(|r| r.valid),
        Some(Validity::After)
    );
    // A later year in an article that names districts (abolished by the reform) is a typo.
    let text = "Tháng 5-2107, xã Đức Ninh, huyện Hàm Yên đạt chuẩn.";
    assert_eq!(valid(text, "Đức Ninh"), Some((Validity::Before, true)));
    // 2025: the era is not told by the year; with one path, the unit of today.
    let text = "Ngày 5/3/2025, kinh tế TP.HCM tăng.";
    assert_eq!(valid(text, "TP.HCM"), Some((Validity::After, false)));
}

#[test]
fn send_sync() {
    fn check<T: Send + Sync>() {}
    check::<vinews::Place>();
    check::<vinews::extract::gazetteer::Gazetteer>();
}

proptest! {
    #[test]
    fn never_panics_spans_in_bounds(s in "[xãhuyệntỉnhTPQ. ĐứcNinhHàNộiThanhHóaLàocácvà,0-9]{0,60}") {
        let out = places(&s, None);
        for p in out {
            prop_assert!(p.span.slice(&s).is_some());
            prop_assert!(p.span.start < p.span.end);
        }
        let _ = Article::parse(&s);
    }

    #[test]
    fn never_panics_on_any_text(s in "\\PC{0,80}") {
        for p in Article::parse(&s).places {
            prop_assert!(p.span.slice(&s).is_some());
        }
    }
}
