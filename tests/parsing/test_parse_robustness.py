"""Every seed, transformed the ways real copies of a report differ, gives the
same reports (evidence aside)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from yrd_meetings.parsing import Report, parse, report_to_json
from yrd_meetings.testing import NOISE
from yrd_meetings.text.script import to_traditional

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def values(reports: tuple[Report, ...]) -> list[dict[str, object]]:
    out = []
    for r in reports:
        data = report_to_json(r)
        del data["evidence"]
        out.append(data)
    return out


TRANSFORMS = NOISE


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_transform_gives_same_reports(seed: Path, name: str) -> None:
    text = seed.read_text(encoding="utf-8")
    transformed = TRANSFORMS[name](text)
    assert transformed != text
    assert values(parse(transformed)) == values(parse(text))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_traditional_evidence_points_into_the_traditional_text(seed: Path) -> None:
    text = to_traditional(seed.read_text(encoding="utf-8"))
    for report in parse(text):
        for att, ev in zip(
            report.attendees,
            [e for e in report.evidence if re.fullmatch(r"attendees\[\d+\]", e.field)],
            strict=True,
        ):
            assert ev.start is not None and ev.end is not None
            assert to_traditional(att.name) in "".join(text[ev.start : ev.end].split())
