//! Officials: names not read, read wrong, or read where there is no official (task dev31n
//! of session 31): two capitalised syllables glued by a missing space are two words of a
//! name or a place. Sentences written for these tests.

mod common;
use common::{named, one};

/// A country's last syllable glued to the name after it, and a given name's two syllables
/// glued: each part is a word of its own.
#[test]
fn two_capitalised_syllables_glued_are_two_words() {
    assert_eq!(
        named("Ủy viên Bộ Chính trị, Bộ trưởng Quốc phòng Trung QuốcNgụy Phượng Hòa sang thăm."),
        one(
            "Ngụy Phượng Hòa",
            &["Ủy viên Bộ Chính trị", "Bộ trưởng Quốc phòng Trung Quốc"]
        )
    );
    assert_eq!(
        named("TS. Lê ThànhNam, Viện trưởng Viện Toán học, phát biểu."),
        one("Lê Thành Nam", &["TS.", "Viện trưởng Viện Toán học"])
    );
}

/// A brand's name changes case inside itself but is no two syllables ("VinaCafé"), and
/// one in Latin letters alone is left whole: neither is split.
#[test]
fn a_brand_written_in_camel_case_stays_whole() {
    assert_eq!(
        named("Giám đốc Công ty VinaCafé Trần Văn Hòa cho biết."),
        one("Trần Văn Hòa", &["Giám đốc Công ty VinaCafé"])
    );
    assert_eq!(
        named("Giám đốc Công ty HoaSen Lê Minh Tuấn cho biết."),
        one("Lê Minh Tuấn", &["Giám đốc Công ty HoaSen"])
    );
    // (a glued place, no title: no official)
    assert!(named("Đoàn khách đã tới ĐàNẵng hôm qua.").is_empty());
}
