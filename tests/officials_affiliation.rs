//! Officials: a degree with its field tied to its holder's institution by a preposition of
//! affiliation other than "tại" (issue 12, the precision audit of session 20: titles cut
//! short at the degree), with sentences written for these tests.

mod common;
use common::{named, one};

/// "từ" (from), "của" (of) and "thuộc" (belonging to) tie a degree and its field to the
/// named institution its holder belongs to, as "tại" does: the whole phrase is the title
/// ("giáo sư sinh học tại Đại học X" already was), and so is a lowercase "trường" (school)
/// before the institution's name, after "tại" too.
#[test]
fn a_degree_affiliated_with_an_institution_by_a_preposition() {
    assert_eq!(
        named("Ông Peter Hall, giáo sư hóa học từ Đại học Oxford, cho biết như vậy."),
        one("Peter Hall", &["giáo sư hóa học từ Đại học Oxford"])
    );
    assert_eq!(
        named("Bà Anna Berg, giáo sư của Đại học Uppsala cho biết như vậy."),
        one("Anna Berg", &["giáo sư của Đại học Uppsala"])
    );
    assert_eq!(
        named("Ông Mark Lowe, giáo sư thuộc trường Đại học Leeds, lo ngại về điều đó."),
        one("Mark Lowe", &["giáo sư thuộc trường Đại học Leeds"])
    );
    assert_eq!(
        named("Ông Peter Hall, giáo sư địa chất tại trường Đại học Y khoa Bắc Ohio, cho biết."),
        one(
            "Peter Hall",
            &["giáo sư địa chất tại trường Đại học Y khoa Bắc Ohio"]
        )
    );
}

/// No institution, no affiliation: the one served ("luật sư của bà Mai") is a person, and
/// "từ Đại học X" after a comma ties nothing (by the guide, "Tiến sĩ X, từ Đại học Y").
#[test]
fn no_affiliation_without_an_institution_right_after() {
    assert_eq!(
        named("Ông Peter Hall, luật sư của bà Mai, cho biết như vậy."),
        one("Peter Hall", &["luật sư"])
    );
    assert_eq!(
        named("Ông Peter Hall, giáo sư, từ Đại học Oxford, cho biết như vậy."),
        one("Peter Hall", &["giáo sư"])
    );
}
