//! Officials: how far a title runs (issue 12, session 26): where an organisation's or a
//! place's name ends inside a title. Sentences written for these tests.

mod common;
use common::{named, one};

/// After the place a title ends with, a comma and the province or centrally-run city that
/// holds it are the title's when they close the apposition (a comma, a verb, or the dash
/// that set the apposition off): a street said after "tại", "ở", "đường" or "phố", or a
/// unit that the gazetteer puts inside that province. A unit outside it is no part of it,
/// nor is a district said after a commune: the title ends before the comma.
#[test]
fn the_province_a_place_lies_in_closes_the_title() {
    assert_eq!(
        named(
            "Ông Đỗ Minh Quang - chủ tiệm bánh tại Trần Hưng Đạo, Hải Phòng - cho hay giá bột tăng."
        ),
        one(
            "Đỗ Minh Quang",
            &["chủ tiệm bánh tại Trần Hưng Đạo, Hải Phòng"]
        )
    );
    assert_eq!(
        named("Bà Lý Thu Trang, chủ quán cà phê ở phố Hàng Bông, Hà Nội cho biết khách đông."),
        one("Lý Thu Trang", &["chủ quán cà phê ở phố Hàng Bông, Hà Nội"])
    );
    assert_eq!(
        named("Ông Đỗ Minh Quang, chủ cửa hàng vật liệu tại Vinh, Nghệ An cho biết giá thép tăng."),
        one(
            "Đỗ Minh Quang",
            &["chủ cửa hàng vật liệu tại Vinh, Nghệ An"]
        )
    );
    // (a dash closing the apposition closes the units above the title's place too)
    assert_eq!(
        named(
            "Bà Lý Thu Trang - Giám đốc Trung tâm Y tế huyện Mường La, tỉnh Sơn La - cho biết \
             bệnh nhân đã xuất viện."
        ),
        one(
            "Lý Thu Trang",
            &["Giám đốc Trung tâm Y tế huyện Mường La, tỉnh Sơn La"]
        )
    );
    // a city of another province: no part of the title
    assert_eq!(
        named("Ông Đỗ Minh Quang, chủ cửa hàng vật liệu tại Vinh, Hà Tĩnh cho biết giá thép tăng."),
        one("Đỗ Minh Quang", &["chủ cửa hàng vật liệu tại Vinh"])
    );
    // a district said bare after a commune is the commune's address, not the body's name
    // (the district named before with its unit word, so that its bare name is a place)
    assert_eq!(
        named(
            "Bà Lý Thu Trang (Đảng viên, Phó Giám đốc Bệnh viện đa khoa huyện Gia Viễn) và \
             ông Hồ Văn Nam (Đảng viên, Trưởng trạm Y tế xã Gia Lập, Gia Viễn) bị kỷ luật."
        )
        .into_iter()
        .find(|(name, _)| name == "Hồ Văn Nam"),
        one("Hồ Văn Nam", &["Trưởng trạm Y tế xã Gia Lập"]).pop()
    );
}

/// A body's fields written in lowercase and joined by "và", then its own capitalised name
/// (a brand that spells no Vietnamese syllable, or several words with no personal name),
/// then the clause's verb: the whole is the body's name. A person after "và" is not.
#[test]
fn a_bodys_own_name_after_its_lowercase_fields() {
    assert_eq!(
        named("Ông Hồ Quang Minh, Viện trưởng Viện nghiên cứu và ứng dụng Greenova nói."),
        one(
            "Hồ Quang Minh",
            &["Viện trưởng Viện nghiên cứu và ứng dụng Greenova"]
        )
    );
    assert_eq!(
        named("Ông Hồ Quang Minh, Giám đốc Sở Y tế và con gái Mai đã tới."),
        one("Hồ Quang Minh", &["Giám đốc Sở Y tế"])
    );
}

/// "Doanh nghiệp nhỏ và vừa" (small and medium enterprises) is one field of a body's name:
/// its "và" joins two sizes, and the country or province after it is the body's.
#[test]
fn small_and_medium_enterprises_is_one_field() {
    assert_eq!(
        named(
            "Bà Vũ Thị Hạnh - Phó Chủ tịch Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam nêu ý kiến."
        ),
        one(
            "Vũ Thị Hạnh",
            &["Phó Chủ tịch Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam"]
        )
    );
    assert_eq!(
        named(
            "Bà Vũ Thị Hạnh - Phó Chủ tịch Hiệp hội doanh nghiệp nhỏ và vừa tỉnh Bắc Ninh nêu \
             ý kiến."
        ),
        one(
            "Vũ Thị Hạnh",
            &["Phó Chủ tịch Hiệp hội doanh nghiệp nhỏ và vừa tỉnh Bắc Ninh"]
        )
    );
}

/// A word of address inside an event's or body's name before a country that closes the
/// clause ("Hoa hậu quý bà Thái Lan", a pageant of married women) is the name's: a word of
/// address stands before a person's name, never before a country alone. Before a country of
/// one syllable, also a given name ("bà Mỹ"), it is a person's.
#[test]
fn a_word_of_address_inside_an_events_name() {
    assert_eq!(
        named(
            "Kamala Perera, giám đốc quốc gia của cuộc thi Hoa hậu quý bà Thái Lan nói với \
             phóng viên rằng họ rất tiếc."
        ),
        one(
            "Kamala Perera",
            &["giám đốc quốc gia của cuộc thi Hoa hậu quý bà Thái Lan"]
        )
    );
    assert_eq!(
        named("Ông Hồ Quang Minh, Giám đốc Sở Y tế và bà Mỹ cho biết."),
        one("Hồ Quang Minh", &["Giám đốc Sở Y tế"])
    );
}

/// A foreign organisation's last word ("International") said after the bracket of its short
/// name, closing the clause, ends the body's name: the title's.
#[test]
fn a_foreign_bodys_last_word_after_its_short_name() {
    assert_eq!(
        named(
            "Peter Lang, chủ tịch của Global Ocean Cleanup Alliance (GOCA) International nói \
             rằng rác thải tăng."
        ),
        one(
            "Peter Lang",
            &["chủ tịch của Global Ocean Cleanup Alliance (GOCA) International"]
        )
    );
}
