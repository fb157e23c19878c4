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
    assert_eq!(slice(DUC_NINH, s.boilerplate[0].span), "Tin cùng chuyên mục");
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
