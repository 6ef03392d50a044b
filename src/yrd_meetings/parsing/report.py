"""What the parser returns: `Report` (one event a text reports) and
`Discrepancy` (where a text disagrees with the curated data)."""

from __future__ import annotations

from typing import Any, Literal, get_args

import attrs

from ..dates import PartialDate
from ..records import MeetingKind, Post, Province, Role

__all__ = [
    "VIAS",
    "Attendee",
    "Discrepancy",
    "DiscrepancyKind",
    "Evidence",
    "Report",
    "Via",
    "report_from_json",
    "report_to_json",
]

Via = Literal["text", "label", "date", "dateline", "timestamp", "context", "hint", "dataset"]
"""How a value was found: read from its span (`text`); a year from the 年度 label, the
date, the story's dateline or page date; another event of the same text (`context`);
the `year=` argument (`hint`); or the curated data (`dataset`, never from the text)."""
VIAS: tuple[Via, ...] = get_args(Via)

DiscrepancyKind = Literal["name", "post", "date", "city", "missing_attendee"]


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a field's value comes from.

    `field` names the field (`city`, `attendees[2]`, `documents[0]`, ...).
    `start`/`end` is the character span in the *original* input (None when the
    value was not read from the text). `via` says how the value was found (`Via`):
    `text` (read from the span), `label` (the 年度 label), `date` (the date's
    own year), `dateline`/`timestamp` (the year, month or day taken from the
    story's dateline or page date), `context` (another event in the same
    text), `hint` (the `year=` argument) or `dataset` (the curated data).
    """

    field: str
    start: int | None
    end: int | None
    via: Via = attrs.field(default="text", validator=attrs.validators.in_(VIAS))


@attrs.frozen(kw_only=True)
class Attendee:
    """An official the text names at the event.

    `post`/`province` are what the text says (None when it states no post of
    the eight, e.g. 省委副书记 alone). `name` is spelt as in the text.
    `title` is the title as printed (e.g. `国家发展改革委副秘书长`); it is not
    part of the JSON output.
    """

    name: str
    post: Post | None = None
    province: Province | None = None
    role: Role = Role.ATTENDED
    title: str | None = attrs.field(default=None, eq=False)


@attrs.frozen(kw_only=True)
class Report:
    """One event as a text reports it. Lists keep text order without repeats."""

    kind: MeetingKind
    year: int | None = None
    edition: int | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    city: str | None = None
    province: Province | None = None
    theme: str | None = None
    attendees: tuple[Attendee, ...] = ()
    documents: tuple[str, ...] = ()
    heard: tuple[str, ...] = ()
    agreements: tuple[str, ...] = ()
    releases: tuple[str, ...] = ()
    unveiled: tuple[str, ...] = ()
    next_host: Province | None = None
    visits: tuple[str, ...] = ()
    # Provenance, not content: two reports of the same facts are equal whatever
    # spans they came from, so a parse equals its gold report.
    name: str | None = attrs.field(default=None, eq=False)  # as printed; not in the JSON
    evidence: tuple[Evidence, ...] = attrs.field(default=(), eq=False)

    def evidence_for(self, field: str) -> tuple[Evidence, ...]:
        """The evidence entries of one field."""
        return tuple(e for e in self.evidence if e.field == field)


@attrs.frozen(kw_only=True)
class Discrepancy:
    """A place where a text disagrees with the curated data.

    `kind` is one of `name`, `post`, `date`, `city`, `missing_attendee`.
    `start`/`end` is the span of the text's statement in the original input
    (for a missing attendee: the attendee list that leaves the person out).
    `says` is what the text says, `truth` the curated fact, `source` where the
    curated fact comes from (a seed quote or URL), `record` the curated
    record's id.
    """

    kind: DiscrepancyKind
    start: int | None
    end: int | None
    says: str
    truth: str
    source: str
    record: str | None = None
    report: int | None = None  # index of the report in parse(text)


def _str(value: object) -> Any:
    return None if value is None else str(value)


def report_to_json(report: Report) -> dict[str, Any]:
    """The JSON object of a report, with exactly the documented keys."""
    if not isinstance(report, Report):
        raise TypeError(f"report_to_json() expects a Report, got {type(report).__name__}")
    return {
        "kind": report.kind.value,
        "year": report.year,
        "edition": report.edition,
        "start": _str(report.start),
        "end": _str(report.end),
        "city": report.city,
        "province": _str(report.province),
        "theme": report.theme,
        "attendees": [
            {
                "name": a.name,
                "post": _str(a.post),
                "province": _str(a.province),
                "role": a.role.value,
            }
            for a in report.attendees
        ],
        "documents": list(report.documents),
        "heard": list(report.heard),
        "agreements": list(report.agreements),
        "releases": list(report.releases),
        "unveiled": list(report.unveiled),
        "next_host": _str(report.next_host),
        "visits": list(report.visits),
        "evidence": [
            {"field": e.field, "start": e.start, "end": e.end, "via": e.via}
            for e in report.evidence
        ],
    }


def _date(value: Any) -> PartialDate | None:
    return None if value is None else PartialDate.parse(value)


def _enum(cls: Any, value: Any) -> Any:
    return None if value is None else cls(value)


def report_from_json(data: dict[str, Any]) -> Report:
    """The `Report` of a JSON object from `report_to_json` (evidence optional).

    >>> from yrd_meetings.parsing import parse
    >>> r, = parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
    >>> report_from_json(report_to_json(r)) == r
    True
    """
    if not isinstance(data, dict):
        raise TypeError(f"report_from_json() expects a dict, got {type(data).__name__}")
    return Report(
        kind=MeetingKind(data["kind"]),
        year=data["year"],
        edition=data["edition"],
        start=_date(data["start"]),
        end=_date(data["end"]),
        city=data["city"],
        province=_enum(Province, data["province"]),
        theme=data["theme"],
        attendees=tuple(
            Attendee(
                name=a["name"],
                post=_enum(Post, a["post"]),
                province=_enum(Province, a["province"]),
                role=Role(a["role"]),
            )
            for a in data["attendees"]
        ),
        documents=tuple(data["documents"]),
        heard=tuple(data["heard"]),
        agreements=tuple(data["agreements"]),
        releases=tuple(data["releases"]),
        unveiled=tuple(data["unveiled"]),
        next_host=_enum(Province, data["next_host"]),
        visits=tuple(data["visits"]),
        evidence=tuple(
            Evidence(field=e["field"], start=e["start"], end=e["end"], via=e["via"])
            for e in data.get("evidence", ())
        ),
    )
