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
from .dataset import DataError, Dataset, Holding, OutOfPeriodError, UncertainDateError, load
from .dataset import register_upper as _register_upper
from .dates import PartialDate
from .ids import AgreementId, Alias, ErratumId, MeetingId, OfficialId
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
    from .batch import parse_many
    from .citation import cite
    from .convert import to_simplified, to_traditional
    from .parsing import Discrepancy, Report, check, parse
    from .parsing.tokens import jieba_userdict, tokenize
    from .plot import timeline_svg
    from .propose import propose
    from .validation import Problem, validate

__all__ = [
    "Agreement",
    "AgreementId",
    "AgreementKind",
    "Alias",
    "Attendance",
    "Confidence",
    "DataError",
    "Dataset",
    "Discrepancy",
    "Erratum",
    "ErratumId",
    "Gender",
    "Holding",
    "Meeting",
    "MeetingId",
    "MeetingKind",
    "Meta",
    "Official",
    "OfficialId",
    "OutOfPeriodError",
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
    "parse_many",
    "propose",
    "seeds",
    "timeline_svg",
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
    "timeline_svg": "yrd_meetings.plot",
    "parse_many": "yrd_meetings.batch",
    "Problem": "yrd_meetings.validation",
    "parse": "yrd_meetings.parsing",
    "check": "yrd_meetings.parsing",
    "propose": "yrd_meetings.propose",
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


# -- the conveniences of Dataset that live on upper floors ------------------------------
# dataset.py imports nothing above it; these thin functions import the upper module when
# first called (so `import yrd_meetings` and `load()` stay free of opencc and pandas).


def _convert(ds: Dataset, script: str) -> Dataset:
    from .convert import check_variant, to_traditional

    converted: Dataset = to_traditional(ds, variant=check_variant(script))
    return converted


def _export(ds: Dataset, directory: Any, **options: Any) -> Any:
    from .export import write

    return write(ds, directory, **options)


def _to_frames(ds: Dataset) -> Any:
    from .export.frames import to_frames

    return to_frames(ds)


def _to_frame(ds: Dataset, name: str) -> Any:
    from .export.flat import to_frame

    return to_frame(ds, name)


for _name, _function in (
    ("convert", _convert),
    ("export", _export),
    ("to_frames", _to_frames),
    ("to_frame", _to_frame),
):
    _register_upper(_name, _function)
