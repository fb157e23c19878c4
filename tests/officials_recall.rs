//! Officials: classes of misses on unseen articles (issue 12), each a rule of the grammar
//! of names and titles, with sentences written for these tests.

mod common;
use common::named;
use vinews::Article;

fn one(name: &str, titles: &[&str]) -> Vec<(String, Vec<String>)> {
    vec![(
        name.to_string(),
        titles.iter().map(|t| (*t).to_string()).collect(),
    )]
}

/// A spokesperson is a post ("phát ngôn viên", as "người phát ngôn"), and a seat of
/// government that stands for it ("Nhà Trắng", "Điện Kremlin", "Lầu Năm Góc") stands
/// between a title and a foreign name as a country does: the name is not read from it.
#[test]
fn spokespeople_and_seats_of_government() {
    assert_eq!(
        named("Ông Mark Ellis, phát ngôn viên Bộ Ngoại giao Canada, cho rằng như vậy."),
        one("Mark Ellis", &["phát ngôn viên Bộ Ngoại giao Canada"])
    );
    assert_eq!(
        named("Phó phát ngôn viên Bộ Ngoại giao Lê Văn Hải cho biết."),
        one("Lê Văn Hải", &["Phó phát ngôn viên Bộ Ngoại giao"])
    );
    assert_eq!(
        named("Người phát ngôn Điện Kremlin Ivan Sokolov nói."),
        one("Ivan Sokolov", &["Người phát ngôn Điện Kremlin"])
    );
    assert_eq!(
        named("Thư ký báo chí Nhà Trắng Laura Bennett cho biết."),
        one("Laura Bennett", &["Thư ký báo chí Nhà Trắng"])
    );
    assert_eq!(
        named("Phát ngôn viên Lầu Năm Góc Tom Walker thông báo."),
        one("Tom Walker", &["Phát ngôn viên Lầu Năm Góc"])
    );
}

/// A transliteration spelled like Vietnamese syllables ("Son Ho Min", "Sin Hye Min" are;
/// "Lee", "Byung", "Kang" are not, by the syllable model) that no Vietnamese surname opens is a
/// name where a word of address before it and a title after a comma or a dash both tie it;
/// either alone does not.
#[test]
fn transliterations_spelled_like_syllables() {
    assert_eq!(
        named("Ông Lee Byung Soo - Giám đốc Kỹ thuật của Samsung cho biết."),
        one("Lee Byung Soo", &["Giám đốc Kỹ thuật của Samsung"])
    );
    assert_eq!(
        named("Tham dự có bà Kang Min Hee, Phó Chủ tịch Tập đoàn Lotte; đại diện các bên."),
        one("Kang Min Hee", &["Phó Chủ tịch Tập đoàn Lotte"])
    );
    // a word of address alone, or a title alone, ties nothing
    assert_eq!(
        named("Ông Son Ho Min - Giám đốc Kỹ thuật của Samsung cho biết."),
        one("Son Ho Min", &["Giám đốc Kỹ thuật của Samsung"])
    );
    assert!(named("Ông Son Ho Min cho biết công trình đã xong.").is_empty());
    assert!(named("Theo Son Ho Min, Giám đốc mới sẽ đến.").is_empty());
    // a link word is no tie for such a name ("… đang là …" may say another's post)
    assert!(named("Con trai của ông Son Ho Min đang là giám đốc tập đoàn.").is_empty());
}

/// After a person's name, the capitalised words closing a title are its organisation's own
/// name when a second title of that person, naming no one, follows the comma ("Phó Chủ
/// tịch HĐQT Cen Land, Chủ tịch HĐQT …"); a titled name after the comma still goes to the
/// next person.
#[test]
fn organisation_name_before_a_second_title() {
    assert_eq!(
        named(
            "Ông Trần Văn Hải - Phó Chủ tịch HĐQT Tân Phong Land, Tổng Giám đốc Công ty Tân Phong \
             Invest cho biết."
        ),
        one(
            "Trần Văn Hải",
            &[
                "Phó Chủ tịch HĐQT Tân Phong Land",
                "Tổng Giám đốc Công ty Tân Phong Invest"
            ]
        )
    );
    let got = named(
        "Dự họp có ông Lê Minh Tâm, Giám đốc Sở Y tế Lê Văn Bình, Phó Giám đốc Sở Nội vụ \
         Trần Văn Cường.",
    );
    assert!(got.iter().all(|(name, _)| name != "Y tế Lê Văn Bình"));
    assert!(
        got.iter()
            .any(|(name, t)| name == "Trần Văn Cường" && t == &["Phó Giám đốc Sở Nội vụ"])
    );
}

/// A name a dash sets after its title ("Chủ tịch UBND tỉnh Hưng Yên - Đỗ Quốc Văn, đã
/// ký"), closed by a comma before the clause, a second dash, or the sentence's end; after a
/// dash foreign words need a word of address, for they are often the organisation's own
/// short name ("Liên đoàn … Nhật Bản – Keidanren").
#[test]
fn name_set_after_its_title_by_a_dash() {
    assert_eq!(
        named("Chủ tịch UBND tỉnh Thái Bình - Nguyễn Văn Khiêm, đã ký công điện khẩn."),
        one("Nguyễn Văn Khiêm", &["Chủ tịch UBND tỉnh Thái Bình"])
    );
    assert_eq!(
        named("Giám đốc Sở Y tế tỉnh Nam Định - Trần Thị Lan - cho biết có thêm ca mắc."),
        one("Trần Thị Lan", &["Giám đốc Sở Y tế tỉnh Nam Định"])
    );
    assert_eq!(
        named("Phó Chủ tịch UBND tỉnh Quảng Bình - ông Hồ Quang Minh đã dẫn đầu đoàn."),
        one("Hồ Quang Minh", &["Phó Chủ tịch UBND tỉnh Quảng Bình"])
    );
    assert!(
        named("Thủ tướng gặp Chủ tịch Hiệp hội Thép Nhật Bản – Tekkoren Shinji Wada tại Tokyo.")
            .iter()
            .all(|(name, _)| !name.starts_with("Tekkoren"))
    );
    // a list of names after the dash is no apposed name
    assert!(
        named("Ban lãnh đạo Sở Y tế - Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường.").is_empty()
    );
}

