//! Officials: which words before or after a name are posts (issue 12, session 22): a unit's
//! head against a sports team's captain. Sentences written for these tests.

mod common;
use common::{named, one};

/// "Đội trưởng" heads a "đội" of the police or another body named right after it: a post.
/// Alone, before a club's name or "của CLB", it is a team's captain, who holds none.
#[test]
fn a_units_head_holds_a_post_a_captain_none() {
    assert_eq!(
        named("Ông Trần Văn Bảy, Đội trưởng Đội CSGT Công an huyện Thọ Xuân, cho biết."),
        one(
            "Trần Văn Bảy",
            &["Đội trưởng Đội CSGT Công an huyện Thọ Xuân"]
        )
    );
    assert_eq!(
        named("Phó Đội trưởng Đội Quản lý thị trường số 3 Lê Thị Hoa đã ký biên bản."),
        one(
            "Lê Thị Hoa",
            &["Phó Đội trưởng Đội Quản lý thị trường số 3"]
        )
    );
    assert!(named("Phút 20, đội trưởng Ngọc Hải đánh đầu dội xà ngang.").is_empty());
    assert!(named("Ngay cả đội trưởng của CLB, Kevin Rowe cũng không hài lòng.").is_empty());
    assert!(named("Đội trưởng Arsenal Kevin Rowe ghi bàn ở phút cuối.").is_empty());
}

/// A byline that names its author by a degree ("BS. Trần Minh Hà" on the last line) gives
/// that official, as the degree before a name does in the text; the byline stays out of the
/// sentences, and a byline of a bare name gives none.
#[test]
fn a_degree_in_the_byline() {
    let body = "Người bệnh cần uống đủ nước mỗi ngày và ngủ đủ giấc.\n\
                Khi có dấu hiệu bất thường, hãy đến cơ sở y tế gần nhất để được khám.\n";
    let text = format!("{body}BS. Trần Minh Hà");
    let a = vinews::Article::parse(&text);
    assert_eq!(a.structure.byline.as_deref(), Some("BS. Trần Minh Hà"));
    assert_eq!(named(&text), one("Trần Minh Hà", &["BS."]));
    let o = &a.officials[0];
    assert_eq!(o.mentions[0].slice(&text), Some("Trần Minh Hà"));
    assert_eq!(o.titles[0].span.slice(&text), Some("BS."));
    assert!(a.sentences.iter().all(|s| s.end <= body.len()));
    let bare = format!("{body}Trần Minh Hà");
    assert_eq!(
        vinews::Article::parse(&bare).structure.byline.as_deref(),
        Some("Trần Minh Hà")
    );
    assert!(named(&bare).is_empty());
}

/// Ranks of the laws on officers and on military service, and the rank above "Đại tướng"
/// the press gives a foreign army's head ("Thống tướng"), are titles before a name; a chief
/// accountant ("kế toán trưởng", Law on Accounting) holds a post, with the company or
/// apposed alone.
#[test]
fn ranks_and_a_chief_accountant() {
    assert_eq!(
        named("Thống tướng Aung Kyaw Lin đã dự hội nghị tại Jakarta."),
        one("Aung Kyaw Lin", &["Thống tướng"])
    );
    assert_eq!(
        named("Binh nhất Nguyễn Văn Tài được khen thưởng vì cứu người."),
        one("Nguyễn Văn Tài", &["Binh nhất"])
    );
    assert_eq!(
        named("Bà Phạm Thị Lan, kế toán trưởng cũng bị khởi tố."),
        one("Phạm Thị Lan", &["kế toán trưởng"])
    );
    assert_eq!(
        named("Kế toán trưởng Công ty Sông Hồng Lê Minh Tú cho biết."),
        one("Lê Minh Tú", &["Kế toán trưởng Công ty Sông Hồng"])
    );
    // (the trade, not a post: no one named)
    assert!(named("Doanh nghiệp nhỏ phải có kế toán trưởng theo quy định.").is_empty());
}

