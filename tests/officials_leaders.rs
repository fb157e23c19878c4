//! Officials: leaders and monarchs said by a role noun with no organisation (issue 12):
//! "lãnh đạo tinh thần X", "cố lãnh đạo Y", "lãnh đạo Triều Tiên Z", "Pharaoh W III", with
//! sentences written for these tests.

mod common;
use common::{named, one};

/// "Lãnh đạo" qualified ("tinh thần", "tối cao") or after "cố" is a title right before a
/// name; the bare noun only with a country between it and the name.
#[test]
fn a_leader_said_by_the_role_noun_before_a_name() {
    assert_eq!(
        named("Ngôi chùa theo triết lý của lãnh đạo tinh thần Dalai Lama."),
        one("Dalai Lama", &["lãnh đạo tinh thần"])
    );
    assert_eq!(
        named("Ông gặp lãnh đạo tối cao Ali Khamenei tại Tehran."),
        one("Ali Khamenei", &["lãnh đạo tối cao"])
    );
    assert_eq!(
        named("Lễ tưởng niệm cố lãnh đạo Kim Il-sung diễn ra hôm qua."),
        one("Kim Il-sung", &["cố lãnh đạo"])
    );
    assert_eq!(
        named("Lãnh đạo Triều Tiên Kim Jong-un đã thị sát nhà máy."),
        one("Kim Jong-un", &["Lãnh đạo Triều Tiên"])
    );
}

/// "Lãnh đạo" before an organisation or a place, or the bare noun right before a
/// capitalised run, is a body's leadership, no one's title; inside an organisation's name
/// it is the name's word.
#[test]
fn a_bodys_leadership_is_no_title() {
    assert!(named("Lãnh đạo tỉnh Nghệ An đã làm việc với đoàn công tác.").is_empty());
    assert!(named("Lãnh đạo Sở Y tế cho biết sẽ kiểm tra.").is_empty());
    assert!(named("Lãnh đạo Hoàng Anh Gia Lai cho biết đội bóng sẽ thay đổi.").is_empty());
    assert_eq!(
        named("Ông Peter Wong, thành viên ban lãnh đạo của Huawei, cho biết."),
        one("Peter Wong", &["thành viên ban lãnh đạo của Huawei"])
    );
}

/// "Pharaoh" is a king's title before his name, as "Vua" is, and a Roman numeral after a
/// foreign monarch's name is the name's ("Ramesses II").
#[test]
fn a_pharaoh_and_a_regnal_number() {
    assert_eq!(
        named("Ngôi đền được xây dưới thời Pharaoh Ramesses II, người trị vì lâu nhất."),
        one("Ramesses II", &["Pharaoh"])
    );
    assert_eq!(
        named(
            "Dưới thời vua Thutmose III (khoảng năm 1479 trước Công nguyên), vương quốc mở rộng."
        ),
        one("Thutmose III", &["vua"])
    );
    assert_eq!(
        named("Bức tượng Nữ hoàng Elizabeth II được dựng năm ngoái."),
        one("Elizabeth II", &["Nữ hoàng"])
    );
}

/// A Roman numeral that numbers something else is no name's: after a Vietnamese name, or
/// glued to a year.
#[test]
fn a_number_after_a_name_is_no_regnal_number() {
    assert_eq!(
        named("Giám đốc Nguyễn Văn Nam II cho biết."),
        one("Nguyễn Văn Nam", &["Giám đốc"])
    );
    assert_eq!(
        named("Vua Thutmose III/1479 là một mốc."),
        one("Thutmose", &["Vua"])
    );
}
