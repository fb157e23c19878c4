//! Officials: lowercase roles, counted lists and short heads (issue 12, session 28): a
//! title after a number written in words is several people's, each name of the list after
//! it holding it (src/extract/official/words.rs `plural_before`, words/phrase.rs
//! `counted`), a listed name's own bracket passed over (after.rs `name_bracket_next`), and
//! the heads "Phó khoa" and "Lãnh tụ" (official_titles.txt), "về" inside an employee's
//! field (titles.rs `employee_post`), and a trade with its field apposed before a post
//! (posts.rs `trade_field_before_post`), a listed name whose bracket says the post was
//! left (after.rs `left_in_bracket`), and the post held said in a relative clause after a
//! name, "người (hiện) là" (after.rs `relative_link`), with sentences written for these
//! tests.

mod common;
use common::named;

fn pairs(text: &str) -> Vec<(String, Vec<String>)> {
    let mut v = named(text);
    v.sort();
    v
}

fn p(name: &str, titles: &[&str]) -> (String, Vec<String>) {
    (
        name.to_string(),
        titles.iter().map(|t| (*t).to_string()).collect(),
    )
}

/// "hai trợ lý A và B": a role after a number in words is said of each name listed.
#[test]
fn a_counted_role_before_a_list_of_names() {
    assert_eq!(
        pairs("Trong lúc chờ đợi, hai trợ lý Marco Bellini và Tomas Haller sẽ tạm dẫn dắt đội."),
        vec![
            p("Marco Bellini", &["trợ lý"]),
            p("Tomas Haller", &["trợ lý"])
        ]
    );
    assert_eq!(
        pairs("Ba Phó Chủ tịch Lê Văn Hòa, Đỗ Thị Mai và Phan Quốc Bảo đã dự buổi làm việc."),
        vec![
            p("Lê Văn Hòa", &["Phó Chủ tịch"]),
            p("Phan Quốc Bảo", &["Phó Chủ tịch"]),
            p("Đỗ Thị Mai", &["Phó Chủ tịch"]),
        ]
    );
}

/// Each listed name may have its own bracket (its club, its post): the list goes on past
/// it, after a comma or "và", and the bracket's post stays the name's.
#[test]
fn listed_names_with_their_own_brackets() {
    assert_eq!(
        pairs(
            "Hiện nay, hai HLV Stefan Kühn (Mainz) và Pablo Ortega (Sevilla) được nhắc tới nhiều nhất."
        ),
        vec![p("Pablo Ortega", &["HLV"]), p("Stefan Kühn", &["HLV"])]
    );
    assert_eq!(
        pairs(
            "Hai phó chủ tịch là Luca Moretti (chủ tịch của Torino) và Henrik Dahl (giám đốc điều hành của Malmö)."
        ),
        vec![
            p(
                "Henrik Dahl",
                &["phó chủ tịch", "giám đốc điều hành của Malmö"]
            ),
            p("Luca Moretti", &["phó chủ tịch", "chủ tịch của Torino"]),
        ]
    );
}

/// A number in words that counts no title, or one name alone, makes no list.
#[test]
fn no_list_without_a_counted_title() {
    assert!(named("Hai cầu thủ Marco Bellini và Tomas Haller đã ghi bàn.").is_empty());
    assert_eq!(
        pairs("Hai HLV Stefan Kühn (Mainz) đang được nhắc tới."),
        vec![p("Stefan Kühn", &["HLV"])]
    );
}

/// "Phó khoa" is a department's deputy head, as "Phó Trưởng khoa"; "Lãnh tụ" a leader's
/// title before the body led and the name.
#[test]
fn deputy_head_of_department_and_leader() {
    assert_eq!(
        pairs(
            "Bác sĩ Hồ Thanh Tâm - Phó khoa Chấn thương chỉnh hình cho biết ca mổ kéo dài 5 giờ."
        ),
        vec![p(
            "Hồ Thanh Tâm",
            &["Bác sĩ", "Phó khoa Chấn thương chỉnh hình"]
        )]
    );
    assert_eq!(
        pairs("Đoàn đã dâng hoa tưởng niệm Lãnh tụ Cách mạng Angola Agostinho Neto tại Luanda."),
        vec![p("Agostinho Neto", &["Lãnh tụ Cách mạng Angola"])]
    );
    assert!(named("Các chiến sĩ tìm hiểu về thân thế các lãnh tụ của Đảng.").is_empty());
}

/// "về" (about) may follow the field's first words before the workplace: "chuyên gia hàng
/// đầu về kinh tế tại Viện X".
#[test]
fn about_inside_an_employees_field() {
    assert_eq!(
        pairs(
            "Martin Kessler, chuyên gia hàng đầu về năng lượng tại Viện Bruegel ở Brussels cho rằng giá sẽ giảm."
        ),
        vec![p(
            "Martin Kessler",
            &["chuyên gia hàng đầu về năng lượng tại Viện Bruegel ở Brussels"]
        )]
    );
    assert!(
        named("Martin Kessler, chuyên gia hàng đầu về năng lượng, cho rằng giá sẽ giảm.")
            .is_empty()
    );
}

/// A trade and its field apposed to a name, then a comma and a post with its body: the
/// trade is a title beside the post; alone, or before a bare role, it is none.
#[test]
fn a_trade_with_its_field_before_a_post() {
    assert_eq!(
        pairs(
            "Theo PGS. TS Trần Văn Lộc, chuyên gia thủy sản, Hiệu trưởng Đại học Nha Trang, nghề nuôi tôm cần đổi mới."
        ),
        vec![p(
            "Trần Văn Lộc",
            &[
                "PGS. TS",
                "chuyên gia thủy sản",
                "Hiệu trưởng Đại học Nha Trang"
            ]
        )]
    );
    assert!(
        named("Ông Trần Văn Lộc, chuyên gia thủy sản, cho rằng nghề nuôi tôm cần đổi mới.")
            .is_empty()
    );
    assert!(named("Ông Trần Văn Lộc, chuyên gia, Giám đốc, cho rằng cần đổi mới.").is_empty());
}

/// A listed name whose own bracket says the person has left the post holds none of the
/// list's title.
#[test]
fn a_listed_name_that_left_the_post() {
    assert_eq!(
        pairs(
            "Trong đó, hai Chủ tịch Marco Verdi và Luca Moretti (Moretti đã từ chức Chủ tịch Torino) là hai người cứng rắn."
        ),
        vec![p("Marco Verdi", &["Chủ tịch"])]
    );
}

/// "X, người (hiện) là <post>": the relative clause says the post the person holds, as
/// "hiện là" does; another verb after "người" says none.
#[test]
fn a_post_held_in_a_relative_clause() {
    assert_eq!(
        pairs(
            "Khi đó, Helen Brooke, người hiện là Thứ trưởng Bộ Ngoại giao New Zealand đã phát biểu."
        ),
        vec![p("Helen Brooke", &["Thứ trưởng Bộ Ngoại giao New Zealand"])]
    );
    assert_eq!(
        pairs("Cổ động viên chỉ trích Pietro Gallo, người hiện đang là chủ tịch của CLB Parma."),
        vec![p("Pietro Gallo", &["chủ tịch của CLB Parma"])]
    );
    assert!(
        named(
            "Khi đó, Helen Brooke, người đã gặp Thứ trưởng Bộ Ngoại giao New Zealand, phát biểu."
        )
        .is_empty()
    );
}
