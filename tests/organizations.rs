//! Organizations: the shapes of Party and state body names (issue 18).

mod common;
use common::{named, org_texts};

/// Broke: the law names many bodies by two fields joined with "và" ("Sở Giáo dục và Đào
/// tạo"), and the organization stopped at "và" ("Sở Giáo dục"), so an event's agent or a
/// statement's speaker was a body that does not exist.
#[test]
fn two_fields_joined_by_va_make_one_name() {
    for (text, want) in [
        (
            "Sở Giáo dục và Đào tạo vừa ban hành hướng dẫn mới.",
            "Sở Giáo dục và Đào tạo",
        ),
        (
            "Hôm qua, Bộ Kế hoạch và Đầu tư đã họp với các tỉnh.",
            "Bộ Kế hoạch và Đầu tư",
        ),
        (
            "Bộ Giáo dục và Đào tạo ban hành thông tư mới.",
            "Bộ Giáo dục và Đào tạo",
        ),
        (
            "Sở Thông tin và Truyền thông chỉ đạo các cơ quan báo chí.",
            "Sở Thông tin và Truyền thông",
        ),
        (
            "Phòng Tài nguyên và Môi trường huyện kiểm tra hiện trường.",
            "Phòng Tài nguyên và Môi trường huyện",
        ),
        (
            "Sở Tài nguyên và Môi trường tỉnh Bình Định đã lập đoàn kiểm tra.",
            "Sở Tài nguyên và Môi trường tỉnh Bình Định",
        ),
    ] {
        assert_eq!(org_texts(text), [want], "{text}");
    }
}

/// "và" between two bodies, or before a place or a person, still ends the name.
#[test]
fn va_before_another_body_place_or_person_ends_the_name() {
    for (text, want) in [
        (
            "Sở Y tế và Sở Tài chính đã làm việc với nhau.",
            vec!["Sở Y tế", "Sở Tài chính"],
        ),
        (
            "Bộ Công an và UBND tỉnh đã thống nhất phương án.",
            vec!["Bộ Công an", "UBND tỉnh"],
        ),
        (
            "Đoàn công tác của Sở Y tế và Hà Nội đã đến nơi.",
            vec!["Sở Y tế"],
        ),
        (
            "Đại diện Sở Xây dựng và ông Nguyễn Văn Minh đã có mặt.",
            vec!["Sở Xây dựng"],
        ),
        (
            "Sở Nội vụ và Thanh tra tỉnh phối hợp rà soát.",
            vec!["Sở Nội vụ", "Thanh tra tỉnh"],
        ),
    ] {
        assert_eq!(org_texts(text), want, "{text}");
    }
}

/// Broke: a body's name is its head and a field ("Tổng cục Du lịch", "Cục Quản lý thị
/// trường"), and the field's lowercase syllables were taken two at most after a capitalised
/// word: names were cut ("Cục Quản lý thị") or took the verb after them ("Bộ Tư pháp
/// góp"), and a field written in lowercase was no name at all.
#[test]
fn a_field_of_the_law_is_read_whole_after_its_head() {
    for (text, want) in [
        ("Tổng cục Du lịch vừa công bố số liệu.", "Tổng cục Du lịch"),
        (
            "Cục Quản lý thị trường kiểm tra cửa hàng.",
            "Cục Quản lý thị trường",
        ),
        ("Bộ Tư pháp góp ý vào dự thảo luật.", "Bộ Tư pháp"),
        (
            "Sở giáo dục và đào tạo tỉnh Nghệ An ban hành kế hoạch.",
            "Sở giáo dục và đào tạo tỉnh Nghệ An",
        ),
        (
            "Sở Giao thông vận tải đề xuất phân luồng.",
            "Sở Giao thông vận tải",
        ),
        (
            "Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa khuyến cáo người dân.",
            "Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa",
        ),
        (
            "Chi cục Dân số - Kế hoạch hóa gia đình Hà Nội tổ chức hội nghị.",
            "Chi cục Dân số - Kế hoạch hóa gia đình Hà Nội",
        ),
    ] {
        assert_eq!(org_texts(text), [want], "{text}");
    }
}

/// After the field, a place or a capitalised qualifier is still the name's ("Cục Hàng
/// không Dân dụng Singapore"), and so is a second field after "và"; a lowercase word is
/// not, and neither is one after a place's name.
#[test]
fn what_may_follow_a_field() {
    for (text, want) in [
        (
            "Cục Hàng không Dân dụng Singapore cho biết sẽ mở lại đường bay.",
            "Cục Hàng không Dân dụng Singapore",
        ),
        (
            "Bộ Du lịch và Cổ vật Ai Cập thông báo phát hiện mới.",
            "Bộ Du lịch và Cổ vật Ai Cập",
        ),
        (
            "Sở Tài nguyên và Môi trường Thanh Hóa mới đây đã ký quyết định.",
            "Sở Tài nguyên và Môi trường Thanh Hóa",
        ),
        // "tổ chức" is a field ("Ban Tổ chức") and a verb: a lowercase field is read
        // only right after the head that opens the name
        ("Bộ Công an tổ chức Hội nghị tổng kết.", "Bộ Công an"),
    ] {
        assert_eq!(org_texts(text), [want], "{text}");
    }
}

