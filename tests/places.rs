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

/// One place as the world's tests expect it: text, unit, kind, country.
type WorldPlace = (&'static str, &'static str, PlaceKind, Option<&'static str>);

fn world_places(text: &str) -> Vec<(String, &'static str, PlaceKind, Option<&'static str>)> {
    Article::parse(text)
        .places
        .into_iter()
        .map(|p| (p.text, p.unit, p.kind, p.country))
        .collect()
}

fn check_world(cases: &[(&str, &[WorldPlace])]) {
    for (text, want) in cases {
        let got = world_places(text);
        let want: Vec<_> = want
            .iter()
            .map(|&(t, u, k, c)| (t.to_string(), u, k, c))
            .collect();
        assert_eq!(
            got, want,
            "{text}\nhelp: src/extract/place/world.rs, src/lexicon/world_*.txt"
        );
    }
}

/// Issue 14: countries by CLDR's names and the news forms, each with its ISO code; a
/// one-word news form that is also a word or a name ("Anh", "Ý") only after a cue.
#[test]
fn countries_by_cldr_and_news_names() {
    use PlaceKind::Country;
    check_world(&[
        (
            "Phái đoàn thăm Hoa Kỳ, Mỹ và Vương quốc Anh.",
            &[
                // "Mỹ" is another name of the same country: a mention of its record
                ("Hoa Kỳ", "quốc gia", Country, Some("US")),
                ("Vương quốc Anh", "quốc gia", Country, Some("GB")),
            ],
        ),
        (
            "Hàng hóa xuất sang Anh, Ý và Kazakhstan.",
            &[
                ("Anh", "quốc gia", Country, Some("GB")),
                ("Kazakhstan", "quốc gia", Country, Some("KZ")),
            ],
        ),
        ("Anh ấy đọc ý kiến của bạn Jordan.", &[]),
        ("Lớp học tiếng Nga và tiếng Pháp.", &[]),
        (
            "Du học sinh ở nước Ý và Hồng Kông",
            &[
                ("Ý", "quốc gia", Country, Some("IT")),
                ("Hồng Kông", "quốc gia", Country, Some("HK")),
            ],
        ),
    ]);
}

/// Issue 14: provinces and cities of other countries in their Vietnamese form, bare or
/// after a unit word, with their country; historic states; world regions.
#[test]
fn foreign_places_historic_states_and_world_regions() {
    use PlaceKind::{Country, Foreign, Historic, Region};
    check_world(&[
        (
            "Đoàn đã tới Thành Đô (Tứ Xuyên, Trung Quốc) và Viêng Chăn.",
            &[
                ("Thành Đô", "thành phố", Foreign, Some("CN")),
                ("Tứ Xuyên", "tỉnh", Foreign, Some("CN")),
                ("Trung Quốc", "quốc gia", Country, Some("CN")),
                ("Viêng Chăn", "thành phố", Foreign, Some("LA")),
            ],
        ),
        (
            "Đại diện đã tới Pa-ri rồi thành phố New York.",
            &[
                ("Pa-ri", "thành phố", Foreign, Some("FR")),
                ("thành phố New York", "thành phố", Foreign, Some("US")),
            ],
        ),
        (
            "Mưa lớn ở tỉnh Quảng Đông và Phnôm Pênh.",
            &[
                ("tỉnh Quảng Đông", "tỉnh", Foreign, Some("CN")),
                ("Phnôm Pênh", "thành phố", Foreign, Some("KH")),
            ],
        ),
        (
            "ông từng học ở Liên Xô và Tiệp Khắc",
            &[
                ("Liên Xô", "quốc gia", Historic, None),
                ("Tiệp Khắc", "quốc gia", Historic, None),
            ],
        ),
        (
            "hàng xuất sang châu Âu, Trung Đông và Đông Nam Á",
            &[
                ("châu Âu", "vùng", Region, None),
                ("Trung Đông", "vùng", Region, None),
                ("Đông Nam Á", "vùng", Region, None),
            ],
        ),
        // A city that opens a longer name, or a club's, is no place.
        ("Tờ Los Angeles Times đưa tin, đội AS Roma thắng.", &[]),
    ]);
}

/// Issue 14: natural features named with their class word; the name of a feature is not
/// the unit it shares a name with ("vịnh Hạ Long" is no city); a common noun is no class
/// word ("hồ sơ", "đồng hồ", "các đảo").
#[test]
fn natural_features_with_their_class_word() {
    use PlaceKind::{Admin, Natural};
    check_world(&[
        (
            "Du khách đến vịnh Hạ Long và đảo Phú Quốc, qua đèo Hải Vân.",
            &[
                ("vịnh Hạ Long", "vịnh", Natural, None),
                ("đảo Phú Quốc", "đảo", Natural, None),
                ("đèo Hải Vân", "đèo", Natural, None),
            ],
        ),
        (
            "Hồ Ba Bể đẹp. Vịnh Nha Trang và quần đảo Trường Sa, hồ Ba Bể, sông Hồng.",
            &[
                ("Vịnh Nha Trang", "vịnh", Natural, None),
                ("quần đảo Trường Sa", "quần đảo", Natural, None),
                ("hồ Ba Bể", "hồ", Natural, None),
                ("sông Hồng", "sông", Natural, None),
            ],
        ),
        (
            "Hồ sơ, núi rác, biển số, đảo chiều, khai thác Bitcoin, đồng hồ Casio, các đảo Lý Sơn.",
            &[],
        ),
        // The sea of a city names the city; a name stops before a province.
        (
            "tắm biển Nha Trang, thủy điện trên sông Đà Hòa Bình, tàu ra biển Đông",
            &[
                ("Nha Trang", "thành phố", Admin, None),
                ("sông Đà", "sông", Natural, None),
                ("Hòa Bình", "tỉnh", Admin, None),
                ("biển Đông", "biển", Natural, None),
            ],
        ),
        // A capitalised class word inside a sentence, or one that opens a unit's name.
        ("Ông Nguyễn Văn Sông đến. Núi Thành có mưa.", &[]),
    ]);
}

/// A word that opens a sentence and is never part of a name ("Tại", "Theo", "Sau") leaves
/// the place after it bare: it is not the start of a longer proper name, as a capitalised
/// word before a place is elsewhere ("Trường Hà Nội").
#[test]
fn place_after_a_sentence_opening_word() {
    use PlaceKind::{Admin, Country};
    check_world(&[
        (
            "Tại Hà Nội, giá vàng tăng.",
            &[("Hà Nội", "thành phố", Admin, None)],
        ),
        (
            "Mưa lớn. Theo Nga, đó là sai.",
            &[("Nga", "quốc gia", Country, Some("RU"))],
        ),
        (
            "\"Tại Nghệ An, đã có mưa\".",
            &[("Nghệ An", "tỉnh", Admin, None)],
        ),
        ("Trường Hà Nội - Amsterdam tuyển sinh.", &[]),
    ]);
}

/// A district said in an address without its unit word, before its province: "sống tại
/// Hai Bà Trưng, Hà Nội" (the province is the evidence); a commune or ward named like a
/// street is not taken ("tại Nguyễn Trãi, Hà Nội"), nor a name without a word of place.
#[test]
fn district_in_an_address_before_its_province() {
    use PlaceKind::Admin;
    let ha_noi = ("Hà Nội", "thành phố", Admin, None);
    check_world(&[
        (
            "Anh Tùng, 35 tuổi, sống tại Hai Bà Trưng, Hà Nội cho biết.",
            &[("Hai Bà Trưng", "quận", Admin, None), ha_noi],
        ),
        (
            "Chị ở Hoàng Mai, Hà Nội.",
            &[("Hoàng Mai", "quận", Admin, None), ha_noi],
        ),
        ("Họp tại Nguyễn Trãi, Hà Nội.", &[ha_noi]),
        ("Ông Trần Phú, Hà Nội nói.", &[ha_noi]),
    ]);
}

/// A province in brackets ties the whole run of capitalised words before it: a district of
/// that province ("Sa Pa (Lào Cai)", "Lý Sơn (Quảng Ngãi)", after a sentence's opening word
/// too), or a commune unless the name opens with a family name; not a person, not the
/// second of a pair of names ("Cát Linh - Hà Đông"), not a facility ("Sân bay quốc tế Nội
/// Bài"), not a company's home country ("hãng Toyota (Nhật Bản)").
#[test]
fn district_or_commune_before_its_province_in_brackets() {
    use PlaceKind::{Admin, Country};
    let p = |name: &'static str, unit: &'static str| (name, unit, Admin, None);
    check_world(&[
        (
            "Các điểm như Sa Pa (Lào Cai), Lý Sơn (Quảng Ngãi) kín phòng.",
            &[
                p("Sa Pa", "thị xã"),
                p("Lào Cai", "tỉnh"),
                p("Lý Sơn", "huyện"),
                p("Quảng Ngãi", "tỉnh"),
            ],
        ),
        (
            "Tại Lý Sơn (Quảng Ngãi), khách đông.",
            &[p("Lý Sơn", "huyện"), p("Quảng Ngãi", "tỉnh")],
        ),
        (
            "Khách đến Bát Tràng (Hà Nội).",
            &[p("Bát Tràng", "xã"), p("Hà Nội", "thành phố")],
        ),
        (
            "Anh Nguyễn Văn Nam (Hà Nội) và ông Lê Lợi (Thanh Hóa) đến.",
            &[p("Hà Nội", "thành phố"), p("Thanh Hóa", "tỉnh")],
        ),
        (
            "Tuyến đường sắt Cát Linh - Hà Đông (Hà Nội) chạy.",
            &[p("Hà Nội", "thành phố")],
        ),
        (
            "Máy bay đỗ ở Sân bay quốc tế Nội Bài (Hà Nội).",
            &[p("Hà Nội", "thành phố")],
        ),
        (
            "Hãng Toyota (Nhật Bản) tăng giá.",
            &[("Nhật Bản", "quốc gia", Country, Some("JP"))],
        ),
    ]);
}

/// A place of another country said in an address before its country ("ở Lệ Giang, Trung
/// Quốc"), or a capital ("thủ đô Baghdad của Iraq"): foreign, with that country; not a run holding an acronym ("ĐH Saint
/// Petersburg" is a university), not a part of a longer address, not before "Việt Nam".
#[test]
fn foreign_place_in_an_address_before_its_country() {
    use PlaceKind::{Country, Foreign};
    check_world(&[
        (
            "Chị bán đồ ở Lệ Giang, Trung Quốc.",
            &[
                ("Lệ Giang", "thành phố", Foreign, Some("CN")),
                ("Trung Quốc", "quốc gia", Country, Some("CN")),
            ],
        ),
        (
            "Anh học tại ĐH Saint Petersburg, Nga.",
            &[("Nga", "quốc gia", Country, Some("RU"))],
        ),
        (
            "Ông sống ở Zapopan, Jalisco, Mexico.",
            &[("Mexico", "quốc gia", Country, Some("MX"))],
        ),
        (
            "Chị sống ở Springfield, Việt Nam.",
            &[("Việt Nam", "quốc gia", Country, Some("VN"))],
        ),
        // a capital before its country, after a comma or "của"; not a company's
        (
            "Lửa cháy ở thủ đô Baghdad của Iraq và thủ đô Kabul, Afghanistan.",
            &[
                ("Baghdad", "thành phố", Foreign, Some("IQ")),
                ("Iraq", "quốc gia", Country, Some("IQ")),
                ("Kabul", "thành phố", Foreign, Some("AF")),
                ("Afghanistan", "quốc gia", Country, Some("AF")),
            ],
        ),
        (
            "Hãng Boeing của Mỹ giao hàng.",
            &[("Mỹ", "quốc gia", Country, Some("US"))],
        ),
    ]);
}

/// A place inside a team's name is no place (the guide's rule for clubs and national
/// teams): after a word naming a team ("đội tuyển Việt Nam", "U23 Thái Lan", a club's
/// sponsor "HA Gia Lai"), before "FC", or after the word before an opponent in a clause
/// about a match ("trận gặp Bình Định", "trận đấu giữa Panama và Maringa"). Not so in a
/// drill or a war ("tập trận chung với Mỹ"), nor for a list joined by "và" with no
/// opponent ("trận động đất ở Nhật Bản và Hàn Quốc").
#[test]
fn places_in_team_names_and_matches_are_teams() {
    use PlaceKind::{Admin, Country};
    let names = |text: &str| -> Vec<String> {
        Article::parse(text)
            .places
            .into_iter()
            .map(|p| p.text)
            .collect()
    };
    for text in [
        "Đội tuyển Việt Nam tập buổi đầu.",
        "HLV Park theo dõi U23 Thái Lan và ĐT Lào.",
        "HA Gia Lai vượt lên dẫn đầu, SHB Đà Nẵng đứng thứ ba.",
        "Thủ môn bên phía Sài Gòn FC bắt trượt.",
        "Anh ghi bàn trong trận gặp Bình Định.",
        "Va chạm xảy ra trong trận đấu giữa Panama và Maringa.",
        "Họ thắng 3 trận trước Thanh Hóa.",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "{text}");
    }
    check_world(&[
        (
            "Hải quân tập trận chung với Mỹ.",
            &[("Mỹ", "quốc gia", Country, Some("US"))],
        ),
        (
            "Sau trận động đất ở Nhật Bản và Hàn Quốc, giá tăng.",
            &[
                ("Nhật Bản", "quốc gia", Country, Some("JP")),
                ("Hàn Quốc", "quốc gia", Country, Some("KR")),
            ],
        ),
        (
            "Trận đấu diễn ra tại Hà Nội.",
            &[("Hà Nội", "thành phố", Admin, None)],
        ),
    ]);
}

