"""Hypothesis's entry point: registers the record strategies when hypothesis is imported.

Kept apart from `strategies` so that importing either module first works.
"""

from __future__ import annotations

import sys


def _hypothesis_setup_hook() -> None:
    if "yrd_meetings.strategies" in sys.modules:
        return  # being imported now, or already: it registers itself
    import yrd_meetings.strategies  # noqa: F401  (registers on import)
