//! Officials of politics and local-government news (issue 12, session 31): a province
//! written with a dash, a foreign ministry said by its field and its country, a national
//! institute and a committee of the Quốc hội named in full, a defendant's post after the
//! bracket of the birth year, "kiêm" after a comma, a museum named after a figure, and a
//! holder whose surname no list holds. Sentences written for these tests.

mod common;
use common::{code_of, named, one};

/// A province whose name a dash joins ("Thừa Thiên-Huế", "Thừa Thiên - Huế") is one place:
/// the title runs over it, and the name after it is the holder's.
#[test]
fn province_written_with_a_dash() {
    assert_eq!(
        named("Phó Chủ tịch UBND tỉnh Thừa Thiên-Huế Trần Văn Khải phát biểu tại hội nghị."),
        one("Trần Văn Khải", &["Phó Chủ tịch UBND tỉnh Thừa Thiên-Huế"])
    );
    assert_eq!(
        named("Chủ tịch HĐND tỉnh Thừa Thiên - Huế Lê Thị Hoa chủ trì buổi làm việc."),
        one("Lê Thị Hoa", &["Chủ tịch HĐND tỉnh Thừa Thiên - Huế"])
    );
    assert_eq!(
        code_of(
            "Phó Chủ tịch UBND tỉnh Thừa Thiên-Huế Trần Văn Khải phát biểu.",
            "Trần Văn Khải",
            "Phó Chủ tịch UBND tỉnh Thừa Thiên-Huế"
        ),
        Some("46")
    );
    // (the province alone: no one)
    assert!(named("UBND tỉnh Thừa Thiên-Huế đã họp sáng nay.").is_empty());
}

/// In a list of titled names, a holder whose surname no list holds ("Đèo", "Cái") keeps
/// the title said before it: not the name before the comma.
#[test]
fn holder_with_an_unlisted_surname_after_a_province() {
    let got = named(
        "Hội nghị nghe Chủ tịch HĐND tỉnh Lai Châu Lò Văn Pá, Phó Chủ tịch HĐND tỉnh Quảng \
         Trị Đèo Minh Sang lần lượt phát biểu.",
    );
    assert_eq!(
        got,
        vec![
            (
                "Lò Văn Pá".to_string(),
                vec!["Chủ tịch HĐND tỉnh Lai Châu".to_string()]
            ),
            (
                "Đèo Minh Sang".to_string(),
                vec!["Phó Chủ tịch HĐND tỉnh Quảng Trị".to_string()]
            ),
        ]
    );
    // (a place after the province is no name)
    assert!(named("Chủ tịch UBND huyện Mỹ Đức Tam Kỳ Hội làm việc.").is_empty());
}

/// A ministry of another country said by its field, then its country, then the holder's
/// foreign name: the field's words are the ministry's even when they are surnames too.
#[test]
fn foreign_ministry_by_field_and_country() {
    assert_eq!(
        named("Thứ trưởng Bộ Nông Lâm Lào Bounkham Vorachit trình bày tham luận."),
        one("Bounkham Vorachit", &["Thứ trưởng Bộ Nông Lâm Lào"])
    );
    assert_eq!(
        named("Bộ trưởng Bộ Công Thương Lào Sonexay Sitphaxay tiếp đoàn."),
        one("Sonexay Sitphaxay", &["Bộ trưởng Bộ Công Thương Lào"])
    );
    // (a Vietnamese province named like a country: its holder)
    assert_eq!(
        named("Giám đốc Sở Nông nghiệp Lào Cai Nguyễn Văn Tâm phát biểu."),
        one("Nguyễn Văn Tâm", &["Giám đốc Sở Nông nghiệp Lào Cai"])
    );
}

