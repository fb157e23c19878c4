//! Officials: jurisdictions of titles (issue 12), session 27: a province-level city the
//! article calls a "tỉnh", districts the gazetteer does not hold, bodies named after a
//! place or said to belong to a body of one, bodies of a region, deputies of Quốc hội
//! named with their province, steering committees and councils, and a party cell named
//! after its body. Sentences written for these tests.

mod common;
use common::code_of;

/// A bare "UBND tỉnh" is the article's province, also when the gazetteer holds it as a
/// centrally run city of both eras (Thừa Thiên Huế, "thành phố Huế" since 2025), the
/// article calling it a "tỉnh".
#[test]
fn a_province_the_article_calls_a_tinh() {
    let text = "Tỉnh Thừa Thiên Huế vừa khánh thành trường mới. Ông Trần Văn Hòa, Chủ tịch \
                UBND tỉnh, cho biết tỉnh Thừa Thiên Huế sẽ xây thêm hai trường.";
    assert_eq!(
        code_of(text, "Trần Văn Hòa", "Chủ tịch UBND tỉnh"),
        Some("46")
    );
}

/// A "quận" the gazetteer does not hold counts for the one centrally run city of the
/// article: a bare "Sở" is that city's, not the neighbouring province's named as often.
#[test]
fn a_district_the_gazetteer_lacks_counts_for_its_city() {
    let text = "Đoàn công tác TP.HCM làm việc với quận 9. Quận 9 giáp tỉnh Đồng Nai. Giám \
                đốc Sở Xây dựng Lê Văn Toàn cho biết quận 9 có nhiều công trình sai phép.";
    assert_eq!(
        code_of(text, "Lê Văn Toàn", "Giám đốc Sở Xây dựng"),
        Some("79")
    );
}

/// A town the gazetteer does not hold (thị xã Cửa Lò, merged before 2025-07-01) in an
/// article that names no province: the province whose new ward kept its name; a name no
/// unit has gives none.
#[test]
fn a_town_merged_away_is_placed_by_its_name() {
    let text = "Ông Lê Văn Minh, Phó Chủ tịch UBND thị xã Cửa Lò, cho biết du lịch của thị \
                xã đang phục hồi.";
    assert_eq!(
        code_of(text, "Lê Văn Minh", "Phó Chủ tịch UBND thị xã Cửa Lò"),
        Some("40")
    );
    let none = "Ông Lê Văn Minh, Phó Chủ tịch UBND thị xã Hoa Mai Xanh, cho biết du lịch \
                đang phục hồi.";
    assert_eq!(
        code_of(none, "Lê Văn Minh", "Phó Chủ tịch UBND thị xã Hoa Mai Xanh"),
        None
    );
}

/// A border post named after a place the article names with its unit word is that
/// place's; a station said to belong to it ("…, thuộc Đồn …") too. Without the unit
/// word in the article, the name places nothing; a company it belongs to places nothing.
#[test]
fn a_body_named_after_a_place_serves_it() {
    let text = "Đêm qua, TP Hà Tiên mưa lớn. Thiếu tá Lê Minh Quang - Đồn trưởng Đồn Biên \
                phòng Cửa khẩu quốc tế Hà Tiên cho biết lực lượng vẫn tuần tra. Đại úy Phạm \
                Văn Khoa - Trạm trưởng Trạm Kiểm soát Biên phòng Mũi Nai, thuộc Đồn Biên \
                phòng Cửa khẩu quốc tế Hà Tiên, cho biết thêm.";
    assert_eq!(
        code_of(
            text,
            "Lê Minh Quang",
            "Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên"
        ),
        Some("900")
    );
    assert_eq!(
        code_of(
            text,
            "Phạm Văn Khoa",
            "Trạm trưởng Trạm Kiểm soát Biên phòng Mũi Nai"
        ),
        Some("900")
    );
    let bare = "Thiếu tá Lê Minh Quang - Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Hà \
                Tiên cho biết lực lượng vẫn tuần tra.";
    assert_eq!(
        code_of(
            bare,
            "Lê Minh Quang",
            "Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên"
        ),
        None
    );
}

