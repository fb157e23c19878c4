//! Officials: foreign names tied to a title by apposition, initials and the country of the
//! post (issue 12, names of world and sport news), with sentences written for these tests.

mod common;
use common::{named, one};

/// "Anh" is a country (England) and a word of address ("anh", an elder brother). Closing
/// a title, with a comma, a mark or a lowercase word after it, it is the post's country,
/// and a name set after the comma is the title's holder, as after any other country; a
/// word of address stands before a capitalised name instead.
#[test]
fn a_country_that_is_a_word_of_address_closes_a_title() {
    assert_eq!(
        named("Hôm qua, Thủ tướng Anh, Oliver Brandt đã phản đối kế hoạch này."),
        one("Oliver Brandt", &["Thủ tướng Anh"])
    );
    assert_eq!(
        named("Chủ tịch Liên đoàn quần vợt Anh, Oliver Brandt cho biết như vậy."),
        one("Oliver Brandt", &["Chủ tịch Liên đoàn quần vợt Anh"])
    );
    // as before: the name right after the country, and a title with no name
    assert_eq!(
        named("Thủ tướng Anh Oliver Brandt đã phản đối kế hoạch này."),
        one("Oliver Brandt", &["Thủ tướng Anh"])
    );
    assert_eq!(named("Nữ hoàng Anh đã tới thăm trường."), []);
}

/// A name that writes middle initials writes them all: they tell a father from a son of
/// the same names, so a name is another's shortened only with the same initials.
#[test]
fn names_with_other_initials_are_other_people() {
    let found = named(
        "Cựu Thống đốc bang John T. Walker cho biết như vậy. Bà Lane từng làm việc cho \
         Thống đốc John R. T. Walker (Walker cha).",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["John T. Walker", "John R. T. Walker"], "{found:?}");
    // a name shortened with no initial dropped joins the longer one, as before
    assert_eq!(
        named("Ngoại trưởng Rajiv Kumar Sharma tới Hà Nội. Ngoại trưởng Rajiv Sharma cho biết."),
        one("Rajiv Kumar Sharma", &["Ngoại trưởng"])
    );
}

/// A rank right after an organisation's head is a word of the body's own name (a hospital
/// named after a knight, a law office after its founder), no holder's; a full Vietnamese
/// name after a degree still names its holder where the comma after the body is left out,
/// and "bầu" (a club's owner) is said of a person after any word.
#[test]
fn a_rank_inside_an_organisation_s_name() {
    assert_eq!(
        named("Người phát ngôn của bệnh viện Sir Hamish Doyle ở London cho biết như vậy."),
        []
    );
    assert_eq!(
        named("Tòa soạn đã gửi câu hỏi tới Văn phòng Luật sư Kim Tâm và cộng sự."),
        []
    );
    assert_eq!(
        named("Luật sư Trần Minh Khoa (Văn phòng luật sư Hoàng Khoa) cho rằng như vậy."),
        one("Trần Minh Khoa", &["Luật sư"])
    );
    assert_eq!(
        named("Theo lãnh đạo của bệnh viện TS.BS Trần Minh Khoa cho rằng máy đã hỏng."),
        one("Trần Minh Khoa", &["TS.BS"])
    );
}

/// A title's unit abroad that the gazetteer does not know, then the holder's name: three
/// foreign words after a one-word unit ("tỉnh", "bang") are the unit's name and the
/// holder's given name and surname, the title ending with the unit.
#[test]
fn a_name_after_a_province_abroad() {
    assert_eq!(
        named("Thống đốc tỉnh Vologdask Pavel Kuznetsov đã tiếp đoàn công tác."),
        one("Pavel Kuznetsov", &["Thống đốc tỉnh Vologdask"])
    );
    // a city's name abroad may have two words: no split
    assert_eq!(
        named("Thống đốc thành phố Saint Vologdask Kuznetsov đã tiếp đoàn."),
        []
    );
}

