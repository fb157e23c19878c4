//! Officials: causes of missed titles found by the precision-and-recall audit audit30b of
//! session 30 on untabled articles: an academician ("Viện sĩ", "Viện sỹ thông tấn") before
//! the academy and the name, a British peer's honour ("Lord") before the name, and a rank
//! or honour right after a group's noun, which opens the group's own name. Sentences
//! written for these tests.

mod common;
use common::{named, one};

/// "Viện sĩ" (an academy's member) and "Viện sỹ thông tấn" (its corresponding member), in
/// either spelling, are titles with the academy after them.
#[test]
fn an_academician_is_a_title() {
    assert_eq!(
        named("Buổi làm việc có Viện sĩ Viện Hàn lâm Khoa học Nga Pavel Smirnov tham dự."),
        one("Pavel Smirnov", &["Viện sĩ Viện Hàn lâm Khoa học Nga"])
    );
    assert_eq!(
        named(
            "Chiều qua, Bộ trưởng đã tiếp Viện sỹ Thông tấn Viện Hàn lâm Khoa học Belarus \
             Ivan Petrovich Kovalenko cùng đoàn chuyên gia."
        )
        .into_iter()
        .filter(|(n, _)| n == "Ivan Petrovich Kovalenko")
        .collect::<Vec<_>>(),
        one(
            "Ivan Petrovich Kovalenko",
            &["Viện sỹ Thông tấn Viện Hàn lâm Khoa học Belarus"]
        )
    );
}

/// "Lord" before a peer's full name is an honour, as "Sir" is; before one word alone it
/// names no one (the thirty-first draw's guide: "Lord Rees" gives none).
#[test]
fn lord_is_an_honour_before_the_name() {
    assert_eq!(
        named("Ông mua lại câu lạc bộ từ Lord Michael Grade vào năm 2005."),
        one("Michael Grade", &["Lord"])
    );
    let got = named("Nhà thiên văn học Lord Hartley nói rằng dự án này rất tốn kém.");
    assert!(got.is_empty(), "{got:?}");
}

/// A rank or honour right after a group's noun opens the group's name: no holder.
#[test]
fn a_rank_after_a_groups_noun_opens_the_groups_name() {
    let got = named("Năm 1598, nhóm Lord Weston đã cố gắng đàm phán với chủ đất nhưng thất bại.");
    assert!(got.is_empty(), "{got:?}");
    let got = named("Nhóm Lord Weston chuyển sang diễn ở một nhà hát khác.");
    assert!(got.is_empty(), "{got:?}");
    let got = named("Băng Thiếu tá Hùng bị công an triệt phá vào tháng trước.");
    assert!(
        got.iter().all(|(_, t)| !t.iter().any(|x| x == "Thiếu tá")),
        "{got:?}"
    );
}
