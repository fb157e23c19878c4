//! Officials of the central state, the courts, the procuracy, the armed forces, diplomacy
//! and enterprises (issue 12, session 32, dev32b). Sentences written for these tests.

mod common;
use common::{code_of, named, one};

/// The supreme court and procuracy name themselves with their rank, "tối cao" (Luật Tổ
/// chức Tòa án nhân dân 2014, Điều 3; Luật Tổ chức Viện kiểm sát nhân dân 2014, Điều 40):
/// the adjective ends the body's name, the name after it is the holder's, and the body is
/// national.
#[test]
fn the_supreme_court_and_procuracy_before_a_name() {
    let text = "Chánh án TAND tối cao Lê Văn Hải đã ký nghị quyết.";
    assert_eq!(named(text), one("Lê Văn Hải", &["Chánh án TAND tối cao"]));
    assert_eq!(
        code_of(text, "Lê Văn Hải", "Chánh án TAND tối cao"),
        Some("VN")
    );
    assert_eq!(
        named("Phó Viện trưởng VKSND Tối cao Trần Minh Quyết đọc cáo trạng."),
        one("Trần Minh Quyết", &["Phó Viện trưởng VKSND Tối cao"])
    );
    assert_eq!(
        named("Viện trưởng Viện KSND tối cao Đỗ Văn Khánh yêu cầu xử lý nghiêm."),
        one("Đỗ Văn Khánh", &["Viện trưởng Viện KSND tối cao"])
    );
    assert_eq!(
        named("Chánh án Tòa án nhân dân tối cao Hà Minh Thông chủ trì hội nghị."),
        one("Hà Minh Thông", &["Chánh án Tòa án nhân dân tối cao"])
    );
}

/// After the name, the adjective stays the body's too.
#[test]
fn the_supreme_court_after_a_name() {
    assert_eq!(
        named("Bà Vũ Thị Thanh, Phó Chánh án TAND tối cao, cho biết thêm."),
        one("Vũ Thị Thanh", &["Phó Chánh án TAND tối cao"])
    );
}

/// A foreign supreme court: a court ("Tòa án") named by its capitalised name is a body,
/// its adjective written capitalised ends it, and the foreign name after it is the
/// holder's, no part of the title of the person before.
#[test]
fn a_foreign_supreme_court_before_a_name() {
    let got = named("Phó tổng thống Laura Bennett, Chánh án Tòa án Tối cao Peter Gray cũng dự lễ.");
    assert!(
        got.iter()
            .any(|(n, t)| n == "Peter Gray" && t == &["Chánh án Tòa án Tối cao"]),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Laura Bennett" && t == &["Phó tổng thống"]),
        "{got:?}"
    );
    assert_eq!(
        named("Chánh án Tòa án quân sự Quân khu 9 Phan Văn Lộc cũng tham dự."),
        one("Phan Văn Lộc", &["Chánh án Tòa án quân sự Quân khu 9"])
    );
}

/// Negative: a court spoken of in lowercase, or named with no holder, gives no official.
#[test]
fn a_court_without_a_holder_gives_no_official() {
    assert_eq!(
        named("TAND tối cao đã ban hành nghị quyết hướng dẫn; tòa án cấp tỉnh thực hiện."),
        []
    );
    assert_eq!(
        named("Đề nghị của Chánh án Tòa án nhân dân tối cao được Quốc hội thông qua."),
        []
    );
}

/// A country said after a role ("Ngoại trưởng Anh", "Thủ tướng Pháp") is the post's,
/// never the given name of another official of the article ("Trần Thị Anh"): the foreign
/// minister keeps the title, the other official gets no foreign post.
#[test]
fn a_country_after_a_role_is_no_given_name_of_another() {
    let got = named(
        "Ngoại trưởng Anh Robert Hale đến Hà Nội. Bà Lê Thị Anh, Phó Giám đốc Sở Ngoại vụ tỉnh Bắc Ninh, đón đoàn.",
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Robert Hale" && t == &["Ngoại trưởng Anh"]),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Lê Thị Anh" && t == &["Phó Giám đốc Sở Ngoại vụ tỉnh Bắc Ninh"]),
        "{got:?}"
    );
    let got = named(
        "Bà Phạm Thu Pháp, Giám đốc Sở Du lịch tỉnh Ninh Bình, cho biết. Thủ tướng Pháp Louis Mercier gửi thư chúc mừng.",
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Louis Mercier" && t == &["Thủ tướng Pháp"]),
        "{got:?}"
    );
}

/// Negative: the role said before the given name of an official of the article is still
/// that official's later mention ("Phó Giám đốc Anh" of "Trần Thị Anh").
#[test]
fn a_role_before_a_given_name_is_still_that_official() {
    let got = named(
        "Bà Trần Thị Anh, Phó Giám đốc Sở Ngoại vụ tỉnh Hải Dương, đón đoàn. Phó Giám đốc Anh cho biết đoàn sẽ ở lại hai ngày.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Trần Thị Anh");
}