/// A post said once after a list of names with "cùng là" or "đều là" (both are, all are) is
/// each listed name's, in a bracket or not; not a rank or trade alone, and not without the
/// link.
#[test]
fn a_post_shared_by_a_list_of_names() {
    let mut got = named(
        "Công an đã bắt ông Trần Văn Khải và ông Đỗ Minh Tâm (cùng là phó giám đốc) để điều tra.",
    );
    got.sort();
    assert_eq!(
        got,
        [
            one("Trần Văn Khải", &["phó giám đốc"]),
            one("Đỗ Minh Tâm", &["phó giám đốc"])
        ]
        .concat()
    );
    let mut got =
        named("Bà Lê Thị Mai, bà Phan Thu Hà và bà Vũ Thị Yến đều là Phó Chủ tịch UBND huyện.");
    got.sort();
    let t = ["Phó Chủ tịch UBND huyện"];
    assert_eq!(
        got,
        [
            one("Lê Thị Mai", &t),
            one("Phan Thu Hà", &t),
            one("Vũ Thị Yến", &t)
        ]
        .concat()
    );
    assert!(named("Ông Trần Văn Khải và ông Đỗ Minh Tâm đều là bác sĩ.").is_empty());
    assert!(named("Ông Trần Văn Khải và ông Đỗ Minh Tâm cùng làm việc tại đây.").is_empty());
}

/// An aide's role ("Thư ký", "Trợ lý") and the post of the one served right after it are one
/// title, the person's next post after a comma still read; the aide named at once keeps the
/// role alone.
#[test]
fn an_aides_title_takes_the_post_served() {
    assert_eq!(
        named(
            "Ông Trần Văn An, Thư ký nguyên Phó Chủ tịch Quốc hội, Phó Vụ trưởng Vụ Tổng hợp \
             cho biết."
        ),
        one(
            "Trần Văn An",
            &[
                "Thư ký nguyên Phó Chủ tịch Quốc hội",
                "Phó Vụ trưởng Vụ Tổng hợp"
            ]
        )
    );
    assert_eq!(
        named("Trợ lý Tổng thống Nga Pavel Orlov nói với báo giới."),
        one("Pavel Orlov", &["Trợ lý Tổng thống Nga"])
    );
    assert_eq!(
        named("Thư ký Nguyễn Văn Hòa ghi biên bản cuộc họp."),
        one("Nguyễn Văn Hòa", &["Thư ký"])
    );
}

/// A degree apposed to a name with its field, then a comma and the person's post: both are
/// titles, the field the degree's; without a post after it the field is left as it was (a
/// physician's degree by its branch, "Bác sĩ y khoa", is one rank: official_ranks.txt).
#[test]
fn a_degree_with_its_field_then_a_post() {
    assert_eq!(
        named("Ông Lê Văn Tâm, Bác sĩ y khoa, Phó giám đốc Bệnh viện Đa khoa tỉnh cho biết."),
        one(
            "Lê Văn Tâm",
            &["Bác sĩ y khoa", "Phó giám đốc Bệnh viện Đa khoa tỉnh"]
        )
    );
    assert_eq!(
        named("Bà Vũ Thị Hạnh, Thạc sĩ kinh tế, Trưởng phòng Tài chính huyện phát biểu."),
        one(
            "Vũ Thị Hạnh",
            &["Thạc sĩ kinh tế", "Trưởng phòng Tài chính huyện"]
        )
    );
    assert_eq!(
        named("Bà Vũ Thị Hạnh, Thạc sĩ kinh tế, cho biết số liệu đã đủ."),
        one("Vũ Thị Hạnh", &["Thạc sĩ"])
    );
}

/// Two posts before a name joined by "đồng thời là" (concurrently), as by "kiêm", are both
/// the name's; a second post with no name after it is still read as before.
#[test]
fn two_posts_joined_before_the_name() {
    assert_eq!(
        named("Giám đốc Sở Y tế đồng thời là Bí thư Đảng ủy Sở Nguyễn Văn Hải cho biết."),
        one("Nguyễn Văn Hải", &["Giám đốc Sở Y tế", "Bí thư Đảng ủy Sở"])
    );
    assert_eq!(
        named("Ông Nguyễn Văn Hải, Giám đốc Sở Y tế đồng thời là Bí thư Đảng ủy Sở, cho biết."),
        one("Nguyễn Văn Hải", &["Giám đốc Sở Y tế", "Bí thư Đảng ủy Sở"])
    );
}

/// A title said of several people ("các") then a colon lists their names, as "gồm" does; a
/// colon before a clause lists none.
#[test]
fn a_plural_title_then_a_colon() {
    let t = ["Phó Chủ tịch UBND tỉnh"];
    assert_eq!(
        named("Các Phó Chủ tịch UBND tỉnh: Lê Văn An, Trần Văn Bình và Ngô Thị Cúc đã dự."),
        [
            one("Lê Văn An", &t),
            one("Trần Văn Bình", &t),
            one("Ngô Thị Cúc", &t)
        ]
        .concat()
    );
    assert!(named("Các Phó Chủ tịch UBND tỉnh: Cần chỉ đạo quyết liệt hơn nữa.").is_empty());
}
