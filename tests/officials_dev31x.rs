//! Titles vinews gave that the text does not (issue 12, session 31, dev31x: the extras).
//! Sentences written for these tests.

mod common;
use common::{named, one};

/// A title apposed to one official whose last words are the surname or given name of
/// another official of the text is that other person's: the role and the name said of
/// someone else ("…, nghị sĩ Grassley nói"), no post of the first.
#[test]
fn a_title_naming_another_official_is_theirs() {
    let got = named(
        "Thượng nghị sĩ Cộng hòa Mark Whitby đã gửi thư. Trong thư gửi Ngoại trưởng Paul Ostrander, nghị sĩ Whitby nói thị thực đã hết hạn.",
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Paul Ostrander" && t == &["Ngoại trưởng"]),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Mark Whitby" && t.iter().any(|x| x == "nghị sĩ")),
        "{got:?}"
    );
}

/// A title after a name whose last words name no other official keeps its body
/// ("Giám đốc Công ty Minh Phát" beside a "Lê Văn Phát": the company's whole name is no
/// given name).
#[test]
fn a_body_named_like_no_official_stays() {
    let got = named(
        "Ông Trần Quốc Bảo, Giám đốc Công ty Minh Phát, cho biết. Chủ tịch UBND huyện Lê Văn Phát cũng có mặt.",
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Trần Quốc Bảo"
                && t.iter().any(|x| x == "Giám đốc Công ty Minh Phát")),
        "{got:?}"
    );
}

/// The state's honorary titles ("NSND", "NGƯT") belong to no body: a name after one in a
/// bracket is the artist's, the one playing a part, no organization of the part's name.
#[test]
fn an_award_before_a_name_is_no_title_of_another() {
    assert_eq!(
        named("Nhân vật bà Tư Hồng (NSND Lan Hương) và ông Ba (Trần Nhượng) rời phim."),
        []
    );
}

/// "người" and a country after a role says where the holder comes from, no body: the
/// title is the role alone. A body after the role stays.
#[test]
fn a_nationality_after_a_role_is_no_body() {
    assert_eq!(
        named("HLV người Hàn Quốc, Kim Sang-woo đã tới Đà Nẵng."),
        one("Kim Sang-woo", &["HLV"])
    );
    assert_eq!(
        named("Ông Marc Dubois, CEO người Pháp, cho biết công ty sẽ mở rộng."),
        one("Marc Dubois", &["CEO"])
    );
    assert_eq!(
        named("HLV CLB Hà Nội, Chu Đình Nghiêm đã tới Đà Nẵng."),
        one("Chu Đình Nghiêm", &["HLV CLB Hà Nội"])
    );
}
