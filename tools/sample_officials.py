#!/usr/bin/env python3
"""Draws the articles of the officials evaluation (issue 12) from the public corpus.

A fixed seed, stratified by section (the `category` field; every baomoi article is one
stratum), proportional to each section's size, at least 4 articles a section. The draw is
split in two halves by position: `dev` (developed on) and `held` (kept untouched until the
end). Prints `id<TAB>half<TAB>category` lines; the ids are what tests/data lists.

    python3 tools/sample_officials.py ../shared/data/news-corpus.jsonl > /tmp/sample.tsv
"""
import collections
import json
import random
import sys

SEED = 20261204
TOTAL = 110
MIN_PER_SECTION = 4


def main(path):
    by_section = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            by_section[d.get("category") or "baomoi"].append(d["id"])
    n = sum(len(v) for v in by_section.values())
    rng = random.Random(SEED)
    drawn = []
    for section in sorted(by_section):
        ids = sorted(by_section[section])
        k = max(MIN_PER_SECTION, round(TOTAL * len(ids) / n))
        drawn += [(i, section) for i in rng.sample(ids, min(k, len(ids)))]
    rng.shuffle(drawn)
    for pos, (i, section) in enumerate(drawn):
        print(f"{i}\t{'dev' if pos % 2 == 0 else 'held'}\t{section}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news-corpus.jsonl")
