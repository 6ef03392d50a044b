"""The case table: short texts of every category, expectations written by reading."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from parser_data import load_cases

from yrd_meetings import parse
from yrd_meetings.parsing import report_to_json
from yrd_meetings.scoring import overall, score

CASES = load_cases()
CATEGORIES = {"event", "name", "date", "venue", "theme", "outcome", "people", "negative"}


def test_the_table_covers_every_category_both_ways_and_both_scripts() -> None:
    assert len(CASES) >= 200
    assert len({c["id"] for c in CASES}) == len(CASES)
    kinds = Counter((c["category"], bool(c["expect"])) for c in CASES)
    for category in CATEGORIES - {"negative"}:
        assert kinds[(category, True)] >= 5, category
    assert kinds[("negative", False)] >= 20
    scripts = Counter(c["script"] for c in CASES)
    assert scripts["traditional"] >= 50 and scripts["simplified"] >= 150


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    got = [report_to_json(r) for r in parse(case["text"], year=case["year"])]
    assert len(got) == len(case["expect"]), [r["kind"] for r in got]
    for report, expected in zip(got, case["expect"], strict=True):
        assert {k: report[k] for k in expected} == expected


def test_field_f1_on_the_table_is_at_least_095() -> None:
    total = overall(
        score([report_to_json(r) for r in parse(c["text"], year=c["year"])], c["expect"])
        for c in CASES
    )
    assert total["all"].f1 >= 0.95
