//! Attributed statements (issue 18): each grammar of attribution on sentences written for
//! it, what is not a statement, and the spans.

mod common;

use common::said;
use vinews::{Article, StatementKind};

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

/// A clause set off before the subject is not the head of an apposition: the speaker is
/// the subject after it, not a name the clause ends with.
#[test]
fn a_clause_before_the_subject_is_not_the_speaker() {
    let got = said(
        "Trả lời phỏng vấn báo Hà Nội Mới, ông Trần Quốc Khánh, Giám đốc Sở Tài chính, \
         cho biết ngân sách đã được giải ngân.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Trần Quốc Khánh");
    let got = said("Phát biểu về quan hệ với Nhật Bản, bà Lê Thu Hà cho biết hai bên sẽ hợp tác.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Lê Thu Hà");
    // (an honorific and a name ending the clause are its subject)
    let got = said(
        "Chị Hoa chưa trả lời báo giới nhưng bà Trần Thị Mai, mẹ của Hoa, cho biết cô đã về \
         quê.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Trần Thị Mai");
}

/// A verb joined to the one before it by "và" or "đồng thời" shares its speaker, and says
/// what follows it, also after a quotation; "lên tiếng" before a verb is no part of the
/// speaker.
#[test]
fn a_verb_joined_to_the_one_before_shares_its_speaker() {
    let got = said(
        "“Chúng tôi sẽ kiểm tra từng hồ sơ”, ông Phạm Minh Tuấn nói và cho biết thêm, \
         sở sẽ báo cáo trong tuần tới.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Phạm Minh Tuấn");
    assert_eq!(got[1].1, "cho biết");
    // (a comma after the verb is left at the content's start, as for every verb)
    let content = got[1].3.trim_start_matches([',', ' ']);
    assert!(content.starts_with("sở sẽ báo cáo"), "{got:?}");
    let got = said(
        "Ngày 3/5, Bộ Y tế đã lên tiếng hoan nghênh kết quả tiêm chủng ở tỉnh Nam Định, \
         đồng thời kêu gọi người dân tiếp tục đeo khẩu trang.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.0 == "Bộ Y tế"), "{got:?}");
    assert!(got[1].3.starts_with("người dân tiếp tục"), "{got:?}");
    let got = said(
        "Ông Lê Quang Vinh cho biết đã giảm chuyến bay của Hãng Hàng không Đông Á; đồng thời \
         khẳng định sân bay sẽ thông thoáng.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.0 == "Lê Quang Vinh"), "{got:?}");
}

/// A title and the last word of an official's name, or an honorific and the first word of
/// the last speaker's (a foreign name said by its surname), refer back to them.
#[test]
fn a_title_and_a_given_name_or_a_surname_refer_back() {
    let got = said(
        "Thiếu tướng Ngô Văn Lực, Chính ủy Bộ Tư lệnh Thủ đô, đã kiểm tra hiện trường. \
         Theo Thiếu tướng Lực, việc tìm kiếm sẽ kéo dài hai tháng.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Ngô Văn Lực", "theo")
    );
    let got = said(
        "Thủ tướng Nhật Bản Kishida Fumio nói: “Chúng tôi sẽ hợp tác.” \
         “Hai nước cần đối thoại”, ông Kishida nói.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.0 == "Kishida Fumio"), "{got:?}");
}

/// "Cũng theo X, …" opens its clause as "Theo X, …" does; a person named with an honorific
/// after a clause before the subject, an apposition after them, is the speaker.
#[test]
fn cung_theo_and_a_person_after_a_clause_before_the_subject() {
    let got = said(
        "Ông Lê Minh Hải đã đến thăm trường. Cũng theo ông Lê Minh Hải, học sinh sẽ đi học \
         trở lại từ tuần sau.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Lê Minh Hải", "theo")
    );
    assert!(got[0].3.starts_with("học sinh sẽ"), "{got:?}");
    let got = said(
        "Trước việc nhiều công trình chậm tiến độ, ông Đặng Văn Toàn, Phó Giám đốc Sở Xây \
         dựng, Bộ Xây dựng cho biết sở sẽ kiểm tra từng công trình.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Đặng Văn Toàn");
}

/// "kiến nghị" and "cáo buộc" report what a person or a body says, as "đề nghị" does.
#[test]
fn kien_nghi_and_cao_buoc_are_reporting_verbs() {
    let got = said("Bộ Tài chính kiến nghị Chính phủ giảm thuế cho doanh nghiệp nhỏ.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Bộ Tài chính", "kiến nghị")
    );
    let got = said("Ông Trần Văn Quang cáo buộc công ty đã vi phạm hợp đồng.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Trần Văn Quang", "cáo buộc")
    );
}

