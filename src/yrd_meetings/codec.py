"""The one cattrs converter: records to plain JSON-able data and back.

Fields equal to their default are left out, so the data files stay short to
read and edit; `dumps` gives the one canonical formatting of a data file.

>>> from yrd_meetings.records import Source
>>> unstructure(Source(url="https://example.org/a"))
{'url': 'https://example.org/a'}
"""

from __future__ import annotations

import enum
import functools
import json
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from .dates import PartialDate

__all__ = ["dumps", "structure", "unstructure"]

T = TypeVar("T")


def _structure_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return PartialDate.parse(value)


def _is_record(cls: Any) -> bool:
    return attrs.has(cls) and cls is not PartialDate


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(PartialDate, _structure_date)
    conv.register_unstructure_hook(PartialDate, str)
    # str-valued enums would otherwise pass through as enum members
    conv.register_unstructure_hook(enum.Enum, lambda member: member.value)
    # Hooks are generated per class on first use, so importing this module costs nothing.
    conv.register_structure_hook_factory(
        _is_record,
        lambda cls: make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=detailed
        ),
    )
    conv.register_unstructure_hook_factory(
        _is_record, lambda cls: make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
    )
    return conv


@functools.cache
def _converter(detailed: bool) -> cattrs.Converter:
    return _make_converter(detailed=detailed)


def __getattr__(name: str) -> Any:
    if name == "converter":  # built on first use
        return _converter(True)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def structure(data: Any, cls: type[T]) -> T:
    """Build a record (or `tuple[Record, ...]`) from plain data.

    Valid data takes the fast path; invalid data is structured again with
    detailed validation, so the error (see `cattrs.transform_error`) names
    every bad value by its path.
    """
    try:
        return _converter(False).structure(data, cls)
    except Exception:
        return _converter(True).structure(data, cls)


def unstructure(obj: object) -> Any:
    """Plain dicts, lists, strings and numbers for a record or a tuple of records."""
    return _converter(True).unstructure(obj)


def dumps(data: Any) -> str:
    """The canonical JSON text of a data file: two-space indent, UTF-8 characters, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def field_names(cls: type[attrs.AttrsInstance]) -> tuple[str, ...]:
    """The field names of a record class, in declaration order."""
    return tuple(f.name for f in attrs.fields(cls))
