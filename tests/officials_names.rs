//! Officials: where the person is found (issue 12, name recall on unseen articles), each a
//! rule of the grammar of names, with sentences written for these tests.

mod common;
use common::named;

fn one(name: &str, titles: &[&str]) -> Vec<(String, Vec<String>)> {
    vec![(
        name.to_string(),
        titles.iter().map(|t| (*t).to_string()).collect(),
    )]
}

/// A name's last syllable glued to the verb or link word after it by a missing space
/// ("Nguyễn Tấn Bỉnhcho biết"): a capitalised word that is no Vietnamese syllable but one
/// syllable and a stop or link word is two words, and the name ends with the syllable. A
/// foreign word spelled like a syllable and a stop word, with no Vietnamese mark on it or on
/// the syllable before it ("Lando", "Jadon Sancho biết"), is left whole.
#[test]
fn names_glued_to_the_verb_after_them() {
    for (glued, name, title) in [
        (
            "Giám đốc Sở Y tế tỉnh Đồng Nai Phan Huy Bỉnhcho biết đã có 7 ca mắc.",
            "Phan Huy Bỉnh",
            "Giám đốc Sở Y tế tỉnh Đồng Nai",
        ),
        (
            "Chủ tịch UBND huyện Trần Văn Thuầnđã ký quyết định.",
            "Trần Văn Thuần",
            "Chủ tịch UBND huyện",
        ),
        (
            "Bộ trưởng Bộ Công Thương Lê Minh Longnhấn mạnh yêu cầu này.",
            "Lê Minh Long",
            "Bộ trưởng Bộ Công Thương",
        ),
        (
            "Ông Đỗ Quang Hiếu, Phó Giám đốc Công an tỉnh, cũng cho biết thêm. Ông Hiếunói rằng.",
            "Đỗ Quang Hiếu",
            "Phó Giám đốc Công an tỉnh",
        ),
    ] {
        assert_eq!(named(glued), one(name, &[title]), "{glued}");
    }
    // the same sentence with the space gives the same official
    assert_eq!(
        named("Chủ tịch UBND huyện Trần Văn Thuần đã ký quyết định."),
        one("Trần Văn Thuần", &["Chủ tịch UBND huyện"])
    );
    // foreign words spelled like a syllable and a stop word are not split
    assert_eq!(
        named("Giám đốc Jadon Sancho biết điều đó."),
        one("Jadon Sancho", &["Giám đốc"])
    );
    assert_eq!(named("HLV Lando cho biết."), one("Lando", &["HLV"]));
    // a Vietnamese syllable alone is never split, though it ends like a stop word
    // ("Thuận" is no "Thu" and "ận")
    assert_eq!(
        named("Chủ tịch UBND tỉnh Nguyễn Văn Thuận chủ trì."),
        one("Nguyễn Văn Thuận", &["Chủ tịch UBND tỉnh"])
    );
}

/// A rank takes no organisation, and the capitalised syllables right after it are its
/// holder's name though no surname of the list opens it: a Buddhist cleric's dharma name
/// ("Thiền sư Chân Dung Tông Diễn", "Đại đức Minh Tuệ"), a stage name, a rare surname.
/// Not after "các" (several people), not where the rank is the field of an organisation
/// ("Văn phòng luật sư …"), and not where the capitalised words go on in lowercase as a
/// department's name does ("bác sĩ Khoa Tim mạch").
#[test]
fn names_after_a_rank_with_no_surname() {
    assert_eq!(
        named("Thiền sư Chân Dung Tông Diễn, Tổ thứ hai của thiền phái Tào Động, đã dâng lên vua."),
        one("Chân Dung Tông Diễn", &["Thiền sư"])
    );
    assert_eq!(
        named("Sau buổi lễ, Đại đức Minh Tuệ nói với các phật tử."),
        one("Minh Tuệ", &["Đại đức"])
    );
    assert_eq!(
        named("Hòa thượng Tịnh Không đã viên tịch."),
        one("Tịnh Không", &["Hòa thượng"])
    );
    assert_eq!(
        named("Theo BSCKII Dư Văn Thành, bệnh nhân đã ổn định."),
        one("Dư Văn Thành", &["BSCKII"])
    );
    // "Thích" opens a dharma name as a surname does (as before)
    assert_eq!(
        named("Thượng tọa Thích Thanh Tuấn phát biểu."),
        one("Thích Thanh Tuấn", &["Thượng tọa"])
    );
    // several people, an organisation's field, a department: no name
    assert!(named("Các bác sĩ Minh Tâm đã phẫu thuật.").is_empty());
    assert!(named("Văn phòng luật sư Tín Nghĩa cho biết.").is_empty());
    assert!(named("Các em được bác sĩ Khoa Tim mạch thăm khám.").is_empty());
    // nor a word of the lists ("Kỹ sư Xây dựng": a field)
    assert!(named("Ông là Kỹ sư Xây dựng Dân dụng.").is_empty());
}

