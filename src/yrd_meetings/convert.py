"""Traditional and Simplified script for text, records and whole datasets (OpenCC).

Every Chinese text field is converted, names included; ids, URLs, seed file
names, pinyin, enum values and dates never are. OpenCC loads on first use and
each converter is built once, thread-safe (in `yrd_meetings.text.script`).

>>> to_traditional("长三角一体化发展")
'長三角一體化發展'
>>> to_traditional("台州里面", variant="tw"), to_traditional("台州里面", variant="hk")
('台州裡面', '台州裏面')
>>> to_simplified("長三角地區主要領導座談會")
'长三角地区主要领导座谈会'

Configs: `traditional` = OpenCC `s2t`, `hk` = `s2hk`, `tw` = `s2tw`; back to
Simplified with `t2s`. Never `s2twp`: it swaps vocabulary (软件→軟體), which
is wrong for names and titles.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import attrs

from . import records
from .dates import PartialDate
from .ids import Alias

if TYPE_CHECKING:
    from .dataset import Dataset

__all__ = [
    "NAME_FIELDS",
    "NON_TEXT_FIELDS",
    "TARGETS",
    "TEXT_FIELDS",
    "Target",
    "Variant",
    "check_variant",
    "convert_name",
    "convert_text",
    "to_simplified",
    "to_traditional",
]

Variant = Literal["traditional", "hk", "tw"]
Target = Literal["simplified", "traditional", "hk", "tw"]
TARGETS: tuple[Target, ...] = ("simplified", "traditional", "hk", "tw")

T = TypeVar("T")


def check_variant(variant: str) -> Variant:
    """`variant` as a `Variant`, or ValueError naming the accepted ones."""
    for known in ("traditional", "hk", "tw"):
        if variant == known:
            return known
    raise ValueError(f"unknown variant {variant!r}; accepted: 'traditional', 'hk', 'tw'")


def convert_text(text: str, target: Target) -> str:
    """Convert one string to a script: "simplified" (OpenCC t2s), "traditional"
    (s2t), "hk" (s2hk) or "tw" (s2tw).

    The converters live in `yrd_meetings.text.script` (built once, under a
    lock, on first use).
    """
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; accepted: {', '.join(TARGETS)}")
    if not isinstance(text, str):
        raise TypeError(f"expected a str, got {type(text).__name__}")
    if not text or text.isascii():
        return text
    from .text import script

    if target == "simplified":
        return script.to_simplified(text)
    return script.to_traditional(text, target)


# Simplified surnames whose character-level conversion gives the common-word reading
# (范恒山 -> 範恆山): as the first character of a person's name they convert so.
_SURNAMES_S2T: Mapping[str, str] = MappingProxyType(
    {"范": "范", "余": "余", "游": "游", "干": "干", "钟": "鍾", "党": "党", "朴": "朴", "卜": "卜"}
)


def convert_name(name: str, target: Target) -> str:
    """Convert a person's name: like `convert_text`, but a surname keeps its surname form."""
    converted = convert_text(name, target)
    if target != "simplified" and name and name[0] in _SURNAMES_S2T:
        converted = _SURNAMES_S2T[name[0]] + converted[1:]
    return converted


# Which str fields of each record type hold Chinese text. A test checks that every
# str-typed field is listed here or in NON_TEXT_FIELDS, so a new field cannot slip by.
TEXT_FIELDS: Mapping[type[Any], frozenset[str]] = MappingProxyType(
    {
        # via names an outlet like publisher does: both convert, so independence
        # (validation.independent_origin) reads the same in every script
        records.Source: frozenset({"publisher", "via", "note"}),
        records.Tenure: frozenset({"ended_by", "note"}),
        records.Official: frozenset({"name", "title"}),
        records.Attendance: frozenset({"title"}),
        records.Meeting: frozenset({"name", "city", "theme", "visits", "note"}),
        records.Agreement: frozenset({"title", "parties", "note"}),
        records.Erratum: frozenset({"truth", "note"}),
        records.Meta: frozenset({"citation", "description"}),
        Alias: frozenset(),
    }
)
NON_TEXT_FIELDS: Mapping[type[Any], frozenset[str]] = MappingProxyType(
    {
        # a quote is verbatim source text: it stays as the source prints it
        records.Source: frozenset({"seed", "url", "quote"}),
        records.Tenure: frozenset(),
        records.Official: frozenset({"id", "pinyin"}),
        records.Attendance: frozenset({"official"}),
        records.Meeting: frozenset({"id", "part_of"}),
        records.Agreement: frozenset({"id", "meeting"}),
        records.Erratum: frozenset({"id", "record", "says"}),
        records.Meta: frozenset({"version", "licence", "homepage"}),
        Alias: frozenset({"old", "new", "until"}),
    }
)
NAME_FIELDS = frozenset({(records.Official, "name")})


