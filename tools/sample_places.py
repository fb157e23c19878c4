#!/usr/bin/env python3
"""Draws the articles of the places evaluation (issue 14) from the public corpus.

The shape of tools/sample_officials.py: a fixed seed, stratified by section (the
`category` field; every baomoi article is one stratum), proportional to each section's
size, at least 3 articles a section; split in two halves by position: `dev` (developed on)
and `held` (kept untouched). The articles of the earlier draws (the officials and dates
tables, given as files) are left out, so these are fresh. Prints `id<TAB>half<TAB>category`.

    python3 tools/sample_places.py ../shared/data/news-corpus.jsonl 20261216 30 \
        tests/data/officials-sample-dev.tsv tests/data/officials-sample-held.tsv \
        tests/data/officials-sample2-dev.tsv tests/data/officials-sample2-held.tsv \
        tests/data/dates-sample-dev.tsv tests/data/dates-sample-held.tsv
"""
import sys
from pathlib import Path

# The draw itself is the officials' (tools/sample_officials.py), with another floor.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_officials import main as draw  # noqa: E402

SEED = 20261216
TOTAL = 30
MIN_PER_SECTION = 3


if __name__ == "__main__":
    args = sys.argv[1:]
    draw(
        args[0] if args else "../shared/data/news-corpus.jsonl",
        int(args[1]) if len(args) > 1 else SEED,
        int(args[2]) if len(args) > 2 else TOTAL,
        args[3:],
        MIN_PER_SECTION,
    )
