"""What `parse` and `check` read (issue 14 item 4, issue 10 item 6): bounded input,
detected encodings, one-line errors, a `file` on each report, linter exit codes.

The parser itself is replaced by a stand-in, so these tests hold whatever its state.
"""

from __future__ import annotations

import io
import json
import os
import sys
import threading
import types
from pathlib import Path

import pytest

from yrd_meetings.cli import main

TRIED = "tried UTF-8, UTF-16 with a byte-order mark, GB18030, Big5"

SIMPLIFIED = (
    "2025年度长三角地区主要领导座谈会6月6日至7日在江苏南京举行，上海市委书记陈吉宁出席会议并讲话。"
)
TRADITIONAL = (
    "2025年度長三角地區主要領導座談會6月6日至7日在江蘇南京舉行，上海市委書記陳吉寧出席會議並講話。"
)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A stand-in parser that records the texts it is given: one report a text,
    and one discrepancy for a text that mentions 陈吉凝."""
    from yrd_meetings.parsing.report import Discrepancy

    texts: list[str] = []

    def parse(text: str) -> tuple[object, ...]:
        texts.append(text)
        return (object(),)

    def check(text: str) -> tuple[Discrepancy, ...]:
        texts.append(text)
        if "陈吉凝" not in text:
            return ()
        return (
            Discrepancy(kind="name", start=0, end=3, says="陈吉凝", truth="陈吉宁", source="s"),
        )

    fake = types.ModuleType("yrd_meetings.parsing")
    fake.parse = parse  # type: ignore[attr-defined]
    fake.check = check  # type: ignore[attr-defined]
    fake.report_to_json = lambda report: {"kind": "symposium", "year": 2025}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "yrd_meetings.parsing", fake)
    return texts


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code != 0 and out == "", (code, out)
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("yrd-meetings: error: "), err
    assert "Traceback" not in err
    return lines[0]


# -- encodings ---------------------------------------------------------------------------------

ENCODED = [
    ("utf-8", SIMPLIFIED, SIMPLIFIED.encode("utf-8")),
    ("utf-8 with BOM", SIMPLIFIED, SIMPLIFIED.encode("utf-8-sig")),
    ("utf-16 LE with BOM", SIMPLIFIED, SIMPLIFIED.encode("utf-16")),
    ("utf-16 BE with BOM", SIMPLIFIED, b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be")),
    ("gb18030", SIMPLIFIED, SIMPLIFIED.encode("gb18030")),
    ("gbk traditional", TRADITIONAL, TRADITIONAL.encode("gbk")),
    ("big5", TRADITIONAL, TRADITIONAL.encode("big5")),
    ("big5 short", "長三角", "長三角".encode("big5")),
    ("utf-8 traditional", TRADITIONAL, TRADITIONAL.encode("utf-8")),
    ("ascii", "plain text 2025", b"plain text 2025"),
]


@pytest.mark.parametrize(("what", "text", "data"), ENCODED, ids=[e[0] for e in ENCODED])
def test_each_encoding_reads_back_exactly(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    seen: list[str],
    what: str,
    text: str,
    data: bytes,
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    code, _, err = run(capsys, "parse", "--json", str(path))
    assert (code, err) == (0, ""), what
    assert seen == [text], what


UNREADABLE = [
    ("utf-16 without BOM", SIMPLIFIED.encode("utf-16-le")),
    ("ascii utf-16 without BOM", "report 2025".encode("utf-16-le")),
    ("binary", bytes(range(256)) * 4),
    ("truncated gb18030", SIMPLIFIED.encode("gb18030") + b"\x81"),
    ("a broken UTF-16 BOM file", b"\xff\xfe\x00\x81\x30"),
    ("NUL bytes", b"\x00" * 64),
]


@pytest.mark.parametrize(("what", "data"), UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_unreadable_input_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seen: list[str], what: str, data: bytes
) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    for command in ("parse", "check"):
        line = one_error(capsys, command, str(path))
        assert str(path) in line and TRIED in line, what
    assert seen == []  # never handed to the parser as garbage


def test_a_wrong_guess_is_never_taken() -> None:
    """GB18030 decodes Big5 bytes (and the reverse) without error; the text that reads
    as Chinese wins, not the first codec that does not fail."""
    from yrd_meetings.textinput import InputError, decode

    for text, encoding in ((SIMPLIFIED, "gb18030"), (TRADITIONAL, "big5")):
        assert decode(text.encode(encoding), "x") == (text, encoding)
    with pytest.raises(InputError, match=r"^x: not text"):
        decode(b"\xa4\xa4" * 3 + b"\xff", "x")


# -- bounds ------------------------------------------------------------------------------------


def test_max_bytes_caps_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seen: list[str]
) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SIMPLIFIED.encode() * 10)
    size = path.stat().st_size
    line = one_error(capsys, "parse", "--max-bytes", str(size - 1), str(path))
    assert f"larger than {size - 1} bytes" in line and "--max-bytes" in line
    assert run(capsys, "parse", "--json", "--max-bytes", str(size), str(path))[0] == 0
    assert one_error(capsys, "check", "--max-bytes", "10", str(path)).endswith(
        "larger than 10 bytes; pass --max-bytes N to read more"
    )


@pytest.mark.parametrize("value", ["0", "-5", "ten", "１０", ""])
def test_max_bytes_must_be_a_positive_number(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    code, _, err = run(capsys, "parse", "--max-bytes", value, "x.txt")
    assert code == 2 and "--max-bytes takes a positive number" in err and len(err.splitlines()) == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_stops_at_the_cap(capsys: pytest.CaptureFixture[str], seen: list[str]) -> None:
    line = one_error(capsys, "parse", "--max-bytes", "100000", "/dev/zero")
    assert "/dev/zero: larger than 100000 bytes" in line


def test_stdin_stops_at_the_cap(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seen: list[str]
) -> None:
    class Endless(io.RawIOBase):
        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=Endless()))
    assert "-: larger than 5000 bytes" in one_error(capsys, "check", "--max-bytes", "5000", "-")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_read_up_to_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seen: list[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def endless_writer() -> None:
        try:
            with open(fifo, "wb", buffering=0) as pipe:
                while True:
                    pipe.write(b"x" * 4096)
        except BrokenPipeError:
            pass  # the reader stopped at its cap and closed its end

    writer = threading.Thread(target=endless_writer, daemon=True)
    writer.start()
    assert "larger than 20000 bytes" in one_error(
        capsys, "parse", "--max-bytes", "20000", str(fifo)
    )
    writer.join()


# -- odd arguments -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("parse", ""), "the path is empty"),
        (("check", ""), "the path is empty"),
        (("parse", "no-such-file.txt"), "no-such-file.txt: no such file"),
        (("show", "²"), "²"),
        (("show", "forum", "²"), "forum edition takes a number"),
        (("show", "２０２５"), "２０２５"),
        (("show", "9" * 5000), "no symposium for year 999999999999..."),
        (("show", "forum", "9" * 5000), "no forum edition 999999999999..."),
    ],
)
def test_odd_arguments_are_one_clean_line(
    capsys: pytest.CaptureFixture[str], seen: list[str], argv: tuple[str, ...], words: str
) -> None:
    line = one_error(capsys, *argv)
    assert words in line
    assert "int()" not in line and "is a directory" not in line


def test_a_directory_is_named_as_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seen: list[str]
) -> None:
    assert one_error(capsys, "parse", str(tmp_path)).endswith(f"{tmp_path}: is a directory")


# -- output ------------------------------------------------------------------------------------


def test_parse_json_names_the_file_of_each_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seen: list[str]
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(SIMPLIFIED, encoding="utf-8")
    second.write_bytes(TRADITIONAL.encode("big5"))
    code, out, _ = run(capsys, "parse", "--json", str(first), str(second))
    assert code == 0
    assert json.loads(out) == [
        {"file": str(first), "kind": "symposium", "year": 2025},
        {"file": str(second), "kind": "symposium", "year": 2025},
    ]


def test_check_exits_like_a_linter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seen: list[str]
) -> None:
    agrees, slips = tmp_path / "agrees.txt", tmp_path / "slips.txt"
    agrees.write_text(SIMPLIFIED, encoding="utf-8")
    slips.write_text(SIMPLIFIED.replace("陈吉宁", "陈吉凝"), encoding="utf-8")
    code, out, err = run(capsys, "check", str(agrees))
    assert (code, err) == (0, "") and out.splitlines()[-1] == "0 discrepancies in 1 file(s)"
    code, out, err = run(capsys, "check", str(agrees), str(slips))
    assert (code, err) == (1, "") and out.splitlines()[-1] == "1 discrepancy in 2 file(s)"
    code, out, err = run(capsys, "check", "--json", str(slips))
    assert (code, err) == (1, "") and json.loads(out)[0]["file"] == str(slips)
    code, out, _ = run(capsys, "check", "--json", str(agrees))
    assert (code, json.loads(out)) == (0, [])
