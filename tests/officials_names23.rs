//! Officials: who is one and where a name starts and ends (issue 12, session 23: the
//! seventeenth and eighteenth draws' misses and wrong people), with sentences written for
//! these tests.

mod common;
use common::{named, one};

/// A post said with "từng là" or "từng giữ chức" (once was, once held) is a post left: by
/// the guide (fifteenth to eighteenth draws) no title of the person, who holds none unless
/// another is said.
#[test]
fn a_post_once_held_is_no_title() {
    assert!(
        named("Ông Lê Văn Tám từng là Bí thư Tỉnh ủy Hà Tĩnh trong những năm chiến tranh.")
            .is_empty()
    );
    assert!(named("Bà Đỗ Thị Hoa từng giữ chức Phó Chủ tịch UBND tỉnh Nam Định.").is_empty());
    assert_eq!(
        named("Giáo sư Phan Văn Khải từng là Phó Viện trưởng Viện Hóa học, nay đã nghỉ hưu."),
        one("Phan Văn Khải", &["Giáo sư"])
    );
    // a post held now, said with "hiện là", is still the person's
    assert_eq!(
        named("Ông Lê Văn Tám hiện là Bí thư Tỉnh ủy Hà Tĩnh."),
        one("Lê Văn Tám", &["Bí thư Tỉnh ủy Hà Tĩnh"])
    );
}

/// "Mặt trận" capitalised heads a front ("Mặt trận Dân tộc giải phóng miền Nam Việt Nam",
/// "Mặt trận Tổ quốc"): its words after a title are the body's, no person's ("Đoàn" is a
/// surname and "Mặt" a syllable, read before as the name "Đoàn Mặt").
#[test]
fn a_front_is_no_name() {
    assert!(
        named("Ông từng là Ủy viên Đoàn Mặt trận Dân tộc giải phóng miền Nam Việt Nam.")
            .is_empty()
    );
    assert_eq!(
        named("Ủy viên Đoàn Chủ tịch Mặt trận Tổ quốc Việt Nam Đoàn Mạnh Hùng phát biểu."),
        one(
            "Đoàn Mạnh Hùng",
            &["Ủy viên Đoàn Chủ tịch Mặt trận Tổ quốc Việt Nam"]
        )
    );
    // a battle front, lowercase, is no body: the name after it stays read
    assert_eq!(
        named("Đại tá Trần Văn Cao chỉ huy mặt trận phía tây."),
        one("Trần Văn Cao", &["Đại tá"])
    );
}
