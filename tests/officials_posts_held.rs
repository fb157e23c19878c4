//! Officials: which words before or after a name are posts (issue 12, session 22): a unit's
//! head against a sports team's captain. Sentences written for these tests.

mod common;
use common::{named, one};

/// "Đội trưởng" heads a "đội" of the police or another body named right after it: a post.
/// Alone, before a club's name or "của CLB", it is a team's captain, who holds none.
#[test]
fn a_units_head_holds_a_post_a_captain_none() {
    assert_eq!(
        named("Ông Trần Văn Bảy, Đội trưởng Đội CSGT Công an huyện Thọ Xuân, cho biết."),
        one(
            "Trần Văn Bảy",
            &["Đội trưởng Đội CSGT Công an huyện Thọ Xuân"]
        )
    );
    assert_eq!(
        named("Phó Đội trưởng Đội Quản lý thị trường số 3 Lê Thị Hoa đã ký biên bản."),
        one(
            "Lê Thị Hoa",
            &["Phó Đội trưởng Đội Quản lý thị trường số 3"]
        )
    );
    assert!(named("Phút 20, đội trưởng Ngọc Hải đánh đầu dội xà ngang.").is_empty());
    assert!(named("Ngay cả đội trưởng của CLB, Kevin Rowe cũng không hài lòng.").is_empty());
    assert!(named("Đội trưởng Arsenal Kevin Rowe ghi bàn ở phút cuối.").is_empty());
}
