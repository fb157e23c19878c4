//! The whole pipeline: no panic; every span of the Article JSON in bounds and on character
//! boundaries; sentences and paragraphs ordered and not overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use vinews::{Article, Date, ExtractConfig, Extractor, Span};

fn check_spans(text: &str, v: &Value) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                assert!(
                    s <= e && e <= text.len(),
                    "span {s}..{e} outside 0..{}",
                    text.len()
                );
                assert!(
                    text.is_char_boundary(s) && text.is_char_boundary(e),
                    "{s}..{e}"
                );
            }
            m.values().for_each(|x| check_spans(text, x));
        }
        Value::Array(a) => a.iter().for_each(|x| check_spans(text, x)),
        _ => {}
    }
}

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
        check_spans(text, &json);
    }
});