/// A role after the possessive "của" names the post a title serves, and the title is the
/// whole phrase as written, "của" and that post with its organisation ("người phát ngôn của
/// Tổng thống Hàn Quốc", "cố vấn của Bộ trưởng Bộ Y tế": the guide of the drawn tables,
/// "titles as written, the whole phrase with its organization and place", which the fifth
/// draw follows for "trợ lý đặc biệt của Phó Giám đốc CIA"); with a name after the post, the
/// name is that post-holder's and the title ends before "của", as before any other role: a
/// title never ends on "của".
#[test]
fn titles_serving_an_office() {
    assert_eq!(
        named("Ông Kim Min Jae, người phát ngôn của Tổng thống Hàn Quốc, cho biết."),
        one("Kim Min Jae", &["người phát ngôn của Tổng thống Hàn Quốc"])
    );
    assert_eq!(
        named("Ông Kim Min Jae, phát ngôn viên của Tổng thống trong cuộc họp báo cho biết."),
        one("Kim Min Jae", &["phát ngôn viên của Tổng thống"])
    );
    // the name after the office is its holder's
    assert_eq!(
        named("Người phát ngôn của Tổng thống Joe Biden cho biết."),
        one("Joe Biden", &["Tổng thống"])
    );
    assert_eq!(
        named("Ông Trần Văn An, cố vấn của Bộ trưởng Bộ Y tế, cho biết."),
        one("Trần Văn An", &["cố vấn của Bộ trưởng Bộ Y tế"])
    );
    // a post opened by its modifier, its organisation an abbreviation
    assert_eq!(
        named("Ông Lê Văn Tâm, trợ lý đặc biệt của Phó Giám đốc Sở Y tế trong năm 2010, kể lại."),
        one("Lê Văn Tâm", &["trợ lý đặc biệt của Phó Giám đốc Sở Y tế"])
    );
    assert_eq!(
        named("Bà Lê Thị Hoa, thư ký của Chủ tịch UBND tỉnh Nghệ An, cho biết."),
        one("Lê Thị Hoa", &["thư ký của Chủ tịch UBND tỉnh Nghệ An"])
    );
    // the post's holder named after it: the title ends before "của"
    assert_eq!(
        named("Ông Nguyễn Văn Nam, trợ lý của Chủ tịch UBND tỉnh Nghệ An Trần Văn Bình, cho biết."),
        vec![
            ("Nguyễn Văn Nam".to_string(), vec!["trợ lý".to_string()]),
            (
                "Trần Văn Bình".to_string(),
                vec!["Chủ tịch UBND tỉnh Nghệ An".to_string()]
            ),
        ]
    );
    // "của" before an organisation goes on as before
    assert_eq!(
        named("Ông Trần Văn An, Giám đốc điều hành của Ajax, cho biết."),
        one("Trần Văn An", &["Giám đốc điều hành của Ajax"])
    );
    let all = named("Ông từng là Thư ký của Thủ tướng Lý Quang Minh, Bộ trưởng Bộ Giáo dục.");
    assert!(
        all.iter()
            .all(|(_, t)| t.iter().all(|t| !t.ends_with(" của"))),
        "{all:?}"
    );
}

/// Associations named after whom they unite: "các" right after an organisation's head is
/// inside its name ("Hiệp hội các nhà bán lẻ Việt Nam", "Liên hiệp các Hội Khoa học và Kỹ
/// thuật Việt Nam", a member of the Front); before a unit, an abbreviation or a role it
/// makes the title plural as before. "Liên Hiệp Quốc" stays one body.
#[test]
fn associations_named_after_their_members() {
    assert_eq!(
        named("Ông Trần Văn Hòa, Chủ tịch Hiệp hội các nhà sản xuất thép Việt Nam, cho biết."),
        one(
            "Trần Văn Hòa",
            &["Chủ tịch Hiệp hội các nhà sản xuất thép Việt Nam"]
        )
    );
    let a = Article::parse(
        "Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam Phạm Ngọc Lan phát biểu.",
    );
    let o = &a.officials[0];
    assert_eq!(o.name, "Phạm Ngọc Lan");
    assert_eq!(
        o.titles,
        ["Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"]
    );
    let org = o.titles[0].organization.as_ref().unwrap();
    assert_eq!(org.kind, vinews::extract::official::OrgKind::Front);
    assert_eq!(
        named("Tổng Thư ký Liên Hiệp Quốc Ana Lopez dự lễ."),
        one("Ana Lopez", &["Tổng Thư ký Liên Hiệp Quốc"])
    );
    // "các" before units or roles: several people's title, no one's
    assert!(
        named("Chủ tịch UBND các xã Nguyễn Văn An đã họp.")
            .iter()
            .all(|(_, t)| t.iter().all(|t| !t.contains("các")))
    );
}

/// Foreign words read as the name right after a title are its organisation ("Chủ tịch Real
/// Madrid, Florentino Perez là …") when the title opens a clause and a name set after a
/// comma follows, the clause going on; not inside a phrase the comma closes ("dưới thời HLV
/// Pellegrini, Man City …", "lời mời của CEO Steve Jobs, Tim Cook …").
#[test]
fn club_before_the_apposed_name() {
    assert_eq!(
        named("Sau đó, Chủ tịch Sporting Lisboa, Frederico Varandas là người phản đối mạnh nhất."),
        one("Frederico Varandas", &["Chủ tịch Sporting Lisboa"])
    );
    assert_eq!(
        named("Phó Chủ tịch Aston Villa, Christian Purslow cho biết đội sẽ bán cầu thủ."),
        one("Christian Purslow", &["Phó Chủ tịch Aston Villa"])
    );
    assert_eq!(
        named("Dưới thời HLV Pellegrini, Aston Villa từng thắng lớn."),
        one("Pellegrini", &["HLV"])
    );
    assert_eq!(
        named("Ông gia nhập sau lời mời của CEO Steve Jobs, Tim Cook nhanh chóng thăng tiến."),
        one("Steve Jobs", &["CEO"])
    );
    // a Vietnamese name right after the title stays the holder's
    let got = named("Chủ tịch UBND xã Nguyễn Văn An, Trần Văn Bình cùng dự họp.");
    assert!(got.iter().all(|(n, _)| n != "Trần Văn Bình"), "{got:?}");
}

/// A foreign organisation's closing word ("Utd", short for "United", as "FC", "Group") ends
/// the organisation inside a run of capitalised words: the name after it is the title's,
/// and the club is never an official.
#[test]
fn foreign_organisation_word_ends_the_organisation() {
    assert_eq!(
        named("Phó chủ tịch điều hành của Leeds Utd Paul Bell xác nhận sẽ rời vị trí."),
        one("Paul Bell", &["Phó chủ tịch điều hành của Leeds Utd"])
    );
    assert_eq!(
        named("Phó chủ tịch Leeds Utd Paul Bell xác nhận."),
        one("Paul Bell", &["Phó chủ tịch Leeds Utd"])
    );
    assert!(named("Phó chủ tịch Leeds Utd cho biết đội sẽ mua thêm cầu thủ.").is_empty());
}

