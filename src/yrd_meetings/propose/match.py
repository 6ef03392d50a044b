"""Matching a parsed report to the data: its meeting, its attendees' officials and posts.

The meeting match is `check`'s (a symposium by its 年度, a forum by its number or,
lacking one, its year, another meeting by its name), so `propose` and `check` never
disagree on which curated meeting a text is about; a meeting of kind `other` the
name does not find is then matched by its day and city.

>>> from yrd_meetings import load, parse
>>> r, = parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
>>> meeting_of(r, load()).id
'symposium-2022'
>>> sentence("甲。会议在南京举行，乙出席。丙", 5, 7)
('会议在南京举行，乙出席。', 2)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

# check()'s matcher, reused so that the two commands agree on which meeting a text
# reports (a private name: the parsing package exports no matcher of its own).
from ..parsing.discrepancies import match_meeting as check_meeting
from ..parsing.discrepancies import near_official as near_name
from ..records import Meeting, MeetingKind, Official, Post, Province, Role
from ..tenures import held_throughout

if TYPE_CHECKING:
    from ..dataset import Dataset
    from ..dates import PartialDate
    from ..parsing.report import Report

__all__ = ["ROLE_RANK", "meeting_of", "near_name", "official_named", "posts_on", "sentence"]

# A sentence ends at 。！？ (full or half width) or a line break; the quote keeps its
# closing mark so that it reads as printed.
_END = re.compile(r"[。！？!?]|\n|\r")
_START = re.compile(r"[。！？!?\n\r][”’」』）)]*")

# The order of `Role`: one attendance keeps the highest role any source states.
ROLE_RANK = {Role.ATTENDED: 0, Role.SPOKE: 1, Role.REPORTED: 2, Role.PRESIDED: 3}


def sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence of `text` around `text[start:end]`, and the offset it starts at.

    Cut at 。！？ and line breaks on either side; the result is an exact substring of
    `text` (no spaces stripped inside it) and always contains the span.
    """
    begin = 0
    for match in _START.finditer(text, 0, start):
        begin = match.end()
    stop = len(text)
    found = _END.search(text, max(end, begin))
    if found is not None:
        stop = found.end() if found.group() not in ("\n", "\r") else found.start()
    # A quote never starts with the blanks a paragraph is indented by.
    while begin < start and text[begin].isspace():
        begin += 1
    return text[begin:stop], begin


def meeting_of(report: Report, dataset: Dataset) -> Meeting | None:
    """The curated meeting `report` is about, or None for a meeting the data lacks."""
    found = check_meeting(report, dataset.meetings)
    if found is not None or report.kind is not MeetingKind.OTHER or report.start is None:
        return found
    same_day = [
        m
        for m in dataset.meetings
        if m.kind is MeetingKind.OTHER
        and m.start == report.start
        and (report.city is None or m.city in (None, report.city))
    ]
    return same_day[0] if len(same_day) == 1 else None


def official_named(name: str, dataset: Dataset) -> Official | None:
    """The curated official of exactly this name (names are unique in the data)."""
    for official in dataset.officials:
        if official.name == name:
            return official
    return None


def posts_on(official: Official, when: PartialDate) -> list[tuple[Post, Province]]:
    """The posts `official` certainly held on every day `when` may stand for."""
    return [(t.post, t.province) for t in official.tenures if held_throughout(t, when)]
