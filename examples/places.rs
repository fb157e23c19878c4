//! Places: administrative units with their gazetteer candidates, before and after the
//! reform of 1 July 2025, villages, countries and regions.
//!
//! `cargo run --example places`

fn main() {
    let text = "Đoàn công tác làm việc tại xã Đức Ninh, huyện Hàm Yên, tỉnh Tuyên Quang; \
                thôn 3 xã Đức Ninh có 120 hộ. Sản phẩm được xuất sang Lào.";
    let article = vinews::Article::parse(text);
    for p in &article.places {
        println!(
            "{} ({:?}, unit {:?}, {} mention(s))",
            p.text,
            p.kind,
            p.unit,
            p.mentions.len()
        );
        if let Some(r) = &p.resolved {
            println!("  resolved: {} {} ({:?})", r.code, r.path, r.valid);
        }
        for c in p.candidates.iter().skip(1) {
            println!("  candidate: {} {}", c.code, c.path);
        }
        if let Some(parent) = p.parent {
            println!("  lies in: {}", article.places[parent].text);
        }
    }
}