/// "Đại sứ X tại Y": a country named by one Vietnamese syllable ("Áo", "Đức", "Ý", "Úc"),
/// said after "tại" in a country's post abroad, is the host country, and the name after
/// it is the ambassador's, foreign or Vietnamese.
#[test]
fn a_host_country_of_one_syllable_before_a_name() {
    assert_eq!(
        named("Đại sứ Chile tại Áo Pablo Herrera đề xuất một cơ chế mới."),
        one("Pablo Herrera", &["Đại sứ Chile tại Áo"])
    );
    assert_eq!(
        named("Đại sứ Việt Nam tại Đức Lưu Quang Huy trao quà cho cộng đồng."),
        one("Lưu Quang Huy", &["Đại sứ Việt Nam tại Đức"])
    );
    assert_eq!(
        named("Đại sứ Việt Nam tại Ý Trịnh Văn Đạt tiếp đoàn."),
        one("Trịnh Văn Đạt", &["Đại sứ Việt Nam tại Ý"])
    );
}

/// Negative: the post with no name after it names no one.
#[test]
fn a_host_country_without_a_name_gives_no_official() {
    assert_eq!(named("Đại sứ Việt Nam tại Đức cho biết sẽ hỗ trợ."), []);
}

/// The seat of a body said with "tại" before the holder's name is the body's (the high
/// courts and procuracies "tại Hà Nội", "tại Đà Nẵng", "tại TP Hồ Chí Minh"; an office of
/// a body of the world in a country), and the name after it the holder's.
#[test]
fn the_seat_of_a_body_before_a_name() {
    assert_eq!(
        named("Chánh án TAND cấp cao tại Đà Nẵng Hồ Quốc Dũng chủ tọa phiên tòa."),
        one("Hồ Quốc Dũng", &["Chánh án TAND cấp cao tại Đà Nẵng"])
    );
    assert_eq!(
        named("Phó Viện trưởng VKSND cấp cao tại TP Hồ Chí Minh Lâm Văn Tú giữ quyền công tố."),
        one(
            "Lâm Văn Tú",
            &["Phó Viện trưởng VKSND cấp cao tại TP Hồ Chí Minh"]
        )
    );
}

/// Negative: a place the clause is said in, with no name right after it, is no part of a
/// title, and the name after a comma is tied as usual.
#[test]
fn a_place_of_the_clause_is_no_seat() {
    let got = named("Giám đốc Sở Y tế tại buổi họp báo ở Hà Nội cho biết số ca mắc giảm.");
    assert_eq!(got, []);
    let got = named("Tại Hà Nội, Giám đốc Sở Y tế Hà Nội Trần Văn Khoa cho biết.");
    assert_eq!(got, one("Trần Văn Khoa", &["Giám đốc Sở Y tế Hà Nội"]));
}

/// The crimes a police department is named for, listed with commas, are all its name's
/// ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"), before or after
/// the holder's name; a comma before a clause ends it.
#[test]
fn crimes_listed_in_a_police_department_name() {
    assert_eq!(
        named(
            "Thiếu tướng Vũ Hồng Văn, Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (Bộ Công an), cho biết thêm."
        ),
        one(
            "Vũ Hồng Văn",
            &[
                "Thiếu tướng",
                "Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (Bộ Công an)"
            ]
        )
    );
    assert_eq!(
        named("Ông Đào Văn Hải, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy, cho biết thêm."),
        one(
            "Đào Văn Hải",
            &["Trưởng phòng Cảnh sát điều tra tội phạm về ma túy"]
        )
    );
}

/// A name of the ethnic minorities of the Central Highlands ("Y Thanh Hà Niê Kđăm", "Ksor
/// Phước Hà"), spelt with syllables no Kinh name has, is Vietnamese: its holder's national
/// post is Vietnam's ("VN"), not another country's; a foreign name's post named bare is
/// its country's (no jurisdiction).
#[test]
fn a_highland_name_holds_a_national_post() {
    let text = "Chủ tịch Hội đồng Dân tộc Y Thanh Hà Niê Kđăm phát biểu khai mạc.";
    assert_eq!(
        code_of(text, "Y Thanh Hà Niê Kđăm", "Chủ tịch Hội đồng Dân tộc"),
        Some("VN")
    );
    let text = "Phó Chủ tịch Quốc hội Ksor Phước Hà dự lễ.";
    assert_eq!(
        code_of(text, "Ksor Phước Hà", "Phó Chủ tịch Quốc hội"),
        Some("VN")
    );
    let text = "Bộ trưởng Quốc phòng Peter Lindqvist dự lễ.";
    assert_eq!(
        code_of(text, "Peter Lindqvist", "Bộ trưởng Quốc phòng"),
        None
    );
}

