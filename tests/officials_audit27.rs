//! Officials: two causes of false officials found by the precision audit of session 27 on
//! untabled articles: a body's name written with each word capitalised and its country
//! last, read as a person after the body's head, and the state's honorary title said
//! with "cố" (late) before it. Sentences written for these tests.

mod common;
use common::{named, one};

/// A body's own name with each word capitalised ends with its country ("Việt Nam"): no
/// person's name ends so after a given name, so the words are the body's, after a dash
/// or a comma, or with no name at all.
#[test]
fn a_capitalised_body_name_ending_with_its_country_is_no_person() {
    assert_eq!(
        named("TS Đặng Quốc Bảo - Phó Tổng thư ký Tổng Hội Y Học Việt Nam cho biết, đoàn đã về."),
        one(
            "Đặng Quốc Bảo",
            &["TS", "Phó Tổng thư ký Tổng Hội Y Học Việt Nam"]
        )
    );
    assert_eq!(
        named("Bà Đinh Thu Trang, Chủ tịch Hội Mỹ Thuật Việt Nam cho biết triển lãm sẽ mở."),
        one("Đinh Thu Trang", &["Chủ tịch Hội Mỹ Thuật Việt Nam"])
    );
    assert!(named("Phó Chủ tịch Hội Y Học Việt Nam cho biết hội nghị đã kết thúc.").is_empty());
}

/// A surname and a country are a person's name still ("Dương Trung Quốc"), and a name
/// after the body's capitalised name and country is the holder's.
#[test]
fn a_surname_and_a_country_or_a_name_after_the_country_stay_names() {
    assert_eq!(
        named("Đại biểu Quốc hội Lã Trung Quốc phát biểu tại phiên họp."),
        one("Lã Trung Quốc", &["Đại biểu Quốc hội"])
    );
    assert_eq!(
        named("Chủ tịch Hội Nông Dân Việt Nam Phan Quốc Khánh phát biểu khai mạc."),
        one("Phan Quốc Khánh", &["Chủ tịch Hội Nông Dân Việt Nam"])
    );
}

/// "NSND" (People's Artist) is an award, no post, with "cố" (late) before it as without.
#[test]
fn a_late_peoples_artist_holds_no_post() {
    assert!(named("Nhân vật do cố NSND Trịnh Văn Lộc thủ vai được khán giả nhớ mãi.").is_empty());
    assert!(named("Vở diễn có sự tham gia của cố NSƯT Mai Thanh Hà.").is_empty());
    assert_eq!(
        named("Cố NSND Trịnh Văn Lộc, nguyên Giám đốc Nhà hát Kịch Hà Nội, từng dựng vở này."),
        one("Trịnh Văn Lộc", &["nguyên Giám đốc Nhà hát Kịch Hà Nội"])
    );
}
