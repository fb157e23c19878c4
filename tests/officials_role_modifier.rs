//! Officials: a modifier of the role said lowercase after it, before the holder's foreign
//! name ("tạm quyền", "thường trực"), with sentences written for these tests.

mod common;
use common::{named, one};

/// A modifier of `title_modifiers.txt` said lowercase right after the role ("tạm quyền":
/// acting; "thường trực": standing) stays the title's, and the foreign name
/// after it is the holder's, as a Vietnamese name already was.
#[test]
fn a_foreign_name_after_a_modifier_said_after_the_role() {
    assert_eq!(
        named("HLV tạm quyền Jeong Jeong-yong nói với các phóng viên sau trận."),
        one("Jeong Jeong-yong", &["HLV tạm quyền"])
    );
    assert_eq!(
        named("Tổng thống tạm quyền John Smith đã ký sắc lệnh vào hôm qua."),
        one("John Smith", &["Tổng thống tạm quyền"])
    );
    assert_eq!(
        named("Phó Thủ tướng thường trực Peter Gruber cho biết như vậy."),
        one("Peter Gruber", &["Phó Thủ tướng thường trực"])
    );
    // as before: a Vietnamese name, and a modifier said after the role of another kind
    assert_eq!(
        named("Chủ tịch tạm quyền Nguyễn Văn An đã ký quyết định."),
        one("Nguyễn Văn An", &["Chủ tịch tạm quyền"])
    );
    assert_eq!(
        named("Tổng thống lâm thời John Smith đã ký sắc lệnh."),
        one("John Smith", &["Tổng thống lâm thời"])
    );
}

/// "quyền" said lowercase after another word than the role is "power" or "right": the
/// capitalised words after it are no holder of the role.
#[test]
fn no_name_after_quyen_far_from_the_role() {
    let got = named("Tổng thống có quyền John Smith bổ nhiệm.");
    assert!(got.is_empty(), "{got:?}");
    let got = named("Tổng thống đã trao lại toàn bộ quyền Hoa Kỳ cho quốc hội.");
    assert!(got.iter().all(|(n, _)| n != "Hoa Kỳ"), "{got:?}");
    let got = named("Thủ tướng nói về việc bảo vệ chủ quyền Biển Đông của đất nước.");
    assert!(got.is_empty(), "{got:?}");
}
