//! Officials: how far a title runs (issue 12, session 23): the province an organisation's
//! own name is in, said bare after a comma. Sentences written for these tests.

mod common;
use common::{named, one};

/// A province or centrally-run city said bare after a comma, after a school's or a body's
/// own name, closing the bracket or the clause, is where that body is: the title's. A
/// province that opens the next clause, its verb right after it, is not.
#[test]
fn the_province_after_a_bodys_own_name() {
    assert_eq!(
        named("Cô Lê Thị Hoa (giáo viên trường THCS Yên Hòa, Hà Nội) cho biết."),
        one("Lê Thị Hoa", &["giáo viên trường THCS Yên Hòa, Hà Nội"])
    );
    assert_eq!(
        named("Ông Phạm Văn Nam, Giám đốc Công ty Cổ phần Sao Mai, Đà Nẵng, cho biết."),
        one(
            "Phạm Văn Nam",
            &["Giám đốc Công ty Cổ phần Sao Mai, Đà Nẵng"]
        )
    );
    assert_eq!(
        named("Theo ông Phạm Văn Nam, Giám đốc Công ty Cổ phần Sao Mai, Đà Nẵng là nơi đáng sống."),
        one("Phạm Văn Nam", &["Giám đốc Công ty Cổ phần Sao Mai"])
    );
}
