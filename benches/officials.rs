//! Officials + organizations extraction throughput over real news: the reference article
//! and ~2 MB of `../shared/data/news-corpus.jsonl` texts (the reference repeated when the
//! data folder is absent). Extraction alone runs on already-normalized text; the full
//! `Article::parse` pipeline is in `benches/extract.rs`. Compared with a naive baseline in
//! the same group: counting capitalised words, the least any name finder must do.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn capitalised_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count()
}

fn bench(c: &mut Criterion) {
    let reference = vinews::normalize(&common::reference()).text.into_owned();
    let (corpus, source) = common::corpus(2 << 20);
    let corpus = vinews::normalize(&corpus).text.into_owned();

    let mut g = c.benchmark_group("officials");
    g.throughput(Throughput::Bytes(reference.len() as u64));
    g.bench_function("article/duc-ninh", |b| {
        b.iter(|| black_box(vinews::extract::official::extract(black_box(&reference))))
    });
    g.sample_size(10);
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function(format!("corpus-2MB/{source}"), |b| {
        b.iter(|| black_box(vinews::extract::official::extract(black_box(&corpus))))
    });
    g.bench_function(
        format!("corpus-2MB/{source}/baseline-capitalised-words"),
        |b| b.iter(|| black_box(capitalised_words(black_box(&corpus)))),
    );
    g.finish();

    // The lexicons are compiled once per process (a `LazyLock`), so construction cannot
    // be timed apart; this times the fixed cost of one call on a one-sentence text.
    let mut g = c.benchmark_group("officials-call");
    g.bench_function("one-sentence", |b| {
        b.iter(|| {
            black_box(vinews::extract::official::extract(black_box(
                "Bí thư Huyện ủy Mai Hồng Hà chủ trì.",
            )))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
