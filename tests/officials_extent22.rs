//! Officials: how far a title runs (issue 12, session 22): the units above a title's
//! place said after commas, up the hierarchy; the Youth Union's committees of a unit.
//! Sentences written for these tests.

mod common;
use common::{named, one};

/// The district and province of a commune's committee, said after commas after a parent
/// ending with the commune, are the title's; a second commune (a list of units of one
/// level) and a clause going on are not.
#[test]
fn the_units_above_a_parents_place() {
    assert_eq!(
        named(
            "Ông Lê Văn Hòa, cán bộ Địa chính, UBND xã Yên Lạc, huyện Như Thanh, tỉnh Thanh Hóa."
        ),
        one(
            "Lê Văn Hòa",
            &["cán bộ Địa chính, UBND xã Yên Lạc, huyện Như Thanh, tỉnh Thanh Hóa"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Hòa, cán bộ Địa chính, UBND xã Yên Lạc, xã Yên Thọ cho biết."),
        one("Lê Văn Hòa", &["cán bộ Địa chính, UBND xã Yên Lạc"])
    );
}

/// A district's or province's Youth Union committee ("Huyện đoàn", "Tỉnh đoàn") is an
/// organisation named whole by its level, its unit's name after it, and the province
/// after a comma is its place; a person after the comma is not.
#[test]
fn a_youth_union_committee_and_its_province() {
    assert_eq!(
        named("Bà Hà Thị Mai, Phó Bí thư Huyện đoàn Như Xuân, tỉnh Thanh Hóa cho biết."),
        one(
            "Hà Thị Mai",
            &["Phó Bí thư Huyện đoàn Như Xuân, tỉnh Thanh Hóa"]
        )
    );
    let two = named(
        "Bà Hà Thị Mai, Bí thư Tỉnh đoàn Nghệ An, ông Lê Văn Hòa, Bí thư Thành đoàn Vinh dự họp.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
    assert_eq!(two[0].1, ["Bí thư Tỉnh đoàn Nghệ An"]);
}

/// Two countries joined by a dash name a body of both ("hữu nghị Việt Nam - Hungary"),
/// one name with the title; a person after a dash, or after a country's post abroad, is
/// no country.
#[test]
fn two_countries_joined_by_a_dash() {
    assert_eq!(
        named("Bà Lê Thị An, Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Hungary, phát biểu."),
        one(
            "Lê Thị An",
            &["Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Hungary"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn An, Chủ tịch Phòng Thương mại Việt Nam - Hoa Kỳ cho biết."),
        one(
            "Lê Văn An",
            &["Chủ tịch Phòng Thương mại Việt Nam - Hoa Kỳ"]
        )
    );
    let person = named("Ông Lê Văn An, Đại sứ Việt Nam tại Lào - Nguyễn Văn Bình cho biết.");
    assert_eq!(person[0].1, ["Đại sứ Việt Nam tại Lào"], "{person:?}");
}

/// The countries one office of a company serves, listed with commas and a last "và"
/// after the first, are the title's, "tại" or not; a list that ends on a person is not.
#[test]
fn the_countries_an_office_serves() {
    assert_eq!(
        named("Ông Trần Văn Bình, Giám đốc Acer Việt Nam, Lào và Campuchia, cho biết."),
        one(
            "Trần Văn Bình",
            &["Giám đốc Acer Việt Nam, Lào và Campuchia"]
        )
    );
    assert_eq!(
        named("Ông Trần Văn Bình, Giám đốc Acer tại Việt Nam, Lào và Campuchia cho biết."),
        one(
            "Trần Văn Bình",
            &["Giám đốc Acer tại Việt Nam, Lào và Campuchia"]
        )
    );
    let person =
        named("Ông Trần Văn Bình, Giám đốc Acer Việt Nam, Lào và ông Lê Văn Cường dự họp.");
    assert_eq!(person[0].1, ["Giám đốc Acer Việt Nam"], "{person:?}");
}

/// A bracket that gives a company's short name, its head said again with the last words
/// of its own name, is the title's, as a bracket of its abbreviation is; a bracket of
/// another kind after it (a birth year) is not.
#[test]
fn a_companys_short_name_in_brackets() {
    assert_eq!(
        named(
            "Ông Trần Văn Bình, Giám đốc Công ty TNHH Thương mại Hồng Hà (Công ty Hồng Hà), bị bắt."
        ),
        one(
            "Trần Văn Bình",
            &["Giám đốc Công ty TNHH Thương mại Hồng Hà (Công ty Hồng Hà)"]
        )
    );
    let year = named(
        "Ông Trần Văn Bình, Giám đốc Công ty TNHH Thương mại Hồng Hà (sinh năm 1970), bị bắt.",
    );
    assert_eq!(
        year[0].1,
        ["Giám đốc Công ty TNHH Thương mại Hồng Hà"],
        "{year:?}"
    );
}

/// A boarding school for ethnic minority pupils ("Trường THPT Dân tộc nội trú") is named
/// by its kind whole, its district and province after it; a verb after a department's
/// field ("Sở Y tế hỗ trợ huyện X") still ends the title.
#[test]
fn a_boarding_schools_kind_and_its_district() {
    assert_eq!(
        named(
            "Bà Lê Thị An, giáo viên Trường THPT Dân tộc nội trú huyện Như Xuân, tỉnh Thanh Hóa."
        ),
        one(
            "Lê Thị An",
            &["giáo viên Trường THPT Dân tộc nội trú huyện Như Xuân, tỉnh Thanh Hóa"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn An, Giám đốc Sở Y tế hỗ trợ huyện Như Xuân, tỉnh Thanh Hóa."),
        one("Lê Văn An", &["Giám đốc Sở Y tế"])
    );
}

/// The role's own fields joined by "và" before the possessive "của" and the body the
/// post is in are the title's ("chuyên viên tuyển dụng và đào tạo của Tập đoàn X"); after
/// an organisation, "và" joins another person ("Giám đốc Sở Y tế và lãnh đạo của …"), and
/// a person after "và" ends the title.
#[test]
fn fields_joined_by_and_before_the_body() {
    assert_eq!(
        named(
            "Bà Trần Thị Lan, chuyên viên tuyển dụng và đào tạo của Tập đoàn Hòa Phát, cho biết."
        ),
        one(
            "Trần Thị Lan",
            &["chuyên viên tuyển dụng và đào tạo của Tập đoàn Hòa Phát"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Bình, Giám đốc Sở Y tế và lãnh đạo của Bệnh viện Bạch Mai đã họp."),
        one("Lê Văn Bình", &["Giám đốc Sở Y tế"])
    );
    let person =
        named("Bà Trần Thị Lan, chuyên viên tuyển dụng và ông Lê Văn Cường của Tập đoàn FPT họp.");
    assert_eq!(person[0].1, ["chuyên viên tuyển dụng"], "{person:?}");
}

/// A physician's degree with its branch ("Bác sĩ y khoa", "bác sĩ y học cổ truyền") is one
/// degree, and the post after it in the chain stays the person's; "bác sĩ" before other
/// lowercase words is the degree alone.
#[test]
fn a_physicians_degree_with_its_branch() {
    assert_eq!(
        named(
            "Ông Lê Văn Cường (sinh năm 1975), Bác sĩ y khoa, Phó Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình."
        ),
        one(
            "Lê Văn Cường",
            &[
                "Bác sĩ y khoa",
                "Phó Giám đốc Bệnh viện Đa khoa tỉnh Hòa Bình"
            ]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Cường, bác sĩ y học cổ truyền, cho biết."),
        one("Lê Văn Cường", &["bác sĩ y học cổ truyền"])
    );
    assert_eq!(
        named("Bác sĩ Lê Văn Cường khám bệnh."),
        one("Lê Văn Cường", &["Bác sĩ"])
    );
}

/// An aide's post with the leader's post right after it, without "của", is one title
/// ("Thư ký nguyên Phó Chủ tịch Quốc hội"), and the chain goes on after it; a name after
/// the leader's post is the aide's, the whole phrase its title (the phrase's head is the
/// aide's role).
#[test]
fn an_aides_post_with_the_leaders() {
    assert_eq!(
        named(
            "Ông Lê Văn Hòa, Thư ký nguyên Phó Chủ tịch Quốc hội, Phó Chủ tịch Công đoàn Vụ Tổng hợp, cho biết."
        ),
        one(
            "Lê Văn Hòa",
            &[
                "Thư ký nguyên Phó Chủ tịch Quốc hội",
                "Phó Chủ tịch Công đoàn Vụ Tổng hợp"
            ]
        )
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, trợ lý Bộ trưởng Bộ Tài chính, cho biết."),
        one("Lê Thị Hoa", &["trợ lý Bộ trưởng Bộ Tài chính"])
    );
    assert_eq!(
        named("Thư ký Chủ tịch Quốc hội Nguyễn Văn An cho biết."),
        one("Nguyễn Văn An", &["Thư ký Chủ tịch Quốc hội"])
    );
}

/// A body's field of several words that opens with a word a name may open with, its
/// other words lowercase ("Công nghệ thông tin", "Văn hóa thông tin"), is read whole, not
/// as a name cut after its capitalised word; the parent and place after it stay the
/// title's.
#[test]
fn a_field_opening_with_a_names_syllable() {
    assert_eq!(
        named("Ông Lê Văn Hòa, Trưởng Khoa Công nghệ thông tin, Trường Đại học Vinh, cho biết."),
        one(
            "Lê Văn Hòa",
            &["Trưởng Khoa Công nghệ thông tin, Trường Đại học Vinh"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Hòa, Trưởng phòng Văn hóa thông tin huyện Diễn Châu cho biết."),
        one(
            "Lê Văn Hòa",
            &["Trưởng phòng Văn hóa thông tin huyện Diễn Châu"]
        )
    );
}

/// The jurisdiction codes of the titles of the official named `name` in `text`.
fn codes(text: &str, name: &str) -> Vec<Option<String>> {
    let a = vinews::Article::parse(text);
    let o = a.officials.iter().find(|o| o.name == name).expect(name);
    o.titles
        .iter()
        .map(|t| t.jurisdiction.as_ref().map(|j| j.code.to_string()))
        .collect()
}

/// A district's Youth Union committee names its district as "Huyện ủy" does (the title
/// read to the province after it is the district's, not the province's); a friendship
/// group of the National Assembly with another parliament ("Việt Nam - Hungary") is
/// Vietnam's, while another country's body stays foreign.
#[test]
fn jurisdictions_of_the_longer_titles() {
    let district = codes(
        "Bà Hà Thị Mai, Phó Bí thư Huyện đoàn Quan Sơn, tỉnh Thanh Hóa cho biết.",
        "Hà Thị Mai",
    );
    let province = codes(
        "Bà Hà Thị Mai, Phó Bí thư Tỉnh đoàn Thanh Hóa cho biết.",
        "Hà Thị Mai",
    );
    assert_eq!(district.len(), 1);
    assert!(
        district[0].as_deref().is_some_and(|c| c.len() == 3),
        "{district:?}"
    );
    assert!(
        province[0].as_deref().is_some_and(|c| c.len() == 2),
        "{province:?}"
    );
    assert_eq!(
        codes(
            "Bà Lê Thị An, Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Hungary, phát biểu.",
            "Lê Thị An"
        ),
        [Some("VN".to_string())]
    );
    assert_eq!(
        codes(
            "Ông John Smith, Bộ trưởng Ngoại giao Hungary, phát biểu.",
            "John Smith"
        ),
        [None]
    );
}

/// A parent body written with its head in lowercase after a comma or a dash ("…, viện X",
/// "- công ty CP Y") is the title's when its capitalised name follows; a lowercase head
/// with no name after it ("…, công ty này") is not.
#[test]
fn a_lowercase_parent_head_before_its_name() {
    assert_eq!(
        named("Ông Lê Văn Hòa, Phó Chủ nhiệm khoa, viện Huyết học Trung ương cho biết."),
        one(
            "Lê Văn Hòa",
            &["Phó Chủ nhiệm khoa, viện Huyết học Trung ương"]
        )
    );
    assert_eq!(
        named("Bà Trần Thị Mai, kế toán trưởng - công ty CP Sao Mai cho biết."),
        one("Trần Thị Mai", &["kế toán trưởng - công ty CP Sao Mai"])
    );
    assert_eq!(
        named("Bà Trần Thị Mai, kế toán trưởng, công ty này cho biết."),
        one("Trần Thị Mai", &["kế toán trưởng"])
    );
}