/// A place inside a university's, a treaty's, a pageant's or a bloc's name is no place,
/// nor a name after a title or rank that stands before a person ("GS Đức", "thượng úy
/// Đức"); a preposition of place after the organization's word frees the name ("Đại học
/// Bern ở Thụy Sĩ"), and so does a clause that has left the name ("ĐH Stanford - ngôi
/// trường danh giá hàng đầu nước Mỹ"). "Sở GD&ĐT Hà Nội" is a body of Hà Nội.
#[test]
fn places_inside_names_of_schools_treaties_and_people() {
    use PlaceKind::{Admin, Country, Region};
    check_world(&[
        ("Ông là giảng viên ĐH Quốc gia Hà Nội.", &[]),
        ("Chị học Đại học Y Dược TP. Hồ Chí Minh.", &[]),
        (
            "Mỹ quay lại Thỏa thuận Paris về khí hậu.",
            &[("Mỹ", "quốc gia", Country, Some("US"))],
        ),
        ("Cô vào chung kết Hoa hậu Việt Nam.", &[]),
        ("Anh rời Liên minh châu Âu.", &[]),
        ("Theo GS Đức, thượng úy Nga đã đến.", &[]),
        (
            "Nhóm của Đại học Bern ở Thụy Sĩ cho biết.",
            &[("Thụy Sĩ", "quốc gia", Country, Some("CH"))],
        ),
        (
            "Chị học ĐH Stanford - ngôi trường danh giá hàng đầu nước Mỹ.",
            &[("Mỹ", "quốc gia", Country, Some("US"))],
        ),
        (
            "Sở GD&ĐT Hà Nội và Sở GD- ĐT Nam Định họp.",
            &[
                ("Hà Nội", "thành phố", Admin, None),
                ("Nam Định", "tỉnh", Admin, None),
            ],
        ),
        ("Giá tăng ở châu Âu.", &[("châu Âu", "vùng", Region, None)]),
    ]);
}

