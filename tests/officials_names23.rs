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

/// One name said with "i" and with "y" in one syllable ("Sĩ", "Sỹ": both spellings of the
/// language) is one person, written in its first form however often the other is said
/// (the seventeenth draw's guide); a name a letter away by a typo keeps the form said more
/// often, as before.
#[test]
fn a_name_spelt_with_i_and_y_keeps_its_first_form() {
    let text = |a: &str, b: &str| {
        format!(
            "Đại biểu Quốc hội {a} phát biểu. Ông {b}, Phó Chủ nhiệm Ủy ban Xã hội, cho biết \
             thêm. Ông {b} nhấn mạnh điều đó."
        )
    };
    let names = |t: String| named(&t).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
    assert_eq!(names(text("Lê Sĩ Toàn", "Lê Sỹ Toàn")), ["Lê Sĩ Toàn"]);
    assert_eq!(names(text("Lê Sỹ Toàn", "Lê Sĩ Toàn")), ["Lê Sỹ Toàn"]);
    // two given names a letter apart are two people
    assert_eq!(
        names(text("Lê Văn Hùng", "Lê Văn Hưng")),
        ["Lê Văn Hùng", "Lê Văn Hưng"]
    );
}
