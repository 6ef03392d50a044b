"""Parse work grows linearly with the input on every hostile family (`yrd_meetings.hostile`).

Work is counted, not timed: the number of function calls (Python and C) a parse
makes, which is the same on every run and on a busy machine. For each family,
4x the text must cost well under 16x the calls (what a quadratic step would
cost). Seconds per MB are printed by `benchmarks/adversarial.py`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from yrd_meetings import parse
from yrd_meetings.hostile import FAMILIES, hostile

SMALL = 8_000


def _calls(work: Callable[[str], object], text: str) -> int:
    """How many calls (Python and C) `work(text)` makes."""
    count = 0

    def tally(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(tally)
    try:
        work(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("family", FAMILIES)
def test_four_times_the_text_costs_at_most_six_times_the_calls(family: str) -> None:
    parse(hostile(family, 100))  # warm: names, patterns, tokenizer
    small = _calls(parse, hostile(family, SMALL))
    large = _calls(parse, hostile(family, 4 * SMALL))
    assert large <= 6 * small, (family, small, large)


def test_a_quadratic_step_would_be_caught() -> None:
    # the counter sees work that grows with the square of the input
    def quadratic(text: str) -> None:
        for i in range(0, len(text), 50):
            text.find("x", i)  # one call per step, and the steps grow with the text
            for _ in range(0, len(text), 500):
                len(text)

    assert _calls(quadratic, "a" * 4 * SMALL) > 6 * _calls(quadratic, "a" * SMALL)


def test_the_families_are_many_and_distinct() -> None:
    assert len(FAMILIES) >= 20
    texts = {hostile(f, 500) for f in FAMILIES}
    assert len(texts) == len(FAMILIES)
