//! Officials: the post a verb of appointment, election or nomination gives ("bầu ông A giữ
//! chức …", "bổ nhiệm bà B làm …", "được đề cử làm …, ông C") and the post a candidate seeks
//! ("ứng viên Tổng thống …") are not counted as held (the guide of issue 12); a post held,
//! said beside them, still is. Sentences written for these tests.

mod common;
use common::{named, one};

/// The object of a verb of appointment and the post a link gives it: before, each sentence
/// gave its official with that post.
#[test]
fn post_given_by_a_verb_of_appointment_is_not_counted() {
    for text in [
        "Hội đồng quản trị đã bầu ông Trần Văn Bình giữ chức Chủ tịch HĐQT Công ty Sao Mai.",
        "Bộ Nội vụ quyết định bổ nhiệm bà Ngô Thị Lan làm Giám đốc Trung tâm Lưu trữ quốc gia.",
        "Công ty đã tiếp nhận và bổ nhiệm ông Hà Văn Tú giữ chức Phó Tổng Giám đốc.",
        // the verb and the link before the post, the name set after it by a comma
        "Thượng viện phê chuẩn người được Tổng thống đề cử làm Bộ trưởng Quốc phòng, ông Mark Stone.",
        // a candidate's post
        "Ứng viên Tổng thống Pháp Jean Dupont bỏ phiếu sáng nay.",
    ] {
        assert!(named(text).is_empty(), "{text}: {:?}", named(text));
    }
}

/// A second object that "và" joins to the first takes its post from the same verb, and the
/// title "kiêm" joins to that post goes with it.
#[test]
fn second_object_joined_by_and_is_appointed_too() {
    let text = "Đại hội thống nhất bầu ông Lê Văn An giữ chức Chủ tịch Hội và bà Phạm Thị Hoa giữ \
                chức Phó Chủ tịch Hội kiêm Tổng thư ký.";
    assert!(named(text).is_empty(), "{:?}", named(text));
}

/// The posts a person holds, said before the name or apposed to it, stay: only the post the
/// link gives is dropped.
#[test]
fn posts_held_beside_the_appointment_stay() {
    assert_eq!(
        named("Tập đoàn đã bổ nhiệm Giám đốc Tài chính Đỗ Minh Khang làm Tổng Giám đốc."),
        one("Đỗ Minh Khang", &["Giám đốc Tài chính"])
    );
    assert_eq!(
        named("Hội đồng bầu ông Trần Văn Bình, Phó Chủ tịch HĐQT, làm Chủ tịch HĐQT."),
        one("Trần Văn Bình", &["Phó Chủ tịch HĐQT"])
    );
    assert_eq!(
        named("Ông Vũ Văn Hải, Phó Giám đốc Sở Y tế, được bổ nhiệm giữ chức Giám đốc Sở Y tế."),
        one("Vũ Văn Hải", &["Phó Giám đốc Sở Y tế"])
    );
}

/// With no verb of appointment right before the person the link says a post held; "là"
/// after such a verb says who someone is.
#[test]
fn links_with_no_verb_of_appointment_keep_the_post() {
    assert_eq!(
        named("Công ty Sen Vàng do ông Trần Văn Hòa làm Giám đốc."),
        one("Trần Văn Hòa", &["Giám đốc"])
    );
    assert_eq!(
        named("Nhiều người được giới thiệu ứng cử là Bí thư Tỉnh ủy Phạm Văn Sơn."),
        one("Phạm Văn Sơn", &["Bí thư Tỉnh ủy"])
    );
    assert_eq!(
        named("Sau khi được bầu lại, ông Lê Văn An làm Giám đốc Sở Y tế."),
        one("Lê Văn An", &["Giám đốc Sở Y tế"])
    );
    // (a verb of appointment is a verb: it ends the organisation before it)
    assert_eq!(
        named("Cử tri giới thiệu ông Hoàng Văn Nam là Bí thư Đảng ủy xã ứng cử đại biểu HĐND."),
        one("Hoàng Văn Nam", &["Bí thư Đảng ủy xã"])
    );
}

/// A post a person might hold, after a conjunction of condition ("nếu"), is not counted;
/// one the person holds, said with a link of a post held ("hiện là"), is. Before, the first
/// sentence gave ("Lê Văn An", ["Thống đốc Ngân hàng Nhà nước"]).
#[test]
fn post_someone_might_hold_is_not_counted() {
    let text = "Giá vàng sẽ tăng nếu ông Lê Văn An lên làm Thống đốc Ngân hàng Nhà nước.";
    assert!(named(text).is_empty(), "{:?}", named(text));
    assert_eq!(
        named("Nếu ông Lê Văn An hiện là Giám đốc Sở Y tế thì ông phải ký."),
        one("Lê Văn An", &["Giám đốc Sở Y tế"])
    );
}
