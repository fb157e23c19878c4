//! Events' roles read by the grammar of the sentence (issue 18, session 11): attendees
//! listed in the sentence after the event's, guest lists, objects as partners, lists.
//! Short constructed sentences, no article text.

use vinews::{Article, Event};

fn events(text: &str) -> Vec<Event> {
    Article::parse(text).events
}

fn attendees(e: &Event) -> Vec<&str> {
    e.attendees.iter().map(|p| p.name.as_str()).collect()
}

/// "Tham dự buổi lễ có X", "Cùng dự có X", "Dự buổi làm việc có X": a sentence that opens
/// as a list of attendees gives them to the event of the sentence before it.
#[test]
fn attendees_listed_in_the_next_sentence() {
    let text = "Sáng 5/10, UBND tỉnh Quảng Nam tổ chức lễ khánh thành cầu Cửa Đại. Tham dự buổi \
                lễ có ông Trần Văn Bình, Giám đốc Sở Giao thông vận tải và bà Lê Thị Hoa, Phó \
                Chủ tịch UBND huyện Duy Xuyên.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(attendees(&e[0]), ["Trần Văn Bình", "Lê Thị Hoa"]);
    let text = "Bộ trưởng Nguyễn Văn An đã làm việc với UBND tỉnh Nghệ An. Cùng dự có ông Hoàng \
                Văn Minh, Thứ trưởng Bộ Y tế.";
    assert_eq!(attendees(&events(text)[0]), ["Hoàng Văn Minh"]);
    let text = "Bộ trưởng Nguyễn Văn An đã làm việc với UBND tỉnh Nghệ An. Dự buổi làm việc có \
                ông Hoàng Văn Minh, Thứ trưởng Bộ Y tế.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(attendees(&e[0]), ["Hoàng Văn Minh"]);
    // a sentence that opens with "Dự" but lists no attendees ("Dự án", "Dự kiến")
    for next in [
        "Dự án có tổng vốn 500 tỷ đồng, ông Hoàng Văn Minh cho biết.",
        "Dự kiến có ông Hoàng Văn Minh, Thứ trưởng Bộ Y tế.",
        "Ông Hoàng Văn Minh cũng có mặt.",
    ] {
        let text = format!("UBND tỉnh Quảng Nam tổ chức lễ khánh thành cầu Cửa Đại. {next}");
        let e = events(&text);
        assert!(e[0].attendees.is_empty(), "{next}: {:?}", attendees(&e[0]));
    }
    // the sentence's last event, its main clause, not the one of its opening phrase
    let text = "Nhân chuyến thăm chính thức Nhật Bản, Thủ tướng Nguyễn Văn An đã có buổi làm việc \
                với Bộ Kinh tế Nhật Bản. Cùng dự có ông Hoàng Văn Minh, Thứ trưởng Bộ Y tế.";
    let e = events(text);
    assert_eq!(e.len(), 2, "{e:#?}");
    assert!(e[0].attendees.is_empty());
    assert_eq!(attendees(&e[1]), ["Hoàng Văn Minh"]);
    // two sentences on: only while each lists attendees
    let text = "Bộ trưởng Nguyễn Văn An đã làm việc với UBND tỉnh Nghệ An. Ông An đánh giá cao \
                kết quả của tỉnh. Cùng dự có ông Hoàng Văn Minh, Thứ trưởng Bộ Y tế.";
    assert!(events(text)[0].attendees.is_empty());
}

/// "Khách mời của buổi tọa đàm gồm:" and the numbered lines after it: one guest a line.
#[test]
fn a_guest_list_after_a_colon() {
    let text = "Báo Sức khỏe tổ chức buổi tọa đàm trực tuyến về bệnh viêm gan.\n\nKhách mời của \
                buổi tọa đàm gồm:\n\n1. PGS.TS Nguyễn Văn Mạnh - Giám đốc Bệnh viện Bạch Mai.\n\n\
                2. TS Trần Thị Lan - Trưởng khoa Truyền nhiễm, Bệnh viện Bạch Mai.\n\nBuổi tọa \
                đàm bắt đầu lúc 9h.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(attendees(&e[0]), ["Nguyễn Văn Mạnh", "Trần Thị Lan"]);
}

