"""`yrd-meetings cite` and `--version`: how to cite the data, and which data this is."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from .common import add_command

__all__ = ["VersionAction", "register", "version_line"]


def version_line() -> str:
    """`yrd-meetings 0.1.0 (data 2026.12.01)`: the code's and the data's versions."""
    from .. import __version__
    from ..dataset import load

    return f"yrd-meetings {__version__} (data {load().meta.version})"


class VersionAction(argparse.Action):
    """`--version`: loads the data only when asked, prints both versions, exits 0."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "print the code and data versions and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(version_line())  # on stdout, as argparse's own version action does
        parser.exit()


def cite(args: argparse.Namespace) -> str:
    from ..citation import cite as citation

    return citation(args.style).rstrip("\n")


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "cite",
        "how to cite the data (BibTeX or APA), naming the data version",
        ["yrd-meetings cite", "yrd-meetings cite --style apa"],
        cite,
        listing=False,
    )
    p.add_argument("--style", choices=["bibtex", "apa"], default="bibtex", help="default bibtex")
