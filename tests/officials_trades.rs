//! Officials: posts outside the state apparatus that the annotation guide counts (issue 12),
//! the owner of a business by its kind and a trade held at a named body, with sentences
//! written for these tests.

mod common;
use common::{named, one};

/// The owner of a business by its kind holds a post (the guide's "chủ tiệm …", "chủ vườn",
/// "chủ doanh nghiệp …"): an orchard, a workshop, an agency, a stall or a farm is a
/// business as a shop is, apposed to the name after a comma or a dash, or before it.
#[test]
fn the_owner_of_a_business_of_more_kinds() {
    assert_eq!(
        named("Anh Lê Minh Khoa - chủ vườn chia sẻ về giống cây mới."),
        one("Lê Minh Khoa", &["chủ vườn"])
    );
    assert_eq!(
        named("Chủ vườn Phan Văn Toàn cho biết giá bưởi giảm."),
        one("Phan Văn Toàn", &["Chủ vườn"])
    );
    assert_eq!(
        named("Ông Đặng Văn Lực, chủ xưởng mộc ở xã Tân Lập, cho biết hàng bán chậm."),
        one("Đặng Văn Lực", &["chủ xưởng mộc ở xã Tân Lập"])
    );
    assert_eq!(
        named("Chị Hà Thị Mai, chủ đại lý vé máy bay, cho biết khách hủy nhiều."),
        one("Hà Thị Mai", &["chủ đại lý vé máy bay"])
    );
    assert_eq!(
        named("Bà Lý Thị Sen, chủ quầy rau ở chợ Đồng Xuân, cho biết giá tăng."),
        one("Lý Thị Sen", &["chủ quầy rau ở chợ Đồng Xuân"])
    );
    // many owners, or one not named, hold no one's post
    assert_eq!(named("Nhiều chủ vườn cho biết giá bưởi giảm mạnh."), []);
}

/// The owner of a business counted by the classifier "một" or a number before its kind
/// ("chủ một cửa hàng …", "chủ 3 công ty …", "chủ của một trại …"): the count stays inside
/// the title, as the guide writes "bà chủ một thương hiệu mỹ phẩm"; a count before "chủ"
/// ("một chủ vườn") is one owner among many, and a kind that is no business ("chủ một tài
/// khoản") no post.
#[test]
fn the_owner_of_a_counted_business() {
    assert_eq!(
        named("Chị Đoàn Thị Mận, chủ một cửa hàng trái cây ở chợ Bến Thành, cho biết giá tăng."),
        one(
            "Đoàn Thị Mận",
            &["chủ một cửa hàng trái cây ở chợ Bến Thành"]
        )
    );
    assert_eq!(
        named("Nữ diễn viên Hà Thu Trang làm chủ 3 công ty sản xuất phim."),
        one("Hà Thu Trang", &["chủ 3 công ty sản xuất phim"])
    );
    assert_eq!(
        named("Anh Vũ Đức Tài, chủ của một trại nuôi cá ở xã Phú Lâm, cho biết."),
        one("Vũ Đức Tài", &["chủ của một trại nuôi cá ở xã Phú Lâm"])
    );
    assert_eq!(
        named("Ông Vũ Đức Tài, chủ một tài khoản ngân hàng, cho biết."),
        []
    );
}

/// A counted owner's record reads as the uncounted one's: the role ends with the kind of
/// business, what follows it is the organisation.
#[test]
fn a_counted_owners_role() {
    let a = vinews::Article::parse(
        "Chị Đoàn Thị Mận, chủ một cửa hàng trái cây ở chợ Bến Thành, cho biết.",
    );
    let t = &a.officials[0].titles[0];
    assert_eq!(t.role, "chủ một cửa hàng");
    assert_eq!(
        t.organization.as_ref().map(|o| o.text.as_str()),
        Some("trái cây ở chợ Bến Thành")
    );
}
