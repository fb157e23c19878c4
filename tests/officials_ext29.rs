//! Officials: how far a title runs (issue 12, session 29, the twenty-seventh, thirtieth,
//! thirty-second and thirty-third draws' extents): posts of one holder listed by
//! semicolons, the city a company's works is in said after a comma. Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// Posts of one holder listed by semicolons, one of them with a comma of its own, are all
/// the holder's; not the next person's titles before a name, nor a person after it.
#[test]
fn posts_listed_by_semicolons() {
    assert_eq!(
        named(
            "TS. Đặng Minh Khôi - Phó Giám đốc Trung tâm Chấn thương, Bệnh viện Việt Đức; Chủ nhiệm bộ môn Ngoại, \
             Học viện Y dược học cổ truyền cho biết bệnh nhân đã ổn định."
        ),
        one(
            "Đặng Minh Khôi",
            &[
                "TS.",
                "Phó Giám đốc Trung tâm Chấn thương, Bệnh viện Việt Đức",
                "Chủ nhiệm bộ môn Ngoại, Học viện Y dược học cổ truyền"
            ]
        )
    );
    assert_eq!(
        named(
            "Khách mời là PGS.TS. Lý Thanh Tâm Giảng viên chính; Chủ tịch Hội đồng Khoa Kỹ thuật Giao thông; \
             Trưởng Bộ môn Cầu Hầm, Đại học Giao thông vận tải."
        ),
        one(
            "Lý Thanh Tâm",
            &[
                "PGS.TS.",
                "Giảng viên chính",
                "Chủ tịch Hội đồng Khoa Kỹ thuật Giao thông",
                "Trưởng Bộ môn Cầu Hầm, Đại học Giao thông vận tải"
            ]
        )
    );
    // (the next person's titles, before a name; the next person)
    let got = named(
        "Dự lễ có Thượng tướng Hoàng Văn Sơn, Chủ nhiệm Tổng cục Hậu cần; Ủy viên Trung ương \
         Đảng, Bí thư Tỉnh ủy Lê Thị Mai cùng nhiều đại biểu.",
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Lê Thị Mai" && t.iter().any(|t| t == "Ủy viên Trung ương Đảng")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Hoàng Văn Sơn" && !t.iter().any(|t| t.contains("Ủy viên"))),
        "{got:?}"
    );
    let got = named("Ông Lê Văn Hòa, Giám đốc Sở Xây dựng; bà Trần Thị Yến, Giám đốc Sở Tư pháp.");
    assert_eq!(
        got,
        vec![
            (
                "Lê Văn Hòa".to_string(),
                vec!["Giám đốc Sở Xây dựng".to_string()]
            ),
            (
                "Trần Thị Yến".to_string(),
                vec!["Giám đốc Sở Tư pháp".to_string()]
            ),
        ]
    );
}

/// A company's works ("Nhà máy", "Xí nghiệp") is a body: the city it is in, said bare
/// after a comma, is its own.
#[test]
fn works_with_its_city() {
    assert_eq!(
        named("Ông Hồ Văn Lực, Giám đốc Nhà máy Kính Nổi, Bình Dương, đại diện công ty cho biết."),
        one("Hồ Văn Lực", &["Giám đốc Nhà máy Kính Nổi, Bình Dương"])
    );
    assert_eq!(
        named("Bà Tạ Thu Hà, Giám đốc Xí nghiệp Cấp nước Gia Định, TPHCM cho biết như vậy."),
        one(
            "Tạ Thu Hà",
            &["Giám đốc Xí nghiệp Cấp nước Gia Định, TPHCM"]
        )
    );
    // (a factory spoken of: the clause goes on)
    assert_eq!(
        named("Ông Hồ Văn Lực, Giám đốc nhà máy cho biết sản lượng tăng."),
        one("Hồ Văn Lực", &["Giám đốc nhà máy"])
    );
}

/// A police department named for the crimes it fights ("tội phạm về …") holds the field
/// in its name, its parent after it in a bracket or not.
#[test]
fn crimes_a_department_is_named_for() {
    assert_eq!(
        named(
            "Trung tá Lò Văn Khánh, Trưởng phòng Cảnh sát điều tra tội phạm về trật tự xã hội \
             (Công an tỉnh Sơn La), cho biết vụ án đang được điều tra."
        ),
        one(
            "Lò Văn Khánh",
            &[
                "Trung tá",
                "Trưởng phòng Cảnh sát điều tra tội phạm về trật tự xã hội (Công an tỉnh Sơn La)"
            ]
        )
    );
    assert_eq!(
        named(
            "Thượng tá Đinh Quang Hưng, Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy \
             Công an tỉnh Thanh Hóa cho biết."
        ),
        one(
            "Đinh Quang Hưng",
            &[
                "Thượng tá",
                "Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Thanh Hóa"
            ]
        )
    );
    // (crimes spoken of after the title: not the title's)
    assert_eq!(
        named("Ông Đinh Quang Hưng, Giám đốc Công an tỉnh, cho biết tội phạm về ma túy tăng."),
        one("Đinh Quang Hưng", &["Giám đốc Công an tỉnh"])
    );
}

/// A verb ends a title: "giới thiệu" (to present) after a company's name is the clause's.
#[test]
fn a_verb_ends_the_title() {
    assert_eq!(
        named(
            "Bà Mai Thu Trang, CEO công ty cổ phần Giải pháp thanh toán số giới thiệu ứng dụng \
             tại hội thảo."
        ),
        one(
            "Mai Thu Trang",
            &["CEO công ty cổ phần Giải pháp thanh toán số"]
        )
    );
    // (a body named for it, capitalised, keeps it)
    assert_eq!(
        named("Ông Vương Đình Lâm, Giám đốc Trung tâm Giới thiệu việc làm Thanh niên cho biết."),
        one(
            "Vương Đình Lâm",
            &["Giám đốc Trung tâm Giới thiệu việc làm Thanh niên"]
        )
    );
}

/// The province said after the district after a body's name, each after a comma, is the
/// title's when "và" joins the clause's next item after it; a province after the first
/// unit, "và" and another province after it, is a list.
#[test]
fn province_before_and() {
    assert_eq!(
        named(
            "Giải Ba thuộc về bài viết của tác giả Hà Thị Nhung, giáo viên Trường THCS Tân Lập, \
             huyện Đan Phượng, TP Hà Nội và bài viết của một nhà báo."
        ),
        one(
            "Hà Thị Nhung",
            &["giáo viên Trường THCS Tân Lập, huyện Đan Phượng, TP Hà Nội"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Tú, Chủ tịch UBND xã Kỳ Lợi, tỉnh Hà Tĩnh và tỉnh Nghệ An đã họp."),
        one("Lê Văn Tú", &["Chủ tịch UBND xã Kỳ Lợi"])
    );
}
