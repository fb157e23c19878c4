//! Officials: causes of cut titles and false or missed officials found by the second
//! precision audit of session 27 on untabled articles: the place a body's own name is in,
//! said bare after a dash or as a district after a comma with its province in a bracket;
//! a club in a former post's bracket after a person's name, after a bare role; the enforcement
//! officer's title. Sentences written for these tests.

mod common;
use common::{named, one};

/// After a dash that closes the apposition, the province a body's own name is in is the
/// title's ("Trường Tiểu học A - Long An"), as after a comma.
#[test]
fn a_province_after_a_dash_closes_the_title() {
    assert_eq!(
        named(
            "Thầy Trần Văn Bình, Hiệu trưởng Trường Tiểu học Hưng Lễ - Bến Tre cho biết trường sẽ mở thêm lớp."
        ),
        one(
            "Trần Văn Bình",
            &["Hiệu trưởng Trường Tiểu học Hưng Lễ - Bến Tre"]
        )
    );
    assert_eq!(
        named(
            "Bà Lê Thị Mai, Giám đốc Trung tâm Y tế Tân Phú - Long An: Chúng tôi đã chuẩn bị đủ thuốc."
        ),
        one("Lê Thị Mai", &["Giám đốc Trung tâm Y tế Tân Phú - Long An"])
    );
    // (a clause going on after the province: the province may be its subject)
    assert_eq!(
        named(
            "Thầy Trần Văn Bình, Hiệu trưởng Trường Tiểu học Hưng Lễ - Bến Tre đã tặng quà cho học sinh."
        ),
        one("Trần Văn Bình", &["Hiệu trưởng Trường Tiểu học Hưng Lễ"])
    );
}

/// A district said bare after a comma, its province in a bracket right after it, is
/// where the body is: the title's, before or after the name; not a district the
/// bracket's province does not hold.
#[test]
fn a_bare_district_with_its_province_in_a_bracket_is_the_titles() {
    assert_eq!(
        named(
            "Ông Lê Minh Tâm, Hiệu trưởng Trường THPT Hòa Bình, Cầu Giấy (Hà Nội) đã chia sẻ tại buổi tọa đàm."
        ),
        one(
            "Lê Minh Tâm",
            &["Hiệu trưởng Trường THPT Hòa Bình, Cầu Giấy (Hà Nội)"]
        )
    );
    assert_eq!(
        named("Hiệu trưởng Trường THPT Kim Liên, Đống Đa (Hà Nội) Phạm Văn Hùng phát biểu."),
        one(
            "Phạm Văn Hùng",
            &["Hiệu trưởng Trường THPT Kim Liên, Đống Đa (Hà Nội)"]
        )
    );
    assert_eq!(
        named("Ông Lê Minh Tâm, Hiệu trưởng Trường THPT Hòa Bình, Cầu Giấy (Nghệ An) đã chia sẻ."),
        one("Lê Minh Tâm", &["Hiệu trưởng Trường THPT Hòa Bình"])
    );
}

/// A former post ("cựu", "nguyên") with a bare role said of a person alone ("HLV") in a
/// bracket right after a person's name, one capitalised word closing the bracket: the word
/// is the club, the post the person's before the bracket. Outside such a bracket the word
/// stays a name ("HLV Zidane"), and so it does in a bracket after a club with no former
/// post ("Sporting Lisboa (HLV Amorim)", a club's coach).
#[test]
fn a_club_in_a_former_posts_bracket_after_a_name_is_no_person() {
    assert_eq!(
        named("Ban lãnh đạo đang cân nhắc những cái tên như Thomas Keller (cựu HLV Hamburg)."),
        one("Thomas Keller", &["cựu HLV Hamburg"])
    );
    assert_eq!(
        named("Đội bóng đã liên hệ với Marco Silva (nguyên HLV Fulham) trong tuần này."),
        one("Marco Silva", &["nguyên HLV Fulham"])
    );
    assert_eq!(
        named("Trận đấu do HLV Zidane chỉ đạo đã kết thúc."),
        one("Zidane", &["HLV"])
    );
    assert!(
        named("Sporting Lisboa (HLV Amorim) đã thắng.")
            .iter()
            .all(|(n, _)| n != "Sporting Lisboa")
    );
}

/// The civil-judgment enforcement officer ("Chấp hành viên") is a title of the judicial
/// apparatus, before a name as "Thẩm phán" is.
#[test]
fn an_enforcement_officer_is_a_title() {
    assert_eq!(
        named(
            "Chấp hành viên Trần Thị Thu Hà - Phó Chi cục trưởng Chi cục Thi hành án dân sự quận Ba Đình - được phân công thi hành bản án."
        ),
        one(
            "Trần Thị Thu Hà",
            &[
                "Chấp hành viên",
                "Phó Chi cục trưởng Chi cục Thi hành án dân sự quận Ba Đình"
            ]
        )
    );
    assert!(named("Chấp hành viên được phân công đã lập biên bản kê biên.").is_empty());
}
