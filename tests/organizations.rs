//! Organizations: the shapes of Party and state body names (issue 18).

mod common;
use common::org_texts;

/// Broke: the law names many bodies by two fields joined with "và" ("Sở Giáo dục và Đào
/// tạo"), and the organization stopped at "và" ("Sở Giáo dục"), so an event's agent or a
/// statement's speaker was a body that does not exist.
#[test]
fn two_fields_joined_by_va_make_one_name() {
    for (text, want) in [
        (
            "Sở Giáo dục và Đào tạo vừa ban hành hướng dẫn mới.",
            "Sở Giáo dục và Đào tạo",
        ),
        (
            "Hôm qua, Bộ Kế hoạch và Đầu tư đã họp với các tỉnh.",
            "Bộ Kế hoạch và Đầu tư",
        ),
        (
            "Bộ Giáo dục và Đào tạo ban hành thông tư mới.",
            "Bộ Giáo dục và Đào tạo",
        ),
        (
            "Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí.",
            "Sở Thông tin và Truyền thông",
        ),
        (
            "Phòng Tài nguyên và Môi trường huyện kiểm tra hiện trường.",
            "Phòng Tài nguyên và Môi trường huyện",
        ),
        (
            "Sở Tài nguyên và Môi trường tỉnh Bình Định đã lập đoàn kiểm tra.",
            "Sở Tài nguyên và Môi trường tỉnh Bình Định",
        ),
    ] {
        assert_eq!(org_texts(text), [want], "{text}");
    }
}

/// "và" between two bodies, or before a place or a person, still ends the name.
#[test]
fn va_before_another_body_place_or_person_ends_the_name() {
    for (text, want) in [
        (
            "Sở Y tế và Sở Tài chính đã làm việc với nhau.",
            vec!["Sở Y tế", "Sở Tài chính"],
        ),
        (
            "Bộ Công an và UBND tỉnh đã thống nhất phương án.",
            vec!["Bộ Công an", "UBND tỉnh"],
        ),
        (
            "Đoàn công tác của Sở Y tế và Hà Nội đã đến nơi.",
            vec!["Sở Y tế"],
        ),
        (
            "Đại diện Sở Xây dựng và ông Nguyễn Văn Minh đã có mặt.",
            vec!["Sở Xây dựng"],
        ),
        (
            "Sở Nội vụ và Thanh tra tỉnh phối hợp rà soát.",
            vec!["Sở Nội vụ", "Thanh tra tỉnh"],
        ),
    ] {
        assert_eq!(org_texts(text), want, "{text}");
    }
}