/// "Trưởng BQL" is "Trưởng Ban Quản lý" as "Trưởng BTC" is "Trưởng Ban Tổ chức".
#[test]
fn head_of_a_management_board() {
    assert_eq!(
        named("Ông Đào Văn Thịnh, Trưởng BQL dự án cầu Bến Thủy cho biết."),
        one("Đào Văn Thịnh", &["Trưởng BQL dự án cầu Bến Thủy"])
    );
    assert_eq!(
        named("Phó trưởng BQL Khu kinh tế tỉnh Đào Văn Thịnh cho biết."),
        one("Đào Văn Thịnh", &["Phó trưởng BQL Khu kinh tế tỉnh"])
    );
}

/// A less common surname after a unit word ("UBND TP Chử Xuân Dũng", "UBND tỉnh Đào Văn
/// Thịnh") opens the person's name, not an unknown place: the place reader's surnames
/// (src/lexicon/place_surnames.txt) take the ones that open no unit of the gazetteer, or few.
#[test]
fn less_common_surnames_after_a_unit_word() {
    let a = Article::parse("Phó Chủ tịch UBND TP Chử Xuân Dũng yêu cầu các đơn vị chủ động.");
    assert!(a.places.is_empty(), "{:?}", a.places);
    assert_eq!(a.officials[0].name, "Chử Xuân Dũng");
    assert_eq!(a.officials[0].titles, ["Phó Chủ tịch UBND TP"]);
    assert_eq!(
        named("Phó Chủ tịch UBND tỉnh Đào Văn Thịnh cho biết."),
        one("Đào Văn Thịnh", &["Phó Chủ tịch UBND tỉnh"])
    );
    // a unit the gazetteer knows is read first ("TX Từ Sơn")
    let a = Article::parse("Chủ tịch UBND TX Từ Sơn Lê Quang Vinh cho biết.");
    assert_eq!(a.places[0].text, "TX Từ Sơn");
}

/// A short form of a person's title said later ("Chủ tịch TP" beside "Chủ tịch UBND TP Đà
/// Nẵng") stays as said (each distinct phrase once) and takes the jurisdiction of the full
/// title it abbreviates; with two full titles it may abbreviate, it is left as read.
#[test]
fn short_title_takes_the_full_titles_jurisdiction() {
    let a = Article::parse(
        "Ông Hồ Văn Minh, Chủ tịch UBND TP Đà Nẵng, dự lễ. Chủ tịch TP Hồ Văn Minh nói thêm.",
    );
    let o = &a.officials[0];
    assert_eq!(o.titles, ["Chủ tịch UBND TP Đà Nẵng", "Chủ tịch TP"]);
    let code = |t: &vinews::Title| t.jurisdiction.as_ref().map(|j| j.code);
    assert_eq!(code(&o.titles[1]), Some("48"));
    // another role is no short form of it (and the article names two cities alike)
    let a = Article::parse(
        "Ông Hồ Văn Minh, Chủ tịch UBND TP Đà Nẵng, dự lễ ở TP Huế. Phó Bí thư TP Hồ Văn \
         Minh nói thêm.",
    );
    assert_eq!(code(&a.officials[0].titles[1]), None);
    // two full titles it may abbreviate: which one is not told
    let a = Article::parse(
        "Ông Lê Văn Hải, Giám đốc Sở Y tế tỉnh Nghệ An, Giám đốc Sở Y tế tỉnh Hà Tĩnh, nói. \
         Giám đốc Sở Lê Văn Hải cho biết thêm.",
    );
    let t = a.officials[0]
        .titles
        .iter()
        .find(|t| t.text == "Giám đốc Sở");
    assert!(t.is_none_or(|t| t.jurisdiction.is_none()), "{t:?}");
}

/// A foreign name with its title in a bracket after it ("Andrea Agnelli (chủ tịch của
/// Juventus)") is a name as with a comma or a dash; a bracket that names another person or
/// gives a place ties nothing. (A bracketed title ending in a foreign name, "(Phó Chủ tịch
/// Bayern Munich)", reads as naming a person and ties nothing either.)
#[test]
fn foreign_name_with_its_title_in_a_bracket() {
    assert_eq!(
        named("Theo Pierre Dubois (giám đốc điều hành của Lyon), đội sẽ mua thêm."),
        one("Pierre Dubois", &["giám đốc điều hành của Lyon"])
    );
    assert_eq!(
        named("Cuộc họp có Hans Weber (Phó Chủ tịch Liên đoàn Bóng đá Đức) và các cổ đông."),
        one("Hans Weber", &["Phó Chủ tịch Liên đoàn Bóng đá Đức"])
    );
    assert!(named("Đội bóng Sporting Lisboa (Bồ Đào Nha) đã thắng.").is_empty());
    assert!(
        named("Sporting Lisboa (HLV Amorim) đã thắng.")
            .iter()
            .all(|(n, _)| n != "Sporting Lisboa")
    );
}

/// A title opening a clause states its holder with "là" ("Phó chủ tịch Leeds Utd là Paul
/// Bell"); inside a clause the title is another's object or a description and states no one.
#[test]
fn a_title_states_its_holder_with_la() {
    assert_eq!(
        named("Trong khi đó, Phó chủ tịch Leeds Utd là Paul Bell phải chịu trách nhiệm."),
        one("Paul Bell", &["Phó chủ tịch Leeds Utd"])
    );
    assert_eq!(
        named("Người đứng đầu đơn vị là ông Nguyễn Văn Bình, cho biết đã xong."),
        one("Nguyễn Văn Bình", &["Người đứng đầu đơn vị"])
    );
    assert!(named("Tờ báo chỉ ra kẻ phản bội HLV người Anh là Harry Kane.").is_empty());
    assert!(named("Ban Kiểm soát có một thành viên mới là bà Lê Thị Lộc.").is_empty());
}

