"""Typed, sourced records of the Yangtze River Delta (长三角) leaders' meetings.

>>> import yrd_meetings
>>> ds = yrd_meetings.load()
>>> ds.meeting(2025).city, str(ds.forum(7).start)
('南京', '2025-06-07')

The parser and the script converters load jieba and opencc on first use only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import seeds
from ._version import __version__
from .dataset import DataError, Dataset, UncertainDateError, load
from .dates import PartialDate
from .records import (
    Agreement,
    AgreementKind,
    Attendance,
    Confidence,
    Erratum,
    Gender,
    Meeting,
    MeetingKind,
    Meta,
    Official,
    Post,
    Province,
    Role,
    Source,
    Tenure,
)

if TYPE_CHECKING:
    from .citation import cite
    from .convert import to_simplified, to_traditional
    from .parsing import Discrepancy, Report, check, parse
    from .parsing.tokens import jieba_userdict, tokenize
    from .validation import Problem, validate

__all__ = [
    "Agreement",
    "AgreementKind",
    "Attendance",
    "Confidence",
    "DataError",
    "Dataset",
    "Discrepancy",
    "Erratum",
    "Gender",
    "Meeting",
    "MeetingKind",
    "Meta",
    "Official",
    "PartialDate",
    "Post",
    "Problem",
    "Province",
    "Report",
    "Role",
    "Source",
    "Tenure",
    "UncertainDateError",
    "__version__",
    "check",
    "cite",
    "jieba_userdict",
    "load",
    "parse",
    "seeds",
    "to_simplified",
    "to_traditional",
    "tokenize",
    "validate",
]

# Names served from modules imported on first access: jieba, opencc and the
# validation rules stay out of `import yrd_meetings`.
_LAZY = {
    "cite": "yrd_meetings.citation",
    "validate": "yrd_meetings.validation",
    "Problem": "yrd_meetings.validation",
    "parse": "yrd_meetings.parsing",
    "check": "yrd_meetings.parsing",
    "Report": "yrd_meetings.parsing",
    "Discrepancy": "yrd_meetings.parsing",
    "tokenize": "yrd_meetings.parsing.tokens",
    "jieba_userdict": "yrd_meetings.parsing.tokens",
    "to_simplified": "yrd_meetings.convert",
    "to_traditional": "yrd_meetings.convert",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'yrd_meetings' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
