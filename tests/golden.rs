//! Golden fixtures: every `fixtures/<name>.txt` with a `<name>.expected.json` beside it must
//! give exactly that Article JSON. After a deliberate change, rewrite the expectations with
//! `VINEWS_BLESS=1 cargo test --release --test golden` and read the JSON diff before
//! committing it: every fact right, nothing extra.

use std::path::Path;

#[test]
fn fixtures_match_their_expected_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let bless = std::env::var_os("VINEWS_BLESS").is_some();
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    for txt in entries {
        let expected_path = txt.with_extension("expected.json");
        if !expected_path.exists() && !bless {
            continue;
        }
        let text = std::fs::read_to_string(&txt).expect("fixture text");
        let article = vinews::Article::parse(&text);
        let got = serde_json::to_string_pretty(&article).expect("serialize") + "\n";
        if bless {
            std::fs::write(&expected_path, &got).expect("write expected");
        } else {
            let expected = std::fs::read_to_string(&expected_path).expect("expected json");
            assert!(
                got == expected,
                "{} differs from {}\nhelp: if the change is intended, run \
                 VINEWS_BLESS=1 cargo test --release --test golden and read the diff",
                txt.display(),
                expected_path.display()
            );
        }
        checked += 1;
    }
    assert!(checked >= 1, "no golden fixture was checked");
}
