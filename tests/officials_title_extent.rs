//! Officials: where a title ends (issue 12, session 19): what the title as written takes
//! after its organisation, each a rule of the grammar of organisation names or of the
//! apparatus, with sentences written for these tests.

mod common;
use common::named;

fn one(name: &str, title: &str) -> Vec<(String, Vec<String>)> {
    vec![(name.to_string(), vec![title.to_string()])]
}

/// A bracket after the organisation that names what it belongs to is the title's: a
/// chain of parents joined by commas ("(Trường ĐH X, ĐHQG Y)", "(thuộc Cục X, Bộ Y)"),
/// the group a company is a member of ("(thành viên …)"), a translation of a foreign
/// name ("(tạm dịch: …)"), a company's own name of several words ("(Saigon Co.op)").
/// A bracket that says nothing of the body is not: a foreign person's name, a seat.
#[test]
fn a_bracket_of_parents_group_gloss_or_brand() {
    assert_eq!(
        named("Ông Trần Văn Nam, Trưởng khoa Vật lý (Trường ĐH Khoa học, ĐH Huế) cho biết."),
        one(
            "Trần Văn Nam",
            "Trưởng khoa Vật lý (Trường ĐH Khoa học, ĐH Huế)"
        )
    );
    assert_eq!(
        named(
            "Bà Lê Thị Hoa, Giám đốc Trung tâm Giống cây (thuộc Cục Trồng trọt, Bộ NN-PTNT) cho hay."
        ),
        one(
            "Lê Thị Hoa",
            "Giám đốc Trung tâm Giống cây (thuộc Cục Trồng trọt, Bộ NN-PTNT)"
        )
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, Phó Tổng giám đốc Sao Mai Land (thành viên Sao Mai Group) cho hay."),
        one(
            "Lê Thị Hoa",
            "Phó Tổng giám đốc Sao Mai Land (thành viên Sao Mai Group)"
        )
    );
    assert_eq!(
        named(
            "Ông Trần Văn Nam, Giám đốc Cơ quan Ocean Watch (tạm dịch: Cơ quan Giám sát Đại dương) cho biết."
        ),
        one(
            "Trần Văn Nam",
            "Giám đốc Cơ quan Ocean Watch (tạm dịch: Cơ quan Giám sát Đại dương)"
        )
    );
    assert_eq!(
        named(
            "Ông Trần Văn Nam, Tổng giám đốc Liên hiệp HTX Mua bán Đà Nẵng (Danang Co.op) cho biết."
        ),
        one(
            "Trần Văn Nam",
            "Tổng giám đốc Liên hiệp HTX Mua bán Đà Nẵng (Danang Co.op)"
        )
    );
    // (a person's name, a board seat: no qualifier of the body)
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Công ty Hoa Sen (Peter Smith) cho biết."),
        one("Trần Văn Nam", "Giám đốc Công ty Hoa Sen")
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Công ty Hoa Sen (thành viên độc lập) cho biết."),
        one("Trần Văn Nam", "Giám đốc Công ty Hoa Sen")
    );
}

/// A profession is practised in a department of a hospital or a faculty of a university
/// as in the body itself: "bác sĩ" and "khoa" with its capitalised field, then the body
/// it belongs to, are one title ("bác sĩ Khoa Nội tiết Bệnh viện X", "bác sĩ khoa Nhi,
/// Bệnh viện Y"). "Khoa" as a person's given name stays a name.
#[test]
fn a_profession_in_a_department() {
    assert_eq!(
        named("Theo TS Lê Văn Bình, bác sĩ Khoa Nội tiết Bệnh viện Thanh Nhàn, bệnh đã giảm."),
        vec![(
            "Lê Văn Bình".to_string(),
            vec![
                "TS".to_string(),
                "bác sĩ Khoa Nội tiết Bệnh viện Thanh Nhàn".to_string()
            ]
        )]
    );
    assert_eq!(
        named("Ông Trần Văn Nam, bác sĩ khoa Nhi, Bệnh viện Đa khoa Sơn Tây cho biết."),
        one("Trần Văn Nam", "bác sĩ khoa Nhi, Bệnh viện Đa khoa Sơn Tây")
    );
    assert_eq!(
        named("Bác sĩ Nguyễn Đăng Khoa cho biết bệnh nhân đã ổn."),
        one("Nguyễn Đăng Khoa", "Bác sĩ")
    );
}

