//! Officials: titles cut short or run long, and posts missed beside a found name (issue
//! 12, session 25). Sentences written for these tests.

mod common;
use common::{named, one};

/// Two posts joined by a spaced dash before a name are the person's two titles, as two
/// joined by "kiêm" or a comma are; a lowercase role is no row of titles, and a degree
/// after the dash opens the next person of a caption's list.
#[test]
fn two_posts_joined_by_a_dash() {
    assert_eq!(
        named("Tới dự có Phó Thủ tướng – Bộ trưởng Tài chính Lê Văn Tám."),
        one("Lê Văn Tám", &["Phó Thủ tướng", "Bộ trưởng Tài chính"])
    );
    assert_eq!(
        named("Bí thư Huyện ủy - Chủ tịch HĐND huyện Trần Văn Bảo phát biểu."),
        one("Trần Văn Bảo", &["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"])
    );
    // (the row after a comma is the next person's, not apposed to the name before it)
    assert_eq!(
        named("Dự lễ có Chủ tịch tỉnh Hồ Văn Lộc, Phó Thủ tướng – Bộ trưởng Tài chính Lê Văn Tám."),
        vec![
            ("Hồ Văn Lộc".to_string(), vec!["Chủ tịch tỉnh".to_string()]),
            (
                "Lê Văn Tám".to_string(),
                vec![
                    "Phó Thủ tướng".to_string(),
                    "Bộ trưởng Tài chính".to_string()
                ]
            ),
        ]
    );
    assert_eq!(
        named("Ông Hồ Văn Lộc, Phó Thủ tướng – Bộ trưởng Tài chính, cho biết như vậy."),
        one("Hồ Văn Lộc", &["Phó Thủ tướng", "Bộ trưởng Tài chính"])
    );
    assert_eq!(
        named("Từ trái qua: ông Hồ Văn Lộc, Giám đốc Sở Y tế - PGS.TS Lê Văn Tám."),
        vec![
            (
                "Hồ Văn Lộc".to_string(),
                vec!["Giám đốc Sở Y tế".to_string()]
            ),
            ("Lê Văn Tám".to_string(), vec!["PGS.TS".to_string()]),
        ]
    );
}

/// Two abbreviated degrees with a space after the first's period are one phrase, as
/// "PGS.TS" is; a degree spelt out or the state's honorary title after it stays apart.
#[test]
fn abbreviated_degrees_with_a_space() {
    assert_eq!(
        named("Theo PGS. TS Lê Văn Tám, bệnh này dễ lây."),
        one("Lê Văn Tám", &["PGS. TS"])
    );
    assert_eq!(
        named("Theo TS. BS Lê Văn Tám, bệnh này dễ lây."),
        one("Lê Văn Tám", &["TS. BS"])
    );
    assert_eq!(
        named("Theo GS. Tiến sĩ Lê Văn Tám, bệnh này dễ lây."),
        one("Lê Văn Tám", &["GS.", "Tiến sĩ"])
    );
    assert_eq!(
        // (the state's honorary title is no title at all: an award, no post)
        named("Theo GS. NSND Lê Văn Tám, vở diễn rất hay."),
        one("Lê Văn Tám", &["GS."])
    );
}

/// A foreign official named later by surname alone after a role ("Bộ trưởng Wallace") has
/// that role as a title of its own, as "Chủ tịch Chung" gives a Vietnamese official's; a
/// foreign word after a role names no one unless it ends a name given before, and a word
/// after an organisation or a description is theirs.
#[test]
fn a_role_before_a_foreign_surname_said_later() {
    assert_eq!(
        named("Bộ trưởng Quốc phòng Anh John Hartley tới thăm. Bộ trưởng Hartley cho biết thêm."),
        one("John Hartley", &["Bộ trưởng Quốc phòng Anh", "Bộ trưởng"])
    );
    assert_eq!(
        named("Đại sứ Mỹ John Hartley tới thăm. Theo Đại sứ Hartley, hai bên đã nhất trí."),
        one("John Hartley", &["Đại sứ Mỹ", "Đại sứ"])
    );
    assert!(named("Chủ tịch Hartley cho biết thêm.").is_empty());
    assert_eq!(
        named("Tổng thống Mỹ John Hartley tới thăm. Một số quan chức chính phủ Hartley phản đối."),
        one("John Hartley", &["Tổng thống Mỹ"])
    );
}

/// A title ending in an abbreviation keeps its period: a company's legal form ("Inc.",
/// "Co.") and initials glued by periods ("U.K."); a single letter or a whole word before
/// a sentence's period does not take it.
#[test]
fn an_abbreviation_ending_a_title_keeps_its_period() {
    assert_eq!(
        named("Ông Lê Văn Tám, chủ sở hữu tập đoàn Sao Mai Foods Inc. danh tiếng, cho biết."),
        one("Lê Văn Tám", &["chủ sở hữu tập đoàn Sao Mai Foods Inc."])
    );
    assert_eq!(
        named("Lê Văn Tám, người phụ trách thông tin tại Cancer Research U.K., nói."),
        one(
            "Lê Văn Tám",
            &["người phụ trách thông tin tại Cancer Research U.K."]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Tám, Giám đốc Phân xưởng B. Ông cho biết thêm."),
        one("Lê Văn Tám", &["Giám đốc Phân xưởng B"])
    );
    assert_eq!(
        named("Ông Lê Văn Tám, Giám đốc Công ty Hanel Group. Ông cho biết thêm."),
        one("Lê Văn Tám", &["Giám đốc Công ty Hanel Group"])
    );
}