/// A list of attendees is read item by item: an official named in an item (the titles set
/// after a comma are the name's, no attendee), an organization, or a post without a name
/// as written ("đại diện lãnh đạo Sở Y tế", "lãnh đạo cấp cao của 29 quốc gia").
#[test]
fn attendees_item_by_item_with_posts_without_a_name() {
    let text = "Sáng 5/10, UBND tỉnh Quảng Nam tổ chức hội nghị tổng kết. Tham dự hội nghị có ông \
                Trần Văn Bình, Giám đốc Sở Giao thông vận tải; đại diện lãnh đạo Sở Y tế và lãnh \
                đạo cấp cao của 29 quốc gia, trong đó có Lào, Campuchia.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(
        attendees(&e[0]),
        [
            "Trần Văn Bình",
            "đại diện lãnh đạo Sở Y tế",
            "lãnh đạo cấp cao của 29 quốc gia"
        ]
    );
    // a capitalised post before an organization, up to its bracket
    let text = "Hội nghị thượng đỉnh khai mạc tại Hà Nội. Tham dự hội nghị có Tổng Giám đốc \
                Ngân hàng Nhà nước (NHNN) và Bộ Tài chính.";
    assert_eq!(
        attendees(&events(text)[0]),
        ["Tổng Giám đốc Ngân hàng Nhà nước", "Bộ Tài chính"]
    );
    // the titles before a name, set off by commas, are the name's
    let text = "Hội nghị tổng kết khai mạc tại Hà Nội. Tham dự hội nghị có Ủy viên Bộ Chính trị, \
                Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng.";
    assert_eq!(attendees(&events(text)[0]), ["Võ Văn Thưởng"]);
}

/// The object of the trigger is its partner: without an official or organization in it,
/// as written when "với" introduces people or bodies ("các ngành của tỉnh"), up to a preposition
/// ("để", "về", "tại"); not a plural of places or things ("các xã").
#[test]
fn the_object_as_partner() {
    let text = "Chiều 15/4, ông Lê Văn Thanh - Chủ tịch UBND tỉnh - đã họp với các ngành của tỉnh \
                để bàn phương án đón khách.";
    let e = &events(text)[0];
    assert_eq!(
        e.partner.as_ref().map(|p| p.name.as_str()),
        Some("các ngành của tỉnh")
    );
    let text = "Bộ Nông nghiệp đã cử đoàn công tác vào làm việc với các bên liên quan về vụ việc.";
    let e = &events(text)[0];
    assert_eq!(
        e.partner.as_ref().map(|p| p.name.as_str()),
        Some("các bên liên quan")
    );
    let text = "Bộ trưởng Nguyễn Văn An đến thăm các xã vùng cao của tỉnh.";
    let e = &events(text)[0];
    assert_eq!(e.partner, None);
    // only the counterpart "với" introduces: not what one meets with ("gặp những khó khăn")
    let text = "Nhiều hộ dân vẫn gặp những khó khăn trong sản xuất.";
    assert!(events(text).iter().all(|e| e.partner.is_none()));
    // an organization in the object is named by its record
    let text = "Bộ trưởng Nguyễn Văn An làm việc với lãnh đạo Sở Y tế tỉnh Nghệ An.";
    let p = events(text)[0].partner.clone().unwrap();
    assert!(p.organization.is_some(), "{p:?}");
}

