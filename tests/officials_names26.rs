//! Officials: titled people whose name the reading lost (issue 12, session 26): a rank
//! said with "là" after a place of birth, a body's own apposition between a title and its
//! holder, a profession held in acting for a country, the head of a martial-arts school,
//! and a foreign name's particles after a lowercase word; with sentences written for
//! these tests.

mod common;
use common::{named, one};

/// "sinh ra tại Y, là Thượng tướng": a place of birth with or without the year, the unit
/// that holds it after a comma, is a segment of its own, and a rank said with "là" after
/// it is held when it stands alone in its segment; a post said with "từng là" is left.
#[test]
fn a_rank_after_a_place_of_birth() {
    assert_eq!(
        named(
            "Ông Đặng Hữu Phước sinh ra tại Phú Mỹ, Bình Định, là Thiếu tướng, từng là Cục trưởng Cục Cảnh sát."
        ),
        one("Đặng Hữu Phước", &["Thiếu tướng"])
    );
    assert_eq!(
        named("Bà Lê Thu Trang sinh ra ở Hải Dương, là Giám đốc Sở Tài chính tỉnh."),
        one("Lê Thu Trang", &["Giám đốc Sở Tài chính tỉnh"])
    );
}

/// A rank after the birth that is written lowercase or goes on with lowercase words
/// describes a trade or a training, not a post held ("là kỹ sư cơ khí, tốt nghiệp …").
#[test]
fn a_trade_with_its_field_after_the_birth_is_no_rank() {
    assert_eq!(
        named("Ông Phan Đức Lộc sinh năm 1975 tại Nam Định, là kỹ sư cơ khí, tốt nghiệp năm 1998."),
        Vec::<(String, Vec<String>)>::new()
    );
}

/// "Theo người phát ngôn Hạm đội 7, hạm đội đóng tại Nhật Bản, ông X cho biết": a segment
/// opening with the title's body said again in lowercase describes the body; the name
/// after it is the title's holder.
#[test]
fn a_body_described_between_a_title_and_its_holder() {
    assert_eq!(
        named(
            "Theo người phát ngôn Hạm đội 7, hạm đội đóng tại vùng biển phía tây, ông Mark Collins cho biết tàu đã rời cảng."
        ),
        one("Mark Collins", &["người phát ngôn Hạm đội 7"])
    );
    assert_eq!(
        named("Giám đốc Công ty Thành Công, công ty chuyên làm gốm sứ, ông Vũ Đình Khải nói."),
        one("Vũ Đình Khải", &["Giám đốc Công ty Thành Công"])
    );
}

/// "Quyền Luật sư Hoa Kỳ, bà X": a profession held in acting for a country is a post (a
/// United States Attorney), a name apposed to it after a comma its holder's.
#[test]
fn a_profession_in_acting_for_a_country() {
    assert_eq!(
        named("Quyền Luật sư Hoa Kỳ, ông Daniel Brennan, đã công bố cáo trạng hôm thứ Ba."),
        one("Daniel Brennan", &["Quyền Luật sư Hoa Kỳ"])
    );
}

/// "chưởng môn phái X, Y": the head of a martial-arts school named after "phái", and a
/// full name set after the title by a comma with no word of address.
#[test]
fn the_head_of_a_martial_arts_school() {
    assert_eq!(
        named("Mới đây, chưởng môn phái Vịnh Xuân, Lương Quốc Hào tung đoạn video biểu diễn."),
        one("Lương Quốc Hào", &["chưởng môn phái Vịnh Xuân"])
    );
}

/// "gặp Ursula von der Leyen, Chủ tịch …": a foreign name's particles are read after a
/// lowercase word when the first part is no Vietnamese syllable and two particles follow
/// (the surname is not read alone); "của Cty do Vân" stays no name.
#[test]
fn particles_of_a_foreign_name_inside_a_clause() {
    assert_eq!(
        named(
            "Thủ tướng đã tiếp Hendrik van der Berg, Giám đốc điều hành của Feyenoord, tại trụ sở."
        ),
        one(
            "Hendrik van der Berg",
            &["Giám đốc điều hành của Feyenoord"]
        )
    );
}
