//! The span check of the Article JSON, shared by `tests/pipeline.rs` and the `article` fuzz
//! target (`fuzz/fuzz_targets/article.rs`, which includes this file by its path).

use serde_json::Value;

/// Walks the Article JSON and checks every object with a `start` and an `end`.
pub fn check_spans(text: &str, v: &Value, found: &mut usize) -> Result<(), String> {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                if s > e || e > text.len() {
                    return Err(format!("span {s}..{e} outside 0..{}", text.len()));
                }
                if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                    return Err(format!("span {s}..{e} not on char boundaries"));
                }
                *found += 1;
            }
            m.values().try_for_each(|x| check_spans(text, x, found))
        }
        Value::Array(a) => a.iter().try_for_each(|x| check_spans(text, x, found)),
        _ => Ok(()),
    }
}
