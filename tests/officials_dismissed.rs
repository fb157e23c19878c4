//! Officials: the post someone is dismissed from, said in the passive after the name ("HLV
//! X bị sa thải"), is not counted as his, as after the active verb ("sa thải HLV X", tested
//! in tests/officials.rs) (issue 12, the precision audit of session 21). Sentences written
//! for these tests.

mod common;
use common::{named, one};

/// "bị" and a verb of dismissal after the name, a few lowercase words between or none: the
/// post said before the name is the one lost. Before, each sentence gave its official.
#[test]
fn post_dismissed_from_in_the_passive_is_not_counted() {
    for text in [
        "HLV trưởng Lê Văn An chính thức bị sa thải sau 17 tháng dẫn dắt đội bóng.",
        "Giám đốc Sở Y tế Lê Văn An bị cách chức vì sai phạm.",
        "Một năm sau khi Tổng thống Maria Souza bị phế truất, đảng này thất cử.",
    ] {
        assert!(named(text).is_empty(), "{text}");
    }
}

/// A former post stays ("nguyên", "cựu": the guide keeps it), another person's dismissal
/// later in the clause takes nothing, and a comma ends the name's clause.
#[test]
fn only_the_subjects_own_post_is_lost() {
    assert_eq!(
        named("Cựu Giám đốc FBI Mark Stone bị sa thải từ năm 2017."),
        one("Mark Stone", &["Cựu Giám đốc FBI"])
    );
    assert_eq!(
        named("HLV Lê Văn An cho biết cầu thủ Nguyễn Văn Bình bị sa thải."),
        one("Lê Văn An", &["HLV"])
    );
    assert_eq!(
        named("Giám đốc Sở Y tế Lê Văn An, người ký quyết định, nói ông Bình bị cách chức."),
        one("Lê Văn An", &["Giám đốc Sở Y tế"])
    );
}
