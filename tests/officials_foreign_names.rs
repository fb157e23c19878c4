//! Officials: foreign names tied to a post (issue 12, name recall on unseen articles), each
//! a rule of the grammar of names written in Vietnamese, with sentences written for these
//! tests.

mod common;
use common::{named, one};

/// A post apposed to a foreign name after a comma may be said with the indefinite "một",
/// as after a Vietnamese name ("Bà Elena X, một giám đốc bán hàng, …"): the article is no
/// part of the title and ties the name as the bare post does. Not before a capitalised
/// title (the subject of the next clause: "Theo hãng tin X, một Bộ trưởng … đã …"), nor a
/// trade alone ("một kỹ sư", "một luật sư" describe, by the guide).
#[test]
fn a_foreign_name_then_an_indefinite_post() {
    assert_eq!(
        named("Theo Marco Bellini, một giám đốc tại Công ty Thép Hòa Bình, giá thép đã tăng."),
        one("Marco Bellini", &["giám đốc tại Công ty Thép Hòa Bình"])
    );
    assert_eq!(
        named("Anna Kowalska, một thành viên hội đồng thành phố, cho biết cầu đã sập."),
        one("Anna Kowalska", &["thành viên hội đồng thành phố"])
    );
    // the bare post ties it too, as before
    assert_eq!(
        named("Anna Kowalska, thành viên hội đồng thành phố, cho biết cầu đã sập."),
        one("Anna Kowalska", &["thành viên hội đồng thành phố"])
    );
    for text in [
        "Theo hãng tin Radio Nova Plus, một Bộ trưởng của nước này đã từ chức.",
        "Peter Lindqvist, một kỹ sư về động cơ, cho rằng máy bay đã hỏng.",
        "Peter Lindqvist, một luật sư nhân quyền, kể lại chuyện này.",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}
