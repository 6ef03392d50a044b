"""The `yrd-meetings` command line (also `python -m yrd_meetings`).

Bare `yrd-meetings` prints the symposiums as a table; `yrd-meetings --help`
lists the commands, and each command's `--help` gives examples. Every listing
command takes `--json`. Errors print one line on stderr: exit 2 for usage,
1 for anything not found or invalid, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NoReturn

import attrs

from . import __version__, codec
from .dataset import Dataset, UncertainDateError, load
from .records import Agreement, Erratum, Meeting, MeetingKind, Official, Post, Province, Source
from .textinput import DEFAULT_MAX_BYTES, InputError, read_text

__all__ = ["main"]

EXAMPLES = """\
examples:
  yrd-meetings                          the symposiums since 2005, one a line
  yrd-meetings list --kind forum        the high-level forums
  yrd-meetings show 2025                the 2025 symposium: attendees, documents, sources
  yrd-meetings show forum 7             the 7th high-level forum
  yrd-meetings show 陈吉宁               an official and their tenures
  yrd-meetings officials --on 2020-01-01
                                        who held the eight posts that day
  yrd-meetings export --format csv --out yrd-csv
                                        flat CSV tables (also json, jsonl, datapackage)
  yrd-meetings coverage                 which facts are known, year by year
  yrd-meetings parse --json report.txt  read a news report into records
  yrd-meetings validate                 check the data's integrity rules
"""


class UsageError(Exception):
    """Bad arguments: exit status 2."""


class NotFound(Exception):
    """A look-up that found nothing, or data that fails its checks: exit status 1."""


@attrs.frozen
class Result:
    """A command's output with an exit status other than 0 (`check` finding discrepancies)."""

    output: str
    status: int


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# -- formatting ---------------------------------------------------------------------------