/// A date between the speaker and the verb ("ông A ngày 21/4 cho biết") is the time of
/// the verb, not part of the speaker.
#[test]
fn a_date_between_the_speaker_and_the_verb() {
    for text in [
        "Bộ trưởng Tài chính Australia Mark Dalton ngày 21/4 cho biết nước này sẽ hủy hai \
         thỏa thuận.",
        "Bộ trưởng Tài chính Australia Mark Dalton hồi tháng 1 năm nay tuyên bố: “Chúng tôi \
         sẽ hủy hai thỏa thuận.”",
        "Ông Mark Dalton hôm qua cho biết nước này sẽ hủy hai thỏa thuận.",
    ] {
        let got = said(text);
        assert_eq!(got.len(), 1, "{got:?} {text}");
        assert_eq!(got[0].0, "Mark Dalton", "{text}");
    }
}

/// An outlet citing its source ("X dẫn nguồn tin … cho biết") is the speaker, not a name
/// in the source; a capitalised "Anh" (Britain) inside a speaker's words is no pronoun.
#[test]
fn an_outlet_citing_its_source_and_anh_as_a_name() {
    let got = said(
        "Ông Trần Văn Quang đã đến Hà Nội. Hãng tin Reuters dẫn nguồn tin ngoại giao từ ông \
         Trần Văn Quang cho biết hai bên sẽ gặp nhau.",
    );
    assert!(got.iter().all(|g| g.0 != "Trần Văn Quang"), "{got:?}");
    let got = said(
        "Ông Trần Văn Quang cho biết tàu sẽ đến. Một phát ngôn viên của Bộ Quốc phòng Anh \
         nói rằng tàu sẽ rời cảng.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Bộ Quốc phòng Anh");
}

/// An unnamed spokesperson or representative of a named body speaks for the body.
#[test]
fn a_spokesperson_speaks_for_the_body() {
    let got = said("Một phát ngôn viên của Hãng Vietjet cho biết chuyến bay đã cất cánh.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Hãng Vietjet");
    let got = said("Người phát ngôn Samsung khẳng định sản phẩm vẫn an toàn.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Samsung");
    // (a spokesperson of no named body is no speaker)
    assert!(said("Một phát ngôn viên cho biết chuyến bay đã cất cánh.").is_empty());
    // (a person named before "đại diện" is the speaker, not the body)
    let got = said("Ông Trần Minh Sỹ - đại diện Công ty Lọc dầu cho biết nhà máy đã chạy lại.");
    assert!(got.iter().all(|g| g.0 != "Công ty Lọc dầu"), "{got:?}");
}

/// "phân tích" and "bình luận" report speech when what they say follows them as words do
/// (a comma, a colon, "rằng") or when a quotation precedes them; as a plain verb or a
/// noun ("phân tích mẫu nước", "bình luận trên mạng") they are none.
#[test]
fn phan_tich_and_binh_luan_report_speech_only_as_speech() {
    let got = said("Ông Trần Văn Quang phân tích, giá đất tăng vì hạ tầng mới.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Trần Văn Quang", "phân tích")
    );
    assert!(got[0].3.starts_with("giá đất tăng"), "{got:?}");
    let got = said("“Tôi nghĩ rằng luật cần sửa”, ông Lê Minh Hải bình luận.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Lê Minh Hải", "bình luận")
    );
    assert_eq!(got[0].3, "Tôi nghĩ rằng luật cần sửa");
    assert!(said("Ông Trần Văn Quang phân tích mẫu nước trong phòng thí nghiệm.").is_empty());
    assert!(said("Bà Lê Thị Hoa bình luận trên mạng xã hội về bộ phim.").is_empty());
}

