"""The five source articles the dataset started from, as shipped with the package.

>>> names()[0]
'000_5101c8e2da40accb.txt'
>>> "2025年度长三角地区主要领导座谈会" in text("000_5101c8e2da40accb.txt")
True
"""

from __future__ import annotations

import functools
import sys
from importlib.resources import files

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover
    from importlib.abc import Traversable
from pathlib import Path

__all__ = ["directory", "names", "text"]


@functools.cache
def directory() -> Traversable:
    """The seeds folder: inside the installed wheel, else the source checkout's `seeds/`."""
    packaged = files("yrd_meetings") / "seeds"
    if packaged.is_dir():
        return packaged
    # An editable install runs from src/, where the wheel's copy does not exist.
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the seed articles are missing from this installation")


@functools.cache
def names() -> tuple[str, ...]:
    """The seed file names, sorted."""
    return tuple(sorted(p.name for p in directory().iterdir() if p.name.endswith(".txt")))


@functools.cache
def text(name: str) -> str:
    """The text of one seed file, exactly as stored (UTF-8)."""
    if name not in names():
        raise KeyError(f"no seed named {name!r}; seeds are: {', '.join(names())}")
    content: str = (directory() / name).read_text(encoding="utf-8")
    return content
