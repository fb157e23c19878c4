//! Officials of the central state, the courts, the procuracy, the armed forces, diplomacy
//! and enterprises (issue 12, session 32, dev32b). Sentences written for these tests.

mod common;
use common::{code_of, named, one};

/// The supreme court and procuracy name themselves with their rank, "tối cao" (Luật Tổ
/// chức Tòa án nhân dân 2014, Điều 3; Luật Tổ chức Viện kiểm sát nhân dân 2014, Điều 40):
/// the adjective ends the body's name, the name after it is the holder's, and the body is
/// national.
#[test]
fn the_supreme_court_and_procuracy_before_a_name() {
    let text = "Chánh án TAND tối cao Lê Văn Hải đã ký nghị quyết.";
    assert_eq!(named(text), one("Lê Văn Hải", &["Chánh án TAND tối cao"]));
    assert_eq!(
        code_of(text, "Lê Văn Hải", "Chánh án TAND tối cao"),
        Some("VN")
    );
    assert_eq!(
        named("Phó Viện trưởng VKSND Tối cao Trần Minh Quyết đọc cáo trạng."),
        one("Trần Minh Quyết", &["Phó Viện trưởng VKSND Tối cao"])
    );
    assert_eq!(
        named("Viện trưởng Viện KSND tối cao Đỗ Văn Khánh yêu cầu xử lý nghiêm."),
        one("Đỗ Văn Khánh", &["Viện trưởng Viện KSND tối cao"])
    );
    assert_eq!(
        named("Chánh án Tòa án nhân dân tối cao Hà Minh Thông chủ trì hội nghị."),
        one("Hà Minh Thông", &["Chánh án Tòa án nhân dân tối cao"])
    );
}

/// After the name, the adjective stays the body's too.
#[test]
fn the_supreme_court_after_a_name() {
    assert_eq!(
        named("Bà Vũ Thị Thanh, Phó Chánh án TAND tối cao, cho biết thêm."),
        one("Vũ Thị Thanh", &["Phó Chánh án TAND tối cao"])
    );
}

/// A foreign supreme court: a court ("Tòa án") named by its capitalised name is a body,
/// its adjective written capitalised ends it, and the foreign name after it is the
/// holder's, no part of the title of the person before.
#[test]
fn a_foreign_supreme_court_before_a_name() {
    let got = named("Phó tổng thống Laura Bennett, Chánh án Tòa án Tối cao Peter Gray cũng dự lễ.");
    assert!(
        got.iter()
            .any(|(n, t)| n == "Peter Gray" && t == &["Chánh án Tòa án Tối cao"]),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Laura Bennett" && t == &["Phó tổng thống"]),
        "{got:?}"
    );
    assert_eq!(
        named("Chánh án Tòa án quân sự Quân khu 9 Phan Văn Lộc cũng tham dự."),
        one("Phan Văn Lộc", &["Chánh án Tòa án quân sự Quân khu 9"])
    );
}

/// Negative: a court spoken of in lowercase, or named with no holder, gives no official.
#[test]
fn a_court_without_a_holder_gives_no_official() {
    assert_eq!(
        named("TAND tối cao đã ban hành nghị quyết hướng dẫn; tòa án cấp tỉnh thực hiện."),
        []
    );
    assert_eq!(
        named("Đề nghị của Chánh án Tòa án nhân dân tối cao được Quốc hội thông qua."),
        []
    );
}
