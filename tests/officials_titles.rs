//! Officials: the title of a person already found (issue 12, session 12), each a rule of
//! the grammar of titles, with sentences written for these tests.

mod common;
use common::named;

/// A title written once with a space left out between two of its words ("Chủ tịchỦy ban")
/// and once with it is one title; the same title said at one mention with the bracket that
/// qualifies it and at a later one without is two phrases (the guide since the twenty-third
/// draw: "Chủ tịch UBND TP Phú Quốc (tỉnh Kiên Giang)" and the later bare form; session 28).
#[test]
fn titles_told_apart_without_their_spaces() {
    let text = "Ông Trần Văn Nam, Chủ tịchỦy ban Trung ương Hội Nông dân, phát biểu. Ông Trần \
                Văn Nam, Chủ tịch Ủy ban Trung ương Hội Nông dân nói thêm.";
    let got = named(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.len(), 1, "{got:?}");
    let text = "Ông Lê Văn Hòa, Chủ tịch UBND thị xã Ngã Năm (tỉnh Sóc Trăng), cho biết. Ông \
                Lê Văn Hòa, Chủ tịch UBND thị xã Ngã Năm nói thêm.";
    assert_eq!(
        named(text),
        vec![(
            "Lê Văn Hòa".to_string(),
            vec![
                "Chủ tịch UBND thị xã Ngã Năm (tỉnh Sóc Trăng)".to_string(),
                "Chủ tịch UBND thị xã Ngã Năm".to_string()
            ]
        )]
    );
}

/// A verb after a title ends it, as the stop words' other verbs do ("muốn", "lấy"): it is
/// not the organisation's, and a name after it is the verb's object, no title holder.
#[test]
fn a_verb_ends_a_title() {
    assert_eq!(
        named("Ông Trần Văn Nam, Tổng giám đốc Saigontourist lấy Nhật Bản làm ví dụ."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["Tổng giám đốc Saigontourist".to_string()]
        )]
    );
    assert!(named("Tuy nhiên HLV muốn Thu Trang hát mạnh mẽ hơn nữa.").is_empty());
}

/// The body a profession is practised in, named right after it with its own capitalised
/// name, is the title's organisation ("bác sĩ Bệnh viện Karolinska"); a name after the
/// profession stays the name.
#[test]
fn a_profession_with_the_body_it_serves() {
    assert_eq!(
        named("TS Anders Lund, bác sĩ Bệnh viện Karolinska, nói như vậy."),
        vec![(
            "Anders Lund".to_string(),
            vec!["TS".to_string(), "bác sĩ Bệnh viện Karolinska".to_string()]
        )]
    );
    assert_eq!(
        named("Ông Trần Văn Nam, kỹ sư Trung tâm Kỹ thuật Viettel, cho biết."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["kỹ sư Trung tâm Kỹ thuật Viettel".to_string()]
        )]
    );
    assert_eq!(
        named("Bác sĩ Lê Đăng Khoa cho biết bệnh nhân đã ổn định."),
        vec![("Lê Đăng Khoa".to_string(), vec!["Bác sĩ".to_string()])]
    );
    // a rank with no body after it stays alone
    assert_eq!(
        named("Ông Trần Văn Nam, bác sĩ tại nhà, cho biết."),
        vec![("Trần Văn Nam".to_string(), vec!["bác sĩ".to_string()])]
    );
}

/// A post one moves to take up, said with a verb of motion before the link ("đến giữ chức",
/// "về làm", "đến nhận nhiệm vụ là"), is the person's title, after the name or after a
/// bracket that follows it.
#[test]
fn a_post_moved_to_is_linked() {
    assert_eq!(
        named(
            "Tỉnh ủy đã điều động ông Lê Văn Hòa đến nhận nhiệm vụ là Bí thư Huyện ủy Krông Pắc."
        ),
        vec![(
            "Lê Văn Hòa".to_string(),
            vec!["Bí thư Huyện ủy Krông Pắc".to_string()]
        )]
    );
    assert_eq!(
        named(
            "Tỉnh ủy đã điều động ông Lê Văn Hòa (Phó Chủ tịch UBND tỉnh) đến giữ chức Trưởng \
             ban Dân vận Tỉnh ủy Đắk Lắk."
        ),
        vec![(
            "Lê Văn Hòa".to_string(),
            vec![
                "Phó Chủ tịch UBND tỉnh".to_string(),
                "Trưởng ban Dân vận Tỉnh ủy Đắk Lắk".to_string()
            ]
        )]
    );
    assert_eq!(
        named("Năm 2015, Tiến sĩ Trần Minh Hà về làm Phó trưởng khoa Báo chí."),
        vec![(
            "Trần Minh Hà".to_string(),
            vec!["Tiến sĩ".to_string(), "Phó trưởng khoa Báo chí".to_string()]
        )]
    );
    // the verb of motion alone links nothing
    assert!(named("Ông Lê Văn Hòa đến làm việc với Ban Dân vận Tỉnh ủy.").is_empty());
}