/// Less common Vietnamese surnames open a name as the common ones do, after a title and
/// after the unit word of its organisation ("UBND tỉnh Đầu Thanh Tùng"), where no unit of
/// the gazetteer begins with them.
#[test]
fn less_common_surnames() {
    for (text, name, title) in [
        (
            "Phó Chủ tịch UBND tỉnh Đầu Thanh Tùng cho biết.",
            "Đầu Thanh Tùng",
            "Phó Chủ tịch UBND tỉnh",
        ),
        (
            "Phó Giám đốc Công an tỉnh Lèo Văn Thành cho biết.",
            "Lèo Văn Thành",
            "Phó Giám đốc Công an tỉnh",
        ),
        (
            "Chủ tịch UBND huyện Điêu Chính Tời cho biết.",
            "Điêu Chính Tời",
            "Chủ tịch UBND huyện",
        ),
        (
            "Chủ tịch UBND xã Đàng Năng Thọ phát biểu.",
            "Đàng Năng Thọ",
            "Chủ tịch UBND xã",
        ),
        (
            "Viện trưởng Viện Nghiên cứu Giáo dục Giản Tư Trung cho biết.",
            "Giản Tư Trung",
            "Viện trưởng Viện Nghiên cứu Giáo dục",
        ),
        (
            "Giám đốc Sở Y tế Khiếu Văn Bình cho biết.",
            "Khiếu Văn Bình",
            "Giám đốc Sở Y tế",
        ),
        (
            "Giám đốc Sở Y tế Du Văn Hùng cho biết.",
            "Du Văn Hùng",
            "Giám đốc Sở Y tế",
        ),
    ] {
        assert_eq!(named(text), one(name, &[title]), "{text}");
    }
    // "Du" (游) a surname, the word "du" of "du lịch" no name
    assert_eq!(
        named("Thiếu tướng Du Văn Hùng - Phó Tư lệnh Quân khu 9 phát biểu."),
        one("Du Văn Hùng", &["Thiếu tướng", "Phó Tư lệnh Quân khu 9"])
    );
    assert_eq!(
        named("Giám đốc Sở Văn hóa, Thể thao và Du lịch Lê Văn An cho biết."),
        one("Lê Văn An", &["Giám đốc Sở Văn hóa, Thể thao và Du lịch"])
    );
}

/// A transliterated (Lao) name is written in hyphenated parts; after an organisation, two
/// capitalised syllables with no hyphen before it are its place, which the title takes, and
/// the name starts at the first hyphenated word. A name of one hyphenated part after its
/// surname stays whole ("Moon Jae-in"), and so does a name that is hyphenated throughout.
#[test]
fn hyphenated_names_after_a_place() {
    for (text, name, title) in [
        (
            "Bí thư Tỉnh ủy Hủa Phăn Khăm-phăn Phôm-ma-thắt đã tiếp đoàn.",
            "Khăm-phăn Phôm-ma-thắt",
            "Bí thư Tỉnh ủy Hủa Phăn",
        ),
        (
            "Chủ tịch UBND Noọng Khai Xổm-xạ-nít Bun-ma đã phát biểu.",
            "Xổm-xạ-nít Bun-ma",
            "Chủ tịch UBND Noọng Khai",
        ),
        (
            "Tổng thống Hàn Quốc Moon Jae-in đã tới Hà Nội.",
            "Moon Jae-in",
            "Tổng thống Hàn Quốc",
        ),
        (
            "Bí thư Tỉnh ủy Khăm-phăn Phôm-ma-thắt đã tiếp đoàn.",
            "Khăm-phăn Phôm-ma-thắt",
            "Bí thư Tỉnh ủy",
        ),
    ] {
        assert_eq!(named(text), one(name, &[title]), "{text}");
    }
}

