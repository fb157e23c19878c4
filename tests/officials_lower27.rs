//! Officials: lowercase and anaphoric roles tied to foreign or bare names (issue 12, session
//! 27): the body pointed back at by "này" (src/extract/official/tail.rs
//! `demonstrative_end`), the age between a foreign name and its post (apposed.rs
//! `titled_segment`), "và là" after a trade (posts.rs `trade_beside_post`), English
//! connectives inside a foreign body's name (walk/connective.rs), a description then "và là"
//! and a post (after.rs `described_then_post`), and a leader named after
//! the country closing the body led (leader.rs), with sentences written for these tests.

mod common;
use common::{named, one};

/// A title whose body is said by its common noun and "này" (the body named before), then
/// a comma and the holder's name, with a word of address or not: the guide writes the
/// phrase as given, "này" kept.
#[test]
fn a_body_pointed_back_at_before_the_name() {
    assert_eq!(
        named(
            "Hôm qua, phó Chủ tịch của liên đoàn này, ông Marco Rossi thừa nhận kế hoạch phải hoãn lại."
        ),
        one("Marco Rossi", &["phó Chủ tịch của liên đoàn này"])
    );
    assert_eq!(
        named(
            "Trên trang cá nhân, Giám đốc điều hành công ty này, bà Sarah Klein khẳng định sản phẩm an toàn."
        ),
        one("Sarah Klein", &["Giám đốc điều hành công ty này"])
    );
    assert_eq!(
        named("Người đứng đầu tổ chức phi lợi nhuận này, Hans Weber cho biết quỹ đã cạn."),
        one("Hans Weber", &["Người đứng đầu tổ chức phi lợi nhuận này"])
    );
}

/// After the name, the apposed title runs over "này" to the apposition's end.
#[test]
fn a_body_pointed_back_at_after_the_name() {
    assert_eq!(
        named("Lukas Brandt, giám đốc tài chính tập đoàn này, cho biết lợi nhuận tăng."),
        one("Lukas Brandt", &["giám đốc tài chính tập đoàn này"])
    );
}

/// "này" after a role alone points at a person, and a title with no name tied to it in
/// its sentence is none.
#[test]
fn no_holder_without_a_name_or_a_body() {
    assert!(named("Giám đốc công ty này cho biết sẽ tăng lương.").is_empty());
    assert!(named("Vị Chủ tịch này, ông Đào Văn Khải nói thêm.").is_empty());
    assert!(named("Khi nói về giám đốc, anh Lâm cho rằng cần thay đổi.").is_empty());
}

/// A foreign name with no word of address, its age, then a role noun with its workplace:
/// the age is passed over as after an addressed name.
#[test]
fn a_foreign_name_its_age_then_its_post() {
    assert_eq!(
        named(
            "Somchai Prasert, 47 tuổi, quản lý khách sạn Blue Lotus ở phố cổ cho biết khách giảm mạnh."
        ),
        one(
            "Somchai Prasert",
            &["quản lý khách sạn Blue Lotus ở phố cổ"]
        )
    );
    // a trade with no workplace is no post, age or not
    assert!(named("Maria Lopez, 35 tuổi, nhân viên bán hàng, cho biết giá tăng.").is_empty());
    // a restaurant's name is no person
    assert!(named("Tại nhà hàng Sea Breeze, quản lý ca tối cho biết khách giảm.").is_empty());
}

/// A trade and a post joined by "và là" (and is), apposed to a name: two titles, as "và"
/// alone joins them.
#[test]
fn a_trade_and_is_a_post() {
    assert_eq!(
        named(
            "Karen Holt, nhà sinh thái học và là giám đốc của Viện Đại dương Monterey, nói rằng san hô đang chết."
        ),
        one(
            "Karen Holt",
            &["nhà sinh thái học", "giám đốc của Viện Đại dương Monterey"]
        )
    );
}

/// "of" inside a foreign body's name joins its words: the capitalised words after it are
/// the body's, and the name after the body's end the holder's.
#[test]
fn an_english_connective_inside_a_body_name() {
    assert_eq!(
        named(
            "Chuyên gia của Institute of International Finance ông Robin Brooks nhận định lạm phát sẽ giảm."
        ),
        one(
            "Robin Brooks",
            &["Chuyên gia của Institute of International Finance"]
        )
    );
    assert_eq!(
        named("Giám đốc điều hành của Bank of Montreal, ông Darryl White cho biết."),
        one("Darryl White", &["Giám đốc điều hành của Bank of Montreal"])
    );
}

/// "lãnh đạo" + a body abroad closed by its country + a name: the leader's post; a
/// protest is no body.
#[test]
fn a_leader_named_after_the_country_of_the_body() {
    assert_eq!(
        named(
            "Phát biểu tại đây, lãnh đạo lực lượng cảnh sát Thái Lan Suwat Jangyodsuk nói rằng vụ việc đã rõ."
        ),
        one(
            "Suwat Jangyodsuk",
            &["lãnh đạo lực lượng cảnh sát Thái Lan"]
        )
    );
    assert!(
        named("Hôm qua, lãnh đạo biểu tình Myanmar Tin Tin Aye bị bắt.")
            .iter()
            .all(|(_, t)| t.is_empty())
    );
}

/// A description of the person with no list's word ("chính trị gia trung lập"), then "và
/// là" (and is) and a post: the post is the person's, the description none.
#[test]
fn a_description_and_is_a_post() {
    assert_eq!(
        named(
            "Ông Park Tae-woo, chính trị gia trung lập và là người thành lập đảng Tương Lai, cho biết sẽ tranh cử."
        ),
        one("Park Tae-woo", &["người thành lập đảng Tương Lai"])
    );
    // no post after "và là": nothing
    assert!(
        named("Ông Park Min-jae, người dân và là nạn nhân của vụ lừa đảo, cho biết.")
            .iter()
            .all(|(_, t)| t.is_empty())
    );
}
