//! Officials: names not read at all (issue 12, session 29). A teacher's noun before a full
//! name; a prosecutor's post; the "sỹ" spellings of a legislator's post; a foreign body's
//! name and its country between a bare role and a foreign name; a second foreign name after
//! one bare personal role and "và". Negative cases: a given name alone after a teacher's
//! noun, a place after it, a lowercase noun or a title after "và", a Vietnamese pair after a
//! monarch. Sentences written for these tests.

mod common;
use common::{named, one};

fn two(a: &str, ta: &[&str], b: &str, tb: &[&str]) -> Vec<(String, Vec<String>)> {
    let mut v = one(a, ta);
    v.extend(one(b, tb));
    v
}

/// "cô giáo", "thầy giáo" before a full name: the teacher's post, school named or not.
#[test]
fn a_teacher_before_a_full_name() {
    assert_eq!(
        named("Sáng 3/9, cô giáo Trần Thị Bích Hạnh đón các em vào lớp."),
        one("Trần Thị Bích Hạnh", &["cô giáo"])
    );
    assert_eq!(
        named("Theo báo địa phương, thầy giáo Marco Antonio Reyes đã xin lỗi học sinh."),
        one("Marco Antonio Reyes", &["thầy giáo"])
    );
    assert_eq!(
        named("Lớp học do 2 cô giáo Lê Thị Mai Hoa và Phan Thị Quỳnh phụ trách."),
        two(
            "Lê Thị Mai Hoa",
            &["cô giáo"],
            "Phan Thị Quỳnh",
            &["cô giáo"]
        )
    );
}

/// A given name alone, or a place, after a teacher's noun names no one.
#[test]
fn no_teacher_without_a_full_name() {
    assert!(named("Thầy giáo Tùng đến nhà học sinh để xin lỗi.").is_empty());
    assert!(named("Một cô giáo Đà Nẵng được khen thưởng.").is_empty());
    assert!(named("Cô giáo Thu Trang cho biết các em rất ngoan.").is_empty());
}

/// "Công tố viên", "Tổng công tố viên": a prosecutor's post.
#[test]
fn a_prosecutor() {
    assert_eq!(
        named(
            "Văn phòng của công tố viên đặc biệt Thomas Keller, đang điều tra vụ việc, từ chối bình luận."
        ),
        one("Thomas Keller", &["công tố viên đặc biệt"])
    );
    assert_eq!(
        named("Tổng công tố viên Ba Lan Adam Nowak cho biết vụ án sẽ được xét xử."),
        one("Adam Nowak", &["Tổng công tố viên Ba Lan"])
    );
    assert!(named("Các công tố viên Hungary cho biết hai nghi phạm đã bị bắt.").is_empty());
}

/// "Thượng nghị sỹ", "Hạ nghị sỹ": the other spelling of the legislator's post.
#[test]
fn a_legislator_spelled_with_y() {
    assert_eq!(
        named("Thượng nghị sỹ bang Ohio Mark Fenwick chỉ trích dự luật."),
        one("Mark Fenwick", &["Thượng nghị sỹ bang Ohio"])
    );
    assert_eq!(
        named("Hạ nghị sỹ Paolo Bianchi phát biểu tại phiên họp."),
        one("Paolo Bianchi", &["Hạ nghị sỹ"])
    );
}

/// A foreign body's name, its country, then a foreign name right after a bare role.
#[test]
fn a_body_and_its_country_before_a_foreign_name() {
    assert_eq!(
        named("Giám đốc điều hành Velora Canada Martin Dubois cho biết công ty sẽ mở rộng."),
        one("Martin Dubois", &["Giám đốc điều hành Velora Canada"])
    );
    assert_eq!(
        named("CEO Kestrel Group Singapore Daniel Tan cho biết doanh thu tăng."),
        one("Daniel Tan", &["CEO Kestrel Group Singapore"])
    );
    // (a body's own words joined by "&" after its country are no name)
    assert_eq!(
        named("Ông Lars Holm, người sáng lập Apex Norway Treks & Tours cho biết: tốt."),
        one("Lars Holm", &["người sáng lập Apex Norway Treks & Tours"])
    );
}

/// Two foreign names after one bare personal role and "và": both hold it.
#[test]
fn two_foreign_names_after_one_personal_role() {
    assert_eq!(
        named("Dưới thời HLV Allegri và Conte, đội bóng chơi phòng ngự chặt chẽ."),
        two("Allegri", &["HLV"], "Conte", &["HLV"])
    );
    assert_eq!(
        named("HLV Erik Larsson và Thomas Frank đứng theo dõi trận đấu."),
        two("Erik Larsson", &["HLV"], "Thomas Frank", &["HLV"])
    );
}

/// Not after "và" a lowercase noun, a title of its own or a word of address, nor after a
/// monarch, nor a Vietnamese pair.
#[test]
fn no_second_name_otherwise() {
    assert_eq!(
        named("HLV Mancini và đội bóng phải nhận thất bại."),
        one("Mancini", &["HLV"])
    );
    assert_eq!(
        named("Tổng thống Macron và Thủ tướng Scholz gặp nhau tại Berlin."),
        two("Macron", &["Tổng thống"], "Scholz", &["Thủ tướng"])
    );
    assert!(
        named("Vua Lê Thánh Tông và Nguyễn Trãi bàn việc nước.")
            .iter()
            .all(|(n, _)| n != "Nguyễn Trãi")
    );
    assert_eq!(
        named("Thủ tướng Phạm Văn Hòa và Phu nhân đến sân bay."),
        one("Phạm Văn Hòa", &["Thủ tướng"])
    );
}
