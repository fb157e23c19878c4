//! Officials: what qualifies a title's organisation around it (issue 12, session 17), each a
//! rule of the grammar of titles, with sentences written for these tests.

mod common;
use common::named;

fn one(name: &str, title: &str) -> Vec<(String, Vec<String>)> {
    vec![(name.to_string(), vec![title.to_string()])]
}

/// The abbreviation of a body in brackets goes with the place the body serves: said inside
/// the bracket ("(CDC Bình Định)") or right after it, closing the clause ("… tỉnh (CDC)
/// Bình Định cho biết"); both are the title's.
#[test]
fn an_abbreviation_in_brackets_with_its_place() {
    assert_eq!(
        named(
            "Bà Lê Thị Hoa, Giám đốc Trung tâm Kiểm soát bệnh tật Bình Định (CDC Bình Định) cho hay."
        ),
        one(
            "Lê Thị Hoa",
            "Giám đốc Trung tâm Kiểm soát bệnh tật Bình Định (CDC Bình Định)"
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam - Phó Giám đốc Kho bạc Nhà nước (KBNN) tỉnh Bình Định cho biết."),
        one(
            "Trần Văn Nam",
            "Phó Giám đốc Kho bạc Nhà nước (KBNN) tỉnh Bình Định"
        )
    );
    // (a place in the bracket is the place still: "(TP Huế)")
    assert_eq!(
        named("Ông Trần Văn Nam, Chủ tịch UBND phường Thủy Xuân (TP Huế) cho biết."),
        one("Trần Văn Nam", "Chủ tịch UBND phường Thủy Xuân (TP Huế)")
    );
}

/// The departments of the ministries by the names their organisation decrees give them,
/// commas inside ("Cục Quản lý Khám, chữa bệnh") and a field ending with a word that is a
/// verb elsewhere ("Cục An toàn thông tin"; "thông tin" also means "to inform").
#[test]
fn ministry_departments_named_with_a_comma_or_a_verb_inside() {
    assert_eq!(
        named("Bà Lê Thị Hoa, Phó Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế cho biết."),
        one(
            "Lê Thị Hoa",
            "Phó Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế"
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Cục trưởng Cục An toàn thông tin cho biết vụ việc đã rõ."),
        one("Trần Văn Nam", "Cục trưởng Cục An toàn thông tin")
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực cho biết."),
        one(
            "Trần Văn Nam",
            "Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực"
        )
    );
    // (a verb after the body still ends it)
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Sở Y tế thông tin thêm về vụ việc."),
        one("Trần Văn Nam", "Giám đốc Sở Y tế")
    );
}

/// A national university (Đại học Quốc gia, written "ĐHQG" or "ĐHQGHN") is the parent body
/// said after one of its member schools, after a comma: the title's.
#[test]
fn a_national_university_after_its_member_school() {
    assert_eq!(
        named("Bà Lê Thị Hoa, Phó Hiệu trưởng Trường ĐH Kinh tế, ĐHQGHN cho biết thêm."),
        one("Lê Thị Hoa", "Phó Hiệu trưởng Trường ĐH Kinh tế, ĐHQGHN")
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Hiệu trưởng Trường ĐH Bách khoa, ĐHQG TPHCM cho biết."),
        one(
            "Trần Văn Nam",
            "Hiệu trưởng Trường ĐH Bách khoa, ĐHQG TPHCM"
        )
    );
}

/// The city an organisation named by its own capitalised name is in, after "ở" or "tại" and
/// closing the clause, is the title's, as a country there was ("… tại Đại học Jiao Tong ở
/// Thượng Hải"); after a body's lowercase field it is where the person is, not the title's.
#[test]
fn the_city_of_a_named_organisation() {
    assert_eq!(
        named("Ông Mark Ellison, giảng viên Học viện Hải quân Mỹ ở Boston cho biết."),
        one("Mark Ellison", "giảng viên Học viện Hải quân Mỹ ở Boston")
    );
    assert_eq!(
        named("Bà Anna Berg, trưởng khoa tại Bệnh viện Đa khoa Tufts ở Boston, cho biết."),
        one(
            "Anna Berg",
            "trưởng khoa tại Bệnh viện Đa khoa Tufts ở Boston"
        )
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Sở Y tế tại Hà Nội hôm qua cho biết."),
        one("Trần Văn Nam", "Giám đốc Sở Y tế")
    );
}

/// A degree's abbreviation said once with its final period and once without ("PGS.TS.
/// Lê Văn Tám", later "PGS.TS Lê Văn Tám") is one title, written as first said.
#[test]
fn a_degree_with_and_without_its_final_period() {
    assert_eq!(
        named("PGS.TS. Lê Văn Tám cho biết dịch đã giảm. Theo PGS.TS Lê Văn Tám, vắc xin an toàn."),
        one("Lê Văn Tám", "PGS.TS.")
    );
}

/// A bracket that says what body the organisation belongs to, with the verb of belonging
/// ("(thuộc Sở Xây dựng Bình Định)", "(trực thuộc Bộ Tài chính)"), names its parent: part
/// of the title, like the parent said bare in brackets ("(Bộ Y tế)").
#[test]
fn a_parent_in_brackets_after_thuoc() {
    assert_eq!(
        named(
            "Ông Trần Văn Nam, Giám đốc Ban quản lý dự án giao thông (thuộc Sở Xây dựng Bình Định) cho biết."
        ),
        one(
            "Trần Văn Nam",
            "Giám đốc Ban quản lý dự án giao thông (thuộc Sở Xây dựng Bình Định)"
        )
    );
    assert_eq!(
        named("Bà Lê Thị Hoa - Phó Cục trưởng Cục Dự trữ (trực thuộc Bộ Tài chính) cho hay."),
        one(
            "Lê Thị Hoa",
            "Phó Cục trưởng Cục Dự trữ (trực thuộc Bộ Tài chính)"
        )
    );
    // (what a place belongs to is no parent of a title: the bracket is left out)
    assert_eq!(
        named("Ông Trần Văn Nam, Chủ tịch UBND xã Hòa Bình (thuộc địa bàn huyện) cho biết."),
        one("Trần Văn Nam", "Chủ tịch UBND xã Hòa Bình")
    );
}
