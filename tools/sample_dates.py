#!/usr/bin/env python3
"""Draws the articles of the dates evaluation (issue 13) from the public corpus.

Only articles with a publication date (the `date` field: the Dân Trí ones), a fixed seed,
stratified by section (`category`), the same number from each; split in two halves by
position: `dev` (developed on) and `held` (kept untouched). Prints `id<TAB>half<TAB>date`.

    python3 tools/sample_dates.py ../shared/data/news-corpus.jsonl > /tmp/dates-sample.tsv
"""
import collections
import json
import random
import sys

SEED = 20261213
PER_SECTION = 4


def main(path):
    by_section = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("date") and d.get("category"):
                by_section[d["category"]].append((d["id"], d["date"]))
    rng = random.Random(SEED)
    drawn = []
    for section in sorted(by_section):
        drawn += rng.sample(sorted(by_section[section]), PER_SECTION)
    rng.shuffle(drawn)
    for pos, (i, date) in enumerate(drawn):
        print(f"{i}\t{'dev' if pos % 2 == 0 else 'held'}\t{date}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news-corpus.jsonl")
