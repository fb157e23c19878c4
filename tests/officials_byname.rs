//! Officials: an owner's byname set in quotation marks (issue 12, name recall on unseen
//! articles), with sentences written for these tests.

mod common;
use common::{named, one};

/// A byname ("bầu" before the given name an owner is known by) is often set in quotation
/// marks, whole ("“bầu Hiển”") or the byname word alone ("“bầu” Hiển"): it is the same
/// byname, not an epithet (a title and name quoted as a figure of speech, "“Vua Thái Cực
/// Quyền”", stay none), and the given name joins the full name said before it.
#[test]
fn a_quoted_byname() {
    assert_eq!(
        named("Ứng viên là ông Trần Văn Hiển, thường được gọi là \"bầu Hiển\"."),
        one("Trần Văn Hiển", &["bầu"])
    );
    assert_eq!(
        named("Ứng viên là ông Trần Văn Hiển. Nhiều người tin \"bầu\" Hiển sẽ thắng."),
        one("Trần Văn Hiển", &["bầu"])
    );
    assert_eq!(
        named("Đội bóng của “bầu” Hiển thắng trận."),
        one("Hiển", &["bầu"])
    );
    // as before: an epithet in quotation marks, and "bầu" the verb or the noun
    for text in [
        "Ông được mệnh danh là \"Vua Thái Cực Quyền\" từ lâu.",
        "Cổ đông sẽ \"bầu\" Kiểm soát viên Công ty.",
        "Bà \"bầu\" Trần Thu Hà rạng rỡ.",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}
