"""The seeds' gold carries the span of every value; each span points at exactly that value.

A user scores their own extractor at span level with `yrd_meetings.testing.score_spans`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from yrd_meetings import parse
from yrd_meetings.parsing import report_to_json
from yrd_meetings.parsing.cues.dates import chinese_number, find_dates
from yrd_meetings.parsing.cues.outcomes import canon
from yrd_meetings.parsing.places import find_place
from yrd_meetings.testing import articles, score_spans
from yrd_meetings.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
GOLD = sorted((ROOT / "tests" / "gold").glob("*.json"))
ROLES = {"presided": {"主持"}, "reported": {"通报"}, "spoke": {"讲话", "致辞", "发言", "演讲"}}


def _value(report: dict[str, Any], field: str) -> Any:
    m = re.fullmatch(r"(\w+)\[(\d+)\](?:\.(\w+))?", field)
    if m is None:
        return report[field]
    item = report[m.group(1)][int(m.group(2))]
    return item[m.group(3)] if m.group(3) else item


def _points_at(field: str, value: Any, span: str) -> bool:
    """Does the span's text state `value` for `field`?"""
    clean = normalize(span).text
    name = field.split("[")[0]
    if field.endswith(".role"):
        return clean in ROLES[value]
    if name == "attendees":
        return clean.endswith(value["name"])
    if name == "kind":
        return clean.endswith(("座谈会", "论坛", "推进会"))
    if name == "year":
        return chinese_number(clean[:4]) == value
    if name == "edition":
        return (chinese_number(clean) or (1 if clean == "首" else None)) == value
    if name in ("start", "end"):
        (cue,) = find_dates(clean)
        day = cue.day if name == "start" else (cue.end_day or cue.day)
        return day == int(value[-2:])
    if name == "city":
        return (found := find_place(clean)) is not None and found.city == value
    if name in ("province", "next_host"):
        return (found := find_place(clean)) is not None and found.province.value == value
    return canon(clean) == value


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_every_gold_value_has_a_span_pointing_at_it(path: Path) -> None:
    text = (ROOT / "seeds" / f"{path.stem}.txt").read_text(encoding="utf-8")
    for report in json.loads(path.read_text(encoding="utf-8")):
        fields = {e["field"] for e in report["evidence"]}
        for key in ("city", "theme", "start", "next_host"):
            assert report[key] is None or key in fields, key
        for key in ("attendees", "documents", "heard", "agreements", "releases", "unveiled"):
            assert {f"{key}[{i}]" for i in range(len(report[key]))} <= fields, key
        for e in report["evidence"]:
            if e["via"] != "text":
                continue
            value = _value(report, e["field"])
            assert _points_at(e["field"], value, text[e["start"] : e["end"]]), e


def test_the_parser_scores_full_marks_at_span_level_on_the_seeds() -> None:
    for article in articles():
        gold = json.loads((ROOT / "tests" / "gold" / f"{article.name}.json").read_text("utf-8"))
        got = [report_to_json(r) for r in parse(article.text)]
        assert score_spans(got, gold).f1 == 1.0


def test_a_shifted_span_is_scored_as_a_miss() -> None:
    gold = json.loads(GOLD[0].read_text(encoding="utf-8"))
    shifted = json.loads(json.dumps(gold))
    e = shifted[0]["evidence"][0]
    e["start"] += 1
    tally = score_spans(shifted, gold)
    assert (tally.fp, tally.fn) == (1, 1)
