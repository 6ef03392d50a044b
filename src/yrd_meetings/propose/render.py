"""A proposal for people (`review`) and for programs (`to_json`, with the data patch).

The patch lists, file by file, the records the proposal adds or replaces, each in
the canonical form of the data files (the codec's; fields at their default left
out), so a curator can apply it by hand or diff it against the files.

>>> from yrd_meetings import load, propose
>>> p = propose("8月18日，2022年度长三角地区主要领导座谈会在上海举行。")
>>> print(review(p).splitlines()[0])
conflicts (1) — the text disagrees with the data; nothing is written for these:
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import codec
from .apply import apply
from .model import Change, Conflict, NewOfficial, Proposal

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["patch", "review", "to_json"]

_TABLES = ("meetings", "agreements")  # the files a proposal can change


def _change_line(c: Change) -> str:
    mark = " (confirmed: an independent original)" if c.confirms else ""
    return (
        f"  {c.record}  {c.field}: {c.text}{mark}\n      “{_one_line(c.quote)}” [{c.start}-{c.end}]"
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _conflict_line(c: Conflict) -> str:
    ours = "; ".join(
        f"{s.ref}" + (f": “{_one_line(s.quote)}”" if s.quote else "") for s in c.data_sources[:2]
    )
    return (
        f"  {c.record}  {c.field}: the data says {c.data!r}, the text says {c.says!r}\n"
        f"      text: “{_one_line(c.quote)}” [{c.start}-{c.end}]\n"
        f"      data: {ours or 'no source'}"
    )


def _official_line(o: NewOfficial) -> str:
    title = o.province.name_zh + o.post.title_zh(o.province)
    return f"  {title} {o.name} at {o.meeting}\n      “{_one_line(o.quote)}” [{o.start}-{o.end}]"


def review(proposal: Proposal) -> str:
    """The proposal as a curator reads it: conflicts, new values, confirmations, notes."""
    sections: list[tuple[str, list[str]]] = [
        (
            "conflicts ({n}) — the text disagrees with the data; nothing is written for these:",
            [_conflict_line(c) for c in proposal.conflicts],
        ),
        ("new ({n}) — values the data lacks:", [_change_line(c) for c in proposal.new]),
        (
            "agrees ({n}) — the article becomes one more source:",
            [_change_line(c) for c in proposal.agreeing],
        ),
        (
            "new officials ({n}) — for review; never written (add the official, then propose "
            "again):",
            [_official_line(o) for o in proposal.new_officials],
        ),
        ("notes ({n}):", [f"  {n}" for n in proposal.notes]),
    ]
    out = [head.format(n=len(lines)) + "\n" + "\n".join(lines) for head, lines in sections if lines]
    if proposal.empty:
        out.insert(0, "nothing to propose: the text reports no meeting this data can take")
    missing = proposal.citation.missing()
    if missing is not None and not proposal.empty:
        out.append(f"not writable yet: {missing}")
    return "\n".join(out)


def patch(proposal: Proposal, dataset: Dataset) -> list[dict[str, Any]]:
    """The data-file patch: `{"file", "op": "add"|"replace", "id", "record"}` entries."""
    after = apply(proposal, dataset)
    ops: list[dict[str, Any]] = []
    for table in _TABLES:
        before = {r.id: r for r in getattr(dataset, table)}
        for record in getattr(after, table):
            old = before.get(record.id)
            if old == record:
                continue
            ops.append(
                {
                    "file": f"{table}.json",
                    "op": "add" if old is None else "replace",
                    "id": record.id,
                    "record": codec.unstructure(record),
                }
            )
    return ops


def _change_json(c: Change) -> dict[str, Any]:
    value = c.value if isinstance(c.value, str) else codec.unstructure(c.value)
    return {
        "action": c.action,
        "record": c.record,
        "field": c.field,
        "text": c.text,
        "value": value,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
        "confirms": c.confirms,
    }


def to_json(proposal: Proposal, dataset: Dataset) -> dict[str, Any]:
    """The proposal as JSON: its changes, conflicts, new officials, notes and patch.

    `patch` is None, and `incomplete` says why, when the article cannot be cited yet.
    """
    missing = proposal.citation.missing()
    return {
        "citation": codec.unstructure(proposal.citation),
        "changes": [_change_json(c) for c in proposal.changes],
        "conflicts": [codec.unstructure(c) for c in proposal.conflicts],
        "new_officials": [codec.unstructure(o) for o in proposal.new_officials],
        "notes": list(proposal.notes),
        "patch": None if missing is not None else patch(proposal, dataset),
        "incomplete": missing,
    }
