//! Jurisdictions of titles (issue 12, session 29): roles held only in Vietnam's central
//! bodies said alone, a deputy said by the abbreviation "ĐB", a leader places are named
//! after, a working group of the Government, a body of Vietnam at a place the reader does
//! not know, a place's name that holds an organisation word, associations and education
//! centres that govern no place. Sentences written for these tests.

mod common;
use common::code_of;

/// "Thứ trưởng", "Đại sứ" and "Tổng lãnh sự" are held only in the central bodies: said
/// alone they are Vietnam's, unless the holder is another country's.
#[test]
fn central_roles_said_alone() {
    let text = "Về phía Bộ Tư pháp, Thứ trưởng Lê Văn Tám cho rằng luật cần sửa.";
    assert_eq!(code_of(text, "Lê Văn Tám", "Thứ trưởng"), Some("VN"));
    let text = "Đại sứ Hoàng Thị Mai đã đón đoàn tại sân bay.";
    assert_eq!(code_of(text, "Hoàng Thị Mai", "Đại sứ"), Some("VN"));
    // another country's ambassador, by their name
    let text = "Đại sứ John Peterson đã đón đoàn tại sân bay.";
    assert_eq!(code_of(text, "John Peterson", "Đại sứ"), None);
    // a brand's ambassador names a brand, no body of the state
    let text = "Ca sĩ Lê Thu Hà, Đại sứ thương hiệu của hãng, có mặt tại buổi ra mắt.";
    let a = vinews::Article::parse(text);
    for t in a.officials.iter().flat_map(|o| &o.titles) {
        assert_eq!(t.jurisdiction.as_ref().map(|j| j.code), None, "{}", t.text);
    }
}

/// A deputy said "ĐB" (the abbreviation of "Đại biểu") with the province of the
/// delegation in brackets is a deputy of the National Assembly, as "đại biểu" is.
#[test]
fn a_deputy_said_by_the_abbreviation() {
    let text = "Tại phiên chất vấn, ĐB Trần Văn Lâm (Bắc Giang) hỏi Bộ trưởng Bộ Y tế.";
    assert_eq!(code_of(text, "Trần Văn Lâm", "ĐB"), Some("VN"));
    // no delegation, no Assembly: left as read
    let text = "ĐB Trần Văn Lâm cho biết cử tri rất quan tâm.";
    assert_eq!(code_of(text, "Trần Văn Lâm", "ĐB"), None);
}

/// "Chủ tịch Hồ Chí Minh": the President, whom places are named after.
#[test]
fn the_president_places_are_named_after() {
    let text = "Đoàn đại biểu đã vào Lăng viếng Chủ tịch Hồ Chí Minh.";
    assert_eq!(code_of(text, "Hồ Chí Minh", "Chủ tịch"), Some("VN"));
}

/// A working group of the Government: its deputy head, a deputy minister of the
/// Government Office said in the same apposition, holds it at the central level.
#[test]
fn a_working_group_of_the_government() {
    let text = "Thay mặt Tổ công tác, ông Trần Văn Lục, Phó Chủ nhiệm Văn phòng Chính phủ, \
                Tổ phó Tổ công tác kết luận buổi làm việc.";
    assert_eq!(
        code_of(text, "Trần Văn Lục", "Tổ phó Tổ công tác"),
        Some("VN")
    );
    // a working group of a province's committee: the province
    let text = "Ông Trần Văn Lục, Phó Chủ tịch UBND tỉnh Nghệ An, Tổ trưởng Tổ công tác, \
                kiểm tra công trình.";
    assert_eq!(
        code_of(text, "Trần Văn Lục", "Tổ trưởng Tổ công tác"),
        Some("40")
    );
}

/// A body that names Vietnam before "tại" and a place the reader does not know stands
/// abroad: the central level's.
#[test]
fn a_consulate_at_a_place_not_known() {
    let text = "Bà Lê Thị Hạnh, Tổng lãnh sự Việt Nam tại Osaka, cho biết cộng đồng đông.";
    assert_eq!(
        code_of(text, "Lê Thị Hạnh", "Tổng lãnh sự Việt Nam tại Osaka"),
        Some("VN")
    );
    // a company of Vietnam abroad governs nothing
    let text = "Ông Lê Văn Hải, Giám đốc Công ty Sông Hồng Việt Nam tại Osaka, cho biết.";
    assert_eq!(
        code_of(
            text,
            "Lê Văn Hải",
            "Giám đốc Công ty Sông Hồng Việt Nam tại Osaka"
        ),
        None
    );
}

