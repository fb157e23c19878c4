//! Officials: shapes found by a scan of the officials vinews gives over the corpus (issue
//! 12, session 26): a body's name read as its holder's after a body described by its noun
//! and lowercase words, and adverbials that ended no title. Sentences written for these
//! tests.

mod common;
use common::{named, one};

/// A body said by its noun and lowercase words ("nhóm bảo tồn", "công ty an ninh mạng")
/// is named by the capitalised words after it: they are no person, and an apposed title
/// goes to the name before it.
#[test]
fn a_described_bodys_name_is_no_holder() {
    let out = named(
        "Ông Karl Benning, người phát ngôn của nhóm bảo tồn Green Rivers cho biết dự án sẽ \
         tiếp tục.",
    );
    assert!(out.iter().all(|(n, _)| n != "Green Rivers"), "{out:?}");
    assert_eq!(
        out,
        one(
            "Karl Benning",
            &["người phát ngôn của nhóm bảo tồn Green Rivers"]
        )
    );
    let out = named(
        "Giám đốc tài chính của công ty phần mềm Bluefin Labs cho rằng thị trường sẽ hồi phục.",
    );
    assert!(out.is_empty(), "{out:?}");
    let out =
        named("Anh Tâm, Giám đốc Công ty cổ phần dịch vụ vận tải Minh Quang cho biết giá đã tăng.");
    assert!(out.iter().all(|(n, _)| n != "Minh Quang"), "{out:?}");
}

/// The bare noun of a body known from the text ("Chủ tịch CLB", "Chủ tịch Tập đoàn") and
/// a role that ends in such a noun ("trưởng nhóm nghiên cứu") are followed by their
/// holder's name, as before.
#[test]
fn a_bare_body_or_a_roles_own_noun_keeps_the_name() {
    assert_eq!(
        named("Chủ tịch CLB Gérard Mollet khẳng định đội bóng sẽ không bán cầu thủ."),
        one("Gérard Mollet", &["Chủ tịch CLB"])
    );
    assert_eq!(
        named("Theo trưởng nhóm nghiên cứu Helena Ruiz, kết quả này rất đáng chú ý."),
        one("Helena Ruiz", &["trưởng nhóm nghiên cứu"])
    );
    assert_eq!(
        named("Phát ngôn viên quân đội Omar Diallo cho biết tình hình đã ổn định."),
        one("Omar Diallo", &["Phát ngôn viên quân đội"])
    );
}

/// "dưới thời" (under a leader's rule), "đồng thời" (at the same time, joining a second
/// post) and "đi cùng" (going along with) are the clause's words, no part of a title.
#[test]
fn adverbials_end_a_title() {
    assert_eq!(
        named("Tòa án kết án ông Paulo Mendes, cựu Bộ trưởng Kinh tế dưới thời Tổng thống cũ."),
        one("Paulo Mendes", &["cựu Bộ trưởng Kinh tế"])
    );
    let out = named("Bà Hạ Thu Vân, chủ tịch của VNBC đồng thời cũng là cố vấn của nhiều dự án.");
    assert!(
        out.iter()
            .any(|(n, t)| n == "Hạ Thu Vân" && t.iter().any(|x| x == "chủ tịch của VNBC")),
        "{out:?}"
    );
    let out = named("Sở đã cử anh Lò Văn Khải, Chánh văn phòng sở đi cùng đoàn ra Hà Nội.");
    assert!(
        out.iter()
            .any(|(n, t)| n == "Lò Văn Khải" && t.iter().any(|x| x == "Chánh văn phòng sở")),
        "{out:?}"
    );
}
