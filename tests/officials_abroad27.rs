//! Officials: the place abroad a foreign body is in, said after a comma and closing the
//! apposition, is the title's (issue 12, session 27): a country by any of its names, one
//! Vietnamese syllable too ("Ý", "Đức"), or a state, province or region of another
//! country ("Massachusetts", "Queensland"). Not a Vietnamese place after a foreign body,
//! not a city, not a list of countries, not a place after a body of a Vietnamese name.
//! Sentences written for these tests.

mod common;
use common::{named, one};

/// A country of one syllable after the comma, closed by a comma, a verb or a stop.
#[test]
fn a_country_of_one_syllable_closes_the_title() {
    assert_eq!(
        named(
            "Ông Marco Rossi, nhà thiên văn học tại Đại học Padova, Ý, cho biết sao chổi sẽ sáng hơn."
        ),
        one("Marco Rossi", &["nhà thiên văn học tại Đại học Padova, Ý"])
    );
    assert_eq!(
        named("Ông Hans Becker, giáo sư tại Đại học Heidelberg, Đức cho biết kết quả còn sơ bộ."),
        one("Hans Becker", &["giáo sư tại Đại học Heidelberg, Đức"])
    );
    assert_eq!(
        named("Bà Clara Weiss, nhà nghiên cứu của Viện Fraunhofer, Áo."),
        one("Clara Weiss", &["nhà nghiên cứu của Viện Fraunhofer, Áo"])
    );
}

/// A state of another country after the city the body is in, or after the body itself;
/// and the state's country after it.
#[test]
fn a_state_abroad_closes_the_title() {
    assert_eq!(
        named(
            "Bà Laura Hill, bác sĩ tại Bệnh viện Mercy ở Baltimore, Maryland, nói rằng ca bệnh đã ổn định."
        ),
        one(
            "Laura Hill",
            &["bác sĩ tại Bệnh viện Mercy ở Baltimore, Maryland"]
        )
    );
    assert_eq!(
        named("Ông Kevin Ross, giáo sư tại Đại học Rice, Texas, Mỹ, cho biết."),
        one("Kevin Ross", &["giáo sư tại Đại học Rice, Texas, Mỹ"])
    );
    assert_eq!(
        named("Ông Liam Walsh, nhà sinh vật học tại Đại học Griffith, Queensland cho biết."),
        one(
            "Liam Walsh",
            &["nhà sinh vật học tại Đại học Griffith, Queensland"]
        )
    );
}

/// Countries listed after the body are no place of its; nor a city said bare after it.
#[test]
fn a_list_or_a_city_is_not_the_title() {
    assert_eq!(
        named(
            "Ông Kevin Ross, giáo sư tại Đại học Rice, Mỹ, Nhật Bản và Hàn Quốc đã cùng hợp tác."
        ),
        one("Kevin Ross", &["giáo sư tại Đại học Rice"])
    );
    assert_eq!(
        named("Ông Kevin Ross, giáo sư tại Đại học Rice, Houston, cho biết."),
        one("Kevin Ross", &["giáo sư tại Đại học Rice"])
    );
}

/// A body of a Vietnamese name, or a Vietnamese place, or a name after the place.
#[test]
fn no_place_abroad_after_a_vietnamese_body() {
    assert_eq!(
        named("Ông Lê Văn Tâm, Hiệu trưởng Trường THPT Chu Văn An, Đức cho biết trường sẽ mở lớp."),
        one("Lê Văn Tâm", &["Hiệu trưởng Trường THPT Chu Văn An"])
    );
    assert_eq!(
        named("Ông Kevin Ross, giáo sư tại Đại học Rice, Đà Nẵng, cho biết."),
        one("Kevin Ross", &["giáo sư tại Đại học Rice"])
    );
    assert_eq!(
        named("Ông Kevin Ross, giám đốc Công ty Boeing, Đức và Lan cùng dự lễ."),
        one("Kevin Ross", &["giám đốc Công ty Boeing"])
    );
}
