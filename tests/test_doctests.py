"""The examples in the package's own docstrings run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "yrd_meetings",
    "yrd_meetings.dates",
    "yrd_meetings.records",
    "yrd_meetings.codec",
    "yrd_meetings.dataset",
    "yrd_meetings.validation",
    "yrd_meetings.seeds",
    "yrd_meetings.factories",
    "yrd_meetings.strategies",
    "yrd_meetings.testing",
    "yrd_meetings.convert",
    "yrd_meetings.parsing",
    "yrd_meetings.parsing.report",
]


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
