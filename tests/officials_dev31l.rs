//! Officials named in lists and by reference (issue 12, session 31, dev31l). Sentences
//! written for these tests.

mod common;
use common::{named, one};

/// A deputy's delegation in a bracket after the name is a label of the deputy, as a bare
/// province there is; apposed by a comma it stays a title of its own.
#[test]
fn a_delegation_in_a_bracket_is_no_title() {
    assert_eq!(
        named("ĐBQH Hoàng Văn Lực (đoàn Thái Bình) nói rằng cần sửa quy định."),
        one("Hoàng Văn Lực", &["ĐBQH"])
    );
    assert_eq!(
        named("Đại biểu Phan Thị Hoa, đoàn Cà Mau cho rằng cần sửa quy định."),
        one("Phan Thị Hoa", &["Đại biểu", "đoàn Cà Mau"])
    );
}

/// A post held in a country said by reference ("nước này", "nước chủ nhà", "nước sở
/// tại") before a name: the reference is the title's, the name the holder's; a surname
/// alone joins the full name given before. With no name after it, or before a word that
/// is no name, nothing is read.
#[test]
fn a_country_said_by_reference() {
    assert_eq!(
        named("Hãng tin dẫn lời Tổng thống nước này Andrej Kiska cho biết sẽ không ký."),
        one("Andrej Kiska", &["Tổng thống nước này"])
    );
    assert_eq!(
        named("Thủ tướng nước sở tại Ranil Wickremesinghe đã tiếp đoàn."),
        one("Ranil Wickremesinghe", &["Thủ tướng nước sở tại"])
    );
    assert_eq!(
        named("Bộ trưởng Quốc phòng nước này Jan Novak đã tới thăm."),
        one("Jan Novak", &["Bộ trưởng Quốc phòng nước này"])
    );
    assert_eq!(
        named(
            "Thủ tướng Áo Sebastian Kurz phát biểu. Với Thủ tướng nước chủ nhà Kurz, hội nghị thành công."
        ),
        one(
            "Sebastian Kurz",
            &["Thủ tướng Áo", "Thủ tướng nước chủ nhà"]
        )
    );
    assert_eq!(named("Tổng thống nước này cho biết sẽ không ký."), []);
    assert_eq!(
        named("Thủ tướng nước chủ nhà Kurz cho biết sẽ không ký."),
        []
    );
    assert_eq!(named("Đội tuyển nước chủ nhà Malaysia đã thắng."), []);
}

/// The bare noun "lãnh đạo" right before a foreign leader's full name is that leader's
/// title; before capitalised words that read as a Vietnamese name or one foreign word it
/// names a body's leadership ("lãnh đạo Hoàng Anh Gia Lai", a company), no one's post.
#[test]
fn the_bare_leader_noun_before_a_foreign_full_name() {
    assert_eq!(
        named("Người dân nơi đây luôn nhắc tới lãnh đạo Kim Jong-il với lòng biết ơn."),
        one("Kim Jong-il", &["lãnh đạo"])
    );
    assert_eq!(
        named("Theo lãnh đạo Hoàng Anh Gia Lai, năm nay công ty có lãi."),
        []
    );
    assert_eq!(
        named("Cổ đông đã gửi lời cảm ơn tới lãnh đạo Hòa Phát."),
        []
    );
    assert_eq!(named("Ông cho rằng lãnh đạo Arsenal đã sai lầm."), []);
}

/// A title said of several people lists their names, each with the side it stands for
/// after it ("bên phía", "ở phía" and a country) passed over: each holds the title.
#[test]
fn counterparts_listed_with_their_sides() {
    let got = named(
        "Ngoại trưởng Pháp Jean Dubois cùng hai người đồng cấp Heiko Lange bên phía Hàn Quốc và Marco Rossi ở phía Italy đã ký tuyên bố chung.",
    );
    assert!(got.contains(&(
        "Heiko Lange".to_string(),
        vec!["người đồng cấp".to_string()]
    )));
    assert!(got.contains(&(
        "Marco Rossi".to_string(),
        vec!["người đồng cấp".to_string()]
    )));
    // (a side that is no country ends the list at the name before it)
    let got = named("Hai HLV Lê Văn Tâm bên phía đội khách và Trần Văn Hải đã bắt tay.");
    assert!(!got.iter().any(|(n, _)| n == "Trần Văn Hải"));
}