/// Names of contests and cups are no places: "Hoa hậu Hoàn vũ Việt Nam", "cúp C1 châu
/// Âu", nor is the seat in a university's ("Viện Công nghệ Massachusetts"); the same place
/// said as a place still is one.
#[test]
fn places_inside_names_of_contests_cups_and_named_things() {
    use PlaceKind::{Country, Region};
    check_world(&[
        ("Cô dự thi Hoa hậu Hoàn vũ Việt Nam 2017.", &[]),
        ("Ông từng giành cúp C1 châu Âu.", &[]),
        ("Ông học tại Viện Công nghệ Massachusetts.", &[]),
        (
            "Cô dự thi Hoa hậu Hoàn vũ Việt Nam ở Việt Nam.",
            &[("Việt Nam", "quốc gia", Country, Some("VN"))],
        ),
        (
            "Ông từng giành cúp C1 và sống ở châu Âu.",
            &[("châu Âu", "vùng", Region, None)],
        ),
    ]);
}

/// A country is one record under all its names: "Việt Nam" and "VN", "Mỹ" and "Hoa Kỳ".
#[test]
fn a_country_under_its_names_is_one_record() {
    let text = "Việt Nam xuất khẩu gạo. Cục Hàng không VN cấp phép; Mỹ và Hoa Kỳ, Lào.";
    let a = Article::parse(text);
    assert_eq!(
        mention_texts(text, &a),
        [vec!["Việt Nam", "VN"], vec!["Mỹ", "Hoa Kỳ"], vec!["Lào"]]
    );
    let codes: Vec<Option<&str>> = a.places.iter().map(|p| p.country).collect();
    assert_eq!(codes, [Some("VN"), Some("US"), Some("LA")]);
}

