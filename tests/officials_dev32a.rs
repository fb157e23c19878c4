//! Officials in lists: delegates, defendants, committees, personnel decisions (issue 12,
//! session 32, dev32a). Sentences written for these tests.

mod common;
use common::{named, one};

/// A given name that is also a part of the day ("Sáng", "Chiều") ends a name when the
/// clause goes on after it; a time after it ("Sáng nay", "Chiều 5/3") keeps it a time.
#[test]
fn a_part_of_the_day_is_a_given_name_before_the_clause() {
    assert_eq!(
        named("Ông Đào Văn Sáng, Phó Chủ tịch UBND huyện cho biết."),
        one("Đào Văn Sáng", &["Phó Chủ tịch UBND huyện"])
    );
    assert_eq!(
        named("Bí thư Huyện ủy Lương Thị Chiều phát biểu tại hội nghị."),
        one("Lương Thị Chiều", &["Bí thư Huyện ủy"])
    );
    assert_eq!(
        named("Giám đốc Sở Y tế Hà Văn Tâm Sáng nay đã kiểm tra bệnh viện."),
        one("Hà Văn Tâm", &["Giám đốc Sở Y tế"])
    );
    assert_eq!(
        named("Chủ tịch UBND xã Lò Văn Pha Chiều 12/4 đã có mặt."),
        one("Lò Văn Pha", &["Chủ tịch UBND xã"])
    );
}