/// A body named by a unit and its place ("Bộ Tư lệnh TP HCM", "Sở Y tế TP.HCM", "Cục
/// Thuế tỉnh Bà Rịa - Vũng Tàu") is one organization and speaks whole, not its place.
#[test]
fn a_body_named_by_a_unit_and_its_place_speaks_whole() {
    let got = said("Bộ Tư lệnh TP HCM đề nghị các đơn vị tạm ngưng thi công.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Bộ Tư lệnh TP HCM", "đề nghị")
    );
    for (text, org) in [
        ("Công an TP.HCM vừa bắt giữ hai người.", "Công an TP.HCM"),
        (
            "Cục Thuế tỉnh Bà Rịa - Vũng Tàu đã thu 5 tỷ.",
            "Cục Thuế tỉnh Bà Rịa - Vũng Tàu",
        ),
        ("Hội Phụ nữ quận 1 tổ chức hội thi.", "Hội Phụ nữ quận 1"),
        ("Đảng ủy xã Đức Ninh họp.", "Đảng ủy xã Đức Ninh"),
    ] {
        let a = Article::parse(text);
        let orgs: Vec<&str> = a.organizations.iter().map(|o| o.text.as_str()).collect();
        assert_eq!(orgs, [org], "{text}");
    }
}

/// An organization whose place is written with an abbreviation ("TP.HCM") speaks: the
/// period inside the abbreviation ends no sentence. A degree glued to the name after a
/// clause ("Bàn về giải pháp, PGS.Trần Văn Hải - …") is the person's.
#[test]
fn a_body_with_an_abbreviated_place_and_a_degree_glued_to_a_name() {
    assert_eq!(
        speakers("Sở Xây dựng TP.HCM cho biết đã cấp phép cho 12 dự án mới."),
        ["Sở Xây dựng TP.HCM"]
    );
    assert_eq!(
        speakers("Bàn về giải pháp, PGS.Trần Văn Hải - Trưởng khoa Kinh tế cho rằng cần sửa luật."),
        ["Trần Văn Hải"]
    );
    assert_eq!(
        speakers("Đồng quan điểm, GS.TS Lê Minh Đức - Hiệu trưởng nhà trường cho rằng nên chờ."),
        ["Lê Minh Đức"]
    );
}

/// A person's name that ends the speaker's words after their body speaks, also when the
/// body's name ran into it ("người phát ngôn Bộ Ngoại giao Pháp Jean Martin").
#[test]
fn a_name_after_its_body_speaks() {
    let text = "Người phát ngôn Bộ Ngoại giao Pháp Jean Martin cho hay: “Chúng tôi sẽ theo \
                dõi sát”.";
    assert_eq!(speakers(text), ["Jean Martin"], "{:?}", said(text));
}

/// An organization said again by the first words of its name is the one named before
/// ("Sở Y tế" after "Sở Y tế tỉnh Bình Định"); not a name cut short before.
#[test]
fn a_body_said_again_by_its_first_words_is_the_one_named_before() {
    let text = "Sở Y tế tỉnh Bình Định vừa ghi nhận thêm 4 ca bệnh. Sở Y tế đề nghị người dân \
                hạn chế ra ngoài.";
    assert_eq!(speakers(text), ["Sở Y tế tỉnh Bình Định"]);
}

/// A place after a body speaks as that body, written to the place's end: a mission "tại"
/// a city ("Đại sứ quán Bỉ tại Seoul"), a common noun heading a body of a country
/// ("Cảnh sát Hàn Quốc", "quân đội Syria").
#[test]
fn a_place_after_a_body_speaks_as_the_body() {
    assert_eq!(
        speakers("Đại sứ quán Bỉ tại Seoul xác nhận bà Lan đang làm việc tại đây."),
        ["Đại sứ quán Bỉ tại Seoul"]
    );
    assert_eq!(
        speakers("Cảnh sát Hàn Quốc cho biết họ đang điều tra vụ việc."),
        ["Cảnh sát Hàn Quốc"]
    );
    assert_eq!(
        speakers("Trong khi đó, quân đội Syria tuyên bố ngừng bắn 48 giờ."),
        ["quân đội Syria"]
    );
}

