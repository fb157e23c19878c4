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

/// "X sinh năm 1970 tại Hà Nội, là Giám đốc Y" (session 25): the year of birth may follow
/// the name with no comma and carry the place of birth ("tại"/"ở" and a place); after it
/// the name is still the clause's subject, so a bare "là" links its post as after the name.
#[test]
fn a_post_linked_after_the_year_and_place_of_birth() {
    assert_eq!(
        named("Ông Trần Văn Nam sinh năm 1970 tại Hà Nội, là Giám đốc Sở Y tế tỉnh Bình Dương."),
        one("Trần Văn Nam", &["Giám đốc Sở Y tế tỉnh Bình Dương"])
    );
    assert_eq!(
        named("Bà Phạm Thị Lan, sinh năm 1975, là Chủ tịch HĐQT Công ty cổ phần Minh Long."),
        one("Phạm Thị Lan", &["Chủ tịch HĐQT Công ty cổ phần Minh Long"])
    );
    assert_eq!(
        named("Ông Lê Văn Hùng, sinh năm 1968 ở Nghệ An, Phó Chủ tịch UBND tỉnh, phát biểu."),
        one("Lê Văn Hùng", &["Phó Chủ tịch UBND tỉnh"])
    );
    // no post after "là", a bare "là" with no year of birth before it, a trade after "là"
    assert!(named("Ông Trần Văn Nam sinh năm 1970 tại Hà Nội, là người hiền lành.").is_empty());
    assert!(named("Anh Trần Văn Nam, người Hà Nội, là Giám đốc Sở Y tế.").is_empty());
    assert!(named("Chị Lê Thị Hoa sinh năm 1990 tại Hà Nội, là bác sĩ.").is_empty());
    // what follows "tại" is no place: no segment of birth
    assert!(named("Ông Trần Văn Nam sinh năm 1970 tại nhà riêng, là Giám đốc Sở Y tế.").is_empty());
}
