//! Officials: a year of birth set between a name and the post apposed to it (issue 12,
//! session 24), with sentences written for these tests.

mod common;
use common::{named, one};

/// "X, SN 1976, Giám đốc Y" and "X, sinh năm 1976, giáo viên Trường Y": the year of
/// birth ("SN" writes "sinh năm") is a segment of its own before the titles, as the age
/// ("X, 52 tuổi, Y") is; what follows it is a post only when a title opens it.
#[test]
fn a_year_of_birth_before_an_apposed_post_is_skipped() {
    assert_eq!(
        named("Ông Trần Văn Nam, SN 1976, Giám đốc Công ty Cổ phần Sông Đà, cho biết như vậy."),
        one("Trần Văn Nam", &["Giám đốc Công ty Cổ phần Sông Đà"])
    );
    assert_eq!(
        named("Thầy Lê Văn Bình, sinh năm 1980, giáo viên Trường THPT Nguyễn Du, kể lại."),
        one("Lê Văn Bình", &["giáo viên Trường THPT Nguyễn Du"])
    );
    // no post after it: a resident's address, an age-like number that is no year
    assert!(named("Anh Trần Văn Nam, SN 1990, trú tại xã Hòa Bình, cho biết.").is_empty());
    assert!(named("Ông Trần Văn Nam, sinh năm 1976, cho biết như vậy.").is_empty());
    assert!(named("Ông Trần Văn Nam, SN 76, Giám đốc Công ty Sông Đà, cho biết.").is_empty());
    // a year of birth later in the chain is no segment the titles go on after
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Sở Y tế, SN 1970, Bí thư Đảng ủy Sở."),
        one("Trần Văn Nam", &["Giám đốc Sở Y tế"])
    );
}
