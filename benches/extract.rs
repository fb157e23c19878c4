//! Dates + ratios extraction throughput over real news: the reference fixture and, when
//! present, ~2 MB of `../shared/data/news-corpus.jsonl` texts. Compared with naive
//! baselines in the same group: counting "/" bytes, and one regex
//! (`\d{1,2}/\d{1,2}(/\d{4})?`, `find_iter` count) over the same normalized texts.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vinews::{ExtractConfig, Extractor};

fn corpus() -> Option<Vec<String>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/news-corpus.jsonl"
    );
    let src = std::fs::read_to_string(path).ok()?;
    let mut out = Vec::new();
    let mut total = 0;
    for line in src.lines() {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        if let Some(t) = v["text"].as_str() {
            total += t.len();
            out.push(t.to_string());
        }
        if total > 2_000_000 {
            break;
        }
    }
    Some(out)
}

fn bench(c: &mut Criterion) {
    let fixture = include_str!("../fixtures/duc-ninh-2023.txt");
    let ex = Extractor::new(ExtractConfig::new());
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(fixture.len() as u64));
    g.bench_function("article/duc-ninh", |b| {
        b.iter(|| black_box(ex.parse(black_box(fixture))))
    });
    g.bench_function("article/duc-ninh/dates-ratios", |b| {
        b.iter(|| black_box(vinews::extract::facts(black_box(fixture), None)))
    });
    if let Some(texts) = corpus() {
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(10);
        g.bench_function("corpus-2MB/article-parse", |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(ex.parse(black_box(t)));
                }
            })
        });
        let normalized: Vec<String> = texts
            .iter()
            .map(|t| vinews::normalize(t).text.into_owned())
            .collect();
        g.bench_function("corpus-2MB/dates-ratios", |b| {
            b.iter(|| {
                for t in &normalized {
                    black_box(vinews::extract::facts(black_box(t), None));
                }
            })
        });
        g.bench_function("corpus-2MB/normalize-only", |b| {
            b.iter(|| {
                for t in &texts {
                    black_box(vinews::normalize(black_box(t)));
                }
            })
        });
        let naive = regex::Regex::new(r"\d{1,2}/\d{1,2}(/\d{4})?").expect("valid regex");
        g.bench_function("corpus-2MB/baseline-regex-dmy", |b| {
            b.iter(|| {
                normalized
                    .iter()
                    .map(|t| naive.find_iter(black_box(t)).count())
                    .sum::<usize>()
            })
        });
        g.bench_function("corpus-2MB/baseline-count-slash", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| t.bytes().filter(|&c| c == b'/').count())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
    c.bench_function("new/extractor", |b| {
        b.iter(|| black_box(Extractor::new(ExtractConfig::new())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
