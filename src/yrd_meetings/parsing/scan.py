"""Where to look: stretches of text around anchor characters, for fast cue scans.

Every date cue holds 日 or 天, every meeting mention ends in 会 or 坛, every
dateline in 电, 讯 or 消息. Scanning only the stretches around those characters
finds the same matches as scanning the whole text (each stretch reaches further
than any match is long), and a page of digits or noise costs almost nothing.

>>> windows("abc日def", re.compile("日"), 2, 1)
[(1, 5)]
"""

from __future__ import annotations

import re

__all__ = ["windows"]


def windows(
    text: str,
    anchor: re.Pattern[str],
    before: int,
    after: int,
    start: int = 0,
    end: int | None = None,
) -> list[tuple[int, int]]:
    """Merged (lo, hi) stretches reaching `before`/`after` characters around each anchor."""
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(text, start, stop):
        lo, hi = max(start, m.start() - before), min(stop, m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out
