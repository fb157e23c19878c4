//! Officials: a commune's civil servant named by the field of the post ("công chức Tư
//! pháp - Hộ tịch", the Law on Cadres and Civil Servants, 2008, art. 61), with sentences
//! written for these tests.

mod common;
use common::{named, one};

/// "công chức" is a staff post, as "cán bộ" is: a title with the field and the unit it
/// serves after it, never alone nor as the plural noun ("cán bộ, công chức xã").
#[test]
fn a_civil_servant_with_the_field_and_unit_of_the_post() {
    assert_eq!(
        named(
            "Ông Phạm Văn Lâm, công chức Địa chính - Xây dựng xã Tân Hòa, cho biết đã đo đạc lại."
        ),
        one(
            "Phạm Văn Lâm",
            &["công chức Địa chính - Xây dựng xã Tân Hòa"]
        )
    );
    assert_eq!(
        named(
            "Theo bà Lê Thị Mơ, công chức Văn hóa - Xã hội UBND phường Bình An, lễ hội sẽ kéo dài ba ngày."
        ),
        one(
            "Lê Thị Mơ",
            &["công chức Văn hóa - Xã hội UBND phường Bình An"]
        )
    );
    assert!(named("Ông Trần Văn Hải, một công chức đã nghỉ hưu, kể lại.").is_empty());
    assert!(named("Nhiều công chức xã Tân Hòa đã được tập huấn.").is_empty());
}
