"""`textinput`: reports read from a file or stdin within a cap, decoded without a wrong guess."""

from __future__ import annotations

import codecs
import io
import sys
from pathlib import Path

import pytest

from yrd_meetings.textinput import DEFAULT_MAX_BYTES, InputError, decode, read_bytes, read_text

TEXT = "2025年度长三角地区主要领导座谈会在江苏南京举行"
TRIED = "tried UTF-8, UTF-16 with a byte-order mark, GB18030, Big5"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (TEXT.encode("utf-8"), TEXT, "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "utf-8"),
        (TEXT.encode("utf-16"), TEXT, "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16"),
        (TEXT.encode("gb18030"), TEXT, "gb18030"),
        ("长三角".encode("gbk"), "长三角", "gb18030"),
        ("長三角地區主要領導座談會".encode("big5"), "長三角地區主要領導座談會", "big5"),
        (b"", "", "utf-8"),
        (b"plain ascii", "plain ascii", "utf-8"),
    ],
)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data, "a.txt") == (text, encoding)


@pytest.mark.parametrize(
    "data",
    [b"\x81", b"\xff\xfe\x00\xd8", b"\x00\x00\x00", TEXT.encode("utf-16-le"), b"\x80\x80\x80\x80"],
)
def test_decode_refuses_in_one_line(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "in.bin")
    assert str(caught.value) == f"in.bin: not text in a known encoding ({TRIED})"


def test_read_text_and_read_bytes_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    assert read_bytes(str(path)) == TEXT.encode("gb18030")
    assert read_text(str(path)) == TEXT
    assert read_bytes(str(path), max_bytes=len(TEXT.encode("gb18030"))) == TEXT.encode("gb18030")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "the path is empty; name a file, or - for standard input"),
        ("{tmp}/missing.txt", "{tmp}/missing.txt: no such file"),
        ("{tmp}", "{tmp}: is a directory"),
        ("{tmp}/big.txt", "{tmp}/big.txt: larger than 4 bytes; pass --max-bytes N to read more"),
    ],
)
def test_read_bytes_refuses_in_one_line(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "big.txt").write_bytes(b"12345")
    with pytest.raises(InputError) as caught:
        read_bytes(name.format(tmp=tmp_path), max_bytes=4)
    assert str(caught.value) == message.format(tmp=tmp_path)


def test_stdin_is_read_up_to_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO(TEXT.encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert read_text("-") == TEXT
    Stdin.buffer = io.BytesIO(b"x" * 10)
    with pytest.raises(InputError, match=r"^-: larger than 9 bytes"):
        read_bytes("-", max_bytes=9)


def test_the_default_cap_is_16_mebibytes() -> None:
    assert DEFAULT_MAX_BYTES == 16 * 1024 * 1024