def width(text: str) -> int:
    """Columns `text` takes in a terminal: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


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


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _dates(meeting: Meeting) -> str:
    if meeting.start is None:
        return ""
    if meeting.end is None or meeting.end == meeting.start:
        return str(meeting.start)
    return f"{meeting.start}/{meeting.end}"


def _province(text: str) -> Province:
    """A province from its code (CN-JS, JS, 320000), Chinese or English name or abbreviation."""
    key = text.strip().lower()
    for p in Province:
        names = {
            p.value.lower(),
            p.value[3:].lower(),
            p.gb_code,
            p.name_zh,
            p.full_name_zh,
            p.name_en.lower(),
            p.abbreviation,
        }
        if key in names:
            return p
    raise UsageError(
        f"unknown province {text!r}; use CN-SH, CN-JS, CN-ZJ, CN-AH or a name such as 江苏"
    )


def _day(text: str) -> datetime.date:
    if text == "today":
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--on takes a day as YYYY-MM-DD (or 'today'), got {text!r}") from None


# -- commands -----------------------------------------------------------------------------

Command = Callable[[argparse.Namespace], "str | Result"]


def _meeting_row(ds: Dataset, m: Meeting) -> tuple[str, ...]:
    label = _text(m.year) if m.kind is MeetingKind.SYMPOSIUM else _text(m.edition)
    return (
        m.id,
        label,
        _dates(m),
        _text(m.city),
        m.province.name_zh if m.province else "",
        str(len(m.attendances)),
        str(len(ds.agreements_of(m))),
        _text(m.theme),
    )


_MEETING_HEADER = ("id", "年度/届", "dates", "city", "host", "attendees", "documents", "theme")


def _summary(args: argparse.Namespace) -> str:
    ds = load()
    symposiums = [m for m in ds.meetings if m.kind is MeetingKind.SYMPOSIUM]
    if args.json:
        return _json([codec.unstructure(m) for m in symposiums])
    rows = [_meeting_row(ds, m)[1:] for m in symposiums]
    return table(_MEETING_HEADER[1:], rows) + f"\n\n{ds!r}"


def _list(args: argparse.Namespace) -> str:
    ds = load()
    meetings = list(ds.meetings)
    if args.kind != "all":
        meetings = [m for m in meetings if m.kind.value == args.kind]
    if args.province:
        province = _province(args.province)
        meetings = [m for m in meetings if m.province is province]
    if args.year is not None:
        meetings = [m for m in meetings if m in ds.meetings_in(args.year)]
    if args.json:
        return _json([codec.unstructure(m) for m in meetings])
    if not meetings:
        raise NotFound("no meeting matches")
    return table(_MEETING_HEADER, [_meeting_row(ds, m) for m in meetings])


def _post_title(post: Post | None, province: Province | None, title: str | None) -> str:
    if post is not None and province is not None:
        return province.name_zh + post.title_zh(province)
    return _text(title)


def _show_meeting(ds: Dataset, m: Meeting, as_json: bool) -> str:
    agreements = ds.agreements_of(m)
    if as_json:
        data = codec.unstructure(m)
        data["agreements"] = [codec.unstructure(a) for a in agreements]
        data["attendee_names"] = [o.name for o in ds.attendees(m)]
        return _json(data)
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
            (person.name, _post_title(a.post, a.province, a.title), a.role.value)
            for a, person in zip(m.attendances, ds.attendees(m), strict=True)
        ]
        out += ["", table(("attendee", "post", "role"), rows)]
    if agreements:
        out += ["", table(("kind", "title"), [(a.kind.value, a.title) for a in agreements])]
    out += ["", "sources:"] + [f"  {ref}" for ref in dict.fromkeys(s.ref for s in m.sources)]
    return "\n".join(out)


def _show_official(ds: Dataset, o: Official, as_json: bool) -> str:
    meetings = ds.meetings_of(o)
    if as_json:
        data = codec.unstructure(o)
        data["meetings"] = [m.id for m in meetings]
        return _json(data)
    out = [f"{o.name}  {o.pinyin}  ({o.id})"]
    if o.title:
        out.append(f"  {o.title}")
    if o.tenures:
        rows = [
            (
                t.province.name_zh + t.post.title_zh(t.province) + ("（代）" if t.acting else ""),
                str(t.start),
                _text(t.end) or "incumbent",
                _text(t.ended_by),
            )
            for t in o.tenures
        ]
        out += ["", table(("post", "start", "end", "ended by"), rows)]
    if meetings:
        out += ["", "meetings: " + ", ".join(m.id for m in meetings)]
    return "\n".join(out)


def _show_other(record: Agreement | Erratum, as_json: bool) -> str:
    data = codec.unstructure(record)
    if as_json:
        return _json(data)
    return "\n".join(
        f"{key}: {value}" for key, value in data.items() if not isinstance(value, (list, dict))
    )


def _number(text: str, what: str) -> int:
    # ASCII digits only: "²".isdigit() is True but int("²") fails; and no int() of a
    # 5000-digit argument (Python refuses it with a message about its own limit).
    if not (text.isascii() and text.isdigit()):
        raise UsageError(f"{what} takes a number such as 2025 or 7, got {text!r}")
    if len(text) > 6:
        raise NotFound(f"no {what} {text[:12]}...")
    return int(text)


def _show(args: argparse.Namespace) -> str:
    ds = load()
    what: list[str] = args.what
    try:
        if len(what) == 2 and what[0] == "forum":
            return _show_meeting(ds, ds.forum(_number(what[1], "forum edition")), args.json)
        if len(what) != 1:
            raise UsageError("show takes YEAR, 'forum N', an official, or a record id")
        key = what[0]
        if key.isascii() and key.isdigit():
            return _show_meeting(ds, ds.meeting(_number(key, "symposium for year")), args.json)
        try:
            record = ds.get(key)
        except KeyError:
            return _show_official(ds, ds.official(key), args.json)
        if isinstance(record, Meeting):
            return _show_meeting(ds, record, args.json)
        if isinstance(record, Official):
            return _show_official(ds, record, args.json)
        return _show_other(record, args.json)
    except KeyError as exc:
        raise NotFound(str(exc.args[0]).split(";")[0]) from None


def _officials(args: argparse.Namespace) -> str:
    ds = load()
    provinces = [_province(args.province)] if args.province else list(Province)
    if args.on is not None:
        day = _day(args.on)
        entries = []
        for p in provinces:
            for post in Post:
                try:
                    holder = ds.holder(p, post, day)
                    status = "held" if holder else "vacant"
                except UncertainDateError:
                    holder, status = None, "uncertain"
                entries.append((p, post, holder, status))
        if args.json:
            return _json(
                [
                    {
                        "province": p.value,
                        "post": post.value,
                        "official": h.id if h else None,
                        "name": h.name if h else None,
                        "status": status,
                    }
                    for p, post, h, status in entries
                ]
            )
        holders = [
            (
                p.name_zh + post.title_zh(p),
                h.name if h else f"({status})",
                h.id if h else "",
            )
            for p, post, h, status in entries
        ]
        return f"on {day}:\n" + table(("post", "holder", "id"), holders)
    officials = [
        o
        for o in ds.officials
        if not args.province or any(t.province in provinces for t in o.tenures)
    ]
    if args.json:
        return _json([codec.unstructure(o) for o in officials])
    rows: list[tuple[str, ...]] = []
    for o in officials:
        posts = "; ".join(
            f"{t.province.name_zh}{t.post.title_zh(t.province)} {t.start}–{_text(t.end)}"
            for t in o.tenures
            if t.province in provinces
        )
        rows.append((o.id, o.name, o.pinyin, posts or _text(o.title)))
    return table(("id", "name", "pinyin", "posts"), rows)


def _export(args: argparse.Namespace) -> str:
    from .export import write

    ds = load(script=args.script)
    traditional = args.traditional_columns
    out = write(
        ds,
        args.out,
        format=args.format,
        force=args.force,
        excel=args.excel,
        traditional=traditional,
        csv_formula_escape=args.formula_escape,
    )
    files = sorted(p.name for p in out.iterdir())
    return f"wrote {args.format} to {out}: {', '.join(files)}"


def _validate(args: argparse.Namespace) -> str:
    from .validation import validate

    ds = load()
    problems = validate(ds)
    if args.json:
        print(_json([{"rule": p.rule, "record": p.record, "message": p.message} for p in problems]))
        if problems:
            raise NotFound(f"{len(problems)} problem(s) in the data")
        return ""
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        raise NotFound(f"{len(problems)} problem(s) in the data")
    return f"ok: {ds!r} passes every rule"


# -- coverage -------------------------------------------------------------------------------

COVERAGE_FIELDS = ("date", "city", "host", "theme", "attendees", "documents", "next_host")


def coverage(ds: Dataset, kind: MeetingKind = MeetingKind.SYMPOSIUM) -> list[dict[str, Any]]:
    """For each meeting of a kind, each field as known, unknown or inferred.

    A field is `inferred` when its value is there but every source it could rest
    on is marked `inferred`: the meeting's own sources for date, city, host,
    theme and next host; the attendances' or the agreements' sources for those.
    (Values inferred from the rotation are not stored at all; notes tell them.)
    """

    def only_inferred(sources: Iterable[Source]) -> bool:
        marks = [s.confidence.value for s in sources]
        return bool(marks) and all(mark == "inferred" for mark in marks)

    rows = []
    for m in ds.meetings:
        if m.kind is not kind:
            continue
        present = {
            "date": m.start is not None,
            "city": m.city is not None,
            "host": m.province is not None,
            "theme": m.theme is not None,
            "attendees": bool(m.attendances),
            "documents": bool(ds.agreements_of(m)),
            "next_host": m.next_host is not None,
        }
        own = only_inferred(m.sources)
        inferred = dict.fromkeys(COVERAGE_FIELDS, own)
        inferred["attendees"] = only_inferred(s for a in m.attendances for s in a.sources)
        inferred["documents"] = only_inferred(s for a in ds.agreements_of(m) for s in a.sources)
        row: dict[str, Any] = {"id": m.id, "year": m.year, "edition": m.edition}
        for field in COVERAGE_FIELDS:
            if not present[field]:
                row[field] = "unknown"
            else:
                row[field] = "inferred" if inferred[field] else "known"
        if m.start is not None and row["date"] == "known" and m.start.precision != "day":
            row["date"] = f"known ({m.start.precision})"
        rows.append(row)
    return rows


_MARK = {"known": "✓", "unknown": "·", "inferred": "~"}


def _coverage(args: argparse.Namespace) -> str:
    ds = load()
    kind = MeetingKind(args.kind)
    rows = coverage(ds, kind)
    if args.json:
        return _json(rows)
    label = "year" if kind is MeetingKind.SYMPOSIUM else "edition"

    def mark(value: str) -> str:
        if value.startswith("known ("):
            return value[7:-1]  # the date's precision: month, year
        return _MARK[value]

    body = [
        (
            _text(r[label] if r[label] is not None else r["id"]),
            *(mark(r[f]) for f in COVERAGE_FIELDS),
        )
        for r in rows
    ]
    header = (label, *COVERAGE_FIELDS)
    legend = "✓ known   · unknown   ~ inferred   month/year: date known to that precision"
    if args.markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return "\n".join(lines) + f"\n\n{legend}"
    return table(header, body) + f"\n\n{legend}"


# -- parse and check --------------------------------------------------------------------------


def _read_input(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """A file's text (`-` = stdin), at most `max_bytes`, in whichever of UTF-8, UTF-16
    (with BOM), GB18030 or Big5 it is (see `yrd_meetings.textinput`)."""
    try:
        return read_text(name, max_bytes)
    except InputError as exc:
        raise NotFound(str(exc)) from None


def _max_bytes(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) == 0:
        raise UsageError(f"--max-bytes takes a positive number of bytes, got {text!r}")
    return int(text)


def _parser_api() -> Any:
    import importlib

    try:
        # the module, not `from . import parse`: the package's lazy `parse` is the function
        module = importlib.import_module("yrd_meetings.parsing")
        for name in ("parse", "check", "report_to_json"):
            getattr(module, name)
    except (ImportError, AttributeError):
        raise NotFound("the news-report parser is not available in this installation") from None
    return module


def _report_line(report: Any) -> str:
    label = f"{report.year}年度" if report.year else ""
    if report.edition:
        label = f"第{report.edition}届"
    when = _text(report.start) + (
        f"/{report.end}" if report.end and report.end != report.start else ""
    )
    head = "  ".join(x for x in (report.kind.value, label, when, _text(report.city)) if x)
    lines = [head]
    if report.theme:
        lines.append(f"  theme: {report.theme}")
    if report.attendees:
        lines.append("  attendees: " + "、".join(a.name for a in report.attendees))
    for field in ("documents", "heard", "agreements", "releases", "unveiled", "visits"):
        items = getattr(report, field)
        if items:
            lines.append(f"  {field}: " + "；".join(items))
    if report.next_host:
        lines.append(f"  next host: {report.next_host.name_zh}")
    return "\n".join(lines)


def _parse(args: argparse.Namespace) -> str:
    texts = [(name, _read_input(name, args.max_bytes)) for name in args.files]
    api = _parser_api()
    if args.json:
        reports = [
            {"file": name, **api.report_to_json(r)} for name, text in texts for r in api.parse(text)
        ]
        return _json(reports)
    out = []
    for name, text in texts:
        reports = api.parse(text)
        out.append(f"{name}: {len(reports)} report(s)")
        out += [_report_line(r) for r in reports]
    return "\n".join(out)


def _check(args: argparse.Namespace) -> Result:
    """Exit 1 when any discrepancy is found, 0 when the texts agree (like a linter)."""
    texts = [(name, _read_input(name, args.max_bytes)) for name in args.files]
    api = _parser_api()
    results = [(name, api.check(text)) for name, text in texts]
    total = sum(len(found) for _, found in results)
    return Result(_check_output(results, args.json), 1 if total else 0)


def _check_output(results: list[tuple[str, Any]], as_json: bool) -> str:
    if as_json:
        return _json(
            [
                {
                    "file": name,
                    "kind": d.kind,
                    "start": d.start,
                    "end": d.end,
                    "says": d.says,
                    "truth": d.truth,
                    "source": d.source,
                    "record": d.record,
                }
                for name, found in results
                for d in found
            ]
        )
    lines = []
    for name, found in results:
        for d in found:
            span = f"{d.start}-{d.end}" if d.start is not None else "-"
            lines.append(
                f"{name}:{span}: {d.kind}: says {d.says!r}, truth {d.truth!r} ({d.source})"
            )
    total = sum(len(found) for _, found in results)
    lines.append(f"{total} discrepanc{'y' if total == 1 else 'ies'} in {len(results)} file(s)")
    return "\n".join(lines)


# -- the parser -------------------------------------------------------------------------------


def _sub(
    sub: Any, name: str, help: str, examples: Iterable[str], command: Command, listing: bool = True
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=help,
        epilog="examples:\n" + "\n".join(f"  {e}" for e in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if listing:
        parser.add_argument(
            "--json",
            action="store_true",
            default=argparse.SUPPRESS,
            help="print JSON instead of a table",
        )
    parser.set_defaults(command=command)
    return parser


def _input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse an input larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="yrd-meetings",
        description="The Yangtze River Delta leaders' meetings dataset (长三角地区主要领导座谈会).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"yrd-meetings {__version__}")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(command=_summary)
    sub = parser.add_subparsers(title="commands", parser_class=_Parser, metavar="COMMAND")

    p = _sub(
        sub,
        "list",
        "list meetings, filtered by kind, host province or year",
        [
            "yrd-meetings list",
            "yrd-meetings list --kind forum",
            "yrd-meetings list --province 江苏 --kind all",
            "yrd-meetings list --year 2025 --json",
        ],
        _list,
    )
    p.add_argument(
        "--kind",
        choices=["symposium", "forum", "other", "all"],
        default="all",
        help="meeting kind (default: all)",
    )
    p.add_argument("--province", metavar="P", help="host province: CN-JS, JS, 江苏, Jiangsu, 苏")
    p.add_argument("--year", type=int, metavar="YEAR", help="meetings held in or labelled YEAR")

    p = _sub(
        sub,
        "show",
        "one symposium (YEAR), forum (forum N), official (id, name or pinyin) or record id",
        [
            "yrd-meetings show 2025",
            "yrd-meetings show forum 7",
            "yrd-meetings show chen-jining",
            "yrd-meetings show 'Chen Jining' --json",
        ],
        _show,
    )
    p.add_argument("what", nargs="+", help="YEAR | forum N | OFFICIAL | ID")

    p = _sub(
        sub,
        "officials",
        "the officials and their posts, or who held the eight posts on a day",
        [
            "yrd-meetings officials",
            "yrd-meetings officials --province CN-AH",
            "yrd-meetings officials --on 2017-06-01",
            "yrd-meetings officials --on today --json",
        ],
        _officials,
    )
    p.add_argument("--on", metavar="DATE", help="a day, YYYY-MM-DD or 'today'")
    p.add_argument("--province", metavar="P", help="only this province: CN-SH, 上海, Shanghai, ...")

    p = _sub(
        sub,
        "export",
        "write the dataset to a new directory as json, jsonl, csv or a Data Package",
        [
            "yrd-meetings export --format json --out yrd-json",
            "yrd-meetings export --format csv --out yrd-csv --excel",
            "yrd-meetings export --format datapackage --out yrd-dp --traditional-columns hk",
            "yrd-meetings export --format jsonl --out yrd-tw --script tw --force",
        ],
        _export,
        listing=False,
    )
    p.add_argument("--format", choices=["json", "jsonl", "csv", "datapackage"], required=True)
    p.add_argument("--out", required=True, metavar="DIR", help="the directory to create")
    p.add_argument(
        "--script",
        choices=["simplified", "traditional", "hk", "tw"],
        default="simplified",
        help="convert every Chinese text field (OpenCC s2t, s2hk, s2tw); default simplified",
    )
    p.add_argument(
        "--traditional-columns",
        choices=["traditional", "hk", "tw"],
        metavar="VARIANT",
        help="csv/datapackage: add a Traditional twin (name@zh-Hant) of each Chinese text "
        "column; VARIANT is traditional, hk or tw",
    )
    p.add_argument("--force", action="store_true", help="replace an earlier export at DIR")
    p.add_argument("--excel", action="store_true", help="csv/datapackage: UTF-8 with BOM")
    p.add_argument(
        "--no-formula-escape",
        dest="formula_escape",
        action="store_false",
        help="csv/datapackage: write text cells that begin with = + - @ as they are "
        "(by default they get a leading ' so spreadsheets do not run them)",
    )

    p = _sub(
        sub,
        "validate",
        "check the data against every integrity rule",
        ["yrd-meetings validate", "yrd-meetings validate --json"],
        _validate,
    )

    p = _sub(
        sub,
        "coverage",
        "which fields are known, unknown or inferred, meeting by meeting",
        [
            "yrd-meetings coverage",
            "yrd-meetings coverage --kind forum",
            "yrd-meetings coverage --markdown",
        ],
        _coverage,
    )
    p.add_argument("--kind", choices=["symposium", "forum", "other"], default="symposium")
    p.add_argument("--markdown", action="store_true", help="a Markdown table (for the README)")

    p = _sub(
        sub,
        "parse",
        "read news reports (UTF-8, UTF-16, GB18030 or Big5 files; - for stdin) into meeting "
        "reports",
        [
            "yrd-meetings parse report.txt",
            "yrd-meetings parse --json seeds/*.txt",
            "curl -s URL | yrd-meetings parse --json -",
        ],
        _parse,
    )
    _input_arguments(p)

    p = _sub(
        sub,
        "check",
        "compare news reports with the curated data and list where they disagree; "
        "exit 1 if they do, 0 if they agree",
        ["yrd-meetings check report.txt", "yrd-meetings check --json - < report.txt"],
        _check,
    )
    _input_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        command: Command = args.command
        result = command(args)
        output, status = (
            (result.output, result.status) if isinstance(result, Result) else (result, 0)
        )
        if output:
            print(output)
        sys.stdout.flush()
        if status:
            return status
    except UsageError as exc:
        print(f"yrd-meetings: error: {exc}".splitlines()[0], file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - `yrd-meetings list | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (NotFound, ValueError, TypeError, OSError, ImportError) as exc:
        print(f"yrd-meetings: error: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the promise is: never a traceback
        message = f"yrd-meetings: internal error: {type(exc).__name__}: {exc}"
        print(message.splitlines()[0], file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
