"""`load(path=)` refuses what the schema does not say, and reports every problem at once.

Each case here is a defect of issue 14 (item 2): before, the value was coerced
(`"acting": "no"` loaded as True), or the load stopped at the first problem
with a bare exception, or it hung.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from yrd_meetings import DataError, codec, load
from yrd_meetings.dataset import package_data


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A writable copy of the package's data directory."""
    target = tmp_path / "data"
    shutil.copytree(str(package_data()), target)
    return target


def edit(folder: Path, name: str, change: Callable[[Any], None]) -> None:
    path = folder / name
    raw = json.loads(path.read_text(encoding="utf-8"))
    change(raw)
    # ensure_ascii: a lone surrogate can only be written as a \ud800 escape
    path.write_text(json.dumps(raw, ensure_ascii=True), encoding="utf-8")


def problems_of(folder: Path) -> tuple[str, ...]:
    with pytest.raises(DataError) as info:
        load(path=folder)
    assert str(info.value).startswith(f"{len(info.value.problems)} problem(s)")
    return info.value.problems


def setter(index: int, key: str, value: object, *more: str | int) -> Callable[[Any], None]:
    def change(raw: Any) -> None:
        item = raw[index]
        for step in more:
            item = item[step]
        item[key] = value

    return change


# file, change, the path the problem names, words of its message
TYPE_CASES = [
    (
        "officials.json",
        setter(0, "acting", "no", "tenures", 0),
        "$[0].tenures[0].acting",
        "true or false",
    ),
    (
        "officials.json",
        setter(0, "acting", 0, "tenures", 0),
        "$[0].tenures[0].acting",
        "true or false",
    ),
    ("meetings.json", setter(0, "year", True), "$[0].year", "an integer"),
    ("meetings.json", setter(0, "year", "2005"), "$[0].year", "an integer"),
    ("meetings.json", setter(0, "year", 2005.7), "$[0].year", "an integer"),
    ("meetings.json", setter(0, "year", 2005.0), "$[0].year", "an integer"),
    ("meetings.json", setter(0, "year", 10**30), "$[0].year", "out of range"),
    ("meetings.json", setter(0, "year", -5), "$[0].year", "out of range"),
    ("meetings.json", setter(0, "year", 0), "$[0].year", "out of range"),
    ("meetings.json", setter(0, "name", [1, 2]), "$[0].name", "a string"),
    ("meetings.json", setter(0, "id", 5), "$[0].id", "a string"),
    ("meetings.json", setter(0, "city", None), "$[0].city", None),  # optional: fine
    ("meetings.json", setter(0, "kind", 5), "$[0].kind", "one of"),
    ("meetings.json", setter(0, "kind", "Symposium"), "$[0].kind", "one of"),
    ("meetings.json", setter(0, "visits", "甲乙"), "$[0].visits", "a list"),
    ("meetings.json", setter(0, "visits", {"a": "b"}), "$[0].visits", "a list"),
    ("meetings.json", setter(0, "start", 2005), "$[0].start", "ISO date"),
    ("meetings.json", setter(0, "start", "２００５"), "$[0].start", "ISO date"),
    ("meetings.json", setter(0, "note", "a\x00b"), "$[0].note", "control character U+0000"),
    ("meetings.json", setter(0, "note", "a\x1bb"), "$[0].note", "control character U+001B"),
    ("meetings.json", setter(0, "note", "a\x85b"), "$[0].note", "control character U+0085"),
    ("meetings.json", setter(0, "note", "a\ud800b"), "$[0].note", "lone surrogate U+D800"),
    ("meetings.json", setter(0, "attendances", "x"), "$[0].attendances", "a list"),
    ("meta.json", lambda raw: raw.update(version=1), "$.version", "a string"),
]


@pytest.mark.parametrize(("name", "change", "path", "words"), TYPE_CASES)
def test_wrong_json_types_are_refused_by_path(
    data: Path, name: str, change: Callable[[Any], None], path: str, words: str | None
) -> None:
    edit(data, name, change)
    if words is None:
        assert load(path=data).meetings
        return
    (line,) = problems_of(data)
    assert line.startswith(f"{name}{path}: "), line
    assert words in line


def test_text_with_newlines_and_tabs_is_fine(data: Path) -> None:
    edit(data, "meetings.json", setter(0, "note", "line one\n\tline two"))
    assert load(path=data).meetings[0].note == "line one\n\tline two"


RAW_CASES = [
    ("a 5000-digit integer", '"year": 2005', '"year": 1' + "0" * 5000, "$[0].year", "digits"),
    ("NaN", '"year": 2005', '"year": NaN', "$[0].year", "NaN"),
    (
        "a duplicate key",
        '"year": 2005',
        '"year": 2005, "year": 2006',
        "$[0]",
        "duplicate key 'year'",
    ),
]


@pytest.mark.parametrize(("what", "old", "new", "path", "words"), RAW_CASES)
def test_raw_json_faults_are_reported_by_path(
    data: Path, what: str, old: str, new: str, path: str, words: str
) -> None:
    target = data / "meetings.json"
    text = target.read_text(encoding="utf-8")
    assert old in text, what
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    (line,) = problems_of(data)
    assert line.startswith(f"meetings.json{path}: ") and words in line, line


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"null", "expected a JSON array, got null"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "an object"),
        (b"\xef\xbb\xbf[]", "not valid UTF-8 JSON"),
        (b"[] []", "not valid UTF-8 JSON"),
        (b"", "not valid UTF-8 JSON"),
    ],
)
def test_whole_file_faults(data: Path, content: bytes, words: str) -> None:
    (data / "errata.json").write_bytes(content)
    problems = problems_of(data)
    assert len(problems) == 1 and problems[0].startswith("errata.json"), problems
    assert words in problems[0]


