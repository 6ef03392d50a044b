"""Argument types and the sub-command builder every command module uses."""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Iterable
from typing import Any

from ..records import Province
from .errors import Command, NotFound, UsageError

__all__ = ["add_command", "day", "number", "province"]


def province(text: str) -> Province:
    """A province by any name or code (`Province.lookup`); a usage error otherwise."""
    try:
        return Province.lookup(text)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def day(text: str) -> datetime.date:
    if text == "today":
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--on takes a day as YYYY-MM-DD (or 'today'), got {text!r}") from None


def number(text: str, what: str) -> int:
    """A positive number typed in ASCII digits."""
    # ASCII digits only: "²".isdigit() is True but int("²") fails; and no int() of a
    # 5000-digit argument (Python refuses it with a message about its own limit).
    if not (text.isascii() and text.isdigit()):
        raise UsageError(f"{what} takes a number such as 2025 or 7, got {text!r}")
    if len(text) > 6:
        raise NotFound(f"no {what} {text[:12]}...")
    return int(text)


def add_command(
    sub: Any, name: str, help: str, examples: Iterable[str], command: Command, listing: bool = True
) -> argparse.ArgumentParser:
    """A sub-command with its help, examples and (for listings) `--json`."""
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
