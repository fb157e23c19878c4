//! Officials: two roles "và" joins after a name (issue 12, session 26): "X, Chủ tịch và
//! CEO của Y", "X - nhà sáng lập và CEO của Y", "X là Chủ tịch và Tổng giám đốc Y", one
//! person's two posts, as the same phrase before a name gives them (tests/officials_coord26.rs).
//! Sentences written for these tests.

mod common;
use common::{named, one};

/// A bare role, "và", and a second role with its body, apposed to a name by a comma or a
/// dash, or in a bracket after it: two posts, the first as written, the second with its body.
#[test]
fn a_bare_role_and_a_second_role_after_a_name_are_two_posts() {
    assert_eq!(
        named(
            "Nhà đầu tư Peter Lindqvist, Chủ tịch và CEO của Nordvik Capital, cho biết quỹ sẽ mở rộng."
        ),
        one("Peter Lindqvist", &["Chủ tịch", "CEO của Nordvik Capital"])
    );
    assert_eq!(
        named("Theo bà Hana Oduya - nhà sáng lập và CEO của Greenleaf, thị trường đang hồi phục."),
        one("Hana Oduya", &["nhà sáng lập", "CEO của Greenleaf"])
    );
    assert_eq!(
        named("Ông Phan Đức Lợi, Chủ tịch và Tổng giám đốc Công ty Cổ phần Hải Đăng, cho biết."),
        one(
            "Phan Đức Lợi",
            &["Chủ tịch", "Tổng giám đốc Công ty Cổ phần Hải Đăng"]
        )
    );
    assert_eq!(
        named("Ông Phan Đức Lợi (Chủ tịch và giám đốc điều hành Công ty Hải Đăng) cho biết."),
        one(
            "Phan Đức Lợi",
            &["Chủ tịch", "giám đốc điều hành Công ty Hải Đăng"]
        )
    );
}

/// After a link word ("là") the second role is the subject's too.
#[test]
fn a_linked_bare_role_and_a_second_role_are_two_posts() {
    assert_eq!(
        named("Ông Trịnh Quang Vinh là Chủ tịch và Tổng giám đốc Công ty Minh Phát từ năm 2015."),
        one(
            "Trịnh Quang Vinh",
            &["Chủ tịch", "Tổng giám đốc Công ty Minh Phát"]
        )
    );
}

/// A deputy of the role or the same role again after "và" is another person's post, and a
/// list of people, each with a title that has its body, stays a list.
#[test]
fn deputies_repeats_and_lists_are_not_joined() {
    assert_eq!(
        named("Ông Đỗ Minh Tâm, Giám đốc và Phó Giám đốc Sở Công Thương đã tới dự."),
        one("Đỗ Minh Tâm", &["Giám đốc"])
    );
    assert_eq!(
        named("Bà Lê Thu Hà, Giám đốc và giám đốc tài chính của Hưng Long đã tới."),
        one("Lê Thu Hà", &["Giám đốc"])
    );
    let out = named(
        "Ông Vương Đình Khải, Giám đốc Sở Y tế, và bà Hồ Thị Nga, Phó Giám đốc Sở Tài chính \
         cùng dự họp.",
    );
    assert_eq!(
        out,
        vec![
            (
                "Vương Đình Khải".to_string(),
                vec!["Giám đốc Sở Y tế".to_string()]
            ),
            (
                "Hồ Thị Nga".to_string(),
                vec!["Phó Giám đốc Sở Tài chính".to_string()]
            ),
        ]
    );
}
