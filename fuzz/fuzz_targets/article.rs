//! The whole pipeline: no panic; every span of the Article JSON in bounds and on character
//! boundaries; sentences and paragraphs ordered and not overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;
#[path = "../../tests/common/spans.rs"]
mod spans;
use vinews::{Article, Date, ExtractConfig, Extractor, Span};

fn ordered(spans: &[Span]) {
    for w in spans.windows(2) {
        assert!(w[0].end <= w[1].start, "{:?} then {:?}", w[0], w[1]);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for date in [None, Date::new(2023, 9, 20)] {
        let a: Article = Extractor::new(ExtractConfig::new().reference_date(date)).parse(text);
        ordered(&a.sentences);
        ordered(&a.paragraphs);
        let json = serde_json::to_value(&a).expect("an Article serializes");
        if let Err(e) = spans::check_spans(text, &json, &mut 0) {
            panic!("{e}");
        }
    }
});
