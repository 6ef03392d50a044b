"""The argument parser: the top level and one `register` a command module."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from . import (
    cite,
    coverage,
    export,
    meetings,
    officials,
    propose,
    reports,
    show,
    timeline,
    validate,
)
from .errors import Parser, run

__all__ = ["EXAMPLES", "build_parser", "main"]

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
  yrd-meetings cite --style apa         how to cite the data
  yrd-meetings timeline -o chart.svg    the tenure chart of the eight posts
"""

# In the order `--help` lists them.
COMMANDS = (meetings, show, officials, export, validate, coverage, cite, timeline, reports, propose)


def build_parser() -> argparse.ArgumentParser:
    """The `yrd-meetings` parser with every sub-command."""
    parser = Parser(
        prog="yrd-meetings",
        description="The Yangtze River Delta leaders' meetings dataset (长三角地区主要领导座谈会).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=cite.VersionAction)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(command=meetings.summary)
    sub = parser.add_subparsers(title="commands", parser_class=Parser, metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    return run(build_parser(), None if argv is None else list(argv))
