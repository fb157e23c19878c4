//! Officials: names that are not read (issue 12, session 30): a federal state abroad said
//! with its unit word capitalised ("Thủ hiến Bang X") read as a person, and the owner of a
//! boarding house. Sentences written for these tests.

mod common;
use common::{named, one};

/// "Bang" capitalised after a title opens the state's name, the title's place, never a
/// person's name; a foreign full name after the state's one-word name is the holder's.
#[test]
fn capitalised_state_unit_is_the_titles_place() {
    assert_eq!(
        named("Đoàn đã gặp Thủ hiến Bang Saxony - ông Michael Kretschmer. Hai bên trao đổi."),
        one("Michael Kretschmer", &["Thủ hiến Bang Saxony"])
    );
    assert_eq!(
        named("Hôm qua, Thống đốc Bang Oregon, bà Tina Kotek cho biết sẽ hợp tác."),
        one("Tina Kotek", &["Thống đốc Bang Oregon"])
    );
    assert_eq!(
        named("Bộ trưởng đã tiếp Thủ hiến Bang Thuringia Bodo Ramelow tại Hà Nội."),
        one("Bodo Ramelow", &["Thủ hiến Bang Thuringia"])
    );
    // (the state alone: no one named)
    assert!(named("Đoàn công tác đã làm việc với Thủ hiến Bang Saxony.").is_empty());
    // (a name holding "Bang" inside it stays a name)
    assert_eq!(
        named("Ông Lê Bang Khoa, Giám đốc Sở Công Thương, cho biết."),
        one("Lê Bang Khoa", &["Giám đốc Sở Công Thương"])
    );
}

/// The owner of a boarding house ("chủ nhà trọ", "chủ phòng trọ") is an owner's post as
/// the owner of a guest house ("chủ nhà nghỉ") is.
#[test]
fn owner_of_a_boarding_house() {
    assert_eq!(
        named("Anh Phan Văn Hậu (chủ nhà trọ) cho biết khu trọ có 15 phòng."),
        one("Phan Văn Hậu", &["chủ nhà trọ"])
    );
    assert_eq!(
        named("Bà Đỗ Thị Mai, chủ phòng trọ trên đường Lê Lợi, cho biết."),
        one("Đỗ Thị Mai", &["chủ phòng trọ trên đường Lê Lợi"])
    );
    // (the owner unnamed, or a tenant: none)
    assert!(named("Chủ nhà trọ đã báo cho công an phường.").is_empty());
    assert!(named("Anh Phan Văn Hậu thuê nhà trọ ở quận 7.").is_empty());
}

/// A rank or degree held at a body named after "của" or "tại", then a comma and an
/// addressed name: the rank with its body is the name's post, as a title before an
/// apposed name is. A rank alone before the comma, or a body in lowercase, gives none.
#[test]
fn held_rank_before_an_addressed_name() {
    assert_eq!(
        named("Giáo sư của UCL, ông Martin Hughes cho biết dự án sẽ kéo dài ba năm."),
        one("Martin Hughes", &["Giáo sư của UCL"])
    );
    assert_eq!(
        named("Tiến sĩ tại Đại học Monash, bà Trần Thị Ngọc nhận định thị trường sẽ phục hồi."),
        one("Trần Thị Ngọc", &["Tiến sĩ tại Đại học Monash"])
    );
    assert!(named("Giáo sư, ông Martin Hughes cho biết dự án sẽ kéo dài.").is_empty());
    assert!(named("Bác sĩ của bệnh viện, ông Lê Văn Hùng cho biết.").is_empty());
    // (a row of degrees stays one person's)
    assert_eq!(
        named("PGS, TS Hoàng Văn Sơn cho biết."),
        one("Hoàng Văn Sơn", &["PGS", "TS"])
    );
}
