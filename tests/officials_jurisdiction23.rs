//! Officials: jurisdictions of titles (issue 12), classes of the dev draws' misses that come
//! from the grammar of the state apparatus, with sentences written for these tests.

mod common;
use common::code_of;
use vinews::Article;

/// A post in a party organ named without its place ("Bí thư Đảng ủy", "Bí thư Chi bộ",
/// "Bí thư Ban cán sự đảng") said in one apposition with a post in a body is held in that
/// body's party organisation: it takes the body's jurisdiction, or the unit of the level it
/// names. A body that governs no place (a school) gives none, and a post in another
/// sentence is no apposition.
#[test]
fn a_party_organ_is_the_bodys_it_is_said_with() {
    let sở = "Ông Lê Văn Tám, Bí thư Đảng ủy, Giám đốc Sở Xây dựng tỉnh Nghệ An, phát biểu.";
    assert_eq!(code_of(sở, "Lê Văn Tám", "Bí thư Đảng ủy"), Some("40"));
    let ministry = "Ông Trần Văn Hòa, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Y tế, cho biết.";
    assert_eq!(
        code_of(ministry, "Trần Văn Hòa", "Bí thư Ban cán sự đảng"),
        Some("VN")
    );
    // two districts named once each: the article points to neither most; the level the
    // party post names is that of the body's district, past another party post and a rank
    let level = "Huyện Anh Sơn đón đoàn công tác. Bà Hà Thị Lan, Ủy viên Ban Chấp hành \
                 Đảng bộ huyện, Bí thư Chi bộ, Chủ tịch Hội Nông dân huyện Con Cuông, phát \
                 biểu.";
    assert_eq!(
        code_of(level, "Hà Thị Lan", "Ủy viên Ban Chấp hành Đảng bộ huyện"),
        Some("422")
    );
    assert_eq!(code_of(level, "Hà Thị Lan", "Bí thư Chi bộ"), Some("422"));
    // the body's post before the party post
    let before = "Ông Lê Văn Tám, Giám đốc Sở Xây dựng tỉnh Nghệ An kiêm Bí thư Đảng ủy, \
                  phát biểu.";
    assert_eq!(code_of(before, "Lê Văn Tám", "Bí thư Đảng ủy"), Some("40"));
    // negatives: a school's party committee; a post said in another sentence
    let school = "PGS.TS Lê Văn Hải, Bí thư Đảng ủy, Hiệu trưởng Trường Đại học Vinh, cho biết.";
    assert_eq!(code_of(school, "Lê Văn Hải", "Bí thư Đảng ủy"), None);
    let apart = "Ông Lê Văn Tám là Bí thư Đảng ủy. Ông Lê Văn Tám, Giám đốc Sở Xây dựng tỉnh \
                 Nghệ An, cho biết.";
    assert_eq!(code_of(apart, "Lê Văn Tám", "Bí thư Đảng ủy"), None);
}

/// An association ("Hội …") is outside the state and the Front, and governs no place, even
/// one its name holds, unless it is one of the Front's member organisations (Hội Nông dân,
/// Hội Luật gia, Hội Khuyến học …); a department of one, named for its work ("Ban Công tác
/// hội"), is that member's. A council ("Hội đồng") named national is the state's.
#[test]
fn associations_outside_the_front_govern_no_place() {
    use vinews::OrgKind::{Front, Other, State};
    let first = |text: &str| {
        let a = Article::parse(text);
        let t = a.officials[0].titles[0].clone();
        (
            t.text,
            t.jurisdiction.map(|j| j.code),
            t.organization.map(|o| o.kind),
        )
    };
    for (text, title) in [
        (
            "Ông Lê Văn Long, Chủ tịch Hội Tim mạch học Việt Nam, cho biết.",
            "Chủ tịch Hội Tim mạch học Việt Nam",
        ),
        (
            "Bà Trần Thị Hoa, Phó Chủ tịch Hội Doanh nhân trẻ tỉnh Nghệ An, cho biết.",
            "Phó Chủ tịch Hội Doanh nhân trẻ tỉnh Nghệ An",
        ),
    ] {
        assert_eq!(
            first(text),
            (title.to_string(), None, Some(Other)),
            "{text}"
        );
    }
    assert_eq!(
        first("Ông Lê Văn Long, Chủ tịch Hội Luật gia Việt Nam, cho biết."),
        (
            "Chủ tịch Hội Luật gia Việt Nam".to_string(),
            Some("VN"),
            Some(Front)
        )
    );
    assert_eq!(
        first("Ông Lê Văn Long, Chủ tịch Hội Nông dân tỉnh Nghệ An, cho biết.").1,
        Some("40")
    );
    let department = first(
        "Bà Lê Thị Hà, Trưởng Ban Công tác hội, Hội Liên hiệp phụ nữ tỉnh Nghệ An, cho biết.",
    );
    assert_eq!((department.1, department.2), (Some("40"), Some(Front)));
    assert_eq!(
        first("Ông Lê Văn Long, Ủy viên Hội đồng Khoa học quốc gia, cho biết.").1,
        Some("VN")
    );
    assert_eq!(
        first("Ông Lê Văn Long, Ủy viên Hội đồng Khoa học quốc gia, cho biết.").2,
        Some(State)
    );
}

