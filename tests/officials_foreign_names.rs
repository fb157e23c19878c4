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

/// Initials before a foreign surname open the name ("S. Chatterjee", "H.R.McMaster"): one
/// to three capital letters, each with its period, then a surname that is no Vietnamese
/// syllable (or one capitalised inside, "McMaster"), or a transliteration of hyphenated
/// syllables ("N.Ha-lây"); the name is written as spelt. Initials glued to one another or
/// to a transliteration stand for the given names, so they open a name even after another
/// capitalised word (the post's country, "Tổng thống Bê-la-rút A.Lu-ka-sen-cô"), while a
/// letter after a first name is a middle initial, glued or not ("George H. W. Bush", "Mark
/// R.Walden"). Initials alone ("T.C.L") and an initial before a Vietnamese syllable (a
/// byline's "H.Long") name no one.
#[test]
fn initials_before_a_foreign_surname() {
    for (text, name, title) in [
        (
            "Bác sĩ R. Chaudhary cho biết bệnh viện đã hết ôxy.",
            "R. Chaudhary",
            "Bác sĩ",
        ),
        (
            "Cố vấn an ninh quốc gia H.R.Mattson cho biết.",
            "H.R.Mattson",
            "Cố vấn an ninh quốc gia",
        ),
        ("Luật sư J.McCarthy cho biết.", "J.McCarthy", "Luật sư"),
        (
            "Đại sứ Nga tại Liên hợp quốc V.Nê-ben-di-a cho biết Nga phản đối.",
            "V.Nê-ben-di-a",
            "Đại sứ Nga tại Liên hợp quốc",
        ),
        (
            "Tổng thống Bê-la-rút A.Lu-ka-sen-cô cho biết.",
            "A.Lu-ka-sen-cô",
            "Tổng thống Bê-la-rút",
        ),
        (
            "Thượng nghị sĩ bang Ohio Mark R.Walden cho biết.",
            "Mark R.Walden",
            "Thượng nghị sĩ bang Ohio",
        ),
        (
            "Tổng thống George H. W. Bush cho biết.",
            "George H. W. Bush",
            "Tổng thống",
        ),
    ] {
        assert_eq!(named(text), one(name, &[title]), "{text}");
    }
    assert_eq!(
        named("Tiến sĩ P.K. Menon, bác sĩ nhi tại Pune, cho biết."),
        one("P.K. Menon", &["Tiến sĩ", "bác sĩ"])
    );
    // a name then glued initials and a surname: two people ("Tổng thống Trump" and the
    // adviser named after him)
    let got = named("Tổng thống Trump H.R.Mattson cũng nhấn mạnh.");
    assert!(got.iter().all(|(n, _)| n != "Trump H"), "{got:?}");
    for text in [
        "Giám đốc T.C.L cho biết công ty đã phá sản.",
        "Bác sĩ H.Long đã khám cho bệnh nhân.",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}

/// "Quan chức" (an official of a body) is a staff post: a title with the body, field or
/// country it serves after it ("quan chức Bộ Ngoại giao Đan Mạch", "quan chức thuộc Cơ
/// quan X"), apposed to a name as the dev tables write it every time it is. Said of many
/// ("4 quan chức an ninh của X", "quan chức Anh và các nước") it names none, and the
/// capitalised words closing its lowercase complement ("quan chức phụ trách lễ hội X")
/// name what it is in charge of, not its holder.
#[test]
fn an_official_of_a_body_is_a_staff_post() {
    assert_eq!(
        named("Lars Eriksen, quan chức Bộ Ngoại giao Đan Mạch, cho biết."),
        one("Lars Eriksen", &["quan chức Bộ Ngoại giao Đan Mạch"])
    );
    assert_eq!(
        named("Lars Eriksen, một quan chức thuộc Cơ quan Hàng hải Đan Mạch, cho biết tàu đã chìm."),
        one(
            "Lars Eriksen",
            &["quan chức thuộc Cơ quan Hàng hải Đan Mạch"]
        )
    );
    assert_eq!(
        named("Ông kêu gọi Thủ tướng Anh Boris Johnson, quan chức Anh và các nước hỗ trợ."),
        one("Boris Johnson", &["Thủ tướng Anh"])
    );
    // (the festival is what the post is in charge of, inside the title, no holder: the
    // holder is the name the post is apposed to, session 22)
    assert_eq!(
        named("Lars Eriksen, quan chức phụ trách lễ hội âm nhạc Roskilde Festival cho biết."),
        one(
            "Lars Eriksen",
            &["quan chức phụ trách lễ hội âm nhạc Roskilde Festival"]
        )
    );
    assert_eq!(
        named(
            "Liên minh trừng phạt 4 quan chức an ninh của Moscow liên quan tới vụ bắt giam nhà \
             hoạt động Oleg Petrov."
        ),
        []
    );
    // a Vietnamese name after a staff post's organisation is its holder's
    assert_eq!(
        named("Theo cán bộ Đội Cảnh sát Hình sự Trần Việt Anh, xe đã bị giữ."),
        one("Trần Việt Anh", &["cán bộ Đội Cảnh sát Hình sự"])
    );
}

/// A scientist of a named field ("nhà thiên văn học", "nhà ngôn ngữ học") at a named
/// organisation holds a staff post there, as the guide of the ninth draw says and its
/// tables write; named by the trade alone ("nhà thiên văn học X") a person holds none. An
/// employee's post may name its organisation right after "tại", no subject between ("giáo
/// viên tại Trường X", as "giáo viên môn Toán tại Trường X" did).
#[test]
fn a_scientist_at_a_named_organisation() {
    assert_eq!(
        named("Lena Holm, nhà thiên văn học tại Đại học Uppsala, cho biết."),
        one("Lena Holm", &["nhà thiên văn học tại Đại học Uppsala"])
    );
    assert_eq!(
        named(
            "Theo Lena Holm, một nhà ngôn ngữ học tại Đại học Uppsala ở Thụy Điển, điều đó khó xảy ra."
        ),
        one(
            "Lena Holm",
            &["nhà ngôn ngữ học tại Đại học Uppsala ở Thụy Điển"]
        )
    );
    assert_eq!(
        named("Bà Nguyễn Thị Lan, giáo viên tại Trường THPT Chu Văn An, cho biết."),
        one("Nguyễn Thị Lan", &["giáo viên tại Trường THPT Chu Văn An"])
    );
    for text in [
        "Nhà thiên văn học Lena Holm cho biết.",
        "Nhóm các nhà khoa học tại Đại học Illinois Chicago phát hiện gene lạ.",
    ] {
        assert_eq!(named(text), [], "{text}");
    }
}

/// A chief economist ("chuyên gia kinh tế trưởng", "nhà kinh tế trưởng": "trưởng", the
/// head of) holds a post in the body named after it, unlike an economist by trade alone
/// ("chuyên gia kinh tế X" holds none, by the eleventh draw's guide).
#[test]
fn a_chief_economist_holds_a_post() {
    assert_eq!(
        named(
            "\"Lạm phát sẽ tăng\" - Chuyên gia kinh tế trưởng của ADB - ông Kenji Tanaka, cho biết."
        ),
        one("Kenji Tanaka", &["Chuyên gia kinh tế trưởng của ADB"])
    );
    assert_eq!(named("Chuyên gia kinh tế Lê Văn Bình cho hay."), []);
}
