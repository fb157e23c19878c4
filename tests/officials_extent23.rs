//! Officials: how far a title runs (issue 12, session 23): the province an organisation's
//! own name is in, said bare after a comma. Sentences written for these tests.

mod common;
use common::{named, one};

/// A province or centrally-run city said bare after a comma, after a school's or a body's
/// own name, closing the bracket or the clause, is where that body is: the title's. A
/// province that opens the next clause, its verb right after it, is not.
#[test]
fn the_province_after_a_bodys_own_name() {
    assert_eq!(
        named("Cô Lê Thị Hoa (giáo viên trường THCS Yên Hòa, Hà Nội) cho biết."),
        one("Lê Thị Hoa", &["giáo viên trường THCS Yên Hòa, Hà Nội"])
    );
    assert_eq!(
        named("Ông Phạm Văn Nam, Giám đốc Công ty Cổ phần Sao Mai, Đà Nẵng, cho biết."),
        one(
            "Phạm Văn Nam",
            &["Giám đốc Công ty Cổ phần Sao Mai, Đà Nẵng"]
        )
    );
    assert_eq!(
        named("Theo ông Phạm Văn Nam, Giám đốc Công ty Cổ phần Sao Mai, Đà Nẵng là nơi đáng sống."),
        one("Phạm Văn Nam", &["Giám đốc Công ty Cổ phần Sao Mai"])
    );
}

