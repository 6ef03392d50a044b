"""`yrd-meetings export`: the dataset written to a new directory."""

from __future__ import annotations

import argparse
from typing import Any

from ..dataset import load
from .common import add_command
from .errors import UsageError

__all__ = ["register"]


def export(args: argparse.Namespace) -> str:
    from .. import export as exporter  # the module attribute, so tests can stand in for it

    ds = load(script=args.script)
    if args.flat and args.format is None:
        args.format = "csv"
    if args.format is None:
        raise UsageError("export needs --format (json, jsonl, csv, datapackage) or --flat")
    out = exporter.write(
        ds,
        args.out,
        format=args.format,
        force=args.force,
        excel=args.excel,
        traditional=args.traditional_columns,
        csv_formula_escape=args.formula_escape,
        flat=args.flat,
    )
    files = sorted(p.name for p in out.iterdir())
    return f"wrote {args.format} to {out}: {', '.join(files)}"


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "export",
        "write the dataset to a new directory as json, jsonl, csv or a Data Package",
        [
            "yrd-meetings export --format json --out yrd-json",
            "yrd-meetings export --format csv --out yrd-csv --excel",
            "yrd-meetings export --flat --out yrd-flat",
            "yrd-meetings export --format datapackage --out yrd-dp --traditional-columns hk",
            "yrd-meetings export --format jsonl --out yrd-tw --script tw --force",
        ],
        export,
        listing=False,
    )
    p.add_argument("--format", choices=["json", "jsonl", "csv", "datapackage"])
    p.add_argument(
        "--flat",
        action="store_true",
        help="csv: one readable table each for meetings, attendances, tenures and agreements, "
        "with names, posts and dates joined in (see docs/export.md)",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="the directory to create")
    p.add_argument(
        "--script",
        choices=["simplified", "traditional", "hk", "tw"],
        default="simplified",
        help="convert every Chinese text field (OpenCC s2t, s2hk, s2tw); default simplified",
    )
    p.add_argument(
        "--traditional-columns",
        choices=["traditional", "hk", "tw"],
        metavar="VARIANT",
        help="csv/datapackage: add a Traditional twin (name@zh-Hant) of each Chinese text "
        "column; VARIANT is traditional, hk or tw",
    )
    p.add_argument("--force", action="store_true", help="replace an earlier export at DIR")
    p.add_argument("--excel", action="store_true", help="csv/datapackage: UTF-8 with BOM")
    p.add_argument(
        "--no-formula-escape",
        dest="formula_escape",
        action="store_false",
        help="csv/datapackage: write text cells that begin with = + - @ as they are "
        "(by default they get a leading ' so spreadsheets do not run them)",
    )
