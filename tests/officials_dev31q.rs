//! Officials of politics and local-government news (issue 12, session 31, dev31q): the
//! shapes congress, council-session and inspection reports use. Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// "đồng chí" is a word of address of two words: a post a verb of election gives the
/// person it names ("bầu đồng chí A giữ chức …") is not one held, as with "ông"/"bà".
#[test]
fn elected_comrade_holds_no_post_given() {
    assert!(
        named("Đại hội đã bầu đồng chí Tạ Quang Vinh giữ chức Bí thư Huyện ủy Tân Phú.").is_empty()
    );
    assert!(named("Hội nghị đã bầu đồng chí Kha Văn Lộc làm Phó Bí thư Huyện ủy.").is_empty());
    assert!(named("Đại hội bầu ông Lý Văn Hải làm Chủ tịch Hội Nông dân tỉnh.").is_empty());
    // (a post held, said beside the name, still is)
    assert_eq!(
        named(
            "Đồng chí Nông Văn Bình, Bí thư Huyện ủy khóa XXII, tái đắc cử chức Bí thư \
             Huyện ủy khóa XXIII."
        ),
        one("Nông Văn Bình", &["Bí thư Huyện ủy khóa XXII"])
    );
}

/// A delegation "do đồng chí A, <posts> làm trưởng đoàn" (by comrade A, as its head): the
/// post "làm" ties is A's, as after "do ông A".
#[test]
fn delegation_led_by_a_comrade() {
    assert_eq!(
        named(
            "Đoàn công tác do đồng chí Bùi Văn Sơn, Ủy viên Bộ Chính trị, Trưởng Ban Tổ \
             chức Trung ương làm trưởng đoàn đã làm việc với Tỉnh ủy Quảng Ngãi."
        ),
        one(
            "Bùi Văn Sơn",
            &[
                "Ủy viên Bộ Chính trị",
                "Trưởng Ban Tổ chức Trung ương",
                "trưởng đoàn"
            ]
        )
    );
    assert_eq!(
        named(
            "Đoàn kiểm tra do đồng chí Huỳnh Quốc Việt, Phó Chủ nhiệm Ủy ban Kiểm tra \
             Tỉnh ủy làm trưởng đoàn."
        ),
        one(
            "Huỳnh Quốc Việt",
            &["Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "trưởng đoàn"]
        )
    );
    // (a meeting chaired: no post from the verb)
    assert_eq!(
        named("Hội nghị do đồng chí Trương Văn Nam, Bí thư Huyện ủy Nghĩa Hành chủ trì."),
        one("Trương Văn Nam", &["Bí thư Huyện ủy Nghĩa Hành"])
    );
}

/// "dự" (to attend) after a post said without its body ("Phó Chủ tịch Quốc hội", "Tổng Bí
/// thư", "Chủ tịch nước") is the clause's verb, no word of the post; the nouns it opens
/// ("dự án", "dự phòng", "dự khuyết", "Dự trữ") stay inside.
#[test]
fn attend_ends_a_post() {
    assert_eq!(
        named("Đồng chí Trần Văn Hà, Phó Chủ tịch Quốc hội dự và chỉ đạo đại hội."),
        one("Trần Văn Hà", &["Phó Chủ tịch Quốc hội"])
    );
    assert_eq!(
        named("Ông Lâm Quang Đạt, Tổng Bí thư dự hội nghị."),
        one("Lâm Quang Đạt", &["Tổng Bí thư"])
    );
    assert_eq!(
        named("Ông Lê Văn An, Giám đốc dự án cao tốc Bắc – Nam, cho biết."),
        one("Lê Văn An", &["Giám đốc dự án cao tốc Bắc – Nam"])
    );
    assert_eq!(
        named("Ông Võ Văn Minh, Giám đốc Trung tâm Y tế dự phòng tỉnh, cho biết."),
        one("Võ Văn Minh", &["Giám đốc Trung tâm Y tế dự phòng tỉnh"])
    );
    assert_eq!(
        named("Ông Võ Văn Minh, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy, phát biểu."),
        one(
            "Võ Văn Minh",
            &["Ủy viên dự khuyết Trung ương Đảng", "Bí thư Tỉnh ủy"]
        )
    );
    assert_eq!(
        named("Bà Hà Thị Liên, Cục trưởng Cục Dự trữ Nhà nước khu vực Hà Bắc, cho biết."),
        one(
            "Hà Thị Liên",
            &["Cục trưởng Cục Dự trữ Nhà nước khu vực Hà Bắc"]
        )
    );
}

/// The term a post is held for, "nhiệm kỳ" and its years, after a body whose name is whole
/// ("HĐND tỉnh", "Tỉnh ủy"): the post's, as "khóa XVI" is; "nhiệm kỳ này" (this term) is not.
#[test]
fn term_of_office_after_a_whole_body() {
    assert_eq!(
        named("Bà Kiều Thị Yến, Đại biểu HĐND tỉnh nhiệm kỳ 2021–2026, đã chất vấn."),
        one("Kiều Thị Yến", &["Đại biểu HĐND tỉnh nhiệm kỳ 2021–2026"])
    );
    assert_eq!(
        named("Ông Hồ Văn Sĩ, Bí thư Huyện ủy nhiệm kỳ 2020 - 2025, phát biểu."),
        one("Hồ Văn Sĩ", &["Bí thư Huyện ủy nhiệm kỳ 2020 - 2025"])
    );
    assert_eq!(
        named("Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 Hồ Văn Sĩ phát biểu."),
        one("Hồ Văn Sĩ", &["Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021"])
    );
    assert_eq!(
        named("Ông Hồ Văn Sĩ, Chủ tịch UBND tỉnh nhiệm kỳ này, phát biểu."),
        one("Hồ Văn Sĩ", &["Chủ tịch UBND tỉnh"])
    );
    // (a body with its term, no one)
    assert!(named("Ông Hồ Văn Sĩ cho biết, HĐND tỉnh nhiệm kỳ 2021-2026 đã họp 10 kỳ.").is_empty());
}

/// The term after a title's place ("huyện Yên Thành nhiệm kỳ 2016-2021", "tỉnh Nghệ An khóa
/// XVIII") is the post's, and the holder's name may follow it.
#[test]
fn term_of_office_after_a_place() {
    assert_eq!(
        named("Ông Hồ Văn Sĩ, Đại biểu HĐND tỉnh Nghệ An khóa XVIII, phát biểu."),
        one("Hồ Văn Sĩ", &["Đại biểu HĐND tỉnh Nghệ An khóa XVIII"])
    );
    assert_eq!(
        named("Ông Đào Minh Kha, Chủ tịch UBND huyện Yên Thành nhiệm kỳ 2016 – 2021 nhắn nhủ."),
        one(
            "Đào Minh Kha",
            &["Chủ tịch UBND huyện Yên Thành nhiệm kỳ 2016 – 2021"]
        )
    );
    assert_eq!(
        named("Chủ tịch UBND huyện Yên Thành nhiệm kỳ 2016-2021 Đào Minh Kha phát biểu."),
        one(
            "Đào Minh Kha",
            &["Chủ tịch UBND huyện Yên Thành nhiệm kỳ 2016-2021"]
        )
    );
    // (no years: the clause's)
    assert_eq!(
        named("Ông Đào Minh Kha, Chủ tịch UBND huyện Yên Thành nhiệm kỳ trước, phát biểu."),
        one("Đào Minh Kha", &["Chủ tịch UBND huyện Yên Thành"])
    );
}

/// The joint office of elected bodies written by their initials ("Văn phòng Đoàn ĐBQH và
/// HĐND tỉnh", "Văn phòng HĐND và UBND huyện") is one body: "và" goes on inside it.
#[test]
fn joint_office_of_elected_bodies() {
    assert_eq!(
        named("Ông Vi Văn Cường, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Lạng Sơn, đọc tờ trình."),
        one(
            "Vi Văn Cường",
            &["Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Lạng Sơn"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Bình, Phó Chánh Văn phòng HĐND và UBND huyện, cũng dự."),
        one("Lê Văn Bình", &["Phó Chánh Văn phòng HĐND và UBND huyện"])
    );
    // (no office: "và" joins no name of one body)
    assert_eq!(
        named("Ông Lê Văn Tư, Chủ tịch HĐND và UBND xã Tân An, cho biết."),
        one("Lê Văn Tư", &["Chủ tịch HĐND"])
    );
}
