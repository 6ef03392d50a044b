"""`jsonfile`: one data file read strictly, its faults said in one line; `loads` marks what
the structure step reports by path (duplicate keys, over-long integers, NaN)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from yrd_meetings import jsonfile
from yrd_meetings.codec import DuplicateKeys, Unreadable
from yrd_meetings.jsonfile import FileProblem, loads, read


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"a": 1}', {"a": 1}),
        ("[1, 2.5, true, null]", [1, 2.5, True, None]),
        ('"长三角"', "长三角"),
        ("-" + "9" * 100, -int("9" * 100)),  # a hundred digits are read
    ],
)
def test_loads_plain_json(text: str, value: object) -> None:
    assert loads(text) == value


@pytest.mark.parametrize(
    ("text", "duplicates", "value"),
    [
        ('{"a": 1, "a": 2}', ("a",), {"a": 2}),
        ('{"b": 1, "a": 2, "b": 3, "a": 4, "c": 5}', ("b", "a"), {"b": 3, "a": 4, "c": 5}),
    ],
)
def test_duplicate_keys_are_marked_in_order(
    text: str, duplicates: tuple[str, ...], value: dict[str, int]
) -> None:
    found = loads(text)
    assert isinstance(found, DuplicateKeys)
    assert (found.duplicates, dict(found)) == (duplicates, value)


def test_an_object_without_duplicates_is_a_plain_dict() -> None:
    assert type(loads('{"a": {"b": 1}}')["a"]) is dict


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("NaN", "NaN (not a JSON number)"),
        ("-Infinity", "-Infinity (not a JSON number)"),
        ("1" * 101, "an integer of 101 digits (too long)"),
        ("-" + "1" * 5000, "an integer of 5000 digits (too long)"),
    ],
)
def test_unreadable_values_are_marked_in_place(text: str, why: str) -> None:
    (found,) = loads(f"[{text}]")
    assert isinstance(found, Unreadable)
    assert str(found) == why


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid UTF-8 JSON (Expecting value: line 1 column 1 (char 0))"),
        ("{", "not valid UTF-8 JSON (Expecting property name enclosed in double quotes: "
              "line 1 column 2 (char 1))"),
        ("[1 2]", "not valid UTF-8 JSON (Expecting ',' delimiter: line 1 column 4 (char 3))"),
        ("[" * 100_000 + "]" * 100_000, "not valid UTF-8 JSON: nested too deeply to read"),
    ],
)  # fmt: skip
def test_loads_refuses_what_is_not_json(text: str, message: str) -> None:
    with pytest.raises(FileProblem) as caught:
        loads(text)
    assert str(caught.value) == message


def test_read_a_file_and_a_link_to_it(tmp_path: Path) -> None:
    path = tmp_path / "meta.json"
    path.write_text('{"version": "1", "名": "长三角"}', encoding="utf-8")
    (tmp_path / "link.json").symlink_to(path)
    assert read(path) == read(tmp_path / "link.json") == {"version": "1", "名": "长三角"}


def _fifo(tmp_path: Path) -> Path:
    os.mkfifo(tmp_path / "f.json")
    return tmp_path / "f.json"


def _loop(tmp_path: Path) -> Path:
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    return tmp_path / "a.json"


def _file(data: bytes) -> object:
    def make(tmp_path: Path) -> Path:
        (tmp_path / "x.json").write_bytes(data)
        return tmp_path / "x.json"

    return make


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.json", "file missing"),
        (lambda tmp: tmp, "is a directory, not a regular file"),
        (_fifo, "is a FIFO, not a regular file"),
        (_loop, "too many levels of symbolic links (a link loop?)"),
        (_file(b"\xff[]"), "not valid UTF-8 JSON ('utf-8' codec can't decode byte 0xff in "
                           "position 0: invalid start byte)"),
        (_file(b"[1] [2]"), "not valid UTF-8 JSON (Extra data: line 1 column 5 (char 4))"),
    ],
)  # fmt: skip
def test_read_refuses_in_one_line(tmp_path: Path, make: object, message: str) -> None:
    with pytest.raises(FileProblem) as caught:
        read(make(tmp_path))  # type: ignore[operator]
    assert str(caught.value) == message


def test_read_refuses_a_file_over_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonfile, "MAX_BYTES", 8)
    path = tmp_path / "big.json"
    path.write_text("[1, 2, 3, 4]", encoding="utf-8")
    with pytest.raises(FileProblem) as caught:
        read(path)
    assert str(caught.value) == "larger than 8 bytes (12)"
    path.write_text("[1, 2]", encoding="utf-8")
    assert read(path) == [1, 2]


def test_the_default_cap_is_32_mebibytes() -> None:
    assert (jsonfile.MAX_BYTES, jsonfile.MAX_DIGITS) == (32 * 1024 * 1024, 100)
