"""The development corpus: real published reports with truth written by reading them."""

from __future__ import annotations

from typing import Any

import pytest
from parser_data import load_corpus

from yrd_meetings import parse
from yrd_meetings.parsing import report_to_json
from yrd_meetings.scoring import overall, score

CORPUS = load_corpus()
OUTLETS = {
    "government",
    "state_media",
    "commercial_media",
    "repost",
    "blog",
    "encyclopedia",
    "dataset",
}


def test_the_corpus_is_real_short_and_varied() -> None:
    assert len(CORPUS) >= 30
    symposiums = {
        t["reports"][0]["year"]
        for _, _, t in CORPUS
        if t["reports"] and t["reports"][0]["kind"] == "symposium"
    }
    forums = {r["edition"] for _, _, t in CORPUS for r in t["reports"] if r["kind"] == "forum"}
    assert len(symposiums - {None}) >= 8 and len(forums - {None}) >= 5
    assert sum(not t["reports"] for _, _, t in CORPUS) >= 10  # hard negatives
    for name, text, truth in CORPUS:
        assert len(text) <= 2000, name
        assert truth["url"].startswith("http"), name
        assert truth["outlet"] in OUTLETS, name
        assert truth["id"] == name


@pytest.mark.parametrize(
    ("name", "text"), [(n, t) for n, t, truth in CORPUS if not truth["reports"]]
)
def test_hard_negatives_yield_no_report(name: str, text: str) -> None:
    assert parse(text) == ()


def _f1(items: list[tuple[str, str, dict[str, Any]]]) -> float:
    tallies = (
        score([report_to_json(r) for r in parse(text)], t["reports"]) for _, text, t in items
    )
    return overall(tallies)["all"].f1


def test_field_f1_on_the_corpus_is_at_least_095() -> None:
    assert _f1(CORPUS) >= 0.95


def test_every_report_of_the_corpus_is_found() -> None:
    # recall of the event itself: a real report that yields no record at all is
    # the worst failure (check() would then say the text agrees with the data)
    missed = [name for name, text, truth in CORPUS if truth["reports"] and not parse(text)]
    assert len(missed) <= len(CORPUS) // 25, missed
