//! Officials of local government, the Front and public units (issue 12, session 32,
//! dev32c): a district's or a commune's military command read whole, the commune's civil
//! servants placed in their commune. Sentences written for these tests.

mod common;
use common::{code_of, named};

/// "Ban Chỉ huy Quân sự" (the military command of a district or a commune) holds a role's
/// word, "Chỉ huy": its head's title runs over the body's whole name, as it does over "Bộ
/// Chỉ huy Quân sự" of a province, and the command is its unit's.
#[test]
fn a_local_military_command_is_read_whole() {
    let text = "Huyện Hải Lăng, tỉnh Quảng Trị tổ chức diễn tập. Thượng tá Hoàng Minh Đức, \
                Chỉ huy trưởng Ban Chỉ huy Quân sự huyện, báo cáo phương án.";
    let got = named(text);
    assert!(
        got.iter().any(|(n, t)| n == "Hoàng Minh Đức"
            && t.iter()
                .any(|x| x == "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện")),
        "{got:?}"
    );
    assert_eq!(
        code_of(
            text,
            "Hoàng Minh Đức",
            "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"
        ),
        Some("470")
    );
    let text = "Ông Lã Văn Thụ, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã Quế Long, huyện \
                Quế Sơn, cùng dân quân ra quân.";
    let got = named(text);
    assert!(
        got.iter().any(|(n, t)| n == "Lã Văn Thụ"
            && t.iter()
                .any(|x| x.starts_with("Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã Quế Long"))),
        "{got:?}"
    );
    // the command for disasters of a province: its field read whole
    let text = "Ông Đặng Quốc Khánh, Phó Chủ tịch UBND tỉnh Hà Tĩnh, Trưởng Ban Chỉ huy Phòng, \
                chống thiên tai và Tìm kiếm cứu nạn tỉnh, yêu cầu sơ tán dân.";
    let got = named(text);
    assert!(
        got.iter().any(|(n, t)| {
            n == "Đặng Quốc Khánh"
                && t.iter().any(|x| {
                    x == "Trưởng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"
                })
        }),
        "{got:?}"
    );
    // lowercase, a command spoken of: no body of its own
    let got = named(
        "Ông Lê Minh Tuấn, thành viên ban chỉ huy công trường, cho biết nhà thầu đang tăng ca.",
    );
    assert!(
        got.iter()
            .all(|(_, t)| t.iter().all(|x| !x.contains("Quân sự"))),
        "{got:?}"
    );
}

/// A staff post said with a unit ("công chức Địa chính – Xây dựng xã X", "cán bộ Tư pháp –
/// Hộ tịch xã"; Luật Cán bộ, công chức 2008, Điều 61: the commune's civil servants by
/// field) serves that unit's administration: its commune, or the article's commune when
/// the title names none.
#[test]
fn a_communes_civil_servant_is_the_communes() {
    let text = "Sáng 4/9, xã Quế Long, huyện Quế Sơn, tỉnh Quảng Nam tổ chức đo đạc lại đất. \
                Ông Nguyễn Văn Tâm, công chức Địa chính – Xây dựng xã Quế Long, cho biết đã \
                đo xong 40 thửa.";
    assert_eq!(
        code_of(
            text,
            "Nguyễn Văn Tâm",
            "công chức Địa chính – Xây dựng xã Quế Long"
        ),
        Some("20677")
    );
    let text = "Sáng 4/9, xã Quế Long, huyện Quế Sơn, tỉnh Quảng Nam tổ chức tiếp dân. \
                Bà Hồ Thị Lài, cán bộ Tư pháp – Hộ tịch xã, hướng dẫn người dân làm thủ tục.";
    assert_eq!(
        code_of(text, "Hồ Thị Lài", "cán bộ Tư pháp – Hộ tịch xã"),
        Some("20677")
    );
    // a staff post of no unit governs no place
    let text = "Ông Trần Đức Long, chuyên gia tài chính, cho rằng lãi suất sẽ giảm.";
    for (_, t) in named(text) {
        for x in t {
            assert_eq!(code_of(text, "Trần Đức Long", &x), None, "{x}");
        }
    }
    let text = "Bà Vũ Thị Nhàn, nguyên cán bộ Tạp chí Kinh tế, đã nghỉ hưu.";
    assert_eq!(
        code_of(text, "Vũ Thị Nhàn", "nguyên cán bộ Tạp chí Kinh tế"),
        None
    );
}

