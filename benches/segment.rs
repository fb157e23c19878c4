//! Sentence segmentation throughput on real news, against a naive split on ". ".
//!
//! Inputs: the reference article `fixtures/duc-ninh-2023.txt`, and ~2 MB of article texts
//! from `../shared/data/news-corpus.jsonl` (or `$VINEWS_DATA`) when it exists; without the
//! data, the fixture repeated to ~2 MB. Everything is loaded outside the timed loop.
//!
//! Run: `cargo bench --bench segment`.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use vinews::segment::{SegmentConfig, Segmenter};

const FIXTURE: &str = include_str!("../fixtures/duc-ninh-2023.txt");
const CORPUS_BYTES: usize = 2 << 20;

/// About 2 MB of news texts, one article a paragraph block, or the fixture repeated.
fn corpus() -> (String, &'static str) {
    let dir = std::env::var_os("VINEWS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    if let Ok(data) = std::fs::read_to_string(dir.join("news-corpus.jsonl")) {
        let mut out = String::with_capacity(CORPUS_BYTES + 65536);
        for line in data.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(t) = v["text"].as_str() {
                out.push_str(t);
                out.push_str("\n\n");
            }
            if out.len() >= CORPUS_BYTES {
                break;
            }
        }
        if !out.is_empty() {
            return (out, "news-corpus-2MB");
        }
    }
    let mut out = String::new();
    while out.len() < CORPUS_BYTES {
        out.push_str(FIXTURE);
        out.push('\n');
    }
    (out, "fixture-x-2MB")
}

/// The baseline: split on ". " and trim, no rules at all.
fn naive(text: &str) -> usize {
    text.split(". ").filter(|s| !s.trim().is_empty()).count()
}

fn bench(c: &mut Criterion) {
    let (big, big_name) = corpus();
    let seg = Segmenter::default();
    let mut group = c.benchmark_group("segment");
    for (name, text) in [("duc-ninh-2023", FIXTURE), (big_name, big.as_str())] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("sentences", name), text, |b, t| {
            b.iter(|| vinews::sentences(black_box(t)).count());
        });
        group.bench_with_input(BenchmarkId::new("segmenter", name), text, |b, t| {
            b.iter(|| seg.sentences(black_box(t)).count());
        });
        group.bench_with_input(BenchmarkId::new("paragraphs", name), text, |b, t| {
            b.iter(|| vinews::paragraphs(black_box(t)).count());
        });
        group.bench_with_input(BenchmarkId::new("naive-split", name), text, |b, t| {
            b.iter(|| naive(black_box(t)));
        });
    }
    group.finish();

    let mut new = c.benchmark_group("new");
    new.bench_function("Segmenter::default", |b| b.iter(Segmenter::default));
    new.bench_function("Segmenter::new+1", |b| {
        b.iter(|| Segmenter::new(SegmentConfig::new().abbreviations(["Đ/c."])))
    });
    new.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