/// TP.HCM without a date: its candidates are the city before the reform of 2025 and the
/// one after it, one path; it resolves to the city of today, which the old one passed
/// into. With a date, the city of its day. Units of one name in two provinces stay
/// unresolved.
#[test]
fn one_path_resolves_without_a_date() {
    use vinews::extract::gazetteer::Validity;
    let a = Article::parse("Kinh tế TP.HCM tăng trưởng. Người dân Sài Gòn vui.");
    assert_eq!(a.places.len(), 1, "{:?}", a.places);
    let r = a.places[0].resolved.as_ref().expect("resolved");
    assert_eq!(r.path, "thành phố Hồ Chí Minh");
    assert_ne!(r.valid, Validity::Before);
    let old = Extractor::new(ExtractConfig::new().reference_date(Date::new(2021, 4, 25)))
        .parse("Kinh tế TP.HCM tăng trưởng.");
    let r = old.places[0].resolved.as_ref().expect("resolved");
    assert_eq!(
        (r.path.as_str(), r.valid),
        ("thành phố Hồ Chí Minh", Validity::Before)
    );
    assert!(r.successor.is_some());
    let a = Article::parse("Người dân xã Tân Lập vui.");
    assert!(a.places[0].resolved.is_none(), "{:?}", a.places[0]);
    assert!(a.places[0].candidates.len() > 1);
}

