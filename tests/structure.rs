//! Article structure: title, byline, end mark, captions and boilerplate, on the reference
//! article and on a table of short constructed texts (`tests/data/structure.tsv`).

use vinews::{Article, BoilerplateKind};

const DUC_NINH: &str = include_str!("../fixtures/duc-ninh-2023.txt");

fn slice(text: &str, s: vinews::Span) -> &str {
    s.slice(text).expect("span in bounds")
}

#[test]
fn reference_article() {
    let a = Article::parse(DUC_NINH);
    let s = &a.structure;
    assert_eq!(
        s.title.as_deref(),
        Some("Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh")
    );
    assert_eq!(
        slice(DUC_NINH, s.title_span.unwrap()),
        "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh"
    );
    assert_eq!(s.byline.as_deref(), Some("Ngọc Trinh"));
    assert_eq!(slice(DUC_NINH, s.byline_span.unwrap()), "Ngọc Trinh");
    assert_eq!(slice(DUC_NINH, s.end_mark.unwrap()), "./.");
    assert_eq!(s.boilerplate.len(), 1);
    assert_eq!(s.boilerplate[0].kind, BoilerplateKind::Related);
    assert_eq!(
        slice(DUC_NINH, s.boilerplate[0].span),
        "Tin cùng chuyên mục"
    );
    let captions: Vec<&str> = s.captions.iter().map(|&c| slice(DUC_NINH, c)).collect();
    assert_eq!(
        captions,
        [
            "Đồng chí Bí thư Huyện ủy Mai Hồng Hà chủ trì buổi làm việc.",
            "Đồng chí Bí thư Huyện ủy Mai Hồng Hà phát biểu chỉ đạo tại buổi làm việc.",
            "Lãnh đạo Đảng ủy xã Đức Ninh báo cáo tại buổi làm việc.",
        ]
    );
    // Byline and boilerplate give no sentence; the end mark stays with its sentence.
    let last = slice(DUC_NINH, *a.sentences.last().unwrap());
    assert!(last.ends_with("kế hoạch đã đề./."), "{last}");
    assert!(
        a.sentences
            .iter()
            .all(|&s| !slice(DUC_NINH, s).contains("Ngọc Trinh"))
    );
}

struct Row<'a> {
    line: usize,
    name: &'a str,
    text: String,
    title: &'a str,
    byline: &'a str,
    end_mark: &'a str,
    captions: &'a str,
    boilerplate: String,
}

fn rows(src: &str) -> Vec<Row<'_>> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let c: Vec<&str> = l.split('\t').collect();
            assert_eq!(c.len(), 7, "tests/data/structure.tsv:{}: 7 columns", n + 1);
            Row {
                line: n + 1,
                name: c[0],
                text: c[1].replace("\\n", "\n"),
                title: c[2],
                byline: c[3],
                end_mark: c[4],
                captions: c[5],
                boilerplate: c[6].replace("\\n", "\n"),
            }
        })
        .collect()
}

