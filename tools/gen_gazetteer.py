#!/usr/bin/env python3
"""Generates src/gazetteer/units.tsv, the gazetteer vinews embeds.

Source: the PyPI package `vietnamadminunits` (MIT License, Copyright (c) 2025 Tran Ngoc
Minh Hieu, https://github.com/tranngocminhhieu/vietnamadminunits). It bundles the legacy
units (63 provinces, districts, ~10,000 communes; table `admin_units_legacy` of
data/dataset.db), the units from 2025-07-01 (34 provinces, 3,321 communes; table
`admin_units`) and the old -> new conversion (data/converter_2025.json).

Usage (from the repository root):

    pip install vietnamadminunits==1.0.4
    python3 tools/gen_gazetteer.py            # writes src/gazetteer/units.tsv
    python3 tools/gen_gazetteer.py --check    # exits 1 when the committed file differs

`vietnam-provinces` (post-2025 list, no licence stated in its package metadata) is *not*
embedded; when it is installed, the generator only prints how many post-2025 codes the two
packages disagree on, for the record.

Names are written NFC in the "old" tone style (hòa, thủy), the crate's default.
"""

import datetime
import json
import re
import sqlite3
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

import vietnamadminunits

PKG = Path(vietnamadminunits.__file__).parent
VERSION = metadata.version("vietnamadminunits")
OUT = Path(__file__).resolve().parent.parent / "src" / "gazetteer" / "units.tsv"

# Unit types, short codes used in the file.
PROVINCE_TYPES = {"Tỉnh": "t", "Thành phố": "tp"}
DISTRICT_TYPES = {"Huyện": "h", "Quận": "q", "Thị xã": "tx", "Thành phố": "tpt"}
COMMUNE_TYPES = {"Xã": "x", "Phường": "p", "Thị trấn": "tt", "Đặc khu": "dk"}

# Tone marks that move in the old/new placement of final oa, oe, uy.
TONES = "\u0300\u0301\u0303\u0309\u0323"


def old_tone(word: str) -> str:
    """hoà -> hòa, thuỷ -> thủy, khoẻ -> khỏe (not quý: there u belongs to qu-)."""
    d = unicodedata.normalize("NFD", word)
    low = d.lower()
    for pair in ("oa", "oe", "uy"):
        # pattern: <pair first letter><pair second letter><tone> at the end of the word
        m = re.search(pair[0] + pair[1] + "([" + TONES + "])$", low)
        if not m:
            continue
        if pair == "uy" and low[: m.start()].endswith("q"):
            continue
        i = m.start()
        tone = m.group(1)
        d = d[: i + 1] + tone + d[i + 1 : i + 2]
        break
    return unicodedata.normalize("NFC", d)


def clean(name: str) -> str:
    # The source tells apart a thị trấn and a xã of the same name in one district with
    # "Yên Viên (Thị trấn)" / "Yên Viên (Xã)"; the type column says it already.
    name = re.sub(r"\s*\((Thị trấn|Xã|Phường|Huyện|Thị xã|Thành phố|Quận)\)$", "", name)
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    return " ".join(old_tone(w) for w in name.split(" "))


def short(full: str, short_name: str, type_word: str) -> str:
    """The name without its unit word ("Phường 1" -> "1")."""
    s = short_name.strip()
    for prefix in (type_word + " ", type_word.title() + " "):
        if s.lower().startswith(prefix.lower()):
            s = s[len(prefix) :]
    return clean(s)


