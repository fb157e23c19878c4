//! Officials: how far a title runs (issue 12, session 30, the fresh draws' extents): the
//! body a role said bare heads, named after a comma; the holder's name right after a
//! parent said after a comma. Sentences written for these tests.

mod common;
use common::{named, one};

/// A role said bare, then the body it heads after a comma: the title's parent.
#[test]
fn parent_after_a_bare_role() {
    assert_eq!(
        named("Dự họp có ông Lý Văn Khải, Phó Chánh Thanh tra, Cơ quan Thanh tra NHNN."),
        one(
            "Lý Văn Khải",
            &["Phó Chánh Thanh tra, Cơ quan Thanh tra NHNN"]
        )
    );
    assert_eq!(
        named("Bà Đoàn Thị Mận, Vụ trưởng, Vụ Pháp chế cho biết dự thảo đã xong."),
        one("Đoàn Thị Mận", &["Vụ trưởng, Vụ Pháp chế"])
    );
    // (a second role after the comma is no parent)
    assert_eq!(
        named("Ông Hà Minh Quân, Chủ tịch, Tổng Giám đốc Công ty Sao Mai cho biết."),
        vec![(
            "Hà Minh Quân".to_string(),
            vec![
                "Chủ tịch".to_string(),
                "Tổng Giám đốc Công ty Sao Mai".to_string()
            ]
        )]
    );
    // (lowercase, an agency spoken of, no parent)
    assert_eq!(
        named("Ông Lý Văn Khải, Phó Chánh Thanh tra, cơ quan chức năng đang xác minh."),
        one("Lý Văn Khải", &["Phó Chánh Thanh tra"])
    );
}

/// The holder's name right after a parent said after a comma, then the clause's end.
#[test]
fn name_after_the_parent() {
    assert_eq!(
        named("Theo Phó Tổng cục trưởng, Tổng cục Thống kê Vũ Thị Hạnh, năm nay sẽ khó."),
        one("Vũ Thị Hạnh", &["Phó Tổng cục trưởng, Tổng cục Thống kê"])
    );
    assert_eq!(
        named("Cục trưởng Cục Chăn nuôi, Bộ Nông nghiệp Phan Đức Toàn cho biết như vậy."),
        one(
            "Phan Đức Toàn",
            &["Cục trưởng Cục Chăn nuôi, Bộ Nông nghiệp"]
        )
    );
    // (a school named after a person keeps the name: no holder)
    assert_eq!(
        named("Ông Lê Hữu Phước, Hiệu trưởng, Trường THPT Nguyễn Du cho biết."),
        one("Lê Hữu Phước", &["Hiệu trưởng, Trường THPT Nguyễn Du"])
    );
}

/// A parent's country after a dash, in a bracket or closing the clause.
#[test]
fn parent_country_after_a_dash() {
    assert_eq!(
        named(
            "Theo ông Park Ji Hoon, Tổng giám đốc Hyosung Vina (Tập đoàn Hyosung - Hàn Quốc), thị trường sẽ tăng."
        ),
        one(
            "Park Ji Hoon",
            &["Tổng giám đốc Hyosung Vina (Tập đoàn Hyosung - Hàn Quốc)"]
        )
    );
    assert_eq!(
        named("Ông Kenji Tanaka, Giám đốc nhà máy, Tập đoàn Toyota - Nhật Bản cho biết."),
        one(
            "Kenji Tanaka",
            &["Giám đốc nhà máy, Tập đoàn Toyota - Nhật Bản"]
        )
    );
}