/// A place after another lowercase word of its clause is its object or a modifier, and
/// does not speak ("hành khách về TP.HCM cho rằng", "người dân Hà Nội cho biết"); after a
/// comma, a side word or a word opening a clause it does ("…, Nga cho biết", "phía Mỹ").
#[test]
fn a_place_speaks_only_as_the_subject_of_its_clause() {
    assert!(
        speakers("Nhiều hành khách từ Nhật Bản về TP.HCM cho rằng chi phí quá cao.").is_empty()
    );
    assert!(speakers("Nhiều người dân Hà Nội cho biết giá rau đã tăng.").is_empty());
    assert_eq!(
        speakers("Sau khi tin này được công bố, Nga cho biết sẽ đáp trả."),
        ["Nga"]
    );
    assert_eq!(
        speakers("Hôm qua, phía Mỹ cho biết sẽ cử đoàn sang."),
        ["Mỹ"]
    );
}

/// A capital alone speaking stands for its country's government ("Moscow cáo buộc" is
/// Nga's); not after a body ("Cảnh sát London") nor as the object of a preposition.
#[test]
fn a_capital_speaking_alone_is_its_country() {
    assert_eq!(
        speakers("Đáp lại, Moscow cáo buộc NATO triển khai thêm quân."),
        ["Nga"]
    );
    assert_eq!(
        speakers("Washington cho biết sẽ đưa hai tàu chiến tới khu vực."),
        ["Mỹ"]
    );
    assert_eq!(
        speakers("Cảnh sát London cho biết đã bắt giữ 3 người."),
        ["Cảnh sát London"]
    );
    assert!(speakers("Nhiều người dân tại Moscow cho biết họ lo ngại.").is_empty());
}

/// "cho Reuters hay", "cho PV Dân trí biết": the reporting word split by the outlet told
/// is one cue ("cho hay", "cho biết"), its speaker the subject before it.
#[test]
fn a_cue_split_by_the_outlet_told() {
    let got = said("Bộ Ngoại giao Hàn Quốc cho Reuters hay, cơ quan này đã hối thúc hai bên.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Bộ Ngoại giao Hàn Quốc", "cho hay")
    );
    assert!(got[0].3.starts_with("cơ quan này"), "{got:?}");
    let got = said("Ông Lê Văn Định, Giám đốc Sở Y tế, cho PV Dân trí biết đã có 20 ca khỏi bệnh.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Lê Văn Định", "cho biết")
    );
    // "cho" giving to someone, no reporting word after
    assert!(said("Công ty đã trả lương cho Nguyễn Văn Hải đúng hạn.").is_empty());
}

/// "Theo ông, …": a pronoun that is all the speaker after "theo" refers back as it does
/// before a verb.
#[test]
fn theo_and_a_pronoun_refers_back() {
    let got = said("Giám đốc Sở Y tế Lê Văn Nam đến thăm bệnh viện. Theo ông, số ca mắc đã giảm.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Lê Văn Nam", "theo")
    );
    assert!(got[0].3.starts_with("số ca mắc"), "{got:?}");
}

/// A given name after an honorific ("chị Lan") is the full name named before after an
/// honorific ("Chị Trần Thị Lan"), whether that person spoke before or not.
#[test]
fn a_given_name_after_an_honorific_is_the_full_name_named_before() {
    let text = "Chị Trần Thị Lan, một tiểu thương ở chợ, rất bức xúc. Theo chị Lan, việc di dời \
                chợ là không hợp lý. Chị Lan giải thích thêm rằng mọi người đều phản đối.";
    let a = vinews::Article::parse(text);
    let speakers: Vec<&str> = a.statements.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(
        speakers,
        ["Trần Thị Lan", "Trần Thị Lan"],
        "{:#?}",
        a.statements
    );
    // a given name no one was named with stays as written
    let text = "Theo chị Lan, việc di dời chợ là không hợp lý.";
    let a = vinews::Article::parse(text);
    let speakers: Vec<&str> = a.statements.iter().map(|s| s.speaker.as_str()).collect();
    assert_eq!(speakers, ["Lan"], "{:#?}", a.statements);
}