/// The parent body after a comma keeps the "và" that joins two capitalised parts of its own
/// name ("Sở Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn"), though
/// not a second body joined by it; and a dash closing the apposition, the verb after it,
/// closes the parent as a comma does.
#[test]
fn parent_bodies_named_with_va_or_closed_by_a_dash() {
    assert_eq!(
        named("Ông Trần Văn Nam, Trưởng phòng Kế hoạch, Sở Tài nguyên và Môi trường cho biết."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["Trưởng phòng Kế hoạch, Sở Tài nguyên và Môi trường".to_string()]
        )]
    );
    assert_eq!(
        named(
            "Ông Lê Văn Hòa, Vụ trưởng Vụ Pháp chế, Bộ Nông nghiệp và Phát triển nông \
             thôn, cho biết."
        ),
        vec![(
            "Lê Văn Hòa".to_string(),
            vec!["Vụ trưởng Vụ Pháp chế, Bộ Nông nghiệp và Phát triển nông thôn".to_string()]
        )]
    );
    assert_eq!(
        named("Ông Trần Văn Nam - Phó Cục trưởng Cục Hóa chất, Bộ Công Thương - khẳng định."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["Phó Cục trưởng Cục Hóa chất, Bộ Công Thương".to_string()]
        )]
    );
    // two bodies joined by "và" are no one body's name
    let got = named("Ông Trần Văn Nam, Chánh văn phòng, Sở Y tế và Sở Tài chính đã họp.");
    assert!(
        got.iter()
            .all(|(_, t)| t.iter().all(|t| !t.contains("Tài chính"))),
        "{got:?}"
    );
}

/// A parent body named by an abbreviation whose parts a hyphen joins ("Bộ GD-ĐT", "Bộ
/// LĐ-TB&XH"), or by a long name ("Thanh tra Bộ Nông nghiệp và Phát triển nông thôn"),
/// closes the title; the title's own body said again after a comma, the next clause's
/// subject, does not.
#[test]
fn parent_bodies_abbreviated_long_or_said_again() {
    assert_eq!(
        named("Ông Trần Văn Nam, Cục trưởng Cục Quản lý chất lượng, Bộ GD-ĐT cho biết."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["Cục trưởng Cục Quản lý chất lượng, Bộ GD-ĐT".to_string()]
        )]
    );
    assert_eq!(
        named(
            "Ông Lê Văn Hòa, Trưởng phòng Thanh tra hành chính, Thanh tra Bộ Nông nghiệp và \
             Phát triển nông thôn cho biết."
        ),
        vec![(
            "Lê Văn Hòa".to_string(),
            vec![
                "Trưởng phòng Thanh tra hành chính, Thanh tra Bộ Nông nghiệp và Phát triển \
                 nông thôn"
                    .to_string()
            ]
        )]
    );
    assert_eq!(
        named(
            "Theo ông Lê Văn Hòa, Giám đốc Bệnh viện Nhi Trung ương, Bệnh viện Nhi Trung Ương \
             kết hợp với các đối tác."
        ),
        vec![(
            "Lê Văn Hòa".to_string(),
            vec!["Giám đốc Bệnh viện Nhi Trung ương".to_string()]
        )]
    );
}

/// A school or hospital written lowercase before its capitalised name is a parent body
/// after a comma as when capitalised ("…, trường ĐH Ngoại thương"); a street is none.
#[test]
fn parent_schools_written_lowercase() {
    assert_eq!(
        named("TS Trần Văn Nam, Trưởng Phòng Đào tạo, trường ĐH Dược Hà Nội cho biết."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec![
                "TS".to_string(),
                "Trưởng Phòng Đào tạo, trường ĐH Dược Hà Nội".to_string()
            ]
        )]
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Trưởng Phòng Đào tạo, đường Nguyễn Trãi cho biết."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["Trưởng Phòng Đào tạo".to_string()]
        )]
    );
}

