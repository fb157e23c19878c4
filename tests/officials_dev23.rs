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
