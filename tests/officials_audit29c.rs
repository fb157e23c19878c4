//! Officials: a cause of missed names found by the third precision-and-recall audit of
//! session 29 on untabled articles: a title set before the name with its body's seat said
//! between them ("… có trụ sở tại Z, Y cho biết"). Sentences written for these tests.

mod common;
use common::{named, one};

/// "Giám đốc Viện X có trụ sở tại Z, Y cho biết": the clause on the body's seat describes
/// the body; the name after the comma that closes it holds the title before it.
#[test]
fn a_seat_clause_between_a_title_and_its_name() {
    assert_eq!(
        named("Giám đốc Viện Kinh tế Bình Minh có trụ sở tại Singapore, Peter Holm cho biết."),
        one("Peter Holm", &["Giám đốc Viện Kinh tế Bình Minh"])
    );
    assert_eq!(
        named(
            "Phó Giám đốc Trung tâm Nghiên cứu Biển (CRB) có trụ sở tại thủ đô Oslo, Na Uy, \
             Anna Dahl nhận định như vậy."
        ),
        one(
            "Anna Dahl",
            &["Phó Giám đốc Trung tâm Nghiên cứu Biển (CRB)"]
        )
    );
    assert_eq!(
        named(
            "Chủ tịch Công ty Giấy Sài Gòn chuyên sản xuất bao bì có trụ sở đặt tại quận Ba Đình, \
             Hà Nội, ông Trần Văn Lâm cho biết."
        ),
        one("Trần Văn Lâm", &["Chủ tịch Công ty Giấy Sài Gòn"])
    );
}

/// The seat clause after a name's apposed title ends the title as before; a seat said of
/// a body with no title before it ties no one.
#[test]
fn a_seat_clause_elsewhere_ties_no_new_title() {
    assert_eq!(
        named("Ông Lê Quốc Hùng, Giám đốc Công ty Minh Phát có trụ sở tại Hải Phòng, cho biết."),
        one("Lê Quốc Hùng", &["Giám đốc Công ty Minh Phát"])
    );
    assert!(named("Công ty Minh Phát có trụ sở tại Hải Phòng, Trần Văn Hậu cho biết.").is_empty());
}
