"""The `yrd-meetings` command line.

Bare `yrd-meetings` prints the symposiums as a table; `yrd-meetings --help`
lists the commands. Errors print one line on stderr: exit 2 for usage,
1 for anything not found or invalid, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable, Sequence
from typing import NoReturn

from . import __version__
from .dataset import Dataset, load
from .records import Meeting, Official

__all__ = ["main"]

EXAMPLES = """\
examples:
  yrd-meetings                      the symposiums since 2005, one a line
  yrd-meetings show 2025            the 2025 symposium with its attendees and documents
  yrd-meetings show forum 7         the 7th high-level forum
  yrd-meetings show 陈吉宁           an official and their tenures
  yrd-meetings validate             check the data's integrity rules
"""


class UsageError(Exception):
    """Bad arguments: exit status 2."""


class NotFound(Exception):
    """A look-up that found nothing, or data that fails its checks: exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def width(text: str) -> int:
    """Columns `text` takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns that line up with double-width characters."""
    widths = [max(width(str(row[i])) for row in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = (str(c) + " " * (w - width(str(c))) for c, w in zip(cells, widths, strict=True))
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _dates(meeting: Meeting) -> str:
    if meeting.start is None:
        return ""
    if meeting.end is None or meeting.end == meeting.start:
        return str(meeting.start)
    return f"{meeting.start}/{meeting.end}"


def _summary(ds: Dataset, _: argparse.Namespace) -> str:
    rows = [
        (
            _text(m.year),
            _dates(m),
            _text(m.city),
            m.province.name_zh if m.province else "",
            str(len(m.attendances)),
            str(len(ds.agreements_of(m))),
            _text(m.theme),
        )
        for m in ds.meetings
        if m.kind.value == "symposium"
    ]
    header = ("年度", "dates", "city", "host", "attendees", "documents", "theme")
    return table(header, rows) + f"\n\n{ds!r}"


def _show_meeting(ds: Dataset, m: Meeting) -> str:
    out = [f"{m.name}  ({m.id})"]
    for label, value in (
        ("dates", _dates(m)),
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
    if m.attendances:
        rows = [
            (
                person.name,
                a.province.name_zh if a.province else "",
                a.post.title_zh(a.province) if a.post and a.province else _text(a.title),
                a.role.value,
            )
            for a, person in zip(m.attendances, ds.attendees(m), strict=True)
        ]
        out += ["", table(("attendee", "unit", "post", "role"), rows)]
    agreements = ds.agreements_of(m)
    if agreements:
        out += ["", table(("kind", "title"), [(a.kind.value, a.title) for a in agreements])]
    out += ["", "sources:"] + [f"  {s.ref}" for s in m.sources]
    return "\n".join(out)


def _show_official(ds: Dataset, o: Official) -> str:
    out = [f"{o.name}  {o.pinyin}  ({o.id})"]
    if o.title:
        out.append(f"  {o.title}")
    if o.tenures:
        rows = [
            (
                t.province.name_zh,
                t.post.title_zh(t.province) + ("（代）" if t.acting else ""),
                str(t.start),
                _text(t.end) or "incumbent",
            )
            for t in o.tenures
        ]
        out += ["", table(("unit", "post", "start", "end"), rows)]
    meetings = ds.meetings_of(o)
    if meetings:
        out += ["", "meetings: " + ", ".join(m.id for m in meetings)]
    return "\n".join(out)


def _show(ds: Dataset, args: argparse.Namespace) -> str:
    what: list[str] = args.what
    try:
        if len(what) == 2 and what[0] == "forum":
            if not what[1].isdigit():
                raise UsageError(f"forum takes an edition number, got {what[1]!r}")
            return _show_meeting(ds, ds.forum(int(what[1])))
        if len(what) != 1:
            raise UsageError("show takes YEAR, 'forum N', an official, or a record id")
        key = what[0]
        if key.isdigit():
            return _show_meeting(ds, ds.meeting(int(key)))
        if key in {m.id for m in ds.meetings}:
            record = ds.get(key)
            assert isinstance(record, Meeting)
            return _show_meeting(ds, record)
        return _show_official(ds, ds.official(key))
    except KeyError as exc:
        raise NotFound(str(exc.args[0]).split(";")[0]) from None


def _validate(ds: Dataset, _: argparse.Namespace) -> str:
    from .validation import validate

    problems = validate(ds)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        raise NotFound(f"{len(problems)} problem(s) in the data")
    return f"ok: {ds!r} passes every rule"


Command = Callable[[Dataset, argparse.Namespace], str]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="yrd-meetings",
        description="The Yangtze River Delta leaders' meetings dataset (长三角地区主要领导座谈会).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"yrd-meetings {__version__}")
    parser.set_defaults(command=_summary)
    sub = parser.add_subparsers(title="commands", parser_class=_Parser)
    show = sub.add_parser(
        "show",
        help="one symposium (YEAR), forum (forum N) or official (id, name or pinyin)",
        epilog="examples:\n  yrd-meetings show 2025\n  yrd-meetings show forum 7\n"
        "  yrd-meetings show chen-jining",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument("what", nargs="+", help="YEAR | forum N | OFFICIAL")
    show.set_defaults(command=_show)
    check = sub.add_parser(
        "validate",
        help="check the data against every integrity rule",
        epilog="example:\n  yrd-meetings validate",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.set_defaults(command=_validate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        command: Command = args.command
        print(command(load(), args))
    except UsageError as exc:
        print(f"yrd-meetings: error: {exc}", file=sys.stderr)
        return 2
    except (NotFound, ValueError, TypeError, OSError) as exc:
        print(f"yrd-meetings: error: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
