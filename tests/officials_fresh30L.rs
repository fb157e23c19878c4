//! Officials in lists and tables (issue 12, session 30): a name alone on its line takes
//! the posts on the lines under it (a table of members flattened to lines, a signature);
//! a title that counts bodies runs through the list "gồm" gives of them; a foreign name
//! after "và" that a comma closes is a second subject, not the body's name. Negative cases:
//! a line under the name that is a sentence, a name inside a line, a body's own name
//! after "và". Sentences written for these tests.

mod common;
use common::{named, one};

/// The titles of `name` among the officials of `text`, empty where the name is not one.
fn titles_of(text: &str, name: &str) -> Vec<String> {
    named(text)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, t)| t)
        .unwrap_or_default()
}

/// Rows of a members' table flattened to lines: number, name with its degree or word of
/// address, then one or more lines of posts.
#[test]
fn a_table_row_gives_the_name_its_posts() {
    let text = "Danh sách thành viên Hội đồng trường như sau:\nTT\nHọ tên\nChức vụ\n1\nPGS. Trần Văn Khải\nPhó Bí thư Đảng ủy\nHiệu trưởng\n2\nThS. Lê Thị Mai\nĐảng ủy viên, Trưởng phòng Đào tạo\n3\nÔng Đỗ Minh Quang\nTổng giám đốc Tổng công ty Cảng hàng không Việt Nam\n";
    assert_eq!(
        titles_of(text, "Trần Văn Khải"),
        ["PGS.", "Phó Bí thư Đảng ủy", "Hiệu trưởng"]
    );
    assert_eq!(
        titles_of(text, "Lê Thị Mai"),
        ["ThS.", "Đảng ủy viên", "Trưởng phòng Đào tạo"]
    );
    assert_eq!(
        titles_of(text, "Đỗ Minh Quang"),
        ["Tổng giám đốc Tổng công ty Cảng hàng không Việt Nam"]
    );
}

/// A dash chains two posts on one line, as after a name.
#[test]
fn a_dash_chains_the_posts_of_a_line() {
    let text = "4\nGS. Phan Quốc Bảo\nChủ tịch Hội đồng trường - Bí thư Đảng ủy\nViện trưởng Viện Cơ khí\n5\nTS. Hà Văn Lộc\nPhó Hiệu trưởng\n";
    assert_eq!(
        titles_of(text, "Phan Quốc Bảo"),
        [
            "GS.",
            "Chủ tịch Hội đồng trường",
            "Bí thư Đảng ủy",
            "Viện trưởng Viện Cơ khí"
        ]
    );
    assert_eq!(titles_of(text, "Hà Văn Lộc"), ["TS.", "Phó Hiệu trưởng"]);
}

/// The signature under a column: degree and name, the post on the next line.
#[test]
fn a_signature_gives_the_post_under_it() {
    let text = "Các địa phương cần đầu tư thêm cho hạ tầng số.\nTS. Vương Đình Phúc\nGiám đốc Trung tâm Nghiên cứu đô thị\n";
    assert_eq!(
        named(text),
        one(
            "Vương Đình Phúc",
            &["TS.", "Giám đốc Trung tâm Nghiên cứu đô thị"]
        )
    );
}

/// A line under the name that goes on past its title is a sentence, no post of the name
/// (its subject is another person's post); nor is a post the name line does not fill.
#[test]
fn a_sentence_under_the_name_is_no_post() {
    let text = "Ông Tạ Quang Vinh\nChủ tịch UBND tỉnh cho biết sẽ kiểm tra lại dự án.\n";
    assert!(titles_of(text, "Tạ Quang Vinh").is_empty());
    let text = "Buổi lễ có sự tham dự của ông Tạ Quang Vinh\nGiám đốc Sở Tài chính\n";
    assert!(titles_of(text, "Tạ Quang Vinh").is_empty());
    // (a post before the name on its line: the lines under it are another matter)
    let text = "Giám đốc Sở Xây dựng Tạ Quang Vinh\nChủ tịch Hội Kiến trúc sư tỉnh\n";
    assert_eq!(titles_of(text, "Tạ Quang Vinh"), ["Giám đốc Sở Xây dựng"]);
}

/// A title that counts the bodies it is held in runs through the list "gồm" gives.
#[test]
fn a_counted_body_runs_through_its_list() {
    let text = "Ông Lương Đức Tài là Chủ tịch HĐQT của 2 công ty gồm Công ty Cổ phần Sao Mai và Công ty Cổ phần Hải Đăng. Ông sẽ nhận nhiệm vụ mới.";
    assert_eq!(
        named(text),
        one(
            "Lương Đức Tài",
            &[
                "Chủ tịch HĐQT của 2 công ty gồm Công ty Cổ phần Sao Mai và Công ty Cổ phần Hải Đăng"
            ]
        )
    );
    let text = "Bà Kha Thị Yến, Giám đốc điều hành của 3 ngân hàng gồm Ngân hàng Bắc Á, Ngân hàng Nam Hải và Ngân hàng Tây Đô, cho biết lãi suất sẽ giảm.";
    assert_eq!(
        named(text),
        one(
            "Kha Thị Yến",
            &[
                "Giám đốc điều hành của 3 ngân hàng gồm Ngân hàng Bắc Á, Ngân hàng Nam Hải và Ngân hàng Tây Đô"
            ]
        )
    );
}

/// No list of bodies after "gồm": the title stays as read.
#[test]
fn no_list_of_bodies_leaves_the_title() {
    let text =
        "Ông Lương Đức Tài là Chủ tịch HĐQT của 2 công ty gồm nhiều mảng kinh doanh khác nhau.";
    assert_eq!(
        named(text),
        one("Lương Đức Tài", &["Chủ tịch HĐQT của 2 công ty"])
    );
}

/// "và" and a foreign full name closed by a comma before the clause goes on: a second
/// subject, not part of the body's name.
#[test]
fn a_name_after_and_ends_the_body() {
    let text = "Marco Bellini, nhà sáng lập tuần lễ thời trang Milan Street Week và Sofia Grant, sẽ là giám khảo của cuộc thi.";
    assert_eq!(
        titles_of(text, "Marco Bellini"),
        ["nhà sáng lập tuần lễ thời trang Milan Street Week"]
    );
    // (a body's own name joined by "và" goes on)
    let text =
        "Ông Peter Novak, giám đốc điều hành của Tesla và SpaceX, cho biết kế hoạch đã sẵn sàng.";
    assert_eq!(
        titles_of(text, "Peter Novak"),
        ["giám đốc điều hành của Tesla và SpaceX"]
    );
}
