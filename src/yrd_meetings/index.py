"""The look-up index of a dataset, and the coercions its query methods share.

Official keys are folded (`normal_key`) so an id, a Chinese name and pinyin
with or without tones or spaces all find the same person.
"""

from __future__ import annotations

import datetime
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TypeVar

import attrs

from .dates import PartialDate
from .ids import Alias
from .records import Agreement, Erratum, Meeting, MeetingKind, Official

__all__ = [
    "Index",
    "build_index",
    "coerce_enum",
    "find",
    "meeting_sort_key",
    "normal_key",
    "partial_date",
    "require_int",
    "sorted_agreements",
    "sorted_aliases",
    "sorted_errata",
    "sorted_meetings",
    "sorted_officials",
]

T = TypeVar("T")

_KIND_ORDER = {MeetingKind.SYMPOSIUM: 0, MeetingKind.FORUM: 1, MeetingKind.OTHER: 2}


def meeting_sort_key(meeting: Meeting) -> tuple[datetime.date, int, str]:
    """Chronological: start date (1 January of the label year when unknown), kind, id."""
    if meeting.start is not None:
        when = meeting.start.earliest()
    else:
        when = datetime.date(meeting.year or meeting.edition or 1, 1, 1)
    return (when, _KIND_ORDER[meeting.kind], meeting.id)


def sorted_meetings(meetings: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return tuple(sorted(meetings, key=meeting_sort_key))


def sorted_agreements(agreements: Iterable[Agreement]) -> tuple[Agreement, ...]:
    return tuple(agreements)  # sorted by meeting once the meetings are known


def sorted_officials(officials: Iterable[Official]) -> tuple[Official, ...]:
    return tuple(sorted(officials, key=lambda o: o.id))


def sorted_errata(errata: Iterable[Erratum]) -> tuple[Erratum, ...]:
    return tuple(sorted(errata, key=lambda e: e.id))


def sorted_aliases(aliases: Iterable[Alias]) -> tuple[Alias, ...]:
    return tuple(sorted(aliases, key=lambda a: a.old))


def coerce_enum(value: object, enum_cls: type[T], what: str) -> T:
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        try:
            return enum_cls(value)  # type: ignore[call-arg]
        except ValueError:
            pass
        accepted = ", ".join(repr(m.value) for m in enum_cls)  # type: ignore[attr-defined]
        raise ValueError(f"unknown {what} {value!r}; accepted: {accepted}")
    raise TypeError(f"{what} must be a {enum_cls.__name__} or str, got {type(value).__name__}")


def require_int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{what} must be an int, got {type(value).__name__} {value!r}")
    return value


def partial_date(value: PartialDate | datetime.date | str) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, datetime.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        return PartialDate.parse(value)
    raise TypeError(f"expected a PartialDate, date or ISO text, got {type(value).__name__}")


@attrs.frozen(kw_only=True)
class Index:
    by_id: Mapping[str, Meeting | Official | Agreement | Erratum]
    officials: Mapping[str, Official]
    official_keys: Mapping[str, tuple[Official, ...]]
    symposiums: Mapping[int, Meeting]
    forums: Mapping[int, Meeting]
    agreements_of: Mapping[str, tuple[Agreement, ...]]
    aliases: Mapping[str, Alias]


def normal_key(key: str) -> str:
    """An official's key as compared: case, spaces, hyphens, apostrophes, tone marks
    and tone numbers dropped; ü and v read as u (`Lǚ Zǔshàn`, `lv3 zu3shan4`, `lüzushan`)."""
    decomposed = unicodedata.normalize("NFD", key.lower())
    kept = (ch for ch in decomposed if not unicodedata.combining(ch))
    folded = "".join(kept).translate(_FOLD)
    if folded.isascii():  # pinyin: tone numbers go too (an id never holds a digit)
        folded = folded.translate(_DIGITS)
    return folded


_FOLD = str.maketrans({" ": None, "\t": None, "-": None, "'": None, "’": None, "v": "u"})
_DIGITS = str.maketrans(dict.fromkeys("012345", None))


def build_index(
    meetings: tuple[Meeting, ...],
    officials: tuple[Official, ...],
    agreements: tuple[Agreement, ...],
    errata: tuple[Erratum, ...],
    aliases: tuple[Alias, ...] = (),
) -> Index:
    by_id: dict[str, Meeting | Official | Agreement | Erratum] = {}
    records: tuple[Meeting | Official | Agreement | Erratum, ...] = (
        *meetings,
        *officials,
        *agreements,
        *errata,
    )
    for record in records:
        by_id.setdefault(record.id, record)
    keys: dict[str, list[Official]] = {}
    for official in officials:
        for key in {normal_key(k) for k in (official.id, official.name, official.pinyin)}:
            keys.setdefault(key, []).append(official)
    agreements_of: dict[str, list[Agreement]] = {}
    for agreement in agreements:
        agreements_of.setdefault(agreement.meeting, []).append(agreement)
    return Index(
        by_id=MappingProxyType(by_id),
        officials=MappingProxyType({o.id: o for o in officials}),
        official_keys=MappingProxyType({k: tuple(v) for k, v in keys.items()}),
        symposiums=MappingProxyType(
            {m.year: m for m in meetings if m.kind is MeetingKind.SYMPOSIUM and m.year}
        ),
        forums=MappingProxyType(
            {m.edition: m for m in meetings if m.kind is MeetingKind.FORUM and m.edition}
        ),
        agreements_of=MappingProxyType({k: tuple(v) for k, v in agreements_of.items()}),
        aliases=MappingProxyType({a.old: a for a in aliases}),
    )


def find(index: Index, record_id: str) -> Meeting | Official | Agreement | Erratum:
    """The record with `record_id`; for a renamed id, the record it names now, with a
    `DeprecationWarning` that gives the new id (KeyError when neither is known)."""
    record = index.by_id.get(record_id)
    if record is not None:
        return record
    alias = index.aliases.get(record_id)
    if alias is None or alias.new not in index.by_id:
        raise KeyError(f"no record with id {record_id!r}")
    warnings.warn(
        f"id {record_id!r} was renamed {alias.new!r}; the old id stops resolving in "
        f"release {alias.until}",
        DeprecationWarning,
        stacklevel=3,  # the caller of Dataset.get
    )
    return index.by_id[alias.new]
