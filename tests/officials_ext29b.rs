//! Officials: titles cut or missed by causes that recurred in the two audits of session 29
//! (issue 12): an initial inside a body's name, fields listed by commas inside it, an
//! envoy's remit, a post said with no "là", an aide's principal before the name, and the
//! country said before ("nước này"). Sentences written for these tests.

mod common;
use common::{named, one};

/// "… Quốc tế K. Mahbubani …", "… Chăn nuôi T.H Việt Nam": the period of an initial inside
/// a body's name is no full stop; a letter at a sentence's end still ends it.
#[test]
fn an_initial_inside_a_bodys_name_is_read_on() {
    assert_eq!(
        named(
            "Ông Trần Hữu Phước, giảng viên tại Trường Chính sách Công K. Mahbubani ở Singapore, nhận định."
        ),
        one(
            "Trần Hữu Phước",
            &["giảng viên tại Trường Chính sách Công K. Mahbubani ở Singapore"]
        )
    );
    assert_eq!(
        named("Theo ông Somchai, Phó TGĐ Cty CP Thức ăn T.H Việt Nam, giá cám tăng."),
        one("Somchai", &["Phó TGĐ Cty CP Thức ăn T.H Việt Nam"])
    );
    assert_eq!(
        named("Ông Lê Văn Hòa, giám đốc Công ty Hạng B. Ông Tùng thì im lặng."),
        one("Lê Văn Hòa", &["giám đốc Công ty Hạng B"])
    );
}

/// "Phó Chủ tịch mảng Truyền thông, Chính sách và Sáng kiến của X": capitalised fields listed
/// after the noun of the part of the work the post heads; a company's name after "của"
/// closes the title before the predicate.
#[test]
fn fields_listed_after_a_portfolio_noun_are_read_on() {
    assert_eq!(
        named(
            "Kế hoạch được ông Peter Holm - Phó Chủ tịch mảng Truyền thông, Chính sách và Sáng kiến của Nokia phê duyệt."
        ),
        one(
            "Peter Holm",
            &["Phó Chủ tịch mảng Truyền thông, Chính sách và Sáng kiến của Nokia"]
        )
    );
    assert_eq!(
        named("Kế hoạch được bà Anna Berg - Giám đốc mảng Pháp lý của Ericsson thông qua."),
        one("Anna Berg", &["Giám đốc mảng Pháp lý của Ericsson"])
    );
}