/// The diplomatic ranks and posts of a mission below the ambassador ("Đại biện lâm thời",
/// "Tham tán Công sứ", "Tùy viên Quốc phòng") are titles; an embassy said with its country
/// and then "tại" the host country before the holder's name keeps the host country.
#[test]
fn diplomatic_ranks_and_embassies_before_a_name() {
    assert_eq!(
        named("Đại biện lâm thời Canada tại Việt Nam Paul Leduc phát biểu."),
        one("Paul Leduc", &["Đại biện lâm thời Canada tại Việt Nam"])
    );
    assert_eq!(
        named("Bí thư thứ nhất Đại sứ quán Việt Nam tại Pháp Đỗ Minh Khôi cho biết."),
        one(
            "Đỗ Minh Khôi",
            &["Bí thư thứ nhất Đại sứ quán Việt Nam tại Pháp"]
        )
    );
    assert_eq!(
        named("Tham tán Công sứ Đại sứ quán Việt Nam tại Đức Lương Văn Tài cho biết."),
        one(
            "Lương Văn Tài",
            &["Tham tán Công sứ Đại sứ quán Việt Nam tại Đức"]
        )
    );
    assert_eq!(
        named("Tùy viên Quốc phòng Việt Nam tại Nga, Đại tá Mai Xuân Trường cho biết đoàn đã tới."),
        one(
            "Mai Xuân Trường",
            &["Tùy viên Quốc phòng Việt Nam tại Nga", "Đại tá"]
        )
    );
}

/// Negative: a region after "tại" that runs on past a country's name is no seat, and no
/// name is read out of it.
#[test]
fn a_region_after_a_country_is_no_name() {
    assert_eq!(
        named("Tư lệnh Bộ chỉ huy Mỹ tại Ấn Độ Dương-Thái Bình Dương cho biết."),
        []
    );
}

/// The role, organization and kind of the title `title` of `name` in `text`.
fn record(text: &str, name: &str, title: &str) -> (String, Option<(String, String)>) {
    let a = vinews::Article::parse(text);
    let t = a
        .officials
        .iter()
        .filter(|o| o.name == name)
        .flat_map(|o| &o.titles)
        .find(|t| t.text == title)
        .unwrap_or_else(|| panic!("{title:?} of {name:?} not read"));
    (
        t.role.clone(),
        t.organization
            .as_ref()
            .map(|o| (o.text.clone(), format!("{:?}", o.kind))),
    )
}

/// A role entry that names a body after a role of its own ("Chủ tịch Quốc hội", "Ủy viên
/// Bộ Chính trị") gives the role alone and the body as the organization, of its kind;
/// another country's assembly stays foreign. A role word that is no role alone stays
/// whole ("Trưởng Công an").
#[test]
fn a_body_inside_a_role_entry_is_the_organization() {
    let text = "Ông Đinh Quốc Bảo, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, phát biểu.";
    assert_eq!(
        record(text, "Đinh Quốc Bảo", "Ủy viên Bộ Chính trị"),
        (
            "Ủy viên".to_string(),
            Some(("Bộ Chính trị".to_string(), "Party".to_string()))
        )
    );
    assert_eq!(
        record(text, "Đinh Quốc Bảo", "Chủ tịch Quốc hội"),
        (
            "Chủ tịch".to_string(),
            Some(("Quốc hội".to_string(), "State".to_string()))
        )
    );
    let text = "Chủ tịch Quốc hội Lào Xaysana Keola đã hội đàm với đoàn.";
    assert_eq!(
        record(text, "Xaysana Keola", "Chủ tịch Quốc hội Lào"),
        (
            "Chủ tịch".to_string(),
            Some(("Quốc hội Lào".to_string(), "Foreign".to_string()))
        )
    );
    let text = "Trung tá Lò Văn Sinh, Trưởng Công an huyện Mường Lay, cho biết.";
    assert_eq!(
        record(text, "Lò Văn Sinh", "Trưởng Công an huyện Mường Lay").0,
        "Trưởng Công an"
    );
}

/// "đặc mệnh toàn quyền" after "Đại sứ" is the ambassador's full rank, a modifier of the
/// role: the organization is the country's post ("Việt Nam tại Nhật Bản").
#[test]
fn an_ambassador_extraordinary_and_plenipotentiary() {
    let text = "Đại sứ đặc mệnh toàn quyền Việt Nam tại Hàn Quốc Vũ Hồng Nam dự lễ.";
    assert_eq!(
        named(text),
        one(
            "Vũ Hồng Nam",
            &["Đại sứ đặc mệnh toàn quyền Việt Nam tại Hàn Quốc"]
        )
    );
    let a = vinews::Article::parse(text);
    let t = &a.officials[0].titles[0];
    assert_eq!(t.role, "Đại sứ");
    assert_eq!(t.modifiers, ["đặc mệnh toàn quyền"]);
    assert_eq!(
        t.organization.as_ref().map(|o| o.text.as_str()),
        Some("Việt Nam tại Hàn Quốc")
    );
}
