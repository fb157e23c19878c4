//! Attributed statements (issue 18): each grammar of attribution on sentences written for
//! it, what is not a statement, and the spans.

use vinews::{Article, StatementKind};

fn said(text: &str) -> Vec<(String, String, StatementKind, String)> {
    let a = Article::parse(text);
    a.statements
        .iter()
        .map(|s| {
            let content = s.content.slice(text).unwrap_or_default().to_string();
            (s.speaker.clone(), s.verb.clone(), s.kind, content)
        })
        .collect()
}

#[test]
fn a_named_official_then_a_quotation_after_a_colon() {
    let got = said(
        "Ông Nguyễn Văn An, Chủ tịch UBND xã Đức Ninh, cho biết: “Xã đã về đích nông thôn mới.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Nguyễn Văn An");
    assert_eq!(
        (got[0].1.as_str(), got[0].2),
        ("cho biết", StatementKind::Direct)
    );
    assert_eq!(got[0].3, "Xã đã về đích nông thôn mới.");
}

#[test]
fn reported_speech_after_theo_and_after_the_verb() {
    let got = said("Theo ông Lê Văn Bình, Giám đốc Sở Y tế tỉnh Hà Giang, dịch đã được kiểm soát.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Lê Văn Bình", "theo")
    );
    assert_eq!(got[0].2, StatementKind::Reported);
    assert!(got[0].3.starts_with("dịch đã được kiểm soát"), "{got:?}");
    let got = said("Bà Trần Thị Hoa cũng nhấn mạnh rằng các xã phải hoàn thành kế hoạch.");
    assert_eq!(got[0].0, "Trần Thị Hoa");
    assert!(got[0].3.starts_with("các xã phải"), "{got:?}");
}

#[test]
fn a_quotation_before_its_speaker() {
    let got = said("“Chúng tôi sẽ hỗ trợ người dân”, ông Phạm Minh Tuấn nói.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Phạm Minh Tuấn");
    assert_eq!(got[0].2, StatementKind::Direct);
    assert_eq!(got[0].3, "Chúng tôi sẽ hỗ trợ người dân");
}

#[test]
fn a_pronoun_or_a_title_alone_refers_back_to_the_official() {
    let text = "Ông Nguyễn Văn An, Chủ tịch UBND xã Đức Ninh, đã làm việc với đoàn. \
                Ông khẳng định xã sẽ về đích. Chủ tịch UBND xã cũng đề nghị người dân ủng hộ.";
    let got = said(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.0 == "Nguyễn Văn An"), "{got:?}");
    assert_eq!(got[1].1, "đề nghị");
}

#[test]
fn a_verb_with_no_speaker_or_used_as_a_noun_is_no_statement() {
    for text in [
        "Kể từ năm 2020, xã đã đạt chuẩn.",
        "Nhiều ý kiến cho rằng giá quá cao.",
        "Theo quy định, mỗi hộ được hỗ trợ.",
        "Viện Thông tin khoa học xã hội có 20 cán bộ.",
        "Nói chung, người dân đồng tình.",
    ] {
        assert!(said(text).is_empty(), "{text}: {:?}", said(text));
    }
}

#[test]
fn spans_point_into_the_original_input() {
    // decomposed input: the spans are of the caller's bytes
    let text = "O\u{302}ng Nguye\u{302}\u{303}n Va\u{306}n An cho bie\u{302}\u{301}t xa\u{303} đa\u{303} ve\u{302}\u{300} đi\u{301}ch.";
    let a = Article::parse(text);
    let s = &a.statements[0];
    assert_eq!(s.span.slice(text), Some("cho bie\u{302}\u{301}t"));
    assert!(
        s.content
            .slice(text)
            .is_some_and(|c| c.starts_with("xa\u{303}"))
    );
}

fn speakers(text: &str) -> Vec<String> {
    said(text).into_iter().map(|s| s.0).collect()
}

/// A name whose surname comes first, said by its surname alone after an honorific ("ông
/// Tập" for Tập Cận Bình), when no official's name ends with that word and one only opens
/// with it.
#[test]
fn a_surname_said_alone_names_the_one_official_it_opens() {
    let text = "Chủ tịch Trung Quốc Tập Cận Bình đến Hà Nội. Ông Tập nói rằng hai nước cần \
                hợp tác.";
    assert_eq!(speakers(text), ["Tập Cận Bình"]);
    // two officials open with the word: none of them
    let text = "Chủ tịch Trung Quốc Tập Cận Bình và Ngoại trưởng Trung Quốc Tập Văn Minh đến \
                Hà Nội. Ông Tập nói rằng hai nước cần hợp tác.";
    assert!(
        speakers(text)
            .iter()
            .all(|s| s != "Tập Cận Bình" && s != "Tập Văn Minh"),
        "{:?}",
        said(text)
    );
}

/// A clause's last segment naming a person with an honorific speaks, not the words
/// before its comma: "Về lệnh cấm với Trung Quốc, ông Tập nói"; "Tại hội nghị, ông A –
/// Chủ tịch Hội X cho biết". Not a long segment going on past the name and post, nor a
/// name with a hyphen inside.
#[test]
fn the_person_named_with_an_honorific_before_the_verb_speaks() {
    let text = "Chủ tịch Trung Quốc Tập Cận Bình đến Hà Nội. Về việc cấm xuất khẩu chíp cho \
                Trung Quốc, ông Tập nói: \"Đây là điều sai\".";
    assert_eq!(speakers(text), ["Tập Cận Bình"]);
    let text = "Tại hội nghị, ông Đinh Viết Khanh – Chủ tịch Hội Khuyến học TP Cần Thơ cho \
                biết, năm nay có 27 học sinh được khen thưởng.";
    assert_eq!(speakers(text), ["Đinh Viết Khanh"]);
    let text = "Gần ruộng của bà Phôl, ông Tăng Pha cho biết, chi phí trồng hành tăng.";
    assert_eq!(speakers(text), ["Tăng Pha"]);
    // a segment going on to another clause: its noun "đề nghị" has no speaker
    let text = "Chiều 15/4, ông Lê Trí Thanh - Chủ tịch tỉnh Quảng Nam - cũng đã họp với các \
                ngành của tỉnh để bàn về phương án đón khách ngay sau khi có công văn đề nghị \
                của Bộ Văn hóa.";
    assert!(speakers(text).is_empty(), "{:?}", said(text));
    // a name with a hyphen: not cut at it
    let text = "Nói về lịch sử nghề xăm, bà Whang-Od cho hay một thế kỷ trước mọi người đều xăm.";
    assert!(
        speakers(text).iter().all(|s| s != "Whang"),
        "{:?}",
        said(text)
    );
}
