//! Officials: names not read in the fresh draws of session 30 (the thirty-seventh to
//! thirty-ninth): a foreign body named by one camel-case word after a staff role, a
//! description then "và" and the post held, the co-founder's noun, a deputy's post joined
//! by "và" to another role, the head coach's role before a lone surname, a Shia cleric's
//! rank, and a title that runs into the next person's rank. Sentences written for these
//! tests.

mod common;
use common::{named, one};

/// "X, một nhà phân tích … tại <Brand>": a body named by one camel-case word is a named
/// organisation, the staff post's workplace.
#[test]
fn a_camel_case_body_is_a_staff_posts_workplace() {
    assert_eq!(
        named(
            "Mark Halperin, một nhà phân tích chính trị tại FiveThirtyEight nhận định, cử tri \
             trẻ sẽ quyết định."
        ),
        one(
            "Mark Halperin",
            &["nhà phân tích chính trị tại FiveThirtyEight"]
        )
    );
    // (a place is no workplace)
    assert!(named("Ông Lê Văn Sáu, nhà phân tích tại Hà Nội, cho biết giá vàng tăng.").is_empty());
}

/// "X, <description> và <post with its body>": the post beside a description.
#[test]
fn a_description_then_a_post_tied_to_a_body() {
    assert_eq!(
        named(
            "Maria Lopez, bạn học của Anna Smith và giám đốc nhân sự của tập đoàn Zenta cho \
             biết như vậy."
        ),
        one("Maria Lopez", &["giám đốc nhân sự của tập đoàn Zenta"])
    );
    assert_eq!(
        named(
            "Peter Novak, đối tác và Phó giám đốc bộ phận tư vấn của Deloitte Asia, nói với \
             báo chí."
        ),
        one(
            "Peter Novak",
            &["Phó giám đốc bộ phận tư vấn của Deloitte Asia"]
        )
    );
}

/// A bare role after "và", or a relative of the person, is no post of the named one.
#[test]
fn a_bare_role_or_a_relative_after_a_description_is_none() {
    assert!(named("Ông Lê Minh, bạn của tôi và giám đốc, cho biết.").is_empty());
    assert!(named("Ông Trần Văn Hải, vợ ông và giám đốc công ty Hòa Bình đã đến.").is_empty());
}

/// "X, nhà đồng sáng lập và Phó chủ tịch Y": the co-founder and the deputy of another
/// role are two posts; the deputy of the same role is another person's.
#[test]
fn a_co_founder_and_a_deputy_of_another_role() {
    assert_eq!(
        named(
            "\"Chúng tôi hài lòng\", Lý Minh Khải, nhà đồng sáng lập và Phó chủ tịch Tencent chia sẻ."
        ),
        one(
            "Lý Minh Khải",
            &["nhà đồng sáng lập", "Phó chủ tịch Tencent"]
        )
    );
    assert_eq!(
        named("Ông Đặng Văn Hùng, Giám đốc và Phó Giám đốc Sở Y tế đã đến."),
        one("Đặng Văn Hùng", &["Giám đốc"])
    );
    assert_eq!(
        named("Trang trại được xây bởi người đồng sáng lập tập đoàn Oracle, tỷ phú Larry Ellison."),
        one("Larry Ellison", &["người đồng sáng lập tập đoàn Oracle"])
    );
}

/// "HLV trưởng" before one foreign word: the head coach, as "HLV" is.
#[test]
fn the_head_coach_before_a_lone_surname() {
    assert_eq!(
        named("Cầu thủ này bị HLV trưởng Kowalski gạch tên."),
        one("Kowalski", &["HLV trưởng"])
    );
    assert!(named("Tiền đạo này được HLV trưởng đội tuyển khen ngợi.").is_empty());
}

/// "Ayatollah", "Đại Ayatollah": a cleric's rank, not a part of the name.
#[test]
fn a_clerics_rank_before_the_name() {
    assert_eq!(
        named("Đại Ayatollah Hossein Nouri phát biểu tại Qom."),
        one("Hossein Nouri", &["Đại Ayatollah"])
    );
}

/// "A, <title> Sir B": a title running into the next person's rank and name is B's, not
/// A's apposition.
#[test]
fn a_title_before_the_next_persons_rank_is_not_apposed() {
    let got = named(
        "Tờ tiền in hình Thống đốc đầu tiên Sir Henry Blake, người đồng sáng lập Hội Khoa học \
         Sir Edward Grant và nhà văn Anna Lee.",
    );
    let blake = got
        .iter()
        .find(|(n, _)| n == "Henry Blake")
        .expect("Henry Blake");
    assert!(!blake.1.iter().any(|t| t.contains("sáng lập")), "{got:?}");
}

/// "còn là" (is also) links a post held, as "cũng là" does.
#[test]
fn also_is_links_a_post_held() {
    assert_eq!(
        named("Ông Hoàng Đức Minh còn là Chủ tịch Hội Cựu chiến binh huyện Thạch Hà."),
        one(
            "Hoàng Đức Minh",
            &["Chủ tịch Hội Cựu chiến binh huyện Thạch Hà"]
        )
    );
}

/// "Title X của <body> còn là <post>": the link after the body ties the post to X.
#[test]
fn a_link_after_the_titled_names_body() {
    assert_eq!(
        named("Chủ tịch Trần Văn Hải của CLB Hà Nội còn là Phó Chủ tịch VFF."),
        one("Trần Văn Hải", &["Chủ tịch", "Phó Chủ tịch VFF"])
    );
    // (no post after the link: nothing more)
    assert_eq!(
        named("HLV Nguyễn Văn Sỹ của Nam Định là người có nhiều kinh nghiệm."),
        one("Nguyễn Văn Sỹ", &["HLV"])
    );
}

/// "các HLV như A (x) hay B (y)": a list of examples closed by "hay" (or), each a coach.
#[test]
fn a_list_of_examples_closed_by_or() {
    assert_eq!(
        named(
            "Ban lãnh đạo nhắm tới các HLV như Luis Enrique (Tây Ban Nha) hay Thomas Tuchel (Chelsea)."
        ),
        vec![
            ("Luis Enrique".to_string(), vec!["HLV".to_string()]),
            ("Thomas Tuchel".to_string(), vec!["HLV".to_string()]),
        ]
    );
}