/// A village head's title before the name: the village's unknown name ends where a
/// person's name opens, a word then a middle name ("A" of the H'Mông men, "Văn", "Thị")
/// then one or two given names, whatever the surname.
#[test]
fn a_village_name_ends_before_the_heads_name() {
    let text = "Trưởng bản Phìn Hồ Thào A Lử cho biết bản có 64 hộ.";
    assert_eq!(
        named(text),
        vec![(
            "Thào A Lử".to_string(),
            vec!["Trưởng bản Phìn Hồ".to_string()]
        )]
    );
    let text = "Bí thư Chi bộ, Trưởng thôn Khe Nước Sùng Thị Dua cho biết thôn đã làm đường.";
    let got = named(text);
    assert!(
        got.iter()
            .any(|(n, t)| n == "Sùng Thị Dua" && t.iter().any(|x| x == "Trưởng thôn Khe Nước")),
        "{got:?}"
    );
    let text = "Trưởng bản Nà Sài Mạ Văn Chiến cho biết bản có 70 hộ.";
    let got = named(text);
    assert!(
        got.iter()
            .any(|(n, t)| n == "Mạ Văn Chiến" && t == &["Trưởng bản Nà Sài"]),
        "{got:?}"
    );
    // a village named alone, no person after it
    let a = vinews::Article::parse("Bà con bản Nậm Khăn Thượng đã góp công làm đường.");
    assert!(
        a.places.iter().any(|p| p.text == "bản Nậm Khăn Thượng"),
        "{:?}",
        a.places.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
}

/// The village posts of the highlands by their village's word (Trưởng buôn, Trưởng bon,
/// Trưởng làng, Trưởng khóm), the village elder ("Già làng", before or after the name) and
/// a military command's political officer ("Chính trị viên"); a village head takes the
/// commune its bracket names, as "Trưởng thôn X (xã Y)" does.
#[test]
fn highland_village_posts_and_the_elder() {
    let text = "Già làng Y Khuê Mlô cho biết buôn đã góp đất làm đường.";
    assert_eq!(
        named(text),
        vec![("Y Khuê Mlô".to_string(), vec!["Già làng".to_string()])]
    );
    let text = "Già làng Hà Văn Tính kể lại chuyện lập bản.";
    assert_eq!(
        named(text),
        vec![("Hà Văn Tính".to_string(), vec!["Già làng".to_string()])]
    );
    let got = named("Ông Phan Đức Lợi, Trưởng buôn Kô Đung, vận động bà con trồng cà phê.");
    assert!(
        got.iter()
            .any(|(n, t)| n == "Phan Đức Lợi" && t == &["Trưởng buôn Kô Đung"]),
        "{got:?}"
    );
    let text = "Ông Điểu Xiêng, Trưởng bon Bu Prăng (xã Quảng Trực), cho biết bon có 90 hộ.";
    assert_eq!(
        code_of(text, "Điểu Xiêng", "Trưởng bon Bu Prăng (xã Quảng Trực)"),
        Some("24736")
    );
    let text = "Trưởng bản Nậm Cang (xã Chung Chải) Vừ A Sính cho biết bản có 40 hộ.";
    assert_eq!(
        code_of(text, "Vừ A Sính", "Trưởng bản Nậm Cang (xã Chung Chải)"),
        Some("03157")
    );
    let got = named(
        "Huyện Ea Súp tổ chức diễn tập. Thiếu tá Đỗ Văn Chung, Chính trị viên Ban Chỉ huy Quân sự huyện, phát biểu.",
    );
    assert!(
        got.iter().any(|(n, t)| n == "Đỗ Văn Chung"
            && t.iter()
                .any(|x| x == "Chính trị viên Ban Chỉ huy Quân sự huyện")),
        "{got:?}"
    );
    // the old people of a village, no post and no name
    assert_eq!(
        named("Theo những người già làng kể lại, con dốc có từ thời Pháp."),
        vec![]
    );
}

/// The local bodies' short forms as local news write them: "Hội LHPN", "Hội CCB", "Ban
/// CHQS", "Ban KT-NS HĐND"; the titles "PCT" (Phó Chủ tịch) and "Chánh VP" (Chánh Văn
/// phòng), the latter over the joint office of the council and the committee.
#[test]
fn local_short_forms() {
    let text = "Ngày 3/4, huyện Tiên Du, tỉnh Bắc Ninh tổ chức hội nghị. Bà Ngô Thị Lan, \
                Chủ tịch Hội LHPN huyện, phát động phong trào. Ông Vũ Đức Lâm, PCT UBND xã \
                Hoàn Sơn, cho biết. Ông Đỗ Văn Cẩn, Chánh VP HĐND và UBND huyện, đọc quyết \
                định.";
    assert_eq!(
        code_of(text, "Ngô Thị Lan", "Chủ tịch Hội LHPN huyện"),
        Some("260")
    );
    let got = named(text);
    assert!(
        got.iter()
            .any(|(n, t)| n == "Vũ Đức Lâm" && t == &["PCT UBND xã Hoàn Sơn"]),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(n, t)| n == "Đỗ Văn Cẩn" && t == &["Chánh VP HĐND và UBND huyện"]),
        "{got:?}"
    );
}

