//! Officials: owners of a business (issue 12, session 28, the thirtieth draw). An owner
//! said after the business, "do X làm chủ", is written like "chủ tiệm …" (the eighth and
//! nineteenth draws' guide), X a name or a pronoun pointing to the sentence's first
//! person; a network that trades ("chủ một hệ thống kinh doanh …") is a business; a verb
//! of speech or blame ends a title. Not "làm chủ đầu tư" (an investor), not a business
//! with no kind of the lists, not a pronoun of another address than its person's.
//! Sentences written for these tests.

mod common;
use common::{named, one};

/// A name after "do", its word of address or none, then "làm chủ" closing the clause.
#[test]
fn a_named_owner_after_the_business() {
    assert_eq!(
        named(
            "Đoàn kiểm tra phát hiện cơ sở chế biến nước mắm tại thôn Phú Lộc, xã Hòa Bình, do bà Trần Thị Mai Hương làm chủ."
        ),
        one(
            "Trần Thị Mai Hương",
            &["chủ cơ sở chế biến nước mắm tại thôn Phú Lộc, xã Hòa Bình"]
        )
    );
    assert_eq!(
        named(
            "Lực lượng chức năng kiểm tra Công ty TNHH vận tải Minh Phát, do ông Lê Quốc Dũng làm chủ."
        ),
        one("Lê Quốc Dũng", &["chủ Công ty TNHH vận tải Minh Phát"])
    );
}

/// A pronoun after "do" points to the first person named in the sentence, addressed by
/// the same word or by none; "bà chủ" is kept as said.
#[test]
fn a_pronoun_owner_points_to_the_sentence_first_person() {
    assert_eq!(
        named(
            "Trả lời phóng viên, anh Hoàng Đức Thịnh (SN 1979) khẳng định: Các món ăn là của nhà hàng lẩu dê Sơn Thủy, đường Lê Lợi do anh làm chủ."
        ),
        one(
            "Hoàng Đức Thịnh",
            &["chủ nhà hàng lẩu dê Sơn Thủy, đường Lê Lợi"]
        )
    );
    assert_eq!(
        named("Sáng 3/5, Lâm Tâm Như xuất hiện trước tiệm bánh do cô làm bà chủ."),
        one("Lâm Tâm Như", &["bà chủ tiệm bánh"])
    );
}

/// Not an owner: an investor ("làm chủ đầu tư"), a pronoun of another address than the
/// person's, no business kind before "do"; "làm chủ tịch" is the chair's post, no owner's.
#[test]
fn no_owner_without_a_business_or_its_person() {
    assert!(named("Dự án khu đô thị Nam Sơn do ông Phạm Văn Lực làm chủ đầu tư.").is_empty());
    assert!(named("Ông Nguyễn Văn Cừ xác nhận: cửa hàng tạp hóa này do bà làm chủ.").is_empty());
    assert!(named("Địa điểm này do anh Vũ Minh Khôi làm chủ.").is_empty());
    assert_eq!(
        named("Hội nghị do ông Trần Văn Bốn làm chủ tịch đã bế mạc."),
        one("Trần Văn Bốn", &["chủ tịch"])
    );
}

/// A network that trades, its goods read after the verb, a plural among them.
#[test]
fn a_trading_network_is_a_business() {
    assert_eq!(
        named(
            "\"Hàng về rất ít\", ông Đỗ Minh Đức, chủ một hệ thống kinh doanh các thiết bị mạng có trụ sở tại Đống Đa, Hà Nội cho biết."
        ),
        one(
            "Đỗ Minh Đức",
            &["chủ một hệ thống kinh doanh các thiết bị mạng"]
        )
    );
    assert_eq!(
        named(
            "\"Giá đã tăng\", ông Lý Văn Hải, chủ một hệ thống kinh doanh máy ảnh lâu năm tại Cầu Giấy, Hà Nội chia sẻ."
        ),
        one(
            "Lý Văn Hải",
            &["chủ một hệ thống kinh doanh máy ảnh lâu năm tại Cầu Giấy, Hà Nội"]
        )
    );
    // ("kinh doanh" after a network with nothing after it: no goods)
    assert!(named("Ông Lý Văn Hải, chủ một hệ thống kinh doanh.").is_empty());
}

/// A verb of speech, blame or praise after a title's organisation ends it.
#[test]
fn a_verb_of_speech_or_blame_ends_the_title() {
    assert_eq!(
        named(
            "Ông Kevin Zhang - Chủ tịch luân phiên của Oppo đổ lỗi cho thị trường trước tình trạng thiếu hàng."
        ),
        one("Kevin Zhang", &["Chủ tịch luân phiên của Oppo"])
    );
    assert_eq!(
        named(
            "Ông Trần Quốc Hải, Chủ tịch UBND tỉnh Bình Phước kêu gọi người dân hạn chế ra đường."
        ),
        one("Trần Quốc Hải", &["Chủ tịch UBND tỉnh Bình Phước"])
    );
    assert_eq!(
        named("Bà Ana Costa, Giám đốc điều hành Quỹ Verde chỉ trích kế hoạch mới."),
        one("Ana Costa", &["Giám đốc điều hành Quỹ Verde"])
    );
}
