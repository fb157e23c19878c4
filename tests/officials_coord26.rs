//! Officials: coordinated roles and fronted titles (issue 12, session 26): two roles
//! "và" joins before one body and one name, and a title fronted before a comma-set name
//! that a dash then gives a second post. Sentences written for these tests.

mod common;
use common::{named, one};

/// "Chủ tịch và giám đốc điều hành X Y": a bare role, "và", and a title with its body
/// ending in a name are two posts of that one person, as "kiêm" joins them: the first a
/// title of its own as written, the second with the body.
#[test]
fn a_bare_role_and_a_titled_name_are_two_posts() {
    assert_eq!(
        named(
            "Chủ tịch và giám đốc điều hành Hiệp hội Bán lẻ Canada Margaret Holt nói rằng giá sẽ tăng."
        ),
        one(
            "Margaret Holt",
            &["Chủ tịch", "giám đốc điều hành Hiệp hội Bán lẻ Canada"]
        )
    );
    assert_eq!(
        named(
            "Nhà sáng lập và Tổng giám đốc Công ty Sao Mai Lê Quốc Bảo cho biết đơn hàng đã tăng."
        ),
        one(
            "Lê Quốc Bảo",
            &["Nhà sáng lập", "Tổng giám đốc Công ty Sao Mai"]
        )
    );
    // (as "kiêm" did already)
    assert_eq!(
        named("Chủ tịch kiêm Tổng giám đốc Tập đoàn Hòa Phát Trần Minh Khang đã tới."),
        one(
            "Trần Minh Khang",
            &["Chủ tịch", "Tổng giám đốc Tập đoàn Hòa Phát"]
        )
    );
}

/// A first title with its body, a deputy of the same role, or titles of several people
/// ("các") are other people's posts: "và" joins two people there, not two posts.
#[test]
fn other_peoples_titles_are_not_joined() {
    assert_eq!(
        named(
            "Chủ tịch UBND huyện Kim Sơn và Chủ tịch UBND huyện Yên Mô Đinh Văn Hải đã ký biên bản."
        ),
        one("Đinh Văn Hải", &["Chủ tịch UBND huyện Yên Mô"])
    );
    assert_eq!(
        named("Giám đốc và Phó Giám đốc Sở Xây dựng Hoàng Văn Tuấn đã có mặt."),
        one("Hoàng Văn Tuấn", &["Phó Giám đốc Sở Xây dựng"])
    );
    let out = named(
        "Chủ tịch UBND huyện Kim Sơn Vũ Đức Thắng và Chủ tịch UBND huyện Yên Mô Đinh Văn Hải \
         đã ký biên bản.",
    );
    assert_eq!(out.len(), 2, "{out:?}");
    assert!(
        out.contains(&(
            "Vũ Đức Thắng".to_string(),
            vec!["Chủ tịch UBND huyện Kim Sơn".to_string()]
        )),
        "{out:?}"
    );
}

/// "…, đại biểu Quốc hội tỉnh A, ông X - Chủ tịch Hiệp hội Y nêu …": the title fronted
/// before the comma-set name stays the name's when a dash then gives a second post.
#[test]
fn a_fronted_title_stays_before_a_dashed_post() {
    assert_eq!(
        named(
            "Về nguồn vốn vay, đại biểu Quốc hội tỉnh Hà Nam, ông Trịnh Văn Lộc - Chủ tịch \
             Hiệp hội Doanh nghiệp tỉnh nêu ý kiến."
        ),
        one(
            "Trịnh Văn Lộc",
            &[
                "đại biểu Quốc hội tỉnh Hà Nam",
                "Chủ tịch Hiệp hội Doanh nghiệp tỉnh"
            ]
        )
    );
    assert_eq!(
        named(
            "Chia sẻ tại hội thảo, Phó Bí thư Tỉnh ủy Hà Nam, ông Đặng Quốc Việt - Trưởng đoàn \
             đại biểu Quốc hội tỉnh - cho biết tỉnh sẽ đầu tư."
        ),
        one(
            "Đặng Quốc Việt",
            &[
                "Phó Bí thư Tỉnh ủy Hà Nam",
                "Trưởng đoàn đại biểu Quốc hội tỉnh"
            ]
        )
    );
    // (a dash before a second name is no post: nothing read, as before)
    let out = named(
        "Tham dự có Giám đốc Sở Tài chính, ông Lý Văn Tú - Trần Thị Hạnh cùng nhiều đại biểu.",
    );
    assert!(out.iter().all(|(n, _)| n != "Trần Thị Hạnh"), "{out:?}");
}
