"""Write a Dataset to a directory as json, jsonl, csv or a Frictionless Data Package.

>>> import tempfile, pathlib
>>> from yrd_meetings import load
>>> out = pathlib.Path(tempfile.mkdtemp()) / "yrd"
>>> write(load(), out, format="json").name
'yrd'
>>> load(path=out) == load()
True
>>> import shutil; shutil.rmtree(out.parent)

- `json`: the package's own data format (`meta.json` plus one file a record
  type, exactly as in `yrd_meetings/data/`), so `load(path=DIR)` reads it back.
- `jsonl`: `meta.json` plus one file a record type, one record a line.
- `csv`: one flat table a record type plus link tables (see
  `yrd_meetings.export.tables`), UTF-8 (`excel=True` adds the BOM Excel wants),
  ISO dates, ids as foreign keys; `traditional="traditional"|"hk"|"tw"` adds a
  Traditional-script twin `name@zh-Hant` after every Chinese text column.
- `datapackage`: the CSVs plus `datapackage.json` (Frictionless Data Package
  v2) with a Table Schema a resource, generated from the record classes.

Writes are atomic: the files go to a fresh directory next to the target,
which then takes the target's place in one rename (an existing target is
swapped out in one exchange), so the path always holds a complete export, old
or new; see `yrd_meetings.export.atomic`. An existing target is refused unless
`force=True`, and even then only when it holds nothing but files an export
writes; symbolic links are never followed. CSV text cells that begin with
= + - @ tab or CR get a leading ' so spreadsheets do not run them as formulas
(`csv_formula_escape=False` turns that off).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from os import PathLike
from pathlib import Path
from typing import Any, Literal, get_args

from .. import codec
from ..convert import Variant, check_variant, convert_name, convert_text
from ..dataset import FILES, META_FILE, Dataset
from .atomic import ExportError, replace_directory
from .flat import FLAT, flat_rows
from .tables import TABLES, Column, Table, cell

__all__ = [
    "FORMATS",
    "ExportError",
    "Format",
    "datapackage_descriptor",
    "formula_escape",
    "render",
    "write",
]

# Defined beside the code that raises it; documented and caught as this module's.
ExportError.__module__ = __name__

Format = Literal["json", "jsonl", "csv", "datapackage"]
FORMATS: tuple[Format, ...] = get_args(Format)
VARIANT_TAGS: Mapping[str, str] = {"traditional": "zh-Hant", "hk": "zh-Hant-HK", "tw": "zh-Hant-TW"}

DATAPACKAGE_FILE = "datapackage.json"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
RESOURCE_PROFILE = "https://datapackage.org/profiles/2.0/dataresource.json"
SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"

# Every name any format writes: a directory holding only these may be replaced.
KNOWN_NAMES = frozenset(
    {META_FILE, DATAPACKAGE_FILE}
    | {f"{t}.json" for t in FILES}
    | {f"{t}.jsonl" for t in FILES}
    | {f"{t.name}.csv" for t in TABLES}
)


# -- rendering ---------------------------------------------------------------------------


def _json_files(ds: Dataset) -> dict[str, bytes]:
    out = {META_FILE: codec.dumps(codec.unstructure(ds.meta)).encode()}
    for table in FILES:
        out[f"{table}.json"] = codec.dumps(codec.unstructure(getattr(ds, table))).encode()
    return out


def _jsonl_files(ds: Dataset) -> dict[str, bytes]:
    out = {META_FILE: codec.dumps(codec.unstructure(ds.meta)).encode()}
    for table in FILES:
        lines = (
            json.dumps(codec.unstructure(r), ensure_ascii=False) + "\n" for r in getattr(ds, table)
        )
        out[f"{table}.jsonl"] = "".join(lines).encode()
    return out


def _hant_name(column: Column, tag: str) -> str:
    return f"{column.name}@{tag}"


def _layout(table: Table, traditional: Variant | None) -> list[tuple[Column, Variant | None]]:
    """Columns in output order; the second item is the script of a Traditional twin."""
    layout: list[tuple[Column, Variant | None]] = []
    for column in table.columns:
        layout.append((column, None))
        if traditional is not None and column.is_text:
            layout.append((column, traditional))
    return layout


def _header(layout: list[tuple[Column, Variant | None]], traditional: Variant | None) -> list[str]:
    return [
        _hant_name(c, VARIANT_TAGS[traditional]) if twin and traditional else c.name
        for c, twin in layout
    ]


# A spreadsheet runs a cell that begins with one of these as a formula (OWASP "CSV
# injection"); tab and carriage return also start one in some spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_escape(value: str) -> str:
    """A text cell as a spreadsheet shows it as text: a leading ' before = + - @ tab CR.

    >>> formula_escape("=1+1"), formula_escape("-5"), formula_escape("南京")
    ("'=1+1", "'-5", '南京')
    """
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _escapes(column: Column) -> bool:
    # Only free text: ids, enums, dates, numbers and booleans have fixed forms that
    # cannot start a formula (a negative number is a number to a spreadsheet too).
    return column.type == "string" and column.enum is None and not column.is_date


def _csv_text(ds: Dataset, table: Table, traditional: Variant | None, escape: bool) -> str:
    layout = _layout(table, traditional)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_header(layout, traditional))
    for row in table.rows(ds):
        cells = []
        for column, twin in layout:
            value = cell(row.get(column.name))
            if twin is not None and value:
                value = convert_name(value, twin) if column.is_name else convert_text(value, twin)
            if escape and _escapes(column):
                value = formula_escape(value)
            cells.append(value)
        writer.writerow(cells)
    return buffer.getvalue()


def _csv_files(
    ds: Dataset, excel: bool, traditional: Variant | None, escape: bool
) -> dict[str, bytes]:
    encoding = "utf-8-sig" if excel else "utf-8"
    return {f"{t.name}.csv": _csv_text(ds, t, traditional, escape).encode(encoding) for t in TABLES}


def _flat_files(ds: Dataset, excel: bool, escape: bool) -> dict[str, bytes]:
    encoding = "utf-8-sig" if excel else "utf-8"
    files = {META_FILE: codec.dumps(codec.unstructure(ds.meta)).encode()}
    for name in FLAT:
        columns, rows = flat_rows(ds, name)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([c.name for c in columns])
        for row in rows:
            cells = [cell(row[c.name]) for c in columns]
            if escape:
                cells = [
                    formula_escape(v) if c.kind == "text" else v
                    for c, v in zip(columns, cells, strict=True)
                ]
            writer.writerow(cells)
        files[f"{name}.csv"] = buffer.getvalue().encode(encoding)
    return files


def _licenses(licence: str) -> list[dict[str, str]]:
    if "CC-BY-4.0" in licence:
        return [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ]
    return []


def _schema(table: Table, traditional: Variant | None) -> dict[str, Any]:
    fields = []
    for column, twin in _layout(table, traditional):
        descriptor = column.descriptor()
        if twin is not None:
            descriptor["name"] = _hant_name(column, VARIANT_TAGS[twin])
            descriptor["description"] = f"{column.name} in Traditional script ({twin})"
            descriptor.get("constraints", {}).pop("unique", None)
        fields.append(descriptor)
    schema: dict[str, Any] = {"$schema": SCHEMA_PROFILE, "fields": fields}
    if table.primary_key:
        schema["primaryKey"] = list(table.primary_key)
    if table.foreign_keys:
        keys = []
        for own, resource, theirs in table.foreign_keys:
            reference: dict[str, Any] = {"fields": list(theirs)}
            if resource != table.name:  # a self-reference names no resource (v2)
                reference["resource"] = resource
            keys.append({"fields": list(own), "reference": reference})
        schema["foreignKeys"] = keys
    schema["missingValues"] = [""]
    return schema


def datapackage_descriptor(
    ds: Dataset, *, excel: bool = False, traditional: Variant | None = None
) -> dict[str, Any]:
    """The `datapackage.json` of a dataset: one resource a table, schemas from the classes."""
    meta = ds.meta
    descriptor: dict[str, Any] = {
        "$schema": PROFILE,
        "name": "yrd-meetings",
        "title": "Yangtze River Delta leaders' meetings (长三角地区主要领导座谈会)",
        "version": meta.version,
    }
    if meta.description:
        descriptor["description"] = meta.description
    if meta.homepage:
        descriptor["homepage"] = meta.homepage
    licenses = _licenses(meta.licence)
    if licenses:
        descriptor["licenses"] = licenses
    descriptor["citation"] = meta.citation
    descriptor["resources"] = [
        {
            "$schema": RESOURCE_PROFILE,
            "name": table.name,
            "path": f"{table.name}.csv",
            "type": "table",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8-sig" if excel else "utf-8",
            "description": table.description,
            "schema": _schema(table, traditional),
        }
        for table in TABLES
    ]
    return descriptor


def render(
    ds: Dataset,
    *,
    format: Format = "json",
    excel: bool = False,
    traditional: Variant | None = None,
    csv_formula_escape: bool = True,
    flat: bool = False,
) -> dict[str, bytes]:
    """The files of an export, by name, as bytes (nothing is written).

    `flat=True` (csv only) writes the flat, readable tables of
    `yrd_meetings.export.flat` instead of the linked ones.
    """
    if flat and (format != "csv" or traditional is not None):
        raise ValueError("flat tables are written as csv (--format csv), without twin columns")
    if flat:
        return _flat_files(ds, excel, csv_formula_escape)
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; accepted: {', '.join(FORMATS)}")
    twin = None if traditional is None else check_variant(traditional)
    if twin is not None and format not in ("csv", "datapackage"):
        raise ValueError(
            "Traditional twin columns are for csv and datapackage; "
            "for json or jsonl convert the dataset instead (load(script=...))"
        )
    if excel and format not in ("csv", "datapackage"):
        raise ValueError("excel (the UTF-8 BOM) applies to csv and datapackage only")
    if format == "json":
        return _json_files(ds)
    if format == "jsonl":
        return _jsonl_files(ds)
    files = _csv_files(ds, excel, twin, csv_formula_escape)
    if format == "csv":
        files[META_FILE] = codec.dumps(codec.unstructure(ds.meta)).encode()
        return files
    text = json.dumps(
        datapackage_descriptor(ds, excel=excel, traditional=twin),
        ensure_ascii=False,
        indent=2,
    )
    files[DATAPACKAGE_FILE] = (text + "\n").encode()
    return files


# -- writing -----------------------------------------------------------------------------


def write(
    ds: Dataset,
    directory: str | PathLike[str],
    *,
    format: Format = "json",
    force: bool = False,
    excel: bool = False,
    traditional: Variant | None = None,
    csv_formula_escape: bool = True,
    flat: bool = False,
) -> Path:
    """Write `ds` to the new directory `directory` in a format; returns its path.

    `format` is json, jsonl, csv or datapackage; `force` replaces an earlier
    export (atomically: see `yrd_meetings.export.atomic`); `excel` adds the
    UTF-8 BOM to CSV files; `traditional` (csv and datapackage) adds a
    Traditional twin after each Chinese text column; `csv_formula_escape=False`
    writes text cells that begin with = + - @ as they are (see `formula_escape`);
    `flat=True` (csv) writes the flat tables (`yrd_meetings.export.flat`).
    """
    if not isinstance(directory, (str, PathLike)):
        raise TypeError(f"directory must be a str or os.PathLike, got {type(directory).__name__}")
    try:
        files = render(
            ds,
            format=format,
            excel=excel,
            traditional=traditional,
            csv_formula_escape=csv_formula_escape,
            flat=flat,
        )
    except UnicodeEncodeError as exc:  # raised before anything is written
        bad = exc.object[exc.start : exc.end]
        code = f"U+{ord(bad[0]):04X}" if bad else "?"
        raise ValueError(
            f"cannot export: a text field holds {code}, which UTF-8 cannot encode "
            "(a lone surrogate); validate() names the record"
        ) from None
    return replace_directory(Path(directory), files, allowed=KNOWN_NAMES, force=force)
