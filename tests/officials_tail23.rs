//! Officials: titles cut short (issue 12, session 23, second round). Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// A deputy of the National Assembly named with the delegation of the province he sits
/// in, "đoàn" and the province after a comma, holds that delegation as a title of its own
/// beside "đại biểu". In a bracket it is a label, as a bare province there is (the
/// thirty-sixth draw, session 31); a person no deputy title names, or a foreign place is
/// none.
#[test]
fn a_deputys_delegation_after_the_name() {
    assert_eq!(
        named("Đại biểu Lê Văn Tám, đoàn Nghệ An cho rằng cần sửa luật."),
        one("Lê Văn Tám", &["Đại biểu", "đoàn Nghệ An"])
    );
    assert_eq!(
        named("ĐBQH Trần Thị Mai (đoàn Quảng Ngãi) đề nghị làm rõ trách nhiệm."),
        one("Trần Thị Mai", &["ĐBQH"])
    );
    assert_eq!(
        named("Đại biểu Lê Văn Tám (Nghệ An) cho rằng cần sửa luật."),
        one("Lê Văn Tám", &["Đại biểu"])
    );
    assert_eq!(
        named("Giám đốc Lê Văn Tám, đoàn Nghệ An cho rằng cần sửa luật."),
        one("Lê Văn Tám", &["Giám đốc"])
    );
    assert_eq!(
        named("Đại biểu Lê Văn Tám, đoàn Nhật Bản đã tới thăm."),
        one("Lê Văn Tám", &["Đại biểu"])
    );
}

/// A term written as two years joined by a spaced dash is one span, as the years joined
/// without spaces are: the title that names it runs on over both. A single year and the
/// next clause's number are not a term's.
#[test]
fn a_term_with_a_spaced_dash() {
    assert_eq!(
        named("Ông Phan Văn Hùng, Chủ tịch HĐQT nhiệm kỳ 2020 - 2025 cho biết."),
        one("Phan Văn Hùng", &["Chủ tịch HĐQT nhiệm kỳ 2020 - 2025"])
    );
    assert_eq!(
        named("Ông Phan Văn Hùng, Chủ tịch HĐQT nhiệm kỳ 2020 – 2025 cho biết."),
        one("Phan Văn Hùng", &["Chủ tịch HĐQT nhiệm kỳ 2020 – 2025"])
    );
    assert_eq!(
        named("Ông Phan Văn Hùng, Chủ tịch HĐQT nhiệm kỳ 2025 - 2020 cho biết."),
        one("Phan Văn Hùng", &["Chủ tịch HĐQT nhiệm kỳ 2025"])
    );
}

/// A title that opens its clause with no name of its own, then "gồm" (consist of) and a
/// list of names, is each listed person's, as after "các". A title inside another noun's
/// phrase ("đoàn công tác của Bộ trưởng gồm …") gives the names listed none.
#[test]
fn a_title_that_consists_of_listed_names() {
    let names = |v: Vec<(String, Vec<String>)>| {
        v.into_iter()
            .map(|(n, t)| format!("{n} | {}", t.join("; ")))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(named(
            "Theo đó, thành viên Ban kiểm soát nhiệm kỳ 2021 - 2026 gồm ông Đỗ Văn Hải, bà Lê Thị Thu và ông Trịnh Văn Bảo."
        )),
        [
            "Đỗ Văn Hải | thành viên Ban kiểm soát nhiệm kỳ 2021 - 2026",
            "Lê Thị Thu | thành viên Ban kiểm soát nhiệm kỳ 2021 - 2026",
            "Trịnh Văn Bảo | thành viên Ban kiểm soát nhiệm kỳ 2021 - 2026",
        ]
    );
    assert!(
        named("Đoàn công tác của Bộ trưởng gồm ông Đỗ Văn Hải và ông Trịnh Văn Bảo.").is_empty()
    );
}

/// Two degrees or professions joined by a spaced dash before a name are one phrase, as
/// the guide writes it ("TS - BS X"); the state's honorary title after a degree is no
/// part of it, nor are a degree and a post. The award is no post at all (session 25), and
/// the degree before it stays the person's ("Giáo sư - Nghệ sĩ nhân dân X" gives "Giáo
/// sư", the seventeenth draw's guide).
#[test]
fn degrees_joined_by_a_dash() {
    assert_eq!(
        named("Theo ThS - BS Hồ Văn Lộc, bệnh này dễ lây."),
        one("Hồ Văn Lộc", &["ThS - BS"])
    );
    assert_eq!(
        named("Theo tiến sĩ - bác sĩ Hồ Văn Lộc, bệnh này dễ lây."),
        one("Hồ Văn Lộc", &["tiến sĩ - bác sĩ"])
    );
    assert_eq!(
        named("Theo Giáo sư - NSND Hồ Văn Lộc, vở diễn rất hay."),
        one("Hồ Văn Lộc", &["Giáo sư"])
    );
}

/// A deputy's delegation is the province's: its title takes the province's code, and the
/// deputy, the Assembly's, the national jurisdiction (the delegation said with "đoàn" or
/// the province alone in a bracket).
#[test]
fn a_delegation_is_the_provinces() {
    let a = vinews::Article::parse("Đại biểu Lê Văn Tám, đoàn Nghệ An cho rằng cần sửa luật.");
    let codes: Vec<_> = a.officials[0]
        .titles
        .iter()
        .map(|t| (t.text.as_str(), t.jurisdiction.as_ref().map(|j| j.code)))
        .collect();
    assert_eq!(
        codes,
        [("Đại biểu", Some("VN")), ("đoàn Nghệ An", Some("40"))]
    );
    // the province in a bracket is no title, but names the delegation all the same
    let a = vinews::Article::parse("Đại biểu Lê Văn Tám (Nghệ An) cho rằng cần sửa luật.");
    let codes: Vec<_> = a.officials[0]
        .titles
        .iter()
        .map(|t| (t.text.as_str(), t.jurisdiction.as_ref().map(|j| j.code)))
        .collect();
    assert_eq!(codes, [("Đại biểu", Some("VN"))]);
    // a people's council's deputy named by a district is not the Assembly's
    let a = vinews::Article::parse("Đại biểu Lê Văn Tám (huyện Nghi Lộc) cho rằng cần sửa.");
    assert!(
        a.officials[0]
            .titles
            .iter()
            .all(|t| t.jurisdiction.as_ref().is_none_or(|j| j.code != "VN"))
    );
}
