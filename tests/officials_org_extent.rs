//! Officials: where a title's organisation ends (issue 12, session 20): the field a
//! national body is named for, after "về"; each a rule of the grammar of organisation
//! names or of the apparatus, with sentences written for these tests.

mod common;
use common::named;

fn one(name: &str, title: &str) -> Vec<(String, Vec<String>)> {
    vec![(name.to_string(), vec![title.to_string()])]
}

/// A national or central body named for a field: "Ban Chỉ đạo Nhà nước về Du lịch",
/// "Ủy ban Quốc gia về Người cao tuổi"; the scope word ("Nhà nước", "Trung ương",
/// "quốc gia") then "về" and the field, capitalised, are the body's name. "về" after
/// any other organisation, or before a place (the verb "return to"), or before a
/// lowercase clause, is no part of it.
#[test]
fn a_national_body_named_for_its_field() {
    assert_eq!(
        named("Ông Trần Văn Nam, Trưởng Ban Chỉ đạo Nhà nước về Du lịch, cho biết như vậy."),
        one("Trần Văn Nam", "Trưởng Ban Chỉ đạo Nhà nước về Du lịch")
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, Phó Chủ tịch Ủy ban Quốc gia về Người cao tuổi, cho hay."),
        one(
            "Lê Thị Hoa",
            "Phó Chủ tịch Ủy ban Quốc gia về Người cao tuổi"
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Phó Trưởng Ban Chỉ đạo Trung ương về PCTT, cho biết."),
        one("Trần Văn Nam", "Phó Trưởng Ban Chỉ đạo Trung ương về PCTT")
    );
    // (the verb of return before a place; a lowercase clause after the body)
    assert_eq!(
        named("Ông Trần Văn Nam, Phó Chủ tịch Ủy ban Quốc gia về Hà Nội hôm qua."),
        one("Trần Văn Nam", "Phó Chủ tịch Ủy ban Quốc gia")
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, Giám đốc Sở Y tế về Đà Nẵng công tác."),
        one("Lê Thị Hoa", "Giám đốc Sở Y tế")
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Trưởng Ban Chỉ đạo Nhà nước về việc này đã họp."),
        one("Trần Văn Nam", "Trưởng Ban Chỉ đạo Nhà nước")
    );
}

/// The parent after a comma said by its abbreviation: one that names an organisation by
/// itself ("BHXH Việt Nam"), or a hospital's ("BV" and its name, as "Bệnh viện" is read).
/// A list of people after the comma is no parent.
#[test]
fn a_parent_said_by_its_abbreviation() {
    assert_eq!(
        named("Ông Trần Văn Nam, Phó trưởng Ban Thu, BHXH Việt Nam cho biết."),
        one("Trần Văn Nam", "Phó trưởng Ban Thu, BHXH Việt Nam")
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, Trưởng khoa Hồi sức, BV Thanh Nhàn, cho hay."),
        one("Lê Thị Hoa", "Trưởng khoa Hồi sức, BV Thanh Nhàn")
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, Giám đốc BV Thanh Nhàn, cho hay."),
        one("Lê Thị Hoa", "Giám đốc BV Thanh Nhàn")
    );
}

/// A company's division ("khối") has its head, "Trưởng khối", as it has its director
/// ("Giám đốc Khối …"); a bloc's Party committee ("Đảng ủy Khối") is one body whose bloc
/// is its name, capitalised words and "và" and the place it serves.
#[test]
fn a_division_and_a_blocs_party_committee() {
    assert_eq!(
        named("Ông Trần Văn Nam - Trưởng khối nhân sự ngân hàng ACB cho biết."),
        one("Trần Văn Nam", "Trưởng khối nhân sự ngân hàng ACB")
    );
    assert_eq!(
        named(
            "Bà Lê Thị Hoa, Phó Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Nghệ An, phát biểu."
        ),
        one(
            "Lê Thị Hoa",
            "Phó Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Nghệ An"
        )
    );
}

/// "Tổng hội", a general association ("Tổng hội Y học Việt Nam"), is an organisation's
/// head: the parent said after a dash ("Trưởng ban Chất lượng - Tổng hội …").
#[test]
fn a_general_association_is_a_body() {
    assert_eq!(
        named(
            "Ông Lê Văn Bình - Trưởng ban Chất lượng - Tổng hội Cơ khí Việt Nam cho rằng luật này tốt."
        ),
        one(
            "Lê Văn Bình",
            "Trưởng ban Chất lượng - Tổng hội Cơ khí Việt Nam"
        )
    );
}

/// A body said after a comma is the workplace of a person named in full after a rank
/// ("Bác sĩ A, Bệnh viện X, cho biết"); after a later mention by the given name alone
/// ("bác sĩ Nam,"), whose body was said before, it is the next clause's subject.
#[test]
fn no_workplace_after_a_given_name_alone() {
    assert_eq!(
        named(
            "Bác sĩ Trần Văn Nam, Bệnh viện Chợ Rẫy, cho biết ca mổ thành công. Sau ca mổ của bác sĩ Nam, Bệnh viện Thống Nhất cho biết sẽ hỗ trợ."
        ),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["Bác sĩ".to_string(), "Bệnh viện Chợ Rẫy".to_string()]
        )]
    );
}

/// A military rank with the armed service it is held in, and that service's country,
/// before the name: the service is the title's ("Đô đốc Hải quân X", "Trung tướng Không
/// quân Mỹ Y"); after a command's head the name still follows the service ("Tư lệnh hải
/// quân Z").
#[test]
fn a_rank_in_an_armed_service() {
    assert_eq!(
        named("Đô đốc Hải quân Peter Walsh cho biết như vậy."),
        one("Peter Walsh", "Đô đốc Hải quân")
    );
    assert_eq!(
        named("Trung tướng Không quân Mỹ Mark Kelly nói."),
        one("Mark Kelly", "Trung tướng Không quân Mỹ")
    );
    assert_eq!(
        named(
            "Tư lệnh hải quân Indonesia Budi Santoso nói. Tư lệnh hải quân Budi Santoso cho biết thêm."
        ),
        vec![(
            "Budi Santoso".to_string(),
            vec![
                "Tư lệnh hải quân Indonesia".to_string(),
                "Tư lệnh hải quân".to_string()
            ]
        )]
    );
}
