//! Officials: the clause's verb after an organisation's name that is already whole is no
//! word of the title (issue 12, the precision audit of session 20: "… Bộ Công an dự",
//! "… VINASA giới thiệu"), with sentences written for these tests.

mod common;
use common::{named, one};

/// A body that names itself whole, a head with its capitalised field, initials right
/// after the role, and a unit said bare after a body that names its level by it end the
/// organisation: the lowercase word after them is the clause's.
#[test]
fn a_verb_after_a_whole_name_ends_the_title() {
    assert_eq!(
        named("Ông Lý Văn Sơn, Bí thư Tỉnh ủy hứa sẽ hoàn thành nhiệm vụ."),
        one("Lý Văn Sơn", &["Bí thư Tỉnh ủy"])
    );
    assert_eq!(
        named("Thượng tướng Phạm Văn Minh, Thứ trưởng Bộ Công an dự và chủ trì hội nghị."),
        one("Phạm Văn Minh", &["Thượng tướng", "Thứ trưởng Bộ Công an"])
    );
    assert_eq!(
        named("Ông Lê Văn Hùng, Tổng Thư ký VINASA giới thiệu bản báo cáo mới."),
        one("Lê Văn Hùng", &["Tổng Thư ký VINASA"])
    );
    assert_eq!(
        named("Ông Hoàng Văn Nam, Chủ tịch HĐND tỉnh chỉ đạo các ngành rà soát."),
        one("Hoàng Văn Nam", &["Chủ tịch HĐND tỉnh"])
    );
    // a place closes the name; a surname's syllable after it is the clause's verb
    assert_eq!(
        named("Ông Trịnh Văn Lực, Phó Giám đốc Sở Tài chính Cà Mau nghiêm túc nhận lỗi."),
        one("Trịnh Văn Lực", &["Phó Giám đốc Sở Tài chính Cà Mau"])
    );
}

/// What the lexicons hold goes on after such a name, and so does a lowercase word before a
/// capitalised one; a field's lowercase syllables are the field's.
#[test]
fn the_lexicons_words_still_go_on() {
    assert_eq!(
        named("Ông Đỗ Văn Tâm, Giám đốc Sở Y tế cho biết đã có thêm ca bệnh."),
        one("Đỗ Văn Tâm", &["Giám đốc Sở Y tế"])
    );
    assert_eq!(
        named("Ông Vũ Văn Quang, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh cho biết thêm."),
        one(
            "Vũ Văn Quang",
            &["Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"]
        )
    );
    assert_eq!(
        named("Ông Mai Văn Cường, Chủ tịch UBND tỉnh Quảng Nam cho biết thêm."),
        one("Mai Văn Cường", &["Chủ tịch UBND tỉnh Quảng Nam"])
    );
    assert_eq!(
        named("Ông Đinh Văn Hải, Bí thư Đảng ủy khối Doanh nghiệp tỉnh phát biểu."),
        one("Đinh Văn Hải", &["Bí thư Đảng ủy khối Doanh nghiệp tỉnh"])
    );
}
