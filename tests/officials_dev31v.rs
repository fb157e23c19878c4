//! Posts said by a predicate after a name, not by apposition (issue 12, session 31,
//! dev31v). Sentences written for these tests.

mod common;
use common::{named, one};

/// The posts a link lists by commas are each held, as an apposition's are.
#[test]
fn posts_listed_after_a_link() {
    assert_eq!(
        named("Ông Hoàng Đức Lâm là Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang."),
        one(
            "Hoàng Đức Lâm",
            &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Hà Giang"]
        )
    );
    assert_eq!(
        named("Bà Đinh Thị Mai hiện là Tỉnh ủy viên, Giám đốc Sở Tư pháp tỉnh Lào Cai."),
        one(
            "Đinh Thị Mai",
            &["Tỉnh ủy viên", "Giám đốc Sở Tư pháp tỉnh Lào Cai"]
        )
    );
    // (a clause after the comma is no post)
    assert_eq!(
        named("Ông Hoàng Đức Lâm là Chủ tịch UBND tỉnh Hà Giang, cho biết sẽ kiểm tra."),
        one("Hoàng Đức Lâm", &["Chủ tịch UBND tỉnh Hà Giang"])
    );
}

/// "làm" (as) after the apposed titles close, by a comma, a dash, or after "do" by a
/// space, ties the post to the person; not after a verb of appointment.
#[test]
fn a_post_said_with_lam_after_the_apposition() {
    assert_eq!(
        named(
            "Sáng 12/5, ông Vũ Quốc Hưng, Thứ trưởng Bộ Tài chính, làm trưởng đoàn đến thăm Sóc Trăng."
        ),
        one("Vũ Quốc Hưng", &["Thứ trưởng Bộ Tài chính", "trưởng đoàn"])
    );
    assert_eq!(
        named(
            "Chiều 3/9, ông Vũ Quốc Hưng - Thứ trưởng Bộ Tài chính - làm trưởng đoàn có buổi làm việc tại Bạc Liêu."
        ),
        one("Vũ Quốc Hưng", &["Thứ trưởng Bộ Tài chính", "trưởng đoàn"])
    );
    assert_eq!(
        named(
            "Đoàn công tác do bà Trịnh Thu Hà, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã làm việc với huyện."
        ),
        one("Trịnh Thu Hà", &["Phó Chủ tịch UBND tỉnh", "trưởng đoàn"])
    );
    // (a verb, no post, after "làm")
    assert_eq!(
        named("Ông Vũ Quốc Hưng, Thứ trưởng Bộ Tài chính, làm việc với tỉnh Sóc Trăng."),
        one("Vũ Quốc Hưng", &["Thứ trưởng Bộ Tài chính"])
    );
    // (the post a decision gives is not held)
    assert_eq!(
        named(
            "Tỉnh đã bổ nhiệm ông Vũ Quốc Hưng, Phó Giám đốc Sở Xây dựng, làm Giám đốc Sở Xây dựng."
        ),
        one("Vũ Quốc Hưng", &["Phó Giám đốc Sở Xây dựng"])
    );
}

/// An adverb of time or aspect before a link says a post held; "kiêm giữ chức" joins a
/// second post; "với tư cách (là)" says the post one acts in.
#[test]
fn links_of_a_post_held() {
    assert_eq!(
        named("Bà Lý Thu Trang, Giám đốc Sở Công Thương, đồng thời cũng là Bí thư Đảng ủy Sở."),
        one(
            "Lý Thu Trang",
            &["Giám đốc Sở Công Thương", "Bí thư Đảng ủy Sở"]
        )
    );
    assert_eq!(
        named("Ông Tạ Minh Khôi hiện giữ chức vụ Chủ tịch UBND huyện Mèo Vạc."),
        one("Tạ Minh Khôi", &["Chủ tịch UBND huyện Mèo Vạc"])
    );
    assert_eq!(
        named("Ông Tạ Minh Khôi, hiện đang giữ chức vụ Chủ tịch UBND huyện Mèo Vạc, cho biết."),
        one("Tạ Minh Khôi", &["Chủ tịch UBND huyện Mèo Vạc"])
    );
    assert_eq!(
        named("Ông Tạ Minh Khôi hiện giữ cương vị Chủ tịch HĐQT Tập đoàn Bình Minh."),
        one("Tạ Minh Khôi", &["Chủ tịch HĐQT Tập đoàn Bình Minh"])
    );
    assert_eq!(
        named(
            "Ông Tạ Minh Khôi, Phó Cục trưởng Cục Hải quan, kiêm giữ chức Chi cục trưởng Chi cục Hải quan Lào Cai."
        ),
        one(
            "Tạ Minh Khôi",
            &[
                "Phó Cục trưởng Cục Hải quan",
                "Chi cục trưởng Chi cục Hải quan Lào Cai"
            ]
        )
    );
    assert_eq!(
        named("Ông Tạ Minh Khôi, với tư cách là Chủ tịch Hội đồng trường, đã phát biểu."),
        one("Tạ Minh Khôi", &["Chủ tịch Hội đồng trường"])
    );
    // ("từng là", once was: a post left, no link)
    assert_eq!(
        named("Ông Tạ Minh Khôi từng là Giám đốc Sở Y tế tỉnh Hà Giang."),
        []
    );
}

/// "tân" (new) before a capitalised title right after a name, no comma: the post held.
#[test]
fn a_new_post_right_after_the_name() {
    assert_eq!(
        named("Phát biểu tại buổi lễ có ông Kiều Văn Phong tân Giám đốc Sở Y tế tỉnh Phú Thọ."),
        one("Kiều Văn Phong", &["tân Giám đốc Sở Y tế tỉnh Phú Thọ"])
    );
    // (lowercase after "tân": no title)
    assert_eq!(
        named("Anh Kiều Văn Phong tân binh của đơn vị đã về nhà."),
        []
    );
}