def test_null_meta_is_reported(data: Path) -> None:
    (data / "meta.json").write_text("null")
    (line,) = problems_of(data)
    assert line.startswith("meta.json") and "null" in line


def test_every_problem_in_every_file_is_listed_at_once(data: Path) -> None:
    edit(data, "meetings.json", setter(0, "year", True))
    edit(data, "meetings.json", setter(1, "name", 7))
    edit(data, "officials.json", setter(0, "acting", "no", "tenures", 0))
    (data / "errata.json").write_text("null")
    (data / "agreements.json").unlink()
    problems = problems_of(data)
    assert [p.split(":")[0] for p in problems] == [
        "meetings.json$[0].year",
        "meetings.json$[1].name",
        "officials.json$[0].tenures[0].acting",
        "agreements.json",
        "errata.json",
    ]
    assert "agreements.json: file missing" in problems


# -- what sits at a file's path -----------------------------------------------------------


def test_a_directory_in_place_of_a_file(data: Path) -> None:
    (data / "errata.json").unlink()
    (data / "errata.json").mkdir()
    assert problems_of(data) == ("errata.json: is a directory, not a regular file",)


def test_a_symlink_loop(data: Path) -> None:
    (data / "errata.json").unlink()
    (data / "errata.json").symlink_to(data / "errata.json")
    (line,) = problems_of(data)
    assert line.startswith("errata.json: ") and "symbolic link" in line


def test_a_symlink_to_a_regular_file_is_followed(data: Path, tmp_path: Path) -> None:
    (data / "errata.json").rename(tmp_path / "elsewhere.json")
    (data / "errata.json").symlink_to(tmp_path / "elsewhere.json")
    assert load(path=data) == load()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_opening_it(data: Path) -> None:
    fifo = data / "errata.json"
    fifo.unlink()
    os.mkfifo(fifo)
    outcome: list[object] = []

    def run() -> None:
        try:
            load(path=data)
        except DataError as exc:
            outcome.append(exc.problems)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():  # the old code blocks in open(); a writer end releases it
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join()
    assert outcome == [("errata.json: is a FIFO, not a regular file",)]


def test_a_device_is_refused(data: Path) -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    (data / "errata.json").unlink()
    (data / "errata.json").symlink_to("/dev/null")
    assert problems_of(data) == ("errata.json: is a character device, not a regular file",)


def test_an_unreadable_file(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def deny(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith("errata.json"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    assert problems_of(data) == ("errata.json: cannot read it: Permission denied",)


def test_a_file_over_the_size_cap(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from yrd_meetings import jsonfile

    monkeypatch.setattr(jsonfile, "MAX_BYTES", 4096)
    problems = problems_of(data)
    assert "meetings.json: larger than 4096 bytes" in problems[0]
    assert {p.split(":")[0] for p in problems} == {
        "agreements.json",
        "aliases.json",
        "meetings.json",
        "officials.json",
    }


# -- the path itself ----------------------------------------------------------------------


def test_an_empty_path_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        load(path="")


def test_a_file_as_the_path(data: Path) -> None:
    with pytest.raises(NotADirectoryError, match="not a directory"):
        load(path=data / "meta.json")
    with pytest.raises(FileNotFoundError, match="no data directory"):
        load(path=data / "nowhere")


def test_the_packaged_data_still_loads(data: Path) -> None:
    assert load(path=data) == load()


# -- the converter is strict by type, so new fields are too ------------------------------


@attrs.frozen(kw_only=True)
class Future:
    """A record class the codec has never seen: its fields get the same checks."""

    label: str
    count: int
    flag: bool = False
    share: float | None = None
    tags: tuple[str, ...] = ()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"label": 1, "count": 1}, "$.label"),
        ({"label": "x", "count": "1"}, "$.count"),
        ({"label": "x", "count": True}, "$.count"),
        ({"label": "x", "count": 1, "flag": 1}, "$.flag"),
        ({"label": "x", "count": 1, "share": "0.5"}, "$.share"),
        ({"label": "x", "count": 1, "share": True}, "$.share"),
        ({"label": "x", "count": 1, "tags": "ab"}, "$.tags"),
        ({"label": "x", "count": 1, "tags": ["a", 2]}, "$.tags[1]"),
        ({"label": "x\x07", "count": 1}, "$.label"),
    ],
)
def test_new_record_classes_are_strict_too(data: dict[str, object], words: str) -> None:
    with pytest.raises(Exception) as info:
        codec.structure(data, Future)
    assert any(m.startswith(words + ":") for m in codec.problems(info.value)), codec.problems(
        info.value
    )


def test_new_record_classes_take_valid_data() -> None:
    value = {"label": "x", "count": 3, "flag": True, "share": 0.5, "tags": ["a"]}
    assert codec.structure(value, Future) == Future(
        label="x", count=3, flag=True, share=0.5, tags=("a",)
    )
    assert codec.structure({"label": "x", "count": 3, "share": 1}, Future).share == 1.0
