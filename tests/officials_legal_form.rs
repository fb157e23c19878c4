//! Officials: a company's legal form inside its name (issue 12, names never read out of
//! an organisation), with sentences written for these tests.

mod common;
use common::{named, one};

/// "Công ty TNHH một thành viên" (a single-member limited liability company) and "TNHH hai
/// thành viên trở lên" are legal forms of the Law on Enterprises (2020, arts. 46 and 74):
/// their "thành viên" (member) is a word of the company's name, no post, and the
/// capitalised words after it are the company's own name, no person's.
#[test]
fn a_single_member_company() {
    assert_eq!(
        named(
            "Ông Trần Văn Bình, Giám đốc Công ty TNHH một thành viên Lê Quang Hòa cho biết giá vàng tăng."
        ),
        one(
            "Trần Văn Bình",
            &["Giám đốc Công ty TNHH một thành viên Lê Quang Hòa"]
        )
    );
    assert_eq!(
        named(
            "Ông Trần Văn Bình, Giám đốc Cty TNHH Một thành viên Vàng bạc Sài Gòn, cho biết giá vàng tăng."
        ),
        one(
            "Trần Văn Bình",
            &["Giám đốc Cty TNHH Một thành viên Vàng bạc Sài Gòn"]
        )
    );
    assert_eq!(
        named("Công ty TNHH hai thành viên Lê Quang Hòa vừa khai trương."),
        []
    );
    // as before: a member of a board
    assert_eq!(
        named("Bà Lê Thị Hoa, thành viên HĐQT Công ty TNHH Sao Mai, cho biết."),
        one("Lê Thị Hoa", &["thành viên HĐQT Công ty TNHH Sao Mai"])
    );
}