/// The subject before the trigger is the agent: past a bracket after its name, the head of
/// a delegation "do X dẫn đầu", the organizer "do X tổ chức" later in the sentence.
#[test]
fn the_subject_as_agent() {
    let text = "Sáng 27/4, Sở Giáo dục và Đào tạo (Sở GD-ĐT) tổ chức hội nghị tổng kết.";
    let e = &events(text)[0];
    assert_eq!(
        e.agent.as_ref().map(|p| p.name.as_str()),
        Some("Sở Giáo dục và Đào tạo")
    );
    let text = "Đoàn công tác của Bộ Y tế do Thứ trưởng Nguyễn Văn An dẫn đầu đã làm việc với UBND \
                tỉnh Nghệ An.";
    let e = &events(text)[0];
    assert_eq!(
        e.agent.as_ref().map(|p| p.name.as_str()),
        Some("Nguyễn Văn An")
    );
    let text = "Cuốn sách tập hợp các bài trình bày tại hội thảo khoa học về y tế cơ sở, do Sở Y \
                tế Hà Nội, Bệnh viện Bạch Mai và Bệnh viện Việt Đức phối hợp tổ chức.";
    let e = &events(text)[0];
    assert_eq!(
        e.agent.as_ref().map(|p| p.name.as_str()),
        Some("Sở Y tế Hà Nội")
    );
    // a place acting opens its clause; a place ending a name not known is no agent
    let text = "Ngày 5/3, tỉnh Quảng Ninh tổ chức lễ kỷ niệm 60 năm ngày thành lập.";
    let e = &events(text)[0];
    assert_eq!(
        e.agent.as_ref().map(|p| p.name.as_str()),
        Some("tỉnh Quảng Ninh")
    );
    for text in [
        "Ngày 29/4, Ngân hàng TMCP Nam Á (Nam A Bank) tổ chức họp đại hội đồng cổ đông.",
        "Mới đây, Tổ chức Kỷ lục Việt Nam làm việc với lãnh đạo tỉnh Đồng Tháp.",
    ] {
        let e = &events(text)[0];
        assert_eq!(e.agent, None, "{text}");
    }
    // "triển khai", "phối hợp" link the organizer to what it holds
    for text in [
        "Sở Y tế đã triển khai hội nghị tập huấn cho cán bộ.",
        "Sở Y tế phối hợp tổ chức hội nghị tập huấn cho cán bộ.",
    ] {
        let e = &events(text)[0];
        assert_eq!(
            e.agent.as_ref().map(|p| p.name.as_str()),
            Some("Sở Y tế"),
            "{text}"
        );
    }
    // "do" giving a cause is no organizer
    let text = "Hội nghị tổng kết bị hoãn do dịch bệnh, tỉnh sẽ thông báo lịch mới.";
    assert_eq!(events(text)[0].agent, None);
}

/// Talks and signings "giữa A và B" (or "với", or "A - B"): A is the agent, B the
/// partner, each by its record or as written.
#[test]
fn the_two_sides_of_talks_or_a_signing() {
    let text = "Sáng 5/10, thỏa thuận hợp tác về chuyển đổi số đã được ký kết giữa Bộ Y tế và \
                Tập đoàn Viettel tại Hà Nội.";
    let e = &events(text)[0];
    assert_eq!(e.agent.as_ref().map(|p| p.name.as_str()), Some("Bộ Y tế"));
    assert_eq!(
        e.partner.as_ref().map(|p| p.name.as_str()),
        Some("Tập đoàn Viettel")
    );
    let text = "Đây là hiệp ước đầu tiên giữa Nhật - Nga được ký kết vào năm 1855.";
    let e = &events(text)[0];
    assert_eq!(e.agent.as_ref().map(|p| p.name.as_str()), Some("Nhật"));
    assert_eq!(e.partner.as_ref().map(|p| p.name.as_str()), Some("Nga"));
    let text = "Giữa các doanh nghiệp Việt Nam và Czech sẽ có cuộc ký kết hợp tác đầu tư.";
    let e = &events(text)[0];
    assert_eq!(
        e.agent.as_ref().map(|p| p.name.as_str()),
        Some("các doanh nghiệp Việt Nam")
    );
    assert_eq!(e.partner.as_ref().map(|p| p.name.as_str()), Some("Czech"));
    // a subject "A và B", both known
    let text = "Chiều 6/6, Thủ tướng Nguyễn Văn An và Thủ tướng Shinzo Abe đã tiến hành hội đàm.";
    let e = &events(text)[0];
    assert_eq!(
        e.agent.as_ref().map(|p| p.name.as_str()),
        Some("Nguyễn Văn An")
    );
    assert_eq!(
        e.partner.as_ref().map(|p| p.name.as_str()),
        Some("Shinzo Abe")
    );
}