#[test]
fn table() {
    let src = include_str!("data/structure.tsv");
    let mut failures = Vec::new();
    for row in rows(src) {
        let text = row.text.as_str();
        let a = Article::parse(text);
        let s = &a.structure;
        let got_title = s.title.as_deref().unwrap_or("-");
        let got_byline = s.byline.as_deref().unwrap_or("-");
        let got_end = if s.end_mark.is_some() { "yes" } else { "no" };
        let caps: Vec<&str> = s.captions.iter().map(|&c| slice(text, c)).collect();
        let got_caps = if caps.is_empty() {
            "-".to_string()
        } else {
            caps.join("|")
        };
        let got_bp = s.boilerplate.first().map_or("-".to_string(), |b| {
            let kind = serde_json::to_value(b.kind).unwrap();
            format!("{}:{}", kind.as_str().unwrap(), slice(text, b.span))
        });
        let got = (
            got_title,
            got_byline,
            got_end,
            got_caps.as_str(),
            got_bp.as_str(),
        );
        let want = (
            row.title,
            row.byline,
            row.end_mark,
            row.captions,
            row.boilerplate.as_str(),
        );
        if got != want {
            failures.push(format!(
                "tests/data/structure.tsv:{} {}\n  want {want:?}\n  got  {got:?}",
                row.line, row.name
            ));
        }
        // Nothing trimmed yields a sentence.
        let trimmed: Vec<vinews::Span> = s
            .byline_span
            .iter()
            .copied()
            .chain(s.boilerplate.iter().map(|b| b.span))
            .collect();
        for sent in &a.sentences {
            for t in &trimmed {
                assert!(
                    sent.end <= t.start || sent.start >= t.end,
                    "{}: sentence {:?} overlaps trimmed {:?}",
                    row.name,
                    slice(text, *sent),
                    slice(text, *t)
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing rows:\n{}\nhelp: the rules are in src/structure.rs, the word lists in src/lexicon/structure_*.txt",
        failures.len(),
        failures.join("\n")
    );
}

/// Facts inside trimmed boilerplate are not the article's: the date under
/// "Tin liên quan" is dropped, the one in the body kept.
#[test]
fn facts_in_boilerplate_are_dropped() {
    let text = "Cầu mới khởi công\nNgày 5/6/2023, tỉnh khởi công cầu.\nMinh Tuấn\nTin liên quan\nNgày 9/9/2023 cầu cũ được sửa";
    let a = Article::parse(text);
    assert_eq!(a.dates.len(), 1, "{:?}", a.dates);
    assert_eq!(a.dates[0].value_str().as_deref(), Some("2023-06-05"));
    assert_eq!(a.paragraphs.len(), 2);
}

/// Offsets go through normalization: decomposed text and a multi-byte prefix line.
#[test]
fn spans_are_original_offsets() {
    let prefix = "\u{2028}\u{a0}\n";
    let nfd = "Ca\u{302}\u{300}u mơ\u{301}i kho\u{31b}\u{309}i công\nSáng 5/6, ti\u{309}nh khởi công cầu./.\nNgọc Trinh\nTin cùng chuyên mục";
    for text in [DUC_NINH.to_string(), nfd.to_string()] {
        let a = Article::parse(&text);
        let shifted = format!("{prefix}{text}");
        let b = Article::parse(&shifted);
        let (s, t) = (&a.structure, &b.structure);
        let pairs = [
            (s.title_span, t.title_span),
            (s.byline_span, t.byline_span),
            (s.end_mark, t.end_mark),
        ];
        for (x, y) in pairs {
            let (x, y) = (x.expect("found"), y.expect("found"));
            assert_eq!(x.start + prefix.len(), y.start);
            assert_eq!(x.end + prefix.len(), y.end);
            assert_eq!(x.slice(&text), y.slice(&shifted));
        }
        assert_eq!(s.title, t.title);
        assert_eq!(s.boilerplate.len(), t.boilerplate.len());
    }
    let a = Article::parse(nfd);
    assert_eq!(a.structure.title.as_deref(), Some("Cầu mới khởi công"));
    assert_eq!(
        a.structure.title_span.unwrap().slice(nfd),
        Some("Ca\u{302}\u{300}u mơ\u{301}i kho\u{31b}\u{309}i công")
    );
}

/// The JSON keeps DESIGN.md's `title` and `byline` strings; spans sit beside them.
#[test]
fn json_fields() {
    let v = serde_json::to_value(Article::parse(DUC_NINH)).unwrap();
    assert_eq!(
        v["title"],
        "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh"
    );
    assert_eq!(v["byline"], "Ngọc Trinh");
    for key in ["title_span", "byline_span", "end_mark"] {
        assert!(v[key]["start"].is_u64() && v[key]["end"].is_u64(), "{key}");
    }
    assert_eq!(v["captions"].as_array().unwrap().len(), 3);
    assert_eq!(v["boilerplate"][0]["kind"], "related");
    assert!(v["boilerplate"][0]["start"].is_u64());
    let none = serde_json::to_value(Article::parse("Một câu.")).unwrap();
    for key in [
        "title",
        "title_span",
        "byline",
        "byline_span",
        "end_mark",
        "captions",
        "boilerplate",
    ] {
        assert!(
            none.get(key).is_none(),
            "{key} should be skipped when empty"
        );
    }
}

mod props {
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Ngọc Trinh".to_string()),
            Just("\n".to_string()),
            Just("./. ".to_string()),
            Just("Tin liên quan".to_string()),
            Just("Xem thêm: ".to_string()),
            Just("(Ảnh: ".to_string()),
            Just("Theo ".to_string()),
            Just("Chia sẻ".to_string()),
            Just(">> ".to_string()),
            Just(". ".to_string()),
            Just("Đồng chí phát biểu tại buổi làm việc".to_string()),
            "[a-zA-ZđĐàáảãạâầấẩẫậ ưởọ\u{300}\u{301}.,:()/\n]{0,12}",
        ]
    }

    proptest! {
        #[test]
        fn spans_valid_and_no_panic(parts in proptest::collection::vec(piece(), 0..24)) {
            let text: String = parts.concat();
            let a = vinews::Article::parse(&text);
            let s = &a.structure;
            for sp in s.title_span.iter().chain(&s.byline_span).chain(&s.end_mark)
                .chain(&s.captions).chain(s.boilerplate.iter().map(|b| &b.span)) {
                prop_assert!(sp.start <= sp.end);
                prop_assert!(sp.slice(&text).is_some(), "{:?} in {:?}", sp, text);
            }
        }
    }
}

/// Issue 15: widget and marker lines before any content are left out of the body in one
/// walk (a search of the whole list for every paragraph was quadratic: 1.2 MB of "in" lines
/// took 27 s). Every one is boilerplate, and the body after them is intact. They are one
/// record, from the first line to the end of the last, with the kind of the first (one
/// record a line was 24 bytes for each widget line of 3 bytes: 12 times the input).
#[test]
fn many_leading_widget_lines_are_boilerplate_and_the_body_stays() {
    let mut text = "In\nXem thêm:\n".repeat(2000);
    let body = "Ông Nguyễn Văn An, Chủ tịch UBND xã Đức Ninh, phát biểu.";
    text.push_str(body);
    let a = Article::parse(&text);
    assert_eq!(a.structure.boilerplate.len(), 1);
    let b = a.structure.boilerplate[0];
    assert_eq!(b.kind, BoilerplateKind::Share);
    assert_eq!((b.span.start, b.span.end), (0, text.len() - body.len() - 1));
    assert_eq!(a.sentences.len(), 1);
    assert_eq!(slice(&text, a.sentences[0]), body);
    assert_eq!(a.officials.len(), 1);
}
