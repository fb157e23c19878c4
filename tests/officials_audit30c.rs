//! Officials: causes of wrong and missed titles found by the precision-and-recall audit
//! audit30c of session 30 on untabled articles: a title a quotation ends is not the
//! speaker's, initials that end a title's organisation before a foreign name, a chief
//! strategist's title and a former post in a bracket after a title. Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// A title said inside a quotation is no apposition of the speaker named after the closing
/// mark and a comma.
#[test]
fn a_title_a_quotation_ends_is_not_the_speakers() {
    let got = named(
        "\"Họ đã sa thải tôi và ký hợp đồng với HLV người Hàn Quốc\", HLV Trần Văn Bình nói.",
    );
    assert_eq!(got, one("Trần Văn Bình", &["HLV"]));
    let got = named("“Đội bóng đang cần một Chủ tịch mới”, ông Nguyễn Văn An cho biết.");
    assert!(got.is_empty(), "{got:?}");
    // (no quotation: the name after the comma is the title's)
    assert_eq!(
        named("Giám đốc Sở Y tế tỉnh Nam Định, ông Lê Hoàng Long cho biết."),
        one("Lê Hoàng Long", &["Giám đốc Sở Y tế tỉnh Nam Định"])
    );
}

/// Initials that close a title's organisation after its own words end it: a foreign full
/// name after them is the holder's, the clause going on in lowercase.
#[test]
fn initials_end_the_organisation_before_a_foreign_name() {
    assert_eq!(
        named("Hôm qua, Ủy viên Ủy ban điều hành FIFA Karl Svensson đã lên tiếng phản đối."),
        one("Karl Svensson", &["Ủy viên Ủy ban điều hành FIFA"])
    );
    assert_eq!(
        named(
            "Mới đây, Chủ tịch liên đoàn bóng đá Na Uy đồng thời là thành viên Ủy ban điều \
             hành UEFA Lars Haugen đã lên tiếng."
        ),
        one(
            "Lars Haugen",
            &[
                "Chủ tịch liên đoàn bóng đá Na Uy",
                "thành viên Ủy ban điều hành UEFA"
            ]
        )
    );
    assert_eq!(
        named("Giám đốc điều hành Quỹ UNICEF Henrietta Moore cho biết như vậy."),
        one("Henrietta Moore", &["Giám đốc điều hành Quỹ UNICEF"])
    );
    // (two capitals are a company's or a school's form, a trade name after them)
    let got = named("Ông là Chủ tịch HĐQT Công ty CP Enclave Bay.");
    assert!(got.iter().all(|(n, _)| n != "Enclave Bay"), "{got:?}");
    // (a resort's name, the clause not going on after it in lowercase)
    let got = named("Phó Tổng Quản lý khu nghỉ dưỡng TUI Blue Nam Hội An (Quảng Nam).");
    assert!(got.iter().all(|(n, _)| !n.contains("Blue")), "{got:?}");
}

/// "Chiến lược gia trưởng" (a chief strategist) is a post at the firm named after it;
/// "chiến lược gia" alone, the sports press's word for a coach, is none.
#[test]
fn a_chief_strategist_is_a_title() {
    assert_eq!(
        named("Với Anna Becker – Chiến lược gia trưởng tại Hanson Capital – thị trường sẽ tăng."),
        one("Anna Becker", &["Chiến lược gia trưởng tại Hanson Capital"])
    );
    let got = named("Chiến lược gia Carlos Mendes cho biết đội bóng sẽ thay đổi.");
    assert!(got.is_empty(), "{got:?}");
}

/// A bracket after a title apposed to a name that opens with "nguyên" or "cựu" and a title
/// holds the same person's former post, kept with its modifier; a bracket of a place stays
/// the title's.
#[test]
fn a_former_post_in_a_bracket_after_a_title() {
    assert_eq!(
        named(
            "Dự có ông Trần Văn Hải, Bí thư Tỉnh ủy Thái Bình (nguyên Chủ tịch UBND tỉnh Nam \
             Định); ông Lê Văn Tâm, Bộ trưởng Bộ Y tế."
        )
        .into_iter()
        .filter(|(n, _)| n == "Trần Văn Hải")
        .collect::<Vec<_>>(),
        one(
            "Trần Văn Hải",
            &[
                "Bí thư Tỉnh ủy Thái Bình",
                "nguyên Chủ tịch UBND tỉnh Nam Định"
            ]
        )
    );
    assert_eq!(
        named("Ông Trần Văn Hải, Giám đốc Sở Y tế (Hà Nội) cho biết."),
        one("Trần Văn Hải", &["Giám đốc Sở Y tế (Hà Nội)"])
    );
}
