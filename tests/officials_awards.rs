//! Officials: the state's honorary titles ("NSND", "Anh hùng Lao động", "Nhà giáo Nhân
//! dân") are awards, no posts (the guide of the seventeenth draw; the precision audit of
//! session 25): they still stand before a name as a rank does, but are no title of their
//! own. Sentences written for these tests.

mod common;
use common::{named, one};

/// An award alone before a name makes no official; before, each sentence gave one
/// ("Lê Thị Hoa" with "NSND", "Hồ Văn Tư" with "Anh hùng lao động").
#[test]
fn an_award_alone_is_no_post() {
    for text in [
        "NSND Lê Thị Hoa biểu diễn trong đêm nhạc.",
        "Anh hùng lao động Hồ Văn Tư, cha đẻ của giống lúa mới, cho biết như vậy.",
    ] {
        assert!(named(text).is_empty(), "{text}");
    }
}

/// The degree and the post said beside an award stay, and the award goes.
#[test]
fn the_degree_and_post_beside_an_award_stay() {
    assert_eq!(
        named("Giáo sư, Anh hùng Lao động Trần Văn Minh phát biểu tại buổi lễ."),
        one("Trần Văn Minh", &["Giáo sư"])
    );
    assert_eq!(
        named("NSND Lê Thị Hoa, Giám đốc Nhà hát Kịch Hà Nội, cho biết như vậy."),
        one("Lê Thị Hoa", &["Giám đốc Nhà hát Kịch Hà Nội"])
    );
}
