//! Officials: the shapes a name takes beyond a run of capitalised words (issue 12, name
//! recall and precision on unseen articles), each a rule of how names are written in
//! Vietnamese news, with sentences written for these tests.

mod common;
use common::{named, one};

/// A regnal number after a ruler's foreign name is part of the name ("Nữ hoàng Elizabeth
/// II", "vua Louis XIV"): it tells one ruler from another of the same name, and the name
/// said later without it is the same ruler. A Roman numeral after a Vietnamese name, or
/// after a lowercase word ("khóa XIV", a term of the National Assembly), is none.
#[test]
fn a_regnal_number_is_part_of_a_rulers_name() {
    assert_eq!(
        named("Vua Gustav XVI đã tới thăm Hà Nội."),
        one("Gustav XVI", &["Vua"])
    );
    assert_eq!(
        named("Nữ hoàng Margrethe II phát biểu. Sau đó Nữ hoàng Margrethe rời đi."),
        one("Margrethe II", &["Nữ hoàng"])
    );
    assert_eq!(
        named("Đại biểu Quốc hội khóa XIV Lê Văn Bình phát biểu."),
        one("Lê Văn Bình", &["Đại biểu Quốc hội khóa XIV"])
    );
    let got = named("Ông Trần Văn Hải XIV cho biết.");
    assert!(got.iter().all(|(n, _)| !n.ends_with("XIV")), "{got:?}");
}

/// A foreign person named by the surname alone ("HLV Reinholt") is the one full name
/// ending in it that the text gives: said before, after a comma or a space, or after
/// initials ("S. Mehta", then "Bác sĩ Mehta"); or said after, as the subject opening a
/// sentence of its own, with a given name that is no Vietnamese syllable ("Markus Reinholt
/// lên thay …"), the way the press introduces someone it named short first. A name after a
/// word of address later in the text may be another's ("bà Jill Hallam", the president's
/// wife): the surname stays as said.
#[test]
fn a_surname_said_alone_takes_the_full_name_of_the_text() {
    assert_eq!(
        named("Đoàn quân của HLV Reinholt thắng đậm. Markus Reinholt lên thay ông Kowalski."),
        one("Markus Reinholt", &["HLV"])
    );
    assert_eq!(
        named(
            "Tại bệnh viện ở New Delhi, S. Mehta cho biết ông kiệt sức. Bác sĩ Mehta làm việc 18 giờ."
        ),
        one("S. Mehta", &["Bác sĩ"])
    );
    assert_eq!(
        named("Tổng thống Hallam nói vậy. Bà Jill Hallam sau đó phụ giúp chồng."),
        one("Hallam", &["Tổng thống"])
    );
    // a Vietnamese word opening the sentence is no given name
    assert_eq!(
        named("Đoàn quân của HLV Reinholt thắng đậm. Sau Reinholt là ông Kowalski."),
        one("Reinholt", &["HLV"])
    );
}

/// One person's name spelt two ways in one text is one person, named as the text names
/// them more often (or first): a foreign word of five letters or more one letter away
/// ("Castelano", "Castellano"), a tone or vowel mistyped so that the word is no Vietnamese
/// syllable ("Đưc"), "y" for "i" ("Sỹ", "Sĩ"), or the next word glued to the name
/// ("HLV Hendriksthi đấu" for "Hendriks" + "thi đấu"). Two Vietnamese names a letter apart
/// are two people ("Hưng", "Hùng").
#[test]
fn one_name_spelt_two_ways_is_one_person() {
    assert_eq!(
        named(
            "Đô đốc Peter Castellano cho biết hải quân sẵn sàng. Theo Đô đốc Peter Castelano, tàu đã rời cảng."
        ),
        one("Peter Castellano", &["Đô đốc"])
    );
    assert_eq!(
        named("Đoàn quân của HLV Hendriksthi đấu tốt. HLV Hendriks hài lòng. HLV Hendriks nói."),
        one("Hendriks", &["HLV"])
    );
    assert_eq!(
        named("Phó Chủ tịch Trần Sỹ Thanh dự họp. Phó Chủ tịch Trần Sĩ Thanh phát biểu."),
        one("Trần Sỹ Thanh", &["Phó Chủ tịch"])
    );
    assert_eq!(
        named("Phó Thủ tướng Lê Văn Hưng dự họp. Phó Thủ tướng Lê Văn Hùng cũng phát biểu.").len(),
        2
    );
}

