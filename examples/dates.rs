//! Dates: every time expression, resolved against the publication date.
//!
//! `cargo run --example dates`

use vinews::{Date, ExtractConfig, Extractor};

fn main() {
    let text = "Sáng 19/9, xã Đức Ninh tổ chức hội nghị. Trong 8 tháng đầu năm 2023, \
                hôm qua và rằm tháng Giêng năm sau, giai đoạn 2021-2025.";
    let published = "2023-09-20".parse::<Date>().ok();
    let extractor = Extractor::new(ExtractConfig::new().reference_date(published));
    for d in extractor.parse(text).dates {
        println!(
            "{:<28} {:?} {:?} value={} from={} to={}{}",
            d.text,
            d.kind,
            d.timex,
            d.value_str().unwrap_or_default(),
            d.from.unwrap_or_default(),
            d.to.unwrap_or_default(),
            if d.year_inferred {
                " (year inferred)"
            } else {
                ""
            },
        );
    }
}
