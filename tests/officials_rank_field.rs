//! Officials: a degree or profession with its field said before a foreign name (issue 12,
//! name recall on unseen articles), with sentences written for these tests.

mod common;
use common::{named, one};

/// The field of a degree or profession said between it and the name ("bác sĩ nhi khoa",
/// "TS tâm lý") is the title's before a foreign name as before a Vietnamese one: the name
/// is two parts or more that are no Vietnamese syllables ("Peter Hall"). Two capitalised
/// Vietnamese words there may be the field's own name, and stay none ("bác sĩ chuyên khoa
/// Ung Bướu").
#[test]
fn a_field_of_a_profession_before_a_foreign_name() {
    assert_eq!(
        named("\"Đây là ca hiếm\", bác sĩ nhi khoa Peter Hall cho biết."),
        one("Peter Hall", &["bác sĩ nhi khoa"])
    );
    assert_eq!(
        named("Giáo sư vật lý Marco Bellini cho rằng thí nghiệm đã thành công."),
        one("Marco Bellini", &["Giáo sư vật lý"])
    );
    // as before: a Vietnamese name, and no name in the field's own capitalised name
    assert_eq!(
        named("Bác sĩ tim mạch Nguyễn Văn Bình cho biết bệnh nhân đã ổn."),
        one("Nguyễn Văn Bình", &["Bác sĩ tim mạch"])
    );
    assert!(named("Đó là ý kiến của bác sĩ chuyên khoa Ung Bướu.").is_empty());
    assert!(named("Các bác sĩ nhi khoa Mỹ cho biết trẻ cần ngủ đủ.").is_empty());
}
