//! Officials: people with their titles, each title read into role, organization and
//! jurisdiction; and the organizations named.
//!
//! `cargo run --example officials`

fn main() {
    let text = "Đồng chí Mai Hồng Hà, Bí thư Huyện ủy Hàm Yên chủ trì buổi làm việc. \
                Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Tuyên Quang, phát biểu.";
    let article = vinews::Article::parse(text);
    for o in &article.officials {
        println!("{} ({} mention(s))", o.name, o.mentions.len());
        for t in &o.titles {
            let org = t.organization.as_ref();
            println!(
                "  {}: role {:?}, modifiers {:?}, organization {:?} ({:?}), jurisdiction {:?}",
                t.text,
                t.role,
                t.modifiers,
                org.map(|o| o.expanded.as_str()),
                org.map(|o| o.kind),
                t.jurisdiction.as_ref().map(|j| (j.code, j.path.as_str())),
            );
        }
    }
    for o in &article.organizations {
        println!("organization: {} {:?}", o.text, o.expanded);
    }
}
