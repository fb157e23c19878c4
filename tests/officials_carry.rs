//! Officials: classes of misses of the eighth draw (developed on from session 16) that come
//! from the grammar of Vietnamese or of the state apparatus, with sentences written for these
//! tests (issue 12).

mod common;
use common::{named, one};

/// "cố" before a role is "the late": a modifier of a former holder, part of the title like
/// "nguyên" and "cựu"; the verb "cố" (try) before a verb, and "cố vấn" (adviser), are not.
#[test]
fn the_late_holder_of_a_post() {
    assert_eq!(
        named("Lễ tưởng niệm cố Thủ tướng Võ Văn Kiệt diễn ra tại Vĩnh Long."),
        one("Võ Văn Kiệt", &["cố Thủ tướng"])
    );
    assert_eq!(
        named("Cố Tổng Bí thư Lê Duẩn từng nói như vậy."),
        one("Lê Duẩn", &["Cố Tổng Bí thư"])
    );
    assert_eq!(
        named("Ngôi chùa do cố Hòa thượng Thích Minh Châu xây dựng."),
        one("Thích Minh Châu", &["cố Hòa thượng"])
    );
    let a = vinews::Article::parse("Lễ tưởng niệm cố Chủ tịch Lê Văn An diễn ra hôm qua.");
    let t = &a.officials[0].titles[0];
    assert!(t.former, "{t:?}");
    assert_eq!(t.modifiers, ["cố"]);
    assert_eq!(
        named("Ông Lê Văn Bình, cố vấn của Thủ tướng, cho biết."),
        one("Lê Văn Bình", &["cố vấn của Thủ tướng"])
    );
    assert_eq!(named("Ông Trần Văn An cố thuyết phục Chủ tịch xã."), []);
}
