//! Shared by the integration tests: where the evaluation data lives.
#![allow(dead_code)]

use std::path::PathBuf;

/// The folder of `../shared/data` (or `$VINEWS_DATA`), when it exists.
///
/// Evaluations over it are `#[ignore]`d tests: a user's clone has no data. When
/// `VINEWS_REQUIRE_DATA` is set (CI sets it) a missing folder is a failure, not a skip.
pub fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("VINEWS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os("VINEWS_REQUIRE_DATA").is_some() {
        panic!(
            "evaluation data not found at {}\nhelp: set VINEWS_DATA to the shared/data folder",
            dir.display()
        );
    }
    eprintln!("skipped: no evaluation data at {}", dir.display());
    None
}

/// The path of one data file, when the data folder exists.
pub fn data_file(name: &str) -> Option<PathBuf> {
    data_dir().map(|d| d.join(name))
}

/// Prints one row of the evaluation table that `scripts/eval` gathers from every
/// evaluation: area, data set, items scored, precision, recall, F1 and the F1 the test
/// requires.
pub fn eval_row(area: &str, data: &str, n: usize, p: f64, r: f64, f1: f64, min_f1: Option<f64>) {
    let num = |x: f64| {
        if x.is_nan() {
            "-".to_string()
        } else {
            format!("{x:.4}")
        }
    };
    let min = min_f1.map_or("-".to_string(), |m| format!("{m:.3}"));
    println!(
        "EVAL\t{area}\t{data}\t{n}\t{}\t{}\t{}\t{min}",
        num(p),
        num(r),
        num(f1)
    );
}