/// A unit's employee ("giáo viên", "nhân viên") holds a post where a named organisation
/// follows the role: at once, or after the subject taught and "tại" or a comma. A trade
/// said with no organisation, or before a name alone, is a common noun.
#[test]
fn employees_with_their_organisation() {
    let one = |name: &str, title: &str| vec![(name.to_string(), vec![title.to_string()])];
    assert_eq!(
        named("Bà Hoàng Thị Lan, giáo viên Trường THCS Kim Liên, cho biết em học tốt."),
        one("Hoàng Thị Lan", "giáo viên Trường THCS Kim Liên")
    );
    assert_eq!(
        named("Chị Phạm Thị Vân - nhân viên Trung tâm Y tế Đông Hà cho biết chị rất vui."),
        one("Phạm Thị Vân", "nhân viên Trung tâm Y tế Đông Hà")
    );
    assert_eq!(
        named(
            "Đó là chia sẻ của cô Trần Thị Xuân, giáo viên Ngữ văn tại Hệ thống Giáo dục Ánh Dương."
        ),
        one(
            "Trần Thị Xuân",
            "giáo viên Ngữ văn tại Hệ thống Giáo dục Ánh Dương"
        )
    );
    assert_eq!(
        named("Thầy Nguyễn Văn Sơn (giáo viên Lịch sử, Trường THPT Chu Văn An) cho biết."),
        one(
            "Nguyễn Văn Sơn",
            "giáo viên Lịch sử, Trường THPT Chu Văn An"
        )
    );
    // no organisation: a common noun
    assert!(named("Chị Nguyễn Thị Lan, nhân viên bán hàng, cho biết giá đã tăng.").is_empty());
    assert!(named("Bà Lê Thị Mai, giáo viên dạy Toán lâu năm, cho biết học sinh chăm.").is_empty());
    assert!(named("Giáo viên Nguyễn Thị Hà cho biết em rất chăm.").is_empty());
    // capitalised inside an organisation's name, a word of that name
    assert_eq!(
        named("Ông Trần Văn Bình, Chủ tịch Hội Giáo viên Hưu trí tỉnh, cho biết."),
        one("Trần Văn Bình", "Chủ tịch Hội Giáo viên Hưu trí tỉnh")
    );
}

/// The unit an organisation with a name of its own is in, after a comma, is the title's, and
/// the province said bare after that unit closes it ("Trường THCS X, quận Y, Hà Nội"), as the
/// unit above a title's place is.
#[test]
fn the_place_of_a_named_organisation_after_a_comma() {
    let one = |name: &str, title: &str| vec![(name.to_string(), vec![title.to_string()])];
    assert_eq!(
        named("Ông Lê Văn An, Hiệu trưởng Trường THCS Kim Liên, quận Đống Đa, cho biết."),
        one(
            "Lê Văn An",
            "Hiệu trưởng Trường THCS Kim Liên, quận Đống Đa"
        )
    );
    assert_eq!(
        named(
            "Cô Lê Thị Hoa (giáo viên Trường tiểu học Hòa Bình, quận Đống Đa, Hà Nội) bị kỷ luật."
        ),
        one(
            "Lê Thị Hoa",
            "giáo viên Trường tiểu học Hòa Bình, quận Đống Đa, Hà Nội"
        )
    );
}

/// A post said by its role and the lowercase function it heads, then "tại" and the company
/// it is held at: the company is the title's, as an employee's is; "tại" before a place, an
/// event or a lowercase word is where something is said, not the post's body.
#[test]
fn a_post_held_at_a_company() {
    let one = |name: &str, title: &str| vec![(name.to_string(), vec![title.to_string()])];
    assert_eq!(
        named("Bà Ngô Thị Hà, giám đốc truyền thông khu vực tại Unilever, cho biết thêm."),
        one("Ngô Thị Hà", "giám đốc truyền thông khu vực tại Unilever")
    );
    assert_eq!(
        named("Ông Lê Văn Tâm, trưởng phòng kinh doanh tại Công ty Sữa Mộc Châu, nói."),
        one(
            "Lê Văn Tâm",
            "trưởng phòng kinh doanh tại Công ty Sữa Mộc Châu"
        )
    );
    assert_eq!(
        named("Bà Trần Thu Hà, giám đốc tiếp thị tại Coca-Cola, cho biết thêm."),
        one("Trần Thu Hà", "giám đốc tiếp thị tại Coca-Cola")
    );
    // a single word with more capitalised words after it is not read as the whole body,
    // but in an apposition the capitalised words up to its comma are the body's, and a
    // place there is where the post is (session 18, tests/officials_extent.rs: the drawn
    // tables write "chủ doanh nghiệp … ở Đà Nẵng")
    assert_eq!(
        named("Ông Peter Brown, giám đốc bán hàng tại Robert Miller & Sons, nói."),
        one("Peter Brown", "giám đốc bán hàng tại Robert Miller & Sons")
    );
    assert_eq!(
        named("Ông Lê Văn Tâm, giám đốc kinh doanh tại Hà Nội, cho biết thêm."),
        one("Lê Văn Tâm", "giám đốc kinh doanh tại Hà Nội")
    );
    assert_eq!(
        named("Ông Lê Văn Tâm, giám đốc kinh doanh tại Hà Nội hôm qua cho biết thêm."),
        one("Lê Văn Tâm", "giám đốc kinh doanh")
    );
    assert_eq!(
        named("Ông Lê Văn Tâm, giám đốc kinh doanh tại buổi gặp, cho biết thêm."),
        one("Lê Văn Tâm", "giám đốc kinh doanh")
    );
}

