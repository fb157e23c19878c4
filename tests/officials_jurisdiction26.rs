//! Officials: jurisdictions of titles (issue 12), session 26: Vietnam's bodies abroad, a
//! body's abbreviation ending in "VN", districts the gazetteer does not hold, a deputy and
//! a delegation's head said short, and a foreign leader's post said by its role alone.
//! Sentences written for these tests.

mod common;
use common::code_of;

/// A body of Vietnam set up abroad, said with a locative before another country (an
/// embassy, a union's committee among students abroad), is the central level's; another
/// country's body in Vietnam stays foreign, and so does a company abroad.
#[test]
fn vietnams_bodies_abroad_are_central() {
    let envoy = "Bà Trần Thị Mai, Đại sứ Việt Nam tại Thụy Điển, cho biết hai bên sẽ hợp tác.";
    assert_eq!(
        code_of(envoy, "Trần Thị Mai", "Đại sứ Việt Nam tại Thụy Điển"),
        Some("VN")
    );
    let union = "Anh Lê Văn Hùng, Phó Bí thư Ban Cán sự Đoàn tại Nhật Bản, chia sẻ niềm vui.";
    assert_eq!(
        code_of(
            union,
            "Lê Văn Hùng",
            "Phó Bí thư Ban Cán sự Đoàn tại Nhật Bản"
        ),
        Some("VN")
    );
    let theirs = "Ông John Miller, Đại sứ Anh tại Việt Nam, phát biểu tại buổi lễ.";
    assert_eq!(
        code_of(theirs, "John Miller", "Đại sứ Anh tại Việt Nam"),
        None
    );
}

/// The national confederation of labour written short with the country glued on
/// ("LĐLĐVN") is a national body of the Front.
#[test]
fn an_abbreviation_ending_in_vn_is_national() {
    let text = "Phó Chủ tịch Tổng LĐLĐVN Đỗ Văn Quang nhấn mạnh quyền lợi của công nhân.";
    assert_eq!(
        code_of(text, "Đỗ Văn Quang", "Phó Chủ tịch Tổng LĐLĐVN"),
        Some("VN")
    );
}

/// A district the gazetteer does not hold (merged away before 2025-07-01: quận 9 of TP Hồ
/// Chí Minh) is held by the one centrally run city the article names; a "quận" said bare
/// by its level too. An article that names two such cities places it in neither.
#[test]
fn a_district_the_gazetteer_lacks_is_its_citys() {
    let text = "Đoàn công tác của TP.HCM làm việc tại quận 9. Ông Cao Văn Nam, Phó bí thư \
                quận 9, báo cáo. Bà Đỗ Thị Lan, Chủ tịch quận, cho biết thêm.";
    assert_eq!(
        code_of(text, "Cao Văn Nam", "Phó bí thư quận 9"),
        Some("79")
    );
    assert_eq!(code_of(text, "Đỗ Thị Lan", "Chủ tịch quận"), Some("79"));
    let two = "Hà Nội mưa lớn. Ở TP.HCM, ông Phạm Văn Tư, Chủ tịch UBND quận 9, cho biết \
               nước đã rút.";
    assert_eq!(code_of(two, "Phạm Văn Tư", "Chủ tịch UBND quận 9"), None);
}

/// "đại biểu" said alone of someone the article calls a deputy of Quốc hội in full is
/// that deputy: central.
#[test]
fn a_deputy_said_short_is_the_assemblys() {
    let text = "Đại biểu Quốc hội Hoàng Văn Sơn nêu ý kiến về quỹ hỗ trợ. Theo ông Sơn, cần \
                minh bạch hơn, đại biểu Hoàng Văn Sơn nói.";
    assert_eq!(code_of(text, "Hoàng Văn Sơn", "đại biểu"), Some("VN"));
}

/// A delegation's head said by the role alone leads it for the body they head: a
/// minister's delegation is central; a foreign minister's is not.
#[test]
fn a_delegations_head_is_of_the_body_they_head() {
    let text = "Đoàn công tác của Bộ Y tế do Thứ trưởng Bộ Y tế Ngô Văn Bảo làm Trưởng \
                đoàn đã làm việc với tỉnh Hà Nam.";
    assert_eq!(code_of(text, "Ngô Văn Bảo", "Trưởng đoàn"), Some("VN"));
}

/// One person holds Vietnam's Thủ tướng at a time: the role said alone of another, whose
/// name is no Vietnamese one, at a meeting with Vietnam's prime minister named in full, is
/// that person's country's.
#[test]
fn a_foreign_peer_said_by_the_role_alone_is_not_vietnams() {
    let text = "Thủ tướng Chính phủ Lê Văn Minh đã hội đàm với người đồng cấp Campuchia tại Việt Nam. Tại cuộc \
                gặp, Thủ tướng Keo Som cảm ơn Thủ tướng Lê Văn Minh.";
    assert_eq!(code_of(text, "Keo Som", "Thủ tướng"), None);
    assert_eq!(
        code_of(text, "Lê Văn Minh", "Thủ tướng Chính phủ"),
        Some("VN")
    );
}
