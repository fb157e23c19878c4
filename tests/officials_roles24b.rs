//! Officials: posts and professions that tie a person, added in session 24's second round
//! (issue 12): the person in charge of a function at a named organisation ("người phụ
//! trách … tại …"); an officer of a named force ("sĩ quan hải quân Indonesia X"), with
//! sentences written for these tests.

mod common;
use common::{named, one};

/// "Người phụ trách" apposed to a name, with what the person is in charge of (the verb's
/// object, even a word the stop list reads as a verb: "thông tin", "truyền thông") and the
/// named organisation after a preposition, is a staff post at that organisation.
#[test]
fn the_person_in_charge_of_a_function_at_a_named_body() {
    assert_eq!(
        named(
            "Anh Lê Văn Bình, người phụ trách thông tin về dịch bệnh tại Viện Pasteur, cho biết số ca đã giảm."
        ),
        one(
            "Lê Văn Bình",
            &["người phụ trách thông tin về dịch bệnh tại Viện Pasteur"]
        )
    );
    assert_eq!(
        named(
            "Chị Trần Thị Hoa, người phụ trách truyền thông của Công ty Sao Mai, nói doanh thu tăng."
        ),
        one(
            "Trần Thị Hoa",
            &["người phụ trách truyền thông của Công ty Sao Mai"]
        )
    );
}

/// In charge of something at no named body ("của nhà thờ", a common noun), or with no
/// body at all, the phrase is no post.
#[test]
fn in_charge_at_no_named_body_is_no_post() {
    assert!(
        named("Chị Phạm Thị Lan, người phụ trách bếp ăn của nhà thờ, kể lại câu chuyện.")
            .is_empty()
    );
    assert!(named("Anh Ngô Văn Tú, người phụ trách thông tin, cho biết số ca đã giảm.").is_empty());
}

/// "Sĩ quan", an officer, is a staff post with the force or body served named after it
/// ("sĩ quan hải quân Indonesia", "sĩ quan cảnh sát Bali"), as "quan chức" is.
#[test]
fn an_officer_of_a_named_force() {
    assert_eq!(
        named("Sĩ quan hải quân Indonesia Budi Santoso kể về cuộc sống trên tàu ngầm."),
        one("Budi Santoso", &["Sĩ quan hải quân Indonesia"])
    );
    assert_eq!(
        named("\"Chúng tôi đang tìm kiếm\", Wayan Suarta, một sĩ quan cảnh sát Bali, cho biết."),
        one("Wayan Suarta", &["sĩ quan cảnh sát Bali"])
    );
}

/// An officer said with the holder's nationality ("người Ý") or with nothing after the
/// role serves no named body: no post.
#[test]
fn an_officer_of_a_nationality_or_of_no_body_holds_no_post() {
    assert!(named("Sĩ quan cảnh sát người Ý Marco Rossi đã đi lạc giữa sa mạc.").is_empty());
    assert!(named("Sĩ quan Lê Văn Bình kể lại chuyến đi.").is_empty());
}
