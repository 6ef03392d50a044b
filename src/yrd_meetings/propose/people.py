"""Attendees: each name the text gives matched to an official and the tenure in force.

An attendance records the post the official *held* that day (the tenures decide,
as `validate` checks); a text that prints another post gives a `post` conflict
beside the attendance. A name the data lacks is a conflict when it is one
character off a curated official (a misprint, as `check` reports it), a
`NewOfficial` for a curator when it comes with one of the eight posts, and a note
otherwise.

>>> from yrd_meetings import propose
>>> p = propose("8月16日，2022年度长三角地区主要领导座谈会在上海举行。上海市委书记李强主持会议。")
>>> [(c.action, c.field, c.text) for c in p.changes if c.field in ("attendance", "role")]
[('agrees', 'attendance', '李强'), ('agrees', 'role', 'presided')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Attendance, Meeting, Official, Post, Province, Role
from .collect import Collector, text_span
from .match import ROLE_RANK, near_name, official_named, posts_on
from .model import NewOfficial

if TYPE_CHECKING:
    from ..dates import PartialDate
    from ..parsing.report import Attendee, Report

__all__ = ["attendees"]


def _title(post: Post | None, province: Province | None) -> str:
    if post is None or province is None:
        return "(no post of the eight)"
    return province.name_zh + post.title_zh(province)


def _unknown(att: Attendee, meeting: Meeting, span: tuple[int, int], c: Collector) -> None:
    near = near_name(att.name, att.title, c.data.officials)
    if near is not None:
        c.conflict(near.id, "name", near.name, near.sources, att.name, span)
    elif att.post is not None and att.province is not None:
        quote, _ = c.quote(*span)
        c.new_officials.append(
            NewOfficial(
                name=att.name,
                post=att.post,
                province=att.province,
                meeting=meeting.id,
                quote=quote,
                start=span[0],
                end=span[1],
            )
        )
    else:
        c.notes.append(
            f"{att.name}: no official of this name in the data, and no post of the eight"
        )


def _post(
    att: Attendee, official: Official, when: PartialDate | None, span: tuple[int, int], c: Collector
) -> tuple[Post | None, Province | None] | None:
    """The post and province to record, or None when the text's post is not in force."""
    if when is None:
        # no date to hold tenures against: the text's word (post and province go together)
        return (att.post, att.province) if att.post is not None else (None, None)
    held = posts_on(official, when)
    if att.post is not None and (att.post, att.province) in held:
        return att.post, att.province
    if att.post is None and (att.province is None or not held):
        return held[0] if len(held) == 1 else (None, None)
    sources = [s for t in official.tenures for s in t.sources][:3]
    says = att.title or _title(att.post, att.province)
    if not held:  # the text's post, but no tenure of it that day: not recorded
        c.conflict(official.id, "post", f"no post of the eight on {when}", sources, says, span)
        return None
    c.conflict(official.id, "post", _title(*held[0]), sources, says, span)
    return held[0]


def _role(
    report: Report, i: int, existing: Attendance | None, meeting: Meeting, c: Collector
) -> None:
    att = report.attendees[i]
    span = text_span(report, f"attendees[{i}].role")
    if span is None or att.role is Role.ATTENDED:
        return
    official = official_named(att.name, c.data)
    assert official is not None
    record = f"{meeting.id}/{official.id}"
    if existing is None:
        c.change("new", record, "role", att.role.value, span)
    elif ROLE_RANK[att.role] <= ROLE_RANK[existing.role]:
        c.change("agrees", record, "role", att.role.value, span, existing=existing.sources)
    else:  # a higher role than the data's is for a curator to weigh, not to overwrite
        c.conflict(record, "role", existing.role.value, existing.sources, att.role.value, span)


def _one(report: Report, i: int, meeting: Meeting, c: Collector) -> None:
    att = report.attendees[i]
    span = text_span(report, f"attendees[{i}]")
    if span is None:
        return
    official = official_named(att.name, c.data)
    if official is None:
        _unknown(att, meeting, span, c)
        return
    when = meeting.start or (report.start if text_span(report, "start") else None)
    post = _post(att, official, when, span, c)
    if post is None:
        return
    title = (att.title or official.title) if post[0] is None else None
    # the role is a change of its own (its quote is often another sentence)
    new = Attendance(official=official.id, post=post[0], province=post[1], title=title)
    record = f"{meeting.id}/{official.id}"
    existing = next((a for a in meeting.attendances if a.official == official.id), None)
    if existing is None:
        c.change("new", record, "attendance", new, span, shown=official.name)
    elif existing.post is not None and post[0] is not None and existing.post is not post[0]:
        data = _title(existing.post, existing.province)
        c.conflict(record, "post", data, existing.sources, _title(*post), span)
    else:
        shown, sources = official.name, existing.sources
        c.change("agrees", record, "attendance", new, span, shown=shown, existing=sources)
    _role(report, i, existing, meeting, c)


def attendees(report: Report, meeting: Meeting, c: Collector) -> None:
    """Propose the attendances `report` states at `meeting`."""
    for i in range(len(report.attendees)):
        _one(report, i, meeting, c)
