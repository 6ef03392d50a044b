"""Hypothesis's entry point: importing hypothesis registers the record strategies, and the
hook never imports `strategies` a second time while it is being imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

HOOK_FIRST = """
import sys
from yrd_meetings._hypothesis_hook import _hypothesis_setup_hook
before = "yrd_meetings.strategies" in sys.modules
_hypothesis_setup_hook()
print(before, "yrd_meetings.strategies" in sys.modules)
"""
HYPOTHESIS_FIRST = """
from hypothesis import strategies as st
from yrd_meetings import Meeting
print(type(st.from_type(Meeting).example()).__name__)
"""
STRATEGIES_FIRST = """
import yrd_meetings.strategies
from yrd_meetings._hypothesis_hook import _hypothesis_setup_hook
print(_hypothesis_setup_hook())
"""


@pytest.mark.parametrize(
    ("code", "out"),
    [(HOOK_FIRST, "False True"), (HYPOTHESIS_FIRST, "Meeting"), (STRATEGIES_FIRST, "None")],
    ids=["hook first", "hypothesis first", "strategies first"],
)
def test_the_hook_in_a_fresh_interpreter(code: str, out: str) -> None:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (0, out), done.stderr
