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