/// "H.E" (His or Her Excellency) is a word of address before a head of state's or an
/// envoy's name, as "ngài" is: not a word of the name.
#[test]
fn his_excellency_is_no_part_of_the_name() {
    assert_eq!(
        named("Chuyến thăm của ngài H.E Milos Zeman, Tổng thống Cộng hòa Czech, diễn ra hôm qua."),
        one("Milos Zeman", &["Tổng thống Cộng hòa Czech"])
    );
    assert_eq!(
        named("Ngài H.E Pranay Verma, Đại sứ Ấn Độ tại Việt Nam, cho biết."),
        one("Pranay Verma", &["Đại sứ Ấn Độ tại Việt Nam"])
    );
    assert_eq!(
        named("Chủ tịch nước tiếp ông H.E. Milos Zeman, Tổng thống Séc, tại Hà Nội."),
        one("Milos Zeman", &["Tổng thống Séc"])
    );
}

/// A place read after its unit word never ends inside a hyphenated word: a capitalised
/// part a hyphen joins to a lowercase one ("Bun-tôn") is half of a transliterated word, so
/// "tỉnh Xiêng Khoảng Bun-tôn Chăn-thạ-phon" is the place "Xiêng Khoảng" and the name after
/// it (was the place "Xiêng Khoảng Bun" and no official). A hyphen between two capitalised
/// parts still joins a name ("Bà Rịa-Vũng Tàu").
#[test]
fn a_place_never_ends_inside_a_hyphenated_word() {
    let text = "Bí thư Tỉnh ủy tỉnh Xiêng Khoảng Bun-tôn Chăn-thạ-phon đã tiếp đoàn.";
    assert_eq!(
        named(text),
        one(
            "Bun-tôn Chăn-thạ-phon",
            &["Bí thư Tỉnh ủy tỉnh Xiêng Khoảng"]
        )
    );
    let places = |text: &str| -> Vec<String> {
        vinews::Article::parse(text)
            .places
            .iter()
            .map(|p| p.name.clone())
            .collect()
    };
    assert!(
        places(text).iter().all(|p| !p.contains("Bun")),
        "{:?}",
        places(text)
    );
    let text = "Ông A làm việc tại tỉnh Bà Rịa-Vũng Tàu.";
    assert!(
        places(text).iter().any(|p| p.contains("Vũng Tàu")),
        "{:?}",
        places(text)
    );
}

/// An organisation or place said between a title and a foreign name ("CEO Apple Tim Cook",
/// "Thống đốc bang Alaska Sarah Palin") is the title's when the text names it again on its
/// own ("của Apple", "tại Alaska"); a person's surname said again after a title or a word of
/// address ("HLV Park", "ông Park"), or before another given name, stays the name's.
#[test]
fn an_organisation_between_a_title_and_a_foreign_name() {
    let one = |name: &str, title: &str| vec![(name.to_string(), vec![title.to_string()])];
    assert_eq!(
        named("CEO Apple Tim Cook đã đến Hà Nội. Đây là chuyến thăm đầu tiên của Apple."),
        one("Tim Cook", "CEO Apple")
    );
    assert_eq!(
        named(
            "Cựu thống đốc bang Alaska Sarah Palin phát biểu. Hàng nghìn người ở Alaska đã nghe."
        ),
        one("Sarah Palin", "Cựu thống đốc bang Alaska")
    );
    assert_eq!(
        named("Chủ tịch Samsung Lee Kun-hee qua đời. Cổ phần của Samsung, theo tin mới, sẽ chia."),
        one("Lee Kun-hee", "Chủ tịch Samsung")
    );
    // a surname said again of the same person, or of another, is no organisation
    assert_eq!(
        named("HLV Park Hang Seo đã chốt danh sách. Học trò của HLV Park thắng. Ông Park vui."),
        one("Park Hang Seo", "HLV")
    );
    let got =
        named("HLV Park Hang Seo gặp HLV Park Choong Kyun. Cả hai đều là người của Park Corp.");
    assert_eq!(got[0].0, "Park Hang Seo");
}

