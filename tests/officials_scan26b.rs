//! Officials: leftovers of the corpus shape scan (issue 12, session 26): one foreign
//! person named two ways in one text. Sentences written for these tests.

mod common;
use common::named;

fn names(text: &str) -> Vec<String> {
    named(text).into_iter().map(|(n, _)| n).collect()
}

/// A given name said by its initial, or spelt another way, with the same surname and a
/// title of the same role, is one person: the full, then the fuller, name is kept.
#[test]
fn a_given_name_said_two_ways_is_one_person() {
    let out = names(
        "Thủ tướng tiếp Chủ tịch Đảng Lao động Estonia Valdemar Kruusmaa. Thủ tướng chúc đồng \
         chí V. Kruusmaa, Chủ tịch Đảng Lao động Estonia, mạnh khỏe.",
    );
    assert_eq!(out, ["Valdemar Kruusmaa"]);
    let out = names(
        "Chủ tịch FIBA, Aleksei Borovnik, cho biết giải sẽ diễn ra. Sau đó Chủ tịch FIBA \
         Alexei Borovnik nói thêm rằng lịch thi đấu không đổi.",
    );
    assert_eq!(out, ["Aleksei Borovnik"]);
    let out = names(
        "Phó chủ tịch Roberto Halvorsen của Norsk Kraft phát biểu trước cổ đông. Ông Robert \
         Halvorsen, Phó chủ tịch Norsk Kraft, nói lợi nhuận tăng.",
    );
    assert_eq!(out, ["Roberto Halvorsen"]);
    let out = names(
        "Tổng thống Moldova Ivan Petrovich Dragomir đón đoàn. Tổng thống Moldova Ivan Dragomir \
         cho biết hai nước sẽ hợp tác.",
    );
    assert_eq!(out, ["Ivan Petrovich Dragomir"]);
}

/// Two people of one family with the same surname stay two: given names that are two
/// names, or the same title not said of both, or middle initials that differ.
#[test]
fn two_of_one_family_stay_two() {
    let out = names(
        "Chủ tịch Oscar Montalvo đã nghỉ hưu. Em trai ông, Chủ tịch Ruben Montalvo, lên thay.",
    );
    assert_eq!(out.len(), 2, "{out:?}");
    let out = names(
        "Giám đốc điều hành Charles Whitmore nói rằng cha ông, cựu Chủ tịch Charlie Whitmore, \
         đã lập công ty.",
    );
    assert_eq!(out.len(), 2, "{out:?}");
    let out =
        names("Cựu Tổng thống Harold K. Lindqvist gặp con trai, Tổng thống Hal J. Lindqvist.");
    assert_eq!(out.len(), 2, "{out:?}");
}

/// A hyphenated surname said alone after a title is the one official whose full name ends
/// in it.
#[test]
fn a_hyphenated_surname_alone_is_the_full_name() {
    let out = names(
        "Chính phủ của Thủ tướng Somchai Wong-a-nan bị chỉ trích. Khi được hỏi, Thủ tướng \
         Wong-a-nan đã từ chối bình luận.",
    );
    assert_eq!(out, ["Somchai Wong-a-nan"]);
}
