//! Officials: names read wrong and officials that are none (issue 12, session 28). A
//! clause's function word run into a full name where a caption's line break was lost; an
//! English possessive (a show's or a brand's name) read as a person; a coach's bare trade
//! before his name, which a dismissal does not take away (the twentieth, twenty-eighth and
//! twenty-ninth draws' guide); an actor's part said with words of address before the
//! title; the post a successor takes ("kế nhiệm X làm …"), not X's. Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// "HLV Nguyễn Văn An Không giống như …": a capitalised function word after a full name,
/// the clause going on lowercase, opens the sentence the caption ran into.
#[test]
fn a_function_word_after_a_full_name_is_no_syllable_of_it() {
    assert_eq!(
        named("Ảnh: HLV Trần Văn Bình Không giống như mùa trước, đội bóng chơi tốt hơn."),
        one("Trần Văn Bình", &["HLV"])
    );
    assert_eq!(
        named("Chủ tịch UBND xã Lê Thị Mai Những ngày qua, xã đã huy động lực lượng."),
        one("Lê Thị Mai", &["Chủ tịch UBND xã"])
    );
    // a name of two words keeps such a syllable, and one capitalised word after it does not
    // break the name
    assert_eq!(
        named("Giám đốc Hoàng Minh Không Gian cho biết."),
        one("Hoàng Minh Không Gian", &["Giám đốc"])
    );
}

/// "Giám đốc sản xuất Vietnam's Next Top Model": an English possessive names a show, a
/// brand or a company, never a person.
#[test]
fn an_english_possessive_is_no_persons_name() {
    for text in [
        "Bà Lê Hằng là Giám đốc sản xuất America's Got Talent mùa này.",
        "Giám đốc sản xuất Asia's Next Top Model cho biết chương trình sẽ lên sóng.",
    ] {
        assert!(
            named(text).iter().all(|(n, _)| !n.contains('\'')),
            "{text}: {:?}",
            named(text)
        );
    }
    // an apostrophe inside a name stays
    assert_eq!(
        named("Huấn luyện viên Sean O'Brien cho biết đội sẽ thắng."),
        one("Sean O'Brien", &["Huấn luyện viên"])
    );
}

/// "sa thải HLV X", "HLV X bị sa thải": the coach's bare trade stays his; a post named
/// with the club or "trưởng" is the one lost.
#[test]
fn a_dismissed_coach_keeps_his_trade() {
    assert_eq!(
        named("Ban lãnh đạo đội bóng vừa sa thải HLV Marco Silva sau chuỗi trận thua."),
        one("Marco Silva", &["HLV"])
    );
    assert_eq!(
        named("HLV Marco Silva đã chính thức bị sa thải sau 14 tháng."),
        one("Marco Silva", &["HLV"])
    );
    assert!(named("Ban lãnh đạo vừa sa thải Giám đốc điều hành Marco Silva.").is_empty());
    assert!(named("HLV trưởng Marco Silva đã chính thức bị sa thải.").is_empty());
}

/// "vào vai ông chú tiến sĩ X": the actor's part, words of address between "vai" and the
/// title or not, is a character's, no one's post.
#[test]
fn an_actors_part_after_words_of_address() {
    for text in [
        "Trong phim, anh vào vai ông chú tiến sĩ Hector vui tính.",
        "Nam diễn viên đóng vai chú bác sĩ Hector hiền lành.",
        "Cô từng vào vai bà giáo sư Hector nghiêm khắc.",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", named(text));
    }
}

/// "A, người sẽ kế nhiệm B làm Giám đốc điều hành …": the post after "làm" is the one the
/// successor takes, not B's.
#[test]
fn the_post_a_successor_takes_is_not_the_predecessors() {
    assert!(
        named(
            "Cựu tiền vệ Lukas Brandt, người sẽ kế nhiệm Hans Oberholz làm Giám đốc điều hành \
             Hamburg từ năm 2025, nói thêm."
        )
        .is_empty()
    );
}

/// "bà Đặng Thị Hoàng Mai (Lara Dengles)": a name in brackets right after a full
/// Vietnamese name is hers, and a title said with it is hers too, under the first name;
/// after a foreign name a bracket naming a club stays apart.
#[test]
fn a_name_in_brackets_after_a_full_name_is_the_same_person() {
    assert_eq!(
        named(
            "Hình ảnh bà Đặng Thị Hoàng Mai (Lara Dengles) tại phiên họp. Chức vụ Chủ tịch HĐQT \
             Tân Phát được thay bằng Tiến sĩ Lara Dengles. Bà Đặng Thị Hoàng Mai, Chủ tịch HĐQT \
             Tân Phát cho biết."
        ),
        one("Đặng Thị Hoàng Mai", &["Chủ tịch HĐQT Tân Phát", "Tiến sĩ"])
    );
    let found = named(
        "HLV Marco Ruiz (San Pedro Alcala) phàn nàn. HLV đội San Pedro Alcala bị đuổi khỏi sân.",
    );
    assert!(
        found
            .iter()
            .all(|(n, t)| n != "Marco Ruiz" || t == &["HLV"]),
        "{found:?}"
    );
}

/// A district the gazetteer does not hold (merged away), in a digest that names two
/// centrally run cities: the bracket after another mention of it places it, and the title
/// that names it takes that city.
#[test]
fn a_merged_district_placed_by_a_bracket_takes_its_city() {
    let text = "Sáng 7/2, UBND TP Hà Nội họp bàn về giao thông. Chiều cùng ngày, đoàn công tác \
                Thành ủy TP.HCM làm việc với Quận ủy quận 9. Ông Lê Văn Hòa, Chủ tịch UBND quận \
                9, cho biết năm qua tội phạm giảm. Công an quận 9 (TP.HCM) có 300 chiến sĩ.";
    assert_eq!(
        common::code_of(text, "Lê Văn Hòa", "Chủ tịch UBND quận 9"),
        Some("79")
    );
    // no bracket nor comma placing it: the two cities leave it unplaced
    let text = "Sáng 7/2, UBND TP Hà Nội họp bàn về giao thông. Chiều cùng ngày, đoàn công tác \
                Thành ủy TP.HCM làm việc với Quận ủy quận 9. Ông Lê Văn Hòa, Chủ tịch UBND quận \
                9, cho biết năm qua tội phạm giảm.";
    assert_eq!(
        common::code_of(text, "Lê Văn Hòa", "Chủ tịch UBND quận 9"),
        None
    );
}
