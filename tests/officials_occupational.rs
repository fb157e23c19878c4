//! Officials: a post and a name set side by side (issue 12, session 22), with sentences
//! written for these tests.

mod common;
use common::{named, one};

/// A noun phrase of a post and a name after a word of address, with no comma between
/// them, are one person said twice (apposition): the whole phrase before "ông"/"bà" is
/// the title. A word that governs the noun after it ("cho", "của") makes the name its
/// object instead, and the post is not that person's.
#[test]
fn a_post_set_before_an_addressed_name() {
    assert_eq!(
        named("Tổng giám đốc Vinacomin ông Hoàng Minh Tuấn cho biết sản lượng tăng."),
        one("Hoàng Minh Tuấn", &["Tổng giám đốc Vinacomin"])
    );
    assert_eq!(
        named("Giám đốc điều hành Rheinmetall ông Klaus Weber nói rằng đơn hàng đã đủ."),
        one("Klaus Weber", &["Giám đốc điều hành Rheinmetall"])
    );
    assert_eq!(
        named("Phó Chủ tịch UBND tỉnh bà Lê Thị Thu Hà đã đến thăm trường."),
        one("Lê Thị Thu Hà", &["Phó Chủ tịch UBND tỉnh"])
    );
    // the name is the object of the word before it: no post of hers
    let found = named("Ông Trần Văn Tâm đã giao lại chức Tổng giám đốc cho bà Lê Thị Mai.");
    assert!(!found.iter().any(|(n, _)| n == "Lê Thị Mai"), "{found:?}");
    let found = named("Phát ngôn viên của bà Lê Thị Mai từ chối bình luận.");
    assert!(found.iter().all(|(_, t)| t.is_empty()), "{found:?}");
}

/// A scientist's or an employee's trade word right before a name, the organisation
/// named after the name with a preposition of place or belonging ("từ", "của", "tại"):
/// the staff member of a named organisation, whose title is the trade word. With no
/// organisation, or a country after the preposition, the trade is no post.
#[test]
fn a_trade_before_a_name_of_a_named_organisation() {
    assert_eq!(
        named("Nhà băng học Lena Holm từ Đại học Uppsala ở Thụy Điển cho biết như vậy."),
        one("Lena Holm", &["Nhà băng học"])
    );
    assert_eq!(
        named("Theo nhà sử học Trần Quang Minh của Viện Sử học, ngôi đền đã có từ lâu."),
        one("Trần Quang Minh", &["nhà sử học"])
    );
    assert_eq!(
        named("Nhà vật lý Lena Holm đã nhận giải thưởng năm nay."),
        []
    );
    assert_eq!(
        named("Nhà sử học Trần Quang Minh của Việt Nam đã tới dự."),
        []
    );
}

/// "Nhà thiên văn" and "nhà vật lý" said without "học" are the same trades as with it: a
/// post only at the organisation named after them.
#[test]
fn a_scientists_trade_without_hoc() {
    assert_eq!(
        named("Lena Holm, một nhà thiên văn của Đại học Uppsala, thì cho rằng khác."),
        one("Lena Holm", &["nhà thiên văn của Đại học Uppsala"])
    );
    assert_eq!(
        named("Lena Holm, một nhà thiên văn nghiệp dư, thì cho rằng khác."),
        []
    );
}

/// "lãnh đạo" with the organisation it heads, set after a name by commas with the clause
/// going on, is that person's post; alone in a sentence it names a body's leadership, and
/// closing a list (no clause after it) it is another item of the list.
#[test]
fn a_leader_apposed_to_a_name() {
    assert_eq!(
        named("Ông Trần Văn An, lãnh đạo Sở Y tế, cho biết sẽ kiểm tra."),
        one("Trần Văn An", &["lãnh đạo Sở Y tế"])
    );
    assert_eq!(named("Lãnh đạo Sở Y tế cho biết sẽ kiểm tra."), []);
    assert_eq!(
        named(
            "Đón đoàn có Đại sứ Lena Holm, lãnh đạo Vụ Lễ tân Thụy Điển; phía Việt Nam có bà Hòa."
        ),
        one("Lena Holm", &["Đại sứ"])
    );
}

/// A foreign name right after a ministry's field that holds a country's syllable ("Tư
/// pháp", the country "Pháp" inside it) is the minister's, as after any other field; a
/// country said as the post's own still comes before the name.
#[test]
fn a_name_after_a_field_that_holds_a_country() {
    assert_eq!(
        named("Bộ trưởng Tư pháp Lars Berg khẳng định điều đó."),
        one("Lars Berg", &["Bộ trưởng Tư pháp"])
    );
    assert_eq!(
        named("Thứ trưởng Tư pháp Pháp Jean Martin khẳng định điều đó."),
        one("Jean Martin", &["Thứ trưởng Tư pháp Pháp"])
    );
}

/// A lowercase post apposed to a bare name that says what it is in charge of ("phụ
/// trách"): the capitalised words after the verb name what is in charge of, the post goes
/// on over them. A title right before a bare name elsewhere is that name's.
#[test]
fn a_post_in_charge_of_a_named_thing() {
    assert_eq!(
        named(
            "Báo chí dẫn lời Lars Berg, quan chức phụ trách lễ hội mùa đông Jul Fest cho biết, 3.000 người đã tới."
        ),
        one(
            "Lars Berg",
            &["quan chức phụ trách lễ hội mùa đông Jul Fest"]
        )
    );
    assert_eq!(
        named("Theo Daily Mail, chủ tịch Lars Berg nói vậy."),
        one("Lars Berg", &["chủ tịch"])
    );
}

/// "thuyền phó", a ship's mate, is a crew's post as "thuyền trưởng" is.
#[test]
fn a_ships_mate() {
    assert_eq!(
        named("Thuyền phó Lars Berg đã gửi điện cho phòng máy."),
        one("Lars Berg", &["Thuyền phó"])
    );
}
