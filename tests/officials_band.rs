//! Officials: a band's own name after "nhóm nhạc", "ban nhạc" or "nhóm nhảy" is no holder
//! of the title before it (issue 12, the precision audit of session 20: a band read as its
//! member), and a band's membership is no post (session 21), with sentences written for
//! these tests.

mod common;
use common::{named, one};

/// The capitalised words right after a band's noun (an adjective or two between) name the
/// band: they are the title's, and the holder is the person named before the title.
#[test]
fn a_band_named_after_its_noun_is_no_holder() {
    assert_eq!(
        named("Ông Kenta Mori, Giám đốc điều hành ban nhạc Blue Dolphins, cho biết như vậy."),
        one("Kenta Mori", &["Giám đốc điều hành ban nhạc Blue Dolphins"])
    );
    // a heading with the band and no one named: no one
    assert!(named("Thành viên nhóm nhạc nổi tiếng Silver Moon gây bất ngờ.").is_empty());
}

/// Being a band's member is no post (the guide: artists hold none; the precision audit of
/// session 21): "thành viên" of a band is no title, nor "thành viên" said bare right before
/// a capitalised name (a group's, or a member's of a group named after it). Before, each
/// sentence below gave an official ("Lê Thị Lan" with "thành viên của nhóm nhạc nữ xứ
/// Hàn", "Silver Moon" with "Thành viên").
#[test]
fn a_band_membership_is_no_post() {
    for text in [
        "Kenta Mori, thành viên nhóm nhạc Blue Dolphins, vừa ra mắt album mới.",
        "Jessie Lane - thành viên ban nhạc nổi tiếng Silver Moon đã rời nhóm.",
        "Thành viên nhóm nhạc Blue Dolphins Lê Thị Lan cho biết như vậy.",
        "Ca sĩ Lê Thị Lan cũng là thành viên của nhóm nhạc nữ xứ Hàn.",
        "Khán giả bất ngờ khi thành viên Lê Thị Lan của nhóm Hoa Hồng xuất hiện.",
        "Thành viên Silver Moon được khen ngợi.",
    ] {
        assert!(named(text).is_empty(), "{text}");
    }
    // a member of a body named with it holds a post
    assert_eq!(
        named("Bà Lê Thị Lan, thành viên Ban Chấp hành Hội Nông dân tỉnh, cho biết như vậy."),
        one(
            "Lê Thị Lan",
            &["thành viên Ban Chấp hành Hội Nông dân tỉnh"]
        )
    );
    assert_eq!(
        named("Thành viên HĐQT Lê Thị Lan cho biết như vậy."),
        one("Lê Thị Lan", &["Thành viên HĐQT"])
    );
}

/// A member of a group that is no body (a team gathered for a task, a crew, a gang, a
/// family: `member_groups.txt`), no capitalised body named after its noun, holds no post
/// (the guide of the twelfth draw: a research team's member, no organisation named; the
/// precision audit of session 25). Before, each sentence below gave an official with
/// "thành viên …" as its title.
#[test]
fn a_member_of_an_unnamed_group_holds_no_post() {
    for text in [
        "Theo Mark Olsen, một thành viên của nhóm nghiên cứu, kết quả vẫn cần kiểm chứng.",
        "Ảnh chụp Peter Hale - thành viên tổ lái của con tàu năm ấy.",
        "Jonas Berg, thành viên thủy thủ đoàn, kể lại đêm hôm đó.",
    ] {
        assert!(named(text).is_empty(), "{text}");
    }
    // the degree before the name stays; only the membership goes
    assert_eq!(
        named("Tiến sĩ Mark Olsen, thành viên nhóm nghiên cứu, cho biết như vậy."),
        one("Mark Olsen", &["Tiến sĩ"])
    );
    // a group named by a capitalised body keeps the title
    assert_eq!(
        named("Ông Trần Văn Hải, thành viên Tổ công tác của Thủ tướng, cho biết như vậy."),
        one("Trần Văn Hải", &["thành viên Tổ công tác của Thủ tướng"])
    );
    assert_eq!(
        named("Bà Lê Thị Lan, thành viên nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản, phát biểu."),
        one(
            "Lê Thị Lan",
            &["thành viên nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản"]
        )
    );
}
