//! Officials: a title whose organisation chain goes on past a comma, a dash or a bracket
//! (issue 12, session 21): the parent organisation said after the organisation's own
//! bracket, a parent said by a company's own name, a parent after a role said bare, a
//! company's division. Sentences written for these tests.

mod common;
use common::{named, one};

/// The parent after the organisation's abbreviation in brackets, after a dash or a
/// comma, is the title's, as it is without the bracket; a person or a role after the
/// comma is not.
#[test]
fn a_parent_after_the_bodys_bracket() {
    assert_eq!(
        named("Ông Trần Văn Nam - Cục trưởng Cục An toàn thực phẩm (ATTP) - Bộ Y tế cho biết."),
        one(
            "Trần Văn Nam",
            &["Cục trưởng Cục An toàn thực phẩm (ATTP) - Bộ Y tế"]
        )
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, Vụ trưởng Vụ Pháp chế (PC), Bộ Tài chính, phát biểu."),
        one("Lê Thị Hoa", &["Vụ trưởng Vụ Pháp chế (PC), Bộ Tài chính"])
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, Vụ trưởng Vụ Pháp chế (PC), phát biểu tại hội nghị."),
        one("Lê Thị Hoa", &["Vụ trưởng Vụ Pháp chế (PC)"])
    );
}

/// A parent said by its own name alone: initials no list holds ("ĐHXD"), several
/// capitalised words of capitals, a brand's name that no Vietnamese syllable spells with
/// the city its branch serves. One foreign word alone after a comma is the person's name
/// as often ("Chủ tịch FIFA, Infantino"), and a foreign name is no parent.
#[test]
fn a_parent_said_by_its_own_name() {
    assert_eq!(
        named("Ông Trần Văn Nam - nguyên trưởng khoa kinh tế, ĐHXD cho rằng như vậy."),
        one("Trần Văn Nam", &["nguyên trưởng khoa kinh tế, ĐHXD"])
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Khối Dịch vụ, ABC TS cho biết."),
        one("Trần Văn Nam", &["Giám đốc Khối Dịch vụ, ABC TS"])
    );
    assert_eq!(
        named("Ông Trần Văn Nam (Phó Giám đốc - Vinamilk Đà Nẵng) cho biết."),
        one("Trần Văn Nam", &["Phó Giám đốc - Vinamilk Đà Nẵng"])
    );
    assert_eq!(
        named("Chủ tịch UEFA, Ceferin khẳng định sẽ phạt nặng."),
        one("Ceferin", &["Chủ tịch UEFA"])
    );
    let people = named("Ông Trần Văn Nam, Giám đốc Sở Y tế, John Smith cho biết.");
    assert!(
        people
            .iter()
            .all(|(_, t)| t.iter().all(|t| !t.contains("John"))),
        "{people:?}"
    );
}

