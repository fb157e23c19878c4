//! Officials: titles given to the wrong person and descriptions read as posts (issue 12,
//! session 29). In a list of titled names, a bare title that commas chain to the next
//! titled name is that person's, and a title said of several people is no one's; a
//! possessor's post ends the row of titles before a comma; a head of department is named
//! by the department's field; a role with "đầu tiên" and a clause after it says who first
//! did what, no post. Sentences written for these tests.

mod common;
use common::{named, one};

fn two(a: (&str, &[&str]), b: (&str, &[&str])) -> Vec<(String, Vec<String>)> {
    let mut v = one(a.0, a.1);
    v.extend(one(b.0, b.1));
    v
}

/// "…, Bộ trưởng, Chủ nhiệm Ủy ban Y B": the two posts before B are B's, not A's.
#[test]
fn a_bare_title_before_the_next_titled_name_is_that_ones() {
    let v = named(
        "Cùng đi có Bộ trưởng Bộ Tư pháp Lê Minh Khải, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh, Bộ trưởng Bộ Y tế Trần Văn Thuấn.",
    );
    let mut want = two(
        ("Lê Minh Khải", &["Bộ trưởng Bộ Tư pháp"]),
        ("Hầu A Lềnh", &["Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc"]),
    );
    want.extend(one("Trần Văn Thuấn", &["Bộ trưởng Bộ Y tế"]));
    assert_eq!(v, want);
    let v =
        named("Dự lễ có tiến sĩ Đỗ Thị Hằng, Bác sĩ, thạc sĩ Phan Văn Tài và bác sĩ Lê Thu Trang.");
    let mut want = two(
        ("Đỗ Thị Hằng", &["tiến sĩ"]),
        ("Phan Văn Tài", &["Bác sĩ", "thạc sĩ"]),
    );
    want.extend(one("Lê Thu Trang", &["bác sĩ"]));
    assert_eq!(v, want);
}

/// A name with no title before it keeps the posts apposed to it, two by a comma.
#[test]
fn posts_apposed_to_an_addressed_name_stay_its() {
    assert_eq!(
        named(
            "Ông Trần Quang Bình, Phó Giám đốc, Trưởng phòng Kế hoạch Công ty Cổ phần Sông Đà cho biết."
        ),
        one(
            "Trần Quang Bình",
            &[
                "Phó Giám đốc",
                "Trưởng phòng Kế hoạch Công ty Cổ phần Sông Đà"
            ]
        )
    );
    assert_eq!(
        named(
            "Ông Lê Văn Hòa, Giám đốc Sở Y tế, Phó Trưởng ban chỉ đạo phòng chống dịch tỉnh cho biết."
        ),
        one(
            "Lê Văn Hòa",
            &[
                "Giám đốc Sở Y tế",
                "Phó Trưởng ban chỉ đạo phòng chống dịch tỉnh"
            ]
        )
    );
}

/// "Thứ trưởng các Bộ: …" is several people's: no one's of the list.
#[test]
fn a_title_said_of_several_is_not_the_name_befores() {
    assert_eq!(
        named(
            "Đoàn gồm Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị, Thứ trưởng các Bộ: Tài chính, Công Thương, Đại sứ Việt Nam tại Nhật Bản Vũ Hồng Nam."
        ),
        two(
            ("Nguyễn Thanh Nghị", &["Bộ trưởng Bộ Xây dựng"]),
            ("Vũ Hồng Nam", &["Đại sứ Việt Nam tại Nhật Bản"]),
        )
    );
}

/// "chỉ đạo của Thủ tướng Chính phủ, GS.TS X": the possessor's post is not X's; degrees
/// in a row after "của" stay X's.
#[test]
fn a_possessors_post_ends_before_the_comma() {
    assert_eq!(
        named(
            "Thực hiện chỉ đạo của Thủ tướng Chính phủ, GS.TS Trần Văn Lộc, Bộ trưởng Bộ Y tế đã kiểm tra."
        ),
        one("Trần Văn Lộc", &["GS.TS", "Bộ trưởng Bộ Y tế"])
    );
    assert_eq!(
        named(
            "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, Giám đốc Sở Công Thương Đỗ Văn Minh đã kiểm tra."
        ),
        one("Đỗ Văn Minh", &["Giám đốc Sở Công Thương"])
    );
    assert_eq!(
        named("Theo ý kiến của PGS, TS. Hoàng Văn Cường, chuyên gia kinh tế, lãi suất sẽ giảm."),
        one("Hoàng Văn Cường", &["PGS", "TS."])
    );
}

/// "Phó khoa Ung Bướu": the department's field, no name (though "Ung" is a surname).
#[test]
fn a_head_of_department_is_named_by_its_field() {
    assert_eq!(
        named("Bác sĩ Trần Văn Khoa - Phó khoa Ung Bướu cho biết bệnh nhân đã ổn định."),
        one("Trần Văn Khoa", &["Bác sĩ", "Phó khoa Ung Bướu"])
    );
    assert_eq!(
        named("Phó khoa Ung Bướu cho biết bệnh nhân đã ổn định."),
        Vec::<(String, Vec<String>)>::new()
    );
}

/// "nhà lãnh đạo đầu tiên ở châu Á thăm …": who first did what, no post; the ordinal
/// before a name or with the body it is first of stays a title.
#[test]
fn the_first_to_act_is_no_post() {
    assert!(
        named("Ông Nguyễn Văn Tâm là nhà lãnh đạo đầu tiên ở châu Á thăm nước này.").is_empty()
    );
    assert!(
        named("Người tiền nhiệm Barack Obama - tổng thống Mỹ đầu tiên trong nhiều năm không đến thăm Cuba.")
            .is_empty()
    );
    assert_eq!(
        named("Trong thủy thủ đoàn có nữ sĩ quan tàu ngầm đầu tiên của Chile, Maria Lopez."),
        one("Maria Lopez", &["sĩ quan tàu ngầm đầu tiên của Chile"])
    );
    assert_eq!(
        named("Thủ tướng Lê Văn Minh, Chủ tịch đầu tiên của Hội Hữu nghị, phát biểu."),
        one(
            "Lê Văn Minh",
            &["Thủ tướng", "Chủ tịch đầu tiên của Hội Hữu nghị"]
        )
    );
}

/// "X (Y thủ vai) - chủ một quán trà": a story's character, whom an actor plays, holds no
/// post; a photo credit in the bracket changes nothing.
#[test]
fn a_character_played_by_an_actor_holds_no_post() {
    assert!(
        named("Phim kể về Lâm Tuyết Nhi (Triệu Lệ Dĩnh thủ vai) - chủ một quán trà tại Tô Châu và hành trình lập nghiệp của nàng.")
            .is_empty()
    );
    assert_eq!(
        named("Ông Trần Văn Hải (Ảnh: Minh Anh) - chủ một quán trà tại Huế cho biết."),
        one("Trần Văn Hải", &["chủ một quán trà tại Huế"])
    );
}
