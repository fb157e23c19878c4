//! Officials: words of a title that name no person (issue 12, session 17): ships, story
//! characters, a country's full name, a region of the world (session 21). Sentences
//! written for these tests.

mod common;
use common::named;

/// A ship ("tàu") is named after an officer ("tàu Đô đốc Makarov") or has a name of its
/// own ("thuyền trưởng tàu Hải Âu"): neither is a person; the ship is still a word of a
/// title ("chỉ huy tàu ngầm").
#[test]
fn ships_are_no_people() {
    assert!(named("Tên lửa rơi cách không xa tàu Đô đốc Makarov.").is_empty());
    assert!(named("Thuyền trưởng tàu Hải Âu đã cho tàu quay về cảng.").is_empty());
    assert!(
        named("Đây là cách thuyền trưởng của con tàu Blue Pearl đưa tàu ra khỏi kênh.").is_empty()
    );
    assert_eq!(
        named("Ông Trần Văn Nam, cựu chỉ huy tàu ngầm hạt nhân cho biết."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["cựu chỉ huy tàu ngầm hạt nhân".to_string()]
        )]
    );
}

/// A character of a story ("nhân vật bác sĩ Watson") holds no post.
#[test]
fn story_characters_are_no_officials() {
    assert!(named("Khán giả vẫn nhớ nhân vật bác sĩ Watson trong bộ phim ấy.").is_empty());
}

/// A country's full official name ("Brunei Darussalam") is the country's: its last word
/// is no person's name after a title "của" the country.
#[test]
fn a_country_by_its_full_name() {
    assert!(named("Việt Nam ủng hộ vai trò Chủ tịch ASEAN của Brunei Darussalam.").is_empty());
}

/// A region or country of the world after a title is the place the post is held in, never
/// a person, even where the reading of the title ends before it (the precision audit of
/// session 21: before, "Đông Nam Á" and "Châu Phi" were officials below).
#[test]
fn world_regions_are_no_people() {
    // (the person before the title holds it: session 29, desc29)
    let found = named(
        "Ông Mark Tan, giám đốc kinh doanh Aruba Đông Nam Á, Ấn Độ và Nhật Bản nhận định thị trường sẽ tăng.",
    );
    assert!(
        found.iter().all(|(n, _)| n == "Mark Tan") && found.len() == 1,
        "{found:?}"
    );
    assert_eq!(
        named(
            "Theo Trung tá Anna Berg, người phát ngôn của Hải quân Mỹ Châu Phi, tàu đã rời cảng."
        ),
        vec![("Anna Berg".to_string(), vec!["Trung tá".to_string()])]
    );
    // a person named after a region's post is still read
    assert_eq!(
        named("Giám đốc Aruba Đông Nam Á Trần Văn Nam cho biết như vậy."),
        vec![(
            "Trần Văn Nam".to_string(),
            vec!["Giám đốc Aruba Đông Nam Á".to_string()]
        )]
    );
}