/// "Tướng" (general) is the grade every general's rank names ("Thiếu tướng", "Đại tướng"),
/// said alone before an officer's name: a rank, no part of the name; the compounds that
/// end with it and name no officer ("lão tướng", a veteran player; "tể tướng", an imperial
/// chancellor) give no rank, and a band's or a team's word ("Team") is no name.
#[test]
fn a_general_named_by_the_grade_alone() {
    let one = |name: &str, title: &str| vec![(name.to_string(), vec![title.to_string()])];
    assert_eq!(
        named("Tướng Mark Ellison cho biết quân đội sẽ rút khỏi căn cứ."),
        one("Mark Ellison", "Tướng")
    );
    assert_eq!(
        named("Hai bên đã ký hiệp định với tướng Phan Văn Định vào năm ấy."),
        one("Phan Văn Định", "tướng")
    );
    assert!(named("Đội bóng vẫn cần lão tướng Mark Ellison trong trận tới.").is_empty());
    assert!(named("Bộ phim Tể tướng Lưu Văn Gù được nhiều người xem.").is_empty());
    assert!(named("Những thành viên Team Sang vẫn ngồi trong phòng.").is_empty());
}

/// A title of two syllables written without its space ("Chủtịch"): a capitalised word
/// that is no Vietnamese syllable but two, which with the space are a title of the lists,
/// is read as that title; a name's syllables glued so are no title ("Thanhhoa").
#[test]
fn a_title_written_without_its_space() {
    let one = |name: &str, title: &str| vec![(name.to_string(), vec![title.to_string()])];
    assert_eq!(
        named("Chủtịch UBND tỉnh Trần Văn Nam nhấn mạnh việc này."),
        one("Trần Văn Nam", "Chủtịch UBND tỉnh")
    );
    assert_eq!(
        named("Hôm qua, Giámđốc Sở Y tế Lê Thị Hoa đã kiểm tra bệnh viện."),
        one("Lê Thị Hoa", "Giámđốc Sở Y tế")
    );
    assert!(named("Hôm qua, Thanhhoa Trần Văn Nam đã đến.").is_empty());
}

/// A link that says a post held ("hiện là", "đồng thời là", "đang là"), right after a title
/// and "và" before it or not, joins a second post of the same person, as "kiêm" does; a
/// link followed by no title joins nothing.
#[test]
fn a_second_post_held_after_a_title() {
    assert_eq!(
        named(
            "Tỉnh ủy kỷ luật ông Hà Văn Lực - Phó Bí thư Đảng ủy và hiện là Hiệu trưởng \
             Trường Đại học Hòa Bình, bằng hình thức khiển trách."
        ),
        common::one(
            "Hà Văn Lực",
            &["Phó Bí thư Đảng ủy", "Hiệu trưởng Trường Đại học Hòa Bình"]
        )
    );
    assert_eq!(
        named(
            "Ông Hà Văn Lực, Chủ tịch UBND huyện Yên Lạc đồng thời là Chủ tịch Ủy ban bầu \
             cử huyện cho biết danh sách đã niêm yết."
        ),
        common::one(
            "Hà Văn Lực",
            &[
                "Chủ tịch UBND huyện Yên Lạc",
                "Chủ tịch Ủy ban bầu cử huyện"
            ]
        )
    );
    assert_eq!(
        named("Ông Hà Văn Lực, Giám đốc Sở Y tế hiện đang là tâm điểm của dư luận."),
        common::one("Hà Văn Lực", &["Giám đốc Sở Y tế"])
    );
}
