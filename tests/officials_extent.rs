//! Officials: where a title apposed to a name ends (issue 12, session 18), each a rule of
//! the grammar of an appositive title's extent, with sentences written for these tests.

mod common;
use common::named;

/// The titles of the one person of `text`.
fn titles(text: &str) -> Vec<String> {
    let got = named(text);
    assert_eq!(got.len(), 1, "{got:?}");
    got[0].1.clone()
}

/// After the organisation, a locative ("tại"/"ở") and the place or body the post is held
/// in belong to an apposed title when the apposition ends right after it: a city or a
/// country, a body read from its head, a capitalised name of its own (a company, a city
/// no list has), a body and then its city, a place's bracket, the country after a comma.
#[test]
fn a_locative_closing_the_apposition() {
    let cases = [
        (
            "Bà Mai Thu Lan, giám đốc bộ phận truyền thông tại Zalora, cho biết như vậy.",
            "giám đốc bộ phận truyền thông tại Zalora",
        ),
        (
            "Ông Trần Văn An, chủ doanh nghiệp lữ hành ở Đà Nẵng, cho biết khách đã hủy.",
            "chủ doanh nghiệp lữ hành ở Đà Nẵng",
        ),
        (
            "Ông Lý Chí Cường, cựu giảng viên Học viện Lục quân Đài Loan ở Tân Trúc, nhận định.",
            "cựu giảng viên Học viện Lục quân Đài Loan ở Tân Trúc",
        ),
        (
            "Ông Kenji Sato, trưởng đại diện văn phòng Osaka Gas Asia tại Hà Nội - Thành viên \
             HĐQT Công ty Khí Miền Nam, phát biểu.",
            "trưởng đại diện văn phòng Osaka Gas Asia tại Hà Nội",
        ),
        (
            "Bà Priya Sharma, người đứng đầu khoa hồi sức tại Bệnh viện Fortis ở Noida, kể lại.",
            "người đứng đầu khoa hồi sức tại Bệnh viện Fortis ở Noida",
        ),
        (
            "Ông Lê Văn Tám, chủ cửa hàng hoa ở Cầu Giấy (Hà Nội) cho biết giá đã tăng.",
            "chủ cửa hàng hoa ở Cầu Giấy (Hà Nội)",
        ),
        (
            "Ông Wong Kar Ho, chủ tiệm sửa đồng hồ ở Hồng Kông, Trung Quốc.",
            "chủ tiệm sửa đồng hồ ở Hồng Kông, Trung Quốc",
        ),
        (
            "Ông Paul Green, giám đốc phát triển của robot Rover tại NASA cho biết.",
            "giám đốc phát triển của robot Rover tại NASA",
        ),
        (
            "Ông Mark Hill, cố vấn tại Cơ quan Hợp tác Quốc tế Nhật Bản, cho biết.",
            "cố vấn tại Cơ quan Hợp tác Quốc tế Nhật Bản",
        ),
        (
            "Ông Trần Văn Hòa, Bí thư Chi bộ sinh viên tại LB Nga chia sẻ kinh nghiệm.",
            "Bí thư Chi bộ sinh viên tại LB Nga",
        ),
        (
            "Bà Anna Berg, trưởng nhóm nghiên cứu tại Viện nghiên cứu bệnh tim Thụy Điển nói.",
            "trưởng nhóm nghiên cứu tại Viện nghiên cứu bệnh tim Thụy Điển",
        ),
    ];
    for (text, title) in cases {
        assert_eq!(titles(text)[0], title, "{text}");
    }
}

/// A locative's body or place may be said with its common noun first, lowercase, then its
/// own name ("tại hãng luật X", "tại tổ chức Y", "tại khu vực Z"); a gathering so said is
/// still where the person spoke.
#[test]
fn a_locative_with_its_common_noun() {
    let cases = [
        (
            "Bà Amy Chen, giám đốc tư vấn tại hãng luật Baker Walsh nói.",
            "giám đốc tư vấn tại hãng luật Baker Walsh",
        ),
        (
            "Ông Paul Green, nghiên cứu viên cấp cao tại tổ chức Viện Chính sách Xanh, nhận định.",
            "nghiên cứu viên cấp cao tại tổ chức Viện Chính sách Xanh",
        ),
        (
            "Ông Jean Morel, người đứng đầu đảng Xanh tại khu vực Rhône-Alpes cho biết.",
            "người đứng đầu đảng Xanh tại khu vực Rhône-Alpes",
        ),
        (
            "Ông Trần Văn Bình, Chủ tịch HĐQT Công ty Minh Long tại hội nghị Doanh nghiệp Trẻ, \
             cho biết.",
            "Chủ tịch HĐQT Công ty Minh Long",
        ),
    ];
    for (text, title) in cases {
        assert_eq!(titles(text)[0], title, "{text}");
    }
}

