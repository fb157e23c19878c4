//! Officials: names of the shapes session 25 read (issue 12, name recall on unseen
//! articles): Chinese names written in Hán-Việt, and foreign names tied to a post, each a
//! rule of the grammar of names written in Vietnamese, with sentences written for these
//! tests.

mod common;
use common::{named, one};

/// The press writes a Chinese name in its Hán-Việt reading, surname first, as a Vietnamese
/// name is written ("Tập Cận Bình", "Ôn Gia Bảo"): a Chinese surname that no Vietnamese
/// family bears opens the name as a Vietnamese surname does. The word opens no name when it
/// is the head of another phrase ("Tập đoàn", "Tập thể").
#[test]
fn chinese_names_in_han_viet() {
    for (text, name, title) in [
        (
            "Chủ tịch Tập Cận Bình đã tới thăm một nhà máy ở Quảng Đông.",
            "Tập Cận Bình",
            "Chủ tịch",
        ),
        (
            "Thủ tướng Ôn Gia Bảo phát biểu tại hội nghị thượng đỉnh.",
            "Ôn Gia Bảo",
            "Thủ tướng",
        ),
        (
            "Phó Chủ tịch Quốc hội Uông Văn Lực đã tiếp đoàn đại biểu.",
            "Uông Văn Lực",
            "Phó Chủ tịch Quốc hội",
        ),
    ] {
        assert_eq!(named(text), one(name, &[title]), "{text}");
    }
    for text in [
        "Tập đoàn Thép Sông Hồng vừa mở thêm một nhà máy.",
        "Tập thể lớp đã quyên góp sách cho trẻ em vùng cao.",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}
