//! Officials said by a description (issue 12, session 29): a trade with its field, then
//! "và (là)" and a post, apposed to a name (the trade beside the post, "một" before it or
//! not); a region or a country after a body whose name is a country's too is the title's
//! place, no name. Negative cases: a trade with its field and "và" a description with no
//! post; a name after a country. Sentences written for these tests.

mod common;
use common::{named, one};

/// "X, một nhà khoa học bảo tồn và là người sáng lập nhóm Y": the trade with its field and
/// the post after "và là", both the person's.
#[test]
fn a_trade_with_its_field_beside_a_post() {
    assert_eq!(
        named(
            "Theo đó, Marten Hoogland, một nhà sinh thái học rừng và là người sáng lập nhóm \
             bảo vệ Kalimantan Green đã kêu gọi chính quyền hành động."
        ),
        one(
            "Marten Hoogland",
            &[
                "nhà sinh thái học rừng",
                "người sáng lập nhóm bảo vệ Kalimantan Green"
            ]
        )
    );
    assert_eq!(
        named(
            "Ông Lê Hoàng Phúc, nhà địa chất học biển và là Phó Viện trưởng Viện Hải dương \
             học cho biết kết quả khảo sát."
        ),
        one(
            "Lê Hoàng Phúc",
            &[
                "nhà địa chất học biển",
                "Phó Viện trưởng Viện Hải dương học"
            ]
        )
    );
}

/// A trade with its field and "và là" before no post is a description: no title.
#[test]
fn a_trade_with_its_field_and_no_post() {
    assert!(
        named(
            "Ông Đỗ Văn Khoa, một nhà sinh học biển và là người yêu thiên nhiên đã kêu gọi \
             bảo vệ rạn san hô."
        )
        .is_empty()
    );
}

/// "giám đốc Aruba Đông Nam Á": after a body whose name is a country's too, a world region
/// or a country is the title's place, no person's name; the name before the title holds it.
#[test]
fn a_region_after_a_country_named_body() {
    assert_eq!(
        named(
            "Bà Linda Cheong, giám đốc khu vực Aruba Đông Nam Á, cho biết sản phẩm sẽ ra \
             mắt vào tháng 6."
        ),
        one("Linda Cheong", &["giám đốc khu vực Aruba Đông Nam Á"])
    );
    assert_eq!(
        named("Thủ tướng Campuchia Hun Sen đã tiếp đoàn."),
        one("Hun Sen", &["Thủ tướng Campuchia"])
    );
}

/// "ông Park - cố Chủ tịch Tập đoàn X -": a later mention by the surname or given name,
/// a post set after it by a dash or a comma, is the post of the one person named so
/// before.
#[test]
fn a_post_set_after_a_later_short_mention() {
    assert_eq!(
        named(
            "Ông Park Sung-min qua đời năm ngoái. Ông Park - cố Chủ tịch Tập đoàn Hanwha - \
             từng nhập viện hồi năm 2016."
        ),
        one("Park Sung-min", &["cố Chủ tịch Tập đoàn Hanwha"])
    );
    assert_eq!(
        named(
            "Ông Trịnh Văn Khải đến thăm trường. Ông Khải, Giám đốc Sở Giáo dục tỉnh, cho \
             biết năm nay trường có thêm 3 phòng học."
        ),
        one("Trịnh Văn Khải", &["Giám đốc Sở Giáo dục tỉnh"])
    );
}

/// A title set after a later short mention that is the apposition of the next addressed
/// name ("…, người phát ngôn …, ông B,") is that name's, not the short mention's.
#[test]
fn a_post_before_the_next_addressed_name_stays_its() {
    let found = named(
        "Tổng thống Mateo Rivas đã phát biểu. Khi được hỏi về ông Rivas, người phát ngôn của \
         Tổng thống, ông Julio Serrano, cho biết ông Rivas vẫn khỏe.",
    );
    let rivas = found.iter().find(|(n, _)| n == "Mateo Rivas");
    assert!(
        rivas.is_some_and(|(_, t)| t.iter().all(|t| !t.contains("phát ngôn"))),
        "{found:?}"
    );
}

/// "Bộ trưởng Công thương Chan Chung Sing": a name of three words romanized without tone
/// marks after the organisation's lowercase field is whole, though a Vietnamese surname
/// stands inside it; a Vietnamese name, with its marks, is read as before.
#[test]
fn a_romanized_name_of_three_words_is_whole() {
    assert_eq!(
        named("Bộ trưởng Quốc phòng Ng Eng Hen sẽ sang Bộ Ngoại giao."),
        one("Ng Eng Hen", &["Bộ trưởng Quốc phòng"])
    );
    assert_eq!(
        named("Bộ trưởng Ngoại giao Tan Chung Seng cho biết."),
        one("Tan Chung Seng", &["Bộ trưởng Ngoại giao"])
    );
    assert_eq!(
        named("Giám đốc công ty Minh Long Trần Văn Hùng cho biết."),
        one("Trần Văn Hùng", &["Giám đốc công ty Minh Long"])
    );
}
