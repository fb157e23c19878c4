#!/usr/bin/env python3
"""Draws the articles of the officials evaluation (issue 12) from the public corpus.

A fixed seed, stratified by section (the `category` field; every baomoi article is one
stratum), proportional to each section's size, at least 4 articles a section. The draw is
split in two halves by position: `dev` (developed on) and `held` (kept untouched until the
end). Prints `id<TAB>half<TAB>category` lines; the ids are what tests/data lists.

    python3 tools/sample_officials.py ../shared/data/news-corpus.jsonl > /tmp/sample.tsv

A second draw (session 5) takes another seed and size and leaves out the articles of the
first, listed in the files named after the corpus (tests/data/officials-sample-*.tsv):

    python3 tools/sample_officials.py ../shared/data/news-corpus.jsonl 20261205 80 \
        tests/data/officials-sample-dev.tsv tests/data/officials-sample-held.tsv
"""
import collections
import json
import random
import sys

SEED = 20261204
TOTAL = 110
MIN_PER_SECTION = 4


def drawn_before(paths):
    """The ids listed in earlier draws' files (first column; '# none' rows' second)."""
    ids = set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if line.startswith("# none") and len(cols) > 1:
                    ids.add(cols[1])
                elif not line.startswith("#") and cols[0]:
                    ids.add(cols[0])
    return ids


def main(path, seed=SEED, total=TOTAL, exclude=(), min_per_section=MIN_PER_SECTION):
    skip = drawn_before(exclude)
    by_section = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in skip:
                continue
            by_section[d.get("category") or "baomoi"].append(d["id"])
    n = sum(len(v) for v in by_section.values())
    rng = random.Random(seed)
    drawn = []
    for section in sorted(by_section):
        ids = sorted(by_section[section])
        k = max(min_per_section, round(total * len(ids) / n))
        drawn += [(i, section) for i in rng.sample(ids, min(k, len(ids)))]
    rng.shuffle(drawn)
    for pos, (i, section) in enumerate(drawn):
        print(f"{i}\t{'dev' if pos % 2 == 0 else 'held'}\t{section}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        args[0] if args else "../shared/data/news-corpus.jsonl",
        int(args[1]) if len(args) > 1 else SEED,
        int(args[2]) if len(args) > 2 else TOTAL,
        args[3:],
    )