/// "Nội vụ" (home affairs) holds "vụ", a ministry's department, but is none: "Sở Nội vụ"
/// is the province's department, and a member of the province's party committee said
/// beside it is the province's too.
#[test]
fn a_provinces_department_of_home_affairs() {
    let text = "Chiều 25/8, tỉnh Yên Bái tổ chức hội nghị. Ông Đào Minh Hải, Tỉnh ủy viên, \
                Giám đốc Sở Nội vụ, trình bày đề án.";
    assert_eq!(
        code_of(text, "Đào Minh Hải", "Giám đốc Sở Nội vụ"),
        Some("15")
    );
    assert_eq!(code_of(text, "Đào Minh Hải", "Tỉnh ủy viên"), Some("15"));
    // the ministry stays the country's
    let text = "Bà Phạm Thị Thanh Trà, Bộ trưởng Bộ Nội vụ, phát biểu.";
    assert_eq!(
        code_of(text, "Phạm Thị Thanh Trà", "Bộ trưởng Bộ Nội vụ"),
        Some("VN")
    );
}

/// A district's forest protection unit ("Hạt Kiểm lâm") and its head ("Hạt trưởng",
/// "Trưởng hạt"), the district's; "Hạt nhân" (nuclear) in a body's name stays its word.
#[test]
fn a_districts_forest_rangers() {
    let text = "Ông Vi Văn Thảo, Hạt trưởng Hạt Kiểm lâm huyện Quế Phong, cho biết đã phát hiện \
                12 vụ phá rừng.";
    assert_eq!(
        code_of(
            text,
            "Vi Văn Thảo",
            "Hạt trưởng Hạt Kiểm lâm huyện Quế Phong"
        ),
        Some("415")
    );
    let text = "Ông Lương Đình Khoa, Viện trưởng Viện Nghiên cứu Hạt nhân, cho biết lò phản ứng \
                vận hành an toàn.";
    assert_eq!(
        named(text),
        vec![(
            "Lương Đình Khoa".to_string(),
            vec!["Viện trưởng Viện Nghiên cứu Hạt nhân".to_string()]
        )]
    );
}

/// A unit word after "quốc gia" names the body's unit: the steering committee of the
/// national programmes of a province is the province's; a national body stays national.
#[test]
fn a_units_committee_for_national_programmes() {
    let text = "Sáng 6/6, tỉnh Bắc Kạn tổ chức hội nghị. Bà Đỗ Thị Minh Hoa, Phó Chủ tịch UBND \
                tỉnh kiêm Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh, kiểm tra \
                tiến độ.";
    assert_eq!(
        code_of(
            text,
            "Đỗ Thị Minh Hoa",
            "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh"
        ),
        Some("06")
    );
    let text = "Sáng 6/6, tỉnh Bắc Kạn tổ chức hội nghị. Ông Lê Văn Thịnh, Phó Chủ tịch Ủy ban \
                An toàn giao thông quốc gia, phát biểu.";
    assert_eq!(
        code_of(
            text,
            "Lê Văn Thịnh",
            "Phó Chủ tịch Ủy ban An toàn giao thông quốc gia"
        ),
        Some("VN")
    );
}

/// "và là" (and is) links a second predicate of the sentence's addressed subject, after a
/// clause of its own: the post it names is held; an adverb of the present and a comma may
/// open the sentence ("Hiện nay, ông A …"). Not when another person is addressed between.
#[test]
fn a_post_held_after_and_is() {
    let got = named(
        "Ông Lò Văn Khởi có tên trong danh sách ứng cử và là Chủ tịch Ủy ban bầu cử xã Mường Phăng.",
    );
    assert_eq!(
        got,
        vec![(
            "Lò Văn Khởi".to_string(),
            vec!["Chủ tịch Ủy ban bầu cử xã Mường Phăng".to_string()]
        )]
    );
    let got = named(
        "Xã có 9 thôn. Hiện nay, ông Đinh Công Thắng có tên trong danh sách và là Chủ tịch Hội Nông dân xã Ia Pếch.",
    );
    assert_eq!(
        got,
        vec![(
            "Đinh Công Thắng".to_string(),
            vec!["Chủ tịch Hội Nông dân xã Ia Pếch".to_string()]
        )]
    );
    // another person addressed between: no post of the subject's
    let got = named("Ông Hồ Văn Chín gặp bà Lê Thị Mười và là Chủ tịch Hội Nông dân xã.");
    assert!(got.iter().all(|(n, _)| n != "Hồ Văn Chín"), "{got:?}");
}

/// The Khmer surname "Danh" ends an unknown hamlet's name before its head's name, as a Kinh
/// surname does.
#[test]
fn a_hamlets_name_ends_before_a_khmer_name() {
    let text = "Huyện Châu Thành tổ chức lễ hội. Trưởng ấp Sóc Xoài Danh Chanh Thi cho biết ấp \
                có 150 hộ.";
    let got = named(text);
    assert!(
        got.iter()
            .any(|(n, t)| n == "Danh Chanh Thi" && t == &["Trưởng ấp Sóc Xoài"]),
        "{got:?}"
    );
}
