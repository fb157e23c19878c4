"""Extract the facts of a JSON Lines corpus with Dask's distributed scheduler.

Each input line is a JSON object with `text` (and optionally `id`, `date`); each output line
is `{"id": …, <the Article's fields>}`, as `vinews extract --jsonl` writes. The corpus is cut
into blocks of whole lines (`dask.bag.read_text(blocksize=…)`), each block is parsed by one
worker with `vinews.Extractor.parse_many` (which releases the GIL and uses the worker's
cores), and every block is written to its own part file, in order: concatenating the parts
gives the single-process output line for line.

    python recipes/dask_extract.py CORPUS.jsonl OUT_DIR [--workers 2] [--blocksize 4MB]
    # or on an existing cluster: --scheduler tcp://host:8786

On a real cluster, install the vinews wheel on every worker and make this module importable
there (on PYTHONPATH, or `client.upload_file("recipes/dask_extract.py")`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import vinews


def extract_lines(lines: list[str]) -> list[str]:
    """One block of input lines → output lines (one extractor per block: it is cheap)."""
    records = [json.loads(line) for line in lines if line.strip()]
    texts = [r.get("text", "") for r in records]
    dates = [r.get("date") for r in records]
    articles = vinews.Extractor().parse_many(texts, dates=dates)
    return [
        json.dumps({"id": r.get("id"), **a}, ensure_ascii=False) + "\n"
        for r, a in zip(records, articles)
    ]


def extract_local(corpus: Path) -> list[str]:
    """The single-process output, to compare with."""
    with open(corpus, encoding="utf-8") as f:
        return extract_lines(f.readlines())


def write_part(lines: list[str], path: str) -> str:
    """Parses one block and writes its output lines to `path`."""
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(extract_lines(lines))
    return path


def extract_dask(corpus: Path, out_dir: Path, client, blocksize: str = "4MB") -> list[Path]:
    """Runs the extraction on `client`'s cluster; returns the part files in order."""
    import dask
    import dask.bag as db

    out_dir.mkdir(parents=True, exist_ok=True)
    blocks = db.read_text(str(corpus), blocksize=blocksize, encoding="utf-8").to_delayed()
    writes = [
        dask.delayed(write_part)(block, str(out_dir / f"part-{i:05}.jsonl"))
        for i, block in enumerate(blocks)
    ]
    return [Path(p) for p in client.compute(writes, sync=True)]


def main() -> None:
    from dask.distributed import Client, LocalCluster

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--blocksize", default="4MB")
    ap.add_argument("--scheduler", help="address of a running scheduler (default: a LocalCluster)")
    args = ap.parse_args()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    with client:
        for p in extract_dask(args.corpus, args.out_dir, client, args.blocksize):
            print(p)


if __name__ == "__main__":
    main()
