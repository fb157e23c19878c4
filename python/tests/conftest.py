"""Shared paths: the repository's fixtures, and the public corpus (../shared/data beside the
checkout, or $VINEWS_DATA). Tests that need the corpus skip without it, unless
VINEWS_REQUIRE_DATA=1 (as .ci/run sets), when its absence fails them."""

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures"


def data_dir() -> Path:
    return Path(os.environ.get("VINEWS_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    path = data_dir() / "news-corpus.jsonl"
    if not path.exists():
        if os.environ.get("VINEWS_REQUIRE_DATA") == "1":
            pytest.fail(f"no corpus at {path}")
        pytest.skip(f"no corpus at {path} (set VINEWS_DATA)")
    return path


@pytest.fixture(scope="session")
def corpus_records(corpus_path):
    with open(corpus_path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "duc-ninh-2023.txt").read_text(encoding="utf-8")
