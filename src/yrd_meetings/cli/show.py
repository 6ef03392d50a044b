"""`yrd-meetings show`: one meeting, official or record in full."""

from __future__ import annotations

import argparse
import warnings
from typing import Any

from .. import codec
from ..dataset import Dataset, load
from ..records import Agreement, Erratum, Meeting, Official
from .common import add_command, number
from .errors import NotFound, UsageError, note
from .render import UNKNOWN, dates, dump_json, post_title, table, text

__all__ = ["register"]


def _meeting_facts(m: Meeting) -> list[str]:
    out = [f"{m.name}  ({m.id})"]
    for label, value in (
        ("dates", dates(m)),
        ("city", m.city),
        ("host", m.province.name_zh if m.province else None),
        ("theme", m.theme),
        ("part of", m.part_of),
        ("next host", m.next_host.name_zh if m.next_host else None),
        ("visits", "、".join(m.visits) or None),
        ("note", m.note),
    ):
        if value:
            out.append(f"  {label}: {value}")
    return out


def show_meeting(ds: Dataset, m: Meeting, as_json: bool) -> str:
    agreements = ds.agreements_of(m)
    if as_json:
        data = codec.unstructure(m)
        data["agreements"] = [codec.unstructure(a) for a in agreements]
        data["attendee_names"] = [o.name for o in ds.attendees(m)]
        return dump_json(data)
    out = _meeting_facts(m)
    if not m.attendances:
        out.append(f"  attendees: {UNKNOWN} (no source lists them)")
    if not agreements:
        out.append(f"  documents: {UNKNOWN} (no source lists them)")
    if m.attendances:
        rows = [
            (person.name, post_title(a.post, a.province, a.title), a.role.value)
            for a, person in zip(m.attendances, ds.attendees(m), strict=True)
        ]
        out += ["", table(("attendee", "post", "role"), rows)]
    if agreements:
        out += ["", table(("kind", "title"), [(a.kind.value, a.title) for a in agreements])]
    out += ["", "sources:"] + [f"  {ref}" for ref in dict.fromkeys(s.ref for s in m.sources)]
    return "\n".join(out)


def show_official(ds: Dataset, o: Official, as_json: bool) -> str:
    meetings = ds.meetings_of(o)
    if as_json:
        data = codec.unstructure(o)
        data["meetings"] = [m.id for m in meetings]
        return dump_json(data)
    out = [f"{o.name}  {o.pinyin}  ({o.id})"]
    if o.title:
        out.append(f"  {o.title}")
    if o.tenures:
        rows = [
            (
                t.province.name_zh + t.post.title_zh(t.province) + ("（代）" if t.acting else ""),
                str(t.start),
                text(t.end) or "incumbent",
                text(t.ended_by),
            )
            for t in o.tenures
        ]
        out += ["", table(("post", "start", "end", "ended by"), rows)]
    if meetings:
        out += ["", "meetings: " + ", ".join(m.id for m in meetings)]
    return "\n".join(out)


def show_other(record: Agreement | Erratum, as_json: bool) -> str:
    data = codec.unstructure(record)
    if as_json:
        return dump_json(data)
    return "\n".join(
        f"{key}: {value}" for key, value in data.items() if not isinstance(value, (list, dict))
    )


def _get(ds: Dataset, key: str) -> Meeting | Official | Agreement | Erratum:
    """`ds.get(key)`; a renamed id is shown with a one-line note on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        record = ds.get(key)
    for warning in caught:
        note(str(warning.message))
    return record


def _show_key(ds: Dataset, key: str, as_json: bool) -> str:
    if key.isascii() and key.isdigit():
        return show_meeting(ds, ds.meeting(number(key, "symposium for year")), as_json)
    try:
        record = _get(ds, key)
    except KeyError:
        return show_official(ds, ds.official(key), as_json)
    if isinstance(record, Meeting):
        return show_meeting(ds, record, as_json)
    if isinstance(record, Official):
        return show_official(ds, record, as_json)
    return show_other(record, as_json)


def show(args: argparse.Namespace) -> str:
    ds = load()
    what: list[str] = args.what
    try:
        if len(what) == 2 and what[0] == "forum":
            return show_meeting(ds, ds.forum(number(what[1], "forum edition")), args.json)
        if len(what) != 1:
            raise UsageError("show takes YEAR, 'forum N', an official, or a record id")
        return _show_key(ds, what[0], args.json)
    except KeyError as exc:
        raise NotFound(str(exc.args[0]).split(";")[0]) from None


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "show",
        "one symposium (YEAR), forum (forum N), official (id, name or pinyin) or record id",
        [
            "yrd-meetings show 2025",
            "yrd-meetings show forum 7",
            "yrd-meetings show chen-jining",
            "yrd-meetings show 'Chen Jining' --json",
        ],
        show,
    )
    p.add_argument("what", nargs="+", help="YEAR | forum N | OFFICIAL | ID")
