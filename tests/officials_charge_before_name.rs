//! Officials: what a post is in charge of ("phụ trách" and its object), said after the
//! post's organisation and before its holder's name (issue 12, session 25), with
//! sentences written for these tests.

mod common;
use common::{named, one};

/// "Phó Chủ tịch UBND tỉnh phụ trách khối văn xã Nguyễn Văn A": the verb of charge and
/// its object are the title's words when the holder's name follows them, after the
/// organisation as right after the role; after a bracket that gives the body's short name
/// too.
#[test]
fn a_charge_after_the_organisation_stays_in_the_title_before_the_name() {
    assert_eq!(
        named("Phó Chủ tịch UBND tỉnh phụ trách khối văn xã Nguyễn Văn An phát biểu tại hội nghị."),
        one(
            "Nguyễn Văn An",
            &["Phó Chủ tịch UBND tỉnh phụ trách khối văn xã"]
        )
    );
    assert_eq!(
        named(
            "Quan chức Tổ chức Lương thực và Nông nghiệp (FAO) phụ trách châu Á John Miller nói."
        ),
        one(
            "John Miller",
            &["Quan chức Tổ chức Lương thực và Nông nghiệp (FAO) phụ trách châu Á"]
        )
    );
    // no name after the object: no holder, and the charge no title word of anyone's
    assert!(
        named("Phó Chủ tịch UBND tỉnh phụ trách công tác tiêm chủng cho biết như vậy.").is_empty()
    );
    // a comma after the object: the name after it is no holder of this title
    assert!(
        named("Sở Y tế phụ trách việc tiêm chủng, Nguyễn Văn An cho biết.")
            .iter()
            .all(|(_, t)| t.iter().all(|x| !x.contains("phụ trách")))
    );
    // a name after the charge alone, with no object, is the object itself
    assert!(
        named("Giám đốc Sở Y tế phụ trách Nguyễn Văn An về việc này.")
            .iter()
            .all(|(_, t)| t.iter().all(|x| !x.contains("phụ trách")))
    );
}

/// "Tổng thống bị luận tội X" (the impeached president): a passive participle of one or
/// two words said right after the role, the holder's name at once after it, is the
/// title's as written; a verb that takes the post away ("bị phế truất") is no such
/// participle (a post someone is removed from is not his), nor is "bị" with no name after.
#[test]
fn a_passive_participle_between_the_role_and_the_name() {
    assert_eq!(
        named("Tổng thống bị luận tội Lee Min Ho đã rời khỏi dinh thự."),
        one("Lee Min Ho", &["Tổng thống bị luận tội"])
    );
    assert!(named("Tổng thống bị phế truất John Miller đã rời khỏi dinh thự.").is_empty());
    assert!(named("Giám đốc bị phạt nặng vì vi phạm quy định.").is_empty());
}

/// "Đặc vụ" (a special agent of a law-enforcement agency) is a staff post with its office
/// named after it, "phụ trách" or not; with no office, or said of a state's agents, none.
#[test]
fn a_special_agent_of_a_named_office_holds_a_post() {
    assert_eq!(
        named(
            "Ông John Miller, Đặc vụ phụ trách Văn phòng Cục Điều tra Liên bang tại Boston, cho biết."
        ),
        one(
            "John Miller",
            &["Đặc vụ phụ trách Văn phòng Cục Điều tra Liên bang tại Boston"]
        )
    );
    assert!(named("Đặc vụ John Miller cho biết như vậy.").is_empty());
    assert!(named("Các đặc vụ Nga đã rời khỏi thành phố.").is_empty());
    assert!(named("Anh Nguyễn Văn An, một đặc vụ trong phim, cho biết.").is_empty());
}
