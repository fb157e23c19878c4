"""Speed of the Python bindings on ~2 MiB of real news, next to underthesea in the same run.

    python bench.py [--mib 2] [--threads 1] [--ner-kib 64]

Reads the first articles of ../shared/data/news-corpus.jsonl (or $VINEWS_DATA) up to --mib
MiB, as the Rust benches do, and prints MiB/s of:
- vinews `Extractor.parse_many` (RAYON_NUM_THREADS=--threads; 1 gives the per-core figure
  that issue 17 compares with the Rust criterion benches `article/parse/news-corpus` and
  `article/parse-each/news-corpus`), as dicts and
  with `as_json=True` (JSON strings: no dict per span),
- vinews `parse` one article at a time,
- underthesea `sent_tokenize` over the same articles and `ner` over the first --ner-kib KiB
  (it is far slower), when underthesea is installed.
The Rust figures are read from criterion's last run of `cargo bench --bench article --
article/parse` (target/criterion), when there is one. Wall-clock: best of 3 runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus(mib: float) -> list[str]:
    path = Path(os.environ.get("VINEWS_DATA", REPO.parent / "shared" / "data")) / "news-corpus.jsonl"
    texts, size = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)["text"]
            texts.append(t)
            size += len(t.encode("utf-8"))
            if size >= mib * 2**20:
                break
    return texts


def best(fn, reps: int = 3) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def rust_figure(bench: str = "parse") -> float | None:
    """MiB/s of criterion's last `article/<bench>/news-corpus` run, if any (`parse`: the
    2 MiB as one text; `parse-each`: article by article, as parse_many takes them)."""
    base = REPO / "target" / "criterion" / "article" / bench / "news-corpus" / "new"
    try:
        est = json.loads((base / "estimates.json").read_text())
        bench = json.loads((base / "benchmark.json").read_text())
    except (OSError, ValueError):
        return None
    bytes_ = (bench.get("throughput") or {}).get("Bytes")
    ns = est["mean"]["point_estimate"]
    return bytes_ / (ns / 1e9) / 2**20 if bytes_ else None


def cli_seconds(texts: list[str], threads: int) -> tuple[str, float] | None:
    """Best of 3 of the Rust command line's `extract --jsonl` over the same articles (its
    parse and JSON writing against parse_many's parse and Python objects), if it is built."""
    import subprocess
    import tempfile

    rel = "target/release/vinews"  # cargo build --release --features cli
    binary = REPO / rel
    if not binary.exists():
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
    with tempfile.TemporaryFile() as out:
        run = lambda: subprocess.run(  # noqa: E731
            [str(binary), "extract", "--jsonl", f.name], env=env, check=True, stdout=out
        )
        try:
            return rel, best(run)
        finally:
            os.unlink(f.name)


def main() -> None:
    ap = argparse.ArgumentParser(description="speed of the vinews Python bindings")
    ap.add_argument("--mib", type=float, default=2.0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--ner-kib", type=int, default=64)
    args = ap.parse_args()
    os.environ["RAYON_NUM_THREADS"] = str(args.threads)  # before the pool starts
    import vinews

    texts = corpus(args.mib)
    mib = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    rows = []
    ex = vinews.Extractor()
    ex.parse_many(texts[:20])  # warm-up: lexicons built once per process
    t = best(lambda: ex.parse_many(texts))
    rows.append((f"vinews Extractor.parse_many ({args.threads} thread)", mib, t))
    t = best(lambda: ex.parse_many(texts, as_json=True))
    rows.append(("vinews parse_many(as_json=True)", mib, t))
    t = best(lambda: [ex.parse(x) for x in texts])
    rows.append(("vinews parse, one at a time", mib, t))
    cli = cli_seconds(texts, args.threads)
    if cli:
        rows.append((f"Rust {cli[0].split('/')[-1]} extract --jsonl ({args.threads} thread)", mib, cli[1]))
    rust, each = rust_figure(), rust_figure("parse-each")
    try:
        import underthesea
    except ImportError:
        underthesea = None
    if underthesea is not None:
        underthesea.sent_tokenize(texts[0])
        t = best(lambda: [underthesea.sent_tokenize(x) for x in texts], reps=1)
        rows.append((f"underthesea {underthesea.__version__} sent_tokenize", mib, t))
        small, size = [], 0
        for x in texts:
            small.append(x)
            size += len(x.encode("utf-8"))
            if size >= args.ner_kib * 1024:
                break
        underthesea.ner(small[0][:200])
        t = best(lambda: [underthesea.ner(x) for x in small], reps=1)
        rows.append((f"underthesea {underthesea.__version__} ner", size / 2**20, t))
    print(f"{len(texts)} articles, {mib:.2f} MiB of news-corpus.jsonl; python {sys.version.split()[0]}")
    print(f"{'what':48s} {'MiB':>6s} {'seconds':>8s} {'MiB/s':>8s}")
    for name, m, t in rows:
        print(f"{name:48s} {m:6.2f} {t:8.3f} {m / t:8.2f}")
    first = rows[0][1] / rows[0][2] / args.threads
    if cli:
        ratio = mib / cli[1] / args.threads / first
        print(f"parse_many per core: {ratio:.2f}x the time of the Rust command line in this run "
              "(which starts up, reads JSON lines and writes JSON too)")
    as_json = rows[1][1] / rows[1][2] / args.threads
    for label, fig in (("parse (one 2 MiB text)", rust), ("parse-each (article by article)", each)):
        if fig:
            print(f"Rust criterion article/{label}, its last run: {fig:.2f} MiB/s; per core, "
                  f"parse_many {fig / first:.2f}x slower, as_json {fig / as_json:.2f}x slower")
    if not (rust and each):
        print("no criterion figure (run `cargo bench --bench article -- article/parse`)")


if __name__ == "__main__":
    main()
