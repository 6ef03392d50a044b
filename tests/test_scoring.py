"""Field- and span-level scoring of reports against truth."""

from __future__ import annotations

import pytest

from yrd_meetings.scoring import Tally, overall, score, score_spans

SYM = {"kind": "symposium", "year": 2023, "city": "合肥", "documents": ["《甲计划》"]}


@pytest.mark.parametrize(
    ("pred", "true", "field", "tally"),
    [
        ([SYM], [SYM], "city", (1, 0, 0)),
        ([{**SYM, "city": "芜湖"}], [SYM], "city", (0, 1, 1)),
        ([{**SYM, "city": None}], [SYM], "city", (0, 0, 1)),
        ([SYM], [{**SYM, "city": None}], "city", (0, 1, 0)),
        ([{**SYM, "documents": ["甲计划", "乙方案"]}], [SYM], "documents", (1, 1, 0)),
        ([], [SYM], "kind", (0, 0, 1)),
        ([SYM], [], "year", (0, 1, 0)),
        ([{**SYM, "kind": "forum"}], [SYM], "kind", (0, 1, 1)),
    ],
)
def test_tallies(pred: list, true: list, field: str, tally: tuple[int, int, int]) -> None:  # type: ignore[type-arg]
    t = score(pred, true)[field]
    assert (t.tp, t.fp, t.fn) == tally


def test_a_field_the_truth_leaves_out_is_not_scored() -> None:
    s = score([{**SYM, "theme": "x"}], [{"kind": "symposium", "year": 2023}])
    assert (s["theme"].tp, s["theme"].fp, s["theme"].fn) == (0, 0, 0)
    assert s["year"].f1 == 1.0


def test_attendees_scored_by_name_post_and_role() -> None:
    a = {"name": "李强", "post": "party_secretary", "province": "CN-SH", "role": "presided"}
    s = score(
        [{"kind": "forum", "attendees": [{**a, "role": "spoke"}]}],
        [{"kind": "forum", "attendees": [a]}],
    )
    assert (s["attendees"].tp, s["attendees.post"].tp, s["attendees.role"].fp) == (1, 1, 1)


def test_overall_sums_fields_and_texts() -> None:
    total = overall([{"city": Tally(tp=1)}, {"city": Tally(fn=1), "year": Tally(fp=1)}])
    assert (total["city"].tp, total["city"].fn, total["all"].fp) == (1, 1, 1)
    assert total["all"].precision == 0.5 and total["all"].recall == 0.5


def test_span_scoring_ignores_values_not_read_from_the_text() -> None:
    ev = [{"field": "year", "start": None, "end": None, "via": "dataset"},
          {"field": "city", "start": 3, "end": 5, "via": "text"}]  # fmt: skip
    t = score_spans([{"kind": "forum", "evidence": ev}], [{"kind": "forum", "evidence": ev[1:]}])
    assert (t.tp, t.fp, t.fn) == (1, 0, 0)
