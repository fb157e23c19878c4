//! Officials: the shapes session 26's second look at apposed posts reads (issue 12;
//! src/extract/official/posts.rs): the owner said "ông chủ" before the owner's name, two
//! names sharing one apposed post after a count, and a word of address opening a body's
//! own name inside a workplace; with sentences written for these tests.

mod common;
use common::{named, one};

fn pair(a: &str, b: &str, title: &str) -> Vec<(String, Vec<String>)> {
    let mut v = one(a, &[title]);
    v.extend(one(b, &[title]));
    v
}

/// "ông chủ" (or "bà chủ") right before a full name is the owner's title, from the word
/// of address; before a club or company and a comma, the body owned is the title's.
#[test]
fn the_owner_said_with_a_word_of_address() {
    assert_eq!(
        named("Cổ động viên giăng biểu ngữ phản đối ông chủ Peter Lindqvist trước trận đấu."),
        one("Peter Lindqvist", &["ông chủ"])
    );
    assert_eq!(
        named("Bà chủ Maria Oliveira cũng có mặt trên khán đài."),
        one("Maria Oliveira", &["Bà chủ"])
    );
    assert_eq!(
        named("Ông chủ Westbury, Thomas Grant đã lên tiếng xin lỗi người hâm mộ."),
        one("Thomas Grant", &["Ông chủ Westbury"])
    );
}

/// No owner's title: "ông chủ" before a body with no one named, and "chủ" opening a
/// longer word of the lists, read as theirs.
#[test]
fn no_owner_before_a_body_or_inside_a_longer_word() {
    assert_eq!(
        named("Năm ngoái, ông chủ Minh Long đã mua thêm hai khách sạn."),
        []
    );
    assert_eq!(
        named("Ông Chủ tịch Lê Quang Huy cho biết sẽ kiểm tra."),
        one("Lê Quang Huy", &["Chủ tịch"])
    );
    assert_eq!(
        named("Bà chủ quán Đặng Thị Hoa cho biết giá đã tăng."),
        one("Đặng Thị Hoa", &["chủ quán"])
    );
}

/// Two names joined by "và", then a comma, the count "hai" and a post: each name holds the
/// post, the count left out.
#[test]
fn two_names_sharing_one_apposed_post() {
    assert_eq!(
        named(
            "Theo Peter Hall và Maria Costa, hai nhà thiên văn học từ Đại học Leiden, vật thể có dạng đĩa."
        ),
        pair(
            "Peter Hall",
            "Maria Costa",
            "nhà thiên văn học từ Đại học Leiden"
        )
    );
    assert_eq!(
        named("Ông Phan Văn Lực và bà Lý Thị Thu, hai giáo viên Trường THCS Kim Đồng, được khen."),
        pair(
            "Phan Văn Lực",
            "Lý Thị Thu",
            "giáo viên Trường THCS Kim Đồng"
        )
    );
    // a trade alone names no post: neither holds one
    assert_eq!(
        named("Anh Ngô Văn Sơn và Đinh Văn Khải, hai công nhân, bị thương nhẹ."),
        []
    );
}

/// A word of address capitalised inside a workplace opens the body's own name ("miếu Bà
/// Chúa Xứ"): it does not end the workplace.
#[test]
fn a_word_of_address_inside_a_bodys_name() {
    assert_eq!(
        named("Ông Lương Văn Thạch, người trông coi miếu Bà Chúa Kho cho biết khách đông hơn."),
        one("Lương Văn Thạch", &["người trông coi miếu Bà Chúa Kho"])
    );
    assert_eq!(
        named("Bà Kiều Thị Nụ, quản lý một nhà hàng gần đền Ông Hoàng Bảy, kể lại."),
        one(
            "Kiều Thị Nụ",
            &["quản lý một nhà hàng gần đền Ông Hoàng Bảy"]
        )
    );
}
