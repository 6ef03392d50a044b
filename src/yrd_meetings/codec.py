"""The one cattrs converter: records to plain JSON-able data and back.

Fields equal to their default are left out, so the data files stay short to
read and edit; `dumps` gives the one canonical formatting of a data file.

>>> from yrd_meetings.records import Source
>>> unstructure(Source(url="https://example.org/a"))
{'url': 'https://example.org/a'}
"""

from __future__ import annotations

import enum
import json
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from . import records
from .dates import PartialDate

__all__ = ["converter", "dumps", "structure", "unstructure"]

T = TypeVar("T")


def _structure_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return PartialDate.parse(value)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(PartialDate, _structure_date)
    conv.register_unstructure_hook(PartialDate, str)
    # str-valued enums would otherwise pass through as enum members
    conv.register_unstructure_hook(enum.Enum, lambda member: member.value)
    for cls in (
        records.Source,
        records.Tenure,
        records.Official,
        records.Attendance,
        records.Meeting,
        records.Agreement,
        records.Erratum,
        records.Meta,
    ):
        conv.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
        )
        conv.register_structure_hook(
            cls, make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        )
    return conv


converter = _make_converter()


def structure(data: Any, cls: type[T]) -> T:
    """Build a record (or `tuple[Record, ...]`) from plain data; errors name the path."""
    return converter.structure(data, cls)


def unstructure(obj: object) -> Any:
    """Plain dicts, lists, strings and numbers for a record or a tuple of records."""
    return converter.unstructure(obj)


def dumps(data: Any) -> str:
    """The canonical JSON text of a data file: two-space indent, UTF-8 characters, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def field_names(cls: type[attrs.AttrsInstance]) -> tuple[str, ...]:
    """The field names of a record class, in declaration order."""
    return tuple(f.name for f in attrs.fields(cls))
