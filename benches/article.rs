//! End to end: `Article::parse` (normalize, segment, every extractor) on the reference
//! article and ~2 MB of real news (as one text, and article by article), and how time
//! grows with input size (1 KB to 8 MB).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use vinews::{Article, ExtractConfig, Extractor};

mod common;

fn bench(c: &mut Criterion) {
    let article = common::reference();
    let (corpus, source) = common::corpus(2 << 20);

    let mut g = c.benchmark_group("article");
    for (name, text) in [("reference", &article), (source, &corpus)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse", name), text, |b, t| {
            b.iter(|| black_box(Article::parse(black_box(t))))
        });
    }
    // The same news one article at a time, as the command line's --jsonl and Python's
    // parse_many take it (one Article each: its Doc, maps and records made 422 times).
    let (texts, source) = common::articles(2 << 20);
    g.throughput(Throughput::Bytes(
        texts.iter().map(|t| t.len() as u64).sum(),
    ));
    g.bench_with_input(BenchmarkId::new("parse-each", source), &texts, |b, ts| {
        b.iter(|| {
            for t in ts {
                black_box(Article::parse(black_box(t)));
            }
        })
    });
    g.finish();

    // Linear growth: the same real text cut at growing sizes (on a paragraph boundary).
    let mut g = c.benchmark_group("article-scaling");
    g.sample_size(10);
    let (big, _) = common::corpus(8 << 20);
    for size in [1usize << 10, 16 << 10, 256 << 10, 2 << 20, 8 << 20] {
        let mut cut = size.min(big.len());
        while !big.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &big[..cut];
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(size), text, |b, t| {
            b.iter(|| black_box(Article::parse(black_box(t))))
        });
    }
    g.finish();

    c.bench_function("extractor-new", |b| {
        b.iter(|| black_box(Extractor::new(ExtractConfig::new())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
