//! Officials: who is one (issue 12, session 23's second round: wrong people and people
//! missed), with sentences written for these tests.

mod common;
use common::{named, one};

/// A role right after "Ban" names a board ("Ban Giám đốc", "Ban Tổng Giám đốc"): the
/// collective of a body's directors, no one's post, and the capitalised words after it are
/// the body's name, no holder's.
#[test]
fn a_board_is_no_holder() {
    assert!(named("Ban Tổng Giám đốc Hùng Vương Gia Lai nhận thấy rủi ro đã tăng.").is_empty());
    assert!(named("Vì vậy, ban giám đốc Phú Tài Bình Định quyết định dừng dự án.").is_empty());
    // a title that holds "Ban" itself is read from its first word, as before
    assert_eq!(
        named("Ủy viên Ban Bí thư Trần Cẩm Tú phát biểu."),
        one("Trần Cẩm Tú", &["Ủy viên Ban Bí thư"])
    );
    assert_eq!(
        named("Trưởng Ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa phát biểu."),
        one("Nguyễn Trọng Nghĩa", &["Trưởng Ban Tuyên giáo Trung ương"])
    );
    // the role said of one person, no board before it, stays a post
    assert_eq!(
        named("Tổng Giám đốc Nguyễn Văn Sửu nhận thấy rủi ro đã tăng."),
        one("Nguyễn Văn Sửu", &["Tổng Giám đốc"])
    );
}

/// A sentence opened by a verb or preposition with "với" ("Báo cáo với …", "Trao đổi với
/// …") ends its adverbial at the comma: the title after "với" is its object, and the person
/// named after the comma, the subject, holds no post of it.
#[test]
fn the_object_of_an_opening_adverbial_is_no_holders_post() {
    assert_eq!(
        named("Báo cáo với Chủ tịch nước, bác sĩ Hồ Văn Lâm cho biết bệnh viện đã sẵn sàng."),
        one("Hồ Văn Lâm", &["bác sĩ"])
    );
    assert!(named("Trao đổi với Bộ trưởng, ông Hồ Văn Lâm cho biết kế hoạch đã xong.").is_empty());
    // a noun before "với" makes an apposition: the name after the comma holds the post
    assert_eq!(
        named("Cuộc gặp với Thủ tướng Lào, ông Sonexay Siphandone, diễn ra hôm qua."),
        one("Sonexay Siphandone", &["Thủ tướng Lào"])
    );
    // the title's own name, before the comma, holds it
    assert_eq!(
        named("Trao đổi với Bộ trưởng Hồ Văn Lâm, phóng viên được biết kế hoạch đã xong."),
        one("Hồ Văn Lâm", &["Bộ trưởng"])
    );
}
