"""The five source articles the dataset started from, as shipped with the package.

>>> names()[0]
'000_5101c8e2da40accb.txt'
>>> "2025年度长三角地区主要领导座谈会" in text("000_5101c8e2da40accb.txt")
True
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = ["directory", "names", "shipped", "text"]


def shipped(in_wheel: str, in_checkout: str) -> Traversable:
    """A folder the wheel carries inside the package (`yrd_meetings/<in_wheel>`) that
    a source checkout keeps elsewhere (`<in_checkout>`, from the repository root)."""
    packaged = Path(__file__).with_name(in_wheel)
    if packaged.is_dir():
        return packaged
    from importlib.resources import files  # a zipped install; costly to import

    zipped = files("yrd_meetings") / in_wheel
    if zipped.is_dir():
        return zipped
    # An editable install runs from src/, where the wheel's copy does not exist.
    checkout = Path(__file__).resolve().parents[2] / in_checkout
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"{in_wheel} is missing from this installation")


@functools.cache
def directory() -> Traversable:
    """The seeds folder: inside the installed wheel, else the source checkout's `seeds/`."""
    return shipped("seeds", "seeds")


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
