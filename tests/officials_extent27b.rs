//! Officials: how far a title runs (issue 12, session 27, the twenty-sixth draw's
//! extents): a lowercase field and the parent after it, a department's dashed second
//! field, the holder's name after a field or a parent, an adviser's post advised, a
//! foreign council's field after "về". Sentences written for these tests.

mod common;
use common::{named, one};

/// A unit named in lowercase ("nhóm nghiên cứu", "bộ môn") takes its parent after a
/// comma, even when the field's last noun is a verb of the lists too ("thông tin"), and
/// when a role in lowercase opens the next apposition without a comma; a reporting verb
/// before the comma, or a list of places after it, ends the title.
#[test]
fn a_lowercase_unit_takes_its_parent_after_a_comma() {
    assert_eq!(
        named(
            "Ông Phan Quốc Huy, Trưởng nhóm nghiên cứu vật liệu nano, Trường Đại học Cần Thơ cho biết."
        ),
        one(
            "Phan Quốc Huy",
            &["Trưởng nhóm nghiên cứu vật liệu nano, Trường Đại học Cần Thơ"]
        )
    );
    assert_eq!(
        named(
            "TS Đỗ Văn Khải, Trưởng nhóm nghiên cứu đo lường thông tin, Trường Đại học Vinh cho biết."
        ),
        one(
            "Đỗ Văn Khải",
            &[
                "TS",
                "Trưởng nhóm nghiên cứu đo lường thông tin, Trường Đại học Vinh"
            ]
        )
    );
    assert_eq!(
        named(
            "Bà Đinh Thị Hoa - Trưởng bộ môn Quản trị Lữ hành, Đại học Văn Lang thành viên \
             hội đồng nhận xét đề án rất tốt."
        ),
        one(
            "Đinh Thị Hoa",
            &["Trưởng bộ môn Quản trị Lữ hành, Đại học Văn Lang"]
        )
    );
    // (a reporting verb, then a clause whose subject is a body)
    assert_eq!(
        named("Ông Lã Văn Tâm, Trưởng ban Tuyển sinh cho biết, Học viện Ngân hàng đã nhận hồ sơ."),
        one("Lã Văn Tâm", &["Trưởng ban Tuyển sinh"])
    );
    // (a body's verb after its whole name)
    assert_eq!(
        named(
            "Ông Trần Văn Ba, Giám đốc Sở Y tế thông tin, Bệnh viện Bạch Mai đã tiếp nhận bệnh nhân."
        ),
        one("Trần Văn Ba", &["Giám đốc Sở Y tế"])
    );
    // (a list of places after the comma)
    assert_eq!(
        named(
            "Bà Đinh Thị Hoa, Trưởng bộ môn Quản trị Lữ hành, Đà Nẵng, Quảng Nam và Huế đều đón khách."
        ),
        one("Đinh Thị Hoa", &["Trưởng bộ môn Quản trị Lữ hành"])
    );
}

/// A department's field of several words joined by a dash to a second field ("Hồi sức
/// tích cực - Chống độc") is one name, its parent after it without a comma; a name after
/// the dash is no field.
#[test]
fn a_department_s_dashed_second_field() {
    assert_eq!(
        named(
            "Bác sĩ Cao Minh Trí - Trưởng khoa Hồi sức tích cực - Chống độc Bệnh viện Đa khoa \
             Xanh Pôn cho biết."
        ),
        one(
            "Cao Minh Trí",
            &[
                "Bác sĩ",
                "Trưởng khoa Hồi sức tích cực - Chống độc Bệnh viện Đa khoa Xanh Pôn"
            ]
        )
    );
    assert_eq!(
        named("Bác sĩ Cao Minh Trí - Trưởng khoa Chẩn đoán hình ảnh - Nguyễn Văn Hải cho biết."),
        one(
            "Cao Minh Trí",
            &["Bác sĩ", "Trưởng khoa Chẩn đoán hình ảnh"]
        )
    );
}

/// Before its holder's name, a title runs over a lowercase field after a name that reads
/// as whole ("Viện Công nghệ sinh học", "Vụ Giáo dục đại học", the level of a field, no
/// school) and over a parent after a dash; a verb before a name is no field ("khen
/// thưởng", "bổ nhiệm": the name is the object).
#[test]
fn a_field_or_a_parent_before_the_holder_s_name() {
    assert_eq!(
        named("Theo Viện trưởng Viện Công nghệ sinh học Hà Văn Lực, giống lúa mới chịu mặn tốt."),
        one("Hà Văn Lực", &["Viện trưởng Viện Công nghệ sinh học"])
    );
    assert_eq!(
        named(
            "Vụ trưởng Vụ Giáo dục đại học Mai Văn Tuấn cho biết, các trường phải công khai chất lượng."
        ),
        one("Mai Văn Tuấn", &["Vụ trưởng Vụ Giáo dục đại học"])
    );
    assert_eq!(
        named(
            "Theo Viện trưởng Viện Kinh tế xây dựng - Trường ĐH Kiến trúc Tạ Quang Vinh, giá vật liệu sẽ tăng."
        ),
        one(
            "Tạ Quang Vinh",
            &["Viện trưởng Viện Kinh tế xây dựng - Trường ĐH Kiến trúc"]
        )
    );
    assert!(
        named("Chủ tịch UBND tỉnh Thái Bình khen thưởng Nguyễn Văn Quang vì thành tích xuất sắc.")
            .is_empty()
    );
    assert!(named("Bộ trưởng Bộ Nội vụ bổ nhiệm Trịnh Văn Lâm làm Giám đốc.").is_empty());
    // (a school named after a person keeps the name)
    assert_eq!(
        named(
            "Ông Ngô Bá Thành, Trưởng phòng Đào tạo - Trường THPT chuyên Lê Hồng Phong cho biết."
        ),
        one(
            "Ngô Bá Thành",
            &["Trưởng phòng Đào tạo - Trường THPT chuyên Lê Hồng Phong"]
        )
    );
}

/// An adviser's title takes the post advised right after it, a secretary's too when that
/// secretary's own body follows ("cố vấn Thư ký Hội đồng …"); not a chain of aides.
#[test]
fn an_adviser_takes_the_post_advised() {
    assert_eq!(
        named("Ông Viktor Hrytsenko, cựu cố vấn Thư ký Hội đồng Quốc phòng Ba Lan, cho biết."),
        one(
            "Viktor Hrytsenko",
            &["cựu cố vấn Thư ký Hội đồng Quốc phòng Ba Lan"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Bình, cố vấn Thủ tướng Chính phủ, cho biết."),
        one("Lê Văn Bình", &["cố vấn Thủ tướng Chính phủ"])
    );
    assert_eq!(
        named("Ông Lê Hoàng Nam, cố vấn Thư ký Thư ký Tổng thống, cho biết."),
        one("Lê Hoàng Nam", &["cố vấn"])
    );
}

/// A foreign council named by its country right after its head takes the field it is for
/// after "về", written in lowercase up to the clause's verb; not the verb of return.
#[test]
fn a_foreign_council_s_field_after_ve() {
    assert_eq!(
        named(
            "Bà Sarah Kline, trưởng ban dinh dưỡng của Hội đồng Anh về sức khỏe cộng đồng cho \
             rằng cần ăn sáng."
        ),
        one(
            "Sarah Kline",
            &["trưởng ban dinh dưỡng của Hội đồng Anh về sức khỏe cộng đồng"]
        )
    );
    assert_eq!(
        named("Ông John Miller, giám đốc Hội đồng Anh về nước hôm qua."),
        one("John Miller", &["giám đốc Hội đồng Anh"])
    );
}
