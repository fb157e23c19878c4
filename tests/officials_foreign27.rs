//! Officials: names and posts of foreign persons and of a country's envoys abroad (issue
//! 12, session 27): a post held in a city of another country ("Đại sứ X ở Moscow", "Tổng
//! lãnh sự Y tại Fukuoka"), a High Representative ("Cao ủy") of the European Union, a
//! club's post before a foreign name set apart with its own apposed title, a trade word
//! before the name of a staff member of the body a bracket names, and a country's
//! delegation ("Đoàn Việt Nam") that is no one's name. Sentences written for these tests.

mod common;
use common::{named, one};

/// A country's post in a city abroad: the city closes the title, the name after it is the
/// holder's, a foreign one or a Vietnamese one (a city the lists lack before the latter).
#[test]
fn a_post_in_a_city_abroad() {
    assert_eq!(
        named("Bộ Ngoại giao Ba Lan triệu tập Đại sứ Hungary ở Moscow Karel Novak để phản đối."),
        one("Karel Novak", &["Đại sứ Hungary ở Moscow"])
    );
    assert_eq!(
        named("Tổng lãnh sự Việt Nam tại Osaka Trần Minh Đức đã tiếp đoàn sinh viên."),
        one("Trần Minh Đức", &["Tổng lãnh sự Việt Nam tại Osaka"])
    );
    assert_eq!(
        named("Tổng lãnh sự Việt Nam tại Sapporo Lê Thị Thu Hà báo cáo tình hình."),
        one("Lê Thị Thu Hà", &["Tổng lãnh sự Việt Nam tại Sapporo"])
    );
    // a country's post in a country, as before
    assert_eq!(
        named("Đại sứ Việt Nam tại Pháp Phạm Quang Vinh dự buổi lễ."),
        one("Phạm Quang Vinh", &["Đại sứ Việt Nam tại Pháp"])
    );
    // no name after the city: a post said of no one
    assert_eq!(
        named("Tổng lãnh sự Việt Nam tại Osaka đã tiếp đoàn sinh viên."),
        []
    );
}

/// "Cao ủy" (a High Representative) and the European Union named whole, its region
/// written lowercase, the name after it the holder's.
#[test]
fn the_european_unions_high_representative() {
    assert_eq!(
        named(
            "Theo AFP, Cao ủy Đối ngoại của Liên minh châu Âu Kaja Kallas cho rằng cần đối thoại."
        ),
        one("Kaja Kallas", &["Cao ủy Đối ngoại của Liên minh châu Âu"])
    );
    assert_eq!(
        named("Chủ tịch Liên minh châu Âu Charles Michel phát biểu tại hội nghị."),
        one("Charles Michel", &["Chủ tịch Liên minh châu Âu"])
    );
    assert_eq!(
        named("Bà Kaja Kallas, Cao ủy Đối ngoại EU, đã tới Kiev."),
        one("Kaja Kallas", &["Cao ủy Đối ngoại EU"])
    );
}

/// A club's post before a foreign name that a comma sets apart with its own apposed title,
/// the clause going on: both titles are the name's. A Vietnamese full name there may be a
/// list's item and keeps only its own.
#[test]
fn a_clubs_post_before_a_foreign_name_with_its_own_title() {
    assert_eq!(
        named(
            "Trước đó, Chủ tịch Atletico Madrid, Enrique Cerezo, người đứng đầu Liên đoàn \
             các CLB Tây Ban Nha từng phản đối."
        ),
        one(
            "Enrique Cerezo",
            &[
                "Chủ tịch Atletico Madrid",
                "người đứng đầu Liên đoàn các CLB Tây Ban Nha"
            ]
        )
    );
    assert_eq!(
        named("Giám đốc điều hành Netflix, Reed Hastings, người sáng lập công ty cho biết."),
        one(
            "Reed Hastings",
            &["Giám đốc điều hành Netflix", "người sáng lập công ty"]
        )
    );
    assert_eq!(
        named("Phó Chủ tịch UBND tỉnh, Nguyễn Văn An, Giám đốc Sở Y tế cùng dự."),
        one("Nguyễn Văn An", &["Giám đốc Sở Y tế"])
    );
}

/// A trade word before the name of a staff member of the body a bracket names after it,
/// a preposition opening the bracket or the body's name alone; a country there, or an
/// acronym alone, names no workplace.
#[test]
fn a_trade_before_a_name_with_its_workplace_in_a_bracket() {
    assert_eq!(
        named("Chuyên gia dinh dưỡng Laura Becker (tại Cleveland Clinic) khuyên nên ăn sáng."),
        one("Laura Becker", &["Chuyên gia dinh dưỡng"])
    );
    assert_eq!(
        named("Theo nhà xã hội học Daniel Ortiz (Stanford), thói quen khó bỏ."),
        one("Daniel Ortiz", &["nhà xã hội học"])
    );
    assert_eq!(
        named("Theo nhà xã hội học Daniel Ortiz (Mỹ), thói quen khó bỏ."),
        []
    );
    assert_eq!(
        named("Cậu bé nhận chứng chỉ chuyên gia Oracle Certified Associate (OCA) năm 6 tuổi."),
        []
    );
}

/// "Đoàn" and a country is the country's delegation, no person named Đoàn; a name of that
/// surname stays one.
#[test]
fn a_countrys_delegation_is_no_name() {
    assert_eq!(
        named("Bộ trưởng Trần Văn Nam chụp ảnh với các đại biểu Đoàn Việt Nam và sinh viên."),
        one("Trần Văn Nam", &["Bộ trưởng"])
    );
    assert_eq!(named("Các đại biểu Đoàn Lào đã tới Hà Nội."), []);
    assert_eq!(
        named("Giám đốc Sở Y tế Đoàn Văn Nam dự lễ."),
        one("Đoàn Văn Nam", &["Giám đốc Sở Y tế"])
    );
}
