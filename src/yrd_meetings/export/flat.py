"""Flat tables: one readable, denormalised table each for meetings, attendances,
tenures and agreements, as CSV (`export --flat`) or pandas (`to_frame(ds, name)`).

The linked tables (`yrd_meetings.export.tables`) keep ids and need joins; these
carry the names a reader wants in one place: the host province's name, each
official's name and post, the meeting's label and date. Dates are ISO text at the
precision the sources give (`2007-10` stays a month) plus a `*_precision` column;
in a DataFrame a `*_date` column adds the typed day where the day is known.
Unknown stays empty (null): a meeting with no sourced attendee list has
`attendees` null, never 0.

>>> from yrd_meetings import load
>>> cols, rows = flat_rows(load(), "meetings")
>>> row = next(r for r in rows if r["id"] == "symposium-2010")
>>> row["attendees"] is None, row["host_name"]
(True, None)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Literal

import attrs

from ..dataset import Dataset
from ..dates import PartialDate
from ..records import AgreementKind, Meeting, MeetingKind, Official, Post, Province, Role

__all__ = ["FLAT", "FlatColumn", "Kind", "columns", "flat_rows", "to_frame"]

Kind = Literal["id", "text", "int", "bool", "enum", "date", "precision"]
FLAT = ("meetings", "attendances", "tenures", "agreements")


@attrs.frozen(kw_only=True)
class FlatColumn:
    name: str
    kind: Kind
    description: str
    values: tuple[str, ...] = ()  # an enum's values, in order


def _c(name: str, kind: Kind, description: str, values: Iterable[Any] = ()) -> FlatColumn:
    return FlatColumn(
        name=name, kind=kind, description=description, values=tuple(str(v) for v in values)
    )


_KINDS = [k.value for k in MeetingKind]
_PROVINCES = [p.value for p in Province]
_POSTS = [p.value for p in Post]


def _date(name: str, what: str) -> tuple[FlatColumn, ...]:
    return (
        _c(name, "date", f"{what}, ISO 8601 at the sources' precision (YYYY, YYYY-MM or day)"),
        _c(f"{name}_precision", "precision", f"precision of {name}: year, month or day"),
    )


_MEETING = (
    _c("meeting", "id", "id of the meeting"),
    _c("meeting_name", "text", "the meeting's Chinese name"),
    _c("meeting_kind", "enum", "symposium, forum or other", _KINDS),
    _c("year", "int", "a symposium's 年度 year label"),
    _c("edition", "int", "a forum's edition number"),
    *_date("meeting_start", "first day of the meeting"),
    _c("city", "text", "the host city in Chinese"),
)
_PLACE = (
    _c("province", "enum", "ISO 3166-2 code of the province", _PROVINCES),
    _c("province_name", "text", "the province's Chinese name"),
    _c("post", "enum", "party_secretary or governor (Shanghai: mayor)", _POSTS),
    _c("post_title", "text", "the post in Chinese, e.g. 上海市委书记"),
)
_PERSON = (
    _c("official", "id", "id of the official"),
    _c("name", "text", "the official's Chinese name"),
    _c("pinyin", "text", "the official's name in pinyin"),
)
COLUMNS: dict[str, tuple[FlatColumn, ...]] = {
    "meetings": (
        _c("id", "id", "id of the meeting"),
        _c("kind", "enum", "symposium, forum or other", _KINDS),
        _c("name", "text", "the meeting's Chinese name"),
        _c("year", "int", "a symposium's 年度 year label"),
        _c("edition", "int", "a forum's edition number"),
        *_date("start", "first day of the meeting"),
        *_date("end", "last day of the meeting"),
        _c("city", "text", "the host city in Chinese"),
        _c("host", "enum", "ISO 3166-2 code of the host province", _PROVINCES),
        _c("host_name", "text", "the host province's Chinese name"),
        _c("host_name_en", "text", "the host province's English name"),
        _c("theme", "text", "the meeting's theme"),
        _c("next_host_name", "text", "the province named to host the next meeting"),
        _c("attendees", "int", "officials recorded; null where no source lists them"),
        _c("attendee_names", "text", "the recorded officials' names, joined by 、"),
        _c("documents", "int", "documents and agreements recorded; null where none is sourced"),
        _c("part_of", "id", "id of the meeting this one was part of"),
    ),
    "attendances": (
        *_MEETING,
        _c("position", "int", "1-based order of the attendance at the meeting"),
        *_PERSON,
        *_PLACE,
        _c("role", "enum", "attended, presided, spoke or reported", [r.value for r in Role]),
        _c("title", "text", "the position as sourced, for people outside the eight posts"),
    ),
    "tenures": (
        *_PERSON,
        *_PLACE,
        *_date("start", "first day in the post"),
        *_date("end", "first day out of the post; empty while in office"),
        _c("acting", "bool", "the spell began as acting (代理)"),
        *_date("elected", "the day an acting holder was formally elected"),
        _c("ended_by", "text", "what ended the tenure, as sourced"),
    ),
    "agreements": (
        _c("id", "id", "id of the document or agreement"),
        *_MEETING,
        _c(
            "kind",
            "enum",
            "reviewed, adopted, heard, signed, released or unveiled",
            [k.value for k in AgreementKind],
        ),
        _c("title", "text", "the title, without 《》"),
        _c("parties", "text", "the parties where sourced, joined by 、"),
    ),
}


def columns(name: str) -> tuple[FlatColumn, ...]:
    """The columns of a flat table; ValueError naming the tables for another name."""
    try:
        return COLUMNS[name]
    except (KeyError, TypeError):
        raise ValueError(f"no flat table {name!r}; flat tables: {', '.join(FLAT)}") from None


def _dates(name: str, value: PartialDate | None) -> dict[str, Any]:
    if value is None:
        return {name: None, f"{name}_precision": None}
    return {name: str(value), f"{name}_precision": value.precision}


def _unknown_is_null(n: int) -> int | None:
    return n or None  # the data never records "none": an empty list is unknown


def _province(p: Province | None, post: Post | None = None) -> dict[str, Any]:
    return {
        "province": p.value if p else None,
        "province_name": p.name_zh if p else None,
        "post": post.value if post else None,
        "post_title": p.name_zh + post.title_zh(p) if p and post else None,
    }


def _person(o: Official) -> dict[str, Any]:
    return {"official": o.id, "name": o.name, "pinyin": o.pinyin}


def _meeting(m: Meeting) -> dict[str, Any]:
    return {
        "meeting": m.id,
        "meeting_name": m.name,
        "meeting_kind": m.kind.value,
        "year": m.year,
        "edition": m.edition,
        **_dates("meeting_start", m.start),
        "city": m.city,
    }


def _meetings(ds: Dataset) -> Iterator[dict[str, Any]]:
    for m in ds.meetings:
        host = m.province
        names = [o.name for o in ds.attendees(m)]
        yield {
            "id": m.id,
            "kind": m.kind.value,
            "name": m.name,
            "year": m.year,
            "edition": m.edition,
            **_dates("start", m.start),
            **_dates("end", m.end),
            "city": m.city,
            "host": host.value if host else None,
            "host_name": host.name_zh if host else None,
            "host_name_en": host.name_en if host else None,
            "theme": m.theme,
            "next_host_name": m.next_host.name_zh if m.next_host else None,
            "attendees": _unknown_is_null(len(names)),
            "attendee_names": "、".join(names) or None,
            "documents": _unknown_is_null(len(ds.agreements_of(m))),
            "part_of": m.part_of,
        }


def _attendances(ds: Dataset) -> Iterator[dict[str, Any]]:
    for m in ds.meetings:
        people = ds.attendees(m)
        for i, (a, o) in enumerate(zip(m.attendances, people, strict=True), start=1):
            yield {
                **_meeting(m),
                "position": i,
                **_person(o),
                **_province(a.province, a.post),
                "role": a.role.value,
                "title": a.title,
            }


def _tenures(ds: Dataset) -> Iterator[dict[str, Any]]:
    for o in ds.officials:
        for t in o.tenures:
            yield {
                **_person(o),
                **_province(t.province, t.post),
                **_dates("start", t.start),
                **_dates("end", t.end),
                "acting": t.acting,
                **_dates("elected", t.elected),
                "ended_by": t.ended_by,
            }


def _agreements(ds: Dataset) -> Iterator[dict[str, Any]]:
    for a in ds.agreements:
        m = ds.get(a.meeting)
        assert isinstance(m, Meeting)
        yield {
            "id": a.id,
            **_meeting(m),
            "kind": a.kind.value,
            "title": a.title,
            "parties": "、".join(a.parties) or None,
        }


_ROWS = {
    "meetings": _meetings,
    "attendances": _attendances,
    "tenures": _tenures,
    "agreements": _agreements,
}


def flat_rows(ds: Dataset, name: str) -> tuple[tuple[FlatColumn, ...], list[dict[str, Any]]]:
    """The columns and rows (plain Python values, None for unknown) of a flat table."""
    cols = columns(name)
    return cols, list(_ROWS[name](ds))


# -- pandas -----------------------------------------------------------------------------


def _series(pd: Any, column: FlatColumn, values: list[Any]) -> dict[str, Any]:
    if column.kind == "int":
        return {column.name: pd.Series(values, dtype="Int64")}
    if column.kind == "bool":
        return {column.name: pd.Series(values, dtype="boolean")}
    if column.kind == "precision":
        dtype = pd.CategoricalDtype(["year", "month", "day"], ordered=True)
        return {column.name: pd.Series(values, dtype=dtype)}
    if column.kind == "enum":
        return {column.name: pd.Series(values, dtype=pd.CategoricalDtype(list(column.values)))}
    series = {column.name: pd.Series(values, dtype="string")}
    if column.kind == "date":
        days = [v if v is not None and len(v) == 10 else None for v in values]
        typed = pd.to_datetime(pd.Series(days, dtype="object"), format="%Y-%m-%d")
        series[f"{column.name}_date"] = typed.astype("datetime64[ns]")
    return series


def to_frame(ds: Dataset, name: str) -> Any:
    """One flat table as a pandas DataFrame (the `yrd-meetings[pandas]` extra).

    Text is `string`, counts and labels `Int64` (null where unknown), enums and
    precisions `category`; each date is ISO text plus `<date>_precision` and a
    `<date>_date` datetime64 that is NaT unless the day is known.
    """
    from .frames import _import_pandas

    pd = _import_pandas()
    cols, rows = flat_rows(ds, name)
    data: dict[str, Any] = {}
    for column in cols:
        data.update(_series(pd, column, [row[column.name] for row in rows]))
    return pd.DataFrame(data)
