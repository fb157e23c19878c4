//! Place extraction speed on real news (normalized text, gazetteer loaded), the gazetteer
//! load on its own, and a naive regex over unit words as the baseline.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use std::hint::black_box;
use vinews::extract::gazetteer::{Gazetteer, UNITS_TSV, gazetteer};
use vinews::extract::place::places;

mod common;

fn inputs() -> Vec<(String, String)> {
    let article = common::reference();
    let (corpus, source) = common::corpus(2 << 20);
    vec![
        (
            "article".to_string(),
            vinews::normalize(&article).into_string(),
        ),
        (source.to_string(), vinews::normalize(&corpus).into_string()),
    ]
}

fn bench(c: &mut Criterion) {
    let inputs = inputs();
    // Load the gazetteer and build the automata outside the timed loops.
    let _ = gazetteer();
    let _ = places("xã Đức Ninh", None);
    let naive = Regex::new(r"(?:xã|phường|huyện|quận|tỉnh|thành phố|TP) \p{Lu}\w*(?: \p{Lu}\w*)*")
        .expect("baseline regex");
    let mut g = c.benchmark_group("places");
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("vinews", name), text, |b, t| {
            b.iter(|| places(black_box(t), None).len())
        });
        g.bench_with_input(BenchmarkId::new("baseline-regex", name), text, |b, t| {
            b.iter(|| naive.find_iter(black_box(t)).count())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("gazetteer");
    g.throughput(Throughput::Bytes(UNITS_TSV.len() as u64));
    g.sample_size(20);
    g.bench_function("parse", |b| {
        b.iter(|| Gazetteer::parse(black_box(UNITS_TSV)).map(|g| g.units().len()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
