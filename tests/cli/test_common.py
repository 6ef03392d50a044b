"""The argument types every command shares, and the sub-command builder."""

from __future__ import annotations

import argparse
import datetime

import pytest

from yrd_meetings.cli.common import add_command, day, number, province
from yrd_meetings.cli.errors import NotFound, Parser, UsageError
from yrd_meetings.records import Province


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CN-SH", Province.SHANGHAI),
        ("上海", Province.SHANGHAI),
        ("江苏省", Province.JIANGSU),
        ("Zhejiang", Province.ZHEJIANG),
        ("皖", Province.ANHUI),
    ],
)
def test_province_takes_any_name_or_code(text: str, expected: Province) -> None:
    assert province(text) is expected


@pytest.mark.parametrize("text", ["Guangdong", "", "CN-XX"])
def test_an_unknown_province_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError):
        province(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2025-06-06", datetime.date(2025, 6, 6)), ("2000-02-29", datetime.date(2000, 2, 29))],
)
def test_day_reads_an_iso_day(text: str, expected: datetime.date) -> None:
    assert day(text) == expected


def test_day_today_is_today() -> None:
    assert day("today") == datetime.date.today()


@pytest.mark.parametrize("text", ["2025-13-01", "2025-06", "yesterday", "2025/06/06", ""])
def test_a_bad_day_is_a_usage_error_naming_it(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        day(text)
    assert str(caught.value) == f"--on takes a day as YYYY-MM-DD (or 'today'), got {text!r}"


@pytest.mark.parametrize(("text", "expected"), [("7", 7), ("2025", 2025), ("999999", 999999)])
def test_number_reads_ascii_digits(text: str, expected: int) -> None:
    assert number(text, "forum") == expected


@pytest.mark.parametrize("text", ["seven", "-1", "²", "７", "", "7.0"])
def test_a_non_number_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        number(text, "forum")
    assert str(caught.value) == f"forum takes a number such as 2025 or 7, got {text!r}"


def test_a_number_of_more_than_six_digits_is_not_found() -> None:
    with pytest.raises(NotFound) as caught:
        number("1" * 5000, "forum")
    assert str(caught.value) == "no forum 111111111111..."


def _sub() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction[Parser]]:
    parser = Parser(prog="p")
    return parser, parser.add_subparsers(parser_class=Parser)


@pytest.mark.parametrize(("listing", "has_json"), [(True, True), (False, False)])
def test_add_command_sets_help_examples_and_json(listing: bool, has_json: bool) -> None:
    parser, sub = _sub()
    p = add_command(sub, "demo", "a demo", ["p demo", "p demo --x"], str, listing=listing)
    assert p.description == "a demo"
    assert p.epilog == "examples:\n  p demo\n  p demo --x"
    args = parser.parse_args(["demo", "--json"] if has_json else ["demo"])
    assert args.command is str
    assert getattr(args, "json", None) is (True if has_json else None)
    if not has_json:
        with pytest.raises(UsageError):
            parser.parse_args(["demo", "--json"])
