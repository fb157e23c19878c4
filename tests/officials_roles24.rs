//! Officials: posts and professions that tie a person, added in session 24 (issue 12): the
//! head of a federal state's government ("Thủ hiến"), with sentences written for these
//! tests.

mod common;
use common::{named, one};

/// "Thủ hiến" heads a federal state's or territory's government, a post before a name as
/// "Thống đốc" is, with the state or territory said between them or not.
#[test]
fn the_head_of_a_federal_states_government() {
    assert_eq!(
        named("Thủ hiến New Delhi Arvind Kejriwal đề nghị chính phủ hỗ trợ ôxy."),
        one("Arvind Kejriwal", &["Thủ hiến New Delhi"])
    );
    assert_eq!(
        named("Thủ hiến bang Bavaria, ông Markus Söder, cho biết bang sẽ mở cửa trường học."),
        one("Markus Söder", &["Thủ hiến bang Bavaria"])
    );
}

/// Without a name, "Thủ hiến" names the office or its building, no one.
#[test]
fn the_office_without_a_name_is_no_official() {
    assert!(named("Buổi lễ diễn ra tại sảnh Tòa nhà Thủ hiến với quân nhạc.").is_empty());
    assert!(named("Thủ hiến bang này cho biết sẽ mở cửa trường học.").is_empty());
}