/// What stops a locative: a gathering after "tại" (where the person spoke, no body the post
/// is held at), a clause going on after the place or a word of time (the apposition has not
/// ended there).
#[test]
fn a_locative_that_is_no_part_of_the_title() {
    assert_eq!(
        titles("Ông Trần Văn Bình, Giám đốc Công ty Minh Long tại Hội nghị Xúc tiến, cho biết."),
        ["Giám đốc Công ty Minh Long"]
    );
    assert_eq!(
        titles("Ông Trần Văn Bình, Chủ tịch UBND tỉnh tại Hội thảo Đầu tư, cho biết."),
        ["Chủ tịch UBND tỉnh"]
    );
    assert_eq!(
        titles("Ông Trần Văn Bình, giám đốc một công ty ở Hà Nội đi công tác, kể lại."),
        ["giám đốc một công ty"]
    );
    // (a word of time after the place: the place is where the verb happens)
    assert_eq!(
        titles("Ông Trần Văn Bình, giám đốc kinh doanh tại Hà Nội sáng nay cho biết."),
        ["giám đốc kinh doanh"]
    );
}

/// A place after a locative says where the body is, not what it governs: a company's
/// office "tại Hà Nội" has no jurisdiction there (the title without it had none either).
#[test]
fn a_locative_place_is_no_jurisdiction() {
    let text = "Ông Kenji Sato, trưởng đại diện văn phòng Osaka Gas Asia tại Hà Nội, cho biết.";
    let a = vinews::Article::parse(text);
    let t = &a.officials[0].titles[0];
    assert_eq!(t, "trưởng đại diện văn phòng Osaka Gas Asia tại Hà Nội");
    assert_eq!(t.jurisdiction.as_ref().map(|j| j.code), None, "{t:?}");
}

/// A bracket that gives the organisation's abbreviation is the title's (the guide of
/// tests/data/officials-dev.tsv), also when the abbreviation is written with marks or
/// digits inside ("(KH&CN)", "(LĐ-TB&XH)", "(PC45)"), before the name or after it, and the
/// place said after it still closes the title; a bracket of other words is no abbreviation.
#[test]
fn an_abbreviation_with_marks_in_a_bracket() {
    assert_eq!(
        named("Thứ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT) Lê Văn Hải phát biểu."),
        vec![(
            "Lê Văn Hải".to_string(),
            vec!["Thứ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT)".to_string()]
        )]
    );
    assert_eq!(
        titles("Ông Lê Văn Hải, Phó Phòng Cảnh sát giao thông (PC67) cho biết."),
        ["Phó Phòng Cảnh sát giao thông (PC67)"]
    );
    assert_eq!(
        titles("Ông Lê Văn Hải, Giám đốc Sở Tài nguyên - Môi trường (TN-MT) tỉnh Nghệ An nói."),
        ["Giám đốc Sở Tài nguyên - Môi trường (TN-MT) tỉnh Nghệ An"]
    );
    assert_eq!(
        titles("Ông Lê Văn Hải, Giám đốc Sở Y tế (bên phải) cho biết."),
        ["Giám đốc Sở Y tế"]
    );
}

/// A region said by "miền" and its direction, which the places read as Vietnam's, is
/// another country's or place's when that is named right after it, and the title goes on
/// over it to the apposition's end ("miền Nam Thái Lan", "miền Tây Mindanao").
#[test]
fn a_region_of_another_country() {
    assert_eq!(
        titles("Đại úy Maria Santos, người phát ngôn Bộ Tư lệnh miền Tây Mindanao, tuyên bố."),
        ["Đại úy", "người phát ngôn Bộ Tư lệnh miền Tây Mindanao"]
    );
    assert_eq!(
        titles("Ông Somchai Wong, Chủ tịch Ủy ban Phát triển miền Bắc Thái Lan đã bác bỏ tin."),
        ["Chủ tịch Ủy ban Phát triển miền Bắc Thái Lan"]
    );
    assert_eq!(
        titles("Ông Trần Văn Nam, Giám đốc Cảng vụ Hàng không miền Bắc, cho biết."),
        ["Giám đốc Cảng vụ Hàng không miền Bắc"]
    );
}

/// A founding council ("Hội đồng sáng lập") is a board of its own: its "sáng" is no time
/// of day ending the title at "Chủ tịch Hội đồng", and the title after it in the chain is
/// the same person's. (Session 23: the chain's second title was a jury's head, which the
/// eighteenth draw's guide counts as no post; another post now.)
#[test]
fn a_founding_council() {
    assert_eq!(
        titles(
            "Ông Lê Minh Tâm, Chủ tịch Hội đồng sáng lập VNITO, Trưởng ban Tuyên giáo cho biết."
        ),
        ["Chủ tịch Hội đồng sáng lập VNITO", "Trưởng ban Tuyên giáo"]
    );
    assert_eq!(
        titles("GS Lê Minh Tâm, Chủ tịch Hội đồng Sáng lập Viện Nghiên cứu Tim mạch cho biết."),
        ["GS", "Chủ tịch Hội đồng Sáng lập Viện Nghiên cứu Tim mạch"]
    );
}