/// "Nhà lãnh đạo" is the post of a state's or party's head said with the country alone, as
/// "Tổng thống" is ("nhà lãnh đạo Triều Tiên Kim Jong-un"); and a word with a digit is no
/// part of a foreign name ("HLV U23" is a team's coach, no one named).
#[test]
fn a_leader_of_a_country_and_no_digits_in_names() {
    assert_eq!(
        named("Ông Moon muốn gặp nhà lãnh đạo Triều Tiên Kim Jong-un tại biên giới."),
        one("Kim Jong-un", &["nhà lãnh đạo Triều Tiên"])
    );
    assert!(named("Nhà lãnh đạo Nga đã phát biểu trước quốc hội.").is_empty());
    assert!(named("Sau trận thua, HLV U23 đã họp cả đội.").is_empty());
}

/// A foreign name with lowercase particles ("van der", "von der", "de") that opens a clause
/// and that a title follows after a comma is a name, particles and all; after a lowercase
/// word a Vietnamese "do" is no particle ("của Cty do Vân làm giám đốc").
#[test]
fn foreign_names_with_particles_before_their_title() {
    assert_eq!(
        named("Edwin van der Sar, Giám đốc điều hành của Ajax, cho biết đội sẽ giữ cầu thủ."),
        one("Edwin van der Sar", &["Giám đốc điều hành của Ajax"])
    );
    assert_eq!(
        named("Theo Ursula von der Leyen, Chủ tịch Ủy ban châu Âu, khối sẽ hỗ trợ."),
        one("Ursula von der Leyen", &["Chủ tịch Ủy ban châu Âu"])
    );
    assert!(named("Họ mua hóa đơn của Cty do Vân làm giám đốc.").is_empty());
}

/// A name never starts with a place: a country or a place of another country
/// (`world_places.txt`) that opens a capitalised run is the title's jurisdiction or a word
/// of the clause, and the foreign name after it is read on its own, before a comma and its
/// title as after a title ("Thống đốc California Gavin Newsom"); a club named after its
/// city ("Real Madrid") is no person.
#[test]
fn names_never_start_with_a_foreign_place() {
    let text = "Nhiều người kêu gọi điều tra bang Texas Peter Hallman, thành viên Ủy ban Ngân sách \
                Thượng viện, vì phát ngôn sai sự thật.";
    assert_eq!(
        named(text),
        one(
            "Peter Hallman",
            &["thành viên Ủy ban Ngân sách Thượng viện"]
        )
    );
    let text = "Thống đốc California Mark Dolan đã ký lệnh mới vào sáng nay.";
    assert_eq!(named(text), one("Mark Dolan", &["Thống đốc California"]));
    let text = "Chủ tịch Real Madrid tuyên bố đội bóng sẽ không rời giải đấu.";
    assert_eq!(named(text), Vec::new());
}

/// A word of a foreign company's form ("Airways", "Electronics", `foreign_org_words.txt`)
/// ends an organisation's name: the capitalised words up to it are the organisation's, not
/// a person's, and a name after it is the title holder's.
#[test]
fn company_words_end_an_organisation_not_a_name() {
    let text = "CEO Nordic Airways Peter Lund cho biết hãng sẽ mở thêm đường bay.";
    assert_eq!(named(text), one("Peter Lund", &["CEO Nordic Airways"]));
    let text = "Chủ tịch Sunrise Electronics tuyên bố sẽ mở nhà máy mới.";
    assert_eq!(named(text), Vec::new());
}

