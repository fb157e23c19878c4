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

/// One foreign word set apart by a comma and a post is a name (the press names a known
/// foreigner by the surname), inside a clause as at a sentence's start, where the
/// apposition closes: the sentence ends after the post, or a comma and a lowercase word go
/// on. Not where the post and the words after it open the next clause (its subject, after a
/// phrase of time or place: "Sau trận gặp Granada, HLV … đã …"), nor before a name the
/// post is apposed to ("…, Hiệu trưởng của trường, Louise Richardson, …").
#[test]
fn one_foreign_word_apposed_inside_a_clause() {
    assert_eq!(
        named(
            "Người hâm mộ vẫn nhắc đến Ancelotti, huấn luyện viên của đội bóng, người đã giành ba chức vô địch."
        ),
        one("Ancelotti", &["huấn luyện viên của đội bóng"])
    );
    assert_eq!(
        named("Cảnh sát đã bắt giữ Petrovic, giám đốc công ty xây dựng."),
        one("Petrovic", &["giám đốc công ty xây dựng"])
    );
    assert_eq!(
        named(
            "Trong thư gửi sinh viên Oxford, Hiệu trưởng của trường, Louise Richardson, cảnh báo về học phí."
        ),
        one("Louise Richardson", &["Hiệu trưởng của trường"])
    );
    for text in [
        "Sau trận gặp Granada, HLV người Hà Lan đã nói về trọng tài.",
        "Trong một bài đăng trên Weibo, giám đốc công ty đã xin lỗi.",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}

/// A body's bracket (its short name) may stand before the country it belongs to, and the
/// holder's name after both: the title runs to the country, the name after it is the
/// holder's, as a name right after the bracket is. A country after the bracket with no
/// name after it ends the title and names no one.
#[test]
fn a_name_after_a_bracket_and_a_country() {
    assert_eq!(
        named("Chủ tịch Ủy ban Olympic (IOC) Nhật Bản Yamashita Yasuhiro đã đến Hà Nội."),
        one(
            "Yamashita Yasuhiro",
            &["Chủ tịch Ủy ban Olympic (IOC) Nhật Bản"]
        )
    );
    assert_eq!(
        named("Phó Chủ tịch Hội Chữ thập đỏ (CTĐ) Việt Nam Nguyễn Thị Hoa phát biểu."),
        one(
            "Nguyễn Thị Hoa",
            &["Phó Chủ tịch Hội Chữ thập đỏ (CTĐ) Việt Nam"]
        )
    );
    let text = "Giám đốc Cơ quan Năng lượng (JAEA) Nhật Bản cho biết nhà máy an toàn.";
    assert_eq!(named(text), [], "{text}");
}
