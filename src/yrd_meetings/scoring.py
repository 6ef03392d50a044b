"""Score an extractor's reports against truth: field level and span level.

Reports on both sides are `report_to_json` objects (plain dicts), so any
extractor can be scored, not only this package's parser. Predicted reports are
paired with true ones of the same kind (best agreement first); a field then
counts as a true positive when both sides give the same value, a false
positive when the prediction gives a value the truth does not, and a false
negative when the truth gives a value the prediction misses. List fields
(`documents`, `attendees`, …) count item by item; titles are compared without
quotes, brackets and punctuation. A truth object that leaves a key out does
not score that field (the case table states only what each case is about).

>>> truth = [{"kind": "symposium", "year": 2023, "city": "合肥"}]
>>> pred = [{"kind": "symposium", "year": 2023, "city": "芜湖", "theme": None}]
>>> s = score(pred, truth)
>>> s["year"].f1, s["city"].tp, s["city"].fp, s["city"].fn
(1.0, 0, 1, 1)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

__all__ = ["FIELDS", "Tally", "overall", "score", "score_spans"]

SCALARS = ("year", "edition", "start", "end", "city", "province", "theme", "next_host")
TITLES = ("documents", "heard", "agreements", "releases", "unveiled", "visits")
# attendees are scored three ways: who, with which post, in which role
FIELDS = ("kind", *SCALARS, "attendees", "attendees.post", "attendees.role", *TITLES)

_PUNCT = re.compile(r"[\s《》〈〉“”‘’\"'「」『』,，、。:：;；()（）·—\-…]+")

Report = Mapping[str, Any]


@attrs.define
class Tally:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def _key(title: str) -> str:
    # 的 is a particle: 长三角一体化发展的最新成果 and …发展最新成果 name one thing
    return _PUNCT.sub("", title).replace("的", "")


def _items(report: Report, field: str) -> list[Any] | None:
    """The comparable items of a list field, or None when the report leaves it out."""
    if field.startswith("attendees"):
        people = report.get("attendees")
        if people is None:
            return None
        if field == "attendees":
            return [a["name"] for a in people]
        if field == "attendees.post":
            return [(a["name"], a["post"], a["province"]) for a in people if a["post"]]
        return [(a["name"], a["role"]) for a in people]
    titles = report.get(field)
    return None if titles is None else [_key(t) for t in titles]


def _tally_list(pred: Sequence[Any], true: Sequence[Any]) -> Tally:
    both = sum((Counter(pred) & Counter(true)).values())
    return Tally(tp=both, fp=len(pred) - both, fn=len(true) - both)


def _tally_scalar(pred: Any, true: Any) -> Tally:
    if true is not None and pred == true:
        return Tally(tp=1)
    return Tally(fp=int(pred is not None), fn=int(true is not None))


def _compare(pred: Report | None, true: Report | None) -> dict[str, Tally]:
    """Tallies of one pair; a missing side scores everything the other states."""
    empty: dict[str, Any] = {}
    p = pred if pred is not None else empty
    t = true if true is not None else empty
    out = {"kind": _tally_scalar(p.get("kind"), t.get("kind"))}
    for field in SCALARS:
        if true is None or field in true:
            out[field] = _tally_scalar(p.get(field), t.get(field))
    for field in ("attendees", "attendees.post", "attendees.role", *TITLES):
        true_items = _items(t, field)
        if true is not None and true_items is None:
            continue  # the truth does not say: not scored
        out[field] = _tally_list(_items(p, field) or [], true_items or [])
    return out


def _agreement(pred: Report, true: Report) -> int:
    if pred.get("kind") != true.get("kind"):
        return -1
    keys = ("year", "edition", "start", "city")
    return sum(1 for k in keys if true.get(k) is not None and pred.get(k) == true.get(k))


def _pairs(
    pred: Sequence[Report], true: Sequence[Report]
) -> list[tuple[Report | None, Report | None]]:
    """Pair predicted with true reports of the same kind, best agreement first."""
    candidates = sorted(
        (
            (-_agreement(p, t), i, j)
            for i, p in enumerate(pred)
            for j, t in enumerate(true)
            if _agreement(p, t) >= 0
        ),
    )
    used_p: set[int] = set()
    used_t: set[int] = set()
    pairs: list[tuple[Report | None, Report | None]] = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_t:
            used_p.add(i)
            used_t.add(j)
            pairs.append((pred[i], true[j]))
    pairs += [(p, None) for i, p in enumerate(pred) if i not in used_p]
    pairs += [(None, t) for j, t in enumerate(true) if j not in used_t]
    return pairs


def score(pred: Sequence[Report], true: Sequence[Report]) -> dict[str, Tally]:
    """Per-field tallies of predicted reports against true reports of one text."""
    total = {f: Tally() for f in FIELDS}
    for p, t in _pairs(pred, true):
        for field, tally in _compare(p, t).items():
            total[field].add(tally)
    return total


def overall(tallies: Iterable[Mapping[str, Tally]]) -> dict[str, Tally]:
    """Sum per-field tallies over many texts; the key `all` sums every field."""
    total = {f: Tally() for f in (*FIELDS, "all")}
    for one in tallies:
        for field, tally in one.items():
            total[field].add(tally)
            total["all"].add(tally)
    return total


def _spans(report: Report) -> set[tuple[str, int, int]]:
    return {
        (e["field"], e["start"], e["end"])
        for e in report.get("evidence", ())
        if e.get("start") is not None and e.get("via", "text") == "text"
    }


def score_spans(pred: Sequence[Report], true: Sequence[Report]) -> Tally:
    """Exact-span tally of the evidence of paired reports (`via="text"` only).

    >>> ev = [{"field": "city", "start": 3, "end": 5, "via": "text"}]
    >>> score_spans([{"kind": "forum", "evidence": ev}], [{"kind": "forum", "evidence": ev}]).f1
    1.0
    """
    tally = Tally()
    for p, t in _pairs(pred, true):
        ps = _spans(p) if p is not None else set()
        ts = _spans(t) if t is not None else set()
        tally.add(Tally(tp=len(ps & ts), fp=len(ps - ts), fn=len(ts - ps)))
    return tally
