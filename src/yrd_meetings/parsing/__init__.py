"""Chinese news reports -> `Report` records, and `check` against the curated data.

>>> from yrd_meetings.parsing import parse
>>> report, = parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
>>> report.kind.value, report.year, str(report.start), report.city
('symposium', 2022, '2022-08-16', '上海')
"""

from __future__ import annotations

from .discrepancies import check
from .pipeline import parse
from .report import Attendee, Discrepancy, Evidence, Report, report_from_json, report_to_json

__all__ = [
    "Attendee",
    "Discrepancy",
    "Evidence",
    "Report",
    "check",
    "parse",
    "report_from_json",
    "report_to_json",
]
