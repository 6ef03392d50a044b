"""`yrd-meetings parse` and `yrd-meetings check`: news reports read and fact-checked."""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from ..textinput import DEFAULT_MAX_BYTES, InputError, read_text
from .common import add_command
from .errors import NotFound, Result, UsageError
from .render import dump_json, text

__all__ = ["read_input", "register"]


def read_input(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """A file's text (`-` = stdin), at most `max_bytes`, in whichever of UTF-8, UTF-16
    (with BOM), GB18030 or Big5 it is (see `yrd_meetings.textinput`)."""
    try:
        return read_text(name, max_bytes)
    except InputError as exc:
        raise NotFound(str(exc)) from None


def _max_bytes(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or int(value) == 0:
        raise UsageError(f"--max-bytes takes a positive number of bytes, got {value!r}")
    return int(value)


def _parser_api() -> Any:
    try:
        # the module, not `from .. import parse`: the package's lazy `parse` is the function
        module = importlib.import_module("yrd_meetings.parsing")
        for name in ("parse", "check", "report_to_json"):
            getattr(module, name)
    except (ImportError, AttributeError):
        raise NotFound("the news-report parser is not available in this installation") from None
    return module


def report_line(report: Any) -> str:
    """A parsed report in a few lines: kind, label, dates, city, then what it found."""
    label = f"{report.year}年度" if report.year else ""
    if report.edition:
        label = f"第{report.edition}届"
    when = text(report.start) + (
        f"/{report.end}" if report.end and report.end != report.start else ""
    )
    head = "  ".join(x for x in (report.kind.value, label, when, text(report.city)) if x)
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


def parse(args: argparse.Namespace) -> str:
    texts = [(name, read_input(name, args.max_bytes)) for name in args.files]
    api = _parser_api()
    if args.json:
        return dump_json(
            [{"file": name, **api.report_to_json(r)} for name, t in texts for r in api.parse(t)]
        )
    out = []
    for name, t in texts:
        reports = api.parse(t)
        out.append(f"{name}: {len(reports)} report(s)")
        out += [report_line(r) for r in reports]
    return "\n".join(out)


NOTHING_CHECKED = 3  # exit status: a file reports no meeting, so nothing could be compared


def check(args: argparse.Namespace) -> Result:
    """Exit 1 when any discrepancy is found, 0 when the texts agree (like a linter), 3 when
    a text reports no meeting at all (nothing was checked, which is not agreement)."""
    texts = [(name, read_input(name, args.max_bytes)) for name in args.files]
    api = _parser_api()
    results = [(name, api.check(t)) for name, t in texts]
    silent = [name for name, t in texts if not api.parse(t)]
    total = sum(len(found) for _, found in results)
    output = _check_output(results, args.json)
    if silent and not args.json:
        output += "".join(
            f"\n{name}: no report of a symposium or forum found: nothing checked" for name in silent
        )
    return Result(output, 1 if total else NOTHING_CHECKED if silent else 0)


_DISCREPANCY_KEYS = ("kind", "start", "end", "says", "truth", "source", "record")


def _check_output(results: list[tuple[str, Any]], as_json: bool) -> str:
    if as_json:
        return dump_json(
            [
                {"file": name, **{key: getattr(d, key) for key in _DISCREPANCY_KEYS}}
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


def _input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse an input larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "parse",
        "read news reports (UTF-8, UTF-16, GB18030 or Big5 files; - for stdin) into meeting "
        "reports",
        [
            "yrd-meetings parse report.txt",
            "yrd-meetings parse --json seeds/*.txt",
            "curl -s URL | yrd-meetings parse --json -",
        ],
        parse,
    )
    _input_arguments(p)
    p = add_command(
        sub,
        "check",
        "compare news reports with the curated data and list where they disagree; "
        "exit 1 if they do, 0 if they agree, 3 if a text reports no meeting",
        ["yrd-meetings check report.txt", "yrd-meetings check --json - < report.txt"],
        check,
    )
    _input_arguments(p)
