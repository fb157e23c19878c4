//! Officials: leftovers of the corpus shape scan (issue 12, session 26): a body's name
//! read as a person. Sentences written for these tests.

mod common;
use common::{named, one};

/// Inside a bracket opened right after a person's name, the capitalised words after the
/// body's head, or after a bare role when the text names them as a body elsewhere, name the
/// post's body; the holder is the name before the bracket. A bare role's name the text
/// never says is a body's stays a person's ("Sporting Braga (HLV Amorim)").
#[test]
fn a_body_in_a_bracket_after_a_name_is_the_posts() {
    let out = named(
        "Câu lạc bộ Real Sociedad và Everton phản đối. Những người được mời gồm Peter \
         Halloran (Giám đốc điều hành Real Sociedad) và Mark Denholm (Phó chủ tịch Everton).",
    );
    assert_eq!(
        out,
        [
            (
                "Peter Halloran".to_string(),
                vec!["Giám đốc điều hành Real Sociedad".to_string()]
            ),
            (
                "Mark Denholm".to_string(),
                vec!["Phó chủ tịch Everton".to_string()]
            ),
        ]
    );
    let out =
        named("Bị cáo Lê Văn Khải (Giám đốc Công ty TNHH MTV tư vấn du lịch Hoa Sen) bị truy tố.");
    assert_eq!(
        out,
        one(
            "Lê Văn Khải",
            &["Giám đốc Công ty TNHH MTV tư vấn du lịch Hoa Sen"]
        )
    );
    let out = named("Sporting Braga (HLV Amorim) đã thắng 2-0.");
    assert!(out.iter().all(|(n, _)| n != "Sporting Braga"), "{out:?}");
}

/// A bare role, a body's name, a comma, then a name the clause goes on after: the name is
/// the holder, the body the post's.
#[test]
fn a_body_then_a_comma_then_the_holder() {
    let out = named(
        "Sau trận đấu, cựu huấn luyện viên Villarreal, Marcelino thừa nhận đội chơi chưa tốt.",
    );
    assert_eq!(out, one("Marcelino", &["cựu huấn luyện viên Villarreal"]));
}

/// A name said alone after a role, or a byname in a bracket, stays a person's.
#[test]
fn a_name_after_a_role_stays_a_person() {
    let out = named("HLV Ancelotti cho biết cả đội đã sẵn sàng.");
    assert_eq!(out, one("Ancelotti", &["HLV"]));
    let out = named(
        "Ông Trần Quang Vinh (bầu Vinh) - Chủ tịch Công ty cổ phần Sao Mai cho biết sẽ mua \
         thêm cổ phiếu.",
    );
    assert!(
        out.iter().all(|(_, t)| !t.iter().any(|t| t == "bầu Vinh")),
        "{out:?}"
    );
}

/// A body's name glued before its holder's name, the text saying the two apart elsewhere
/// (the place named as a place, the person named alone), belongs to the title.
#[test]
fn a_body_glued_before_a_name_is_the_titles() {
    let out = named(
        "Phái đoàn tới thành phố Novo Brasilia hôm qua. Thống đốc Novo Brasilia Castellanos \
         tiếp đoàn tại tòa thị chính.",
    );
    assert_eq!(out, one("Castellanos", &["Thống đốc Novo Brasilia"]));
    let out = named(
        "Quỹ do nhà đồng sáng lập Snapwell Lucas Brandt thành lập. Lucas Brandt cho biết quỹ \
         sẽ tài trợ 20 dự án.",
    );
    // (the co-founder's noun whole, "nhà" with it, as the thirty-eighth draw writes it)
    assert_eq!(out, one("Lucas Brandt", &["nhà đồng sáng lập Snapwell"]));
}

/// A three-part name stays whole when the text never says its parts apart, and a
/// Vietnamese name stays whole though its given names are said alone.
#[test]
fn a_whole_name_stays_whole() {
    let out = named("HLV Ole Gunnar Solskjaer cho biết cả đội đã sẵn sàng.");
    assert_eq!(out, one("Ole Gunnar Solskjaer", &["HLV"]));
    let out =
        named("HLV Trần Minh Khoa dẫn dắt đội từ năm ngoái. Minh Khoa cho biết đội sẽ thay đổi.");
    assert_eq!(out, one("Trần Minh Khoa", &["HLV"]));
}

/// A title apposed to a name that ends on "của" or "cho" before a word of address and a
/// name runs on over them: the one served or the possessor is no holder.
#[test]
fn the_one_served_after_an_address_ends_the_title() {
    let out =
        named("Cuộc họp do Park Sung-min - cố vấn an ninh hàng đầu của ông Lee chủ trì hôm qua.");
    assert_eq!(
        out,
        one("Park Sung-min", &["cố vấn an ninh hàng đầu của ông Lee"])
    );
    let out = named("Ông Hugo Salcedo, cố vấn cho ông Ramon Ibarra, cho biết dự án bị hoãn.");
    assert_eq!(out, one("Hugo Salcedo", &["cố vấn cho ông Ramon Ibarra"]));
    // a post given to someone, said of no one before it, is no title
    let out = named(
        "Sau khi chuyển giao nhiệm vụ Tổng Giám đốc Tập đoàn cho ông Lý Văn Sơn, ông Đặng Minh \
         Quân giữ chức Phó Chủ tịch HĐQT.",
    );
    assert!(
        out.iter()
            .all(|(_, t)| !t.iter().any(|t| t.contains("cho ông"))),
        "{out:?}"
    );
}
