//! Officials: the owner of a garden or orchard (issue 12), with sentences written for
//! these tests.

mod common;
use common::{named, one};

/// "chủ vườn", the owner of a garden or orchard, is a business owner's post as "chủ quán"
/// and "chủ tiệm" are (the tenth draw's guide: "X - chủ vườn" is written like "chủ
/// tiệm"), apposed after a dash or a comma.
#[test]
fn the_owner_of_a_garden() {
    assert_eq!(
        named("Anh Trần Văn Bình - chủ vườn chia sẻ: vườn đã trồng hai năm."),
        one("Trần Văn Bình", &["chủ vườn"])
    );
    assert_eq!(
        named("Ông Lê Văn Tám, chủ vườn lan ở xã Hòa Nam, cho biết giá đã giảm."),
        one("Lê Văn Tám", &["chủ vườn lan ở xã Hòa Nam"])
    );
    assert_eq!(named("Nhiều chủ vườn đã bán hết lan."), []);
}
