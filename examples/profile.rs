//! A driver for profilers (callgrind, cachegrind, perf): runs one stage over ~2 MB of real
//! news from `../shared/data/news-corpus.jsonl` (or `$VINEWS_DATA`) `N` times (default 1)
//! and prints its speed; with `VINEWS_PROFILE_INPUT=seed`, over the reference article
//! `fixtures/duc-ninh-2023.txt` instead. `scripts/bench` counts its instructions per stage
//! under cachegrind against a committed baseline. Instruction counts quoted in the history
//! come from
//!
//! ```text
//! N=1 valgrind --tool=callgrind target/release/examples/profile article
//! ```
//!
//! minus the same run with `N=0` (reading the data and the first, lazy set-up).
//! Stages: `normalize` (clean text), `normalize-raw`, `strip`, `sentences`, `article`,
//! `facts` (dates and ratios alone, on the normalized text), `places` (place extraction
//! alone, as `cargo bench --bench places` times it).
//! Wall-clock figures belong to `cargo bench`; this only gives profilers a steady loop.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let stage = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "article".to_string());
    let reps: usize = std::env::var("N")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let raw = if std::env::var("VINEWS_PROFILE_INPUT").is_ok_and(|v| v == "seed") {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/duc-ninh-2023.txt");
        match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("profile: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    } else {
        match corpus() {
            Some(text) => text,
            None => return ExitCode::from(2),
        }
    };
    let clean = vinews::normalize(&raw).into_string();
    // the lazily built tables and automata, outside the measured loop
    let mut cut = clean.len().min(4096);
    while !clean.is_char_boundary(cut) {
        cut -= 1;
    }
    let _ = vinews::Article::parse(&clean[..cut]);
    let input = if stage == "normalize-raw" {
        &raw
    } else {
        &clean
    };
    let t = Instant::now();
    let mut total = 0;
    for _ in 0..reps {
        total += match stage.as_str() {
            "normalize" | "normalize-raw" => vinews::normalize(input).text.len(),
            "strip" => vinews::strip_accents(input).len(),
            "sentences" => vinews::sentences(input).count(),
            "article" => vinews::Article::parse(input).sentences.len(),
            "places" => vinews::extract::place::places(input, None).len(),
            "facts" => {
                let (dates, ratios) = vinews::extract::facts(input, None);
                dates.len() + ratios.len()
            }
            _ => {
                eprintln!("profile: unknown stage {stage:?}");
                return ExitCode::from(2);
            }
        };
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{stage}: {reps} × {} bytes, {:.1} MB/s ({total})",
        input.len(),
        (reps * input.len()) as f64 / secs / 1e6
    );
    ExitCode::SUCCESS
}

/// The first ~2 MB of news-corpus.jsonl's texts, each followed by a blank line.
fn corpus() -> Option<String> {
    let dir = std::env::var_os("VINEWS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let path = dir.join("news-corpus.jsonl");
    let Ok(file) = std::fs::read_to_string(&path) else {
        eprintln!("profile: cannot read {} (set VINEWS_DATA)", path.display());
        return None;
    };
    let mut raw = String::new();
    for line in file.lines() {
        if let Some(t) = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("text")?.as_str().map(str::to_string))
        {
            raw.push_str(&t);
            raw.push_str("\n\n");
        }
        if raw.len() > 2 << 20 {
            break;
        }
    }
    Some(raw)
}
