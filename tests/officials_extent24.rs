//! Officials: how far a title runs (issue 12, session 24): where a body's name ends before
//! the clause's predicate. Sentences written for these tests.

mod common;
use common::{named, one};

/// A company named by its own capitalised words right after the role, with no head
/// ("Công ty", "Tập đoàn") before them, ends where a lowercase word follows a last word
/// that is no Vietnamese syllable ("Group", a brand): that word is the predicate's, as
/// after "Tập đoàn Ôtô Trường Hải". After a Vietnamese syllable, a lowercase one may be
/// the second syllable of its word ("Khoa Ngữ văn"), and the name goes on.
#[test]
fn a_companys_own_name_ends_before_the_predicate() {
    assert_eq!(
        named("Tài sản của ông Lê Văn Bình - Chủ tịch Rubix Group tăng thêm 500 tỷ đồng."),
        one("Lê Văn Bình", &["Chủ tịch Rubix Group"])
    );
    assert_eq!(
        named("Bà Trần Thu Hà, Tổng giám đốc Vexora giảm mạnh tỷ lệ sở hữu."),
        one("Trần Thu Hà", &["Tổng giám đốc Vexora"])
    );
    // a syllable's second word goes on the name
    assert_eq!(
        named("Ông Lê Văn Bình, Trưởng khoa Ngoại Tim mạch cho biết như vậy."),
        one("Lê Văn Bình", &["Trưởng khoa Ngoại Tim mạch"])
    );
    assert_eq!(
        named("Ông Lê Văn Bình, đội trưởng Đội Đo đạc số 3 cho biết như vậy."),
        one("Lê Văn Bình", &["đội trưởng Đội Đo đạc số 3"])
    );
}

/// A superlative ("giàu nhất", "trẻ nhất") grades an adjective said of the holder, no word
/// of a body's name: the title ends before it. "nhất" that is "one" in a word of two
/// syllables ("thống nhất", "hợp nhất") or the ordinal "thứ nhất" is no grade: the title
/// goes on.
#[test]
fn a_superlative_is_said_of_the_holder() {
    assert_eq!(
        named("Ông Lê Văn Bình, Chủ tịch HĐQT giàu nhất thế giới, cho biết như vậy."),
        one("Lê Văn Bình", &["Chủ tịch HĐQT"])
    );
    assert_eq!(
        named("Bà Trần Thu Hà, giám đốc bệnh viện trẻ nhất cả nước, cho biết như vậy."),
        one("Trần Thu Hà", &["giám đốc bệnh viện"])
    );
    // "nhất" of a word, no grade
    assert_eq!(
        named("Ông Lê Văn Bình, Trưởng ban Mặt trận thống nhất tỉnh, cho biết như vậy."),
        one("Lê Văn Bình", &["Trưởng ban Mặt trận thống nhất tỉnh"])
    );
    assert_eq!(
        named("Ông Lê Văn Bình, Phó Thủ tướng thứ nhất, cho biết như vậy."),
        one("Lê Văn Bình", &["Phó Thủ tướng thứ nhất"])
    );
}

/// A dash after a title apposed to a name, with a comma before it, joins a second post of
/// the same holder ("A, Phó Chủ tịch … - Giám đốc …"), as a chain a dash opened does. A
/// title with a name of its own after the dash is that person's, and a dash before no
/// title adds none.
#[test]
fn a_dash_after_an_apposed_title_joins_the_next_post() {
    assert_eq!(
        named("Ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh - Giám đốc Sở Y tế cho biết như vậy."),
        one(
            "Lê Văn Bình",
            &["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế"]
        )
    );
    assert_eq!(
        named(
            "Ông Lê Văn Bình, nguyên Bí thư Huyện ủy - nguyên Chủ tịch HĐQT Công ty Sao Mai, bị khởi tố."
        ),
        one(
            "Lê Văn Bình",
            &[
                "nguyên Bí thư Huyện ủy",
                "nguyên Chủ tịch HĐQT Công ty Sao Mai"
            ]
        )
    );
    // the next person's title, and no title after the dash
    let found = named("Ông Lê Văn Bình, Giám đốc Sở Y tế - Phó Giám đốc Trần Văn Hải cùng đến dự.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], one("Lê Văn Bình", &["Giám đốc Sở Y tế"])[0]);
    assert_eq!(
        named("Ông Lê Văn Bình, Giám đốc Sở Y tế - người đã ký văn bản này - cho biết như vậy."),
        one("Lê Văn Bình", &["Giám đốc Sở Y tế"])
    );
}

/// A body described by what it does, in lowercase ("quỹ hỗ trợ", "tổ chức bảo vệ"), goes on
/// over the plural object of that verb ("các doanh nghiệp nhỏ") up to the place it is in:
/// the description is the body's. A plural right after a body's head and unit stays out
/// ("UBND các xã": many bodies), and a body whose name is whole ends before the verb, the
/// predicate.
#[test]
fn a_bodys_purpose_and_its_object() {
    assert_eq!(
        named(
            "Theo ông Lê Văn Bình, giám đốc quỹ hỗ trợ các doanh nghiệp nhỏ tại Lào, lãi suất sẽ giảm."
        ),
        one(
            "Lê Văn Bình",
            &["giám đốc quỹ hỗ trợ các doanh nghiệp nhỏ tại Lào"]
        )
    );
    assert_eq!(
        named(
            "Theo bà Trần Thu Hà, người đứng đầu tổ chức bảo vệ các loài chim tại Kenya, số chim đã giảm."
        ),
        one(
            "Trần Thu Hà",
            &["người đứng đầu tổ chức bảo vệ các loài chim tại Kenya"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Bình, Chủ tịch UBND các xã cho biết như vậy."),
        one("Lê Văn Bình", &["Chủ tịch UBND"])
    );
    assert_eq!(
        named("Ông Lê Văn Bình, Giám đốc Sở Y tế kiểm tra các bệnh viện."),
        one("Lê Văn Bình", &["Giám đốc Sở Y tế"])
    );
}

/// A parent body said after a comma whose field opens with a verb of the stop words,
/// capitalised right after its head ("Bộ Thông tin & Truyền thông": "thông tin", to
/// inform), is the title's, as the same field joined by "và" is. A capitalised verb after
/// a comma with no head before it opens the next clause.
#[test]
fn a_parents_field_may_open_with_a_verb() {
    assert_eq!(
        named(
            "Ông Lê Văn Bình, Vụ trưởng Vụ Pháp chế, Bộ Thông tin & Truyền thông, cho biết như vậy."
        ),
        one(
            "Lê Văn Bình",
            &["Vụ trưởng Vụ Pháp chế, Bộ Thông tin & Truyền thông"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Bình, Vụ trưởng Vụ Pháp chế, Thông tin thêm, ông cho biết như vậy."),
        one("Lê Văn Bình", &["Vụ trưởng Vụ Pháp chế"])
    );
}
