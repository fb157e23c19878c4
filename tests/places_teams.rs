//! Places and the grammar of sports reporting: a club named by its province or city is no
//! place (the guide's rule for clubs and teams), and once an article has said the name as
//! a team's, its bare mentions are the team; nicknames and stadiums named after a place.

use vinews::Article;

/// The text of every mention of every place of `text`, in order.
fn mentions(text: &str) -> Vec<String> {
    let article = Article::parse(text);
    let mut out: Vec<(usize, String)> = article
        .places
        .iter()
        .flat_map(|p| p.mentions.iter())
        .map(|m| (m.start, text[m.start..m.end].to_string()))
        .collect();
    out.sort();
    out.into_iter().map(|(_, t)| t).collect()
}

/// A team word right before a province's or city's name makes it a club ("CLB Thanh
/// Hóa", "đội Nam Định", "CLB bóng đá Quảng Nam", "thủ môn của", "HLV"), and so are its
/// other bare mentions in the article ("Thanh Hóa đã không may mắn"), before the team
/// word or after it, when the article is sports reporting: it names teams twice, or
/// once and a match ("trận").
#[test]
fn a_province_said_as_a_team_is_the_team_throughout_the_article() {
    for text in [
        "CLB Thanh Hóa thua trận thứ hai. Thanh Hóa đã không may mắn.",
        "Nam Định trụ hạng sau trận cuối. Trọng tài phải xin lỗi đội Nam Định.",
        "Quảng Nam rớt hạng 3 năm sau khi CLB bóng đá Quảng Nam vô địch, cầu thủ Quảng Nam buồn.",
        "HLV An Giang nói sau trận: An Giang đã chơi tốt.",
        "Các CĐV Nghệ An tin Nghệ An sẽ trụ hạng, như lời HLV Nghệ An.",
        "Trận thua đội khách Bình Định là bài học. Bình Định chơi tập trung.",
    ] {
        assert_eq!(mentions(text), Vec::<String>::new(), "{text}");
    }
}

/// The team's place itself stays a place: said with its unit word, after a preposition
/// of place ("tại Thanh Hóa"), or naming a party committee's unit ("Thành ủy Hà Nội");
/// other provinces of the article are untouched; and a club named once in passing, with
/// no match (a drill is none: "tập trận"), leaves its city a place.
#[test]
fn the_teams_place_said_as_a_place_stays() {
    let cases: [(&str, &[&str]); 5] = [
        (
            "Sân Hàng Đẫy được giao cho CLB Hà Nội. Mỗi năm Hà Nội có 2.000 học sinh mới.",
            &["Hà Nội"],
        ),
        (
            "Sân được giao cho CLB Hà Nội. Quân đội tập trận gần Hà Nội.",
            &["Hà Nội"],
        ),
        (
            "CLB Thanh Hóa đã về tới Hà Nội. Trận đấu diễn ra tại Thanh Hóa.",
            &["Hà Nội", "Thanh Hóa"],
        ),
        (
            "Đội Thanh Hóa nhận thưởng. UBND tỉnh Thanh Hóa trao 1 tỷ đồng.",
            &["tỉnh Thanh Hóa"],
        ),
        (
            "CLB Hà Nội thắng đậm. Bí thư Thành ủy Hà Nội đến chúc mừng.",
            &["Hà Nội"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(mentions(text), *want, "{text}");
    }
}

/// A team word that is part of a compound names no team ("quân đội Sài Gòn", "bộ đội"),
/// and a team word before a country or a region leaves it a place ("ba đội bóng Tây Ban
/// Nha": Spain's clubs; national teams are named "đội tuyển", "ĐT").
#[test]
fn compounds_of_team_words_and_countries_are_no_teams() {
    let cases: [(&str, &[&str]); 3] = [
        (
            "Quân đội Sài Gòn rút khỏi Đồng Nai.",
            &["Sài Gòn", "Đồng Nai"],
        ),
        ("Ba đội bóng Tây Ban Nha rút khỏi giải.", &["Tây Ban Nha"]),
        ("Hạm đội Hải Phòng được thành lập năm 1955.", &["Hải Phòng"]),
    ];
    for (text, want) in cases {
        assert_eq!(mentions(text), *want, "{text}");
    }
}

/// "bầu" before a given name is a club owner's nickname ("bầu Đức", "bầu Hiển"), and a
/// stadium is named after its city ("sân Pleiku", "SVĐ Quy Nhơn"): no place; the city
/// said bare elsewhere still is one.
#[test]
fn nicknames_and_stadiums_named_after_a_place() {
    let cases: [(&str, &[&str]); 3] = [
        ("Đội bóng của bầu Đức thắng lớn.", &[]),
        ("Trận đấu diễn ra trên sân Pleiku chiều qua.", &[]),
        (
            "Đội tuyển tập tại SVĐ Quy Nhơn. Cả đội ở Quy Nhơn 10 ngày.",
            &["Quy Nhơn"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(mentions(text), *want, "{text}");
    }
}

/// A club called by its foreign city, after a team word or "thành" (the city) after it
/// ("CLB thành Madrid", "đội bóng thành London", "đội khách Roma", "các đội Manchester"),
/// is the club; the city itself stays a place ("sống ở London").
#[test]
fn a_club_called_by_its_foreign_city_is_no_place() {
    for text in [
        "Thông báo trên trang chủ của CLB thành Madrid có đoạn như sau.",
        "HLV Mourinho đã bị CLB thành London sa thải.",
        "Ông giúp đội bóng thành Manchester đạt nhiều thành công.",
        "Họ để cho đội khách Roma dẫn trước.",
        "Chúng tôi sẽ đấu với một trong các đội Manchester mỗi tuần.",
    ] {
        assert_eq!(mentions(text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        mentions("Cầu thủ này sống ở London và thành Paris."),
        vec!["London", "Paris"]
    );
}
