//! Attributed statements (issue 18, session 15): constructions of Vietnamese reporting that
//! the first rules missed, each on sentences written for it.

mod common;

use common::said;
use vinews::StatementKind;

#[test]
fn a_quoted_name_inside_the_speakers_clause_is_not_what_is_said() {
    // a title in quotation marks before the speaker, not set off from its clause
    let got = said(
        "Tại lễ phát động cuộc thi “Tiết kiệm xanh” diễn ra ở Huế, ông Trần Văn Hùng, \
         Giám đốc Sở Tài chính, cho rằng người trẻ cần học cách quản lý tiền.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Trần Văn Hùng");
    assert_eq!(got[0].2, StatementKind::Reported);
    assert!(got[0].3.starts_with("người trẻ cần học"), "{got:?}");
    // a quotation set off by its comma stays what is said
    let got = said("“Chúng tôi sẽ làm ngay”, ông Trần Văn Hùng nói.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, "Chúng tôi sẽ làm ngay");
    assert_eq!(got[0].2, StatementKind::Direct);
}

#[test]
fn aforementioned_and_regardless_report_nothing() {
    let got = said("Ông Trần Văn Hùng nhấn mạnh đề án của Bộ Tài chính nói trên là cần thiết.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "nhấn mạnh");
    let got = said(
        "Theo bà Lê Thị Mai, áo dài phải được may cho từng người, bất kể, béo gầy hay cao thấp, \
         bà Mai kể thêm về nghề may.",
    );
    assert!(
        got.iter()
            .all(|s| s.1 != "kể" || s.3.starts_with("về nghề")),
        "{got:?}"
    );
}

#[test]
fn a_sentence_printed_again_is_one_statement() {
    // a lead repeated word for word in the text, with its date before it
    let text = "Ông Trần Văn Hùng khẳng định việc xây cầu mới là cần thiết.\n\n\
                Ngày 7/2, phát biểu tại hội nghị, ông Trần Văn Hùng khẳng định việc xây \
                cầu mới là cần thiết. Ông Hùng khẳng định việc xây trường cũng cần.";
    let got = said(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].3.starts_with("việc xây trường"), "{got:?}");
}

#[test]
fn appreciating_highly_reports_what_is_appreciated() {
    let got = said(
        "Phát biểu tại hội nghị, Phó Chủ tịch tỉnh Trần Văn Hùng đánh giá cao nỗ lực \
         của ngành y tế trong mùa dịch.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("Trần Văn Hùng", "đánh giá")
    );
    assert!(got[0].3.starts_with("nỗ lực của ngành"), "{got:?}");
    // passive: no statement of the subject, nor one read after "cao"
    assert!(said("Dự án của tỉnh Hà Giang được đánh giá cao.").is_empty());
    let got = said("Ứng dụng này được Bộ Y tế đánh giá cao trong việc phòng dịch.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn what_is_said_to_someone_follows_rang_or_the_colon() {
    let got = said(
        "Ông Trần Văn Hùng nói với phóng viên báo Lao Động rằng xã sẽ sửa đường trong tháng 5.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].3.starts_with("xã sẽ sửa đường"), "{got:?}");
    let got = said("Bà Lê Thị Mai chia sẻ với báo chí: “Tôi rất vui.”");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].2, got[0].3.as_str()),
        (StatementKind::Direct, "Tôi rất vui.")
    );
}

#[test]
fn a_verb_joined_after_a_quotation_shares_the_speaker() {
    let got = said(
        "Bộ trưởng Trần Văn Hùng nói với phóng viên rằng tỉnh \"luôn ủng hộ người dân\", \
         đồng thời kêu gọi các xã giữ rừng.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].0.as_str(), got[1].1.as_str()),
        ("Trần Văn Hùng", "kêu gọi")
    );
    assert!(got[1].3.starts_with("các xã giữ rừng"), "{got:?}");
}

#[test]
fn a_quotation_over_two_paragraphs_is_reported_by_the_cue_after_it() {
    let text = "Ông Trần Văn Hùng nói về con đường mới.\n\n\
                “Xã đã làm xong nền đường.\n\n\
                Tháng sau chúng tôi sẽ trải nhựa”, ông Hùng cho biết.";
    let got = said(text);
    let last = got.last().expect("a statement");
    assert_eq!(
        (last.0.as_str(), last.1.as_str(), last.2),
        ("Trần Văn Hùng", "cho biết", StatementKind::Direct)
    );
    assert!(last.3.starts_with("Xã đã làm xong"), "{got:?}");
}
