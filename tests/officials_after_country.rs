//! Officials: the name said right after the country that closes a title's organisation
//! (issue 12, name recall on unseen articles), with sentences written for these tests.

mod common;
use common::{named, one};

/// A country at the end of a title's organisation closes it, and the capitalised words
/// after it are the holder's name, whole: a country's word that is also a Vietnamese name
/// syllable ("Đức", "Áo") opens no name of its own ("Quân đội Đức Hans Becker" is Hans
/// Becker's post), and after a country of several words a Sino-Vietnamese name keeps its
/// first syllable though no surname of the list opens it ("… Trung Quốc Uông Văn Bân":
/// not "Văn Bân", its middle syllable being a surname too).
#[test]
fn a_name_after_the_country_of_its_post() {
    assert_eq!(
        named("Tư lệnh Hải quân Đức Hans Becker cho biết tàu đã sẵn sàng."),
        one("Hans Becker", &["Tư lệnh Hải quân Đức"])
    );
    assert_eq!(
        named("Tổng Thanh tra Quân đội Áo Peter Gruber cho biết như vậy."),
        one("Peter Gruber", &["Tổng Thanh tra Quân đội Áo"])
    );
    assert_eq!(
        named("Người phát ngôn Bộ Thương mại Trung Quốc Uông Văn Tường đã lên tiếng."),
        one(
            "Uông Văn Tường",
            &["Người phát ngôn Bộ Thương mại Trung Quốc"]
        )
    );
    // as before: a surname after the country, and a unit's place that opens with a country
    assert_eq!(
        named("Người phát ngôn Bộ Thương mại Trung Quốc Cao Phong cho biết."),
        one("Cao Phong", &["Người phát ngôn Bộ Thương mại Trung Quốc"])
    );
    assert_eq!(
        named("Chủ tịch UBND huyện Mỹ Đức Nguyễn Văn Tám cho biết."),
        one("Nguyễn Văn Tám", &["Chủ tịch UBND huyện Mỹ Đức"])
    );
}

/// A country named by its initials ("UAE") closes the title's organisation as a country
/// of several words does: initials are no Vietnamese syllable, so the capitalised words
/// after them are the holder's name. Without a name after it, no official.
#[test]
fn a_name_after_a_country_written_by_its_initials() {
    assert_eq!(
        named("Bộ trưởng Năng lượng UAE Suhail Mazrouei cho biết sản lượng sẽ tăng."),
        one("Suhail Mazrouei", &["Bộ trưởng Năng lượng UAE"])
    );
    assert!(named("Ngoại trưởng UAE cho biết hai nước sẽ đàm phán.").is_empty());
}
