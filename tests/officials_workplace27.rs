//! Officials: the body a specialist works in, apposed to the name with no role word
//! (issue 12, session 27): a degree or profession before the name ("ThS.BS", "TS",
//! "luật sư"), then a comma or a dash and the unit, chained to its parents ("khoa X,
//! Bệnh viện Y (Hà Nội)"); the guide writes the unit as a title of its own. Sentences
//! written for these tests.

mod common;
use common::{named, one};

/// A dash sets the unit after the name as a comma does; after "theo" the unit closes with
/// a comma, past the bracket of its hospital's city.
#[test]
fn a_unit_after_a_dash_and_its_city_bracket() {
    assert_eq!(
        named(
            "Theo ThS.BS Lương Thị Hoa – khoa Hô hấp, Bệnh viện Đa khoa Xanh Pôn (Hà Nội), \
             trẻ nhỏ dễ mắc bệnh vào mùa đông."
        ),
        one(
            "Lương Thị Hoa",
            &["ThS.BS", "khoa Hô hấp, Bệnh viện Đa khoa Xanh Pôn (Hà Nội)"]
        )
    );
    assert_eq!(
        named("Theo TS.BS Kiều Văn Lâm, Bệnh viện Nhi Trung ương (Hà Nội), bệnh đã giảm."),
        one(
            "Kiều Văn Lâm",
            &["TS.BS", "Bệnh viện Nhi Trung ương (Hà Nội)"]
        )
    );
    // a bare place after the name is no unit
    assert_eq!(
        named("Theo BS Kiều Văn Lâm – Hải Phòng, bệnh đã giảm."),
        one("Kiều Văn Lâm", &["BS"])
    );
    // "theo" + name, then the next clause's subject, a body
    assert_eq!(
        named("Theo TS Kiều Văn Lâm, Bộ Y tế đã ban hành hướng dẫn mới."),
        one("Kiều Văn Lâm", &["TS"])
    );
}

/// A department's field may end in lowercase words ("khoa Nội tổng hợp", "khoa Tiết
/// niệu-nam học"): the unit is read when a mark closes it or a reporting verb follows;
/// not when the clause's words run on into it.
#[test]
fn a_department_named_in_lowercase_words() {
    assert_eq!(
        named("BS Hồ Minh Khang, khoa Ngoại thần kinh-cột sống cho biết ca mổ kéo dài 5 giờ."),
        one("Hồ Minh Khang", &["BS", "khoa Ngoại thần kinh-cột sống"])
    );
    assert_eq!(
        named("Theo BS Hồ Minh Khang, khoa Hồi sức tích cực, bệnh nhân đã qua cơn nguy kịch."),
        one("Hồ Minh Khang", &["BS", "khoa Hồi sức tích cực"])
    );
    assert_eq!(
        named("Bà Đinh Thị Lụa, Vụ Giáo dục thường xuyên, Bộ Giáo dục và Đào tạo cho biết vậy."),
        one(
            "Đinh Thị Lụa",
            &["Vụ Giáo dục thường xuyên, Bộ Giáo dục và Đào tạo"]
        )
    );
    // the verb "tiếp nhận" read as a field's words: no unit
    assert_eq!(
        named("BS Hồ Minh Khang, khoa Nội tổng hợp tiếp nhận bệnh nhân lúc 2 giờ sáng."),
        one("Hồ Minh Khang", &["BS"])
    );
}

/// A law office and the bar it belongs to: "luật sư" inside the body's name is no rank of
/// a person, and the firm's "và Cộng sự" is its name's.
#[test]
fn a_law_office_and_its_bar() {
    assert_eq!(
        named(
            "Theo luật sư Phan Đức Toàn, Văn phòng luật sư Minh Đạo và Cộng sự - Đoàn luật sư \
             tỉnh Nghệ An, hợp đồng này vô hiệu."
        ),
        one(
            "Phan Đức Toàn",
            &[
                "luật sư",
                "Văn phòng luật sư Minh Đạo và Cộng sự - Đoàn luật sư tỉnh Nghệ An"
            ]
        )
    );
    assert_eq!(
        named("Luật sư Phan Đức Toàn, Công ty Luật Hưng Thịnh và Cộng sự cho biết vậy."),
        one(
            "Phan Đức Toàn",
            &["Luật sư", "Công ty Luật Hưng Thịnh và Cộng sự"]
        )
    );
}

/// The signature under an expert's column: the rank and name alone on their line, the
/// unit alone on the next (its two fields listed by a comma, closed by its parent).
/// Not a line that goes on as a clause, nor a name no rank opens.
#[test]
fn a_signature_on_two_lines() {
    assert_eq!(
        named(
            "Người bệnh cần tái khám đúng hẹn.\nBS CKI Mai Thanh Tùng\nKhoa Nội tiết, \
             đái tháo đường, Bệnh viện Đa khoa tỉnh Nam Định"
        ),
        one(
            "Mai Thanh Tùng",
            &[
                "BS CKI",
                "Khoa Nội tiết, đái tháo đường, Bệnh viện Đa khoa tỉnh Nam Định"
            ]
        )
    );
    assert_eq!(
        named(
            "Người bệnh cần tái khám đúng hẹn.\nBS Mai Thanh Tùng\nBệnh viện Đa khoa tỉnh Nam \
             Định đã tiếp nhận nhiều ca bệnh."
        ),
        one("Mai Thanh Tùng", &["BS"])
    );
    assert!(
        named(
            "Người bệnh cần tái khám đúng hẹn.\nÔng Mai Thanh Tùng\nBệnh viện Đa khoa tỉnh Nam Định"
        )
        .is_empty()
    );
}
