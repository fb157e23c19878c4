//! Normalization in every mode: no panic, the result normalized again is the same, and the
//! offset map is monotone, maps 0 to 0 and the end to the end, and lands on the input's
//! character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vinews::{NormalizeConfig, Normalizer, Span, ToneStyle};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for tone in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
        for strip in [false, true] {
            for fix in [true, false] {
                let n = Normalizer::new(
                    NormalizeConfig::new()
                        .tone(tone)
                        .strip_accents(strip)
                        .fix_encoding(fix),
                );
                let once = n.normalize(text);
                let twice = n.normalize(&once.text);
                assert_eq!(
                    twice.text, once.text,
                    "not idempotent: {tone:?} strip {strip} fix {fix}"
                );
                let map = &once.map;
                // an end at 0 maps to 0 and a start at the end to the end; a start at 0
                // lands after bytes deleted at the very start (a zero-width space), an end
                // at the end before bytes deleted at the very end
                assert_eq!(map.end_to_original(0), 0);
                assert_eq!(map.start_to_original(once.text.len()), text.len());
                let full = map.to_original(Span::new(0, once.text.len()));
                assert!(full.start <= full.end && full.end <= text.len());
                let mut last = (0, 0);
                for i in (0..=once.text.len()).filter(|&i| once.text.is_char_boundary(i)) {
                    let (s, e) = (map.start_to_original(i), map.end_to_original(i));
                    assert!(s >= last.0 && e >= last.1, "map not monotone at {i}");
                    assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                    last = (s, e);
                }
                for r in &once.repairs {
                    assert!(r.span.start <= r.span.end && r.span.end <= text.len());
                }
            }
        }
    }
});
