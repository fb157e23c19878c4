//! Officials: how far a title runs and what it is tied to (issue 12, session 30, the
//! thirty-first draw and the other dev tables' extents): a former post right after the
//! name with no comma, verbs that end a title ("hứa", "trở thành"), a parent named in
//! lowercase by a kind of institution of two words, a parent after a comma opened by the
//! verb of belonging ("thuộc"). Sentences written for these tests.

mod common;
use common::{named, one};

/// "nguyên"/"cựu" right after the name, no comma, opens a post of that name's.
#[test]
fn former_post_right_after_the_name() {
    assert_eq!(
        named("PGS.TS Lý Văn Hòa nguyên Trưởng khoa Ngoại, BV Chợ Rẫy cho rằng cần thận trọng."),
        one(
            "Lý Văn Hòa",
            &["PGS.TS", "nguyên Trưởng khoa Ngoại, BV Chợ Rẫy"]
        )
    );
    assert_eq!(
        named("Ông Đặng Quốc Bảo cựu Bộ trưởng Bộ Công Thương nhận định thị trường sẽ hồi phục."),
        one("Đặng Quốc Bảo", &["cựu Bộ trưởng Bộ Công Thương"])
    );
    // (the post "trở thành" gives after it is taken, not the former one's run)
    assert_eq!(
        named("Hội đồng đã bầu TS Mai Thị Loan nguyên Phó Hiệu trưởng trở thành Hiệu trưởng."),
        one("Mai Thị Loan", &["TS", "nguyên Phó Hiệu trưởng"])
    );
    // (no modifier: "nguyên" after a verb, or before a lowercase word, is no post)
    assert!(named("Ông Đặng Quốc Bảo giữ nguyên ý kiến của mình.").is_empty());
    assert!(named("Ông Đặng Quốc Bảo nguyên là người dân xã Tân Lập.").is_empty());
}

/// A verb of promise or of becoming after a title's organisation ends it.
#[test]
fn verbs_end_the_title() {
    assert_eq!(
        named("GS.TS Hồ Minh Trí, Giám đốc ĐH Quốc gia Hà Nội hứa sẽ đổi mới mạnh mẽ."),
        one("Hồ Minh Trí", &["GS.TS", "Giám đốc ĐH Quốc gia Hà Nội"])
    );
    assert_eq!(
        named("Bà Cao Thị Duyên, Phó Hiệu trưởng trường trở thành Hiệu trưởng từ tháng 9."),
        one("Cao Thị Duyên", &["Phó Hiệu trưởng trường"])
    );
}

/// A parent said after a comma in lowercase by a kind of institution of two words, its
/// own name capitalised; not a street.
#[test]
fn lowercase_institution_parent() {
    assert_eq!(
        named("Ông Tạ Quang Minh, Chủ nhiệm bộ môn Gây mê, học viện Quân y cho biết như vậy."),
        one(
            "Tạ Quang Minh",
            &["Chủ nhiệm bộ môn Gây mê, học viện Quân y"]
        )
    );
    assert_eq!(
        named("Bà Kiều Thu Hà, Trưởng khoa Dược, đại học Y Dược Thái Bình cho biết."),
        one(
            "Kiều Thu Hà",
            &["Trưởng khoa Dược, đại học Y Dược Thái Bình"]
        )
    );
    assert_eq!(
        named("Ông Tạ Quang Minh, chủ tiệm bánh, đường Lê Lợi cho biết như vậy."),
        one("Tạ Quang Minh", &["chủ tiệm bánh"])
    );
}

/// ", thuộc X": the parent the title's body belongs to, after a comma, as in a bracket.
#[test]
fn parent_after_belonging_verb() {
    assert_eq!(
        named(
            "TS Phan Văn Lực, trưởng phòng đào tạo Trường Đại học Kinh tế (UEB), thuộc Đại học \
             Quốc gia Hà Nội cho biết như vậy."
        ),
        one(
            "Phan Văn Lực",
            &[
                "TS",
                "trưởng phòng đào tạo Trường Đại học Kinh tế (UEB), thuộc Đại học Quốc gia Hà Nội"
            ]
        )
    );
    assert_eq!(
        named("Ông Lương Văn Tài, Trưởng phòng Cảnh sát kinh tế, trực thuộc Bộ Công an cho biết."),
        one(
            "Lương Văn Tài",
            &["Trưởng phòng Cảnh sát kinh tế, trực thuộc Bộ Công an"]
        )
    );
    // (what the person belongs to, no body: the title ends at the comma)
    assert_eq!(
        named("Ông Lương Văn Tài, Giám đốc Sở Xây dựng, thuộc diện phải kê khai tài sản."),
        one("Lương Văn Tài", &["Giám đốc Sở Xây dựng"])
    );
}

/// A long title, a field before the foreign school its holder teaches at, is not cut inside
/// the name of the person the school bears.
#[test]
fn long_title_not_cut_inside_a_name() {
    assert_eq!(
        named(
            "Nhà nghiên cứu chính Clara Weiss, phó giáo sư hóa học và khoa học vật liệu tại Trường \
             Kỹ thuật và Khoa học Ứng dụng Stanford Mary B. Lowell, cho biết: \"Kết quả rất rõ.\""
        ),
        one(
            "Clara Weiss",
            &[
                "phó giáo sư hóa học và khoa học vật liệu tại Trường Kỹ thuật và Khoa học Ứng dụng \
               Stanford Mary B. Lowell"
            ]
        )
    );
}
