//! Officials: an envoy's or aide's remit, the matter said with "về" after the post of the
//! one served (issue 12, session 29), with sentences written for these tests.

mod common;
use common::{named, one};

/// A lowercase remit after the post served, then the envoy's name: the remit is the
/// title's, the name the envoy's.
#[test]
fn a_lowercase_remit_then_the_name() {
    assert_eq!(
        named("Đặc phái viên của Thủ tướng Anh về biến đổi khí hậu Peter Hallam đã tới Hà Nội."),
        one(
            "Peter Hallam",
            &["Đặc phái viên của Thủ tướng Anh về biến đổi khí hậu"]
        )
    );
    assert_eq!(
        named(
            "Hôm qua, Đặc phái viên của Tổng thống Pháp về vấn đề Libya Jean Moreau cho biết sẽ gặp hai bên."
        ),
        one(
            "Jean Moreau",
            &["Đặc phái viên của Tổng thống Pháp về vấn đề Libya"]
        )
    );
}

/// A foreign name with a lowercase particle after the remit ("Hans van Berg").
#[test]
fn a_remit_then_a_name_with_a_particle() {
    assert_eq!(
        named("Đặc phái viên của Liên Hợp Quốc về vấn đề Yemen Hans van Berg đã hoãn cuộc họp."),
        one(
            "Hans van Berg",
            &["Đặc phái viên của Liên Hợp Quốc về vấn đề Yemen"]
        )
    );
}

/// A capitalised remit closed by a comma, the name apposed before it.
#[test]
fn a_capitalised_remit_closed_by_a_comma() {
    assert_eq!(
        named("Ông Daniel Fried, Đặc phái viên của Tổng thống Mỹ về Chống Khủng bố, đã tới Seoul."),
        one(
            "Daniel Fried",
            &["Đặc phái viên của Tổng thống Mỹ về Chống Khủng bố"]
        )
    );
}

/// A capitalised remit then a foreign name, no mark between: the remit ends where the
/// words stop being Vietnamese syllables.
#[test]
fn a_capitalised_remit_then_a_foreign_name() {
    assert_eq!(
        named("Đặc phái viên của Tổng thống Mỹ về Kiểm soát Vũ khí Robert Wood thăm Việt Nam."),
        one(
            "Robert Wood",
            &["Đặc phái viên của Tổng thống Mỹ về Kiểm soát Vũ khí"]
        )
    );
}

/// With no remit, a name right after the post served is left to that post (the
/// principal's: "Thư ký riêng của Thủ tướng X", the prime minister X); the aide's title
/// takes no name there.
#[test]
fn no_remit_leaves_the_name_to_the_post_served() {
    let got = named("Ông Tan, Thư ký riêng của Thủ tướng Lee Kuan Min, đã nghỉ hưu.");
    assert!(
        got.contains(&("Lee Kuan Min".to_string(), vec!["Thủ tướng".to_string()])),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(n, t)| n == "Lee Kuan Min" && t.iter().any(|t| t.starts_with("Thư ký")))
    );
}

/// "về" as a verb (to return, to come to a place) after an envoy is no remit.
#[test]
fn no_remit_after_a_verb() {
    assert_eq!(
        named("Đặc phái viên của Tổng thống Mỹ về nước hôm qua."),
        []
    );
    assert_eq!(
        named("Ông Daniel Fried, Đặc phái viên của Tổng thống Mỹ về Hà Nội, cho biết sẽ ở lại."),
        one("Daniel Fried", &["Đặc phái viên của Tổng thống Mỹ"])
    );
    assert_eq!(
        named("Đặc phái viên của Tổng thống Mỹ về thăm Việt Nam trong ba ngày."),
        []
    );
}

/// The principal named after the post served, then the remit and the envoy's name: each
/// his own title.
#[test]
fn the_principal_named_then_the_remit() {
    let got = named(
        "Đặc phái viên của Thủ tướng Canada Paul Martin về biến đổi khí hậu Laura Dion phát biểu tại hội nghị.",
    );
    assert!(got.contains(&(
        "Laura Dion".to_string(),
        vec!["Đặc phái viên của Thủ tướng Canada Paul Martin về biến đổi khí hậu".to_string()]
    )));
    assert!(
        !got.iter()
            .any(|(n, t)| n == "Laura Dion" && t.iter().any(|t| t == "Thủ tướng Canada"))
    );
}