/// A foreign name whose words each have the shape of a Vietnamese syllable but are none
/// by the syllable model ("Aung": an off-glide takes no coda; "Kyi": no such vowel cluster;
/// "Suu" without its "ư") is a foreign name after a title or a word of address, as "Joe
/// Biden" is; a Vietnamese name of true syllables is read as before.
#[test]
fn foreign_names_of_syllable_shaped_words() {
    assert_eq!(
        named("Chủ tịch Aung San Kyi đã đến thăm trường học mới."),
        one("Aung San Kyi", &["Chủ tịch"])
    );
    assert_eq!(
        named("Bộ trưởng Thein Aung cho biết hai nước sẽ hợp tác."),
        one("Thein Aung", &["Bộ trưởng"])
    );
    assert_eq!(
        named("Chủ tịch Lê Văn Tuấn đã đến thăm trường học mới."),
        one("Lê Văn Tuấn", &["Chủ tịch"])
    );
}

/// A heading or a caption with no final period runs into the sentence after it, which a
/// reporting verb of two words opens ("… Nguyễn Văn Bình Giải thích về …"): the verb is no
/// syllable of the full name before it; a name's own syllable stays ("Nguyễn Thị Chia",
/// "Lê Văn Thừa nhận xét").
#[test]
fn a_reporting_verb_after_a_name_opens_a_sentence() {
    assert_eq!(
        named("Chủ tịch UBND huyện Lê Văn Bình Giải thích về việc chậm tiến độ, ông cho biết."),
        one("Lê Văn Bình", &["Chủ tịch UBND huyện"])
    );
    assert_eq!(
        named("Giám đốc Sở Y tế Trần Thị Mai Nhấn mạnh rằng bệnh viện đủ thuốc."),
        one("Trần Thị Mai", &["Giám đốc Sở Y tế"])
    );
    assert_eq!(
        named("Bà Nguyễn Thị Chia, Chủ tịch Hội Phụ nữ xã, cho biết."),
        one("Nguyễn Thị Chia", &["Chủ tịch Hội Phụ nữ xã"])
    );
    // after two words the verb's first word may be the given name ("Thừa" of "thừa nhận")
    assert_eq!(
        named("Thứ trưởng Lê Văn Thừa nhận xét rằng ngành điện đã cố gắng."),
        one("Lê Văn Thừa", &["Thứ trưởng"])
    );
}

/// A state said by its official name ("CHND Trung Hoa", "Cộng hòa Nhân dân Trung Hoa")
/// between a title and a name is the title's country, as "Trung Quốc" is: the name after
/// it is the person's, no word of the country's in it, whether a surname of the list opens
/// it or not.
#[test]
fn a_state_by_its_official_name_before_a_name() {
    assert_eq!(
        named("Chủ tịch nước CHND Trung Hoa Lý Minh Hạo đã đến thăm Hà Nội."),
        one("Lý Minh Hạo", &["Chủ tịch nước CHND Trung Hoa"])
    );
    // (a name no surname of the list opens, as after "Trung Quốc")
    assert_eq!(
        named("Theo lời mời của Chủ tịch nước CHND Trung Hoa Tập Vĩnh An, đoàn sẽ sang."),
        one("Tập Vĩnh An", &["Chủ tịch nước CHND Trung Hoa"])
    );
    assert_eq!(
        named("Bộ trưởng Quốc phòng nước Cộng hòa Nhân dân Trung Hoa Vương Đức Hải phát biểu."),
        one(
            "Vương Đức Hải",
            &["Bộ trưởng Quốc phòng nước Cộng hòa Nhân dân Trung Hoa"]
        )
    );
}