/// The name of a place is no organisation word ("Phòng" of "Hải Phòng", "Vụ" of "Vụ
/// Bản"): a factory said with its city is a company's works, which governs nothing,
/// while a department named with the city is the city's.
#[test]
fn a_place_name_that_holds_an_organisation_word() {
    let text = "Ông Phạm Văn Thảo, Giám đốc nhà máy Kính Nổi, Hải Phòng cho biết.";
    assert_eq!(
        code_of(
            text,
            "Phạm Văn Thảo",
            "Giám đốc nhà máy Kính Nổi, Hải Phòng"
        ),
        None
    );
    let text = "Ông Phạm Văn Thảo, Giám đốc Sở Y tế Hải Phòng cho biết.";
    assert_eq!(
        code_of(text, "Phạm Văn Thảo", "Giám đốc Sở Y tế Hải Phòng"),
        Some("31")
    );
    let text = "Ông Phạm Văn Thảo, Chủ tịch UBND huyện Vụ Bản, tỉnh Nam Định cho biết.";
    assert_eq!(
        code_of(
            text,
            "Phạm Văn Thảo",
            "Chủ tịch UBND huyện Vụ Bản, tỉnh Nam Định"
        ),
        Some("359")
    );
}

/// A medical association is outside the state and the Front; a centre of vocational and
/// continuing education is a school: neither governs a place.
#[test]
fn associations_and_education_centres_govern_no_place() {
    let text = "GS Lê Văn Khải, Phó Chủ tịch Tổng hội Y học Việt Nam, phát biểu.";
    assert_eq!(
        code_of(text, "Lê Văn Khải", "Phó Chủ tịch Tổng hội Y học Việt Nam"),
        None
    );
    let text = "Ông Nguyễn Văn Vỹ, Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục \
                thường xuyên huyện Yên Thế, cho biết trường có 900 học sinh.";
    let a = vinews::Article::parse(text);
    let t = &a.officials[0].titles[0];
    assert!(
        t.text
            .starts_with("Giám đốc Trung tâm Giáo dục nghề nghiệp"),
        "{}",
        t.text
    );
    assert_eq!(t.jurisdiction.as_ref().map(|j| j.code), None);
    // a centre of the state that is no school keeps its unit
    let text = "Ông Nguyễn Văn Vỹ, Giám đốc Trung tâm Y tế huyện Yên Thế cho biết.";
    assert_eq!(
        code_of(
            text,
            "Nguyễn Văn Vỹ",
            "Giám đốc Trung tâm Y tế huyện Yên Thế"
        ),
        Some("215")
    );
}

/// A ward said with its district ("phường X, quận Y") is that district's ward, even when
/// the gazetteer's only ward of the name lies elsewhere: the title takes the district,
/// and so does the ward's name said alone in the article.
#[test]
fn a_ward_said_with_its_district_not_a_namesake_elsewhere() {
    // (the gazetteer's "phường Bùi Thị Xuân" is Quy Nhơn's; the one of Hai Bà Trưng it
    // does not hold)
    let text = "Bà Trần Thị Huệ, Chủ tịch UBND phường Bùi Thị Xuân, quận Hai Bà Trưng, Hà Nội \
                cho biết. Ông Lê Hoài Nam, Trưởng Công an phường Bùi Thị Xuân, cũng có mặt.";
    assert_eq!(
        code_of(
            text,
            "Trần Thị Huệ",
            "Chủ tịch UBND phường Bùi Thị Xuân, quận Hai Bà Trưng, Hà Nội"
        ),
        Some("007")
    );
    assert_eq!(
        code_of(text, "Lê Hoài Nam", "Trưởng Công an phường Bùi Thị Xuân"),
        Some("007")
    );
    // a ward said with the district that holds it keeps the ward
    let text = "Bà Trần Thị Huệ, Chủ tịch UBND phường Bùi Thị Xuân, TP Quy Nhơn cho biết.";
    assert_eq!(
        code_of(
            text,
            "Trần Thị Huệ",
            "Chủ tịch UBND phường Bùi Thị Xuân, TP Quy Nhơn"
        ),
        Some("21589")
    );
}

/// A secretary of the party said by the role alone, in one apposition with the person's
/// post in the council or committee of a unit, is the secretary of that unit's party
/// committee; beside a company's post, or alone, it stays unplaced.
#[test]
fn a_bare_secretary_beside_a_post_of_the_state() {
    let text = "Ông Mai Văn Hùng, Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh Cà Mau phát biểu.";
    assert_eq!(
        code_of(text, "Mai Văn Hùng", "Phó Bí thư Thường trực"),
        Some("96")
    );
    let text = "Ông Mai Văn Hùng, Bí thư, Giám đốc Công ty Phú Lâm phát biểu.";
    assert_eq!(code_of(text, "Mai Văn Hùng", "Bí thư"), None);
}
