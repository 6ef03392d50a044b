"""`yrd-meetings propose ARTICLE`: a news report as a reviewable change of the data.

Prints the review (conflicts, new values, confirmations, new officials, notes);
`--json` prints it with the patch of the data files; `--write` applies the
non-conflicting part to a data directory (`--data DIR`, default
`./yrd-data-proposed`, a copy of the installed data made on first use), only if
the result passes `validate()`. See docs/contributing-data.md.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from ..dates import PartialDate
from ..records import OutletKind
from ..textinput import DEFAULT_MAX_BYTES
from .common import add_command
from .errors import NotFound, Result, UsageError
from .render import dump_json
from .reports import read_input

__all__ = ["DEFAULT_DATA", "register"]

DEFAULT_DATA = "yrd-data-proposed"


def _date(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError:
        raise UsageError(f"--published takes YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}") from None


def _base(folder: Path) -> Any:
    """The data the article is proposed against: the directory's, or the package's
    for a directory that does not exist yet (it becomes a copy)."""
    from ..dataset import DataError, load

    if not os.path.lexists(folder):
        return load()
    try:
        return load(path=folder)
    except DataError as exc:
        raise NotFound(f"{folder} is not a loadable data directory: {exc.problems[0]}") from None


def _seed_name(article: str, text: str) -> str:
    from .. import seeds

    name = Path(article).name
    if name not in seeds.names() or seeds.text(name) != text:
        raise UsageError(f"--seed: {article} is not one of the package's seed files, unchanged")
    return name


def _write(args: argparse.Namespace, proposal: Any, base: Any, folder: Path) -> str:
    from ..propose import Invalid, write

    if not proposal.changes:
        return "nothing to write"
    try:
        write(proposal, folder, base=base)
    except Invalid as exc:
        raise NotFound(str(exc)) from None
    skipped = len(proposal.conflicts) + len(proposal.new_officials)
    left = f"; {skipped} conflict(s) and new official(s) left for review" if skipped else ""
    return f"wrote {len(proposal.changes)} change(s) to {folder}; validate: ok{left}"


def propose(args: argparse.Namespace) -> Result:
    """Exit 1 when `--write` is refused; conflicts alone are a review, exit 0."""
    from ..propose import propose as build
    from ..propose import review, to_json

    text = read_input(args.article, args.max_bytes)
    seed = _seed_name(args.article, text) if args.seed else None
    folder = Path(args.data)
    base = _base(folder)
    proposal = build(
        text,
        url=args.url,
        publisher=args.publisher,
        published=args.published,
        outlet=args.outlet,
        via=args.via,
        seed=seed,
        dataset=base,
    )
    missing = proposal.citation.missing()
    if args.write and missing is not None and proposal.changes:
        raise UsageError(f"--write refused: {missing}")
    out = dump_json(to_json(proposal, base)) if args.json else review(proposal)
    if args.write:
        out += "\n" + _write(args, proposal, base, folder)
    return Result(out, 0)


def _outlet(text: str) -> OutletKind:
    try:
        return OutletKind(text)
    except ValueError:
        kinds = ", ".join(k.value for k in OutletKind)
        raise UsageError(f"--outlet takes one of {kinds}; got {text!r}") from None


def register(sub: Any) -> None:
    from .reports import _max_bytes

    p = add_command(
        sub,
        "propose",
        "turn a news report into a reviewable change of the data: what is new, what it "
        "confirms, what conflicts; --write applies the non-conflicting part to a copy",
        [
            "yrd-meetings propose report.txt",
            "yrd-meetings propose report.txt --url https://example.org/a --publisher 新华网 "
            "--outlet state_media --published 2027-06-05 --write",
            "yrd-meetings propose --json report.txt > proposal.json",
        ],
        propose,
    )
    p.add_argument("article", metavar="ARTICLE", help="the report (a file, or - for stdin)")
    p.add_argument("--url", help="the page the article was read from")
    p.add_argument("--publisher", help="who published it (the site's name or domain)")
    p.add_argument("--published", type=_date, metavar="D", help="its date, YYYY[-MM[-DD]]")
    p.add_argument(
        "--outlet",
        type=_outlet,
        metavar="K",
        help="what kind of outlet published it (never guessed): "
        + ", ".join(k.value for k in OutletKind),
    )
    p.add_argument("--via", help="the original outlet a repost or a carried wire story names")
    p.add_argument(
        "--seed", action="store_true", help="cite ARTICLE as the package's seed file of its name"
    )
    p.add_argument("--write", action="store_true", help="apply the change to the data directory")
    p.add_argument(
        "--data",
        default=DEFAULT_DATA,
        metavar="DIR",
        help=f"the data directory proposed against and written (default ./{DEFAULT_DATA}, "
        "a copy of the installed data made on first --write)",
    )
    p.add_argument(
        "--max-bytes", type=_max_bytes, default=DEFAULT_MAX_BYTES, metavar="N",
        help=f"refuse an input larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )  # fmt: skip
