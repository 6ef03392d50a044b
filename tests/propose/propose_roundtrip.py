"""The round trip of `propose`: take a seed's meetings out of a copy of the data, propose
the seed, write it back, and compare field by field with the curated records.

`python tests/propose/propose_roundtrip.py` prints the per-seed table that
docs/contributing-data.md shows.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import attrs

from yrd_meetings import load, seeds
from yrd_meetings.dataset import Dataset
from yrd_meetings.parsing import report_from_json
from yrd_meetings.propose import Proposal, files_of, propose, write
from yrd_meetings.propose.match import meeting_of
from yrd_meetings.records import Agreement, Meeting, MeetingKind

GOLD = Path(__file__).resolve().parents[1] / "gold"

# Meeting fields compared one by one (visits, attendances and agreements item by item).
SCALARS = (
    "kind", "name", "year", "edition", "start", "end", "city", "province", "theme",
    "part_of", "next_host", "note",
)  # fmt: skip
ATTENDANCE = ("post", "province", "role", "title")
# an outcome is matched by meeting, kind and title; its id is a serial the text cannot give
AGREEMENT = ("parties", "note")


def seed_meetings(name: str, ds: Dataset) -> tuple[str, ...]:
    """The curated meetings the seed's gold reports are about."""
    reports = [report_from_json(r) for r in json.loads((GOLD / f"{name[:-4]}.json").read_text())]
    found = [m.id for m in (meeting_of(r, ds) for r in reports) if m is not None]
    # the gold JSON has no names, by which meetings of kind `other` are matched: take
    # the `other` meetings the data cites this seed for
    if any(r.kind is MeetingKind.OTHER for r in reports):
        found += [
            m.id
            for m in ds.meetings
            if m.kind is MeetingKind.OTHER and any(s.seed == name for s in m.sources)
        ]
    return tuple(dict.fromkeys(found))


def without(ds: Dataset, removed: tuple[str, ...]) -> Dataset:
    """`ds` without the meetings, their agreements, the errata about them and the
    aliases of those agreements' old ids."""
    gone = set(removed) | {a.id for a in ds.agreements if a.meeting in removed}
    meetings = tuple(
        attrs.evolve(m, part_of=None) if m.part_of in gone else m
        for m in ds.meetings
        if m.id not in gone
    )
    return attrs.evolve(
        ds,
        meetings=meetings,
        agreements=tuple(a for a in ds.agreements if a.id not in gone),
        errata=tuple(e for e in ds.errata if e.record not in gone),
        aliases=tuple(a for a in ds.aliases if a.new not in gone),
    )


def write_copy(ds: Dataset, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for file, data in files_of(ds).items():
        (folder / file).write_bytes(data)


@attrs.frozen(kw_only=True)
class Tally:
    """Curated fields of one seed's meetings: recovered (equal), missed, wrong (unequal)."""

    seed: str
    meetings: tuple[str, ...]
    curated: int
    recovered: int
    wrong: tuple[str, ...]
    extra: tuple[str, ...]
    proposal: Proposal


def _fields(m: Meeting | None, agreements: tuple[Agreement, ...]) -> dict[str, Any]:
    """Every non-default field of a meeting and its agreements, keyed by a stable name."""
    if m is None:
        return {}
    out: dict[str, Any] = {}
    defaults = {f.name: f.default for f in attrs.fields(Meeting)}
    for name in SCALARS:
        value = getattr(m, name)
        if value != defaults[name]:
            out[name] = value
    for place in m.visits:
        out[f"visits:{place}"] = True
    for a in m.attendances:
        out[f"attendance:{a.official}"] = True
        for name in ATTENDANCE:
            value = getattr(a, name)
            if value is not None and str(value) != "attended":
                out[f"attendance:{a.official}.{name}"] = value
    for ag in agreements:
        key = f"agreement:{ag.kind.value}:{ag.title}"
        out[key] = True
        for name in AGREEMENT:
            if getattr(ag, name):
                out[f"{key}.{name}"] = getattr(ag, name)
    return out


def fields_of(ds: Dataset, meeting_id: str) -> dict[str, Any]:
    found = [m for m in ds.meetings if m.id == meeting_id]
    agreements = tuple(a for a in ds.agreements if a.meeting == meeting_id)
    return _fields(found[0] if found else None, agreements)


def round_trip(name: str, folder: Path) -> Tally:
    """Remove the seed's meetings in `folder`, propose the seed, write, compare."""
    full = load()
    removed = seed_meetings(name, full)
    write_copy(without(full, removed), folder)
    base = load(path=folder)
    proposal = propose(seeds.text(name), seed=name, outlet="newspaper", dataset=base)
    write(proposal, folder, base=base)
    restored = load(path=folder)
    curated = recovered = 0
    wrong: list[str] = []
    extra: list[str] = []
    for meeting_id in removed:
        before, after = fields_of(full, meeting_id), fields_of(restored, meeting_id)
        curated += len(before)
        recovered += sum(1 for k, v in before.items() if after.get(k) == v)
        wrong += [f"{meeting_id} {k}" for k, v in before.items() if k in after and after[k] != v]
        extra += [f"{meeting_id} {k}" for k in after if k not in before]
    return Tally(
        seed=name,
        meetings=removed,
        curated=curated,
        recovered=recovered,
        wrong=tuple(wrong),
        extra=tuple(extra),
        proposal=proposal,
    )


def table() -> str:
    """The Markdown table of recovered fields, one row a seed."""
    rows = [
        "| seed | meetings | curated fields | recovered | share |",
        "|---|---|---|---|---|",
    ]
    for name in seeds.names():
        with tempfile.TemporaryDirectory() as scratch:
            t = round_trip(name, Path(scratch) / "data")
        share = f"{t.recovered / t.curated:.0%}" if t.curated else "–"
        ids = ", ".join(t.meetings)
        rows.append(f"| {name[:3]} | {ids} | {t.curated} | {t.recovered} | {share} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())
