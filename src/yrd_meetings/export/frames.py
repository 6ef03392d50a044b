"""The flat tables as pandas DataFrames (the `yrd-meetings[pandas]` extra).

Same tables and columns as the CSV export (`yrd_meetings.export.tables`), with
dtypes: enums are `category` (categories in the enum's order), integers
nullable `Int64`, booleans `boolean`, text `string`. A date column such as
`start` is `datetime64` where the source gives the day and `NaT` where it gives
only a month or a year; its twin `start_iso` keeps the partial ISO text, so
nothing pretends to know more than the source did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..dataset import Dataset
from .tables import TABLES, Column, Table, cell

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_frames"]

EXTRA_HINT = (
    "to_frames() needs pandas, which is not installed: "
    "pip install 'yrd-meetings[pandas]' (or pip install pandas)"
)


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(EXTRA_HINT) from exc
    return pandas


def _series(pd: Any, column: Column, values: list[Any]) -> dict[str, Any]:
    if column.is_date:
        iso = [None if v is None else str(v) for v in values]
        days = [v if v is not None and len(v) == 10 else None for v in iso]
        return {
            column.name: pd.to_datetime(pd.Series(days, dtype="object"), format="%Y-%m-%d").astype(
                "datetime64[ns]"
            ),
            f"{column.name}_iso": pd.Series(iso, dtype="string"),
        }
    if column.enum is not None:
        dtype = pd.CategoricalDtype(categories=list(column.enum), ordered=False)
        return {column.name: pd.Series([cell(v) or None for v in values], dtype=dtype)}
    if column.type == "integer":
        return {column.name: pd.Series(values, dtype="Int64")}
    if column.type == "boolean":
        return {column.name: pd.Series(values, dtype="boolean")}
    return {column.name: pd.Series(values, dtype="string")}


def _frame(pd: Any, ds: Dataset, table: Table) -> Any:
    rows = list(table.rows(ds))
    data: dict[str, Any] = {}
    for column in table.columns:
        data.update(_series(pd, column, [row.get(column.name) for row in rows]))
    return pd.DataFrame(data)


def to_frames(ds: Dataset) -> dict[str, pd.DataFrame]:
    """One DataFrame a table: meetings, officials, tenures, attendances, ... (see the module).

    Raises ImportError naming the `yrd-meetings[pandas]` extra when pandas is missing.
    """
    pd = _import_pandas()
    return {table.name: _frame(pd, ds, table) for table in TABLES}