/// A trigger whose first word ends an organization's name is part of that name, not an
/// event: "Quốc hội thảo luận" holds no conference ("hội thảo"), "Ủy ban Kiểm tra Tỉnh ủy"
/// no inspection; the same trigger standing alone still is one.
#[test]
fn a_trigger_inside_an_organizations_name_is_no_event() {
    let text = "Chiều 5/12, Quốc hội thảo luận về dự án luật đất đai.";
    assert!(events(text).is_empty(), "{:#?}", events(text));
    let text = "Ông Nguyễn Văn An, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La, phát biểu.";
    assert!(events(text).is_empty(), "{:#?}", events(text));
    let text = "Chiều 5/12, Quốc hội thảo luận về dự án luật. Sáng nay, Bộ Y tế tổ chức hội \
                thảo về dinh dưỡng.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].trigger, "hội thảo");
    assert_eq!(e[0].mentions.len(), 1, "{e:#?}");
}

fn agent(e: &Event) -> Option<&str> {
    e.agent.as_ref().map(|p| p.name.as_str())
}

fn organizations(text: &str) -> Vec<String> {
    Article::parse(text)
        .organizations
        .into_iter()
        .map(|o| o.text)
        .collect()
}

/// An organization's lowercase syllables stop at an event's trigger or a reporting word
/// (the lists the events and statements read): "Bộ Giao thông họp" is "Bộ Giao thông"
/// meeting; a field of a body's name that opens like a verb stays in it.
#[test]
fn an_organization_stops_at_a_trigger_or_a_reporting_word() {
    for (text, org, kind) in [
        (
            "Bộ Giao thông họp với các tỉnh phía Nam.",
            "Bộ Giao thông",
            "họp",
        ),
        (
            "Quỹ Thiện Tâm tiếp tục trao học bổng cho học sinh nghèo.",
            "Quỹ Thiện Tâm",
            "trao học bổng",
        ),
        (
            "Bệnh viện Chợ Rẫy khảo sát các bệnh viện tuyến tỉnh.",
            "Bệnh viện Chợ Rẫy",
            "khảo sát",
        ),
        (
            "Trung tâm Công nghệ thông tin tổ chức hội nghị khách hàng.",
            "Trung tâm Công nghệ thông tin",
            "hội nghị",
        ),
    ] {
        assert_eq!(organizations(text), [org], "{text}");
        let e = events(text);
        assert_eq!(e.len(), 1, "{text}: {e:#?}");
        assert_eq!(e[0].trigger, kind, "{text}");
        assert_eq!(agent(&e[0]), Some(org), "{text}");
    }
    for (text, org) in [
        ("Cục Viễn thông khuyến cáo người dùng.", "Cục Viễn thông"),
        ("Trường ĐH Văn Lang phản ánh sự việc.", "Trường ĐH Văn Lang"),
        ("Báo Lao Động đưa tin như vậy.", "Báo Lao Động"),
    ] {
        assert_eq!(organizations(text), [org], "{text}");
    }
}

/// The election bodies of the law (Luật Bầu cử 2015): "Hội đồng bầu cử quốc gia" with its
/// adjective after the field, "Ủy ban bầu cử" with its unit and place.
#[test]
fn the_election_bodies_are_organizations() {
    let text = "Chiều 27/4, Hội đồng bầu cử quốc gia tổ chức họp báo.";
    assert_eq!(organizations(text), ["Hội đồng bầu cử quốc gia"]);
    assert_eq!(agent(&events(text)[0]), Some("Hội đồng bầu cử quốc gia"));
    let text = "Ủy ban bầu cử xã Quảng Yên đã kiểm tra các tổ bầu cử.";
    assert_eq!(organizations(text), ["Ủy ban bầu cử xã Quảng Yên"]);
    let a = Article::parse("Ông Nguyễn Văn An, Chủ tịch Hội đồng bầu cử quốc gia, cho biết.");
    assert_eq!(
        a.officials[0].titles[0].text,
        "Chủ tịch Hội đồng bầu cử quốc gia"
    );
}

fn partner(e: &Event) -> Option<&str> {
    e.partner.as_ref().map(|p| p.name.as_str())
}

/// "trận gặp" is a match of sport, no talks: a blocker may open one word before the
/// trigger; "gặp" a person stays talks.
#[test]
fn a_match_is_no_talks() {
    let text = "Công Phượng sẽ không dự trận gặp HA Gia Lai vào cuối tuần.";
    assert!(events(text).is_empty(), "{:#?}", events(text));
    let text = "Trước trận gặp Indonesia, các cầu thủ có 10 ngày tập luyện.";
    assert!(events(text).is_empty(), "{:#?}", events(text));
    let text = "Thủ tướng Nguyễn Văn An gặp Tổng thống Joe Biden tại Washington.";
    let e = events(text);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(partner(&e[0]), Some("Joe Biden"));
}