/// A well-known foreigner named by the surname alone, set after a title by a comma, the
/// clause going on: the title's holder, as after a role ("HLV Zidane"). Not a Vietnamese
/// given name alone, nor a list going on with "và".
#[test]
fn a_foreign_surname_apposed_to_a_title() {
    assert_eq!(
        named("Trước đó, HLV trưởng của Ajax, Kowalczyk từng khẳng định điều này."),
        one("Kowalczyk", &["HLV trưởng của Ajax"])
    );
    for text in [
        "Trước đó, Giám đốc Sở Y tế, Hùng đã cho biết như vậy.",
        "Chủ tịch các CLB Arsenal, Chelsea và Liverpool đã họp.",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}

/// "Người đồng cấp", the counterpart, is the post of the one named after it with a country
/// ("… và người đồng cấp Mexico X", the post the other holds, in another country); it
/// chains with no title after a comma (the one met, "với người đồng cấp Mexico, Tổng
/// thống X …": X is the other). A surname alone joins the one person whose longer names
/// end alike ("Tayyip Erdogan", "Recep Tayyip Erdogan").
#[test]
fn a_counterpart_and_names_shortened_in_front() {
    let found =
        named("Tổng thống Mỹ Tom Baker và người đồng cấp Mexico Luis Ortega Vidal đã gặp nhau.");
    assert!(
        found.contains(&(
            "Luis Ortega Vidal".to_string(),
            vec!["người đồng cấp Mexico".to_string()]
        )),
        "{found:?}"
    );
    let found = named(
        "Trước cuộc gặp với người đồng cấp Mexico, Tổng thống Baker nói rằng bức tường sẽ được xây.",
    );
    assert!(
        found
            .iter()
            .all(|(_, t)| !t.contains(&"người đồng cấp Mexico".to_string())),
        "{found:?}"
    );
    let found = named(
        "Tổng thống Séc Jan Pavel Novak đã tới. Ông điện đàm với người đồng cấp Séc Pavel \
         Novak hôm qua. Tổng thống Novak cho biết như vậy.",
    );
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(!names.contains(&"Novak"), "{found:?}");
}

/// A name set after a title by a comma, then a bracket: the clause goes on past the
/// bracket (a lowercase word, the sentence's end, a comma before a lowercase word that
/// opens no title), so the name is the title's holder; a comma before a title or an
/// addressed name after the bracket goes on a list of people instead.
#[test]
fn an_apposed_name_before_a_bracket_holds_the_title() {
    assert_eq!(
        named(
            "Hôm qua, Chủ tịch Liên đoàn quần vợt Anh, Oliver Brandt (người sáng lập giải) vẫn giữ ý kiến."
        ),
        vec![(
            "Oliver Brandt".to_string(),
            vec![
                "Chủ tịch Liên đoàn quần vợt Anh".to_string(),
                "người sáng lập giải".to_string()
            ]
        )]
    );
    assert_eq!(
        named("Chủ tịch Liên đoàn quần vợt Anh, Oliver Brandt (ảnh)."),
        one("Oliver Brandt", &["Chủ tịch Liên đoàn quần vợt Anh"])
    );
    // a list: the bracket is one person's, the title another's
    let found = named(
        "Đơn vị bầu cử số 4 còn có ông Lê Văn An - giáo viên, trưởng ban trị sự Hội Phật \
         giáo tỉnh, bà Trần Thị Bình (thường trực Ủy ban Kinh tế), ông Phạm Văn Cường (kỹ sư).",
    );
    assert!(
        !found
            .iter()
            .any(|(n, t)| n == "Trần Thị Bình" && t.iter().any(|x| x.starts_with("trưởng ban"))),
        "{found:?}"
    );
    let found = named(
        "Cơ quan điều tra bắt tạm giam Lê Văn An (39 tuổi), Chi cục phó Chi cục Quản lý thị \
         trường tỉnh Sóc Trăng, Trần Văn Bình (34 tuổi), kiểm soát viên Đội Quản lý thị trường \
         số 7, thuộc Chi cục.",
    );
    assert!(
        !found
            .iter()
            .any(|(n, t)| n == "Trần Văn Bình" && t.iter().any(|x| x.starts_with("Chi cục phó"))),
        "{found:?}"
    );
}

/// "Chi cục phó" is the deputy head of a sub-department ("Phó Chi cục trưởng"), written
/// like "Cục phó" and "Vụ phó": a title before its organisation, after a bare name too.
#[test]
fn the_deputy_head_of_a_sub_department_is_a_title() {
    assert_eq!(
        named(
            "Cơ quan điều tra bắt tạm giam Lê Hoài Phương (39 tuổi), Chi cục phó Chi cục \
             Kiểm lâm tỉnh Kon Tum."
        ),
        one(
            "Lê Hoài Phương",
            &["Chi cục phó Chi cục Kiểm lâm tỉnh Kon Tum"]
        )
    );
    assert_eq!(
        named("Lê Hoài Phương, Chi cục phó Chi cục Thủy lợi tỉnh Kon Tum, cho biết."),
        one(
            "Lê Hoài Phương",
            &["Chi cục phó Chi cục Thủy lợi tỉnh Kon Tum"]
        )
    );
    // the words of an organisation's name are no title ("chi cục" lowercase, no "phó")
    assert!(named("Lê Hoài Phương, nhân viên chi cục, cho biết.").is_empty());
}
