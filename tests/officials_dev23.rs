//! Officials: the shapes session 26 read from the twenty-third draw (issue 12): a rare
//! surname before the middle name "Văn" or "Thị", the city written "TPHCM" after a comma
//! closing a title, the province of a body named by its field alone, the founder said
//! "nhà (đồng) sáng lập"; with sentences written for these tests.

mod common;
use common::{named, one};

/// A surname of no list, right before the middle name "Văn" or "Thị", opens the name: the
/// name is not cut to the middle name, itself a surname of the list; and the rarer
/// surnames of the list are read as surnames.
#[test]
fn a_rare_surname_before_a_middle_name() {
    assert_eq!(
        named("Tại buổi lễ, ông Thang Văn Khải, nguyên Phó Chủ tịch UBND tỉnh, cho biết."),
        one("Thang Văn Khải", &["nguyên Phó Chủ tịch UBND tỉnh"])
    );
    assert_eq!(
        named("Bà Quế Thị Mai Hương, Phó Giám đốc Sở Tư pháp, đã ký quyết định."),
        one("Quế Thị Mai Hương", &["Phó Giám đốc Sở Tư pháp"])
    );
    assert_eq!(
        named("Ông Vưu Quang Tiến, Chủ tịch UBND huyện, cho biết sẽ kiểm tra."),
        one("Vưu Quang Tiến", &["Chủ tịch UBND huyện"])
    );
}

/// The city after a comma closes the title, written "TPHCM" (no dots, no space) as much as
/// "TP.HCM", before a mark or a reporting verb; so does the province of a body named by
/// its head and field alone. A verb that is no report leaves the city to the next clause.
#[test]
fn the_city_after_a_comma_closes_the_title() {
    assert_eq!(
        named("Bà Lê Thị Ngọc, Phó Giám đốc Sở Công Thương, TPHCM cho biết giá đã giảm."),
        one("Lê Thị Ngọc", &["Phó Giám đốc Sở Công Thương, TPHCM"])
    );
    assert_eq!(
        named("Thầy Đặng Văn Khoa, giáo viên trường THCS Tân Phú, TPHCM, chia sẻ thêm."),
        one("Đặng Văn Khoa", &["giáo viên trường THCS Tân Phú, TPHCM"])
    );
    assert_eq!(
        named("Theo ông Hồ Minh Trí, Giám đốc Sở Y tế, Cần Thơ là nơi có nhiều ca bệnh nhất."),
        one("Hồ Minh Trí", &["Giám đốc Sở Y tế"])
    );
}

/// "nhà sáng lập", "nhà đồng sáng lập" apposed with the company after them are the
/// founder's post, as "người sáng lập" is.
#[test]
fn the_founder_said_with_nha() {
    assert_eq!(
        named("Peter Lang, nhà đồng sáng lập của Northwind cũng có mặt tại hội thảo."),
        one("Peter Lang", &["nhà đồng sáng lập của Northwind"])
    );
}

/// A foreign full name after a dash, no word of address, is the title's holder, with an
/// initial in the middle or not; the owner said "ông chủ" before the club and a dash too.
#[test]
fn a_foreign_name_after_a_dash() {
    assert_eq!(
        named("Người hâm mộ giương biểu ngữ phản đối ông chủ Everton - Robert K. Smith."),
        one("Robert K. Smith", &["ông chủ Everton"])
    );
    assert_eq!(
        named("Chủ tịch Valencia - Anil Murthy đã lên tiếng xin lỗi."),
        one("Anil Murthy", &["Chủ tịch Valencia"])
    );
}

/// A trade of the lists' employees joined by "và" to a post held at a named institution,
/// both apposed to a name: two titles.
#[test]
fn a_trade_beside_a_post() {
    assert_eq!(
        named(
            "\"Loài này thích nghi rất nhanh\", Helen McCarthy, nhà sinh thái học và phó giáo sư sinh học tại Đại học Otago cho biết."
        ),
        one(
            "Helen McCarthy",
            &[
                "nhà sinh thái học",
                "phó giáo sư sinh học tại Đại học Otago"
            ]
        )
    );
    assert_eq!(
        named("Helen McCarthy, nhà sinh thái học và nhà văn, cho biết."),
        []
    );
}

/// A link said with an adverb of aspect ("trở lại", "tiếp tục", "đang") before it ties the
/// post after it to the name before it.
#[test]
fn a_link_after_an_adverb_of_aspect() {
    assert_eq!(
        named("Ông Kenji Mori trở lại giữ ghế Chủ tịch HĐQT Sacombank chỉ sau một giờ."),
        one("Kenji Mori", &["Chủ tịch HĐQT Sacombank"])
    );
    assert_eq!(
        named("Bà Đào Thị Hạnh tiếp tục giữ chức Hiệu trưởng Trường THCS Lê Lợi."),
        one("Đào Thị Hạnh", &["Hiệu trưởng Trường THCS Lê Lợi"])
    );
}

/// The state's honorary title glued after degrees by a period is no part of them: the
/// degrees are the title, as when a dash sets the award apart.
#[test]
fn an_award_glued_after_degrees() {
    assert_eq!(
        named("GS.TS.NGND Phan Văn Lợi cho biết trường sẽ mở thêm ngành mới."),
        one("Phan Văn Lợi", &["GS.TS"])
    );
    assert_eq!(
        named("PGS.TS.BS Hồ Thị Mai cho biết bệnh nhân đã ổn định."),
        one("Hồ Thị Mai", &["PGS.TS.BS"])
    );
}

/// "chi ủy viên" (a member of a Party cell's committee) is a title, and "và là" after a
/// post joins a second post of the same subject.
#[test]
fn a_cell_committee_member_and_a_second_post() {
    assert_eq!(
        named(
            "Hiện, bà Lương Thị Thu là chi ủy viên Chi bộ Văn phòng và là Chánh Văn phòng Sở Xây dựng."
        ),
        one(
            "Lương Thị Thu",
            &[
                "chi ủy viên Chi bộ Văn phòng",
                "Chánh Văn phòng Sở Xây dựng"
            ]
        )
    );
    assert_eq!(
        named("Ông Tạ Văn Long là Giám đốc Sở Tài chính và là người có nhiều đóng góp."),
        one("Tạ Văn Long", &["Giám đốc Sở Tài chính"])
    );
}
