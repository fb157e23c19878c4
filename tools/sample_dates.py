#!/usr/bin/env python3
"""Draws the articles of the dates evaluation (issue 13) from the public corpus.

Only articles with a publication date (the `date` field: the Dân Trí ones), a fixed seed,
stratified by section (`category`), the same number from each; split in two halves by
position: `dev` (developed on) and `held` (kept untouched). Prints `id<TAB>half<TAB>date`.

    python3 tools/sample_dates.py ../shared/data/news-corpus.jsonl > /tmp/dates-sample.tsv

A second draw (session 7) takes another seed and size a section and leaves out the
articles of earlier draws, listed in their files (tests/data/dates-sample-*.tsv):

    python3 tools/sample_dates.py ../shared/data/news-corpus.jsonl 20261215 3 \
        tests/data/dates-sample-dev.tsv tests/data/dates-sample-held.tsv
"""
import collections
import json
import random
import sys
from pathlib import Path

# Earlier draws' files are read as tools/sample_officials.py reads them.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_officials import drawn_before  # noqa: E402

SEED = 20261213
PER_SECTION = 4


def main(path, seed=SEED, per_section=PER_SECTION, exclude=()):
    skip = drawn_before(exclude)
    by_section = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("date") and d.get("category") and d["id"] not in skip:
                by_section[d["category"]].append((d["id"], d["date"]))
    rng = random.Random(seed)
    drawn = []
    for section in sorted(by_section):
        drawn += rng.sample(sorted(by_section[section]), per_section)
    rng.shuffle(drawn)
    for pos, (i, date) in enumerate(drawn):
        print(f"{i}\t{'dev' if pos % 2 == 0 else 'held'}\t{date}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        args[0] if args else "../shared/data/news-corpus.jsonl",
        int(args[1]) if len(args) > 1 else SEED,
        int(args[2]) if len(args) > 2 else PER_SECTION,
        args[3:],
    )