/// Bodies named in full by the law: the national institute of urban and rural planning,
/// whose "thôn" is no village; the Quốc hội's Committee for Social Affairs.
#[test]
fn bodies_named_in_full() {
    assert_eq!(
        named(
            "Theo ông Phạm Quốc Khánh, Viện trưởng Viện Quy hoạch Đô thị và Nông thôn Quốc \
             gia, Bộ Xây dựng, đồ án đã được duyệt."
        ),
        one(
            "Phạm Quốc Khánh",
            &["Viện trưởng Viện Quy hoạch Đô thị và Nông thôn Quốc gia, Bộ Xây dựng"]
        )
    );
    assert_eq!(
        named("Bà Đặng Thị Lan, Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội cho biết."),
        one(
            "Đặng Thị Lan",
            &["Phó Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội"]
        )
    );
    assert_eq!(
        named("Ủy viên Thường trực Ủy ban Về các vấn đề xã hội Hồ Văn Năm phát biểu."),
        one(
            "Hồ Văn Năm",
            &["Ủy viên Thường trực Ủy ban Về các vấn đề xã hội"]
        )
    );
}

/// A court report lists each defendant with the bracket of the birth year, then the posts
/// held, no comma between.
#[test]
fn post_after_the_birth_bracket() {
    assert_eq!(
        named(
            "Tòa xét xử bị cáo Vũ Văn Lộc (SN: 1972) nguyên Trưởng phòng Tài chính huyện Ba \
             Tơ; Đinh Thị Na (SN 1980) nguyên cán bộ Địa chính – Xây dựng xã Sơn Hà."
        ),
        vec![
            (
                "Vũ Văn Lộc".to_string(),
                vec!["nguyên Trưởng phòng Tài chính huyện Ba Tơ".to_string()]
            ),
            (
                "Đinh Thị Na".to_string(),
                vec!["nguyên cán bộ Địa chính – Xây dựng xã Sơn Hà".to_string()]
            ),
        ]
    );
    assert_eq!(
        named("Bị cáo Hồ Văn Bé (sinh năm 1965) nguyên Chủ tịch UBND xã Tân Lập bị tuyên phạt."),
        one("Hồ Văn Bé", &["nguyên Chủ tịch UBND xã Tân Lập"])
    );
    // (a bracket that is no birth: nothing read after it)
    assert!(named("Bị cáo Hồ Văn Bé (bị bắt tạm giam) nguyên là kế toán.").is_empty());
}

/// "kiêm" after a comma, or before "giữ chức", joins a second post of the same holder.
#[test]
fn also_after_a_comma_or_with_a_link() {
    assert_eq!(
        named(
            "Ông Đoàn Văn Tú, Phó Tổng cục trưởng Tổng cục Thủy lợi, kiêm giữ chức Cục \
             trưởng Cục Quản lý đê điều cho biết."
        ),
        one(
            "Đoàn Văn Tú",
            &[
                "Phó Tổng cục trưởng Tổng cục Thủy lợi",
                "Cục trưởng Cục Quản lý đê điều"
            ]
        )
    );
    assert_eq!(
        named("Bà Võ Thị Kim, Giám đốc Sở Tài chính, kiêm Chủ tịch Hội đồng định giá, nói."),
        one(
            "Võ Thị Kim",
            &["Giám đốc Sở Tài chính", "Chủ tịch Hội đồng định giá"]
        )
    );
    // ("kiêm" before no title: the first post alone)
    assert_eq!(
        named("Bà Võ Thị Kim, Giám đốc Sở Tài chính, kiêm nhiệm vụ điều phối, cho biết."),
        one("Võ Thị Kim", &["Giám đốc Sở Tài chính"])
    );
}

/// A museum named after a figure keeps the figure's rank in its name: no holder.
#[test]
fn museum_named_after_a_figure() {
    assert!(named("Đoàn đã tham quan Bảo tàng Bác sĩ Yersin ở Nha Trang.").is_empty());
    assert!(named("Du khách ghé Nhà lưu niệm Giáo sư Humboldt vào buổi chiều.").is_empty());
    assert_eq!(
        named("Ông Lý Văn Sáu, Giám đốc Bảo tàng tỉnh Quảng Ninh, cho biết."),
        one("Lý Văn Sáu", &["Giám đốc Bảo tàng tỉnh Quảng Ninh"])
    );
}