/// A company's division ("Khối") is a body of its own with its capitalised name; the
/// company after a comma is its parent. The common noun "khối" (a volume) is no body.
#[test]
fn a_division_of_a_company() {
    assert_eq!(
        named("Bà Lê Thị Hoa, Giám đốc Khối Khách hàng doanh nghiệp, Ngân hàng ACB cho biết."),
        one(
            "Lê Thị Hoa",
            &["Giám đốc Khối Khách hàng doanh nghiệp, Ngân hàng ACB"]
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Nhà máy Gạch Men, Khối Sản xuất, cho biết."),
        one(
            "Trần Văn Nam",
            &["Giám đốc Nhà máy Gạch Men, Khối Sản xuất"]
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Sở Xây dựng, khối lượng công việc lớn."),
        one("Trần Văn Nam", &["Giám đốc Sở Xây dựng"])
    );
}

/// The year of the event a title's body organises, said after the country it is held in,
/// is the title's, as after the event's own name; a year not of four digits, or a clause
/// going on, is not.
#[test]
fn the_year_of_an_event_after_its_country() {
    assert_eq!(
        named("Ông Lê Văn Minh, Trưởng BTC cuộc thi Khởi nghiệp Mekong tại Úc năm 2021 cho biết."),
        one(
            "Lê Văn Minh",
            &["Trưởng BTC cuộc thi Khởi nghiệp Mekong tại Úc năm 2021"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Minh, Giám đốc Kinh doanh Siemens tại Việt Nam năm nay cho biết."),
        one("Lê Văn Minh", &["Giám đốc Kinh doanh Siemens tại Việt Nam"])
    );
    assert_eq!(
        named(
            "Ông Lê Văn Minh, Giám đốc Kinh doanh Siemens tại Việt Nam năm 2021 doanh số tăng mạnh."
        ),
        one("Lê Văn Minh", &["Giám đốc Kinh doanh Siemens tại Việt Nam"])
    );
}

/// A field listed after a comma inside a body's own name, two capitalised words, is the
/// name's when the clause ends after it; a person's name, a place or one word alone (a
/// given name as often) after the comma is not.
#[test]
fn a_field_listed_after_a_comma_in_the_name() {
    assert_eq!(
        named("Ông Đào Văn Nam, Viện trưởng Viện Nghiên cứu Tim mạch, Huyết Áp cho biết: tốt."),
        one(
            "Đào Văn Nam",
            &["Viện trưởng Viện Nghiên cứu Tim mạch, Huyết Áp"]
        )
    );
    for s in [
        "Ông Đào Văn Nam, Giám đốc Công ty Hoàng Long, Lê Hùng cho biết.",
        "Ông Đào Văn Nam, Giám đốc Công ty Hoàng Long, Minh cho biết.",
    ] {
        assert_eq!(
            named(s)
                .iter()
                .find(|(n, _)| n == "Đào Văn Nam")
                .map(|(_, t)| t.clone()),
            Some(vec!["Giám đốc Công ty Hoàng Long".to_string()]),
            "{s}"
        );
    }
    // (a province is no field of the name: it closes the title as the city the body is
    // in, before a reporting verb, session 26's twenty-third draw)
    assert_eq!(
        named("Ông Đào Văn Nam, Giám đốc Công ty Hoàng Long, Hải Phòng cho biết."),
        one("Đào Văn Nam", &["Giám đốc Công ty Hoàng Long, Hải Phòng"])
    );
}

/// The place of the parent in brackets, written with a lowercase syllable the places do
/// not read ("(Hà nội)"), is a unit's name the gazetteer knows, so the title's; a bracket
/// of other words is not.
#[test]
fn the_parents_place_in_brackets_whatever_its_case() {
    assert_eq!(
        named("Ông Nguyễn Văn Nam, Trưởng khoa Nội, Bệnh viện E (Hà nội) cho biết, ổn."),
        one("Nguyễn Văn Nam", &["Trưởng khoa Nội, Bệnh viện E (Hà nội)"])
    );
    assert_eq!(
        named("Ông Nguyễn Văn Nam, Trưởng khoa Nội, Bệnh viện E (Hà ơi) cho biết, ổn."),
        one("Nguyễn Văn Nam", &["Trưởng khoa Nội, Bệnh viện E"])
    );
}

/// A parent's own parent after a dash is the title's too, up the hierarchy; a role and a
/// person after the dash are not. A company written in mixed case is a parent with its
/// country.
#[test]
fn a_parents_parent_after_a_dash() {
    assert_eq!(
        named(
            "Ông Trần Văn Nam, Chủ nhiệm Khoa Sư phạm, Trường ĐH Giáo dục - ĐH Quốc gia Hà Nội cho biết."
        ),
        one(
            "Trần Văn Nam",
            &["Chủ nhiệm Khoa Sư phạm, Trường ĐH Giáo dục - ĐH Quốc gia Hà Nội"]
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam - Giám đốc Nhân sự - SaoMai Việt Nam cũng có chia sẻ."),
        one("Trần Văn Nam", &["Giám đốc Nhân sự - SaoMai Việt Nam"])
    );
    let two = named(
        "Ông Trần Văn Nam, Phó Vụ trưởng Vụ Pháp chế, Bộ Y tế - Bộ trưởng Lê Văn Hòa cho biết.",
    );
    assert!(
        two.iter()
            .all(|(_, t)| t.iter().all(|t| !t.contains("Bộ trưởng Lê"))),
        "{two:?}"
    );
}

/// A capitalised name whose last syllable is written lowercase, its initials in brackets
/// right after it, goes on to the bracket; a verb of the lists before a bracket does not.
#[test]
fn a_lowercase_last_syllable_before_the_initials() {
    assert_eq!(
        named(
            "Bà Lê Thị Hoa, nhà thiên văn học tại Viện Nghiên cứu Ngoài Trái đất (NCTĐ) cho biết."
        ),
        one(
            "Lê Thị Hoa",
            &["nhà thiên văn học tại Viện Nghiên cứu Ngoài Trái đất (NCTĐ)"]
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Tập đoàn Hòa Phát tăng (HPG) mạnh."),
        one("Trần Văn Nam", &["Giám đốc Tập đoàn Hòa Phát"])
    );
}