def main() -> int:
    db = sqlite3.connect(PKG / "data" / "dataset.db")
    conv = json.load(open(PKG / "data" / "converter_2025.json", encoding="utf-8"))

    rows = []  # [era, type, code, name, parent, successors]
    index = {}  # (era-kind, key) -> row id

    def add(key, era, typ, code, name, parent):
        index[key] = len(rows)
        rows.append([era, typ, code, name, parent, []])
        return index[key]

    # New provinces, and which old provinces each one took in.
    new_prov = {}
    for full, short_name, code, key in db.execute(
        "select distinct province, provinceShort, provinceCode, provinceKey from admin_units order by provinceCode"
    ):
        new_prov[key] = (full, short_name, code)
    merged = conv["DICT_PROVINCE"]
    unchanged = {k for k, olds in merged.items() if olds == [k]}
    old_to_new_prov = {o: n for n, olds in merged.items() for o in olds}

    # Old provinces (an unchanged one is written once, era b).
    old_prov = {}
    for full, short_name, code, key in db.execute(
        "select distinct province, provinceShort, provinceCode, provinceKey from admin_units_legacy order by provinceCode"
    ):
        old_prov[key] = (full, short_name, code)
    for key, (full, short_name, code) in sorted(old_prov.items(), key=lambda kv: kv[1][2]):
        typ = PROVINCE_TYPES["Tỉnh" if full.startswith("Tỉnh") else "Thành phố"]
        add(("op", key), "b" if key in unchanged else "o", typ, code, clean(short_name), None)
    for key, (full, short_name, code) in sorted(new_prov.items(), key=lambda kv: kv[1][2]):
        if key in unchanged:
            index[("np", key)] = index[("op", key)]
            continue
        typ = PROVINCE_TYPES["Tỉnh" if full.startswith("Tỉnh") else "Thành phố"]
        add(("np", key), "n", typ, code, clean(short_name), None)
    for key in old_prov:
        if key not in unchanged:
            rows[index[("op", key)]][5] = [index[("np", old_to_new_prov[key])]]

    # Old districts and communes.
    legacy = db.execute(
        "select provinceKey, districtKey, wardKey, district, districtShort, districtType, districtCode,"
        " ward, wardShort, wardType, wardCode from admin_units_legacy order by districtCode, wardCode"
    ).fetchall()
    for pk, dk, wk, dfull, dshort, dtype, dcode, wfull, wshort, wtype, wcode in legacy:
        if ("od", pk, dk) not in index:
            did = add(("od", pk, dk), "o", DISTRICT_TYPES[dtype], dcode, short(dfull, dshort, dtype), index[("op", pk)])
        did = index[("od", pk, dk)]
        if wk:
            add(("ow", pk, dk, wk), "o", COMMUNE_TYPES[wtype], wcode, short(wfull, wshort, wtype), did)

    # New communes.
    for pk, wk, wfull, wshort, wtype, wcode in db.execute(
        "select provinceKey, wardKey, ward, wardShort, wardType, wardCode from admin_units order by provinceCode, wardCode"
    ):
        add(("nw", pk, wk), "n", COMMUNE_TYPES[wtype], wcode, short(wfull, wshort, wtype), index[("np", pk)])

    # Old -> new communes (and the island districts that had no communes -> đặc khu).
    def old_key_rows(k):
        pk, dk, wk = k.split("_")
        if wk:
            return index[("ow", pk, dk, wk)]
        return index[("od", pk, dk)]

    for npk, m in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for nwk, olds in m.items():
            for k in olds:
                rows[old_key_rows(k)][5] = [index[("nw", npk, nwk)]]
    split = 0
    for npk, m in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for k, news in m.items():
            news = sorted(news, key=lambda w: not w["isDefaultNewWard"])
            rows[old_key_rows(k)][5] = [index[("nw", npk, w["newWardKey"])] for w in news]
            split += 1
    # Districts: the đặc khu they became, else the new province of their province.
    for key, rid in index.items():
        if key[0] == "od" and not rows[rid][5]:
            rows[rid][5] = list(rows[index[("op", key[1])]][5]) or [index[("op", key[1])]]

    # Checks.
    missing = [r for r in rows if r[0] == "o" and not r[5]]
    assert not missing, missing[:5]
    for r in rows:
        assert unicodedata.is_normalized("NFC", r[3]), r
        assert "\t" not in r[3] and r[3] == r[3].strip(), r

    cross_check(db)

    today = datetime.date.today().isoformat()
    lines = [
        "# vinews gazetteer: Vietnam's administrative units before and after 2025-07-01.",
        f"# generated by tools/gen_gazetteer.py from vietnamadminunits {VERSION} (PyPI;",
        "# MIT License, Copyright (c) 2025 Tran Ngoc Minh Hieu,",
        "# https://github.com/tranngocminhhieu/vietnamadminunits)",
        f"# on {today}; do not edit. Names NFC, old tone style (hòa, thủy).",
        "# A unit's id is its line number among the data lines, from 0.",
        "# columns: era type code name parent successors",
        "#   era: o until 2025-06-30, n from 2025-07-01, b both (a province the reform left as it was)",
        "#   type: t tỉnh, tp thành phố trực thuộc trung ương, h huyện, q quận, tx thị xã,",
        "#         tpt thành phố thuộc tỉnh, x xã, p phường, tt thị trấn, dk đặc khu",
        "#   parent: id, or - for a province",
        "#   successors: ids of the units from 2025-07-01 that took the unit in, the main one",
        "#     first; two or more when the unit was divided; - for a current unit.",
        f"# counts: {len(rows)} units, {split} old communes divided among several new ones",
    ]
    for era, typ, code, name, parent, succ in rows:
        lines.append(
            "\t".join(
                [era, typ, code, name, "-" if parent is None else str(parent), ",".join(map(str, succ)) or "-"]
            )
        )
    text = "\n".join(lines) + "\n"
    if "--check" in sys.argv:
        old = OUT.read_text(encoding="utf-8")
        strip = lambda t: [l for l in t.splitlines() if not l.startswith("# on ")]
        if strip(old) != strip(text):
            print(f"{OUT} is out of date", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}: {len(rows)} units, {len(text.encode())} bytes, {split} divided", file=sys.stderr)
    return 0


def cross_check(db):
    try:
        import vietnam_provinces  # noqa: F401
    except ImportError:
        return
    path = Path(vietnam_provinces.__file__).parent / "data" / "flat-divisions.json"
    theirs = {
        (x["province_name"], clean(x["name"])): x["code"] for x in json.load(open(path, encoding="utf-8"))
    }
    diff = same = 0
    for prov, ward, code in db.execute("select province, ward, wardCode from admin_units"):
        c = theirs.get((prov, clean(ward)))
        if c is None:
            continue
        if c == int(code):
            same += 1
        else:
            diff += 1
    print(
        f"cross-check with vietnam-provinces {metadata.version('vietnam-provinces')}: "
        f"{same} post-2025 codes agree, {diff} differ (not used)",
        file=sys.stderr,
    )


if __name__ == "__main__":
    sys.exit(main())
