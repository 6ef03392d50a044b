"""How to cite the dataset: `cite()` in BibTeX or APA style, naming the data version.

>>> print(cite("apa").split(". ", 1)[0])
yrd-meetings contributors
>>> "version = {" + load().meta.version + "}" in cite("bibtex")
True
"""

from __future__ import annotations

from typing import Literal

from ._version import __version__
from .dataset import load

__all__ = ["STYLES", "cite"]

STYLES = ("bibtex", "apa")
AUTHOR = "yrd-meetings contributors"
TITLE = "yrd-meetings: typed, sourced records of the Yangtze River Delta leaders' meetings"


def cite(style: Literal["bibtex", "apa"] = "bibtex") -> str:
    """A citation of the data in `style` (`"bibtex"` or `"apa"`), naming its version.

    The version is the data's (`load().meta.version`, e.g. `2026.12.01`), which changes
    with every data release; the package version is given alongside.
    """
    if style not in STYLES:
        accepted = ", ".join(repr(s) for s in STYLES)
        raise ValueError(f"unknown citation style {style!r}; accepted: {accepted}")
    meta = load().meta
    version = meta.version
    year = version.split(".", 1)[0]
    if style == "apa":
        return (
            f"{AUTHOR}. ({year}). {TITLE} (Data version {version}; package version "
            f"{__version__}) [Data set]. {meta.licence}."
        )
    key = "yrd_meetings_" + version.replace(".", "_")
    return (
        f"@misc{{{key},\n"
        f"  author = {{{{{AUTHOR}}}}},\n"
        f"  title = {{{{yrd-meetings}}: typed, sourced records of the Yangtze River Delta "
        f"leaders' meetings}},\n"
        f"  year = {{{year}}},\n"
        f"  version = {{{version}}},\n"
        f"  note = {{Data version {version}; package version {__version__}. {meta.licence}}},\n"
        f"}}\n"
    )
