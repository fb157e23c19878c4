//! Evaluations of the normalizer over the shared data (`#[ignore]`d: run with
//! `cargo test --release --test eval_normalize -- --ignored --nocapture`).

mod common;

use std::fs;

/// A repair found in a record: (record id, encoding, original snippet).
type Found = (String, String, String);

/// Normalizes the `title` and `text` of every record of `name`; returns how many records
/// were read and every repair found.
fn repairs_in(name: &str) -> Option<(usize, Vec<Found>)> {
    let path = common::data_file(name)?;
    let data = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\nhelp: is shared/data complete?",
            path.display()
        )
    });
    let mut records = 0;
    let mut found = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON record per line");
        records += 1;
        let id = v["id"].as_str().unwrap_or("?").to_string();
        for field in ["title", "text"] {
            let Some(text) = v[field].as_str() else {
                continue;
            };
            let n = vinews::normalize(text);
            for r in &n.repairs {
                let mut s = r.span.start.saturating_sub(40);
                while !text.is_char_boundary(s) {
                    s -= 1;
                }
                let mut e = (r.span.end + 40).min(text.len());
                while !text.is_char_boundary(e) {
                    e += 1;
                }
                found.push((
                    id.clone(),
                    format!("{:?}", r.encoding),
                    text[s..e].to_string(),
                ));
            }
        }
    }
    Some((records, found))
}

/// The shared corpora hold no legacy-encoded text, so the detector must stay silent on
/// every record: each repair reported here is a false positive.
#[test]
#[ignore = "needs ../shared/data; run with --ignored"]
fn no_legacy_repairs_on_clean_corpora() {
    let files = [
        "news-corpus.jsonl",
        "news-dev.jsonl",
        "vtb-dev-paragraphs.jsonl",
        "vtb-dev-paragraphs.detok.jsonl",
        "vtb-train-paragraphs.jsonl",
        "vtb-train-paragraphs.detok.jsonl",
    ];
    let mut total = 0;
    for name in files {
        let Some((records, found)) = repairs_in(name) else {
            return;
        };
        println!("{name}: {records} records, {} repairs", found.len());
        // legacy detection on clean text: every repair is a false positive
        let p = if found.is_empty() { 1.0 } else { 0.0 };
        common::eval_row(
            "legacy false repairs",
            name,
            records,
            p,
            f64::NAN,
            f64::NAN,
            None,
        );
        for (id, enc, snippet) in found.iter().take(20) {
            println!("  {id} {enc}: {snippet:?}");
        }
        total += found.len();
    }
    assert_eq!(
        total, 0,
        "legacy repairs on clean text\nhelp: see the snippets above; tighten the scoring in src/normalize/legacy/mod.rs"
    );
}