/// A unit named after a comma, then "của" and the body it belongs to.
#[test]
fn parent_of_the_parent_after_cua() {
    assert_eq!(
        named(
            "Bác sĩ Đinh Văn Lực, bác sĩ Khoa Cấp cứu, Đơn nguyên lọc máu của Bệnh viện đa khoa tỉnh Ninh Bình đã được tại ngoại."
        ),
        one(
            "Đinh Văn Lực",
            &[
                "Bác sĩ",
                "bác sĩ Khoa Cấp cứu, Đơn nguyên lọc máu của Bệnh viện đa khoa tỉnh Ninh Bình"
            ]
        )
    );
    assert_eq!(
        named("Bà Võ Thị Lan, Trưởng khoa Nội, Trung tâm Tim mạch của Bệnh viện Chợ Rẫy cho biết."),
        one(
            "Võ Thị Lan",
            &["Trưởng khoa Nội, Trung tâm Tim mạch của Bệnh viện Chợ Rẫy"]
        )
    );
    // (a person after "của" is no body)
    assert_eq!(
        named("Bà Võ Thị Lan, Trưởng khoa Nội, Trung tâm Tim mạch của ông Bình cho biết."),
        one("Võ Thị Lan", &["Trưởng khoa Nội"])
    );
}

/// The role's initials or an English gloss of its field in a bracket, then the body the
/// post is held at.
#[test]
fn owner_after_a_bracket() {
    assert_eq!(
        named(
            "Ông Đào Quang Vinh - Phó Tổng giám đốc phụ trách mảng bảo mật (Cyber Security) của Viettel - cho biết."
        ),
        one(
            "Đào Quang Vinh",
            &["Phó Tổng giám đốc phụ trách mảng bảo mật (Cyber Security) của Viettel"]
        )
    );
    assert_eq!(
        named("Ông Trịnh Văn Bảo, Giám đốc công nghệ (CTO) của Công ty Sao Việt cho biết."),
        one(
            "Trịnh Văn Bảo",
            &["Giám đốc công nghệ (CTO) của Công ty Sao Việt"]
        )
    );
    // (a bracket of Vietnamese words is no gloss; the body after it is not the title's)
    assert_eq!(
        named(
            "Ông Trịnh Văn Bảo, Giám đốc công nghệ (nhiệm kỳ mới) của Công ty Sao Việt cho biết."
        ),
        one("Trịnh Văn Bảo", &["Giám đốc công nghệ"])
    );
}

/// A founder said with the noun of a maker, whole: "nhà đồng sáng lập".
#[test]
fn cofounder_with_the_maker_noun() {
    assert_eq!(
        named("Ông Larry Page, nhà đồng sáng lập Google, cho biết như vậy."),
        one("Larry Page", &["nhà đồng sáng lập Google"])
    );
}

/// An aide's noun before a teacher's rank that goes on with its field and school: an
/// assistant professor, one post; before a name, the aide of a professor.
#[test]
fn assistant_professor() {
    assert_eq!(
        named("Tiến sĩ Maria Lopez, trợ lý giáo sư hóa sinh tại Đại học Harvard, cho biết."),
        one(
            "Maria Lopez",
            &["Tiến sĩ", "trợ lý giáo sư hóa sinh tại Đại học Harvard"]
        )
    );
    let got = named("Ông Phan Văn Đức, trợ lý Giáo sư Trần Thanh Vân, cho biết.");
    assert!(got.contains(&("Trần Thanh Vân".to_string(), vec!["Giáo sư".to_string()])));
    assert!(got.contains(&("Phan Văn Đức".to_string(), vec!["trợ lý".to_string()])));
}

/// Two degrees spelt in full and capitalised, one space between, are one phrase; a
/// comma between gives two.
#[test]
fn degrees_spelt_in_a_row() {
    assert_eq!(
        named("Thạc sĩ Bác sĩ Lương Thị Hoa, Trưởng khoa Nhi, Bệnh viện Bạch Mai cho biết."),
        one(
            "Lương Thị Hoa",
            &["Thạc sĩ Bác sĩ", "Trưởng khoa Nhi, Bệnh viện Bạch Mai"]
        )
    );
    assert_eq!(
        named("Tiến sĩ, bác sĩ Lương Thị Hoa cho biết."),
        one("Lương Thị Hoa", &["Tiến sĩ", "bác sĩ"])
    );
}
