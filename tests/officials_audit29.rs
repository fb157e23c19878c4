//! Officials: causes of missed titles and a false official found by the precision-and-recall
//! audit of session 29 on untabled articles: a quoted lowercase word right after a name set
//! after its title by a comma, the special envoy ("Đặc phái viên") missing from the titles,
//! and an English job title before its Vietnamese gloss read as a person's name. Sentences
//! written for these tests.

mod common;
use common::{named, one};

/// "Title, ông X "…" verb": the quoted word goes on with the clause, as a lowercase word
/// right after the name does.
#[test]
fn a_quoted_lowercase_word_after_an_apposed_name_goes_on() {
    assert_eq!(
        named(
            "Trước diễn biến mới của dịch, Giám đốc Sở Y tế tỉnh Hà Nam, bà Trần Thị Bình \
             \"thần tốc\" chỉ đạo các bệnh viện chuẩn bị giường bệnh."
        ),
        one("Trần Thị Bình", &["Giám đốc Sở Y tế tỉnh Hà Nam"])
    );
    assert_eq!(
        named("Chủ tịch UBND huyện Tam Đảo, ông Lê Văn Hùng “thẳng tay” xử lý các sai phạm."),
        one("Lê Văn Hùng", &["Chủ tịch UBND huyện Tam Đảo"])
    );
}

/// A capitalised word in quotes after the name is no verb of the clause (a nickname, a
/// work's title): no name is read past the comma for it.
#[test]
fn a_quoted_capitalised_word_after_an_apposed_name_is_not_the_clause() {
    let got = named("Giám đốc Sở Y tế tỉnh Hà Nam, bà Trần Thị Bình \"Hoa Sen\" cũng có mặt.");
    assert!(got.iter().all(|(n, _)| n != "Trần Thị Bình"), "{got:?}");
}

/// The special envoy is a post: before a name, and apposed after one with the body that
/// sends the envoy.
#[test]
fn the_special_envoy_is_a_title() {
    assert_eq!(
        named("Chiều nay, Đặc phái viên Peter Jansen đã gặp lãnh đạo Bộ Quốc phòng."),
        one("Peter Jansen", &["Đặc phái viên"])
    );
    assert_eq!(
        named("Ông Peter Jansen, Đặc phái viên Liên Hợp Quốc, cho biết hai bên sẽ gặp lại."),
        one("Peter Jansen", &["Đặc phái viên Liên Hợp Quốc"])
    );
}

/// An envoy said with no name is nobody's post.
#[test]
fn the_special_envoy_without_a_name_is_no_official() {
    assert!(named("Đặc phái viên của Liên Hợp Quốc sẽ đến Hà Nội vào tuần tới.").is_empty());
}

/// "tuyển Marketing Director (Giám đốc tiếp thị)": an English job title before its gloss is
/// a post's words, no person's name.
#[test]
fn an_english_job_title_before_its_gloss_is_no_person() {
    assert!(
        named("Công ty đang cần tuyển Sales Manager (Trưởng phòng kinh doanh) cho chi nhánh mới.")
            .is_empty()
    );
    assert!(
        named("Chị Hoa cần tuyển Marketing Director (Giám đốc tiếp thị) cho một công ty bảo hiểm.")
            .is_empty()
    );
}
