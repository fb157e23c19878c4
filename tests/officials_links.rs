//! Officials: posts tied to a person by a predicate rather than set beside the name (issue
//! 12, the seventh draw's classes of misses), with sentences written for these tests.

mod common;
use common::{named, one};

/// A person named in full once, then by the given name after a word of address, takes the
/// posts a link word ties to that short mention ("ông Tuấn hiện là …", "bà Lan đồng thời
/// là … kiêm …"), whether the full mention gave a title or not.
#[test]
fn titles_linked_to_a_short_mention() {
    assert_eq!(
        named("Ông Lê Quang Tuấn phát biểu tại buổi lễ. Ông Tuấn hiện là Giám đốc Sở Xây dựng."),
        one("Lê Quang Tuấn", &["Giám đốc Sở Xây dựng"])
    );
    assert_eq!(
        named(
            "Bà Phạm Thị Lan, Phó Giám đốc Sở Tài chính, cho biết. Bà Lan đồng thời là \
             Chủ tịch kiêm Tổng Giám đốc Công ty Điện lực."
        ),
        one(
            "Phạm Thị Lan",
            &[
                "Phó Giám đốc Sở Tài chính",
                "Chủ tịch",
                "Tổng Giám đốc Công ty Điện lực"
            ]
        )
    );
    // two people with that given name: the short mention is no one's
    assert!(
        named(
            "Ông Lê Quang Tuấn và ông Trần Minh Tuấn đến dự. Ông Tuấn hiện là Giám đốc Sở \
             Xây dựng."
        )
        .is_empty()
    );
    // no one named in full before: no one
    assert!(named("Ông Tuấn hiện là Giám đốc Sở Xây dựng.").is_empty());
}

