//! Officials: titles cut, run on or not tied (issue 12, session 31, the title side).
//! Sentences written for these tests.

mod common;
use common::{named, one};

/// A heading run together with a caption after a body's whole name (its field of the
/// law's list, or the place it serves) is no part of the title; a body's name that goes on
/// capitalised, or with its place after a lowercase unit word, keeps its words.
#[test]
fn a_heading_after_a_whole_name_ends_the_title() {
    assert_eq!(
        named(
            "Ông Hoàng Văn Khải - Thứ trưởng Bộ Y tế Rút ngắn thời gian chờ khám bệnh Bên \
             cạnh đó, bệnh viện đã mở thêm quầy."
        ),
        one("Hoàng Văn Khải", &["Thứ trưởng Bộ Y tế"])
    );
    assert_eq!(
        named(
            "Bà Đỗ Thị Lan - Giám đốc Sở Tư pháp Nghệ An Đẩy nhanh việc cấp phiếu lý lịch \
             Theo bà Lan, số hồ sơ đã giảm."
        ),
        one("Đỗ Thị Lan", &["Giám đốc Sở Tư pháp Nghệ An"])
    );
    // (a name that goes on: capitalised, or a unit word and its place)
    assert_eq!(
        named("Ông Lê Quang Vinh, Giám đốc Bệnh viện Y học Cổ truyền tỉnh Thái Bình cho biết."),
        one(
            "Lê Quang Vinh",
            &["Giám đốc Bệnh viện Y học Cổ truyền tỉnh Thái Bình"]
        )
    );
    // (a field joined by a dash goes on)
    assert_eq!(
        named("Anh Phan Đức Hậu, công chức Tư pháp - Hộ tịch cấp xã, UBND xã Tân Lập cho biết.")[0]
            .1[0],
        "công chức Tư pháp - Hộ tịch cấp xã, UBND xã Tân Lập"
    );
}

/// A mayor abroad ("thị trưởng"), before the city's name or "của" and the town's; the
/// market ("thị trường") is no post.
#[test]
fn a_mayor_is_a_title() {
    assert_eq!(
        named("Ông Luca Moretti, thị trưởng của Borgo San Lorenzo cho hay: \"Nhà cũ rất rẻ\"."),
        one("Luca Moretti", &["thị trưởng của Borgo San Lorenzo"])
    );
    assert_eq!(
        named("Thị trưởng Berlin Klaus Weber (bên phải) đón đoàn khách."),
        one("Klaus Weber", &["Thị trưởng Berlin"])
    );
    assert_eq!(
        named(
            "Ba cựu thị trưởng của thị trấn đã sống ở ngôi nhà này, thị trường nhà đất sôi động."
        ),
        vec![]
    );
}
