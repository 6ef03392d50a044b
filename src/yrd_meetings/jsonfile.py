"""Read one JSON data file strictly: a regular file, within a size cap, valid JSON.

`read(path)` gives the parsed value or raises `FileProblem` with one line that
says what is wrong with the file as a whole (missing, a FIFO, too large, not
UTF-8 JSON, nested too deeply). Problems inside the value are left to the
structure step, which knows each value's path: `loads` marks them in place
(a duplicate key, an integer too long to read, NaN).

>>> loads('{"a": 1, "a": 2}').duplicates
('a',)
>>> loads('[1e999, NaN]')
[inf, NaN (not a JSON number)]
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

from .codec import DuplicateKeys, Unreadable

__all__ = ["MAX_BYTES", "FileProblem", "loads", "read"]

# The package's largest data file is ~100 KB; a cap two orders above it keeps a
# mistaken multi-gigabyte file from exhausting memory before anything is said.
MAX_BYTES = 32 * 1024 * 1024
# Python's int() refuses more than 4300 digits with a bare ValueError; no year or
# edition needs more than a handful, and 10**30 is still reported as out of range.
MAX_DIGITS = 100

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class FileProblem(Exception):
    """A data file that cannot be read as JSON at all; the message is one line."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) == len(pairs):
        return value
    marked = DuplicateKeys(value)
    keys = [key for key, _ in pairs]
    marked.duplicates = tuple(dict.fromkeys(k for k in keys if keys.count(k) > 1))
    return marked


def _integer(text: str) -> int | Unreadable:
    if len(text.lstrip("-")) > MAX_DIGITS:
        return Unreadable(f"an integer of {len(text.lstrip('-'))} digits (too long)")
    return int(text)


def loads(text: str) -> Any:
    """Parse JSON text, marking duplicate keys, over-long integers and NaN/Infinity.

    Raises `FileProblem` for text that is not JSON or nests too deeply to parse.
    """
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_integer,
            parse_constant=lambda name: Unreadable(f"{name} (not a JSON number)"),
        )
    except json.JSONDecodeError as exc:
        raise FileProblem(f"not valid UTF-8 JSON ({exc})") from None
    except RecursionError:
        raise FileProblem("not valid UTF-8 JSON: nested too deeply to read") from None


def _kind(mode: int) -> str | None:
    return next(
        (name for test, name in _KINDS if test(mode)),
        None if stat.S_ISREG(mode) else "not a regular file",
    )


def _open_regular(path: Path) -> int:
    """A descriptor of `path` if it is a regular file within the cap; never blocks."""
    try:
        info = os.stat(path)  # follows links: a link to a regular file is fine
    except FileNotFoundError:
        raise FileProblem("file missing") from None
    except OSError as exc:
        if exc.errno == getattr(errno, "ELOOP", -1):
            raise FileProblem("too many levels of symbolic links (a link loop?)") from None
        raise FileProblem(f"cannot read it: {exc.strerror or exc}") from None
    kind = _kind(info.st_mode)
    if kind is not None:
        raise FileProblem(f"is {kind}, not a regular file")
    if info.st_size > MAX_BYTES:
        raise FileProblem(f"larger than {MAX_BYTES} bytes ({info.st_size})")
    # O_NONBLOCK: should the file be swapped for a FIFO after the stat, open()
    # still returns at once and the fstat below refuses it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileProblem(f"cannot read it: {exc.strerror or exc}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise FileProblem("is not a regular file (it changed while being read)")
    return fd


def read(path: Path) -> Any:
    """The JSON value of the data file at `path`; `FileProblem` says why not."""
    fd = _open_regular(path)
    try:
        with os.fdopen(fd, "rb", closefd=True) as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise FileProblem(f"cannot read it: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:  # grew after the stat
        raise FileProblem(f"larger than {MAX_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileProblem(f"not valid UTF-8 JSON ({exc})") from None
    return loads(text)