/// A company's type as the law names it, "TNHH một thành viên" (a limited company of one
/// member), is part of the company's name: its "thành viên" is no member's title, and the
/// capitalised words after it are the company's own name, never a person's, even after
/// another title of the same person.
#[test]
fn a_company_type_of_one_member() {
    assert_eq!(
        named(
            "Ông Trần Văn Nam, Phó Chủ tịch Hội Doanh nhân trẻ tỉnh, Giám đốc Công ty TNHH một thành viên Minh Phú Hưng cho biết."
        ),
        vec![(
            "Trần Văn Nam".to_string(),
            vec![
                "Phó Chủ tịch Hội Doanh nhân trẻ tỉnh".to_string(),
                "Giám đốc Công ty TNHH một thành viên Minh Phú Hưng".to_string()
            ]
        )]
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, Giám đốc Công ty TNHH một thành viên Cao su Phú Riềng cho hay."),
        one(
            "Lê Thị Hoa",
            "Giám đốc Công ty TNHH một thành viên Cao su Phú Riềng"
        )
    );
}

/// A faculty named for a group of sciences, "Khoa các khoa học …", keeps its field whole:
/// "các" there is no plural of people that ends the organisation.
#[test]
fn a_faculty_of_the_sciences() {
    assert_eq!(
        named("Ông Trần Văn Nam, Chủ nhiệm Khoa các khoa học Trái đất cho biết."),
        one("Trần Văn Nam", "Chủ nhiệm Khoa các khoa học Trái đất")
    );
}

/// After the place a post is held in, the apposition that says what capital it is ("ở
/// X, thủ đô Y", "ở X, thủ phủ của bang Y") belongs to the title when the apposition
/// ends there.
#[test]
fn a_place_said_again_as_a_capital() {
    assert_eq!(
        named("Ông John Smith, giám đốc một quỹ đầu tư ở Berlin, thủ đô Đức, cho biết."),
        one("John Smith", "giám đốc một quỹ đầu tư ở Berlin, thủ đô Đức")
    );
    assert_eq!(
        named(
            "Bà Mary Brown - người sáng lập một viện nghiên cứu ở Austin, thủ phủ của bang Texas - nhận định."
        ),
        one(
            "Mary Brown",
            "người sáng lập một viện nghiên cứu ở Austin, thủ phủ của bang Texas"
        )
    );
}

/// A company's regional post names the countries it covers, joined by commas and a last
/// "và", then the company after "của": the list and the company are the title's.
#[test]
fn a_regional_post_over_a_list_of_countries() {
    assert_eq!(
        named(
            "Bà Lê Thị Hoa, Giám đốc Việt Nam, Myanmar và Campuchia của Unilever cho rằng, thị trường đang tăng."
        ),
        one(
            "Lê Thị Hoa",
            "Giám đốc Việt Nam, Myanmar và Campuchia của Unilever"
        )
    );
}

/// The Ministry of Health's specialist grades with "bác sĩ" spelled out ("bác sĩ CKII",
/// "bác sĩ chuyên khoa I") are one degree before the name, as "BSCKII" is: the name
/// after them is the person's, the degree whole the title.
#[test]
fn a_specialist_grade_spelled_out() {
    assert_eq!(
        named("Theo bác sĩ CKII Nguyễn Văn Bình, bệnh nhân đã ổn định."),
        one("Nguyễn Văn Bình", "bác sĩ CKII")
    );
    assert_eq!(
        named("Bác sĩ chuyên khoa I Lê Thị Hoa cho biết bệnh nhân đã xuất viện."),
        one("Lê Thị Hoa", "Bác sĩ chuyên khoa I")
    );
}

/// After a name that a rank, degree or profession opens, the body the person works in,
/// said alone after a comma, is a title (as the tables write it): a department and its
/// hospital, a faculty, a bar association. Not after "theo" when the clause goes on with
/// the body as its subject, nor after a name with no rank.
#[test]
fn the_body_a_ranked_person_works_in() {
    assert_eq!(
        named("Bác sĩ Lê Văn Bình, khoa Nhi, Bệnh viện Đa khoa Sơn Tây cho biết bé đã ổn."),
        vec![(
            "Lê Văn Bình".to_string(),
            vec![
                "Bác sĩ".to_string(),
                "khoa Nhi, Bệnh viện Đa khoa Sơn Tây".to_string()
            ]
        )]
    );
    assert_eq!(
        named("Luật sư Trần Văn Nam, Đoàn luật sư tỉnh Nghệ An cho biết vụ án đã rõ."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec![
                "Luật sư".to_string(),
                "Đoàn luật sư tỉnh Nghệ An".to_string()
            ]
        )]
    );
    assert_eq!(
        named("Theo TS Trần Văn Nam, Bộ Y tế cũng đã ban hành hướng dẫn."),
        one("Trần Văn Nam", "TS")
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Bệnh viện Bạch Mai và Sở Y tế đã họp."),
        Vec::<(String, Vec<String>)>::new()
    );
}

