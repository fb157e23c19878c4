//! Jurisdictions of officials' titles on local-government news (issue 12, session 31,
//! dev31j): a title whose place its level took from the article yields to the place
//! another title of the person names; a unit named in a title whose name runs on past
//! it; a place the gazetteer does not hold named in a title; a state theatre. Sentences
//! written for these tests.

mod common;
use common::{code_of, codes};

/// A post named by its level alone ("Bí thư Tỉnh ủy") in an article that names another
/// province most, said in one apposition with a post that names its province: that
/// province's.
#[test]
fn a_level_alone_beside_a_post_naming_its_province() {
    let text = "Sáng 3/4, đoàn công tác làm việc tại tỉnh Thanh Hóa. Tỉnh Thanh Hóa đề nghị \
                hỗ trợ vốn; tỉnh Thanh Hóa sẽ báo cáo. Cùng ngày, Bí thư Tỉnh ủy, Trưởng \
                đoàn đại biểu Quốc hội tỉnh Hà Tĩnh Lê Văn Sơn tiếp xúc cử tri.";
    assert_eq!(code_of(text, "Lê Văn Sơn", "Bí thư Tỉnh ủy"), Some("42"));
    // the place named before it counts as well
    let text = "Huyện Sơn Tịnh đề nghị hỗ trợ vốn; huyện Sơn Tịnh sẽ báo cáo. Ông Trần Đình Lâm, Chủ tịch UBND huyện Tuy Phước, Phó Bí thư Huyện ủy cho biết.";
    let huyen = codes(text, "Trần Đình Lâm");
    assert_eq!(huyen.len(), 2, "{huyen:?}");
    assert_eq!(huyen[0].1, huyen[1].1, "{huyen:?}");
    // a post of the central level beside it names no province: the article's stays
    let text = "Tỉnh Thanh Hóa đề nghị hỗ trợ vốn; tỉnh Thanh Hóa sẽ báo cáo. Ông Đỗ Trọng \
                Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu.";
    assert_eq!(code_of(text, "Đỗ Trọng Hưng", "Bí thư Tỉnh ủy"), Some("38"));
}

/// A short form of a person's title whose place its level gave ("Phó Chủ tịch UBND TP",
/// the city the article names most; "Cục trưởng Cục Thuế", a central kind of body) is the
/// post the full form names: its place.
#[test]
fn a_short_form_takes_the_place_of_the_full_one() {
    let text = "Chiều 5/3, Phó Chủ tịch UBND TP Võ Thành Thống làm việc với các sở. Ông \
                Võ Thành Thống, Phó Chủ tịch UBND TP Cần Thơ yêu cầu đẩy nhanh tiến độ. \
                Tại TP Vinh, TP Vinh và TP Vinh cũng chuẩn bị hội nghị.";
    assert_eq!(
        code_of(text, "Võ Thành Thống", "Phó Chủ tịch UBND TP"),
        Some("92")
    );
    let text = "Cục trưởng Cục Thuế tỉnh Nguyễn Hữu Hòa cho biết thu ngân sách của tỉnh \
                Bình Định tăng. Cục trưởng Cục Thuế Nguyễn Hữu Hòa nói thêm về nợ đọng.";
    assert_eq!(
        codes(text, "Nguyễn Hữu Hòa"),
        [
            ("Cục trưởng Cục Thuế tỉnh".to_string(), Some("52")),
            ("Cục trưởng Cục Thuế".to_string(), Some("52")),
        ]
    );
    // said alone, a Cục is the central one
    assert_eq!(
        code_of(
            "Cục trưởng Cục Thuế Nguyễn Hữu Hòa cho biết.",
            "Nguyễn Hữu Hòa",
            "Cục trưởng Cục Thuế"
        ),
        Some("VN")
    );
}

/// A province named in a title whose name the place reader reads on past the title:
/// "tỉnh Thừa Thiên" of "tỉnh Thừa Thiên-Huế" is that province; a province the gazetteer
/// does not hold (a province of Laos) has no jurisdiction, not the article's province.
#[test]
fn a_unit_named_past_the_title() {
    let text = "Tại hội nghị ở tỉnh Sơn La, tỉnh Sơn La và tỉnh Sơn La, Phó Chủ tịch \
                Thường trực HĐND tỉnh Thừa Thiên-Huế Lê Trường Lưu phát biểu.";
    let all = codes(text, "Lê Trường Lưu");
    assert!(all.iter().all(|(_, c)| *c == Some("46")), "{all:?}");
    let text = "Tại hội nghị ở tỉnh Sơn La, tỉnh Sơn La và tỉnh Sơn La, các đại biểu nghe \
                Chủ tịch Hội đồng nhân dân tỉnh Thanh Hóa Trịnh Văn Chiến, Chủ tịch Hội \
                đồng nhân dân tỉnh Chămpaxắc Khămphăn Phômmathắt trình bày.";
    assert_eq!(
        code_of(
            text,
            "Trịnh Văn Chiến",
            "Chủ tịch Hội đồng nhân dân tỉnh Thanh Hóa"
        ),
        Some("38")
    );
    for (t, c) in codes(text, "Khămphăn Phômmathắt") {
        assert_eq!(c, None, "{t}");
    }
}

/// A state theatre serves the unit its name holds; with none, it governs nowhere told.
#[test]
fn a_theatre_of_a_city() {
    assert_eq!(
        code_of(
            "Tại TP.HCM, ông Lê Văn Tùng, Giám đốc Nhà hát Cải lương TP.HCM cho biết.",
            "Lê Văn Tùng",
            "Giám đốc Nhà hát Cải lương TP.HCM"
        ),
        Some("79")
    );
    assert_eq!(
        code_of(
            "Tại TP.HCM, ông Lê Văn Tùng, Giám đốc Nhà hát Tuổi Trẻ cho biết.",
            "Lê Văn Tùng",
            "Giám đốc Nhà hát Tuổi Trẻ"
        ),
        None
    );
}
