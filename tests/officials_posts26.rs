//! Officials: a role noun that no list holds as a post by itself ("quản lý", "người điều
//! hành", "người trông coi", "phụ trách", and "lãnh đạo", "quan chức" with a locative),
//! apposed to a name with the workplace it is held at (issue 12, session 26;
//! src/extract/official/posts.rs, src/lexicon/apposed_posts.txt), with sentences written
//! for these tests.

mod common;
use common::{named, one};

/// A manager, the one who runs or keeps a place, or the one in charge, apposed to a name
/// with the workplace after the role, at once or after a locative, up to the apposition's
/// end (a comma, a dash, a bracket or the clause's verb), is the person's post.
#[test]
fn a_role_noun_with_its_workplace_apposed_to_a_name() {
    assert_eq!(
        named("Ông Hà Văn Tú, quản lý một nhà nghỉ trên đường Trần Phú cũng than thở."),
        one("Hà Văn Tú", &["quản lý một nhà nghỉ trên đường Trần Phú"])
    );
    assert_eq!(
        named("Bà Lưu Thị Hằng, người trông coi chùa Phúc Lâm, kể lại chuyện cũ."),
        one("Lưu Thị Hằng", &["người trông coi chùa Phúc Lâm"])
    );
    assert_eq!(
        named("Anh Đỗ Quang Minh, phụ trách kỹ thuật tại Sao Mai chia sẻ thêm."),
        one("Đỗ Quang Minh", &["phụ trách kỹ thuật tại Sao Mai"])
    );
    assert_eq!(
        named("Ông Tạ Minh Hưng (62 tuổi, người trông coi đình Phú Xuân) cho biết."),
        one("Tạ Minh Hưng", &["người trông coi đình Phú Xuân"])
    );
}

/// The indefinite "một" before the role is left out of the title, and the body after the
/// locative may be described with no name of its own ("tại nhà tang lễ"); a foreign name
/// with no word of address is a person's with such a post after it.
#[test]
fn the_indefinite_before_the_role_and_a_described_body() {
    assert_eq!(
        named("Rakesh Varma, một quản lý tại nhà tang lễ cho biết họ làm việc suốt đêm."),
        one("Rakesh Varma", &["quản lý tại nhà tang lễ"])
    );
    assert_eq!(
        named("Anil Kapoor, người điều hành bãi hỏa táng ven sông ở Mumbai từng nói vậy."),
        one(
            "Anil Kapoor",
            &["người điều hành bãi hỏa táng ven sông ở Mumbai"]
        )
    );
    // the city after a comma closes the apposition with it
    assert_eq!(
        named("Bà Phan Thị Nga - quản lý một siêu thị mini khu vực Cầu Giấy, Hà Nội - cho biết."),
        one(
            "Phan Thị Nga",
            &["quản lý một siêu thị mini khu vực Cầu Giấy, Hà Nội"]
        )
    );
}

/// "lãnh đạo" and "quan chức", which the lists hold as titles by their own rules, are read
/// here with a locative after them, which those rules do not read.
#[test]
fn a_leader_or_official_with_a_locative() {
    assert_eq!(
        named(
            "Theo Arjun Mehta, một lãnh đạo tại hãng thép lớn nhất Ấn Độ Tata Steel, giá đã tăng."
        ),
        one(
            "Arjun Mehta",
            &["lãnh đạo tại hãng thép lớn nhất Ấn Độ Tata Steel"]
        )
    );
    assert_eq!(
        named("Klaus Weber - quan chức trong đảng Xanh - đã phản đối kế hoạch."),
        one("Klaus Weber", &["quan chức trong đảng Xanh"])
    );
}

/// No post: the role alone, with no workplace; a role whose clause goes on past it; a
/// locative that names no body ("tại đây"); a leader listed after another's titled name
/// with the body right after the role (a list's leaders apart).
#[test]
fn a_role_noun_with_no_workplace_is_no_post() {
    assert_eq!(named("Ông Hà Văn Tú, quản lý, cho biết khách giảm."), []);
    assert_eq!(
        named("Anh Đỗ Quang Minh, phụ trách kỹ thuật, chia sẻ thêm."),
        []
    );
    assert_eq!(
        named("Ông Hà Văn Tú, quản lý tại đây cho biết khách giảm."),
        []
    );
    assert_eq!(
        named("Đón đoàn có Đại sứ Ý tại Việt Nam Marco Rossi, lãnh đạo Bộ Ngoại giao Ý."),
        one("Marco Rossi", &["Đại sứ Ý tại Việt Nam"])
    );
}
