//! Officials: where a title ends before the verb of its clause (issue 12, session 26: an
//! audit of the officials vinews gives on articles no table holds). A lowercase word after
//! a title's body was read as part of the body's name when no stop word ended it; the
//! verbs and adverbs of the clause the title belongs to end it. Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// A verb right after an apposed title's body ends the title: "qua đời", "tiếp tục",
/// "gởi gắm", "kỳ vọng", "xin", "lại", "dẫn đầu" are the clause's, no word of the
/// body.
#[test]
fn the_clauses_verb_ends_an_apposed_title() {
    assert_eq!(
        named("Bà Vương Thị Hằng, Quyền Hiệu trưởng Học viện qua đời sau cơn bạo bệnh."),
        one("Vương Thị Hằng", &["Quyền Hiệu trưởng Học viện"])
    );
    assert_eq!(
        named(
            "PGS.TS Lạc Văn Đông, Bí thư Đảng ủy tiếp tục được giao làm Chủ tịch Hội đồng trường."
        ),
        one("Lạc Văn Đông", &["PGS.TS", "Bí thư Đảng ủy"])
    );
    assert_eq!(
        named(
            "Ông Tôn Đức Khang, Giám đốc Viện Ung bướu quốc gia gởi gắm thông điệp tới người bệnh."
        ),
        one("Tôn Đức Khang", &["Giám đốc Viện Ung bướu quốc gia"])
    );
    assert_eq!(
        named("Ông Hà Quang Vinh, Giám đốc dự án Mekong Solar kỳ vọng nhà máy sẽ vận hành sớm."),
        one("Hà Quang Vinh", &["Giám đốc dự án Mekong Solar"])
    );
    assert_eq!(
        named("Bà Kiều Thị Mai, Hiệu trưởng nhà trường xin lỗi phụ huynh."),
        one("Kiều Thị Mai", &["Hiệu trưởng nhà trường"])
    );
    assert_eq!(
        named("Bà Ellen Park, nhà nghiên cứu tại Đại học Oxford lại cho rằng điều đó chưa đủ."),
        one("Ellen Park", &["nhà nghiên cứu tại Đại học Oxford"])
    );
    assert_eq!(
        named(
            "Thủ tướng tiếp ông Miguel Soto, Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch \
             Quốc hội dẫn đầu Đoàn đại biểu Quốc hội Cuba."
        ),
        one(
            "Miguel Soto",
            &[
                "Ủy viên Bộ Chính trị Đảng Cộng sản Cuba",
                "Chủ tịch Quốc hội"
            ]
        )
    );
}

/// "gặp" (to meet) after a role said bare is its holder's verb: the title after it is
/// another person's. A body's field that holds a verb's syllable ("Sở Ngoại giao", "Ban
/// An toàn giao thông") goes on.
#[test]
fn a_verb_after_a_bare_role_is_no_part_of_the_next_title() {
    assert_eq!(
        named("Chiều qua, Thủ tướng gặp Tổng thống Pháp Emmanuel Durand tại Paris."),
        one("Emmanuel Durand", &["Tổng thống Pháp"])
    );
    assert_eq!(
        named("Ông Hồ Văn Nam, Phó Giám đốc Sở Ngoại giao tỉnh, cho biết."),
        one("Hồ Văn Nam", &["Phó Giám đốc Sở Ngoại giao tỉnh"])
    );
    assert_eq!(
        named("Ông Hồ Văn Nam, Trưởng ban An toàn giao thông tỉnh, cho biết."),
        one("Hồ Văn Nam", &["Trưởng ban An toàn giao thông tỉnh"])
    );
}

/// "tới" (to) as "đến": a post handed to someone ("trao quyết định … tới TS X") is given,
/// no title of the one named after it, and the word is no part of the post.
#[test]
fn to_after_a_post_ends_it() {
    let got = named(
        "Thứ trưởng Mạc Văn Hòa trao quyết định bổ nhiệm Phó Vụ trưởng tới TS Ninh Văn Cường.",
    );
    assert!(
        got.iter().flat_map(|(_, t)| t).all(|t| !t.ends_with("tới")),
        "{got:?}"
    );
    assert!(
        got.contains(&("Ninh Văn Cường".to_string(), vec!["TS".to_string()])),
        "{got:?}"
    );
}

/// "và" before a second post of another person ("… và Phó Giám đốc Sở Y Quách Văn Tài")
/// joins no two parts of the first body's name: the first title ends before it.
#[test]
fn and_before_a_deputys_post_ends_the_title() {
    assert_eq!(
        named(
            "Ông Diệp Văn Sơn, Giám đốc Sở Xây dựng và Phó Giám đốc Sở Công Thương Quách Văn Tài \
             trả lời báo chí."
        ),
        vec![
            (
                "Diệp Văn Sơn".to_string(),
                vec!["Giám đốc Sở Xây dựng".to_string()]
            ),
            (
                "Quách Văn Tài".to_string(),
                vec!["Phó Giám đốc Sở Công Thương".to_string()]
            ),
        ]
    );
    assert_eq!(
        named(
            "Ông Tom Hale, CEO của Northwind Corp và Phó chủ tịch Mike Brown trả lời phóng viên."
        ),
        vec![
            (
                "Tom Hale".to_string(),
                vec!["CEO của Northwind Corp".to_string()]
            ),
            ("Mike Brown".to_string(), vec!["Phó chủ tịch".to_string()]),
        ]
    );
}
