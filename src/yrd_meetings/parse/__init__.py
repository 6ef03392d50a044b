"""Chinese news reports -> `Report` records, and `check` against the curated data.

>>> from yrd_meetings.parse import parse
>>> report, = parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
>>> report.kind.value, report.year, str(report.start), report.city
('symposium', 2022, '2022-08-16', '上海')
"""

from __future__ import annotations

import sys
import types

from .discrepancies import check
from .extract import parse
from .report import Attendee, Discrepancy, Evidence, Report, report_to_json

__all__ = ["Attendee", "Discrepancy", "Evidence", "Report", "check", "parse", "report_to_json"]


class _CallableModule(types.ModuleType):
    """`yrd_meetings.parse` names both this package and the function. Python
    binds the package attribute to the module once `yrd_meetings.parse` is
    imported, so the module itself is made callable: `yrd_meetings.parse(text)`
    works whichever was imported first."""

    def __call__(self, text: str, *, year: int | None = None) -> tuple[Report, ...]:
        return parse(text, year=year)


sys.modules[__name__].__class__ = _CallableModule
