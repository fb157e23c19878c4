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
