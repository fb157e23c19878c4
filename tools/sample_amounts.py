#!/usr/bin/env python3
"""Draws the sentences of an amounts table (issue 18) from the public corpus.

The first amounts table (tests/data/amounts.tsv, lines 2001-2600, seed 20261221) has no
draw tool in tools/; this one writes its draw down the way its header describes it, and
is what drew tests/data/amounts-held.tsv:

    python3 tools/sample_amounts.py ../shared/data/news-corpus.jsonl 20261223 2601 3400 60 \
        tests/data/*-sample*.tsv tests/data/amounts.tsv > /tmp/amounts-held.tsv

Arguments: the corpus, the seed, the first and last corpus line (1-based, inclusive), the
number of sentences, then the files of earlier draws whose articles are left out (their
first column and `# none` rows, as tools/sample_officials.py reads them; the `# drawn`
lines of the events and statements tables name no article beyond those).

Sentences: the `text` field of each article is cut at every line break, and after a `.`,
`!`, `?` or `…` (with any closing quotes or brackets after it) that is followed by white
space. A candidate is a piece with a digit, of 20 to 170 characters after trimming. All
candidates of the line range are listed in corpus order, shuffled with the seed, and taken
in that order, at most 2 from an article, until the number is reached.

Prints `id<TAB>date<TAB>sentence` (date: the article's publication date or `-`), in draw
order. The output holds corpus text: it is for the annotator, not for the repository as is.
"""
import collections
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_officials import drawn_before  # noqa: E402

SEED = 20261223
FIRST, LAST = 2601, 3400
SIZE = 60
PER_ARTICLE = 2
MIN_LEN, MAX_LEN = 20, 170

# A sentence ends at a line break, or after . ! ? … (and closing quotes or brackets)
# followed by white space.
END = re.compile(r"\n+|(?<=[.!?…])[\"'”’»)\]]*\s+")


def sentences(text):
    """The pieces of `text` cut by END, trimmed, empty ones dropped."""
    pieces = []
    start = 0
    for m in END.finditer(text):
        pieces.append(text[start : m.start() + len(m.group(0).rstrip())])
        start = m.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def main(path, seed, first, last, size, exclude):
    skip = drawn_before(exclude)
    candidates = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n < first or n > last:
                continue
            d = json.loads(line)
            if d["id"] in skip:
                continue
            for s in sentences(d["text"]):
                if MIN_LEN <= len(s) <= MAX_LEN and re.search(r"\d", s):
                    candidates.append((d["id"], d.get("date") or "-", s))
    rng = random.Random(seed)
    rng.shuffle(candidates)
    per_article = collections.Counter()
    drawn = []
    for c in candidates:
        if len(drawn) == size:
            break
        if per_article[c[0]] < PER_ARTICLE:
            per_article[c[0]] += 1
            drawn.append(c)
    for i, date, s in drawn:
        print(f"{i}\t{date}\t{s}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        args[0] if args else "../shared/data/news-corpus.jsonl",
        int(args[1]) if len(args) > 1 else SEED,
        int(args[2]) if len(args) > 2 else FIRST,
        int(args[3]) if len(args) > 3 else LAST,
        int(args[4]) if len(args) > 4 else SIZE,
        args[5:],
    )
