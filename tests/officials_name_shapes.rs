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
