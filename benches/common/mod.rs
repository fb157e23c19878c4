//! Inputs shared by the benchmarks: the reference article and ~2 MB of real news.
#![allow(dead_code)]

use std::path::PathBuf;

/// The reference article bundled with the crate.
pub fn reference() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/duc-ninh-2023.txt");
    std::fs::read_to_string(path).expect("fixtures/duc-ninh-2023.txt")
}

/// About `bytes` of real news texts from `../shared/data/news-corpus.jsonl` (or
/// `$VINEWS_DATA`), joined by blank lines; the reference article repeated when the data
/// folder is absent (a user's clone has no data). The second value names the source.
pub fn corpus(bytes: usize) -> (String, &'static str) {
    let (texts, source) = articles(bytes);
    let mut out = String::with_capacity(bytes + 64 * 1024);
    for t in &texts {
        out.push_str(t);
        out.push_str("\n\n");
    }
    (out, source)
}

/// The articles of [`corpus`], one text each (the first ones of the corpus up to about
/// `bytes`, counting a blank line after each, as `corpus` joins them).
pub fn articles(bytes: usize) -> (Vec<String>, &'static str) {
    let dir = std::env::var_os("VINEWS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let mut out = Vec::new();
    let mut len = 0;
    if let Ok(file) = std::fs::read_to_string(dir.join("news-corpus.jsonl")) {
        for line in file.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                len += t.len() + 2;
                out.push(t.to_owned());
            }
            if len >= bytes {
                return (out, "news-corpus");
            }
        }
        if !out.is_empty() {
            return (out, "news-corpus");
        }
    }
    let article = reference();
    while len < bytes {
        len += article.len() + 2;
        out.push(article.clone());
    }
    (out, "reference-repeated")
}
