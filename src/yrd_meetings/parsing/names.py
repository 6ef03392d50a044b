"""The names the parser matches, built from a dataset: officials, titles, meetings.

`names_of(dataset)` builds (once per dataset) the longest-first alternations of
curated officials' names and of the titles of officials outside the eight
posts, the names of curated `other` meetings, and the cities the curated
meetings were held in. The parser receives the dataset explicitly
(`parse(text, dataset=...)`), so a name added to the data is found without
code changes, and a test can parse against a dataset of its own.

>>> from yrd_meetings import load
>>> n = names_of(load())
>>> "陈吉宁" in n.officials, n.province_of["皖"].value
(True, 'CN-AH')
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from typing import TYPE_CHECKING

import attrs

from ..records import MeetingKind, Province

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["Names", "names_of", "normal_form"]

_LOCK = threading.Lock()
# by identity: hashing a whole dataset on every parse would cost more than the parse
_CACHE: dict[int, tuple[weakref.ref[Dataset], Names]] = {}


def normal_form(text: str) -> str:
    """How a curated string looks after `normalize` (NFKC, no whitespace)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def alternation(words: object) -> str:
    """A regex alternation of `words`, longest first (never matching when empty)."""
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in ordered) or r"(?!x)x"


@attrs.frozen(kw_only=True)
class Names:
    """The dataset's vocabulary as the parser matches it."""

    officials: frozenset[str]
    official_re: str  # alternation of curated officials' names
    titles_re: str  # curated titles of officials outside the eight posts
    others: dict[str, str] = attrs.field(hash=False)  # normal form -> curated `other` meeting name
    cities: dict[str, Province] = attrs.field(hash=False)  # curated meeting cities
    province_of: dict[str, Province] = attrs.field(hash=False)  # 上海, 上海市, 沪 ...
    province_re: str  # full and short province names


def _build(dataset: Dataset) -> Names:
    province_of: dict[str, Province] = {}
    for prov in Province:
        for word in (prov.name_zh, prov.full_name_zh, prov.abbreviation):
            province_of[word] = prov
    officials = frozenset(o.name for o in dataset.officials)
    titles = [normal_form(o.title) for o in dataset.officials if o.title]
    others = {normal_form(m.name): m.name for m in dataset.meetings if m.kind is MeetingKind.OTHER}
    cities = {
        m.city.removesuffix("市"): m.province
        for m in dataset.meetings
        if m.city and m.province is not None
    }
    return Names(
        officials=officials,
        official_re=alternation(officials),
        titles_re=alternation(titles),
        others=others,
        cities=cities,
        province_of=province_of,
        province_re=alternation([p.full_name_zh for p in Province] + [p.name_zh for p in Province]),
    )


def names_of(dataset: Dataset) -> Names:
    """The parser's vocabulary of `dataset` (built once per dataset, thread-safe)."""
    with _LOCK:
        entry = _CACHE.get(id(dataset))
        if entry is not None and entry[0]() is dataset:
            return entry[1]
        names = _build(dataset)
        for key in [k for k, (ref, _) in _CACHE.items() if ref() is None]:
            del _CACHE[key]  # datasets gone: their ids may be reused
        _CACHE[id(dataset)] = (weakref.ref(dataset), names)
        return names
