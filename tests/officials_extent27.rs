//! Officials: how far a title runs (issue 12, session 27): an abbreviation with periods
//! inside a parent body, the initials of the United Nations before a foreign name, and a
//! last field in lowercase before the place a body serves. Sentences written for these
//! tests.

mod common;
use common::{named, one};

/// A parent body after a comma keeps an abbreviation written with periods whole ("T.Ư":
/// Trung ương), as the title's own organisation does.
#[test]
fn an_abbreviation_with_periods_ends_no_parent() {
    assert_eq!(
        named("Ông Hà Minh Khôi, nguyên Phó Vụ trưởng Vụ Văn nghệ, Ban Tuyên giáo T.Ư, cho biết."),
        one(
            "Hà Minh Khôi",
            &["nguyên Phó Vụ trưởng Vụ Văn nghệ, Ban Tuyên giáo T.Ư"]
        )
    );
    assert_eq!(
        named("TS Hà Minh Khôi (Vụ trưởng Vụ Tổng hợp, Ban Kinh tế T.Ư): Cần làm rõ thêm."),
        one(
            "Hà Minh Khôi",
            &["TS", "Vụ trưởng Vụ Tổng hợp, Ban Kinh tế T.Ư"]
        )
    );
}

/// "LHQ" stands for Liên hợp quốc as the countries do between a title and a foreign name:
/// the capitalised words after it are the person's name.
#[test]
fn the_united_nations_initials_end_a_title_before_a_foreign_name() {
    assert_eq!(
        named("Phát biểu tại Geneva, Chủ tịch Hội đồng Nhân quyền LHQ Maria Kessler nói rõ."),
        one("Maria Kessler", &["Chủ tịch Hội đồng Nhân quyền LHQ"])
    );
    assert_eq!(
        named("Tổng thư ký LHQ Jonas Berg kêu gọi ngừng bắn."),
        one("Jonas Berg", &["Tổng thư ký LHQ"])
    );
}

/// A body's last field written in lowercase after "và" runs on to the place the body
/// serves when the clause's verb or a mark follows; without the place, or with a second
/// noun phrase after "và", the title ends as before.
#[test]
fn a_lowercase_last_field_runs_to_the_place_the_body_serves() {
    assert_eq!(
        named(
            "Ông Lưu Văn Thành, Chủ tịch Hội Khoa học và kỹ thuật lâm nghiệp Quảng Bình cho \
             rằng giống keo mới cho năng suất cao."
        ),
        one(
            "Lưu Văn Thành",
            &["Chủ tịch Hội Khoa học và kỹ thuật lâm nghiệp Quảng Bình"]
        )
    );
    assert_eq!(
        named(
            "Bà Lưu Thị Hạnh, Phó chủ tịch Hội khoa học và kỹ thuật thủy lợi tỉnh Ninh Bình, \
             đề nghị nạo vét kênh."
        ),
        one(
            "Lưu Thị Hạnh",
            &["Phó chủ tịch Hội khoa học và kỹ thuật thủy lợi tỉnh Ninh Bình"]
        )
    );
    // (a second noun phrase after "và": not the body's field)
    assert_eq!(
        named("Ông Lưu Văn Thành, Giám đốc Sở Y tế và cán bộ Quảng Bình đã tới thăm."),
        one("Lưu Văn Thành", &["Giám đốc Sở Y tế"])
    );
}