/// A natural feature's name joined by a dash is not cut at a surname: a person's name is
/// words joined by spaces ("sông Hiền Lương - Bến Hải").
#[test]
fn feature_names_joined_by_a_dash() {
    use PlaceKind::Natural;
    check_world(&[(
        "Họ đi tuần dọc sông Hiền Lương - Bến Hải đêm qua.",
        &[("sông Hiền Lương - Bến Hải", "sông", Natural, None)],
    )]);
}

/// A village word that is also a common noun ("bản": a version, a copy) or a word of a
/// trade's world ("làng MC") takes no letter, acronym or foreign word as a name, nor one
/// word that a lowercase word completes ("bản Tuyên bố chung"); "bản Co Hói" is a village.
#[test]
fn village_words_that_are_common_nouns() {
    use PlaceKind::Village;
    check_world(&[
        ("Điện tích của bản A và bản B trái dấu.", &[]),
        ("Xe có bản MT và bản Sport, bản 32 GB rẻ hơn.", &[]),
        ("Cô nổi bật trong làng MC.", &[]),
        ("Họ ký bản Tuyên bố chung.", &[]),
        (
            "Anh trú tại bản Co Hói, thôn Kim Chung 2.",
            &[
                ("bản Co Hói", "bản", Village, None),
                ("thôn Kim Chung 2", "thôn", Village, None),
            ],
        ),
    ]);
}

