"""Read a news report from a file or stdin: within a size cap, decoded without guessing wrong.

Chinese reports come as UTF-8 (with or without a byte-order mark), UTF-16 with a
byte-order mark, GB18030 (or its subsets GBK and GB2312) or Big5. UTF-8 and
UTF-16 with a BOM are unambiguous; GB18030 and Big5 both decode most byte
strings without error, so each is tried strictly and the one whose text reads
as Chinese (most CJK ideographs, fewest kana, private-use, box-drawing and
control characters, which a wrong guess produces) wins. Text that no candidate
reads is refused with one line naming the file and the encodings tried.

>>> decode("长三角".encode("gb18030"), "a.txt")
('长三角', 'gb18030')
>>> decode("長三角".encode("big5"), "b.txt")
('長三角', 'big5')
>>> decode(b"\\x81", "c.bin")
Traceback (most recent call last):
...
yrd_meetings.textinput.InputError: c.bin: not text in a known encoding (tried UTF-8, ...)
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from typing import BinaryIO

__all__ = ["DEFAULT_MAX_BYTES", "InputError", "decode", "read_bytes", "read_text"]

# A long news report is ~50 KB; 16 MiB leaves room for whole archives piped in while
# keeping `parse /dev/zero` from exhausting memory.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
TRIED = "UTF-8, UTF-16 with a byte-order mark, GB18030, Big5"

_CJK = re.compile("[\u4e00-\u9fff]")
# What a wrong legacy decoding yields: kana, Greek/Cyrillic, box drawing, bopomofo,
# CJK extension A, compatibility ideographs, private use, Hangul, C0/C1 controls.
_ODD = re.compile(
    "[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf"
    "\uac00-\ud7af\ue000-\uf8ff\uf900-\ufaff\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]"
)


class InputError(Exception):
    """An input that cannot be read as a report; the message is one line naming it."""


def _read_capped(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        # one byte past the cap tells "exactly at the cap" from "over it"
        chunk = stream.read(min(1 << 20, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise InputError(
                f"{name}: larger than {max_bytes} bytes; pass --max-bytes N to read more"
            )


def read_bytes(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of file `name` (`-`: stdin), at most `max_bytes` of them.

    FIFOs and devices are read too (`<(curl ...)`), and stop at the cap.
    """
    if name == "":
        raise InputError("the path is empty; name a file, or - for standard input")
    if name == "-":
        return _read_capped(sys.stdin.buffer, name, max_bytes)
    try:
        if stat.S_ISDIR(os.stat(name).st_mode):
            raise InputError(f"{name}: is a directory")
        with open(name, "rb", buffering=0) as handle:
            return _read_capped(handle, name, max_bytes)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from None


def _score(text: str) -> int:
    return len(_CJK.findall(text)) - 4 * len(_ODD.findall(text))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in; InputError if none fits."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass  # FF FE also starts some GB18030 text; try the others
    try:
        text = data.decode("utf-8-sig")
        if "\x00" not in text:  # NULs: UTF-16 without a byte-order mark, or binary
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for rank, encoding in enumerate(("gb18030", "big5")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\ufffd" not in text and "\x00" not in text:
            candidates.append((_score(text), -rank, text, encoding))
    if candidates:
        score, _, text, encoding = max(candidates)
        if score > 0:
            return text, encoding
    raise InputError(f"{name}: not text in a known encoding (tried {TRIED})")


def read_text(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The decoded text of file `name` (`-`: stdin); InputError says why not, in one line."""
    return decode(read_bytes(name, max_bytes), name)[0]
