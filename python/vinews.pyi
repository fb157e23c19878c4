"""Normalization, sentences and the facts of Vietnamese news text, from the Rust crate vinews.

Offsets are UTF-8 byte offsets into the text you passed, as in Rust and in the command line's
JSON, unless you ask for ``offsets="chars"``: then every ``start``/``end`` is a ``str`` index
(code points), ready for slicing: ``text[s["start"]:s["end"]]``.
"""

from datetime import date as _date
from typing import Any, Literal, Optional, Sequence, Union, overload

__version__: str

DateLike = Union[str, _date, None]
"""A publication date: ``"YYYY-MM-DD"`` (a date-time string counts by its day), a
``datetime.date``/``datetime.datetime``, or ``None``."""

Offsets = Literal["bytes", "chars"]
Tone = Literal["old", "new", "keep"]

def normalize(
    text: str, tone: Tone = "old", strip_accents: bool = False, fix_encoding: bool = True
) -> str:
    """Composes Unicode (NFC), cleans invisible characters, converts legacy encodings (TCVN3,
    VNI, VIQR, mojibake) and places tone marks in one style ("old": hòa, thủy; "new": hoà,
    thuỷ; "keep"). Raises ValueError for another tone name."""

def strip_accents(text: str) -> str:
    """Folds Vietnamese letters to ASCII ("Đảng ủy" -> "Dang uy"), for search keys."""

def sentences(text: str, offsets: Offsets = "bytes") -> list[tuple[int, int]]:
    """The sentences of ``text`` (as given; normalize first if it needs it) as (start, end)."""

def paragraphs(text: str, offsets: Offsets = "bytes") -> list[tuple[int, int]]:
    """The paragraphs of ``text`` as (start, end)."""

def char_index(text: str, byte_offset: int) -> int:
    """The ``str`` index of a UTF-8 byte offset into ``text``; ValueError if the offset is
    inside a character or past the end."""

def parse(text: str, date: DateLike = None, offsets: Offsets = "bytes") -> dict[str, Any]:
    """The Article of ``text``: ``title``, ``byline``, ``paragraphs``, ``sentences``, ``dates``,
    ``ratios``, ``places``, ``officials``, ``organizations``… with the field names of the
    command line's JSON (see the crate's README). ``date`` anchors year-less and relative
    dates. Raises ValueError for a bad date or offsets name."""

class Extractor:
    """A configured extractor: build once, parse many; safe to share between threads."""

    def __init__(self, date: DateLike = None, tone: Tone = "old") -> None: ...
    @property
    def date(self) -> Optional[str]:
        """The publication date in use, "YYYY-MM-DD", or None."""
    def parse(
        self, text: str, date: DateLike = None, offsets: Offsets = "bytes"
    ) -> dict[str, Any]:
        """The Article of ``text``; ``date`` overrides the extractor's for this text."""
    @overload
    def parse_many(
        self,
        texts: Sequence[str],
        dates: Optional[Sequence[DateLike]] = None,
        offsets: Offsets = "bytes",
        as_json: Literal[False] = False,
    ) -> list[dict[str, Any]]: ...
    @overload
    def parse_many(
        self,
        texts: Sequence[str],
        dates: Optional[Sequence[DateLike]] = None,
        offsets: Offsets = "bytes",
        *,
        as_json: Literal[True],
    ) -> list[str]: ...
    def parse_many(
        self,
        texts: Sequence[str],
        dates: Optional[Sequence[DateLike]] = None,
        offsets: Offsets = "bytes",
        as_json: bool = False,
    ) -> Union[list[dict[str, Any]], list[str]]:
        """The Articles of ``texts`` in order, parsed on every core with the GIL released.
        ``dates`` has one entry per text (None: the extractor's date); ValueError otherwise.
        ``as_json=True`` gives each Article as its JSON string (the command line's JSON),
        ~1.3x as fast: a dict for every span costs about a third of the parsing."""
