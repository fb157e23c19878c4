//! The linear-time promise, made checkable (issue 15): `Article::parse` on each hostile
//! shape at 1, 4 and 16 MB. Throughput (MB/s) should stay level as the size grows; a
//! quadratic path shows as a falling line (1.2 MB of "in" lines took 27 s before it was
//! fixed: 0.04 MB/s, and four times as long per byte at each step up).
//!
//!     cargo bench --bench hostile                 # every shape
//!     cargo bench --bench hostile -- 'hostile/dots'

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use vinews::Article;

mod common;

/// `unit` repeated (with `vary` giving the n-th copy its own words) up to `bytes`.
fn repeat(bytes: usize, vary: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut n = 0;
    while out.len() < bytes {
        out.push_str(&vary(n));
        n += 1;
    }
    out
}

/// A name-like word for `n` (so that lines differ: distinct titles, distinct places).
fn word(n: usize) -> String {
    const SYL: [&str; 8] = [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hòa", "Khánh", "Long",
    ];
    let mut s = String::new();
    let mut k = n;
    for _ in 0..4 {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(SYL[k % 8]);
        k /= 8;
    }
    s
}

/// The hostile shapes of issue 15, each at `bytes`.
fn shapes(bytes: usize) -> Vec<(&'static str, String)> {
    let (news, _) = common::corpus(bytes);
    vec![
        ("widget-lines", repeat(bytes, |_| "in\n".to_string())),
        ("marker-lines", repeat(bytes, |_| "Xem thêm:\n".to_string())),
        (
            "distinct-titles",
            repeat(bytes, |n| {
                format!(
                    "Ông Nguyễn Văn An, Chủ tịch UBND xã {}, phát biểu.\n",
                    word(n)
                )
            }),
        ),
        (
            "nfd-cr-lines",
            repeat(bytes, |_| {
                "Ho\u{323}c sinh vu\u{300}ng lu\u{303}\r".to_string()
            }),
        ),
        (
            "mixed-legacy",
            repeat(bytes, |_| "á»™i oä Hµ Néi ".to_string()),
        ),
        ("dots", repeat(bytes, |_| ".".to_string())),
        (
            "ratio-lists",
            repeat(bytes, |_| {
                "đạt 8/19 tiêu chí gồm: Giao thông, Điện, ".to_string()
            }),
        ),
        ("news-one-line", news.replace(['\n', '\r'], " ")),
    ]
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));
    for mb in [1usize, 4, 16] {
        for (name, text) in shapes(mb << 20) {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, format!("{mb}MB")), &text, |b, t| {
                b.iter(|| black_box(Article::parse(black_box(t))))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
