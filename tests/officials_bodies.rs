//! Officials: a body's own name read as a person's (issue 12, the precision audit of
//! session 25). The capitalised words after a noun of a body (`org_nouns.txt`: a hospital,
//! a school, a company, a club or team, a field of study) are the body's name; read
//! elsewhere as a name after a title, they name no one. Sentences written for these tests.

mod common;
use common::{named, one};

/// A hospital named in apposition and after its noun, a club named after "CLB", a field
/// of study after "ngành": before, each text gave an official ("Arthur Lane" with "Sir",
/// "Racing Tigres" with "HLV đội", "Civil Engineering" with "Kỹ sư").
#[test]
fn a_body_named_after_its_noun_is_no_person() {
    assert_eq!(
        named(
            "Tại Sir Arthur Lane, bệnh viện lớn nhất thành phố, nhiều bác sĩ đã mắc bệnh. \
             Bác sĩ Mira Das, chuyên gia tim mạch tại bệnh viện Sir Arthur Lane, cho biết như vậy."
        ),
        one("Mira Das", &["Bác sĩ"])
    );
    for text in [
        "Sau trận đấu, HLV đội Racing Tigres đã phàn nàn với trọng tài. \
         Một cầu thủ của CLB Racing Tigres đã bị phạt thẻ đỏ.",
        "Sinh viên ngành Civil Engineering học nhiều môn. Kỹ sư Civil Engineering được tuyển dụng.",
    ] {
        assert!(named(text).is_empty(), "{text}");
    }
}

/// A Vietnamese name after a school's noun is often a historical figure's, whom the school
/// honours: it stays the person's; so does a name read after a title right after the
/// body ("Chủ tịch CLB X Y"), and a coach named apart from his club.
#[test]
fn a_person_named_with_a_body_stays() {
    assert_eq!(
        named("Đại tướng Võ Nguyên Giáp là người thầy lớn. Trường Võ Nguyên Giáp mang tên ông."),
        one("Võ Nguyên Giáp", &["Đại tướng"])
    );
    assert_eq!(
        named("Giám đốc Công ty Phú Thịnh Lê Văn Bình cho biết như vậy."),
        one("Lê Văn Bình", &["Giám đốc Công ty Phú Thịnh"])
    );
    assert_eq!(
        named("HLV Minh Khang của CLB Sông Lam cho biết như vậy."),
        one("Minh Khang", &["HLV"])
    );
}