/// "sáng tạo" (to create) is one word of a field: its "sáng" is no morning that ends the
/// title ("Viện Đổi mới sáng tạo", "cuộc thi Đổi mới sáng tạo X"); "sáng nay" still is.
#[test]
fn creation_is_no_morning() {
    assert_eq!(
        named(
            "Bà Đỗ Thị Hoa, Giám đốc Đào tạo, Viện Đổi mới sáng tạo, Đại học Kinh tế Huế, cho biết."
        ),
        one(
            "Đỗ Thị Hoa",
            "Giám đốc Đào tạo, Viện Đổi mới sáng tạo, Đại học Kinh tế Huế"
        )
    );
    assert_eq!(
        named("Ông Lê Văn Nam, Chủ tịch UBND xã sáng nay cho biết."),
        one("Lê Văn Nam", "Chủ tịch UBND xã")
    );
}

/// An equitized state corporation's name ends with its legal form after a dash, "CTCP"
/// (joint-stock company), the dash spaced or glued to the word before it; the bracket of its
/// abbreviation after that is the title's too (spelled out, "Công ty cổ phần" was read
/// already). A dash before a clause still ends the organisation.
#[test]
fn a_joint_stock_suffix_after_a_dash() {
    assert_eq!(
        named(
            "Bà Lê Thị Hoa, Phó Tổng giám đốc Tổng công ty Lương thực Việt Nam - Công ty cổ phần cho hay."
        ),
        one(
            "Lê Thị Hoa",
            "Phó Tổng giám đốc Tổng công ty Lương thực Việt Nam - Công ty cổ phần"
        )
    );
    assert_eq!(
        named(
            "Ông Trần Văn Nam, Thành viên HĐQT Tổng công ty Điện lực Miền Nam- CTCP (EVN SPC) cho biết."
        ),
        one(
            "Trần Văn Nam",
            "Thành viên HĐQT Tổng công ty Điện lực Miền Nam- CTCP (EVN SPC)"
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Tổng công ty Điện lực Miền Nam - CTCP tham gia gì đó."),
        one("Trần Văn Nam", "Giám đốc Tổng công ty Điện lực Miền Nam")
    );
}

/// "A thay (thế) B làm T": the post "làm" ties after the one replaced is the replacer's,
/// never B's, who keeps the title said before the name; "B làm T" said alone is B's.
#[test]
fn the_post_of_one_who_replaces() {
    assert_eq!(
        named(
            "Hôm qua ông Lê Văn Tâm nhậm chức, thay thế Đại tá Trần Văn Nam làm Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh."
        ),
        one("Trần Văn Nam", "Đại tá")
    );
    assert_eq!(
        named(
            "Đội bóng muốn tìm người thay ông Trần Văn Nam làm Giám đốc kỹ thuật của câu lạc bộ."
        ),
        vec![]
    );
    assert_eq!(
        named("Năm 2019, Đại tá Trần Văn Nam làm Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec![
                "Đại tá".to_string(),
                "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh".to_string()
            ]
        )]
    );
    // (the one replaced moving to a post of their own, said with another link)
    assert_eq!(
        named(
            "Ông Lê Văn Tâm được điều động thay ông Trần Văn Nam đến nhận nhiệm vụ là Bí thư Huyện ủy Tân Phú."
        ),
        one("Trần Văn Nam", "Bí thư Huyện ủy Tân Phú")
    );
}

/// "Nhà vua", the king as the word is said, is the title whole before a name, as "nhà lãnh
/// đạo" is; without a name after it, a place or a country, no one is named.
#[test]
fn the_king_said_whole() {
    assert_eq!(
        named("Năm ấy nhà vua Harald Olsen tuyên bố thoái vị."),
        one("Harald Olsen", "nhà vua")
    );
    assert_eq!(named("Năm ấy nhà vua tuyên bố thoái vị."), vec![]);
}