/// A role written lowercase after the link of a short mention describes the person more
/// often than it names a post held ("ông Hai là tổng thống thứ hai bị …"): not a title.
#[test]
fn lowercase_roles_linked_to_a_short_mention_describe() {
    let text = "Ông Trần Văn Hai đến dự. Ông Hai là trợ lý thứ hai bị điều chuyển.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

/// Regression: a bracket of titles after a name that closes where its paragraph ends
/// (")\n", ").\n") was read as never closing, and its titles were lost; one closing at the
/// text's end was read.
#[test]
fn bracket_closing_at_a_paragraph_end() {
    for text in [
        "Có mặt bà Trần Thị Mai (Phó Giám đốc Sở Y tế).\nBuổi lễ kết thúc sớm.",
        "Có mặt bà Trần Thị Mai (Phó Giám đốc Sở Y tế)\nBuổi lễ kết thúc sớm.",
        "Có mặt bà Trần Thị Mai (Phó Giám đốc Sở Y tế).",
    ] {
        assert_eq!(
            named(text),
            one("Trần Thị Mai", &["Phó Giám đốc Sở Y tế"]),
            "{text}"
        );
    }
}

/// A title said of several people ("4 thành viên khác", "3 Phó Giám đốc") is each one's
/// when a bracket right after it lists their names, each with its word of address or not
/// and perhaps a title of its own after a dash; "khác" (others) is no part of the title.
#[test]
fn names_listed_in_a_bracket_after_a_plural_title() {
    let got = named(
        "Hội đồng có 5 người: Chủ tịch Trần Văn Hải và 4 thành viên khác (ông Nguyễn Văn \
         Cường, bà Phạm Thị Dung, ông Hoàng Văn Em, bà Lê Thị Hoa - thành viên độc lập).\n\
         Cuộc họp kết thúc.",
    );
    let want: Vec<(String, Vec<String>)> = [
        ("Trần Văn Hải", &["Chủ tịch"][..]),
        ("Nguyễn Văn Cường", &["thành viên"]),
        ("Phạm Thị Dung", &["thành viên"]),
        ("Hoàng Văn Em", &["thành viên"]),
        ("Lê Thị Hoa", &["thành viên", "thành viên độc lập"]),
    ]
    .iter()
    .map(|(n, t)| (n.to_string(), t.iter().map(|t| t.to_string()).collect()))
    .collect();
    assert_eq!(got, want);
    assert_eq!(
        named("Đơn vị có 2 Phó Giám đốc (Lê Văn Bình và Đỗ Thị Cúc)."),
        vec![
            ("Lê Văn Bình".to_string(), vec!["Phó Giám đốc".to_string()]),
            ("Đỗ Thị Cúc".to_string(), vec!["Phó Giám đốc".to_string()]),
        ]
    );
    // one name, or a bracket that is no list of names, is no list
    assert!(named("Đơn vị có 2 Phó Giám đốc (đều mới được bổ nhiệm).").is_empty());
}

/// An organization said right after a title, read there as a name ("Người đứng đầu Real
/// Madrid nhấn mạnh"), is no person when it is the organization of another official's
/// title ("Chủ tịch Real Madrid, Florentino Perez"): a name is never read out of an
/// organization.
#[test]
fn an_organization_after_a_title_is_no_person() {
    assert_eq!(
        named(
            "Chủ tịch Inter Milano, Marco Bellini cho biết. Người đứng đầu Inter Milano \
             nhấn mạnh điều đó."
        ),
        one("Marco Bellini", &["Chủ tịch Inter Milano"])
    );
}

/// "đã giữ chức" (has held) links a name to its post as "từng giữ chức" does.
#[test]
fn a_post_held_said_with_da() {
    assert_eq!(
        named("Sau đó Marco Bellini đã giữ chức Chủ tịch Liên đoàn Bóng đá Ý."),
        one("Marco Bellini", &["Chủ tịch Liên đoàn Bóng đá Ý"])
    );
}

/// Regression: in the subject a teacher teaches, "bộ môn" (a department, lowercase) was read
/// as the head "Bộ" of a ministry, and the post ("giáo viên bộ môn Văn tại Hệ thống Giáo dục
/// X") with its holder was lost; a head that names an organisation only capitalised is a
/// common noun when written lowercase.
#[test]
fn a_subject_department_is_no_ministry() {
    assert_eq!(
        named(
            "Theo cô Lê Thị Mai, giáo viên bộ môn Toán tại Hệ thống Giáo dục Ánh Dương, thí sinh nên ôn kỹ."
        ),
        one(
            "Lê Thị Mai",
            &["giáo viên bộ môn Toán tại Hệ thống Giáo dục Ánh Dương"]
        )
    );
}

/// A member of a legislature ("nghị sĩ", "Thượng nghị sĩ", "Hạ nghị sĩ") holds a post, as
/// "Đại biểu Quốc hội" does; a legislature's group of members ("nhóm nghị sĩ hữu nghị") is
/// an organisation, its "nghị sĩ" no title of its own.
#[test]
fn members_of_a_legislature() {
    assert_eq!(
        named("Somchai Prasert, nghị sĩ đối lập, cho biết dự luật sẽ được sửa."),
        one("Somchai Prasert", &["nghị sĩ đối lập"])
    );
    assert_eq!(
        named("Thượng nghị sĩ Mỹ Daniel Brooks phát biểu."),
        one("Daniel Brooks", &["Thượng nghị sĩ Mỹ"])
    );
    assert_eq!(
        named("Bà Trần Thị Hạnh, Chủ tịch nhóm nghị sĩ nữ Quốc hội, phát biểu."),
        one("Trần Thị Hạnh", &["Chủ tịch nhóm nghị sĩ nữ Quốc hội"])
    );
}

/// A title said of several people ("các", a number) is each one's of the names right after
/// it, joined by commas and "và", even where the first name alone would have been read as
/// the title's; "như" (such as) introduces such a list and is no word of the post.
#[test]
fn a_plural_title_before_several_names() {
    let pairs = |names: &[&str], title: &str| -> Vec<(String, Vec<String>)> {
        names
            .iter()
            .map(|n| ((*n).to_string(), vec![title.to_string()]))
            .collect()
    };
    assert_eq!(
        named("Dự họp có các Phó Chủ tịch UBND tỉnh Nguyễn Văn An và Trần Văn Bình."),
        pairs(
            &["Nguyễn Văn An", "Trần Văn Bình"],
            "Phó Chủ tịch UBND tỉnh"
        )
    );
    assert_eq!(
        named("Có mặt 3 Phó Chủ tịch Quốc hội Lê Văn Cường, Đỗ Thị Hà và Phan Văn Đức."),
        pairs(
            &["Lê Văn Cường", "Đỗ Thị Hà", "Phan Văn Đức"],
            "Phó Chủ tịch Quốc hội"
        )
    );
    assert_eq!(
        named("Nhiều người như các CEO như Tom Ridley, Sam Oakes và Ben Carver bỏ học."),
        pairs(&["Tom Ridley", "Sam Oakes", "Ben Carver"], "CEO")
    );
    // one title, no plural: the second name is not given it
    assert_eq!(
        named("Chủ tịch UBND tỉnh Nguyễn Văn An và Trần Văn Bình đến dự."),
        one("Nguyễn Văn An", &["Chủ tịch UBND tỉnh"])
    );
}

/// The verb "tập trung" (to focus on) ends a title as other verbs do: "ông A - Chủ tịch HĐQT
/// tập trung nghiên cứu chiến lược phát triển Tập đoàn X" is "Chủ tịch HĐQT".
#[test]
fn a_verb_of_focus_ends_a_title() {
    assert_eq!(
        named(
            "Ông Phạm Văn Lộc - Chủ tịch HĐQT tập trung nghiên cứu định hướng phát triển Sao Mai."
        ),
        one("Phạm Văn Lộc", &["Chủ tịch HĐQT"])
    );
}

/// A governor, who heads a state's or province's government, is named again by the role and
/// one word of the name, as a president is ("Thống đốc Hartley" after "Thống đốc California
/// Emily Hartley").
#[test]
fn a_governor_named_again_by_one_word() {
    let got = vinews::Article::parse(
        "Thống đốc California Emily Hartley ký lệnh mới ở California. Sau đó, Thống đốc Hartley nói thêm.",
    )
    .officials;
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].name, "Emily Hartley");
    assert_eq!(got[0].titles, ["Thống đốc California", "Thống đốc"]);
    assert_eq!(got[0].mentions.len(), 2);
}