/// The fields of a body's own name written in lowercase after its head, listed with
/// commas and a last "và", or joined by "và", are the name's, up to a mark, with the
/// country of a national body; a person, a post, a plural or a clause after "và" is not.
#[test]
fn fields_of_a_name_written_in_lowercase() {
    assert_eq!(
        named(
            "Ông Trần Văn Bình, Viện trưởng Viện nghiên cứu văn hóa, giáo dục và môi trường, phát biểu."
        ),
        one(
            "Trần Văn Bình",
            &["Viện trưởng Viện nghiên cứu văn hóa, giáo dục và môi trường"]
        )
    );
    assert_eq!(
        named(
            "Bà Lê Thị Lan, Phó Viện trưởng Viện Chiến lược phát triển và hội nhập kinh tế Việt Nam."
        ),
        one(
            "Lê Thị Lan",
            &["Phó Viện trưởng Viện Chiến lược phát triển và hội nhập kinh tế Việt Nam"]
        )
    );
    // (a person after "và", one word; a clause going on with its verb)
    assert_eq!(
        named("Ông Trần Văn Bình, Trưởng phòng kinh doanh và vợ, đã đến dự."),
        one("Trần Văn Bình", &["Trưởng phòng kinh doanh"])
    );
    assert_eq!(
        named(
            "Ông Trần Văn Bình, Viện trưởng Viện nghiên cứu văn hóa và đoàn công tác đã tới thăm."
        ),
        one("Trần Văn Bình", &["Viện trưởng Viện nghiên cứu văn hóa"])
    );
    let two = named(
        "Ông Trần Văn Bình, Viện trưởng Viện nghiên cứu văn hóa và ông Lê Văn An, Giám đốc Sở Y tế.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
    assert_eq!(two[0].1, ["Viện trưởng Viện nghiên cứu văn hóa"]);
}

/// The head of a province's delegation to the National Assembly ("Trưởng đoàn" of the
/// "Đoàn đại biểu Quốc hội") and of the Standing Committee's board of its members' affairs
/// ("Trưởng ban" of the "Ban Công tác đại biểu") hold one title each, the body's whole name
/// in it, though a role's words ("đại biểu") are among them; a head of another delegation
/// keeps his own.
#[test]
fn a_body_whose_name_holds_a_roles_words() {
    assert_eq!(
        named("Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Bình Phước Lê Văn An phát biểu."),
        one(
            "Lê Văn An",
            &["Phó Trưởng đoàn Đại biểu Quốc hội tỉnh Bình Phước"]
        )
    );
    assert_eq!(
        named("Theo Trưởng ban Công tác đại biểu Lê Thị Bình, hồ sơ đã đủ."),
        one("Lê Thị Bình", &["Trưởng ban Công tác đại biểu"])
    );
    assert_eq!(
        named("Ông Lê Văn An, Trưởng đoàn công tác của tỉnh, phát biểu."),
        one("Lê Văn An", &["Trưởng đoàn công tác của tỉnh"])
    );
}

/// "Thiết bị" (equipment) is one word of a field, its "bị" no passive that would end the
/// title; the passive after a body's name still ends it.
#[test]
fn equipment_is_a_field_not_a_passive() {
    assert_eq!(
        named("Ông Lê Văn An - Vụ trưởng Vụ Thiết bị và Công trình Y tế (Bộ Y tế) phát biểu."),
        one(
            "Lê Văn An",
            &["Vụ trưởng Vụ Thiết bị và Công trình Y tế (Bộ Y tế)"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn An, Giám đốc Công ty Sao Mai bị phạt."),
        one("Lê Văn An", &["Giám đốc Công ty Sao Mai"])
    );
}

/// The site a body's unit is named for, after a dash ("- bến X", "- cửa khẩu Y"), closing
/// the clause, is the title's; a person after the dash, or a clause going on, is not.
#[test]
fn the_site_after_a_dash() {
    assert_eq!(
        named("Ông Lê Văn An, Giám đốc Xí nghiệp vận tải thủy - bến Bình Khánh, cho biết."),
        one(
            "Lê Văn An",
            &["Giám đốc Xí nghiệp vận tải thủy - bến Bình Khánh"]
        )
    );
    let two = named("Giám đốc Công ty Sao Mai - ông Lê Văn An, cho biết.");
    assert_eq!(two, one("Lê Văn An", &["Giám đốc Công ty Sao Mai"]));
    assert_eq!(
        named("Ông Lê Văn An, Giám đốc Xí nghiệp vận tải thủy - bến Bình Khánh sẽ mở cửa."),
        one("Lê Văn An", &["Giám đốc Xí nghiệp vận tải thủy"])
    );
}

/// A heading run together with the text after a title ("… và Phát triển Giảm bớt những
/// …": a capitalised verb, then a plural) is no word of the body's name; a capitalised
/// field right after a body's head, a plural after it, is ("Vụ Tín dụng các ngành kinh tế").
#[test]
fn a_heading_run_into_a_title() {
    assert_eq!(
        named(
            "Ông Lê Văn An, Viện trưởng Viện Nghiên cứu và Phát triển Giảm bớt những thủ tục rườm rà là việc cần làm."
        ),
        one("Lê Văn An", &["Viện trưởng Viện Nghiên cứu và Phát triển"])
    );
    // (the title still runs over the field the plural follows)
    let one_title = named("Ông Lê Văn An, Vụ trưởng Vụ Tín dụng các ngành kinh tế, cho biết.");
    assert_eq!(one_title.len(), 1, "{one_title:?}");
    assert!(
        one_title[0].1[0].starts_with("Vụ trưởng Vụ Tín dụng"),
        "{one_title:?}"
    );
}

/// A staff post's fields joined by "và", then the possessive and the organisation it
/// serves, its head written lowercase before its capitalised name, is one title; a head
/// with no name after it is none of the post's.
#[test]
fn a_staff_posts_fields_and_its_lowercase_body() {
    assert_eq!(
        named(
            "Chị Lê Thị Hoa (cán bộ tuyển dụng và đào tạo nhân sự của tập đoàn Sao Mai) cho biết."
        ),
        one(
            "Lê Thị Hoa",
            &["cán bộ tuyển dụng và đào tạo nhân sự của tập đoàn Sao Mai"]
        )
    );
    assert_eq!(
        named("Chị Lê Thị Hoa (cán bộ tuyển dụng và đào tạo nhân sự của tập đoàn) cho biết."),
        one("Lê Thị Hoa", &["cán bộ tuyển dụng"])
    );
}

/// A branch of an association ("Chi hội") is a body named after its head; the head of a
/// jury or of one meet's organizing committee holds no post, while the head of the
/// Party's organisation committee does.
#[test]
fn an_associations_branch_and_a_jurys_head() {
    assert_eq!(
        named(
            "TS Lê Văn An, Phó Chủ tịch Chi hội Kiến trúc sư miền Trung, Trưởng ban giám khảo cuộc thi cho biết."
        ),
        one(
            "Lê Văn An",
            &["TS", "Phó Chủ tịch Chi hội Kiến trúc sư miền Trung"]
        )
    );
    assert!(named("Trưởng ban tổ chức Đại hội thể thao Lê Văn An cho biết.").is_empty());
    assert_eq!(
        named("Bà Lê Thị Hoa, Trưởng ban Tổ chức Tỉnh ủy, phát biểu."),
        one("Lê Thị Hoa", &["Trưởng ban Tổ chức Tỉnh ủy"])
    );
}
