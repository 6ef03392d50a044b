"""Reading a data directory: the package's own, or one given by path.

The files (`meta.json` and one JSON array a record type) are read strictly
(`jsonfile`) and structured by the codec; every problem is collected and
reported at once as a `DataError`.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Mapping
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from . import codec
from .ids import Alias
from .records import Agreement, Erratum, Meeting, Meta, Official

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = [
    "FILES",
    "META_FILE",
    "OPTIONAL",
    "DataError",
    "data_directory",
    "package_data",
    "read_tables",
]

T = TypeVar("T")

# One file a record type; the names are part of the export format too.
FILES: Mapping[str, type[Any]] = MappingProxyType(
    {
        "meetings": Meeting,
        "officials": Official,
        "agreements": Agreement,
        "errata": Erratum,
        "aliases": Alias,
    }
)
META_FILE = "meta.json"
# Tables a directory may leave out (read as empty): one written before they existed.
OPTIONAL = frozenset({"aliases"})


class DataError(ValueError):
    """A data directory that cannot be loaded; `problems` lists each one with its path."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            f"{len(self.problems)} problem(s) in the data:\n" + "\n".join(self.problems)
        )


def package_data() -> Traversable | Path:
    """The package's own data directory."""
    here = Path(__file__).with_name("data")
    if here.is_dir():
        return here
    # importlib.resources costs ~10 ms to import; only a zipped install needs it
    from importlib.resources import files

    return files("yrd_meetings") / "data"


class _Missing:
    """What `_read` gives for a file it could not read (JSON `null` is a value)."""


_MISSING = _Missing()


def _read(folder: Traversable | Path, name: str, problems: list[str]) -> Any:
    from . import jsonfile

    entry = folder / name
    try:
        if isinstance(entry, Path):
            return jsonfile.read(entry)
        # a zipped install: its own files, read as they are
        if entry.is_dir():
            problems.append(f"{name}: is a directory, not a regular file")
            return _MISSING
        return jsonfile.loads(entry.read_bytes().decode("utf-8"))
    except jsonfile.FileProblem as exc:
        problems.append(f"{name}: {exc}")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        problems.append(f"{name}: file missing" if isinstance(exc, OSError) else f"{name}: {exc}")
    return _MISSING


def _absent(entry: Traversable | Path) -> bool:
    """Nothing at all at `entry`: a dangling link or a directory is there, and refused."""
    if isinstance(entry, Path):
        return not os.path.lexists(entry)
    return not (entry.is_file() or entry.is_dir())


def _structure(raw: Any, cls: type[T], name: str, problems: list[str]) -> T | None:
    try:
        return codec.structure(raw, cls)
    except Exception as exc:  # cattrs wraps every failure; report them all by path
        problems.extend(codec.problems(exc, path=f"{name}$"))
        return None


def data_directory(path: object) -> Path:
    if not isinstance(path, (str, PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, got {type(path).__name__}")
    if not os.fspath(path):  # Path("") is ".", which would read the current directory
        raise ValueError("load(path=...) got an empty path; name a data directory")
    folder = Path(path)
    try:
        if stat.S_ISDIR(os.stat(folder).st_mode):
            return folder
    except FileNotFoundError:
        raise FileNotFoundError(f"no data directory at {folder}") from None
    except OSError as exc:
        raise NotADirectoryError(f"cannot read {folder}: {exc.strerror or exc}") from None
    raise NotADirectoryError(f"{folder} is not a directory; name a data directory")


def read_tables(folder: Traversable | Path) -> tuple[Meta, dict[str, tuple[Any, ...]]]:
    """The meta record and the record tuples of a data directory, by table name.

    Each problem is one line, `file$path: message` (`meetings.json$[0].year:
    expected an integer, got '2005'`) or `file: message` for a whole file; all
    of them are raised together as a DataError.
    """
    problems: list[str] = []
    raw_meta = _read(folder, META_FILE, problems)
    meta = None
    if raw_meta is not _MISSING:
        meta = _structure(raw_meta, Meta, META_FILE, problems)
    tables: dict[str, tuple[Any, ...]] = {}
    for table, cls in FILES.items():
        name = f"{table}.json"
        if table in OPTIONAL and _absent(folder / name):
            tables[table] = ()
            continue
        raw = _read(folder, name, problems)
        if raw is _MISSING:
            continue
        if not isinstance(raw, list):
            problems.append(f"{name}: expected a JSON array, got {codec.describe(raw)}")
            continue
        records = _structure(raw, tuple[cls, ...], name, problems)  # type: ignore[valid-type]
        if records is not None:
            tables[table] = records
    if problems or meta is None:
        raise DataError(problems)
    return meta, tables