/// Quốc hội written short ("Chủ tịch QH") is the National Assembly, and the Front named
/// with Vietnam by abbreviation ("MTTQ VN") is the Front's central body: both national. A
/// foreign assembly so written stays foreign.
#[test]
fn national_bodies_written_short() {
    let code = |text: &str| {
        let a = Article::parse(text);
        let t = a.officials[0].titles[0].clone();
        (t.text, t.jurisdiction.map(|j| j.code))
    };
    assert_eq!(
        code("Phó Chủ tịch QH Trần Văn Hùng dự buổi lễ."),
        ("Phó Chủ tịch QH".to_string(), Some("VN"))
    );
    assert_eq!(
        code("Chủ tịch MTTQ VN Lê Văn Bình phát biểu."),
        ("Chủ tịch MTTQ VN".to_string(), Some("VN"))
    );
    assert_eq!(
        code("Chủ tịch QH Lào Pany Yathotou tới dự."),
        ("Chủ tịch QH Lào".to_string(), None)
    );
    // the Front of a commune, named with Vietnam by abbreviation, is not national
    assert_ne!(
        code("Xã Quế Long họp. Chủ tịch MTTQ VN xã Lê Văn Bình phát biểu.").1,
        Some("VN")
    );
}

/// "đại biểu" said alone of a person named with a province as their delegation ("(Nghệ
/// An)", ", đoàn Bình Định") is a deputy of the National Assembly: national. Named with a
/// district, or with nothing, it may be a people's council's: left without one.
#[test]
fn a_deputy_named_with_a_provinces_delegation() {
    let code = |text: &str, name: &str| code_of(text, name, "đại biểu");
    assert_eq!(
        code(
            "Thảo luận dự án luật, đại biểu Lê Văn Tâm (Nghệ An) cho rằng cần sửa quy định.",
            "Lê Văn Tâm"
        ),
        Some("VN")
    );
    assert_eq!(
        code(
            "Phát biểu tại hội trường, đại biểu Trần Thị Hạnh, đoàn Bình Định cho rằng cần sửa.",
            "Trần Thị Hạnh"
        ),
        Some("VN")
    );
    assert_eq!(
        code(
            "Tại kỳ họp, đại biểu Lê Văn Tâm (huyện Con Cuông) cho rằng cần sửa quy định.",
            "Lê Văn Tâm"
        ),
        None
    );
    assert_eq!(
        code(
            "Tại kỳ họp, đại biểu Lê Văn Tâm cho rằng cần sửa quy định.",
            "Lê Văn Tâm"
        ),
        None
    );
}

