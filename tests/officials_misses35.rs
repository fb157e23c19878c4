//! Officials: the thirty-fifth draw's misses (issue 12, session 29): a verb of assigning
//! run into a title, a body's name in sentence case cut at "và", a brand joined by "và",
//! a campus city after a comma, a dotted degree. Sentences written for these tests.

mod common;
use common::{named, one};

/// "giao" (assign) ends the title of the clause's subject; the official it names after
/// it keeps his own title only. A body's name with "giao" goes on.
#[test]
fn verb_of_assigning_ends_a_title() {
    assert_eq!(
        named("Thủ tướng giao Phó Thủ tướng Chính phủ Trần Văn Hòa chỉ đạo xử lý dứt điểm."),
        one("Trần Văn Hòa", &["Phó Thủ tướng Chính phủ"])
    );
    assert_eq!(
        named("Bộ trưởng giao Thứ trưởng Nguyễn Thị Lan rà soát các dự án."),
        one("Nguyễn Thị Lan", &["Thứ trưởng"])
    );
    // (no verb: a body's words)
    assert_eq!(
        named("Ông Đặng Văn Tùng, Trưởng phòng giao dịch Vietcombank Cầu Giấy, cho biết."),
        one(
            "Đặng Văn Tùng",
            &["Trưởng phòng giao dịch Vietcombank Cầu Giấy"]
        )
    );
    assert_eq!(
        named("Ông Phạm Quang Vinh, Bộ trưởng Ngoại giao Lào, cho biết."),
        one("Phạm Quang Vinh", &["Bộ trưởng Ngoại giao Lào"])
    );
}

/// "phân công X làm Y" gives a post, not held.
#[test]
fn assigned_post_is_not_held() {
    assert_eq!(
        named(
            "Bộ có thể đề xuất phân công Phó Thủ tướng Lê Quốc Bảo làm Tổ trưởng Tổ công tác đặc biệt."
        ),
        one("Lê Quốc Bảo", &["Phó Thủ tướng"])
    );
}

/// A body's name in sentence case goes on over "và" and its lowercase last field up to
/// the clause's verb; a common noun after a field of two syllables does not.
#[test]
fn sentence_case_name_over_and() {
    assert_eq!(
        named(
            "Bà Vũ Thị Mai, Phó trưởng phòng Quản lý thi và kiểm định chất lượng cho biết kỳ thi năm nay có điểm mới."
        ),
        one(
            "Vũ Thị Mai",
            &["Phó trưởng phòng Quản lý thi và kiểm định chất lượng"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Hải, Trưởng phòng Giáo dục và phụ huynh học sinh cho biết."),
        one("Lê Văn Hải", &["Trưởng phòng Giáo dục"])
    );
}

/// A brand in mixed case joined by "và" to the body before it, a comma after.
#[test]
fn brand_joined_by_and() {
    assert_eq!(
        named("Peter Lang, giám đốc điều hành của Boeing và SpaceX, không dự họp."),
        one("Peter Lang", &["giám đốc điều hành của Boeing và SpaceX"])
    );
}

/// A campus city after a university named by a state abroad; a country after one too.
#[test]
fn campus_city_after_comma() {
    assert_eq!(
        named("Mark Fisher, giáo sư hóa học tại Đại học California, Los Angeles, nhận định."),
        one(
            "Mark Fisher",
            &["giáo sư hóa học tại Đại học California, Los Angeles"]
        )
    );
    assert_eq!(
        named("Anna Kuhn, giáo sư tại Đại học Neuchâtel, Thụy Sĩ, nhận định."),
        one("Anna Kuhn", &["giáo sư tại Đại học Neuchâtel, Thụy Sĩ"])
    );
}

/// "Th.S" (Thạc sĩ) with its dot, joined to a profession by a dash as "ThS - BS" is.
#[test]
fn dotted_master_degree() {
    assert_eq!(
        named("Th.s - BS Trần Minh Đức: Trẻ thường mọc răng khi khoảng 6 tháng tuổi."),
        one("Trần Minh Đức", &["Th.s - BS"])
    );
}
