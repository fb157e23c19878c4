//! Officials in lists: delegates, defendants, committees, personnel decisions (issue 12,
//! session 32, dev32a). Sentences written for these tests.

mod common;
use common::{named, one};

/// A given name that is also a part of the day ("Sáng", "Chiều") ends a name when the
/// clause goes on after it; a time after it ("Sáng nay", "Chiều 5/3") keeps it a time.
#[test]
fn a_part_of_the_day_is_a_given_name_before_the_clause() {
    assert_eq!(
        named("Ông Đào Văn Sáng, Phó Chủ tịch UBND huyện cho biết."),
        one("Đào Văn Sáng", &["Phó Chủ tịch UBND huyện"])
    );
    assert_eq!(
        named("Bí thư Huyện ủy Lương Thị Chiều phát biểu tại hội nghị."),
        one("Lương Thị Chiều", &["Bí thư Huyện ủy"])
    );
    assert_eq!(
        named("Giám đốc Sở Y tế Hà Văn Tâm Sáng nay đã kiểm tra bệnh viện."),
        one("Hà Văn Tâm", &["Giám đốc Sở Y tế"])
    );
    assert_eq!(
        named("Chủ tịch UBND xã Lò Văn Pha Chiều 12/4 đã có mặt."),
        one("Lò Văn Pha", &["Chủ tịch UBND xã"])
    );
}

/// A verb of leaving a post or of retiring said right after a title ends it, a lowercase
/// field of the body before it or not.
#[test]
fn leaving_a_post_ends_the_title() {
    assert_eq!(
        named("Ông Tạ Văn Quyết, Giám đốc Sở Giao thông vận tải thôi giữ chức vụ từ tháng 8."),
        one("Tạ Văn Quyết", &["Giám đốc Sở Giao thông vận tải"])
    );
    assert_eq!(
        named("Bà Khúc Thị Hương, Phó Giám đốc Sở Tài nguyên và Môi trường nghỉ hưu theo chế độ."),
        one(
            "Khúc Thị Hương",
            &["Phó Giám đốc Sở Tài nguyên và Môi trường"]
        )
    );
}

/// The prosecutor's function after his title is the clause's predicate.
#[test]
fn the_prosecution_after_a_prosecutor_is_no_title() {
    assert_eq!(
        named("Tại phiên tòa, Kiểm sát viên Đinh Thị Loan thực hành quyền công tố."),
        one("Đinh Thị Loan", &["Kiểm sát viên"])
    );
    let got = named(
        "VKSND huyện do Phó Viện trưởng Lưu Văn Khải làm Kiểm sát viên giữ quyền công tố tại tòa.",
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Lưu Văn Khải" && !t.iter().any(|x| x.contains("công tố"))),
        "{got:?}"
    );
}

/// The head of a specialised court ("Chánh tòa Hình sự") is a post of the court.
#[test]
fn the_head_of_a_court_division_is_a_post() {
    assert_eq!(
        named("Phiên tòa do Thẩm phán Vương Thị Nhàn, Chánh tòa Hình sự TAND tỉnh làm chủ tọa."),
        one(
            "Vương Thị Nhàn",
            &["Thẩm phán", "Chánh tòa Hình sự TAND tỉnh"]
        )
    );
}

/// The cashier of a named unit holds its staff post; "Kế toán" (the accountant, unlisted:
/// as often a department's field) after a dash is a field of a department's name.
#[test]
fn a_cashier_of_a_unit_holds_a_post() {
    let got = named(
        "Bị cáo Hoàng Văn Lập, nguyên Giám đốc Ban Quản lý dự án và bị cáo Đỗ Thị Nhài, nguyên thủ quỹ Ban Quản lý dự án bị truy tố.",
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Đỗ Thị Nhài" && t == &["nguyên thủ quỹ Ban Quản lý dự án"]),
        "{got:?}"
    );
    assert_eq!(
        named("Bà Kha Thị Yến, Trưởng phòng Tài chính - Kế toán cho biết."),
        one("Kha Thị Yến", &["Trưởng phòng Tài chính - Kế toán"])
    );
    assert_eq!(named("Anh Lê Văn Tú làm thủ quỹ cho biết."), []);
}

/// A title said of several people, then given names of people named in full before: each
/// holds the title. Given names of no one named before are no list.
#[test]
fn a_counted_title_before_given_names_is_each_ones() {
    let got = named(
        "Các bị can gồm: Vũ Văn Thái, Phó Chủ tịch UBND xã; Trịnh Văn Lộc, Phó Chủ tịch UBND xã. Cơ quan điều tra xác định 2 Phó Chủ tịch Thái và Lộc đã nhận tiền.",
    );
    for name in ["Vũ Văn Thái", "Trịnh Văn Lộc"] {
        assert!(
            got.iter()
                .any(|(n, t)| n == name && t == &["Phó Chủ tịch UBND xã", "Phó Chủ tịch"]),
            "{got:?}"
        );
    }
    let got = named("Hai Phó Chủ tịch Thái và Lộc đã ký văn bản.");
    assert!(
        !got.iter().any(|(n, _)| n == "Thái" || n == "Lộc"),
        "{got:?}"
    );
}

/// Names listed before one deputy's or member's post share it; a post one person holds is
/// none shared, nor is a post after names that open no list.
#[test]
fn names_listed_before_a_deputy_post_share_it() {
    let got = named(
        "Dự có các đồng chí: Mai Văn Khởi, Đặng Thị Huệ - Phó Chủ tịch UBND tỉnh; Vương Văn Bảy - Giám đốc Sở Xây dựng.",
    );
    for name in ["Mai Văn Khởi", "Đặng Thị Huệ"] {
        assert!(
            got.iter()
                .any(|(n, t)| n == name && t == &["Phó Chủ tịch UBND tỉnh"]),
            "{got:?}"
        );
    }
    assert_eq!(
        named("Tiếp đoàn có các ông Tô Văn Hợp, Lạc Văn Kim, Ủy viên Ban Thường vụ Huyện ủy.")
            .len(),
        2
    );
    assert_eq!(
        named("Dự có các đồng chí Mai Văn Khởi, Đặng Thị Huệ, Chủ tịch UBND tỉnh."),
        one("Đặng Thị Huệ", &["Chủ tịch UBND tỉnh"])
    );
    assert_eq!(
        named("Theo ông Mai Văn Khởi, Đặng Thị Huệ, Phó Chủ tịch UBND tỉnh cho biết."),
        one("Đặng Thị Huệ", &["Phó Chủ tịch UBND tỉnh"])
    );
}
