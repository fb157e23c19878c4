//! Officials: an abbreviated body whose parts are joined by a spaced dash ("Bộ NN – PTNT",
//! "Sở LĐ - TB&XH", "Sở GD — ĐT") is read as the one joined without spaces ("NN-PTNT",
//! "GD&ĐT"): the title holds it, is spelled out, and the name after it stays whole
//! (issue 12, session 28). A dash spaced on one side only, or between words that are no
//! abbreviation's parts, joins nothing. Sentences written for these tests.

mod common;
use common::{named, one};

/// The titles of `text` with their expansions.
fn expanded(text: &str) -> Vec<(String, String, String)> {
    vinews::Article::parse(text)
        .officials
        .into_iter()
        .flat_map(|o| {
            let name = o.name;
            o.titles
                .into_iter()
                .map(move |t| (name.clone(), t.text, t.expanded))
        })
        .collect()
}

/// An en dash, a hyphen and an em dash, each with a space on either side.
#[test]
fn a_spaced_dash_joins_an_abbreviated_ministry() {
    for dash in ["–", "-", "—"] {
        let title = format!("Bộ trưởng Bộ NN {dash} PTNT");
        let text = format!("{title} Lê Văn Khang cho biết giá lúa đã tăng trở lại.");
        assert_eq!(named(&text), one("Lê Văn Khang", &[&title]), "{text}");
        assert_eq!(
            expanded(&text)[0].2,
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"
        );
    }
}

/// A spaced dash before a part joined by an ampersand; a department of a province, whose
/// place follows; an abbreviation whose entry has an ampersand ("GD&ĐT").
#[test]
fn a_spaced_dash_joins_parts_of_other_abbreviations() {
    let text = "Giám đốc Sở LĐ – TB&XH tỉnh Quảng Bình Hồ Thị Lan phát biểu tại hội nghị.";
    assert_eq!(
        expanded(text),
        [(
            "Hồ Thị Lan".to_string(),
            "Giám đốc Sở LĐ – TB&XH tỉnh Quảng Bình".to_string(),
            "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Quảng Bình".to_string()
        )]
    );
    let text = "Thứ trưởng Bộ VH - TT&DL Đỗ Minh Tuấn dự lễ khai mạc tuần văn hóa.";
    assert_eq!(
        named(text),
        one("Đỗ Minh Tuấn", &["Thứ trưởng Bộ VH - TT&DL"])
    );
    let text = "Phó Giám đốc Sở GD — ĐT Phạm Quốc Hưng cho biết đề thi đã được niêm phong.";
    assert_eq!(
        expanded(text),
        [(
            "Phạm Quốc Hưng".to_string(),
            "Phó Giám đốc Sở GD — ĐT".to_string(),
            "Phó Giám đốc Sở Giáo dục và Đào tạo".to_string()
        )]
    );
}

/// A dash spaced on one side only is no joint: the abbreviation is not spelled out as
/// the joined one.
#[test]
fn a_dash_spaced_on_one_side_joins_nothing() {
    for text in [
        "Bộ trưởng Bộ NN –PTNT Lê Văn Khang cho biết giá lúa đã tăng.",
        "Bộ trưởng Bộ NN– PTNT Lê Văn Khang cho biết giá lúa đã tăng.",
    ] {
        assert!(
            expanded(text)
                .iter()
                .all(|(_, _, e)| !e.contains("Nông nghiệp và Phát triển nông thôn")),
            "{text}: {:?}",
            expanded(text)
        );
    }
}

/// A spaced dash between a title and a second one, or after a body, stays a separator
/// of apposition: the name before it keeps its title, and nothing is joined across it.
#[test]
fn a_spaced_dash_between_words_is_a_separator() {
    let text =
        "Ông Vũ Đức Thắng – Giám đốc Sở GD&ĐT tỉnh Nam Định cho biết kỳ thi diễn ra an toàn.";
    assert_eq!(
        named(text),
        one("Vũ Đức Thắng", &["Giám đốc Sở GD&ĐT tỉnh Nam Định"])
    );
    let text = "Bộ NN-PTNT – cơ quan thường trực – đã gửi công văn cho các tỉnh.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}
