"""Records to plain JSON-able data and back: the one cattrs converter, plus a fast path.

Fields equal to their default are left out, so the data files stay short to
read and edit; `dumps` gives the one canonical formatting of a data file.

Reading valid data takes a small reflective path that needs no cattrs (so
`load()` neither imports cattrs nor generates code); anything it does not
accept is read again by the cattrs converter, whose errors name every bad value
by its path (see `cattrs.transform_error`).

>>> from yrd_meetings.records import Source
>>> unstructure(Source(url="https://example.org/a"))
{'url': 'https://example.org/a'}
>>> structure({"url": "https://example.org/a"}, Source).kind
'url'
"""

from __future__ import annotations

import enum
import functools
import json
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .dates import PartialDate

if TYPE_CHECKING:
    import cattrs

__all__ = ["dumps", "structure", "unstructure"]

T = TypeVar("T")

# -- the cattrs converter ------------------------------------------------------------


def _structure_date(value: object, _: type) -> PartialDate:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return PartialDate.parse(value)


def _structure_strings(value: object, _: type) -> tuple[str, ...]:
    # cattrs would read a lone string as a sequence of characters
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"expected a list of strings, got {type(value).__name__}")
    return tuple(value)


def _is_record(cls: Any) -> bool:
    return attrs.has(cls) and cls is not PartialDate


@functools.cache
def _converter(detailed: bool = True) -> cattrs.Converter:
    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(PartialDate, _structure_date)
    conv.register_structure_hook_func(lambda t: t == tuple[str, ...], _structure_strings)
    conv.register_unstructure_hook(PartialDate, str)
    # str-valued enums would otherwise pass through as enum members
    conv.register_unstructure_hook(enum.Enum, lambda member: member.value)

    # Hooks are generated per class on first use.
    def record_hook(cls: type) -> Callable[[Any, type], Any]:
        build: Callable[[Any, type], Any] = make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=detailed
        )

        def hook(value: Any, tp: type) -> Any:
            if not isinstance(value, dict):
                raise TypeError(f"expected a JSON object, got {type(value).__name__}")
            return build(value, tp)

        return hook

    conv.register_structure_hook_factory(_is_record, record_hook)
    conv.register_unstructure_hook_factory(
        _is_record, lambda cls: make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
    )
    return conv


def __getattr__(name: str) -> Any:
    if name == "converter":  # the cattrs converter, built on first use
        return _converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- the fast path -------------------------------------------------------------------

Step = Callable[[Any], Any]


class _Reject(Exception):
    """The fast path does not take this value; cattrs will say why."""


def _scalar(kind: type) -> Step:
    def step(value: Any) -> Any:
        if type(value) is not kind:
            raise _Reject
        return value

    return step


def _enum(kind: type[enum.Enum]) -> Step:
    return lambda value: kind(value)


def _date(value: Any) -> PartialDate:
    if type(value) is not str:
        raise _Reject
    return PartialDate.parse(value)


def _optional(step: Step) -> Step:
    return lambda value: None if value is None else step(value)


def _sequence(step: Step) -> Step:
    def run(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Reject
        return tuple(step(item) for item in value)

    return run


def _step(tp: Any) -> Step:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(_step(args[0]))
    if args and type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return _optional(_step(inner))
    if tp is PartialDate:
        return _date
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp)
    if attrs.has(tp):
        return lambda value: _record(value, tp)
    if tp in (str, int, bool):
        return _scalar(tp)
    raise TypeError(f"no fast path for {tp!r}")


_PLANS: dict[type, dict[str, Step]] = {}


def _plan(cls: type) -> dict[str, Step]:
    plan = _PLANS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)
        plan = _PLANS[cls] = {f.name: _step(hints[f.name]) for f in attrs.fields(cls)}
    return plan


def _record(value: Any, cls: type[Any]) -> Any:
    if type(value) is not dict:
        raise _Reject
    plan = _plan(cls)
    try:
        return cls(**{key: plan[key](item) for key, item in value.items()})
    except (KeyError, TypeError, ValueError) as exc:
        raise _Reject from exc


def structure(data: Any, cls: type[T]) -> T:
    """Build a record (or `tuple[Record, ...]`) from plain data.

    On invalid data it raises cattrs' errors, which `cattrs.transform_error`
    turns into one message a bad value, each with its path.
    """
    try:
        result: T = _step(cls)(data)
    except _Reject:
        result = _converter().structure(data, cls)
    return result


def unstructure(obj: object) -> Any:
    """Plain dicts, lists, strings and numbers for a record or a tuple of records."""
    return _converter().unstructure(obj)


def dumps(data: Any) -> str:
    """The canonical JSON text of a data file: two-space indent, UTF-8 characters, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def field_names(cls: type[attrs.AttrsInstance]) -> tuple[str, ...]:
    """The field names of a record class, in declaration order."""
    return tuple(f.name for f in attrs.fields(cls))
