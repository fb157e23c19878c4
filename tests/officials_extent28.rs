//! Officials: how far a title runs (issue 12, session 28, the twenty-fourth, twenty-eighth
//! and twenty-ninth draws' extents): capitalised fields listed inside a body's name, a
//! capitalised word's lowercase second syllable, a place inside a body's name that opens
//! with "Bà"/"Ông" or is joined by a dash, a body's short name after initials in a
//! bracket, a parent named in lowercase before its own parent. Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// Fields listed with commas and a last "và" inside a body's name are the body's, the
/// walk going on after them ("của Quốc hội"); a list of bodies, places or people is not.
#[test]
fn capitalised_fields_listed_stay_in_the_name() {
    assert_eq!(
        named(
            "Bà Hà Thị Nga, Chủ nhiệm Ủy ban Kinh tế, Tài chính và Ngân sách của Quốc hội cho biết như vậy."
        ),
        one(
            "Hà Thị Nga",
            &["Chủ nhiệm Ủy ban Kinh tế, Tài chính và Ngân sách của Quốc hội"]
        )
    );
    assert_eq!(
        named(
            "Thượng nghị sĩ Mark Olsen, Chủ tịch Ủy ban Điều trần Ngoại thương, Quốc phòng và Đối ngoại \
             của Quốc hội nhận định, hiệp định này có lợi."
        ),
        one(
            "Mark Olsen",
            &[
                "Thượng nghị sĩ",
                "Chủ tịch Ủy ban Điều trần Ngoại thương, Quốc phòng và Đối ngoại của Quốc hội"
            ]
        )
    );
    assert_eq!(
        named(
            "Ông Đỗ Minh Khang, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi \
             đồng phát biểu."
        ),
        one(
            "Đỗ Minh Khang",
            &["Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng"]
        )
    );
    // (a list of bodies, of places, of people)
    assert_eq!(
        named("Ông Vũ Đình Lộc, Giám đốc Sở Y tế, Sở Tài chính và Sở Xây dựng đã họp."),
        one("Vũ Đình Lộc", &["Giám đốc Sở Y tế"])
    );
    assert_eq!(
        named("Ông Vũ Đình Lộc, Giám đốc Sở Y tế, Hải Phòng và bà Lan đã họp."),
        one("Vũ Đình Lộc", &["Giám đốc Sở Y tế"])
    );
    assert_eq!(
        named("Ông Vũ Đình Lộc, Giám đốc Sở Y tế, Minh Anh và Lan đã họp."),
        one("Vũ Đình Lộc", &["Giám đốc Sở Y tế"])
    );
}

/// A capitalised word's lowercase second syllable at the end of a body's own name is the
/// name's, before a locative or "thuộc" and the institution after it; a time is not.
#[test]
fn a_second_syllable_ends_the_body_name() {
    assert_eq!(
        named(
            "Anna Berg, một nhà sinh vật học tại Bảo tàng Lịch sử Tự nhiên ở Stockholm, cho rằng \
             mẫu vật rất hiếm."
        ),
        one(
            "Anna Berg",
            &["nhà sinh vật học tại Bảo tàng Lịch sử Tự nhiên ở Stockholm"]
        )
    );
    assert_eq!(
        named(
            "Paul Keller, chuyên gia về an ninh biển tại Khoa Nghiên cứu Chiến tranh thuộc Đại học \
             Hoàng gia Edinburgh, cho rằng đây là bước ngoặt."
        ),
        one(
            "Paul Keller",
            &[
                "chuyên gia về an ninh biển tại Khoa Nghiên cứu Chiến tranh thuộc Đại học Hoàng gia Edinburgh"
            ]
        )
    );
}

/// A capitalised "Bà" or "Ông" and one capitalised syllable closing the clause inside a
/// body's name is a place; a word of address before a full name is a person's.
#[test]
fn ba_or_ong_inside_a_body_name_is_a_place() {
    assert_eq!(
        named(
            "Ông Phan Văn Lợi - Giám đốc Công ty CP Dịch vụ Cáp treo Bà Đen chia sẻ về kế hoạch."
        ),
        one(
            "Phan Văn Lợi",
            &["Giám đốc Công ty CP Dịch vụ Cáp treo Bà Đen"]
        )
    );
    let got = named("Theo Phó Chủ tịch UBND huyện Ông Nguyễn Văn Tám, dự án sẽ xong.");
    assert!(
        got.iter()
            .all(|(_, t)| t.iter().all(|t| !t.contains("Tám")))
    );
}

/// A place name of two parts joined by a spaced dash inside a body's name is the body's;
/// a holder's name after the dash is not.
#[test]
fn a_dashed_place_inside_a_body_name() {
    assert_eq!(
        named(
            "Ông Hồ Văn Sáu, Phó Giám đốc Ban quản lý Khu du lịch Tràng An - Bái Đính cho biết, \
             lượng khách tăng."
        ),
        one(
            "Hồ Văn Sáu",
            &["Phó Giám đốc Ban quản lý Khu du lịch Tràng An - Bái Đính"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Hòa - Giám đốc Trung tâm Văn hóa Thể thao - Nguyễn Thị Lan cho biết."),
        one("Lê Văn Hòa", &["Giám đốc Trung tâm Văn hóa Thể thao"])
    );
}

/// A body's short name after the initials in a bracket is the title's when it closes the
/// clause; a holder's name there is not.
#[test]
fn a_short_name_after_bracketed_initials() {
    assert_eq!(
        named(
            "Tại hội thảo, ông Trần Quốc Bảo - Giám đốc công nghệ (CTO) FPT Telecom đã chia sẻ \
             nhiều kinh nghiệm."
        ),
        one("Trần Quốc Bảo", &["Giám đốc công nghệ (CTO) FPT Telecom"])
    );
    assert_eq!(
        named("Nhiều người chú ý đến bà Lê Thị Thu - Chủ tịch Hội đồng quản trị (HĐQT) Hòa Phát."),
        one(
            "Lê Thị Thu",
            &["Chủ tịch Hội đồng quản trị (HĐQT) Hòa Phát"]
        )
    );
    assert_eq!(
        named("Giám đốc điều hành (CEO) Tim Cook cho biết doanh số tăng."),
        one("Tim Cook", &["Giám đốc điều hành"])
    );
    assert_eq!(
        named("Tổng giám đốc (CEO) Nguyễn Văn An cho biết doanh số tăng."),
        one("Nguyễn Văn An", &["Tổng giám đốc"])
    );
}

/// A parent named in lowercase after a comma is read when its own capitalised parent
/// follows after a dash.
#[test]
fn a_lowercase_parent_before_its_own_parent() {
    assert_eq!(
        named(
            "Ông Phạm Quang Huy - Trưởng phòng an ninh mạng, Cục công nghệ tin học - Ngân hàng Nhà \
             nước cho biết, hệ thống vẫn an toàn."
        ),
        one(
            "Phạm Quang Huy",
            &["Trưởng phòng an ninh mạng, Cục công nghệ tin học - Ngân hàng Nhà nước"]
        )
    );
}
