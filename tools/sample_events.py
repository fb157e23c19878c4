#!/usr/bin/env python3
"""Draws the articles of the second events/statements evaluation (issue 18, session 9):
political and local news, which the first draw (stratified by section) had little of.

The choice is by topic, not by event trigger: an article is a candidate when it is of the
baomoi stratum (no `category`) or of the `society` or `world` section, and its text (title
and text) names at least two distinct words of the state apparatus of the fixed list
APPARATUS below ("Sở" and "Bộ" count only before a capitalized word, as in "Sở Y tế",
"Bộ Công an"; a longer term is matched before a shorter one, so "Bộ trưởng" is not also
"Bộ"). Articles whose text is over MAX_CHARS characters are skipped, so that a draw of 40
can be annotated by hand in one session. A fixed seed draws SIZE of the candidates at
random, leaving out every article listed in an earlier draw's files (the files given,
read with `drawn_before` of tools/sample_officials.py); the halves alternate dev/held in
draw order. Prints `id<TAB>half<TAB>category<TAB>chars` lines.

    python3 tools/sample_events.py ../shared/data/news-corpus.jsonl 20261222 40 \
        tests/data/officials-sample*.tsv tests/data/dates-sample*.tsv \
        tests/data/places-sample*.tsv tests/data/events-sample-*.tsv \
        tests/data/statements-sample-*.tsv
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_officials import drawn_before  # noqa: E402

SEED = 20261222
SIZE = 40
MAX_CHARS = 6000
SECTIONS = ("baomoi", "society", "world")

# Words of the state apparatus (party, state and government bodies and titles).
APPARATUS = [
    "UBND", "HĐND", "MTTQ", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Quận ủy", "Thị ủy",
    "Đảng ủy", "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng", "Chủ tịch",
    "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Đại sứ", "Quốc hội", "Chính phủ", "Tổng thống",
    "Ban Thường vụ", "Thường trực", "Giám đốc Sở", "Sở", "Bộ",
]
# A capitalized word after "Sở"/"Bộ": the name of the department or ministry.
_CAP = r"(?=\s+[A-ZĐÀ-Ỹ])"
_TERMS = sorted(APPARATUS, key=len, reverse=True)
_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(t) + (_CAP if t in ("Sở", "Bộ") else r"(?!\w)")
                           for t in _TERMS) + r")"
)


def apparatus_words(text):
    """The distinct words of APPARATUS that `text` names."""
    return {m.group(1) for m in _RE.finditer(text)}


def main(path, seed=SEED, size=SIZE, exclude=()):
    skip = drawn_before(exclude)
    candidates = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            section = d.get("category") or "baomoi"
            text = d.get("text") or ""
            if d["id"] in skip or section not in SECTIONS or len(text) > MAX_CHARS:
                continue
            if len(apparatus_words((d.get("title") or "") + "\n" + text)) >= 2:
                candidates.append((d["id"], section, len(text)))
    candidates.sort()
    rng = random.Random(seed)
    drawn = rng.sample(candidates, min(size, len(candidates)))
    print(f"# {len(candidates)} candidates", file=sys.stderr)
    for pos, (i, section, n) in enumerate(drawn):
        print(f"{i}\t{'dev' if pos % 2 == 0 else 'held'}\t{section}\t{n}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        args[0] if args else "../shared/data/news-corpus.jsonl",
        int(args[1]) if len(args) > 1 else SEED,
        int(args[2]) if len(args) > 2 else SIZE,
        args[3:],
    )