/// Of a name mistyped once, the spelling the text writes more often is the name, its
/// mentions tied to no title counted too: the first spelling, tied to as many titles, is
/// the typo ("Castelano" first, "Castellano" twice, once with no title).
#[test]
fn a_mistyped_name_is_written_as_the_text_spells_it_more_often() {
    assert_eq!(
        named(
            "Đô đốc Peter Castelano cho biết hải quân sẵn sàng. Theo Đô đốc Peter Castellano, tàu \
             đã rời cảng. Peter Castellano nói thêm."
        ),
        one("Peter Castellano", &["Đô đốc"])
    );
    // the same count: the one tied to more titles, then the first
    assert_eq!(
        named(
            "Đô đốc Peter Castelano cho biết hải quân sẵn sàng. Theo Đô đốc Peter Castellano, tàu \
             đã rời cảng."
        ),
        one("Peter Castelano", &["Đô đốc"])
    );
    // a spelling one letter shorter is counted whole, not inside the longer one's mentions
    assert_eq!(
        named(
            "Đô đốc Peter Castellanos cho biết hải quân sẵn sàng. Theo Đô đốc Peter Castellano, \
             tàu đã rời cảng."
        ),
        one("Peter Castellanos", &["Đô đốc"])
    );
}

/// A nickname in quotes between a foreign given name and the surname is part of the name,
/// written as spelt ("Christopher “Bong” Go"), and the press may name the person by the
/// nickname and the surname after ("HLV Mano Polking" is "HLV Alexandre “Mano” Polking").
/// A quote closed before a lowercase word is no nickname of a name.
#[test]
fn a_nickname_in_quotes_inside_a_name() {
    assert_eq!(
        named("Trợ lý đặc biệt của Tổng thống, ông Christopher “Bing” Tan đã phủ nhận."),
        one(
            "Christopher “Bing” Tan",
            &["Trợ lý đặc biệt của Tổng thống"]
        )
    );
    assert_eq!(
        named("HLV Alexandre \"Mano\" Polking của CLB Nam Sơn bất ngờ. HLV Mano Polking buồn bã."),
        one("Alexandre \"Mano\" Polking", &["HLV"])
    );
    let got = named("HLV Patrick “Lucky” đã thắng đậm.");
    assert!(got.iter().all(|(n, _)| !n.contains('“')), "{got:?}");
}

/// A foreign name with a middle initial that a post follows after a comma is read whole,
/// past the initial's period ("Faridah P. Ali, trợ lý …"), as after a word of address;
/// the period before a Vietnamese name ends the initials' run ("… P. Trần Văn An, …" names
/// Trần Văn An).
#[test]
fn a_middle_initial_before_an_apposed_post() {
    assert_eq!(
        named("Reuters dẫn lời Marisol K. Ortega, Giám đốc Bệnh viện Sunrise, cho biết."),
        one("Marisol K. Ortega", &["Giám đốc Bệnh viện Sunrise"])
    );
    assert_eq!(
        named("Theo Marisol K. Trần Văn An, Giám đốc Sở Y tế, dịch đang giảm."),
        one("Trần Văn An", &["Giám đốc Sở Y tế"])
    );
}

/// A heading or a caption with no final mark runs into a text that opens with the same
/// name ("… tỷ phú Trung Quốc Jack Ma Jack Ma, người sáng lập …"): the run of capitalised
/// words is that name said twice, read as two mentions of it, never as one name of both.
#[test]
fn a_name_said_twice_in_a_row_is_one_name() {
    assert_eq!(
        named(
            "Nhìn giống tỷ phú Trung Quốc Wang Tao Wang Tao, người sáng lập Tập đoàn Sunrise, là tỷ phú."
        ),
        one("Wang Tao", &["người sáng lập Tập đoàn Sunrise"])
    );
    assert_eq!(
        named("Bác nên bàn bạc kỹ với gia đình. TS. Lê Quang Hòa Lê Quang Hòa"),
        one("Lê Quang Hòa", &["TS."])
    );
}