/// "VN" is Việt Nam where it is a word of its own, never inside an acronym, a code or a
/// domain ("VN-Index", "VNPT", "mã VN/A", "VOV.VN"); "xứ Hàn", "xứ Đài" name Korea and
/// Taiwan; "Thời" opens a sentence and is no part of the name after it ("Thời Đông Đức").
#[test]
fn vn_and_short_country_names() {
    use PlaceKind::{Country, Historic};
    check_world(&[
        (
            "Đại diện VN đã tới.",
            &[("VN", "quốc gia", Country, Some("VN"))],
        ),
        (
            "Chỉ số VN-Index và VNPT tăng; máy mã VN/A; theo VOV.VN.",
            &[],
        ),
        (
            "Tài tử Lâm Chí Kỳ xứ Đài và diễn viên xứ Hàn.",
            &[
                ("xứ Đài", "quốc gia", Country, Some("TW")),
                ("Hàn", "quốc gia", Country, Some("KR")),
            ],
        ),
        ("Ông làm tại Đài truyền hình.", &[]),
        (
            "Thời Đông Đức, ông làm thợ.",
            &[("Đông Đức", "quốc gia", Historic, None)],
        ),
    ]);
}

/// Former provinces the gazetteer does not hold (`place_former.txt`): "Hà Tây" and "Hà Sơn
/// Bình" bare or with their unit word, one record each, with the provinces that took them
/// in and those provinces' own successors; "Minh Hải", also a person's name, only with its
/// unit word. Sài Gòn is another name of a unit that still exists: a mention of TP.HCM.
#[test]
fn former_provinces_and_old_names() {
    let text = "Ông sinh ở Hà Tây, quê tỉnh Hà Sơn Bình cũ. Năm 2008, tỉnh Hà Tây \
                sáp nhập vào Hà Nội. Bà ở tỉnh Minh Hải; anh Minh Hải đến Sài Gòn.";
    let a = Article::parse(text);
    let got: Vec<(&str, &str, PlaceKind, usize, Vec<&str>)> = a
        .places
        .iter()
        .map(|p| {
            let succ = p.successors.iter().map(|c| c.path.as_str()).collect();
            (p.name.as_str(), p.unit, p.kind, p.mentions.len(), succ)
        })
        .collect();
    use PlaceKind::Admin;
    assert_eq!(
        got,
        [
            ("Hà Tây", "tỉnh", Admin, 2, vec!["thành phố Hà Nội"]),
            (
                "Hà Sơn Bình",
                "tỉnh",
                Admin,
                1,
                vec!["thành phố Hà Nội", "tỉnh Hòa Bình"]
            ),
            ("Hà Nội", "thành phố", Admin, 1, vec![]),
            (
                "Minh Hải",
                "tỉnh",
                Admin,
                1,
                vec!["tỉnh Bạc Liêu", "tỉnh Cà Mau"]
            ),
            ("Sài Gòn", "thành phố", Admin, 1, vec![]),
        ]
    );
    // Hòa Bình was itself merged in 2025: its successor is given.
    let hsb = &a.places[1].successors[1];
    assert_eq!(
        hsb.successor.as_ref().map(|s| s.path.as_str()),
        Some("tỉnh Phú Thọ")
    );
    assert!(a.places[0].candidates.is_empty() && a.places[0].resolved.is_none());
    let sg = a.places[4].resolved.as_ref().expect("Sài Gòn resolved");
    assert_eq!(sg.path, "thành phố Hồ Chí Minh");
    // Elsewhere a former name is no place: a person, a commune of that name.
    let a = Article::parse("Anh Minh Hải và chị Nam Hà đến xã Hà Tây.");
    let names: Vec<(&str, &str)> = a.places.iter().map(|p| (p.name.as_str(), p.unit)).collect();
    assert_eq!(names, [("Hà Tây", "xã")]);
    assert!(a.places[0].successors.is_empty());
}
