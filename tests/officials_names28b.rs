//! Officials: names read short or not at all (issue 12, session 28): a given name that is
//! also a word of address, after "ông"/"bà" ("ông Anh Tuấn"). Sentences written for these
//! tests.

mod common;
use common::{named, one};

/// After a lowercase word of address, a capitalised "Anh" is the name's first syllable,
/// not a second word of address.
#[test]
fn a_given_name_opening_with_a_word_of_address() {
    assert_eq!(
        named(
            "\"Hàng về rất chậm\", ông Anh Khoa, chủ một cửa hàng điện thoại ở Cầu Giấy, cho biết."
        ),
        one("Anh Khoa", &["chủ một cửa hàng điện thoại ở Cầu Giấy"])
    );
    assert_eq!(
        named("Bà Anh Thư, giám đốc một công ty du lịch tại Đà Nẵng, nói khách đã quay lại."),
        one("Anh Thư", &["giám đốc một công ty du lịch tại Đà Nẵng"])
    );
}

/// Negatives: the country "Anh" before a foreign name, and a word of address alone.
#[test]
fn no_given_name_from_a_country_or_a_lone_word_of_address() {
    // a foreign name after the country is read as before, never "Anh Boris"
    let people = named("Thủ tướng Anh Boris Johnson đã gặp ông Lê Văn Hải hôm qua.");
    assert!(
        people.iter().all(|p| !p.0.starts_with("Anh ")),
        "{people:?}"
    );
    // "anh" lowercase after "ông" opens no name
    let people = named("Ông Trần Văn Minh, chủ tịch hội, nói ông anh Minh đã về.");
    assert!(
        people.iter().all(|p| !p.0.starts_with("Anh ")),
        "{people:?}"
    );
}
