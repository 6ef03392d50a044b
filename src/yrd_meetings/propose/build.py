"""`propose(text)`: a news report turned into a reviewable change of the data.

Each report the parser finds is matched to its curated meeting (or proposed as a
new one); every value the text states becomes a `Change` (`new` where the data
has none, `agrees` where it has the same) or a `Conflict` (where it differs).
Values the parser took from the data or a hint are never proposed.

>>> from yrd_meetings import load
>>> p = propose("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
>>> [(c.action, c.field, c.text) for c in p.changes]
[('agrees', 'start', '2022-08-16'), ('agrees', 'city', '上海'), ('agrees', 'province', 'CN-SH')]
>>> (c,) = propose("8月18日，2022年度长三角地区主要领导座谈会在上海举行。").conflicts
>>> c.field, c.data, c.says
('start', '2022-08-16', '2022-08-18')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import PartialDate
from ..ids import MeetingId, next_outcome_id
from ..records import Agreement, AgreementKind, Meeting, MeetingKind, OutletKind
from .collect import Collector, text_span
from .match import meeting_of
from .model import Action, Citation, Proposal
from .people import attendees

if TYPE_CHECKING:
    from ..dataset import Dataset
    from ..parsing.report import Report

__all__ = ["propose"]

_SCALARS = ("start", "end", "city", "province", "theme", "next_host")
# Report list fields and the agreement kinds they record (`documents` are reviewed,
# or adopted where the sentence says 审议并(原则)通过/同意 or 审议通过).
_OUTCOMES: tuple[tuple[str, AgreementKind], ...] = (
    ("documents", AgreementKind.REVIEWED),
    ("heard", AgreementKind.HEARD),
    ("agreements", AgreementKind.SIGNED),
    ("releases", AgreementKind.RELEASED),
    ("unveiled", AgreementKind.UNVEILED),
)
# What follows the last 审议 before a title: 并(原则)通过/同意 or 通过 means adopted.
_ADOPTED = re.compile(r"审议(?:并(?:原则)?(?:通过|同意)|通过)")
_NUMERALS = "一二三四五六七八九十"


def _edition_zh(n: int) -> str:
    if n <= 10:
        return _NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return (_NUMERALS[tens - 1] if tens > 1 else "") + "十" + (_NUMERALS[ones - 1] if ones else "")


def _skeleton(report: Report, c: Collector) -> Meeting | None:
    """A new meeting's id, kind, name and label, or None (with a note) if the text
    does not give what the id needs."""
    year = report.year if text_span(report, "year") is not None else None
    if report.kind is MeetingKind.SYMPOSIUM and year is not None:
        name = f"{year}年度长三角地区主要领导座谈会"
        return Meeting(id=MeetingId(f"symposium-{year}"), kind=report.kind, name=name, year=year)
    edition = report.edition if text_span(report, "edition") is not None else None
    if report.kind is MeetingKind.FORUM and edition is not None:
        name = f"第{_edition_zh(edition)}届长三角一体化发展高层论坛"
        return Meeting(
            id=MeetingId(f"forum-{edition}"), kind=report.kind, name=name, edition=edition
        )
    if report.kind is MeetingKind.OTHER and report.name and report.start is not None:
        taken = {m.id for m in c.data.meetings} | {ch.record for ch in c.changes}
        n = 1
        while f"other-{report.start.year}-{n:02d}" in taken:
            n += 1
        new_id = MeetingId(f"other-{report.start.year}-{n:02d}")
        return Meeting(id=new_id, kind=report.kind, name=report.name)
    what = {MeetingKind.SYMPOSIUM: "年度 year", MeetingKind.FORUM: "number (第N届)"}
    c.notes.append(
        f"a {report.kind.value} the data lacks, but the text does not state its "
        f"{what.get(report.kind, 'name and date')}: not proposed"
    )
    return None


def _same_date(data: PartialDate, says: PartialDate) -> bool:
    # a coarser date that contains the curated one says less, not something else
    return data == says or (says.precision != "day" and says.contains(data.earliest()))


def _same(data: object, says: object) -> bool:
    if isinstance(data, PartialDate) and isinstance(says, PartialDate):
        return _same_date(data, says)
    if isinstance(data, str) and isinstance(says, str):
        # the parser drops the spaces a printed theme may keep (篇章 勇当)
        return "".join(data.split()) == "".join(says.split())
    return data == says


def _scalar(report: Report, meeting: Meeting, field: str, c: Collector) -> None:
    says = getattr(report, field)
    span = text_span(report, field)
    if says is None or span is None:
        return
    data = getattr(meeting, field)
    if field == "end" and says == report.start and data is None:
        return  # a one-day meeting has no `end` in the data (docs/data.md)
    if data is None:
        c.change("new", meeting.id, field, says, span)
    elif _same(data, says):
        c.change("agrees", meeting.id, field, data, span, existing=meeting.sources)
    else:
        c.conflict(meeting.id, field, str(data), meeting.sources, str(says), span)


def _visits(report: Report, meeting: Meeting, c: Collector) -> None:
    for i, place in enumerate(report.visits):
        span = text_span(report, f"visits[{i}]")
        if span is None:
            continue
        action: Action = "agrees" if place in meeting.visits else "new"
        c.change(action, meeting.id, "visits", place, span, existing=meeting.sources)


def _adopted(text: str, start: int) -> bool:
    # back to the sentence's start, as one verb may govern a list of titles; line
    # breaks of newspaper columns may split the verb (审议\n并原则通过)
    begin = max(text.rfind(mark, 0, start) for mark in "。！？")
    before = "".join(text[begin + 1 : start].split())
    at = before.rfind("审议")
    return at >= 0 and _ADOPTED.match(before, at) is not None


def _outcome(
    meeting: Meeting, kind: AgreementKind, title: str, span: tuple[int, int], c: Collector
) -> None:
    if kind is AgreementKind.REVIEWED and _adopted(c.text, span[0]):
        kind = AgreementKind.ADOPTED
    documents = {AgreementKind.REVIEWED, AgreementKind.ADOPTED}
    family = documents if kind in documents else {kind}
    for ag in c.data.agreements:
        if ag.meeting == meeting.id and ag.title == title and ag.kind in family:
            # adopted (审议并通过) says more than reviewed: only "more than the data" differs
            if kind is AgreementKind.ADOPTED and ag.kind is AgreementKind.REVIEWED:
                c.conflict(ag.id, "kind", ag.kind.value, ag.sources, kind.value, span)
            else:
                c.change("agrees", ag.id, "agreement", title, span, existing=ag.sources)
            return
    taken = [a.id for a in c.data.agreements] + [ch.record for ch in c.changes]
    taken += [a.old for a in c.data.aliases]  # a retired id (merged, renamed) is not reused
    new = Agreement(id=next_outcome_id(taken), title=title, kind=kind, meeting=meeting.id)
    c.change("new", new.id, "agreement", new, span, shown=f"{kind.value}: {title}")


def _outcomes(report: Report, meeting: Meeting, c: Collector) -> None:
    for field, kind in _OUTCOMES:
        for i, title in enumerate(getattr(report, field)):
            span = text_span(report, f"{field}[{i}]")
            if span is not None:
                _outcome(meeting, kind, title, span, c)


def _report(report: Report, c: Collector) -> None:
    meeting = meeting_of(report, c.data)
    if meeting is None:
        meeting = _skeleton(report, c)
        span = text_span(report, "kind")
        if meeting is None or span is None:
            return
        c.change("new", meeting.id, "meeting", meeting, span, shown=meeting.name)
    for field in _SCALARS:
        _scalar(report, meeting, field, c)
    _visits(report, meeting, c)
    attendees(report, meeting, c)
    _outcomes(report, meeting, c)


def _citation(
    url: str | None,
    publisher: str | None,
    published: PartialDate | str | None,
    outlet: OutletKind | str | None,
    via: str | None,
    seed: str | None,
) -> Citation:
    if seed is not None and url is not None:
        raise ValueError("cite the article as a seed file or a URL, not both")
    if isinstance(published, str):
        published = PartialDate.parse(published)
    if isinstance(outlet, str):
        try:
            outlet = OutletKind(outlet)
        except ValueError:
            kinds = ", ".join(k.value for k in OutletKind)
            raise ValueError(f"unknown outlet kind {outlet!r}; one of {kinds}") from None
    return Citation(
        seed=seed, url=url, publisher=publisher, outlet=outlet, via=via, published=published
    )


def propose(
    text: str,
    *,
    url: str | None = None,
    publisher: str | None = None,
    published: PartialDate | str | None = None,
    outlet: OutletKind | str | None = None,
    via: str | None = None,
    seed: str | None = None,
    dataset: Dataset | None = None,
) -> Proposal:
    """What `text` adds to, confirms in or disputes with `dataset` (default `load()`).

    The article is cited by `url` (with its `publisher`, `published` date and the
    `outlet` kind, an `OutletKind` or its value) or, for the package's own articles,
    by `seed` (a file name under `seeds/`). An incomplete citation still gives a
    proposal to review; applying it (`apply`, `yrd-meetings propose --write`) needs
    the outlet kind, which is never guessed.
    """
    if not isinstance(text, str):
        raise TypeError(f"propose() expects a str, got {type(text).__name__}")
    citation = _citation(url, publisher, published, outlet, via, seed)
    if dataset is None:
        from ..dataset import load

        dataset = load()
    from ..parsing import parse

    collector = Collector(text, dataset, citation)
    for report in parse(text, dataset=dataset):
        _report(report, collector)
    return collector.proposal()
