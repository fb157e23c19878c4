//! Sentences and paragraphs of normalized text, mapped back to the input: in bounds, on
//! character boundaries, ordered and not overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vinews::{Span, normalize, paragraphs, sentences};

fn check(text: &str, spans: impl Iterator<Item = Span>) {
    let mut end = 0;
    for s in spans {
        assert!(s.start >= end, "overlap or disorder at {s:?}");
        assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        end = s.end;
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(text, sentences(text));
    check(text, paragraphs(text));
    let n = normalize(text);
    check(text, sentences(&n.text).map(|s| n.map.to_original(s)));
    check(text, paragraphs(&n.text).map(|s| n.map.to_original(s)));
});
