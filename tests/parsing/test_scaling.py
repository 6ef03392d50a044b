"""Parse time grows linearly with the input on every hostile family (`yrd_meetings.hostile`).

No absolute timings: for each family, 4x the text must take well under 16x the
time (what a quadratic step would cost); figures per MB are printed by
`benchmarks/adversarial.py`.
"""

from __future__ import annotations

import time

import pytest

from yrd_meetings import parse
from yrd_meetings.hostile import FAMILIES, hostile

SMALL = 12_000


def _best_of_three(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        parse(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("family", FAMILIES)
def test_four_times_the_text_takes_less_than_eight_times_the_time(family: str) -> None:
    parse(hostile(family, 100))  # warm: names, patterns, tokenizer
    small = _best_of_three(hostile(family, SMALL))
    large = _best_of_three(hostile(family, 4 * SMALL))
    # 2 ms of slack keeps a tiny, noisy `small` from failing a linear family
    assert large < 8 * small + 0.002, (family, small, large)


def test_the_families_are_many_and_distinct() -> None:
    assert len(FAMILIES) >= 20
    texts = {hostile(f, 500) for f in FAMILIES}
    assert len(texts) == len(FAMILIES)