/// A unit the gazetteer does not hold, named with the unit that holds it ("huyện Đông Sơn,
/// tỉnh Thanh Hóa": a district merged away before 2025), takes the smallest known unit that
/// holds it; a unit the gazetteer holds keeps its own code.
#[test]
fn an_unknown_unit_takes_the_unit_that_holds_it() {
    let first = |text: &str| {
        let a = Article::parse(text);
        let t = a.officials[0].titles[0].clone();
        (t.text, t.jurisdiction.map(|j| j.code))
    };
    assert_eq!(
        first("Bà Lê Thị Hà, Phó trưởng Phòng Nội vụ huyện Đông Sơn, tỉnh Thanh Hóa, cho biết.").1,
        Some("38")
    );
    assert_eq!(
        first("Bà Lê Thị Hà, Phó Chủ tịch UBND huyện Như Xuân, tỉnh Thanh Hóa, cho biết.").1,
        Some("402")
    );
}

/// A village head ("Trưởng thôn") whose commune the title names in brackets takes the
/// commune, the smallest unit of the gazetteer that holds the village, and one it names in
/// no commune none; "nông thôn" (the
/// countryside) in a body's name is no village: a province's Sở stays the province's.
#[test]
fn a_village_head_takes_the_commune() {
    let text = "Ông Lê Văn Tư, Trưởng thôn Trung Lương (xã Mỹ Chánh Tây), cho biết.";
    let a = Article::parse(text);
    let t = &a.officials[0].titles[0];
    assert_eq!(t.text, "Trưởng thôn Trung Lương (xã Mỹ Chánh Tây)");
    assert_eq!(t.jurisdiction.as_ref().map(|j| j.code), Some("21784"));
    // a village the title places in no commune: the commune the article names most need
    // not be its own
    let bare = "Xã Ninh Lai có nhiều đổi mới. Ở xã Ninh Lai, ông Lê Văn Tư, Trưởng thôn \
                Trung Lương, cho biết.";
    let a = Article::parse(bare);
    let t = &a.officials[0].titles[0];
    assert_eq!(t.text, "Trưởng thôn Trung Lương");
    assert_eq!(t.jurisdiction, None);
    let sở = "Tỉnh Nghệ An họp. Ông Lê Văn Tư, Giám đốc Sở Nông nghiệp và Phát triển nông \
             thôn, cho biết.";
    let a = Article::parse(sở);
    let t = &a.officials[0].titles[0];
    assert_eq!(t.jurisdiction.as_ref().map(|j| j.code), Some("40"));
}

/// A national post named by its role alone is another country's when the text says the
/// holder is of that country right after the name ("cố Thủ tướng X của Singapore"); said
/// of Vietnam, it stays Vietnam's.
#[test]
fn a_holder_of_another_country() {
    let code = |text: &str, name: &str, title: &str| code_of(text, name, title);
    assert_eq!(
        code(
            "Năm 1990, cố Thủ tướng Lâm Văn Hòa của Singapore từng nói như vậy.",
            "Lâm Văn Hòa",
            "cố Thủ tướng"
        ),
        None
    );
    assert_eq!(
        code(
            "Năm 2019, Thủ tướng Phạm Văn Hòa của Việt Nam thăm Singapore.",
            "Phạm Văn Hòa",
            "Thủ tướng"
        ),
        Some("VN")
    );
}

/// A central body said with the part of it its member belongs to ("Đại biểu Quốc hội …
/// thuộc Đoàn đại biểu Quốc hội tỉnh X") is central: the province names only the
/// delegation. A body that names no level, said with the province's body it belongs to
/// ("Ban Quản lý dự án thuộc Sở Xây dựng tỉnh X"), is the province's.
#[test]
fn a_central_body_said_with_the_part_its_member_belongs_to() {
    let first = |text: &str| {
        let a = Article::parse(text);
        let t = a.officials[0].titles[0].clone();
        (t.text, t.jurisdiction.map(|j| j.code))
    };
    assert_eq!(
        first(
            "Bà Lê Thị Hà, Đại biểu Quốc hội chuyên trách thuộc Đoàn đại biểu Quốc hội tỉnh \
             Nghệ An, phát biểu."
        ),
        (
            "Đại biểu Quốc hội chuyên trách thuộc Đoàn đại biểu Quốc hội tỉnh Nghệ An".to_string(),
            Some("VN")
        )
    );
    assert_eq!(
        first(
            "Ông Lê Văn Nam, Giám đốc Ban Quản lý dự án thuộc Sở Xây dựng tỉnh Nghệ An, cho \
             biết."
        )
        .1,
        Some("40")
    );
}
