//! Names read wrong or not at all (issue 12, session 29): the last two words of a body's
//! name after a title are no person's when an addressed name is apposed after it; a realm
//! named "… Quốc" after a monarch's role is no name; the addressed subject of a sentence
//! holds the post "hiện là" sets after a clause of its own. Negative cases: a name after a
//! title with no apposed name; a person named "… Quốc" after a title; another person
//! addressed before the link; a "là" said before it. Sentences written for these tests.

mod common;
use common::{named, one};

/// "Chưởng môn Nam Huỳnh Đạo (Việt Nam), ông X": the school's name ends the title, the
/// person is the one addressed after it.
#[test]
fn a_body_before_an_addressed_name() {
    assert_eq!(
        named("Chưởng môn Đông Phạm Đạo (Lào), ông Lê Quang Vinh đã có mặt từ sớm."),
        one("Lê Quang Vinh", &["Chưởng môn Đông Phạm Đạo (Lào)"])
    );
    assert_eq!(
        named("Chủ tịch hãng Tây Trần Phát, bà Đỗ Thị Hạnh cho biết doanh thu tăng."),
        one("Đỗ Thị Hạnh", &["Chủ tịch hãng Tây Trần Phát"])
    );
}

/// With no addressed name after it, a full name after the title stays the holder's.
#[test]
fn a_name_after_a_title_with_no_apposed_name() {
    assert_eq!(
        named("Giám đốc Sở Y tế Trần Văn Hải, ông cho biết thêm."),
        one("Trần Văn Hải", &["Giám đốc Sở Y tế"])
    );
}

/// "Quốc vương Nữ Nhi Quốc": the realm, no one's name; a person named "… Quốc" with a
/// surname stays one.
#[test]
fn a_realm_after_a_monarch() {
    assert_eq!(
        named("Vai Quốc vương Tây Hạ Quốc được đánh giá cao."),
        Vec::new()
    );
    assert_eq!(
        named("Vua Lưu Bảo Quốc đã ra lệnh cho quân sĩ."),
        one("Lưu Bảo Quốc", &["Vua"])
    );
}

/// "Còn ông X gia nhập Y từ năm 2019, hiện là Phó tổng giám đốc …": the subject's post.
#[test]
fn a_post_held_after_a_clause_of_the_subject() {
    assert_eq!(
        named(
            "Còn ông Đặng Minh Khoa gia nhập ngân hàng Bắc Hà từ năm 2018, hiện là Phó \
             tổng giám đốc phụ trách kinh doanh."
        ),
        one(
            "Đặng Minh Khoa",
            &["Phó tổng giám đốc phụ trách kinh doanh"]
        )
    );
    assert_eq!(
        named(
            "Bà Vũ Thu Trang công tác tại tỉnh nhiều năm, hiện đang giữ chức Giám đốc Sở \
             Tài chính tỉnh Nam Định."
        ),
        one("Vũ Thu Trang", &["Giám đốc Sở Tài chính tỉnh Nam Định"])
    );
}

/// Not when another person is addressed before the link, nor after a "là".
#[test]
fn no_post_past_another_person_or_a_copula() {
    let got = named("Ông Lý Văn Hòa gặp bà Phan Thị Yến, hiện là Giám đốc Sở Y tế.");
    assert!(!got.iter().any(|(n, _)| n == "Lý Văn Hòa"), "{got:?}");
    assert_eq!(
        named("Ông Lý Văn Hòa là kỹ sư xây dựng, hiện là Giám đốc công ty Tân Phú."),
        Vec::new()
    );
}
