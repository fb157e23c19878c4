//! Hygiene of every word list the crate embeds (`src/lexicon/*.txt`, `src/segment/*.txt`):
//! the rules every list shares. Rules of one list (lower case, sorted, known column values)
//! are tested beside the code that reads it.

use std::collections::HashSet;
use std::path::Path;

use unicode_normalization::is_nfc;

#[test]
fn every_word_list_is_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["lexicon", "segment"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("src folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(
        files.len() >= 30,
        "expected the word lists, found {}",
        files.len()
    );
    for path in files {
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        let text = std::fs::read_to_string(&path).expect("UTF-8 word list");
        let mut seen = HashSet::new();
        let mut entries = 0;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let at = format!("src/{name}:{}", n + 1);
            assert!(is_nfc(line), "{at}: not NFC: {line:?}");
            assert_eq!(line, line.trim(), "{at}: not trimmed");
            for col in line.split('\t') {
                assert_eq!(col, col.trim(), "{at}: a column is not trimmed");
                assert!(!col.is_empty(), "{at}: an empty column");
            }
            assert_eq!(
                vinews::normalize(line).text,
                line,
                "{at}: not in the crate's normalized form (tone style hòa, thủy)"
            );
            assert!(seen.insert(line), "{at}: duplicate line {line:?}");
            entries += 1;
        }
        assert!(entries > 0, "src/{name}: no entries");
    }
}
