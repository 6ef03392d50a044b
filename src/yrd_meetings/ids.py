"""Record ids, typed by what they name, and the aliases that keep renamed ids working.

An id is a plain string at run time; the types tell a reader (and mypy) which
record a reference field points to:

- `MeetingId`: `symposium-2019` (a symposium by its 年度 label), `forum-7` (a forum
  by its edition) or a related meeting's slug;
- `OfficialId`: a pinyin slug, `chen-jining`;
- `AgreementId`: `outcome-001`, a serial that does not change when the outcome's
  kind or meeting is corrected;
- `ErratumId`: `erratum-001`.

Ids are never reused. When an id changes, the old one stays in `aliases.json` for one
release and `Dataset.get` resolves it, with a `DeprecationWarning`.

>>> outcome_id(7)
'outcome-007'
>>> next_outcome_id(["outcome-001", "outcome-012"])
'outcome-013'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NewType

import attrs

__all__ = [
    "AgreementId",
    "Alias",
    "ErratumId",
    "MeetingId",
    "OfficialId",
    "next_outcome_id",
    "outcome_id",
]

MeetingId = NewType("MeetingId", str)
OfficialId = NewType("OfficialId", str)
AgreementId = NewType("AgreementId", str)
ErratumId = NewType("ErratumId", str)

_OUTCOME = re.compile(r"outcome-(\d{3,})")


def outcome_id(serial: int) -> AgreementId:
    """The id of the outcome with this serial number (1 or more), three digits at least."""
    if serial < 1:
        raise ValueError(f"an outcome serial starts at 1, not {serial}")
    return AgreementId(f"outcome-{serial:03d}")


def next_outcome_id(taken: Iterable[str]) -> AgreementId:
    """The id after the highest outcome serial in `taken` (`outcome-001` when none)."""
    serials = [int(m[1]) for m in map(_OUTCOME.fullmatch, taken) if m is not None]
    return outcome_id(max(serials, default=0) + 1)


@attrs.frozen(kw_only=True)
class Alias:
    """A renamed id: `old` resolves to `new`; `until` is the first release that drops it.

    >>> Alias(old="symposium-2018-adopted-01", new="outcome-002", until="0.3.0").new
    'outcome-002'
    """

    old: str
    new: str
    until: str