/// A title glued by a missing space to the lowercase word before it ("vớiChủ tịch",
/// "củaCố vấn") is read as if the space were there; a brand's change of case after a
/// syllable ("iPhone") opens no title. An organisation that names itself whole may be
/// written lowercase ("Cố vấn nhà nước"): a foreign name after it is the title holder's.
#[test]
fn a_title_glued_to_the_word_before_it() {
    assert_eq!(
        named("Sau cuộc gặp vớiChủ tịch UBND tỉnh Trần Văn Nam, đoàn đã về."),
        one("Trần Văn Nam", &["Chủ tịch UBND tỉnh"])
    );
    assert_eq!(
        named("Chính quyền củaCố vấn Lê Thị Hoa đã ban hành chính sách mới."),
        one("Lê Thị Hoa", &["Cố vấn"])
    );
    assert!(named("Ứng dụng trên iPhone Trần Văn Nam đã dùng.").is_empty());
    // (an organisation that names itself whole, written lowercase, before a foreign name)
    assert_eq!(
        named("Chính quyền củaCố vấn nhà nước Aung Kyi Thein đã ban hành chính sách mới."),
        one("Aung Kyi Thein", &["Cố vấn nhà nước"])
    );
}

/// After an organisation's lowercase words, a foreign name that a country follows at once
/// is the organisation's own words ("Liên minh nghị sỹ Me Kong Nhật Bản"): the title runs
/// to the country, and the person named before it holds it.
#[test]
fn a_foreign_name_before_a_country_is_the_organisation_s() {
    assert_eq!(
        named("Ông Ryo Tanaka, Chủ tịch Hội nghị sỹ Me Kong Nhật Bản, đã đến Hà Nội."),
        one("Ryo Tanaka", &["Chủ tịch Hội nghị sỹ Me Kong Nhật Bản"])
    );
}

/// One foreign word said between a role and the possessive "của" of its organisation
/// ("thành viên Jisoo của ban nhạc") is the role's holder, named there: the title is no
/// title of the name before it in a list ("A, thành viên Jisoo của …, B").
#[test]
fn one_word_between_a_role_and_its_possessive() {
    let got = named("Phim có Lee Min Gyu, thành viên Jisoo của ban nhạc, và nhiều người khác.");
    assert!(got.iter().all(|(n, _)| n != "Lee Min Gyu"), "{got:?}");
    assert_eq!(
        named("Theo Giám đốc điều hành của Ajax, đội sẽ giữ cầu thủ."),
        Vec::new()
    );
}

/// The Ministry of Health's specialist grades (bác sĩ chuyên khoa cấp I, cấp II) are written
/// with a Roman numeral ("BSCKII") or an Arabic one ("BSCK2", "BS CK1."), glued to "BS" or
/// after a space: each is a degree before a name, as "BSCKII" already was.
#[test]
fn specialist_grades_written_with_an_arabic_numeral() {
    for (text, title) in [
        ("BSCK2 Hoàng Văn Lực, Trưởng khoa Nhi cho biết.", "BSCK2"),
        ("Theo BSCK1 Hoàng Văn Lực, trẻ cần được theo dõi.", "BSCK1"),
        (
            "Theo BS CK1. Hoàng Văn Lực, trẻ cần được theo dõi.",
            "BS CK1.",
        ),
        (
            "Theo BS CKII Hoàng Văn Lực, trẻ cần được theo dõi.",
            "BS CKII",
        ),
    ] {
        let got = named(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, "Hoàng Văn Lực", "{text}");
        assert_eq!(got[0].1[0], title, "{text}");
    }
}

