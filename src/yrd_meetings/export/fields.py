"""What each exported column means: one description a record field (Table Schema
`description`), kept beside the exports so every field of every table has one.

A test fails when a record class gains a scalar field that has no entry here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["DESCRIPTIONS", "describe", "precision_description"]

_NOTE = "a note on the sources or the facts"
_PROVINCE = "ISO 3166-2 code: CN-SH, CN-JS, CN-ZJ or CN-AH"
_POST = "party_secretary (党委书记) or governor (省长; Shanghai: 市长)"

DESCRIPTIONS: Mapping[str, str] = MappingProxyType(
    {
        "Meeting.id": "stable id of the meeting, e.g. symposium-2025, forum-7",
        "Meeting.kind": "symposium (主要领导座谈会), forum (高层论坛) or other",
        "Meeting.name": "the meeting's Chinese name as the sources give it",
        "Meeting.year": "a symposium's 年度 year label (not always the calendar year)",
        "Meeting.edition": "a forum's edition number (第N届)",
        "Meeting.start": "first day, ISO 8601 at the sources' precision (YYYY, YYYY-MM, day)",
        "Meeting.end": "last day, ISO 8601 at the sources' precision; empty if one day",
        "Meeting.city": "the host city in Chinese, without 市",
        "Meeting.province": "host province, " + _PROVINCE,
        "Meeting.theme": "the theme (主题) as the sources give it",
        "Meeting.part_of": "id of the meeting this one was held as part of",
        "Meeting.next_host": "province named to host the next meeting, " + _PROVINCE,
        "Meeting.note": _NOTE,
        "Official.id": "stable pinyin slug of the official, e.g. chen-jining; never reused",
        "Official.name": "the official's Chinese name",
        "Official.pinyin": "the name in pinyin, surname first, e.g. Chen Jining",
        "Official.gender": "male or female, where a source gives it",
        "Official.birth": "date of birth, ISO 8601 at the sources' precision",
        "Official.title": "the position as sourced, for people outside the eight posts",
        "Tenure.post": _POST,
        "Tenure.province": _PROVINCE,
        "Tenure.start": "first day in the post (acting included), ISO 8601 at the sources' "
        "precision",
        "Tenure.end": "first day out of the post, ISO 8601 at the sources' precision; empty "
        "while in office",
        "Tenure.acting": "true if the spell began as acting (代理)",
        "Tenure.elected": "day an acting holder was formally elected or confirmed",
        "Tenure.ended_by": "what ended the tenure, as sourced (e.g. 任江苏省委书记)",
        "Tenure.note": _NOTE,
        "Attendance.official": "id of the official (officials.id)",
        "Attendance.post": "the post held that day: " + _POST + "; empty outside the eight",
        "Attendance.province": "province of that post, " + _PROVINCE,
        "Attendance.role": "attended, presided (主持), spoke (讲话) or reported (通报)",
        "Attendance.title": "the position as sourced, for people outside the eight posts",
        "Agreement.id": "stable id of the document, agreement, list or organisation",
        "Agreement.title": "the title, without 《》",
        "Agreement.kind": "reviewed, adopted, heard, signed, released or unveiled",
        "Agreement.meeting": "id of the meeting (meetings.id)",
        "Agreement.note": _NOTE,
        "Erratum.id": "stable id of the slip, e.g. erratum-001",
        "Erratum.record": "id of the record the slip concerns",
        "Erratum.says": "what the source says (the wrong text)",
        "Erratum.truth": "what is true",
        "Erratum.note": _NOTE,
        "Source.seed": "file name of the seed article, for a seed source",
        "Source.quote": "a verbatim quote from the source",
        "Source.url": "the web page, for a URL source",
        "Source.publisher": "who published the page or article",
        "Source.outlet": "what kind of outlet published it (government, state_media, ...)",
        "Source.via": "the original outlet a repost names",
        "Source.published": "publication date the source gives, ISO 8601 at its precision",
        "Source.confidence": "confirmed (two independent originals), single or inferred",
        "Source.note": _NOTE,
    }
)


def describe(cls: type, field: str) -> str:
    """The description of `cls.field`; KeyError names a field that has none."""
    key = f"{cls.__name__}.{field}"
    try:
        return DESCRIPTIONS[key]
    except KeyError:
        raise KeyError(f"no description for {key}: add one to export/fields.py") from None


def precision_description(column: str) -> str:
    return f"precision of {column}: year, month or day (empty when {column} is)"