def _convert_value(value: Any, target: Target) -> Any:
    if isinstance(value, (PartialDate, records.Province)) or value is None:
        return value
    if isinstance(value, str):
        return convert_text(value, target)
    if isinstance(value, tuple):
        return tuple(_convert_value(v, target) for v in value)
    if attrs.has(type(value)):
        return _convert_record(value, target)
    return value  # ints, bools, enums


def _convert_record(record: Any, target: Target) -> Any:
    cls = type(record)
    text = TEXT_FIELDS.get(cls)
    if text is None:
        raise TypeError(f"cannot convert the script of a {cls.__name__}")
    changes: dict[str, Any] = {}
    for field in attrs.fields(cls):
        value = getattr(record, field.name)
        if value is None:
            continue
        new: Any
        if field.name in text:
            if (cls, field.name) in NAME_FIELDS:
                new = convert_name(value, target)
            elif isinstance(value, str):
                new = convert_text(value, target)
            else:
                new = tuple(convert_text(v, target) for v in value)
        elif attrs.has(type(value)):
            new = _convert_value(value, target)
        elif isinstance(value, tuple):
            # records inside (sources, attendances) convert; a str in a tuple not in
            # TEXT_FIELDS (an id list) stays as it is, like any str field not listed
            new = tuple(v if isinstance(v, str) else _convert_value(v, target) for v in value)
        else:
            continue
        if new != value:
            changes[field.name] = new
    return attrs.evolve(record, **changes) if changes else record


def _convert(x: Any, target: Target) -> Any:
    from .dataset import Dataset  # dataset imports this module lazily; no cycle at import

    if isinstance(x, str):
        return convert_text(x, target)
    if isinstance(x, Dataset):
        return attrs.evolve(
            x,
            meta=_convert_record(x.meta, target),
            meetings=tuple(_convert_record(m, target) for m in x.meetings),
            officials=tuple(_convert_record(o, target) for o in x.officials),
            agreements=tuple(_convert_record(a, target) for a in x.agreements),
            errata=tuple(_convert_record(e, target) for e in x.errata),
        )
    if isinstance(x, tuple):
        return tuple(_convert(item, target) for item in x)
    if attrs.has(type(x)) and type(x) in TEXT_FIELDS:
        return _convert_record(x, target)
    raise TypeError(
        f"expected a str, a record, a tuple of records or a Dataset, got {type(x).__name__}"
    )


@overload
def to_traditional(x: str, variant: Variant = ...) -> str: ...
@overload
def to_traditional(x: Dataset, variant: Variant = ...) -> Dataset: ...
@overload
def to_traditional(x: T, variant: Variant = ...) -> T: ...
def to_traditional(x: Any, variant: str = "traditional") -> Any:
    """`x` in Traditional script: a str, a record, a tuple of records or a Dataset.

    `variant` is "traditional" (OpenCC s2t, OpenCC standard glyphs), "hk" (s2hk)
    or "tw" (s2tw). Records come back as new records; ids and dates are untouched.

    >>> from yrd_meetings import Official
    >>> to_traditional(Official(id="chen-jining", name="陈吉宁", pinyin="Chen Jining")).name
    '陳吉寧'
    """
    return _convert(x, check_variant(variant))


@overload
def to_simplified(x: str) -> str: ...
@overload
def to_simplified(x: Dataset) -> Dataset: ...
@overload
def to_simplified(x: T) -> T: ...
def to_simplified(x: Any) -> Any:
    """`x` in Simplified script (OpenCC t2s): a str, a record, a tuple of records or a Dataset.

    >>> to_simplified("陳吉寧")
    '陈吉宁'
    """
    return _convert(x, "simplified")
