//! The output contract (issue 16): every Article reads back from its JSON into the same
//! JSON (`Deserialize` on every output type), carries its `schema_version`, and the JSON
//! Schema in `schema/` is the one the types generate (feature `schema`). The seed article
//! is checked here; the whole corpus by the ignored test, which `scripts/eval` (and so
//! `.ci/run`) runs.

mod common;

use vinews::{Article, Date, ExtractConfig, Extractor, SCHEMA_VERSION};

/// `article`'s JSON, read back into an Article and written again, is the same JSON.
fn assert_round_trip(article: &Article, what: &str) {
    let json = serde_json::to_string(article).expect("serialize");
    let back: Article = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{what}: the JSON does not read back: {e}"));
    let again = serde_json::to_string(&back).expect("serialize");
    assert!(
        json == again,
        "{what}: the JSON read back differs\n{json}\n{again}"
    );
}

fn seed() -> (String, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let text = std::fs::read_to_string(dir.join("duc-ninh-2023.txt")).expect("fixture");
    let json = std::fs::read_to_string(dir.join("duc-ninh-2023.expected.json")).expect("json");
    (text, json)
}

#[test]
fn the_seed_article_round_trips() {
    let (text, expected) = seed();
    let article = Article::parse(&text);
    assert_eq!(article.schema_version, SCHEMA_VERSION);
    assert_round_trip(&article, "seed");
    // The committed JSON reads back too, into the Article it was written from (the
    // fields the JSON leaves out, gazetteer indexes, aside).
    let back: Article = serde_json::from_str(&expected).expect("expected JSON reads back");
    assert_eq!(back.dates, article.dates);
    assert_eq!(back.ratios, article.ratios);
    assert_eq!(back.officials, article.officials);
    assert_eq!(back.structure, article.structure);
    assert_eq!(back.places.len(), article.places.len());
    assert_eq!(
        serde_json::to_string_pretty(&back).expect("serialize") + "\n",
        expected
    );
}

#[test]
fn schema_version_is_the_first_field_and_required() {
    let json = serde_json::to_string(&Article::parse("Xã Đức Ninh.")).expect("serialize");
    assert!(
        json.starts_with(&format!("{{\"schema_version\":{SCHEMA_VERSION},")),
        "{json}"
    );
    let without = json.replacen(&format!("\"schema_version\":{SCHEMA_VERSION},"), "", 1);
    assert!(serde_json::from_str::<Article>(&without).is_err());
}

/// A value the library never writes is refused, not read as something else.
#[test]
fn bad_values_are_refused() {
    let json = serde_json::to_string(&Article::parse("Ngày 19/9/2023, xã đạt 8/19 tiêu chí."))
        .expect("serialize");
    assert!(json.contains("\"value\":\"2023-09-19\""), "{json}");
    for (from, to) in [
        ("\"value\":\"2023-09-19\"", "\"value\":\"19/9/2023\""),
        ("\"kind\":\"day\"", "\"kind\":\"weekday\""),
        ("\"kind\":\"count\"", "\"kind\":\"many\""),
        ("\"numerator\":8", "\"numerator\":-8"),
    ] {
        assert!(json.contains(from), "{from} not in {json}");
        let bad = json.replacen(from, to, 1);
        assert!(
            serde_json::from_str::<Article>(&bad).is_err(),
            "{to} was read"
        );
    }
}

/// Every article of the public data (news-corpus and news-dev, with its publication date
/// as the command line reads it) round-trips.
#[test]
#[ignore = "needs ../shared/data; scripts/eval runs it"]
fn the_corpus_round_trips() {
    let mut n = 0;
    for name in ["news-corpus.jsonl", "news-dev.jsonl"] {
        let Some(path) = common::data_file(name) else {
            return;
        };
        let file = std::fs::read_to_string(&path).expect("data file");
        for line in file.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
            let Some(text) = v["text"].as_str() else {
                continue;
            };
            let date = v["date"].as_str().and_then(|d| d.parse::<Date>().ok());
            let article = Extractor::new(ExtractConfig::new().reference_date(date)).parse(text);
            assert_round_trip(&article, &format!("{name} {}", v["id"]));
            n += 1;
        }
    }
    assert!(n > 1000, "only {n} articles");
    println!("round trip: {n} articles");
}

/// `schema/article.schema.json` is what the types generate now. After a deliberate change
/// of the output types: `VINEWS_BLESS=1 cargo test --release --features schema --test
/// contract` (and raise `SCHEMA_VERSION` when a field changes meaning or goes).
#[cfg(feature = "schema")]
#[test]
fn the_committed_schema_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/article.schema.json");
    let schema = schemars::schema_for!(Article);
    let fresh = serde_json::to_string_pretty(&schema).expect("schema JSON") + "\n";
    if std::env::var_os("VINEWS_BLESS").is_some() {
        std::fs::write(&path, &fresh).expect("write the schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is not what the types generate\nhelp: if the change is intended, run \
         VINEWS_BLESS=1 cargo test --release --features schema --test contract",
        path.display()
    );
}
