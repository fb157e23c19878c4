//! Officials: causes of missed and wrong titles found by the second precision-and-recall
//! audit of session 29 on untabled articles: the head of a team that is no body, a teacher's
//! trade noun beside an apposed post, and a foreign name of one word after a word of
//! address with its post apposed. Sentences written for these tests.

mod common;
use common::{named, one};

/// "X, trưởng nhóm nghiên cứu, …": the head of one study's team, no body named, holds no
/// post; the degree before the name is still a title.
#[test]
fn the_head_of_an_unnamed_team_holds_no_post() {
    assert_eq!(
        named("Tiến sĩ Hanna Lind, trưởng nhóm nghiên cứu, cho biết kết quả rất đáng chú ý."),
        one("Hanna Lind", &["Tiến sĩ"])
    );
    assert!(named("Ông Trịnh Văn Lộc, trưởng nhóm nghiên cứu, cho biết như vậy.").is_empty());
    assert_eq!(
        named("Theo trưởng nhóm nghiên cứu, Giáo sư Karl Brenner, mẫu đá rất hiếm."),
        one("Karl Brenner", &["Giáo sư"])
    );
    assert_eq!(
        named("PGS.TS Đỗ Thị Hằng là người đứng đầu nhóm nghiên cứu."),
        one("Đỗ Thị Hằng", &["PGS.TS"])
    );
}

/// The head of a team of a named body holds a post, and so does the head of a club said
/// by its noun ("đội bóng").
#[test]
fn the_head_of_a_named_team_or_of_a_club_holds_a_post() {
    assert_eq!(
        named("Bà Maria Olsen, trưởng nhóm nghiên cứu tại Viện Karolinska, cho biết."),
        one(
            "Maria Olsen",
            &["trưởng nhóm nghiên cứu tại Viện Karolinska"]
        )
    );
    assert_eq!(
        named("Ông Lý Minh Tâm, Trưởng nhóm nghiên cứu vật liệu, Trường Đại học Huế cho biết."),
        one(
            "Lý Minh Tâm",
            &["Trưởng nhóm nghiên cứu vật liệu, Trường Đại học Huế"]
        )
    );
    assert_eq!(
        named("Tuy nhiên, người đứng đầu đội bóng, Marco Bellini nhất quyết phản đối."),
        one("Marco Bellini", &["người đứng đầu đội bóng"])
    );
}

/// "thầy giáo X, giáo viên Trường Y": the trade noun is a title beside the apposed post,
/// the year of birth between them or not.
#[test]
fn a_teacher_trade_noun_beside_an_apposed_post_is_a_title() {
    assert_eq!(
        named(
            "Năm nay, thầy giáo Lương Văn Khải, SN 1988, giáo viên Trường THPT Nguyễn Du \
             đã viết xong cuốn sách."
        ),
        one(
            "Lương Văn Khải",
            &["thầy giáo", "giáo viên Trường THPT Nguyễn Du"]
        )
    );
    assert_eq!(
        named("Cô giáo Phạm Thị Mơ - Hiệu trưởng Trường Mầm non Sơn Ca xác nhận sự việc."),
        one(
            "Phạm Thị Mơ",
            &["Cô giáo", "Hiệu trưởng Trường Mầm non Sơn Ca"]
        )
    );
}

/// Before a given name alone, or with a description that is no post after it, the trade
/// noun is a common noun (before a full name it holds the post bare: tests/officials_names29.rs).
#[test]
fn a_teacher_trade_noun_alone_is_no_title() {
    assert!(named("Thầy giáo Quý đã dạy học ở bản 20 năm.").is_empty());
    assert!(named("Gia đình hỏi cô giáo Hạnh - người trông lớp buổi chiều.").is_empty());
}

/// "ông Somchai, Giám đốc Công ty X": a foreign name of one word after a word of address,
/// with a post apposed, is a person, as a Vietnamese given name is.
#[test]
fn a_one_word_foreign_name_with_an_apposed_post_is_an_official() {
    assert_eq!(
        named("Theo ông Somchai, Giám đốc Công ty Sữa Mộc Châu, giá sữa sẽ giảm."),
        one("Somchai", &["Giám đốc Công ty Sữa Mộc Châu"])
    );
    assert_eq!(
        named("Ông Ricciardi – Giám đốc điều hành Ferrari cho biết mẫu xe sẽ ra mắt."),
        one("Ricciardi", &["Giám đốc điều hành Ferrari"])
    );
}

/// A foreign word with no post apposed names no official.
#[test]
fn a_one_word_foreign_name_alone_is_no_official() {
    assert!(named("Theo ông Somchai, giá sữa sẽ giảm trong tháng tới.").is_empty());
}
