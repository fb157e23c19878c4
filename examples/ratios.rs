//! Ratios: "8/19 tiêu chí" with its subject, date and listed items.
//!
//! `cargo run --example ratios`

fn main() {
    let text = "Đến hết tháng 8 năm 2023, xã Đức Ninh đạt 8/19 tiêu chí gồm: Giao thông; \
                Điện; Thu nhập. Có 2/3 số hộ đồng ý.";
    for r in vinews::Article::parse(text).ratios {
        println!(
            "{} ({:?}): {}/{} {} subject={:?} date={:?} items={:?}{}",
            r.text,
            r.kind,
            r.numerator,
            r.denominator,
            r.unit.unwrap_or_default(),
            r.subject,
            r.date,
            r.items,
            if r.items_mismatch {
                " (items differ from the count)"
            } else {
                ""
            },
        );
    }
}
