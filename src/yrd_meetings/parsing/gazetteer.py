"""Compiled patterns built from the dataset's vocabulary (see `text.lexicon`).

Names are matched with one longest-first alternation on normalised text;
posts with a pattern over the four provinces. Built once, on first use.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata

import attrs

from ..records import MeetingKind, Province
from ..text.lexicon import data, lexicon

__all__ = ["Gazetteer", "gazetteer", "normal_form"]

_LOCK = threading.Lock()


def normal_form(text: str) -> str:
    """How a curated string looks after `normalize` (NFKC, no whitespace)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in ordered) or r"(?!x)x"


@attrs.frozen(kw_only=True)
class Gazetteer:
    names: frozenset[str]
    name_re: str  # alternation of known names
    province_re: str  # alternation of province names (short and full)
    province_of: dict[str, Province] = attrs.field(hash=False)
    city_province: dict[str, Province] = attrs.field(hash=False)
    city_re: re.Pattern[str]
    other_meetings: dict[str, str] = attrs.field(hash=False)  # normal form -> curated name
    other_re: str
    titles_re: str  # curated titles of officials outside the eight posts


@functools.lru_cache(maxsize=1)
def _build() -> Gazetteer:
    lex = lexicon()
    province_of: dict[str, Province] = {}
    for prov in Province:
        province_of[prov.name_zh] = prov
        province_of[prov.full_name_zh] = prov
        province_of[prov.abbreviation] = prov
    others = {normal_form(m.name): m.name for m in data().meetings if m.kind is MeetingKind.OTHER}
    return Gazetteer(
        names=frozenset(lex.names),
        name_re=_alternation(lex.names),
        province_re=_alternation(
            [p.full_name_zh for p in Province] + [p.name_zh for p in Province]
        ),
        province_of=province_of,
        city_province=dict(lex.city_province),
        city_re=re.compile(_alternation(lex.cities)),
        other_meetings=others,
        other_re=_alternation(list(others)),
        titles_re=_alternation([normal_form(t) for t in lex.titles]),
    )


def gazetteer() -> Gazetteer:
    with _LOCK:
        return _build()
