"""`yrd-meetings validate`: the data against every integrity rule."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..dataset import load
from .common import add_command
from .errors import NotFound
from .render import dump_json

__all__ = ["register"]


def validate(args: argparse.Namespace) -> str:
    from ..validation import validate as rules

    ds = load()
    problems = rules(ds)
    if args.json:
        print(
            dump_json(
                [{"rule": p.rule, "record": p.record, "message": p.message} for p in problems]
            )
        )
        if problems:
            raise NotFound(f"{len(problems)} problem(s) in the data")
        return ""
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        raise NotFound(f"{len(problems)} problem(s) in the data")
    return f"ok: {ds!r} passes every rule"


def register(sub: Any) -> None:
    add_command(
        sub,
        "validate",
        "check the data against every integrity rule",
        ["yrd-meetings validate", "yrd-meetings validate --json"],
        validate,
    )