/// The period of an abbreviated unit inside a title's jurisdiction ("TP. Vũng Tàu", with a
/// space after it) ends no sentence: the title runs on to the place's name.
#[test]
fn abbreviated_unit_with_a_period_inside_a_title() {
    assert_eq!(
        named(
            "Ông Trần Văn Nam, Giám đốc Trung tâm Y tế TP. Vũng Tàu, cho biết bệnh nhân đã ổn định."
        ),
        one("Trần Văn Nam", &["Giám đốc Trung tâm Y tế TP. Vũng Tàu"])
    );
    assert_eq!(
        named("Theo ông Lê Văn Hòa, Phó Chủ tịch UBND TP. Cần Thơ, việc này đã xong."),
        one("Lê Văn Hòa", &["Phó Chủ tịch UBND TP. Cần Thơ"])
    );
    // the organisation spans the place too, and its expansion drops the abbreviation's period
    let orgs: Vec<(String, Option<String>)> =
        Article::parse("Phó Chủ tịch UBND TP. Cần Thơ Lê Văn Hòa và UBND TP.Huế đã họp.")
            .organizations
            .into_iter()
            .map(|o| (o.text, o.expanded))
            .collect();
    assert_eq!(
        orgs,
        [
            ("UBND TP. Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"),
            ("UBND TP.Huế", "Ủy ban nhân dân thành phố Huế"),
        ]
        .map(|(t, e)| (t.to_string(), Some(e.to_string())))
    );
    // a period that does end the sentence still does
    assert_eq!(
        named("Ông Trần Văn Nam làm việc tại TP. Ông Lê Văn Hòa, Chủ tịch UBND huyện, cho biết."),
        one("Lê Văn Hòa", &["Chủ tịch UBND huyện"])
    );
}

/// The Dutch particles "ten", "ter" inside a foreign name ("Erik ten Hag"), like "van",
/// "de": the name goes on to the capitalised part after them.
#[test]
fn dutch_particles_inside_foreign_names() {
    assert_eq!(
        named("HLV Erik ten Hag cho biết đội bóng đã sẵn sàng."),
        one("Erik ten Hag", &["HLV"])
    );
    assert_eq!(
        named("Ông Pieter ter Borch, Giám đốc điều hành Ajax, cho biết như vậy."),
        one("Pieter ter Borch", &["Giám đốc điều hành Ajax"])
    );
}

/// A parent organisation after a comma closes at a colon too: the speaker before an
/// answer ("…, Bệnh viện K Trung ương: Đây là …").
#[test]
fn parent_organisation_before_a_colon() {
    assert_eq!(
        named("TS Trần Văn Bình, Trưởng khoa Hồi sức, Bệnh viện Bạch Mai: Đây là câu hỏi khó."),
        one(
            "Trần Văn Bình",
            &["TS", "Trưởng khoa Hồi sức, Bệnh viện Bạch Mai"]
        )
    );
    assert_eq!(
        named("Ông Trần Văn Bình, Trưởng khoa Ngoại, Bệnh viện K Trung ương: Ca mổ thành công."),
        one(
            "Trần Văn Bình",
            &["Trưởng khoa Ngoại, Bệnh viện K Trung ương"]
        )
    );
}

/// Lowercase posts apposed after a foreign name: an assistant ("trợ lý") and a research
/// team's head ("trưởng nhóm nghiên cứu", with the institution it comes from) are roles; a
/// post after the possessive "của" opened by its modifier ("của Phó Giám đốc CIA") is the
/// superior's whom the assistant serves, part of the title as written (the drawn tables'
/// guide; see `titles_serving_an_office`). A crew's "trưởng nhóm" is no post.
#[test]
fn lowercase_posts_apposed_to_foreign_names() {
    assert_eq!(
        named("Ông John Miller, trợ lý đặc biệt của Phó Giám đốc CIA, cho biết như vậy."),
        one("John Miller", &["trợ lý đặc biệt của Phó Giám đốc CIA"])
    );
    assert_eq!(
        named(
            "Bà Priya Sharma, trưởng nhóm nghiên cứu đến từ Đại học Mumbai, cho biết kết quả rất khả quan."
        ),
        one(
            "Priya Sharma",
            &["trưởng nhóm nghiên cứu đến từ Đại học Mumbai"]
        )
    );
    assert_eq!(
        named("Nhóm phóng viên do nhà báo Trần Thị Mai làm trưởng nhóm bị hành hung."),
        vec![]
    );
}

/// A virtual assistant ("trợ lý ảo") is software, not a post.
#[test]
fn a_virtual_assistant_is_no_post() {
    assert!(named("Trợ lý ảo Alexa Home cho biết trời sẽ mưa.").is_empty());
    assert!(named("Người dùng hỏi trợ lý ảo Siri Plus, công cụ của hãng.").is_empty());
}

/// "Cấn" is a Vietnamese surname (of the Cấn lineage of Hà Tây): a name opens with it.
#[test]
fn the_surname_can() {
    assert_eq!(
        named("Chuyên gia y tế, TS Cấn Thị Hoa cho rằng dịch sẽ giảm."),
        one("Cấn Thị Hoa", &["TS"])
    );
}

/// A king is titled "Vua" before his name, as "Quốc vương" and "Hoàng đế" are; a monarch
/// holds no other post, so a comma does not chain his title to the next person's; a title
/// and a name in quotation marks are an epithet; and an ancient kingdom after "vua" is no
/// name.
#[test]
fn kings_and_epithets() {
    assert_eq!(
        named("Thế kỷ thứ X, thời Vua Đinh Bộ Lĩnh, nghề dệt đã phát triển."),
        one("Đinh Bộ Lĩnh", &["Vua"])
    );
    assert_eq!(
        named("Bộ sách được viết năm 1180 bởi Vua Haakon của Na Uy."),
        one("Haakon", &["Vua"])
    );
    assert_eq!(
        named("Sau trận chung kết cúp Nhà Vua Tây Ban Nha, Chủ tịch Joan Vidal nói."),
        one("Joan Vidal", &["Chủ tịch"])
    );
    assert!(named("Anh được mệnh danh là \"Vua Thái Cực Quyền\" của làng võ.").is_empty());
    assert!(named("Con tự học từ nguồn “giáo sư Gu-gờ” để làm bài.").is_empty());
    assert!(named("Nhiều vị vua Macedonia khác nhau đã bảo trợ các ngôi đền.").is_empty());
    // a title in quotation marks that goes on past the name is no epithet
    assert_eq!(
        named("“Chủ tịch UBND tỉnh Trần Văn Nam đã chỉ đạo”, ông nói."),
        one("Trần Văn Nam", &["Chủ tịch UBND tỉnh"])
    );
}

/// An actor's part ("vai") names a character: the title after it is no one's post; "vai
/// trò" (the capacity someone serves in) is not a part.
#[test]
fn an_actors_part_is_no_post() {
    assert!(named("Năm 1992, ông đảm nhiệm vai Vua Càn Long trong một bộ phim.").is_empty());
    assert!(named("Cô từng đóng vai Hoàng đế Võ Tắc Thiên.").is_empty());
    assert_eq!(
        named("Ông trở lại với vai trò Giám đốc Sở Y tế Trần Văn Hòa từ tháng 5."),
        one("Trần Văn Hòa", &["Giám đốc Sở Y tế"])
    );
}

