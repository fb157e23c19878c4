//! Normalization speed on real news: clean (the fast path) and decomposed (the slow path),
//! against a plain NFC pass from unicode-normalization as the baseline.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use unicode_normalization::UnicodeNormalization;
use vinews::{NormalizeConfig, Normalizer, ToneStyle};

mod common;

fn inputs() -> Vec<(String, String)> {
    let article = common::reference();
    let (raw, source) = common::corpus(2 << 20);
    // already clean: what most real news is, and the fast path
    let clean = vinews::normalize(&raw).into_string();
    let nfd: String = raw.nfd().collect();
    vec![
        ("article".to_string(), article),
        (format!("{source}-clean"), clean),
        (format!("{source}-raw"), raw),
        (format!("{source}-nfd"), nfd),
    ]
}

fn bench(c: &mut Criterion) {
    let inputs = inputs();
    let old = Normalizer::default();
    let new = Normalizer::new(NormalizeConfig::new().tone(ToneStyle::New));
    let mut g = c.benchmark_group("normalize");
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("vinews-old", name), text, |b, t| {
            b.iter(|| black_box(old.normalize(black_box(t))).text.len())
        });
        g.bench_with_input(BenchmarkId::new("vinews-new", name), text, |b, t| {
            b.iter(|| black_box(new.normalize(black_box(t))).text.len())
        });
        g.bench_with_input(BenchmarkId::new("baseline-nfc", name), text, |b, t| {
            b.iter(|| black_box(t.nfc().collect::<String>()).len())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("strip_accents");
    for (name, text) in inputs.iter().take(2) {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("vinews", name), text, |b, t| {
            b.iter(|| black_box(vinews::strip_accents(black_box(t))).len())
        });
    }
    g.finish();

    c.bench_function("normalizer-new", |b| {
        b.iter(|| black_box(Normalizer::new(NormalizeConfig::new())))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
