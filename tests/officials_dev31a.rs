//! Officials: organisations' names cut or not read (task dev31a of session 31): a sport's
//! name whose second syllable is a word of address ("Quyền anh"), and a foreign body named
//! by a listed acronym spelt like a Vietnamese syllable ("MIT"). Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// "Quyền anh" (boxing) is one word of a federation's field: its "anh" opens no name, and
/// the country after it is the federation's.
#[test]
fn a_boxing_federation_keeps_its_whole_name() {
    assert_eq!(
        named("Năm 2015, bà kết hôn với Ivan Petrov, phó chủ tịch liên đoàn Quyền anh Ukraine."),
        one("Ivan Petrov", &["phó chủ tịch liên đoàn Quyền anh Ukraine"])
    );
    assert_eq!(
        named("Ông Đỗ Minh Khang, Chủ tịch Hiệp hội Quyền anh Đà Nẵng, cho biết giải sẽ mở."),
        one("Đỗ Minh Khang", &["Chủ tịch Hiệp hội Quyền anh Đà Nẵng"])
    );
    // (the sport as a common noun, "anh" then a word of address: no official)
    assert!(named("Cậu bé tập quyền anh từ nhỏ, anh Tuấn kể lại.").is_empty());
}

/// A researcher apposed to a name, the body after "của" named by its acronym alone, one
/// the lists hold ("MIT"): the researcher's trade and body are the title.
#[test]
fn a_researcher_of_a_body_named_by_its_listed_acronym() {
    assert_eq!(
        named(
            "“Kết quả rất đáng chú ý”, Laura Bennett, một nhà nghiên cứu khoa học của MIT, cho biết."
        ),
        one("Laura Bennett", &["nhà nghiên cứu khoa học của MIT"])
    );
    // (the acronym opening a longer foreign name: the whole name is the body's)
    assert_eq!(
        named("Ông Paul Weber, nhà nghiên cứu của MIT Media Lab, cho biết."),
        one("Paul Weber", &["nhà nghiên cứu của MIT Media Lab"])
    );
    // (a trade alone, no body: no title)
    assert!(named("Laura Bennett, một nhà nghiên cứu khoa học, cho biết.").is_empty());
}
