"""Write a proposal into a data directory: atomically, and only if the result validates.

The new files are rendered by the package's own JSON export (the canonical
format of `yrd_meetings/data/`), staged in a scratch directory, read back with
`load(path=...)` and checked with `validate()`; only a clean result replaces the
target, in one swap (`export.atomic.replace_directory`). A directory that would
fail is left exactly as it was, and `Invalid` lists the problems.

>>> import pathlib, tempfile
>>> from yrd_meetings import load, propose
>>> target = pathlib.Path(tempfile.mkdtemp()) / "data"
>>> p = propose("8月16日，2022年度长三角地区主要领导座谈会在上海举行。",
...             url="https://example.org/a", publisher="某报", outlet="newspaper")
>>> write(p, target, base=load()).name
'data'
>>> len(load(path=target).meeting(2022).sources) > len(load().meeting(2022).sources)
True
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..datadir import package_data
from ..export import render
from ..export.atomic import replace_directory
from .apply import apply

if TYPE_CHECKING:
    from ..dataset import Dataset
    from ..validation import Problem
    from .model import Proposal

__all__ = ["Invalid", "files_of", "write"]


class Invalid(ValueError):
    """The changed data would fail `validate()`; `problems` lists why. Nothing was written."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        listed = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(
            f"the change would fail validation, so nothing was written: {listed}{more}"
        )


def files_of(dataset: Dataset) -> dict[str, bytes]:
    """The data files of `dataset`, by name, in the canonical format."""
    return render(dataset, format="json")


def _check(files: dict[str, bytes]) -> tuple[Problem, ...]:
    """Problems of the files as `load(path=...)` reads them (a scratch copy)."""
    from ..dataset import load
    from ..validation import validate

    with tempfile.TemporaryDirectory(prefix="yrd-propose-") as scratch:
        for name, data in files.items():
            Path(scratch, name).write_bytes(data)
        return validate(load(path=scratch))


def _refuse_package(target: Path) -> None:
    package = package_data()
    if isinstance(package, Path) and os.path.realpath(target) == os.path.realpath(package):
        raise ValueError(f"{target} is the installed package's data; write to a copy (--data DIR)")


def write(proposal: Proposal, target: str | os.PathLike[str], *, base: Dataset) -> Path:
    """Apply `proposal` to `base` and install the result as the directory `target`.

    `base` is the data `proposal` was made against (the target's own data, or the
    package's for a new copy). Raises `Invalid` (nothing written) when the result
    fails `validate()`, `IncompleteSource` when the article cannot be cited, and
    `ExportError` when the target holds files other than data files.
    """
    where = Path(target)
    _refuse_package(where)
    files = files_of(apply(proposal, base))
    problems = _check(files)
    if problems:
        raise Invalid(problems)
    replace_directory(where, files, allowed=frozenset(files), force=True)
    return where
