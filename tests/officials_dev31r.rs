//! A firm's own name shaped like a person's after its head, and a bracket that expands
//! an acronym with the body's seat (issue 12, session 31, dev31r). Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// A law office or law company is named after its head, a lawyer's name as often: the
/// name is the firm's, and the "Luật sư" of the head is no title of a person.
#[test]
fn a_law_firm_named_like_a_person() {
    assert_eq!(
        named(
            "Luật sư Đặng Quốc Khánh, Văn phòng Luật sư Bạch Tuyết, Đoàn Luật sư TP Cần Thơ, cho biết."
        ),
        one(
            "Đặng Quốc Khánh",
            &[
                "Luật sư",
                "Văn phòng Luật sư Bạch Tuyết, Đoàn Luật sư TP Cần Thơ"
            ]
        )
    );
    assert_eq!(
        named("Luật sư Phan Thị Yến, Văn phòng Luật sư Hồ Ngọc Lan cho biết."),
        one(
            "Phan Thị Yến",
            &["Luật sư", "Văn phòng Luật sư Hồ Ngọc Lan"]
        )
    );
    assert_eq!(
        named("Ông Vương Đình Lộc, Văn phòng Luật sư Hà Thanh Xuân, cho biết."),
        one("Vương Đình Lộc", &["Văn phòng Luật sư Hà Thanh Xuân"])
    );
    assert_eq!(
        named("Luật sư Tạ Minh Hiếu, Công ty Luật Lâm Gia Bảo, cho biết."),
        one("Tạ Minh Hiếu", &["Luật sư", "Công ty Luật Lâm Gia Bảo"])
    );
    // (the holder's name after the firm's own stays his)
    assert_eq!(
        named("Giám đốc Công ty Luật Tín Nghĩa Đoàn Văn Toản cho biết."),
        one("Đoàn Văn Toản", &["Giám đốc Công ty Luật Tín Nghĩa"])
    );
    assert_eq!(
        named("Chủ nhiệm Đoàn Luật sư tỉnh Nghệ An Cao Xuân Phúc cho biết."),
        one("Cao Xuân Phúc", &["Chủ nhiệm Đoàn Luật sư tỉnh Nghệ An"])
    );
    // (a lawyer said alone before the name is one)
    assert_eq!(
        named("Luật sư Hồ Ngọc Lan cho biết."),
        one("Hồ Ngọc Lan", &["Luật sư"])
    );
}

/// A bracket right after a title that expands its body's acronym is the title's, the
/// body's seat after "tại" with it; a bracket going on with a clause is not.
#[test]
fn an_acronym_expanded_with_its_seat() {
    assert_eq!(
        named(
            "Ông Pierre Dubois, Chủ tịch Tiểu ban Năng lượng của EuroCham (Hiệp hội Doanh nghiệp châu Âu tại Việt Nam) cho biết."
        ),
        one(
            "Pierre Dubois",
            &[
                "Chủ tịch Tiểu ban Năng lượng của EuroCham (Hiệp hội Doanh nghiệp châu Âu tại Việt Nam)"
            ]
        )
    );
    assert_eq!(
        named(
            "Bà Ngô Thu Trang, Giám đốc điều hành AmCham (Phòng Thương mại Hoa Kỳ tại Hà Nội), cho biết."
        ),
        one(
            "Ngô Thu Trang",
            &["Giám đốc điều hành AmCham (Phòng Thương mại Hoa Kỳ tại Hà Nội)"]
        )
    );
    // (a clause in the bracket is no expansion)
    assert_eq!(
        named(
            "Ông Lý Quốc Bình, Giám đốc KOCHAM (Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam tổ chức hội thảo) cho biết."
        ),
        one("Lý Quốc Bình", &["Giám đốc KOCHAM"])
    );
    assert_eq!(
        named("Ông Lý Quốc Bình, Giám đốc Công ty Kim Sơn (tại Hà Nội) cho biết."),
        one("Lý Quốc Bình", &["Giám đốc Công ty Kim Sơn"])
    );
}