/// A bracket right after a title naming its company in one word that no Vietnamese
/// syllable spells is the title's, as an abbreviation in capitals is; a bracket holding a
/// Vietnamese word is not.
#[test]
fn company_in_a_bracket_after_a_title() {
    assert_eq!(
        named("Bà Lê Thu Hà, Giám đốc Điều hành Marketing (Vinacafe), cho biết."),
        one("Lê Thu Hà", &["Giám đốc Điều hành Marketing (Vinacafe)"])
    );
    assert_eq!(
        named("Ông Trần Minh Đức, Giám đốc Kinh doanh (Samsung) cho biết."),
        one("Trần Minh Đức", &["Giám đốc Kinh doanh (Samsung)"])
    );
    assert_eq!(
        named("Ông Trần Minh Đức, Giám đốc Kinh doanh (Hùng) cho biết."),
        one("Trần Minh Đức", &["Giám đốc Kinh doanh"])
    );
}

/// The first post apposed to a name may be said with the indefinite "một" ("a"), which is
/// left out of the title, whether a rank or a title stands before the name or not.
#[test]
fn a_post_said_with_mot() {
    assert_eq!(
        named("Bà Anna Petrova, một giám đốc bán hàng và mẹ của Ivan, cho biết."),
        one("Anna Petrova", &["giám đốc bán hàng"])
    );
    assert_eq!(
        named("Ông Trần Văn Bình, một cựu chỉ huy tàu ngầm, nhận định."),
        one("Trần Văn Bình", &["cựu chỉ huy tàu ngầm"])
    );
    assert_eq!(
        named("Đại tá Trần Văn Bình, một chỉ huy trung đoàn pháo binh, cho biết."),
        one("Trần Văn Bình", &["Đại tá", "chỉ huy trung đoàn pháo binh"])
    );
    assert_eq!(
        named("Tiến sĩ Lê Thị Mai, một giảng viên Đại học Huế, nhận định."),
        one("Lê Thị Mai", &["Tiến sĩ", "giảng viên Đại học Huế"])
    );
    // "một" before no post is nothing
    assert!(named("Ông Trần Văn Bình, một người dân ở xã Tân Lập, cho biết.").is_empty());
    assert_eq!(
        named("Đại tá Trần Văn Bình, một người dân ở xã Tân Lập, cho biết."),
        one("Trần Văn Bình", &["Đại tá"])
    );
    // nor a second post: "một" opens only the first after the name
    assert_eq!(
        named("Ông Trần Văn Bình, Giám đốc Sở Y tế, một người bạn cũ, cho biết."),
        one("Trần Văn Bình", &["Giám đốc Sở Y tế"])
    );
}

/// "đến từ" (coming from) ties a role to the institution its holder comes from, as "tại"
/// does to the one it is held at; the country after a comma closes the title.
#[test]
fn a_role_from_an_institution() {
    assert_eq!(
        named(
            "\"Cần thêm dữ liệu\", Maria Lopez, trưởng nhóm nghiên cứu đến từ Đại học Lisbon, Bồ Đào Nha, nói."
        ),
        one(
            "Maria Lopez",
            &["trưởng nhóm nghiên cứu đến từ Đại học Lisbon, Bồ Đào Nha"]
        )
    );
    // not before a place that is no institution
    assert_eq!(
        named("Ông Trần Văn Bình, Giám đốc Sở Y tế đến từ Hà Nội, cho biết."),
        one("Trần Văn Bình", &["Giám đốc Sở Y tế"])
    );
}

/// An academic post with its fields, said with "về" and listed with commas and "và", held
/// at a named institution ("tại"), is one title.
#[test]
fn fields_listed_before_the_institution() {
    assert_eq!(
        named(
            "Anna Berg, phó giáo sư về kinh tế, quản trị và chính sách công tại Đại học Uppsala, cho biết."
        ),
        one(
            "Anna Berg",
            &["phó giáo sư về kinh tế, quản trị và chính sách công tại Đại học Uppsala"]
        )
    );
    assert_eq!(
        named("Ông Mark Hale, giáo sư về quan hệ quốc tế và an ninh tại Đại học Leeds, nhận định."),
        one(
            "Mark Hale",
            &["giáo sư về quan hệ quốc tế và an ninh tại Đại học Leeds"]
        )
    );
    // with no institution after "tại", the fields are not the title's
    assert_eq!(
        named("Ông Mark Hale, giáo sư về hưu, sống tại Leeds."),
        one("Mark Hale", &["giáo sư"])
    );
}

/// Clergy and naval ranks stand before a name as military ranks do; a Buddhist monk's
/// religious name opens with "Thích" ("Thượng tọa Thích Thanh Tuấn"); "sỹ" spells "sĩ"; a
/// ship named after an officer ("tàu khu trục Đô đốc Shaposhnikov") names no one.
#[test]
fn clergy_and_naval_ranks_and_ships_named_after_officers() {
    assert_eq!(
        named("Thượng tọa Thích Thanh Tuấn phát biểu tại buổi lễ."),
        one("Thích Thanh Tuấn", &["Thượng tọa"])
    );
    assert_eq!(
        named("Thiền sư Thích Nhất Hạnh viên tịch năm 2022."),
        one("Thích Nhất Hạnh", &["Thiền sư"])
    );
    assert_eq!(
        named("Chuẩn Đô đốc Trần Văn Minh thăm đảo."),
        one("Trần Văn Minh", &["Chuẩn Đô đốc"])
    );
    assert_eq!(
        named("Bác sỹ Lê Thị Hoa cho biết bệnh nhân đã ổn định."),
        one("Lê Thị Hoa", &["Bác sỹ"])
    );
    assert_eq!(
        named("Nga phóng tên lửa từ tàu khu trục Đô đốc Shaposhnikov trong đợt thử."),
        Vec::new()
    );
    assert_eq!(
        named("Nga điều tàu sân bay Đô đốc Kuznetsov tới Syria."),
        Vec::new()
    );
}

/// A rank, like a role said of a person alone, may name the country it is held in before
/// the name ("Chuẩn đô đốc Mỹ Charles Willams", as "Tổng thống Mỹ Donald Trump"); the
/// country is the title's.
#[test]
fn a_rank_with_its_country() {
    assert_eq!(
        named("Chuẩn đô đốc Mỹ Charles Willams phát biểu trước báo giới."),
        one("Charles Willams", &["Chuẩn đô đốc Mỹ"])
    );
    assert_eq!(
        named("Đại tướng Nga Ivan Petrov thị sát cuộc tập trận."),
        one("Ivan Petrov", &["Đại tướng Nga"])
    );
    // a rank before a Vietnamese name stays as it was
    assert_eq!(
        named("Thiếu tướng Nguyễn Văn Hòa dự lễ."),
        one("Nguyễn Văn Hòa", &["Thiếu tướng"])
    );
}

