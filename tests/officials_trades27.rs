//! Officials: owners of a business and teachers tied to their names (issue 12, session
//! 27), with sentences written for these tests.

mod common;
use common::{named, one};

/// A trade said lowercase right after an addressed name, no comma between, is apposed
/// to it as after a comma: an owner's post ("anh Lâm chủ quán cho biết", the
/// twenty-first draw's guide) or a teacher's with the school ("Thầy X giáo viên trường Y
/// nói"). A one-syllable given name so introduced is a new person's.
#[test]
fn a_trade_after_a_space() {
    assert_eq!(
        named("\"Bánh ở đây rất giòn\", anh Tuấn chủ quán cho biết."),
        one("Tuấn", &["chủ quán"])
    );
    assert_eq!(
        named("Chị Mai chủ tiệm bánh Hồng Phúc kể lại sự việc."),
        one("Mai", &["chủ tiệm bánh Hồng Phúc"])
    );
    assert_eq!(
        named("Thầy Lê Quang Minh giáo viên trường THCS Tân Lập nói: \"Các em cần ôn kỹ\"."),
        one("Lê Quang Minh", &["giáo viên trường THCS Tân Lập"])
    );
    assert_eq!(
        named("Bà Đỗ Thị Hạnh chủ cơ sở đã đi vắng."),
        one("Đỗ Thị Hạnh", &["chủ cơ sở"])
    );
}

/// Not a trade: the owner's noun with no name, a name that is the subject of a verb with
/// the owner its object, an investor ("chủ đầu tư", a body's role in a project), a
/// teacher with no school, a post of the apparatus said lowercase.
#[test]
fn no_trade_after_a_space() {
    assert_eq!(named("Chủ nhà hàng cho biết giá đã tăng."), []);
    assert_eq!(named("Anh Tuấn gặp chủ quán để hỏi giá."), []);
    assert_eq!(named("Bà Đỗ Thị Hạnh chủ đầu tư dự án cho biết."), []);
    assert_eq!(named("Chị Lan cô giáo dạy con tôi rất hiền."), []);
    assert_eq!(named("Ông Lê Quang Minh giáo viên dạy giỏi cho biết."), []);
    assert_eq!(named("Cô giáo cho biết lớp đã nghỉ."), []);
}

/// "chủ sà lan", the owner of a barge hired out to haul goods, owns a business (the
/// sixteenth draw's guide writes "chủ sà lan tên Nam" like "chủ tiệm").
#[test]
fn the_owner_of_a_barge() {
    assert_eq!(
        named("Được giới thiệu, chủ sà lan tên Phúc (ngụ tỉnh Vĩnh Long) kể: \"Chờ lâu lắm\"."),
        one("Phúc", &["chủ sà lan"])
    );
    assert_eq!(named("Các chủ sà lan phải chờ cả tuần."), []);
}

/// A teacher's subject, then the school in a bracket: the post with its bracket (the
/// nineteenth draw's guide: "thầy X, giáo viên môn Ngữ văn (Trường THPT Y, ĐH Z)"); a
/// bracket that names no school ties none.
#[test]
fn a_teacher_with_the_school_in_a_bracket() {
    assert_eq!(
        named(
            "Theo thầy Phạm Đức Anh, giáo viên môn Hóa học (Trường THPT Lam Sơn, ĐH Vinh) cho rằng đề khó."
        ),
        one(
            "Phạm Đức Anh",
            &["giáo viên môn Hóa học (Trường THPT Lam Sơn, ĐH Vinh)"]
        )
    );
    assert_eq!(
        named("Thầy Phạm Đức Anh, giáo viên môn Hóa học (45 tuổi) cho rằng đề khó."),
        []
    );
}

/// An owner's post set before the name by a fronted "Là" and a comma is the name's, its
/// place after "ở" kept with its bracket as after the name, past the business's renown
/// ("có tiếng"; the thirteenth draw's guide: "Là chủ một quán nhậu có tiếng ở Y (Z), anh
/// X"); a counted business ("chủ một quán") opens the post there too.
#[test]
fn an_owner_said_before_the_name() {
    assert_eq!(
        named(
            "Là chủ một tiệm bánh có tiếng ở Sóc Sơn (Hà Nội), chị Võ Thị Hằng cho biết đơn hàng tăng."
        ),
        one(
            "Võ Thị Hằng",
            &["chủ một tiệm bánh có tiếng ở Sóc Sơn (Hà Nội)"]
        )
    );
    assert_eq!(
        named("Ông Đặng Văn Lực, chủ một xưởng gỗ có uy tín tại Đông Anh, cho biết."),
        one("Đặng Văn Lực", &["chủ một xưởng gỗ có uy tín tại Đông Anh"])
    );
    assert_eq!(
        named("Là chủ quán phở ở Nam Định, anh Bùi Văn Khoa dậy từ 3 giờ."),
        one("Bùi Văn Khoa", &["chủ quán phở ở Nam Định"])
    );
    assert_eq!(named("Chủ một cửa hàng cho biết giá đã tăng."), []);
    assert_eq!(
        named("Là chủ một quán nhậu có tiếng ở Sóc Sơn, nên ai cũng biết."),
        []
    );
}