/// A body of the state named after a region of the country governs an area that is no
/// unit: the country's; a company of the region is none, and so is a body of a region of
/// another country ("miền Tây" of a foreign island).
#[test]
fn a_body_of_a_region_is_national() {
    let text = "Ông Ngô Văn Hải, Giám đốc Cảng vụ Hàng không miền Trung, cho biết sân bay \
                đã mở lại.";
    assert_eq!(
        code_of(
            text,
            "Ngô Văn Hải",
            "Giám đốc Cảng vụ Hàng không miền Trung"
        ),
        Some("VN")
    );
    let firm = "Ông Ngô Văn Hải, Giám đốc Công ty Điện lực miền Trung, cho biết lưới điện \
                đã ổn định.";
    assert_eq!(
        code_of(firm, "Ngô Văn Hải", "Giám đốc Công ty Điện lực miền Trung"),
        None
    );
    let abroad = "Ông Lê Văn An, người phát ngôn Bộ Tư lệnh miền Tây Visayas, cho biết \
                  binh sĩ đã rút.";
    assert_eq!(
        code_of(
            abroad,
            "Lê Văn An",
            "người phát ngôn Bộ Tư lệnh miền Tây Visayas"
        ),
        None
    );
}

/// A deputy of Quốc hội named with the province that elected them is a member of the
/// national organ; the head of the province's delegation is the province's.
#[test]
fn a_deputy_named_with_a_province_is_national() {
    let text = "Ông Hoàng Văn Nam, đại biểu Quốc hội tỉnh Nam Định, cho rằng luật cần sửa. \
                Bà Trịnh Thị Thu, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Nam Định, đồng tình.";
    assert_eq!(
        code_of(text, "Hoàng Văn Nam", "đại biểu Quốc hội tỉnh Nam Định"),
        Some("VN")
    );
    assert_eq!(
        code_of(
            text,
            "Trịnh Thị Thu",
            "Phó Trưởng Đoàn đại biểu Quốc hội tỉnh Nam Định"
        ),
        Some("36")
    );
}

/// A steering committee or a council said bare is set up at the level of its head's
/// other posts: a deputy prime minister's is national, a province's vice-chairman's the
/// province's; posts of two levels leave it as read.
#[test]
fn a_steering_committee_is_at_its_heads_level() {
    let text = "Phó Thủ tướng Chính phủ Trần Văn Lâm, Trưởng Ban Chỉ đạo, yêu cầu các bộ \
                rà soát.";
    assert_eq!(
        code_of(text, "Trần Văn Lâm", "Trưởng Ban Chỉ đạo"),
        Some("VN")
    );
    let province = "Ông Lý Văn Tài, Phó Chủ tịch UBND tỉnh Hà Nam, Trưởng Ban Chỉ đạo, cho \
                    biết tỉnh đã khoanh vùng.";
    assert_eq!(
        code_of(province, "Lý Văn Tài", "Trưởng Ban Chỉ đạo"),
        Some("35")
    );
    let council = "Ông Đặng Văn Hưng, Thứ trưởng Bộ Công Thương, Chủ tịch Hội đồng Giải \
                   thưởng, cho biết có 40 doanh nghiệp đạt giải.";
    assert_eq!(
        code_of(council, "Đặng Văn Hưng", "Chủ tịch Hội đồng Giải thưởng"),
        Some("VN")
    );
    let two = "Ông Lý Văn Tài, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Hà \
               Nam, Trưởng Ban Chỉ đạo, cho biết tỉnh đã khoanh vùng.";
    assert_eq!(code_of(two, "Lý Văn Tài", "Trưởng Ban Chỉ đạo"), None);
}

/// A party cell named after the body it is set up in is that body's, which another
/// title of the person names in full.
#[test]
fn a_party_cell_is_its_bodys() {
    let text = "Bà Vũ Thị Hoa - Chuyên viên Ban Nữ công LĐLĐ tỉnh Hải Dương nhận huy hiệu. \
                Hiện bà Vũ Thị Hoa là chi ủy viên Chi bộ Ban Nữ công.";
    assert_eq!(
        code_of(text, "Vũ Thị Hoa", "chi ủy viên Chi bộ Ban Nữ công"),
        Some("30")
    );
}