/// The press often leaves out the middle name "Thị" or "Văn": "HLV Phạm Kim Huệ" after or
/// before "HLV Phạm Thị Kim Huệ" is the same person, and so the short "HLV Kim Huệ" is too
/// (it ends both names, which made it no one's before); a name that differs otherwise is
/// someone else.
#[test]
fn a_middle_name_left_out() {
    let text = "HLV Kim Huệ đã lên tiếng. Liên đoàn cảnh cáo HLV Phạm Kim Huệ và hai VĐV. \
                Trước đó, HLV Phạm Thị Kim Huệ đã gửi đơn.";
    let got = named(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Phạm Thị Kim Huệ");
    let text = "Ông Lê Quang Hòa, Giám đốc Sở Y tế, cho biết. Ông Lê Văn Quang Hòa, Phó Giám \
                đốc Sở Xây dựng, nói thêm.";
    assert_eq!(named(text).len(), 1, "{:?}", named(text));
    let text = "Ông Lê Quang Hòa, Giám đốc Sở Y tế, cho biết. Ông Lê Minh Quang Hòa, Phó Giám \
                đốc Sở Xây dựng, nói thêm.";
    assert_eq!(named(text).len(), 2, "{:?}", named(text));
}

/// A given name of two syllables whose second is also a country's one-syllable name
/// ("Nga", "Anh", "Mỹ" are common given names) after a word of address and before an
/// apposed post is one name: the country's word opens a place mention, which ended the
/// run of capitalised words before it.
#[test]
fn given_names_ending_in_a_country_word() {
    for (text, name, title) in [
        (
            "Hôm qua, chị Thanh Nga, chủ quán cà phê, cho biết quán vắng khách.",
            "Thanh Nga",
            "chủ quán cà phê",
        ),
        (
            "Theo bà Ngọc Anh, Giám đốc Sở Y tế, dịch đã được kiểm soát.",
            "Ngọc Anh",
            "Giám đốc Sở Y tế",
        ),
        (
            "Ông Tuấn Anh - Phó Chủ tịch UBND huyện cho biết đường đã thông.",
            "Tuấn Anh",
            "Phó Chủ tịch UBND huyện",
        ),
        (
            "Chị Thu Mỹ, Hiệu trưởng Trường Tiểu học Kim Đồng, kể lại.",
            "Thu Mỹ",
            "Hiệu trưởng Trường Tiểu học Kim Đồng",
        ),
    ] {
        assert_eq!(named(text), one(name, &[title]), "{text}");
    }
    // no post after the name: nobody's official
    assert!(named("Chị Thanh Nga cho biết quán vắng khách.").is_empty());
    // no word of address before it: the two words are not tied to a person
    assert!(named("Hôm qua, Thanh Nga, chủ quán cà phê, cho biết.").is_empty());
    // a foreign word before the country is no Vietnamese given name
    assert!(named("Ông Putin Nga, Tổng thống, phát biểu.").is_empty());
}

/// A name right after the preposition "cho" in a post ("cố vấn cho X", "người phát ngôn
/// cho X") is the one served, the preposition's object, not the holder: the holder is
/// the name the post is apposed to, and the post runs over the object's name.
#[test]
fn the_one_served_is_not_the_holder() {
    assert_eq!(
        named("Người thứ hai là Mark Selby, cố vấn cho Roger Hunt suốt nhiều năm qua."),
        one("Mark Selby", &["cố vấn cho Roger Hunt"])
    );
    assert_eq!(
        named("Theo ông Lê Văn Hai, cố vấn cho Trần Văn Bốn, dự án sẽ xong trong năm."),
        one("Lê Văn Hai", &["cố vấn cho Trần Văn Bốn"])
    );
    // a passing line of a match report names no post of the one passed to
    assert!(
        named("Phút 12, đội trưởng Văn Toàn chuyền dài cho Nguyễn Văn Quyết dứt điểm.")
            .iter()
            .all(|(n, _)| n != "Nguyễn Văn Quyết")
    );
}

/// A foreign run of one or two words right after a title, said elsewhere in the text on
/// its own after "ở" or "tại", is the place or body the title is held in, not its
/// holder: a place is said after those prepositions, a person never is.
#[test]
fn a_place_said_after_o_or_tai_is_no_holder() {
    assert!(
        named("Năm 1998, ông được bầu làm Bí thư Tỉnh ủy Santa Rosa. Ông lớn lên ở Santa Rosa.")
            .is_empty()
    );
    assert_eq!(
        named("Cựu HLV Brentwood Mark Hollis nhận lời. Ông từng làm việc 5 năm tại Brentwood."),
        one("Mark Hollis", &["Cựu HLV Brentwood"])
    );
    // not said after "ở" or "tại": the run stays the name
    assert_eq!(
        named("Năm 1998, Bí thư Tỉnh ủy Santa Rosa phát biểu. Ông Rosa nói thêm."),
        one("Santa Rosa", &["Bí thư Tỉnh ủy"])
    );
}