/// The reporting verbs of the third draw (guide, "3rd draw"): "nhất trí", "cam kết",
/// "hối thúc", "tái khẳng định" (not read as "khẳng định"), "ca ngợi" with what is
/// agreed, promised, urged or praised after them.
#[test]
fn agreeing_promising_and_urging_are_reported_speech() {
    let cases = [
        (
            "Bộ trưởng Lê Văn Nam nhất trí đẩy mạnh hợp tác với các tỉnh.",
            "nhất trí",
        ),
        (
            "Ông Trần Quốc Hưng cam kết sẽ trả nợ trong năm nay.",
            "cam kết",
        ),
        (
            "Tổng thống Pháp Jean Dupont hối thúc các bên sớm ngừng bắn.",
            "hối thúc",
        ),
        (
            "Thủ tướng Phạm Văn Quý tái khẳng định chính sách đối ngoại của Việt Nam.",
            "tái khẳng định",
        ),
        (
            "Bà Lê Thị Mai ca ngợi tinh thần của các tình nguyện viên.",
            "ca ngợi",
        ),
    ];
    for (text, cue) in cases {
        let got = said(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, cue, "{text}: {got:?}");
        assert_eq!(got[0].2, StatementKind::Reported, "{text}: {got:?}");
    }
}

/// A reporting word made a noun or a passive by the word before it ("ký cam kết", "những
/// cáo buộc", "được ca ngợi", "bị chỉ trích") reports nothing; a capitalised word before
/// it is a name's ("anh Được", "Nhật Bản").
#[test]
fn a_reporting_word_after_a_noun_marker_or_a_passive_is_no_statement() {
    for text in [
        "Ông Nguyễn Văn Hòa đã ký cam kết không tái phạm.",
        "Ông Phạm Văn Lực bị cáo buộc nhận hối lộ trong nhiều năm.",
        "Anh Trần Văn Khoa được ca ngợi vì đã cứu hai em nhỏ.",
        "Công ty Hòa Bình có những cam kết với khách hàng.",
    ] {
        assert!(said(text).is_empty(), "{text}: {:?}", said(text));
    }
    let got = said("Anh Nguyễn Danh Được chia sẻ: “Nhà tôi nuôi bò đã chín năm.”");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Nguyễn Danh Được");
    let got = said("Bộ Ngoại giao Nhật Bản cho biết sẽ hỗ trợ thêm vắc xin.");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// A hyphen inside a word is the word's, not the dash that sets off a post: a body
/// abbreviated with one ("Bộ KH-ĐT", "Sở LĐ-TB&XH Quảng Nam") and a name whose syllables
/// it joins ("Kim Min-jun") speak whole.
#[test]
fn a_hyphen_inside_a_word_does_not_cut_the_speaker() {
    let got = said("Bộ KH-ĐT cho biết, năm nay có thêm nhiều doanh nghiệp mới.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Bộ KH-ĐT");
    let got = said("Theo Sở LĐ-TB&XH Quảng Nam, số lao động có việc làm đã tăng.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Sở LĐ-TB&XH Quảng Nam");
    let got = said(
        "Kim Min-jun, một kỹ sư của nhà máy đóng tàu, cho biết con tàu sẽ được sửa trong tháng tới.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Kim Min-jun");
    let got = said("“Chúng tôi sẽ hợp tác chặt chẽ”, ông Al-Rashid nói.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Al-Rashid");
    // the dash of a post still sets it off
    let got = said(
        "Ông Park Ji-hoon - Đại sứ Hàn Quốc tại Việt Nam chia sẻ: “Hai nước đang hợp tác tốt.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Park Ji-hoon");
}

/// An outlet's reporter or notes speak for the outlet ("Theo phóng viên TTXVN tại Nam Mỹ",
/// "Theo ghi nhận của PV Dân trí"); a capitalised "Theo" opens its sentence after a caption
/// with no full stop; "theo yêu cầu của X" reports nothing; a body that "có công văn" and a
/// reporting word speaks.
#[test]
fn an_outlets_reporter_a_caption_before_theo_and_a_body_writing() {
    let got = said("Ảnh: Reuters Theo phóng viên TTXVN tại Nam Mỹ, phiên họp đã bị hoãn lại.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("TTXVN", "theo"));
    let got = said("Theo ghi nhận của PV Dân trí, đường phố đã vắng người từ sáng sớm.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Dân trí");
    assert!(said("Theo ghi nhận của phóng viên, đường phố đã vắng người.").is_empty());
    assert!(said("Theo yêu cầu của Quốc hội, ngân sách sẽ được phân bổ lại.").is_empty());
    let got =
        said("Ngày 3/5, Sở Nội vụ tỉnh Hà Giang có công văn đề nghị các phòng rà soát hồ sơ.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Sở Nội vụ tỉnh Hà Giang", "đề nghị")
    );
}

/// An outlet named after "theo" is no person a later pronoun refers back to ("Theo
/// Reuters, … Người này nói": no statement of Reuters).
#[test]
fn an_outlet_after_theo_is_not_referred_back_to() {
    let got = said(
        "Theo Reuters, đám cháy bắt đầu từ tầng năm. Một người đàn ông đứng gần đó. Người này \
         nói: “Tôi thấy khói bốc lên rất cao.”",
    );
    assert!(got.iter().all(|s| s.1 != "nói"), "{got:?}");
}

/// A foreign surname respelled later with a letter doubled or undoubled ("ông Borell"
/// after "Josep Borrell") is the person named before: the official whose name it ends,
/// or the last speaker.
#[test]
fn a_surname_respelled_with_a_letter_doubled_is_the_person_named_before() {
    let text = "Ngoại trưởng Pháp Jean Marrot đến Hà Nội. “Hai nước sẽ hợp tác chặt chẽ”, \
                ông Marot nói.";
    let got = said(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Jean Marrot");
    let text = "Nhà ngoại giao Josep Borrell cho rằng tình hình đáng lo ngại. “Một đốm lửa nhỏ \
                có thể bùng lên”, ông Borell nói.";
    let got = said(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Josep Borrell");
}

/// A title or a word before the last word of the last speaker's name ("chuyên gia Holm",
/// "nhưng Ngọc") is that speaker, as it is an official's ("Bộ trưởng Dung").
#[test]
fn a_title_and_the_last_word_of_the_last_speakers_name() {
    let text = "Nhà nghiên cứu Kristian Holm cho biết virus đã biến đổi. “Chúng tôi cần thêm dữ \
                liệu”, chuyên gia Holm nói.";
    let got = said(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Kristian Holm");
}

/// "Đại diện này" (this representative, three words) refers back to the last speaker as
/// "vị này" does.
#[test]
fn this_representative_refers_back_to_the_last_speaker() {
    let text = "Sở Y tế tỉnh Hà Giang cho biết số ca mắc đã giảm. Đại diện này cũng lưu ý người \
                dân cần tiêm phòng đủ liều.";
    let got = said(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, got[0].0, "{got:?}");
    assert_eq!(got[1].1, "lưu ý");
}

/// A title read with the bracket after it (the organisation's abbreviation or parent), with
/// a rank or a dash before the post: the official speaks, not the organisation that ends
/// before the bracket.
#[test]
fn a_title_with_its_bracket_before_the_verb() {
    for (text, who) in [
        (
            "Chiều 4/7, Đại tá Nguyễn Văn Hùng, Trưởng phòng Cảnh sát kinh tế Công an tỉnh Cà Mau (PC46) thông tin, cơ quan này vừa khởi tố 3 bị can.",
            "Nguyễn Văn Hùng",
        ),
        (
            "Đại diện nhà thầu - Đại tá Lê Văn Tâm - Tổng giám đốc Tổng công ty xây dựng Trường Sơn (Bộ Quốc phòng) cũng cho biết, công trình sẽ xong trong năm nay.",
            "Lê Văn Tâm",
        ),
    ] {
        let got = said(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, who, "{text}");
    }
}
