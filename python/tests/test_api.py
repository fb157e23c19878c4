"""The Python API against the Rust crate's own results: the golden fixture, offsets in both
units, errors as exceptions, threads and parse_many."""

import datetime
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

import vinews
from conftest import FIXTURES


def test_seed_article_gives_the_rust_golden_json(seed_text):
    expected = json.loads((FIXTURES / "duc-ninh-2023.expected.json").read_text(encoding="utf-8"))
    assert vinews.parse(seed_text) == expected


def test_normalize_and_strip_accents():
    assert vinews.normalize("Thuỷ lợi Hoà Bình") == "Thủy lợi Hòa Bình"
    assert vinews.normalize("Thủy lợi Hòa Bình", tone="new") == "Thuỷ lợi Hoà Bình"
    assert vinews.normalize("Thuỷ", tone="keep") == "Thuỷ"
    # decomposed input is composed
    assert vinews.normalize("Ho\u0323c sinh") == "Học sinh"
    assert vinews.normalize("Đảng ủy", strip_accents=True) == "Dang uy"
    assert vinews.strip_accents("Đảng ủy xã Đức Ninh") == "Dang uy xa Duc Ninh"


def test_sentences_and_paragraphs_in_bytes_and_chars():
    text = "Ông Nguyễn Văn An nói. Xã Đức Ninh đạt 19/19 tiêu chí.\n\nĐoạn hai."
    raw = text.encode("utf-8")
    got = vinews.sentences(text)
    assert len(got) == 3
    chars = vinews.sentences(text, offsets="chars")
    for (bs, be), (cs, ce) in zip(got, chars):
        assert raw[bs:be].decode("utf-8") == text[cs:ce]
    assert text[chars[0][0]:chars[0][1]] == "Ông Nguyễn Văn An nói."
    assert len(vinews.paragraphs(text)) == 2


def spans_of(value, out):
    """Every (start, end) pair of a parsed Article, at any depth."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            out.append((value["start"], value["end"]))
        for v in value.values():
            spans_of(v, out)
    elif isinstance(value, list):
        for v in value:
            spans_of(v, out)
    return out


def test_char_offsets_slice_the_same_text_as_byte_offsets(seed_text):
    raw = seed_text.encode("utf-8")
    in_bytes = spans_of(vinews.parse(seed_text), [])
    in_chars = spans_of(vinews.parse(seed_text, offsets="chars"), [])
    assert len(in_bytes) == len(in_chars) > 50
    for (bs, be), (cs, ce) in zip(in_bytes, in_chars):
        assert raw[bs:be].decode("utf-8") == seed_text[cs:ce]
        assert vinews.char_index(seed_text, bs) == cs


def test_date_anchors_relative_dates_and_takes_date_objects():
    text = "Hôm qua, UBND xã họp."
    by_str = vinews.parse(text, date="2023-09-20")
    by_obj = vinews.parse(text, date=datetime.date(2023, 9, 20))
    by_datetime = vinews.parse(text, date="2023-09-20T08:30:00+07:00")
    assert by_str == by_obj == by_datetime
    assert by_str["dates"][0]["value"] == "2023-09-19"
    assert vinews.parse(text)["dates"][0].get("value") != "2023-09-19"


def test_errors_are_python_exceptions_with_the_message():
    with pytest.raises(ValueError, match="tone"):
        vinews.normalize("a", tone="mới")
    with pytest.raises(ValueError, match="2023-13-45"):
        vinews.parse("a", date="2023-13-45")
    with pytest.raises(ValueError, match="offsets"):
        vinews.parse("a", offsets="runes")
    with pytest.raises(ValueError, match="character boundary"):
        vinews.char_index("Đ", 1)
    with pytest.raises(UnicodeEncodeError):
        vinews.parse("lone \ud800 surrogate")
    with pytest.raises(ValueError, match="2 entries for 1 texts"):
        vinews.Extractor().parse_many(["a"], dates=[None, None])
    with pytest.raises(TypeError):
        vinews.parse(b"bytes are not text")


def test_hostile_input_gives_a_result_not_a_crash():
    for text in ["", "\x00" * 100, "." * 100_000, "á»™i oä " * 1000, "\r" * 1000]:
        article = vinews.parse(text)
        assert isinstance(article["sentences"], list)


def test_extractor_is_reusable_and_thread_safe(seed_text):
    extractor = vinews.Extractor(date="2023-09-20")
    assert extractor.date == "2023-09-20"
    one = extractor.parse(seed_text)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(extractor.parse, [seed_text] * 8))
    assert all(r == one for r in results)
    assert vinews.Extractor().parse(seed_text, date="2023-09-20") == one


def test_parse_many_equals_parse_one_by_one(corpus_records):
    records = corpus_records[:200]
    texts = [r["text"] for r in records]
    dates = [r.get("date") for r in records]
    extractor = vinews.Extractor()
    many = extractor.parse_many(texts, dates=dates)
    assert len(many) == len(texts)
    for text, date, got in zip(texts, dates, many):
        assert got == extractor.parse(text, date=date)
    # the JSON strings are the same Articles, in both offset units
    as_json = extractor.parse_many(texts, dates=dates, as_json=True)
    assert [json.loads(s) for s in as_json] == many
    # two computations of code-point offsets: the dicts map them as they are built, the
    # JSON rewrites a serde_json tree
    chars = extractor.parse_many(texts, dates=dates, offsets="chars")
    chars_json = extractor.parse_many(texts, dates=dates, offsets="chars", as_json=True)
    assert [json.loads(s) for s in chars_json] == chars


def test_char_offsets_keep_the_field_order(seed_text):
    in_bytes = vinews.parse(seed_text)
    in_chars = vinews.parse(seed_text, offsets="chars")
    assert list(in_bytes) == list(in_chars)
    assert list(in_bytes["officials"][0]) == list(in_chars["officials"][0])
