//! Events (issue 18): kinds, roles and merging, on short constructed sentences that follow
//! the grammar of Vietnamese news (no article text).

use vinews::{Article, Date, Event, EventKind, ExtractConfig, Extractor};

fn events(text: &str) -> Vec<Event> {
    Article::parse(text).events
}

fn name(p: Option<&vinews::Party>) -> Option<&str> {
    p.map(|p| p.name.as_str())
}

#[test]
fn a_working_session_with_its_roles() {
    let text = "Ngày 19/9/2023, Thường trực Huyện ủy đã có buổi làm việc với Đảng ủy xã Đức Ninh \
                về công tác xây dựng nông thôn mới.";
    let a = Article::parse(text);
    assert_eq!(a.events.len(), 1);
    let e = &a.events[0];
    assert_eq!(e.kind, EventKind::WorkingSession);
    assert_eq!(e.trigger, "buổi làm việc");
    assert_eq!(name(e.agent.as_ref()), Some("Thường trực Huyện ủy"));
    assert!(e.agent.as_ref().unwrap().organization.is_some());
    assert_eq!(name(e.partner.as_ref()), Some("Đảng ủy xã Đức Ninh"));
    assert_eq!(e.date.as_deref(), Some("2023-09-19"));
    assert_eq!(e.date_fact, Some(0));
    assert_eq!(
        e.topic.and_then(|t| t.slice(text)),
        Some("công tác xây dựng nông thôn mới")
    );
    // the place inside the partner's name is no place of the event
    assert_eq!(e.place, None);
}

#[test]
fn the_headline_and_the_lead_are_one_event() {
    let text = "Bộ Y tế làm việc với UBND tỉnh Nghệ An\n\nSáng 5/10/2023, Bộ Y tế đã làm việc với \
                UBND tỉnh Nghệ An tại TP Vinh. Ông Nguyễn Văn An, Thứ trưởng Bộ Y tế chủ trì buổi \
                làm việc; cùng dự có ông Trần Văn Bình, Giám đốc Sở Y tế.";
    let a = Article::parse(text);
    assert_eq!(a.events.len(), 1, "{:#?}", a.events);
    let e = &a.events[0];
    assert_eq!(e.mentions.len(), 3);
    assert_eq!(e.date.as_deref(), Some("2023-10-05"));
    assert_eq!(name(e.chair.as_ref()), Some("Nguyễn Văn An"));
    let attendees: Vec<&str> = e.attendees.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(attendees, ["Trần Văn Bình"]);
    let place = e.place.map(|k| a.places[k].name.as_str());
    assert_eq!(place, Some("Vinh"));
}

#[test]
fn a_chair_after_do() {
    let e = &events("Hội nghị do ông Lê Văn Cường, Chủ tịch UBND tỉnh chủ trì.")[0];
    assert_eq!(e.kind, EventKind::Meeting);
    assert_eq!(name(e.chair.as_ref()), Some("Lê Văn Cường"));
    // a meeting has a partner only "với" someone
    assert_eq!(e.partner, None);
}

#[test]
fn words_that_need_an_object_and_blocked_phrases_are_no_events() {
    for text in [
        "Xã sẽ tiếp tục triển khai chương trình.",
        "Nhiều hộ gặp khó khăn trong sản xuất.",
        "Người dân được kiểm tra sức khỏe miễn phí.",
        "Kết quả khảo sát cho thấy đa số hài lòng.",
    ] {
        assert!(events(text).is_empty(), "{text}: {:?}", events(text));
    }
    let e = &events("Chủ tịch nước tiếp Đại sứ Nhật Bản.")[0];
    assert_eq!(e.kind, EventKind::Reception);
}

#[test]
fn one_phrase_one_event_its_head_decides() {
    let e = events("Tỉnh tổ chức hội nghị ký kết hợp tác với Bộ Công thương.");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].kind, EventKind::Meeting);
    // the awarding at a ceremony is the ceremony
    let e = events(
        "Sáng nay diễn ra lễ trao Giải thưởng Chất lượng Quốc gia. Bộ trưởng trao tặng giải \
         vàng cho 5 doanh nghiệp.",
    );
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].kind, EventKind::Ceremony);
}

#[test]
fn the_publication_date_when_the_text_gives_none() {
    let date: Date = "2024-03-15".parse().unwrap();
    let x = Extractor::new(ExtractConfig::new().reference_date(Some(date)));
    let a = x.parse("Đoàn công tác của tỉnh đến thăm xã Đức Ninh.");
    let e = &a.events[0];
    assert_eq!(e.kind, EventKind::Visit);
    assert_eq!(e.date.as_deref(), Some("2024-03-15"));
    assert_eq!(e.date_fact, None);
    assert_eq!(e.place.map(|k| a.places[k].name.as_str()), Some("Đức Ninh"));
    // without one, no date
    assert_eq!(
        events("Đoàn công tác của tỉnh đến thăm xã Đức Ninh.")[0].date,
        None
    );
}