/// A field is no word-list match ending before a foreign name: the title before it keeps
/// the name ("Bộ trưởng Quốc phòng Sergei Shoigu").
#[test]
fn a_title_with_a_field_keeps_the_foreign_name_after_it() {
    let got = named("Bộ trưởng Quốc phòng Sergei Shoigu đã đến thăm Việt Nam.");
    assert_eq!(
        got,
        [(
            "Sergei Shoigu".to_string(),
            vec!["Bộ trưởng Quốc phòng".to_string()]
        )]
    );
}

/// Broke: after a capitalised word of a name two lowercase syllables were taken, so a
/// name took the first half of the verb after it ("Báo Dân trí tổ") or lost the second
/// half of its last word ("Cục Quản lý môi"). A phrase of the word lists ends the name's
/// syllables; a field among them is its last word, read whole, unless it is also a verb.
#[test]
fn a_name_takes_no_half_of_a_phrase_after_it() {
    for (text, want) in [
        (
            "Báo Dân trí tổ chức buổi tọa đàm trực tuyến.",
            "Báo Dân trí",
        ),
        (
            "Cục Quản lý môi trường y tế đã có văn bản.",
            "Cục Quản lý môi trường",
        ),
        (
            "Trường Cao đẳng kinh tế vừa tuyển sinh.",
            "Trường Cao đẳng kinh tế",
        ),
        (
            "Tập đoàn Thiên Long tổ chức giải thưởng.",
            "Tập đoàn Thiên Long",
        ),
    ] {
        assert_eq!(org_texts(text), [want], "{text}");
    }
}

/// Broke: an adjective that ends a body's name after its field ("quốc gia", "quốc dân",
/// "cổ truyền", "khu vực") was cut after its first syllable ("Viện Tim mạch quốc"); it is
/// read whole (`org_qualifiers.txt`).
#[test]
fn a_qualifier_ends_the_name_whole() {
    for (text, want) in [
        (
            "Viện Tim mạch quốc gia vừa công bố số liệu mới.",
            "Viện Tim mạch quốc gia",
        ),
        (
            "Sinh viên Trường Đại học Kinh tế quốc dân tham gia.",
            "Trường Đại học Kinh tế quốc dân",
        ),
        (
            "Bệnh viện Y học cổ truyền tiếp nhận bệnh nhân.",
            "Bệnh viện Y học cổ truyền",
        ),
        (
            "Ủy ban Bầu cử quốc gia tuyên bố kết quả.",
            "Ủy ban Bầu cử quốc gia",
        ),
    ] {
        assert_eq!(org_texts(text), [want], "{text}");
    }
}

/// A word that heads a body but follows a surname is a middle name: "Lê Trường Lưu" is a
/// person, no school "Trường Lưu".
#[test]
fn a_head_word_after_a_surname_is_a_middle_name() {
    let text = "Bí thư Tỉnh ủy Lê Trường Lưu nhận định tình hình đã ổn định.";
    let a = vinews::Article::parse(text);
    let orgs: Vec<&str> = a.organizations.iter().map(|o| o.text.as_str()).collect();
    assert!(!orgs.contains(&"Trường Lưu"), "{orgs:?}");
    assert!(
        a.officials.iter().any(|o| o.name == "Lê Trường Lưu"),
        "{:#?}",
        a.officials
    );
    // a head of two words after a word that is also a surname ("Trình" = to submit) stays
    let text = "Chính phủ sẽ trình Quốc hội thông qua luật. b) Trình Quốc hội cho ý kiến.";
    let a = vinews::Article::parse(text);
    let orgs: Vec<&str> = a.organizations.iter().map(|o| o.text.as_str()).collect();
    assert_eq!(
        orgs.iter().filter(|o| **o == "Quốc hội").count(),
        2,
        "{orgs:?}"
    );
}

/// Broke: an adjective of a body's name written capitalised ("Tối cao", "Quốc gia") was
/// read as a capitalised run and cut in the middle ("Ban Chỉ đạo Quốc"), or left out
/// ("TAND" of "TAND Tối cao"); it is a word of the name, whole, and a place may follow it.
#[test]
fn a_capitalised_qualifier_is_a_word_of_the_name() {
    for (text, want) in [
        (
            "VKSND Tối cao đã ban hành cáo trạng truy tố 12 bị can.",
            "VKSND Tối cao",
        ),
        (
            "Ban Chỉ đạo Quốc gia về phòng chống dịch họp chiều nay.",
            "Ban Chỉ đạo Quốc gia",
        ),
        (
            "Viện Dinh dưỡng Quốc gia khuyến cáo người dân ăn nhiều rau.",
            "Viện Dinh dưỡng Quốc gia",
        ),
    ] {
        assert_eq!(org_texts(text), [want], "{text}");
    }
    // (lowercase, no name of its own after a head that needs one: no body)
    assert!(org_texts("Em học ở một trường quốc tế gần nhà.").is_empty());
}
