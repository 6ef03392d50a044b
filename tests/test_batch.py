"""Archives: `parse_many` streams in order on 1 and N processes; `parse` and `Report` pickle."""

from __future__ import annotations

import io
import itertools
import pickle
import sys
from collections.abc import Iterator

import pytest

import yrd_meetings
from yrd_meetings import parse_many, seeds

TEXTS = [seeds.text(name) for name in seeds.names()]


@pytest.fixture(scope="module")
def expected() -> list[tuple[object, ...]]:
    return [yrd_meetings.parse(t) for t in TEXTS]


@pytest.mark.parametrize(("workers", "chunksize"), [(1, 16), (1, 1), (2, 1), (2, 3)])
def test_same_reports_in_input_order(
    workers: int, chunksize: int, expected: list[tuple[object, ...]]
) -> None:
    texts = [*TEXTS, "今天天气很好。", *TEXTS]
    got = list(parse_many(texts, workers=workers, chunksize=chunksize, progress=False))
    assert got == [*expected, (), *expected]


def test_streams_without_reading_everything_first() -> None:
    read: list[int] = []

    def endless() -> Iterator[str]:
        for i in itertools.count():
            read.append(i)
            yield TEXTS[i % len(TEXTS)]

    first = list(itertools.islice(parse_many(endless(), chunksize=2, progress=False), 3))
    assert len(first) == 3 and len(read) <= 4


def test_progress_line(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    list(parse_many(TEXTS[:2], progress=True))
    assert err.getvalue().startswith("\rparsed ") and err.getvalue().endswith("/s)\n")
    assert f"parsed {len(TEXTS[:2])} texts (" in err.getvalue().splitlines()[-1]
    err.truncate(0)
    list(parse_many(TEXTS[:2]))  # not a terminal: no progress by default
    assert err.getvalue() == ""


@pytest.mark.parametrize(
    "bad", [{"workers": 0}, {"workers": True}, {"chunksize": 0}, {"workers": "2"}]
)
def test_bad_arguments(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="must be a positive int"):
        next(parse_many(TEXTS, **bad))  # type: ignore[arg-type]


def test_parse_and_reports_pickle(expected: list[tuple[object, ...]]) -> None:
    assert pickle.loads(pickle.dumps(yrd_meetings.parse)) is yrd_meetings.parse
    for reports in expected:
        assert pickle.loads(pickle.dumps(reports)) == reports
    assert any(expected)
