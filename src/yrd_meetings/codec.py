"""Records to plain JSON-able data and back: the one cattrs converter, plus a fast path.

Fields equal to their default are left out, so the data files stay short to
read and edit; `dumps` gives the one canonical formatting of a data file.

Structuring is strict, by type, for every field of every record class (so a
field added later is strict too): a `str` field takes a JSON string without
control characters or lone surrogates, an `int` an integer from 1 to 9999
(never `true`, `"2005"` or `2005.0`), a `bool` only `true`/`false`, an enum
one of its values, a tuple a JSON array, a record an object without unknown
or duplicate keys. Reading valid data takes a small reflective path that
needs no cattrs (so `load()` neither imports cattrs nor generates code);
anything it does not accept is read again by the cattrs converter, whose
errors `problems()` lists one a bad value, each with its path.

>>> from yrd_meetings.records import Source
>>> unstructure(Source(url="https://example.org/a"))
{'url': 'https://example.org/a'}
>>> structure({"url": "https://example.org/a"}, Source).kind
'url'
>>> try:
...     structure({"url": 5}, Source)
... except Exception as exc:
...     problems(exc)
['$.url: expected a string, got 5']
"""

from __future__ import annotations

import enum
import functools
import json
import re
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .dates import PartialDate

if TYPE_CHECKING:
    import cattrs

__all__ = ["Invalid", "dumps", "problems", "structure", "unstructure"]

T = TypeVar("T")

# -- strict scalars: one check a type, shared by the fast path and cattrs --------------

# Integers in the records are years and editions; 1..9999 is also datetime's range,
# so nothing downstream (sort keys, date arithmetic) can overflow on a loaded value.
INT_RANGE = (1, 9999)
# Tab, newline and carriage return occur in verbatim quotes; other C0/C1 controls,
# DEL and lone surrogates are never text and break exports and terminals.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class Invalid(ValueError):
    """A value the schema does not accept; the message says what was expected."""


class Unreadable:
    """A JSON token Python would read as something else: a huge integer, NaN, Infinity.

    `jsonfile.loads` puts one in place of the token so that the structure step,
    which knows the path, reports it.
    """

    __slots__ = ("why",)

    def __init__(self, why: str) -> None:
        self.why = why

    def __repr__(self) -> str:
        return self.why


class DuplicateKeys(dict[str, Any]):
    """A JSON object that named a key twice (`jsonfile.loads` keeps the last value)."""

    duplicates: tuple[str, ...] = ()


def describe(value: object) -> str:
    """A JSON value as a message shows it: `true`, `null`, `'2005'`, `2005.7`, `an array`."""
    if isinstance(value, Unreadable):
        return value.why
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_str(value: object) -> str:
    if type(value) is not str:
        raise Invalid(f"expected a string, got {describe(value)}")
    bad = _NOT_TEXT.search(value)
    if bad is not None:
        code = ord(bad.group())
        what = "lone surrogate" if 0xD800 <= code <= 0xDFFF else "control character"
        raise Invalid(f"{what} U+{code:04X} at offset {bad.start()} of the text")
    return value


def check_int(value: object) -> int:
    if type(value) is not int:
        raise Invalid(f"expected an integer, got {describe(value)}")
    low, high = INT_RANGE
    if not low <= value <= high:
        raise Invalid(f"{describe(value)} is out of range: expected {low} to {high}")
    return value


def check_bool(value: object) -> bool:
    if type(value) is not bool:
        raise Invalid(f"expected true or false, got {describe(value)}")
    return value


def check_float(value: object) -> float:
    if type(value) not in (int, float):  # bool and our Unreadable stand-ins excluded
        raise Invalid(f"expected a number, got {describe(value)}")
    return float(value)  # type: ignore[arg-type]


def check_date(value: object) -> PartialDate:
    if type(value) is not str or not value.isascii():
        raise Invalid(f"expected an ISO date string YYYY[-MM[-DD]], got {describe(value)}")
    try:
        return PartialDate.parse(value)
    except ValueError as exc:
        raise Invalid(str(exc)) from None


SCALARS: dict[Any, Callable[[Any], Any]] = {
    str: check_str,
    int: check_int,
    bool: check_bool,
    float: check_float,
    PartialDate: check_date,
}


@functools.cache
def enum_check(kind: type[enum.Enum]) -> Callable[[Any], Any]:
    """The check of an enum: exactly one of its values (`"CN-JS"`, not `"cn-js"` or 5)."""
    members = {(type(m.value), m.value): m for m in kind}
    accepted = ", ".join(repr(m.value) for m in kind)

    def check(value: object) -> enum.Enum:
        member = members.get((type(value), value))
        if member is None:
            raise Invalid(f"expected one of {accepted}, got {describe(value)}")
        return member

    return check


def check_object(value: object) -> dict[str, Any]:
    if type(value) is not dict:
        if isinstance(value, DuplicateKeys):
            keys = ", ".join(repr(k) for k in value.duplicates)
            raise Invalid(f"duplicate key {keys} in one object")
        raise Invalid(f"expected an object, got {describe(value)}")
    return value


def check_list(value: object) -> list[Any]:
    if type(value) is not list:
        raise Invalid(f"expected a list (a JSON array), got {describe(value)}")
    return value


