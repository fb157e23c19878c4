//! Officials: causes of missed posts found on the thirtieth draw: the deputy written "ĐB",
//! a foreign official said later by the first word of the name (a surname written first,
//! a South-East Asian given name), a title that is the object of "với" inside a sentence's
//! opening "Về …" phrase, and a national body's lowercase fields closed by its country
//! before a dash. Sentences written for these tests.

mod common;
use common::{named, one};

/// "ĐB" abbreviates "Đại biểu" (a deputy of an elected body), as "ĐBQH" does "Đại biểu
/// Quốc hội"; the given name after it is a later mention of the deputy.
#[test]
fn the_deputy_written_db() {
    assert_eq!(
        named("ĐB Lê Văn Tâm (Bình Định) chất vấn. ĐB Tâm hỏi thêm. Đại biểu Tâm nói."),
        one("Lê Văn Tâm", &["ĐB", "Đại biểu"])
    );
    assert_eq!(
        named("Tại phiên họp, ĐB Phạm Thị Hoa (Sóc Trăng) đề nghị làm rõ trách nhiệm."),
        one("Phạm Thị Hoa", &["ĐB"])
    );
}

/// A title said later with the first word of a foreign official's name is that official:
/// a Korean name written surname first ("Đại sứ Kwon" for Kwon Min-ho, "Chủ tịch Kim" for
/// Kim Hyun-woo, a surname spelled like a Vietnamese syllable too), a Thai or Indonesian
/// name said by its first word ("sĩ quan Somchai" for Somchai Wongsa).
#[test]
fn a_foreign_official_said_later_by_the_first_word() {
    assert_eq!(
        named(
            "Đại sứ Hàn Quốc tại Lào Kwon Min-ho cho biết hai bên sẽ gặp nhau. Trả lời báo \
             chí, Đại sứ Kwon nêu rõ lập trường."
        ),
        one("Kwon Min-ho", &["Đại sứ Hàn Quốc tại Lào", "Đại sứ"])
    );
    assert_eq!(
        named(
            "Người đứng đầu tập đoàn Kim Hyun-woo đã tới Hà Nội. Chủ tịch Kim cho biết sẽ \
             mở thêm nhà máy."
        ),
        one("Kim Hyun-woo", &["Người đứng đầu tập đoàn", "Chủ tịch"])
    );
    assert_eq!(
        named(
            "Năm ngoái, sĩ quan hải quân Thái Lan Somchai Wongsa kể về nghề. Trong cuộc \
             trò chuyện, sĩ quan Somchai nói về những ngày trên biển."
        ),
        one("Somchai Wongsa", &["sĩ quan hải quân Thái Lan", "sĩ quan"])
    );
}

/// A first word that is no earlier person's names no one: "Đại sứ Kwon" with no Kwon
/// named before, a Vietnamese name's surname.
#[test]
fn a_first_word_of_no_earlier_name_names_no_one() {
    assert!(named("Trả lời báo chí, Đại sứ Kwon nêu rõ lập trường.").is_empty());
    assert_eq!(
        named("Giám đốc Sở Y tế Trần Văn Hùng có mặt. Sau đó, Bộ trưởng Trần phát biểu."),
        one("Trần Văn Hùng", &["Giám đốc Sở Y tế"])
    );
}

/// A sentence opening with "Về …" and a verb phrase whose object "với" gives is an
/// adverbial set off by a comma: the title after "với" is not the post of the name after
/// the comma, the sentence's subject.
#[test]
fn a_title_after_voi_in_an_opening_ve_phrase_is_no_one_s() {
    assert_eq!(
        named(
            "Về nội dung chất vấn với Bộ trưởng Bộ Y tế, ĐB Đỗ Văn Bình cho rằng cần \
             thêm giải pháp."
        ),
        one("Đỗ Văn Bình", &["ĐB"])
    );
    assert_eq!(
        named("Về vấn đề này, Bộ trưởng Bộ Y tế Đỗ Văn Bình cho rằng cần thêm giải pháp."),
        one("Đỗ Văn Bình", &["Bộ trưởng Bộ Y tế"])
    );
}

/// A national body's name whose last field is lowercase after "và" ends with its country;
/// a dash and a lowercase word after it say something of the person.
#[test]
fn a_body_s_lowercase_fields_end_at_its_country_before_a_dash() {
    assert_eq!(
        named(
            "Chúng tôi trò chuyện với ông Lê Văn Hải, Chủ tịch Hội Gây mê hồi sức và \
             chống đau Việt Nam - một chuyên gia đầu ngành."
        ),
        one(
            "Lê Văn Hải",
            &["Chủ tịch Hội Gây mê hồi sức và chống đau Việt Nam"]
        )
    );
}
