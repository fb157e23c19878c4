//! Officials: causes of missed and cut titles found by the precision-and-recall audit of
//! session 28 on untabled articles: a one-word name that is only the middle syllable of
//! another official's name, a bare title said at a mention of its own beside the same
//! title with its bracket, the deputy spokesperson written without "viên", a noun of the
//! person ("tỷ phú") before a name set after a title, and the managing lawyer of a law
//! firm. Sentences written for these tests.

mod common;
use common::{named, one};

/// A person said by one word is said by the given name (or a Sino-Vietnamese surname),
/// never by a middle syllable: "Trung tá Minh" is Lê Văn Minh, though Phạm Minh Tuấn's
/// middle syllable is "Minh" too.
#[test]
fn a_given_name_alone_is_not_another_officials_middle_syllable() {
    let text = "Thiếu tá Lê Văn Minh cho biết đội đã sẵn sàng. Trung tá Minh nói thêm rằng \
                mọi người đều khỏe. Cấp trên của anh là Đại tá Phạm Minh Tuấn - Giám đốc \
                Bệnh viện Quân y 121.";
    let got = named(text);
    let minh = got
        .iter()
        .find(|(n, _)| n == "Lê Văn Minh")
        .expect("Lê Văn Minh");
    assert_eq!(minh.1, ["Thiếu tá", "Trung tá"]);
    let tuan = got
        .iter()
        .find(|(n, _)| n == "Phạm Minh Tuấn")
        .expect("Phạm Minh Tuấn");
    assert_eq!(tuan.1, ["Đại tá", "Giám đốc Bệnh viện Quân y 121"]);
    assert_eq!(got.len(), 2);
}

/// The given name that ends an official's name still joins it ("Đại tá Tuấn").
#[test]
fn a_given_name_alone_still_joins_the_name_it_ends() {
    let got = named(
        "Đại tá Phạm Minh Tuấn dự buổi lễ. Thiếu tá Lê Văn Minh cũng có mặt. Đại tá Tuấn \
         phát biểu khai mạc.",
    );
    let tuan = got
        .iter()
        .find(|(n, _)| n == "Phạm Minh Tuấn")
        .expect("Phạm Minh Tuấn");
    assert_eq!(tuan.1, ["Đại tá"]);
    assert_eq!(got.len(), 2);
}

/// A title said bare at one mention and with its bracket at another is two phrases; read
/// with its bracket at one mention, it is one.
#[test]
fn a_bare_title_at_a_mention_of_its_own_stays_beside_its_bracketed_form() {
    assert_eq!(
        named(
            "Tổng thư ký Liên hợp quốc Pedro Alvarez đến Hà Nội. Sau đó, Tổng thư ký Liên \
             hợp quốc (LHQ) Pedro Alvarez gặp báo chí."
        ),
        one(
            "Pedro Alvarez",
            &[
                "Tổng thư ký Liên hợp quốc",
                "Tổng thư ký Liên hợp quốc (LHQ)"
            ]
        )
    );
    assert_eq!(
        named("Ông Trần Văn Long - Chủ tịch UBND huyện Tân Phú (tỉnh Đồng Nai) cho biết."),
        one(
            "Trần Văn Long",
            &["Chủ tịch UBND huyện Tân Phú (tỉnh Đồng Nai)"]
        )
    );
}

/// "Phó Phát ngôn": the deputy spokesperson with "viên" left out, a title before a name;
/// "phát ngôn" alone is the verb.
#[test]
fn the_deputy_spokesperson_without_vien_is_a_title() {
    assert_eq!(
        named("Phó Phát ngôn Bộ Ngoại giao Lê Thu Hà trả lời câu hỏi của phóng viên."),
        one("Lê Thu Hà", &["Phó Phát ngôn Bộ Ngoại giao"])
    );
    assert_eq!(
        named("Phó phát ngôn viên Bộ Ngoại giao Lê Thu Hà trả lời câu hỏi."),
        one("Lê Thu Hà", &["Phó phát ngôn viên Bộ Ngoại giao"])
    );
    assert!(named("Ông ấy được phép phát ngôn thay cho Bộ Ngoại giao.").is_empty());
}

/// A noun of the person ("tỷ phú", "doanh nhân") stands before a name set after a title
/// by a dash or a comma, as a word of address does; with no title before it, none.
#[test]
fn a_noun_of_the_person_before_a_name_set_after_a_title() {
    assert_eq!(
        named("Nhà sáng lập Tesla - tỷ phú Elon Musk vừa công bố kế hoạch mới."),
        one("Elon Musk", &["Nhà sáng lập Tesla"])
    );
    assert_eq!(
        named("Dự án do Chủ tịch Tập đoàn Hòa Phát, doanh nhân Trần Đình Long khởi xướng."),
        one("Trần Đình Long", &["Chủ tịch Tập đoàn Hòa Phát"])
    );
    assert!(named("Nhìn chung, tỷ phú Elon Musk được nhiều người yêu mến.").is_empty());
}

/// "Luật sư điều hành": the managing lawyer of a named law firm, one title.
#[test]
fn the_managing_lawyer_of_a_law_firm_is_one_title() {
    assert_eq!(
        named("Ông Trịnh Quang Hải - Luật sư điều hành Công ty Luật TNHH Minh Quang cho biết."),
        one(
            "Trịnh Quang Hải",
            &["Luật sư điều hành Công ty Luật TNHH Minh Quang"]
        )
    );
}
