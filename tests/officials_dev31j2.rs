//! Jurisdictions of officials' titles in the apparatus (issue 12, session 31, dev31j2):
//! the central press organs, a body of the State Bank written short, a country glued to
//! the name after it, a post of a former state. Sentences written for these tests.

mod common;
use common::{code_of, codes};

/// The central press (Báo Quân đội nhân dân, Đài Truyền hình Việt Nam, written whole or
/// short) serves the central level; a paper or station named with no such organ governs
/// nowhere told.
#[test]
fn the_central_press() {
    let t = "Thiếu tướng Lê Văn Hòa, Tổng Biên tập Báo Quân đội nhân dân phát biểu.";
    assert_eq!(
        code_of(t, "Lê Văn Hòa", "Tổng Biên tập Báo Quân đội nhân dân"),
        Some("VN")
    );
    let t = "Ông Vũ Hồng Nam, Trưởng phòng Phim tài liệu, Đài Truyền hình Việt Nam cho biết.";
    assert_eq!(
        codes(t, "Vũ Hồng Nam"),
        [(
            "Trưởng phòng Phim tài liệu, Đài Truyền hình Việt Nam".to_string(),
            Some("VN")
        )]
    );
    let t = "Ông Trần Bình An, Tổng Giám đốc Đài THVN phát biểu tại lễ kỷ niệm.";
    assert_eq!(
        code_of(t, "Trần Bình An", "Tổng Giám đốc Đài THVN"),
        Some("VN")
    );
    let t = "Bà Phạm Thu Trang, Phó Tổng Biên tập báo Người Xây Dựng cho biết.";
    for (title, c) in codes(t, "Phạm Thu Trang") {
        assert_eq!(c, None, "{title}");
    }
    let t = "Ông Lê Quốc Minh, Tổng Biên tập Báo Nhân Dân, phát biểu.";
    for (title, c) in codes(t, "Lê Quốc Minh") {
        assert_eq!(c, Some("VN"), "{title}");
    }
}

/// "NHNN" is the State Bank (Ngân hàng Nhà nước), a body of the central level.
#[test]
fn the_state_bank_written_short() {
    let t = "Ông Lê Minh Tâm, Phó Chánh Thanh tra, Cơ quan Thanh tra NHNN cho biết.";
    assert_eq!(
        code_of(
            t,
            "Lê Minh Tâm",
            "Phó Chánh Thanh tra, Cơ quan Thanh tra NHNN"
        ),
        Some("VN")
    );
}

/// A country glued to the name after it by a missing space ("Trung QuốcLý") still names
/// the country: its minister's posts are not Vietnam's.
#[test]
fn a_country_glued_to_the_name_after_it() {
    let t = "Tổng Bí thư Trần Văn An tiếp Ủy viên Quốc vụ, Bộ trưởng Quốc phòng Trung \
             QuốcLý Thượng Phúc. Ông Lý Thượng Phúc cảm ơn.";
    let all = codes(t, "Lý Thượng Phúc");
    assert!(
        all.iter()
            .any(|(t, _)| t == "Bộ trưởng Quốc phòng Trung Quốc"),
        "{all:?}"
    );
    for (title, c) in all {
        assert_eq!(c, None, "{title}");
    }
    // spaced, the same
    let t = "Tại Hà Nội, Tổng Bí thư Trần Văn An tiếp Bộ trưởng Quốc phòng Trung Quốc Lý \
             Thượng Phúc.";
    assert_eq!(
        code_of(t, "Lý Thượng Phúc", "Bộ trưởng Quốc phòng Trung Quốc"),
        None
    );
    assert_eq!(code_of(t, "Trần Văn An", "Tổng Bí thư"), Some("VN"));
}

/// A post of the Republic of Vietnam (Việt Nam Cộng hòa, VNCH, 1955-1975) is none of
/// today's units, and the holder's post named by its role alone is that state's too.
#[test]
fn a_post_of_a_former_state() {
    let t = "Năm 1955, dinh được giao cho Thủ tướng Trần Văn Hữu - đại diện Việt Nam Cộng \
             hòa (VNCH). Sau đó Trần Văn Hữu làm Tổng thống VNCH.";
    for (title, c) in codes(t, "Trần Văn Hữu") {
        assert_eq!(c, None, "{title}");
    }
    // the Prime Minister of Vietnam named bare stays Vietnam's
    let t = "Thủ tướng Phạm Minh Hải chủ trì phiên họp Chính phủ tại Hà Nội.";
    assert_eq!(code_of(t, "Phạm Minh Hải", "Thủ tướng"), Some("VN"));
}