#[test]
fn spans_are_in_the_original_input() {
    // decomposed input (NFD) is normalized: the spans still index the original bytes
    let text = "Ho\u{0302}\u{0323}i nghi\u{0323} tổng kết năm.";
    let a = Article::parse(text);
    let e = &a.events[0];
    assert_eq!(e.span.slice(text), Some("Ho\u{0302}\u{0323}i nghi\u{0323}"));
}

#[test]
fn an_apposition_in_dashes_and_attendance_after_su_tham_du_cua() {
    let text = "Chiều 15/4, ông Lê Văn Thanh - Chủ tịch UBND tỉnh Quảng Nam - đã làm việc với \
                Sở Du lịch, với sự tham dự của ông Trần Văn Nam, Giám đốc Sở Y tế.";
    let e = &events(text)[0];
    assert_eq!(name(e.agent.as_ref()), Some("Lê Văn Thanh"));
    assert_eq!(name(e.partner.as_ref()), Some("Sở Du lịch"));
    let attendees: Vec<&str> = e.attendees.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(attendees, ["Trần Văn Nam"]);
}

/// Broke: the words between a subject and its trigger ("tổ chức", "chính thức", "long
/// trọng") are read one by one, so a name ending in one of them lost it ("Bộ Tài chính
/// tổ chức hội nghị": the subject ended at "Tài", and no agent was found; "ông Phạm Minh
/// Chính" became "Phạm Minh").
#[test]
fn an_agent_whose_name_ends_in_a_link_word() {
    let e = &events("Bộ Tài chính tổ chức hội nghị tổng kết công tác năm.")[0];
    assert_eq!(name(e.agent.as_ref()), Some("Bộ Tài chính"));
    let e = &events("Ban tổ chức đã trao giải cho các đội thắng cuộc.")[0];
    assert_eq!(e.kind, EventKind::Award);
    assert_eq!(name(e.agent.as_ref()), Some("Ban tổ chức"));
    let text = "Chiều 5/10, Thủ tướng Phạm Minh Chính có buổi làm việc với Bộ Giao thông vận tải.";
    let e = &events(text)[0];
    assert_eq!(name(e.agent.as_ref()), Some("Phạm Minh Chính"));
    assert_eq!(name(e.partner.as_ref()), Some("Bộ Giao thông vận tải"));
}

/// The sender of a delegation, or the one who goes with it, is the agent of what it does:
/// "X đã cử đoàn công tác vào làm việc với Y", "X cùng đoàn công tác đến thăm Y".
#[test]
fn the_agent_who_sends_or_leads_a_delegation() {
    let text = "Sở Y tế đã cử đoàn công tác vào làm việc với Trung tâm Y tế huyện.";
    let e = &events(text)[0];
    assert_eq!(e.kind, EventKind::WorkingSession);
    assert_eq!(name(e.agent.as_ref()), Some("Sở Y tế"));
    let text =
        "Chiều 29/4, Phó Thủ tướng Trương Hòa Bình cùng đoàn công tác đến thăm các chiến sĩ.";
    let e = &events(text)[0];
    assert_eq!(e.kind, EventKind::Visit);
    assert_eq!(name(e.agent.as_ref()), Some("Trương Hòa Bình"));
}

/// In the passive the subject before "được" / "bị" is the one the event is done to, and
/// a named agent may stand between it and the trigger ("X được [đại diện CLB A] tặng
/// hoa"); "được" or "bị" before another verb is no passive of the trigger.
#[test]
fn the_partner_of_a_passive() {
    let text =
        "HLV Park Hang Seo được đại diện Liên đoàn Bóng đá Việt Nam tặng hoa nhân ngày sinh nhật.";
    let e = &events(text)[0];
    assert_eq!(e.kind, EventKind::Award);
    assert_eq!(name(e.partner.as_ref()), Some("Park Hang Seo"));
    let text = "Giáo sư Trần Văn Tâm được Bộ Giáo dục và Đào tạo vinh danh.";
    let e = &events(text)[0];
    assert_eq!(name(e.partner.as_ref()), Some("Trần Văn Tâm"));
    assert_eq!(name(e.agent.as_ref()), Some("Bộ Giáo dục và Đào tạo"));
    let text = "Tổng thống Nguyễn Văn Tâm bị tấn công khi thăm tiền tuyến phía bắc.";
    let e = &events(text)[0];
    assert_eq!(e.kind, EventKind::Visit);
    assert_eq!(e.partner, None);
}