/// A degree or profession with its field said before the name ("TS tâm lý Vũ Thị Lan",
/// "bác sĩ tim mạch Nguyễn Văn Bình") ties that whole name; the one a lawyer works for ("luật
/// sư của …") and two capitalised words that may be the field's own name are not.
#[test]
fn a_degree_with_its_field_before_a_name() {
    assert_eq!(
        named("Theo TS tâm lý Vũ Thị Lan, trẻ cần được lắng nghe."),
        one("Vũ Thị Lan", &["TS tâm lý"])
    );
    assert_eq!(
        named("Bác sĩ tim mạch Nguyễn Văn Bình cho biết bệnh nhân đã ổn."),
        one("Nguyễn Văn Bình", &["Bác sĩ tim mạch"])
    );
    assert!(named("Luật sư của Trần Thị Hoa đã nộp đơn.").is_empty());
    assert!(named("Đó là ý kiến của bác sĩ chuyên khoa Ung Bướu.").is_empty());
}

/// A post taken on or held is said as a seat or position too ("đảm nhiệm vị trí …",
/// "nắm giữ vị trí …", "đảm nhận chức …", "giữ ghế …"): the title after it is the name's.
#[test]
fn a_post_held_as_a_position_or_a_seat() {
    assert_eq!(
        named("Ông Trần Văn Nam đảm nhiệm vị trí Tổng giám đốc Công ty Vinasteel từ năm 2019."),
        one("Trần Văn Nam", &["Tổng giám đốc Công ty Vinasteel"])
    );
    assert_eq!(
        named("Bà Lê Thị Hoa nắm giữ vị trí Phó Chủ tịch HĐQT Tập đoàn Vinasteel."),
        one("Lê Thị Hoa", &["Phó Chủ tịch HĐQT Tập đoàn Vinasteel"])
    );
    assert_eq!(
        named("Ông Trần Văn Nam đảm nhận chức Tổng giám đốc Công ty Vinasteel từ tháng 5."),
        one("Trần Văn Nam", &["Tổng giám đốc Công ty Vinasteel"])
    );
    assert_eq!(
        named("Ông Trần Văn Nam giữ ghế Chủ tịch HĐQT Ngân hàng Vinabank từ năm 2020."),
        one("Trần Văn Nam", &["Chủ tịch HĐQT Ngân hàng Vinabank"])
    );
}