def _is_record(cls: Any) -> bool:
    return attrs.has(cls) and cls is not PartialDate


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _is_sequence(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


# -- the cattrs converter ------------------------------------------------------------


def _message(exc: BaseException, _: object) -> str:
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, ForbiddenExtraKeysError):
        return "unknown key " + ", ".join(repr(k) for k in sorted(exc.extra_fields))
    if isinstance(exc, KeyError):
        return "required key missing"
    if isinstance(exc, (ValueError, TypeError)):  # ours, or a record's own check
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def problems(exc: BaseException, path: str = "$") -> list[str]:
    """`path: message` for each bad value a failed `structure` found.

    >>> try:
    ...     structure(["2005", 7], tuple[PartialDate, ...])
    ... except Exception as exc:
    ...     problems(exc, "dates.json$")
    ['dates.json$[1]: expected an ISO date string YYYY[-MM[-DD]], got 7']
    """
    import cattrs

    lines = cattrs.transform_error(exc, path=path, format_exception=_message)
    return [f"{where}: {message}" for message, _, where in (s.rpartition(" @ ") for s in lines)]


def _sequence_hook(conv: cattrs.Converter, tp: Any) -> Callable[[Any, Any], Any]:
    # cattrs would take any iterable for a tuple: a string as its characters, an
    # object as its keys; a JSON array is the only sequence the files have.
    from cattrs.errors import IterableValidationError, IterableValidationNote

    item_type = typing.get_args(tp)[0]

    def hook(value: Any, _: Any) -> tuple[Any, ...]:
        items, errors = [], []
        for index, item in enumerate(check_list(value)):
            try:
                items.append(conv.structure(item, item_type))
            except Exception as exc:  # collected: every bad item is reported
                note = IterableValidationNote(f"item {index}", index, item_type)
                # what cattrs does to place an item's error (add_note is 3.11+)
                notes = [*getattr(exc, "__notes__", []), note]
                exc.__dict__["__notes__"] = notes
                errors.append(exc)
        if errors:
            raise IterableValidationError(f"while structuring {tp!r}", errors, tp)
        return tuple(items)

    return hook


def _record_hook(conv: cattrs.Converter, cls: type) -> Callable[[Any, Any], Any]:
    from cattrs.gen import make_dict_structure_fn

    build: Callable[[Any, type], Any] = make_dict_structure_fn(
        cls, conv, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )
    return lambda value, tp: build(check_object(value), tp)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _scalar_hook(value: Any, tp: Any) -> Any:
    if _is_enum(tp):
        return enum_check(tp)(value)
    return SCALARS[tp](value)


@functools.cache
def _converter() -> cattrs.Converter:
    import cattrs
    from cattrs.gen import make_dict_unstructure_fn

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    # cattrs looks up class hooks by MRO, so the str hook also receives str-valued
    # enums (and the int hook int-valued ones): one hook that checks by target type.
    for kind in (*SCALARS, enum.Enum):
        conv.register_structure_hook(kind, _scalar_hook)
    conv.register_structure_hook_factory(_is_sequence, lambda tp: _sequence_hook(conv, tp))
    conv.register_structure_hook_factory(_is_record, lambda cls: _record_hook(conv, cls))
    conv.register_unstructure_hook(PartialDate, str)
    # An enum's value, not the member: a str-valued enum finds the str hook first
    # in its MRO, so the str and int hooks unwrap members too.
    for kind in (str, int, enum.Enum):
        conv.register_unstructure_hook(kind, _plain)
    conv.register_unstructure_hook_factory(
        _is_record, lambda cls: make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
    )
    return conv


def __getattr__(name: str) -> Any:
    if name == "converter":  # the cattrs converter, built on first use
        return _converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- the fast path: the same checks, no error detail ------------------------------------

Step = Callable[[Any], Any]


def _optional(step: Step) -> Step:
    return lambda value: None if value is None else step(value)


def _sequence(step: Step) -> Step:
    return lambda value: tuple(step(item) for item in check_list(value))


def _step(tp: Any) -> Step:
    if isinstance(tp, typing.NewType):  # an id type: checked as what it wraps
        return _step(tp.__supertype__)
    if tp in SCALARS:
        return SCALARS[tp]
    args = typing.get_args(tp)
    if _is_sequence(tp):
        return _sequence(_step(args[0]))
    if args and type(None) in args:
        (inner,) = (a for a in args if a is not type(None))
        return _optional(_step(inner))
    if _is_enum(tp):
        return enum_check(tp)
    if attrs.has(tp):
        return lambda value: _record(value, tp)
    raise TypeError(f"no structure step for {tp!r}")


_PLANS: dict[type, dict[str, Step]] = {}


def _plan(cls: type) -> dict[str, Step]:
    plan = _PLANS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)
        plan = _PLANS[cls] = {f.name: _step(hints[f.name]) for f in attrs.fields(cls)}
    return plan


def _record(value: Any, cls: type[Any]) -> Any:
    plan = _plan(cls)
    return cls(**{key: plan[key](item) for key, item in check_object(value).items()})


def structure(data: Any, cls: type[T]) -> T:
    """Build a record (or `tuple[Record, ...]`) from plain data, strictly (see above).

    On invalid data it raises cattrs' errors; `problems(exc)` lists them by path.
    """
    try:
        result: T = _step(cls)(data)
    except (KeyError, TypeError, ValueError):  # cattrs reads it again, saying where and why
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