/// "cuộc gặp thượng đỉnh Nhật-Nga", "hội đàm Hàn Quốc - Nhật Bản": the two sides joined by
/// a hyphen after the trigger, when they are places (or two words one of which is); a
/// name with a hyphen is no pair of sides.
#[test]
fn two_sides_joined_by_a_hyphen() {
    let e = events("Ý tưởng này được đưa ra trong cuộc gặp thượng đỉnh Nhật-Nga hồi tháng 5/2016.");
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!((agent(&e[0]), partner(&e[0])), (Some("Nhật"), Some("Nga")));
    let e = events("Cuộc hội đàm Hàn Quốc - Nhật Bản diễn ra tại Tokyo.");
    assert_eq!(
        (agent(&e[0]), partner(&e[0])),
        (Some("Hàn Quốc"), Some("Nhật Bản"))
    );
    // a hyphenated name, a club's name: no sides
    for text in [
        "Củng Lợi gặp Jean-Michel Jarre tại Paris.",
        "Đội bóng gặp Seoul E-Land trong trận đấu tập.",
    ] {
        for e in events(text) {
            assert!(
                agent(&e) != Some("Jean") && agent(&e) != Some("Seoul E"),
                "{text}: {e:#?}"
            );
        }
    }
}

/// The passive's agent between "được" and the trigger, a body's part before it left
/// out: a name as written when its words are capitalised.
#[test]
fn the_passive_agent() {
    let e = events("Ông Park cũng được đại diện CLB HA Gia Lai tặng hoa nhân ngày sinh nhật.");
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(agent(&e[0]), Some("CLB HA Gia Lai"));
    let e = events("Năm 2010, ông được Tổng LĐLĐ Việt Nam tặng bằng khen.");
    assert_eq!(agent(&e[0]), Some("Tổng LĐLĐ Việt Nam"));
    // a capitalised trigger goes on with the name: no agent "Tổng"
    let e = events("Kế hoạch đã được Tổng Thanh tra Chính phủ phê duyệt.");
    assert!(e.iter().all(|e| agent(e) != Some("Tổng")), "{e:#?}");
    // lowercase words: no name as written
    let e = events("Người được Việt Nam phong tặng Anh hùng Lao động.");
    assert!(
        e.iter().all(|e| agent(e) != Some("Việt Nam phong")),
        "{e:#?}"
    );
}

/// A subject listing several bodies ("A, B và C", "A phối hợp với B"): `agents` names
/// each, first to last, and `agent` is the first; an apposition is no second agent.
#[test]
fn several_agents() {
    let names = |e: &Event| e.agents.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
    let e = events("Sáng 20/4, Sở Y tế và Sở Tài chính tổ chức hội nghị tổng kết.");
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(names(&e[0]), ["Sở Y tế", "Sở Tài chính"]);
    assert_eq!(agent(&e[0]), Some("Sở Y tế"));
    let e = events("Bộ Quốc phòng phối hợp với Tỉnh ủy Đồng Nai tổ chức hội thảo khoa học.");
    assert_eq!(names(&e[0]), ["Bộ Quốc phòng", "Tỉnh ủy Đồng Nai"]);
    let e = events("Cục Quản lý thị trường, Phòng Y tế và Công an thành phố kiểm tra cơ sở này.");
    assert_eq!(
        names(&e[0]),
        ["Cục Quản lý thị trường", "Phòng Y tế", "Công an thành phố"]
    );
    // one agent: `agents` is it alone
    let e = events("Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh.");
    assert_eq!(names(&e[0]), ["Thường trực Huyện ủy"]);
    // an apposition names the same official again: one agent
    let e = events("Ông Mai Hồng Hà, Bí thư Huyện ủy Hàm Yên đã làm việc với Đảng ủy xã Đức Ninh.");
    assert_eq!(e[0].agents.len(), 1, "{e:#?}");
    // the two sides of talks are agent and partner, no list
    let e = events("Việt Nam và Lào hội đàm tại Hà Nội.");
    assert!(e.iter().all(|e| e.agents.len() <= 1), "{e:#?}");
}