/// A state's permanent representative to an international body ("Đại diện Thường trực Mỹ
/// tại Liên Hợp Quốc"), and a post of one country "tại" such a body, are titles with the
/// body; the name follows.
#[test]
fn posts_at_an_international_body() {
    assert_eq!(
        named(
            "Đáp lại, đại diện thường trực Mỹ tại Liên Hợp Quốc Susan Miller nói rằng như vậy là sai."
        ),
        one(
            "Susan Miller",
            &["đại diện thường trực Mỹ tại Liên Hợp Quốc"]
        )
    );
    assert_eq!(
        named("Đại sứ Pháp tại Liên hợp quốc Pierre Martin phát biểu."),
        one("Pierre Martin", &["Đại sứ Pháp tại Liên hợp quốc"])
    );
    // "đại diện" alone is no post
    assert_eq!(
        named("Đại diện Mỹ tại hội nghị Susan Miller phát biểu."),
        Vec::new()
    );
}

/// A ward named by its number, then its district after a comma, is one jurisdiction:
/// the title holds both ("… phường 11, quận Tân Bình"), as after a ward's name.
#[test]
fn a_numbered_ward_and_its_district() {
    assert_eq!(
        named("Bà Trần Thị Mai, Phó Chủ tịch UBND phường 11, quận Tân Bình cho biết việc đã xong."),
        one(
            "Trần Thị Mai",
            &["Phó Chủ tịch UBND phường 11, quận Tân Bình"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Nam, Chủ tịch UBND phường 2 quận 3 cho biết."),
        one("Lê Văn Nam", &["Chủ tịch UBND phường 2 quận 3"])
    );
}

/// A foreign name said later with its middle part left out ("Harsh Shringla") and its
/// last part alone ("Shringla") are the person named in full first; a title spelt "sỹ"
/// and "sĩ" is one title.
#[test]
fn a_shortened_foreign_name_and_two_spellings_of_a_title() {
    assert_eq!(
        named(
            "Ngoại trưởng Rahul Dev Sharma cho biết hơn 40 nước đã cam kết. Ngoại trưởng Ấn Độ \
             Rahul Sharma không nói thời điểm. Ngoại trưởng Sharma cho biết thêm."
        ),
        one("Rahul Dev Sharma", &["Ngoại trưởng", "Ngoại trưởng Ấn Độ"])
    );
    assert_eq!(
        named("Tiến sĩ Nguyễn Văn An phát biểu. Tiến sỹ Nguyễn Văn An nói thêm."),
        one("Nguyễn Văn An", &["Tiến sĩ"])
    );
    // two people who share first and last names stay two
    assert_eq!(
        named(
            "Ông John Paul Smith, Giám đốc Công ty Alpha, và ông John Henry Smith, Giám đốc Công ty Beta, ký kết. Ông John Smith nói."
        )
        .len(),
        2
    );
}

/// A post held as a role is a predicate as "là" and "giữ chức" are ("đảm nhiệm vai trò
/// giám đốc sáng tạo", "giữ cương vị chủ tịch", "trên cương vị Thủ tướng"); a role that is
/// no post ("giữ vai trò quan trọng") gives nothing.
#[test]
fn a_post_held_as_a_role() {
    assert_eq!(
        named("Ông Nguyễn Minh Hải giữ vai trò là Chủ tịch Hội đồng trường."),
        one("Nguyễn Minh Hải", &["Chủ tịch Hội đồng trường"])
    );
    assert_eq!(
        named("Bà Lê Thị Thu đảm nhiệm vai trò giám đốc điều hành."),
        one("Lê Thị Thu", &["giám đốc điều hành"])
    );
    assert_eq!(
        named(
            "Đây là chuyến thăm đầu tiên của Thủ tướng Trần Văn Nam trên cương vị Thủ tướng Chính phủ."
        ),
        one("Trần Văn Nam", &["Thủ tướng", "Thủ tướng Chính phủ"])
    );
    assert_eq!(
        named("Ông Trần Văn Nam giữ vai trò quan trọng trong dự án."),
        Vec::new()
    );
}

/// "sáng" (morning) ends a title, but not inside a compound it opens: "giám đốc sáng tạo"
/// (a creative director) is a post of its own, and "đổi mới sáng tạo" (innovation) a
/// field of a body's name, as "Trung tâm Đổi mới sáng tạo Quốc gia" writes it.
#[test]
fn morning_inside_a_compound_is_no_stop() {
    assert_eq!(
        named("Bà Trần Thị Lan, giám đốc sáng tạo của hãng thời trang, cho biết."),
        one("Trần Thị Lan", &["giám đốc sáng tạo của hãng thời trang"])
    );
    assert_eq!(
        named("Ông Lê Văn Minh, Trưởng BTC cuộc thi đổi mới sáng tạo, cho biết."),
        one("Lê Văn Minh", &["Trưởng BTC cuộc thi đổi mới sáng tạo"])
    );
    // the time of day still ends a title
    assert_eq!(
        named("Giám đốc Sở Tư pháp Trần Văn Nam sáng nay cho biết."),
        one("Trần Văn Nam", &["Giám đốc Sở Tư pháp"])
    );
}

/// A body's name ends with its field, read whole though written half lowercase ("Sở Tư
/// pháp", "Trung tâm Y tế"): a clause after it is no part of the title ("Giám đốc Sở Tư
/// pháp nhìn lại"), while a unit, a place or an adjective of the body's name
/// (`org_qualifiers.txt`: "quốc gia", "quốc dân") goes on with it.
#[test]
fn a_body_ends_with_its_field() {
    assert_eq!(
        named("Ông Dương Văn Tiến, Giám đốc Trung tâm Y tế gọi tôi ra thảo luận."),
        one("Dương Văn Tiến", &["Giám đốc Trung tâm Y tế"])
    );
    assert_eq!(
        named("Thứ trưởng Bộ Tư pháp Trần Văn Nam nhìn lại chặng đường đã qua."),
        one("Trần Văn Nam", &["Thứ trưởng Bộ Tư pháp"])
    );
    assert_eq!(
        named("Ông Lê Văn Hòa, Phó Giám đốc Học viện Tài chính khuyến cáo người dân."),
        one("Lê Văn Hòa", &["Phó Giám đốc Học viện Tài chính"])
    );
    assert_eq!(
        named("Ông Lê Văn Hòa, Giám đốc Sở Y tế tỉnh Hà Giang, cho biết."),
        one("Lê Văn Hòa", &["Giám đốc Sở Y tế tỉnh Hà Giang"])
    );
    assert_eq!(
        named("Ông Lê Văn Hòa, Hiệu trưởng Trường Đại học Kinh tế quốc dân, cho biết."),
        one(
            "Lê Văn Hòa",
            &["Hiệu trưởng Trường Đại học Kinh tế quốc dân"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn Hòa, Ủy viên Hội đồng Di sản văn hóa quốc gia, cho biết."),
        one("Lê Văn Hòa", &["Ủy viên Hội đồng Di sản văn hóa quốc gia"])
    );
    assert_eq!(
        named("Giám đốc Tình báo Quốc gia Avril Haines cho biết."),
        one("Avril Haines", &["Giám đốc Tình báo Quốc gia"])
    );
}

/// A region or country abroad joined by a hyphen without spaces to another name is one
/// region with it ("châu Á-Thái Bình Dương", as "Bà Rịa-Vũng Tàu" is one province): the
/// title's organisation goes on past it; a name inside the run after the hyphen is still a
/// name, and a country joined to a country ("Mỹ-Nga") is read too.
#[test]
fn hyphenated_regions_inside_titles() {
    assert_eq!(
        named("Ông Lê Văn An, Giám đốc khu vực châu Á-Thái Bình Dương của HPE cho biết."),
        one(
            "Lê Văn An",
            &["Giám đốc khu vực châu Á-Thái Bình Dương của HPE"]
        )
    );
    assert_eq!(
        named("Ông Lê Văn An, Giám đốc khu vực châu Á-Thái Bình Dương, cho biết."),
        one("Lê Văn An", &["Giám đốc khu vực châu Á-Thái Bình Dương"])
    );
    assert_eq!(
        named("Ông Lê Văn An, Giám đốc quan hệ Mỹ-Nga của Viện cho biết."),
        one("Lê Văn An", &["Giám đốc quan hệ Mỹ-Nga của Viện"])
    );
    // a name in the run after the hyphen is the next person's, not the region's
    let got = named("Ông Lê Văn An, Giám đốc khu vực châu Á-Thái Bình Dương Nguyễn Văn Bình nói.");
    assert!(
        got.iter()
            .all(|(_, t)| t.iter().all(|t| !t.contains("Nguyễn"))),
        "{got:?}"
    );
}

/// A staff post of the apparatus ("cán bộ", Law on Cadres and Civil Servants, 2008) is a
/// title with the organisation it serves after it, as "chuyên viên" is; alone, or before a
/// given name alone, it is the common noun; capitalised after "và" it is a word of an
/// organisation's own name ("Cục Nhà giáo và Cán bộ Quản lý giáo dục").
#[test]
fn staff_posts_with_their_organisation() {
    assert_eq!(
        named("Anh Lê Văn Tâm - Cán bộ Khu bảo tồn thiên nhiên Đakrông cho biết như vậy."),
        one("Lê Văn Tâm", &["Cán bộ Khu bảo tồn thiên nhiên Đakrông"])
    );
    assert_eq!(
        named("Ông Nguyễn Văn An, cán bộ Sở Y tế tỉnh Nghệ An, cho biết."),
        one("Nguyễn Văn An", &["cán bộ Sở Y tế tỉnh Nghệ An"])
    );
    assert_eq!(
        named("Bà Trần Thị Mai, Phó Cục trưởng Cục Nhà giáo và Cán bộ Quản lý giáo dục, cho biết."),
        one(
            "Trần Thị Mai",
            &["Phó Cục trưởng Cục Nhà giáo và Cán bộ Quản lý giáo dục"]
        )
    );
    // the common noun
    assert!(named("Cán bộ Nguyễn Văn An cho biết.").is_empty());
    assert!(named("Ông Nguyễn Văn An, cán bộ, công chức xã cho biết.").is_empty());
    assert!(named("Ông Nguyễn Văn An, cán bộ Sơn và một số cán bộ khác được mời lên.").is_empty());
}

/// A segment after a name's comma may open with a link that says a post held, with its
/// adverb ("hiện là", "đang giữ chức", "cũng là", "đồng thời là"), as a bracket's segment may; a bare "giữ
/// chức" there is the post a decision appoints to, not counted. The person's age ("52
/// tuổi") may be said first, as a segment of its own.
#[test]
fn held_links_and_ages_in_a_chain() {
    assert_eq!(
        named("Ông Trần Văn Nam, hiện là Giám đốc Sở Y tế, cho biết."),
        one("Trần Văn Nam", &["Giám đốc Sở Y tế"])
    );
    assert_eq!(
        named("Ông Trần Văn Nam, hiện giữ chức Giám đốc Sở Y tế tỉnh Nghệ An, cho biết."),
        one("Trần Văn Nam", &["Giám đốc Sở Y tế tỉnh Nghệ An"])
    );
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Sở Y tế, cũng là Bí thư Đảng ủy Sở, cho biết."),
        one("Trần Văn Nam", &["Giám đốc Sở Y tế", "Bí thư Đảng ủy Sở"])
    );
    // "đồng thời là" (concurrently is): a second post held, as "kiêm" joins one
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Sở Y tế, đồng thời là Bí thư Đảng ủy Sở, cho biết."),
        one("Trần Văn Nam", &["Giám đốc Sở Y tế", "Bí thư Đảng ủy Sở"])
    );
    assert_eq!(
        named("Ông Trần Văn Nam đồng thời giữ chức Chủ tịch Tổng Công ty Thép Việt."),
        one("Trần Văn Nam", &["Chủ tịch Tổng Công ty Thép Việt"])
    );
    // nor is the adverb read into the title before it; with no comma before it, the link
    // joins the second post held as it does after a comma (session 17)
    assert_eq!(
        named("Ông Trần Văn Nam, giám đốc kinh doanh đồng thời là người sáng lập, cho biết."),
        one("Trần Văn Nam", &["giám đốc kinh doanh", "người sáng lập"])
    );
    // the post appointed to by a decision
    assert_eq!(
        named("Ông Trần Văn Nam, Hàm Vụ phó, giữ chức Phó Vụ trưởng Vụ Pháp luật."),
        one("Trần Văn Nam", &["Hàm Vụ phó"])
    );
    assert_eq!(
        named("Ông Trần Sỏ, 70 tuổi, trưởng thôn, cười rạng rỡ."),
        one("Trần Sỏ", &["trưởng thôn"])
    );
    assert!(named("Ông Trần Văn Nam, 52 tuổi, cho biết.").is_empty());
    // an age said later in the chain is no segment the titles go on after
    assert_eq!(
        named("Ông Trần Văn Nam, Giám đốc Sở Y tế, 52 tuổi, Bí thư Đảng ủy Sở."),
        one("Trần Văn Nam", &["Giám đốc Sở Y tế"])
    );
}

/// "phụ trách" (in charge of) right after a role, before any organisation, says what the
/// role is in charge of, and the title is the whole phrase ("Phó Giám đốc phụ trách Sở Xây
/// dựng"); after the organisation it ends the title, as a verb does.
#[test]
fn roles_in_charge_of() {
    assert_eq!(
        named("Ông Lê Văn Phong - Phó Giám đốc phụ trách Sở Xây dựng TP - cho biết."),
        one("Lê Văn Phong", &["Phó Giám đốc phụ trách Sở Xây dựng TP"])
    );
    assert_eq!(
        named("Ông Lê Văn Phong, Phó Hiệu trưởng phụ trách chuyên môn, cho biết."),
        one("Lê Văn Phong", &["Phó Hiệu trưởng phụ trách chuyên môn"])
    );
    assert_eq!(
        named("Ông Lê Văn Phong, Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa, cho biết."),
        one("Lê Văn Phong", &["Phó Chủ tịch UBND tỉnh"])
    );
    assert!(named("Ông Lê Văn Phong phụ trách Sở Xây dựng.").is_empty());
}

/// After the parent a title's organisation belongs to, the body that one belongs to in
/// turn, after another comma, is the title's too, up to two levels ("Trưởng phòng Kế
/// hoạch, Công ty Điện lực Hà Nội, Tập đoàn Điện lực Việt Nam"); bodies of one kind listed
/// after each other are a list, not a hierarchy. A kind of institution with its capitalised
/// name ("Học viện Tài chính", "Đại học Sư phạm Hà Nội") is a parent as an organisation is.
#[test]
fn parents_up_the_hierarchy() {
    assert_eq!(
        named(
            "Ông Nguyễn Văn An, Trưởng phòng Kế hoạch, Công ty Điện lực Hà Nội, Tập đoàn Điện lực Việt Nam cho biết."
        ),
        one(
            "Nguyễn Văn An",
            &["Trưởng phòng Kế hoạch, Công ty Điện lực Hà Nội, Tập đoàn Điện lực Việt Nam"]
        )
    );
    assert_eq!(
        named(
            "BS Lê Văn Chương, Trưởng khoa Hồi sức, Trung tâm Hô hấp, Bệnh viện Bạch Mai (Hà Nội) cho biết."
        ),
        one(
            "Lê Văn Chương",
            &[
                "BS",
                "Trưởng khoa Hồi sức, Trung tâm Hô hấp, Bệnh viện Bạch Mai (Hà Nội)"
            ]
        )
    );
    // a kind of institution with its capitalised name is a parent too
    assert_eq!(
        named("PGS.TS Nguyễn Văn An, Trưởng Ban Quản lý Đào tạo, Học viện Tài chính cho biết."),
        one(
            "Nguyễn Văn An",
            &["PGS.TS", "Trưởng Ban Quản lý Đào tạo, Học viện Tài chính"]
        )
    );
    assert_eq!(
        named("TS Vũ Thu Hà, giảng viên khoa Giáo dục tiểu học, Đại học Sư phạm Hà Nội cho biết."),
        one(
            "Vũ Thu Hà",
            &[
                "TS",
                "giảng viên khoa Giáo dục tiểu học, Đại học Sư phạm Hà Nội"
            ]
        )
    );
    assert_eq!(
        named("Ông Nguyễn Văn An, Phó Giám đốc Trung tâm Y tế, Sở Y tế, Sở Tài chính cho biết."),
        one("Nguyễn Văn An", &["Phó Giám đốc Trung tâm Y tế, Sở Y tế"])
    );
}

/// A name or a title glued to the word before it by a missing space ("ÔngTrần", "Chủ
/// tịchHội", "làGiám đốc"): a Vietnamese word never changes from lowercase to uppercase
/// inside itself, so after an honorific, a title or a link word the change is a word's
/// start, and the sentence reads as it does with the space (but for the space). A brand's name, whose inner
/// capital follows no such word ("VinFast", "iPhone"), is left whole.
#[test]
fn names_and_titles_glued_to_the_word_before() {
    for (glued, spaced) in [
        (
            "ÔngTrần Văn Hùng, Giám đốc Sở Y tế tỉnh Nam Định, cho biết.",
            "Ông Trần Văn Hùng, Giám đốc Sở Y tế tỉnh Nam Định, cho biết.",
        ),
        (
            "Chủ tịchHội Nông dân tỉnh Lê Văn Bình phát biểu.",
            "Chủ tịch Hội Nông dân tỉnh Lê Văn Bình phát biểu.",
        ),
        (
            "Tham dự có đồng chíNguyễn Thị Hoa, Bí thư Huyện ủy.",
            "Tham dự có đồng chí Nguyễn Thị Hoa, Bí thư Huyện ủy.",
        ),
        (
            "Ông Phạm Văn Nam làGiám đốc Sở Xây dựng.",
            "Ông Phạm Văn Nam là Giám đốc Sở Xây dựng.",
        ),
        (
            "Phát biểu tại hội nghị, BàLê Thị Thu, Phó Chủ tịch UBND tỉnh, nhấn mạnh.",
            "Phát biểu tại hội nghị, Bà Lê Thị Thu, Phó Chủ tịch UBND tỉnh, nhấn mạnh.",
        ),
    ] {
        // (a title is a span of the text: it keeps the text's missing space)
        let unspaced = |v: Vec<(String, Vec<String>)>| -> Vec<(String, Vec<String>)> {
            v.into_iter()
                .map(|(n, t)| (n, t.iter().map(|t| t.replace(' ', "")).collect()))
                .collect()
        };
        let want = unspaced(named(spaced));
        assert!(!want.is_empty(), "{spaced}");
        assert_eq!(unspaced(named(glued)), want, "{glued}");
    }
    // brands keep their inner capitals: nothing is read out of them
    for brand in ["VinFast", "iPhone", "TikTok", "PetroVietnam", "MobiFone"] {
        let text = format!("Ông Trần Văn Hùng, Giám đốc {brand}, cho biết.");
        let got = named(&text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, "Trần Văn Hùng", "{text}");
    }
}
