//! Officials: how far a title runs (issue 12, session 30, the fresh draws' extents): the
//! body a role said bare heads, named after a comma; the holder's name right after a
//! parent said after a comma. Sentences written for these tests.

mod common;
use common::{named, one};

/// A role said bare, then the body it heads after a comma: the title's parent.
#[test]
fn parent_after_a_bare_role() {
    assert_eq!(
        named("Dự họp có ông Lý Văn Khải, Phó Chánh Thanh tra, Cơ quan Thanh tra NHNN."),
        one(
            "Lý Văn Khải",
            &["Phó Chánh Thanh tra, Cơ quan Thanh tra NHNN"]
        )
    );
    assert_eq!(
        named("Bà Đoàn Thị Mận, Vụ trưởng, Vụ Pháp chế cho biết dự thảo đã xong."),
        one("Đoàn Thị Mận", &["Vụ trưởng, Vụ Pháp chế"])
    );
    // (a second role after the comma is no parent)
    assert_eq!(
        named("Ông Hà Minh Quân, Chủ tịch, Tổng Giám đốc Công ty Sao Mai cho biết."),
        vec![(
            "Hà Minh Quân".to_string(),
            vec![
                "Chủ tịch".to_string(),
                "Tổng Giám đốc Công ty Sao Mai".to_string()
            ]
        )]
    );
    // (lowercase, an agency spoken of, no parent)
    assert_eq!(
        named("Ông Lý Văn Khải, Phó Chánh Thanh tra, cơ quan chức năng đang xác minh."),
        one("Lý Văn Khải", &["Phó Chánh Thanh tra"])
    );
}

/// The holder's name right after a parent said after a comma, then the clause's end.
#[test]
fn name_after_the_parent() {
    assert_eq!(
        named("Theo Phó Tổng cục trưởng, Tổng cục Thống kê Vũ Thị Hạnh, năm nay sẽ khó."),
        one("Vũ Thị Hạnh", &["Phó Tổng cục trưởng, Tổng cục Thống kê"])
    );
    assert_eq!(
        named("Cục trưởng Cục Chăn nuôi, Bộ Nông nghiệp Phan Đức Toàn cho biết như vậy."),
        one(
            "Phan Đức Toàn",
            &["Cục trưởng Cục Chăn nuôi, Bộ Nông nghiệp"]
        )
    );
    // (a school named after a person keeps the name: no holder)
    assert_eq!(
        named("Ông Lê Hữu Phước, Hiệu trưởng, Trường THPT Nguyễn Du cho biết."),
        one("Lê Hữu Phước", &["Hiệu trưởng, Trường THPT Nguyễn Du"])
    );
}
