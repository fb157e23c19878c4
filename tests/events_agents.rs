//! Events' agents and partners read from the grammar of Vietnamese reporting (issue 18,
//! session 13): a pronoun as the subject, a trigger made a noun
//! ("cuộc gặp với X", "chuyến thăm … của X"). Short constructed sentences, no article
//! text.

use vinews::{Article, Event, EventKind};

fn events(text: &str) -> Vec<Event> {
    Article::parse(text).events
}

fn agent(e: &Event) -> Option<&str> {
    e.agent.as_ref().map(|p| p.name.as_str())
}

fn partner(e: &Event) -> Option<&str> {
    e.partner.as_ref().map(|p| p.name.as_str())
}

/// The first event of `kind` in `events`.
fn first(events: &[Event], kind: EventKind) -> &Event {
    events
        .iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {events:#?}"))
}

/// A pronoun subject ("Ông đã hội đàm") is the official named before it.
#[test]
fn a_pronoun_subject_is_the_official_named_before() {
    let text = "Thủ tướng Trần Văn Nam đến Tokyo. Ông đã hội đàm với Thủ tướng Nhật Bản Suga \
                Yoshihide.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(agent(&e[0]), Some("Trần Văn Nam"));
    assert_eq!(partner(&e[0]), Some("Suga Yoshihide"));
    // another person named since, who is no official: not the official before
    let text = "Chủ tịch xã Trần Văn Nam đến dự. Ông Phan Duy Hương giữ gìn các kỷ vật đó. Mới \
                đây, ông đã tặng lại Bảo tàng tỉnh nhiều kỷ vật.";
    let e = events(text);
    assert!(e.iter().all(|e| agent(e) != Some("Trần Văn Nam")), "{e:#?}");
}

/// "có cuộc gặp với X": a trigger made a noun takes its counterpart after "với"; a verb
/// does not ("giao tiếp với", "gặp với những người …" are no events).
#[test]
fn a_meeting_noun_takes_its_counterpart_after_voi() {
    let text = "Chủ tịch nước Trần Văn Nam có cuộc gặp với Thủ tướng Nhật Bản Suga Yoshihide.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].kind, EventKind::Talks);
    assert_eq!(agent(&e[0]), Some("Trần Văn Nam"));
    assert_eq!(partner(&e[0]), Some("Suga Yoshihide"));
    for text in [
        "Các em học tiếng Anh để giao tiếp với các thành viên trong gia đình.",
        "Triệu chứng này hay gặp với những người leo núi.",
    ] {
        assert!(events(text).is_empty(), "{text}: {:#?}", events(text));
    }
}

/// "chuyến thăm … của X": X is the visit's agent, not its partner; a noun after a
/// preposition ("Tại cuộc gặp với X, …") has no subject before it.
#[test]
fn the_owner_of_a_visit_noun_is_its_agent() {
    let text = "Diễn đàn được tổ chức nhân chuyến thăm chính thức Việt Nam của Tổng thống Séc \
                Milos Zeman.";
    let e = events(text);
    let visit = first(&e, EventKind::Visit);
    assert_eq!(agent(visit), Some("Milos Zeman"), "{e:#?}");
    assert_ne!(partner(visit), Some("Milos Zeman"), "{e:#?}");
    let text = "Ảnh: Reuters Tại cuộc gặp với Thủ tướng Canada Justin Trudeau, hai bên đã bàn về \
                thương mại.";
    let e = events(text);
    assert!(
        e.iter()
            .all(|e| agent(e).is_none_or(|a| !a.contains("Reuters"))),
        "{e:#?}"
    );
}

/// "cuộc họp khẩn của X", "phiên họp thường kỳ của X": a meeting noun with no object names
/// its owner, its agent, after "của" (after a word or two that qualify it), within a few
/// words: not the agent of the clause after ("… của hội đồng sẽ được chủ trì bởi X").
#[test]
fn a_meeting_nouns_owner_after_cua_is_its_agent() {
    let text = "Người dân chờ kết quả cuộc họp khẩn của UBND huyện Thanh Trì vào chiều mai.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(agent(&e[0]), Some("UBND huyện Thanh Trì"), "{e:#?}");
    let text = "Tại phiên họp thường kỳ của Bộ Công Thương sáng nay, nhiều vấn đề được nêu ra.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(agent(&e[0]), Some("Bộ Công Thương"), "{e:#?}");
    let text = "Cuộc họp của hội đồng sẽ được chủ trì bởi ông Lê Văn Sơn, Phó Chủ tịch UBND tỉnh.";
    let e = events(text);
    assert!(e.iter().all(|e| agent(e) != Some("Lê Văn Sơn")), "{e:#?}");
}

/// A subject that is a title alone, with no name ("Thứ trưởng Bộ Y tế tới thăm …", often
/// a headline), is the one official the article names with that title; neither when two
/// officials hold it. "tới" links a subject to its trigger as "đến" does.
#[test]
fn a_title_alone_as_subject_is_the_official_who_holds_it() {
    let text = "Thứ trưởng Bộ Y tế tới thăm bệnh nhân tại Bệnh viện Bạch Mai.\nSáng 30/5, Thứ \
                trưởng Bộ Y tế Nguyễn Văn Tiến phát biểu tại hội nghị.";
    let e = events(text);
    let visit = first(&e, EventKind::Visit);
    assert_eq!(agent(visit), Some("Nguyễn Văn Tiến"), "{e:#?}");
    // the official's title is the role alone, the subject the role and its organization
    let text = "Thứ trưởng Bộ Y tế tới thăm bệnh nhân tại Bệnh viện Bạch Mai.\nTheo Thứ trưởng \
                Nguyễn Văn Tiến, các bệnh nhân đã ổn định.";
    let e = events(text);
    let visit = first(&e, EventKind::Visit);
    assert_eq!(agent(visit), Some("Nguyễn Văn Tiến"), "{e:#?}");
    let text = "Thứ trưởng Bộ Y tế tới thăm bệnh nhân tại Bệnh viện Bạch Mai.\nThứ trưởng Bộ Y tế \
                Nguyễn Văn Tiến và Thứ trưởng Bộ Y tế Trần Văn Thuấn phát biểu tại hội nghị.";
    let e = events(text);
    let visit = first(&e, EventKind::Visit);
    assert!(
        !matches!(agent(visit), Some("Nguyễn Văn Tiến" | "Trần Văn Thuấn")),
        "{e:#?}"
    );
}

/// "cuộc gặp giữa A và B": a trigger made a noun whose object opens with "giữa" names
/// both sides (a syllable joined by a hyphen stays in its name: "Kim Min-jun"); a side
/// described before its name ("người đồng cấp Lào Bounthong Chitmany") is the name.
#[test]
fn a_meeting_between_two_sides_names_them() {
    let text = "Trong cuộc gặp giữa Tổng thống Hàn Quốc Kim Min-jun và Thủ tướng Thái Lan Somchai \
                Wongsawat, hai nhà lãnh đạo đã bàn về hợp tác.";
    let e = events(text);
    let talks = first(&e, EventKind::Talks);
    assert_eq!(agent(talks), Some("Kim Min-jun"), "{e:#?}");
    assert_eq!(partner(talks), Some("Somchai Wongsawat"), "{e:#?}");
    let text = "Văn phòng chính phủ cho biết trong cuộc gặp giữa Thủ tướng Trần Văn Nam và người \
                đồng cấp Bounthong Chitmany, hai bên đã bàn về thương mại.";
    let e = events(text);
    let talks = first(&e, EventKind::Talks);
    assert_eq!(agent(talks), Some("Trần Văn Nam"), "{e:#?}");
    assert_eq!(partner(talks), Some("Bounthong Chitmany"), "{e:#?}");
}

/// "A … với B trong một cuộc gặp": a talks noun with no object after it, its sides given
/// before it in its clause, is one event of its own, not a mention of the next "cuộc gặp
/// giữa C và D".
#[test]
fn a_meeting_whose_sides_come_before_it() {
    let text = "Tổng thống Pháp Jean Dupont ngày 8/7 đưa ra đề nghị này với Thủ tướng Thái Lan \
                Somchai Wongsawat trong một cuộc gặp riêng rẽ bên lề hội nghị. Cùng ngày, trong \
                cuộc gặp giữa Thủ tướng Trần Văn Nam và Tổng thống Hàn Quốc Kim Min-jun, hai bên \
                đã bàn về thương mại.";
    let e = events(text);
    let talks: Vec<(Option<&str>, Option<&str>)> = e
        .iter()
        .filter(|x| x.kind == EventKind::Talks)
        .map(|x| (agent(x), partner(x)))
        .collect();
    assert_eq!(
        talks,
        [
            (Some("Jean Dupont"), Some("Somchai Wongsawat")),
            (Some("Trần Văn Nam"), Some("Kim Min-jun"))
        ],
        "{e:#?}"
    );
}

/// A noun trigger counted before its classifier ("đã có một cuộc gặp") and a meeting the subject convenes ("triệu tập cuộc họp") keep the subject as
/// their agent; a word or two may qualify the noun before "với" and its counterpart
/// ("cuộc gặp song phương với", "cuộc gặp riêng với").
#[test]
fn a_counted_or_convened_meeting_keeps_its_subjects_agent() {
    let text = "Tổng thống Pháp Jacques Martin đã có một cuộc gặp với Thủ tướng Ý Paolo Rossi.";
    let e = events(text);
    let talks = first(&e, EventKind::Talks);
    assert_eq!(agent(talks), Some("Jacques Martin"), "{e:#?}");
    assert_eq!(partner(talks), Some("Paolo Rossi"), "{e:#?}");
    let text = "Tổng thống Pháp Jacques Martin đã có cuộc gặp song phương với lãnh đạo các nước.";
    let e = events(text);
    let talks = first(&e, EventKind::Talks);
    assert_eq!(agent(talks), Some("Jacques Martin"), "{e:#?}");
    assert_eq!(partner(talks), Some("lãnh đạo các nước"), "{e:#?}");
    // a series of meetings ("một loạt cuộc gặp") sums up those told one by one: no event
    let text = "Tổng thống Pháp Jacques Martin đã có một loạt cuộc gặp với lãnh đạo các nước.";
    let e = events(text);
    assert!(e.is_empty(), "{e:#?}");
    let text = "Tổng thống Pháp Jacques Martin đã có cuộc gặp riêng với Thủ tướng Ý Paolo Rossi.";
    let e = events(text);
    assert_eq!(
        partner(first(&e, EventKind::Talks)),
        Some("Paolo Rossi"),
        "{e:#?}"
    );
    // a noun counted right after a comma is an apposition, not the subject's event
    let text = "Ông Jacques Martin, sáng lập viên của Hội Bạn Đọc, một diễn đàn về sách, cho \
                biết.";
    let e = events(text);
    assert!(e.iter().all(|x| agent(x).is_none()), "{e:#?}");
    let text = "Chiều 3/5, Thủ tướng Ý Paolo Rossi đã triệu tập cuộc họp nội các.";
    let e = events(text);
    assert_eq!(
        agent(first(&e, EventKind::Meeting)),
        Some("Paolo Rossi"),
        "{e:#?}"
    );
}

/// A meeting called off ("hủy một cuộc họp báo", "hủy bỏ buổi họp") is no event; the one
/// held after it in the same sentence is.
#[test]
fn a_meeting_called_off_is_no_event() {
    let text = "Văn phòng Chính phủ đã hủy một cuộc họp báo và Thủ tướng Ý Paolo Rossi đã triệu \
                tập cuộc họp nội các.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(agent(&e[0]), Some("Paolo Rossi"), "{e:#?}");
    let text = "Ủy ban nhân dân xã Tân Hòa đã hủy bỏ buổi họp dân vì trời mưa lớn.";
    let e = events(text);
    assert!(e.is_empty(), "{e:#?}");
}
