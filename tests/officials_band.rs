//! Officials: a band's own name after "nhóm nhạc", "ban nhạc" or "nhóm nhảy" is no holder
//! of the title before it (issue 12, the precision audit of session 20: a band read as its
//! member), with sentences written for these tests.

mod common;
use common::{named, one};

/// The capitalised words right after a band's noun (an adjective or two between) name the
/// band: they are the title's, and the member is the person named before the title, with
/// a word of address or not.
#[test]
fn a_band_named_after_its_noun_is_no_member() {
    assert_eq!(
        named("Kenta Mori, thành viên nhóm nhạc Blue Dolphins, vừa ra mắt album mới."),
        one("Kenta Mori", &["thành viên nhóm nhạc Blue Dolphins"])
    );
    assert_eq!(
        named("Jessie Lane - thành viên ban nhạc nổi tiếng Silver Moon đã rời nhóm."),
        one(
            "Jessie Lane",
            &["thành viên ban nhạc nổi tiếng Silver Moon"]
        )
    );
    // a heading with the band and no member named: no one
    assert!(named("Thành viên nhóm nhạc nổi tiếng Silver Moon gây bất ngờ.").is_empty());
    // as before: a person named after the band's name is the member
    assert_eq!(
        named("Thành viên nhóm nhạc Blue Dolphins Lê Thị Lan cho biết như vậy."),
        one("Lê Thị Lan", &["Thành viên nhóm nhạc Blue Dolphins"])
    );
}
