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
