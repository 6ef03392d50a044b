"""Every seed, transformed the ways real copies of a report differ, gives the
same reports (evidence aside)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from yrd_meetings.parsing import Report, parse, report_to_json
from yrd_meetings.text.script import to_traditional

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def values(reports: tuple[Report, ...]) -> list[dict[str, object]]:
    out = []
    for r in reports:
        data = report_to_json(r)
        del data["evidence"]
        out.append(data)
    return out


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def rewrap(text: str, width: int = 12) -> str:
    out = []
    for para in paragraphs(text):
        flat = "".join(para.split("\n"))
        out.append("\n".join(flat[i : i + width] for i in range(0, len(flat), width)))
    return "\n\n".join(out)


def doubled(text: str) -> str:
    return "\n\n".join(p + "\n\n" + p for p in paragraphs(text))


def full_width_digits(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def swapped_punctuation(text: str) -> str:
    full, half = "，：；（）！？", ",:;()!?"
    return text.translate(str.maketrans(full + half, half + full))


def spaced_dates(text: str) -> str:
    return re.sub(r"(\d+)\s*(年度|年|月|日)", r" \1 \2 ", text)


def markdown(text: str) -> str:
    out = []
    for para in paragraphs(text):
        stripped = para.strip()
        if len(stripped) < 40 and not stripped.endswith("。"):
            out.append("## " + stripped)
        else:
            out.append(para.replace("本报讯", "**本报讯**").replace("会议", "**会议**", 1))
    return "\n\n".join(out)


def pinyin_glosses(text: str) -> str:
    return text.replace("发展", "發(fā)展").replace("会议", "会(huì)议")


def latex(text: str) -> str:
    return text.replace("一体化", r"\textbf{一体化}").replace("长三角", "$长三角$", 3)


def english_words(text: str) -> str:
    parts = text.split("。")
    out = "Editor's note: updated " + parts[0]
    for i, part in enumerate(parts[1:]):
        out += "。" + (" (Photo: Xinhua) " if i % 3 == 0 else "") + part
    return out


def line_breaks_in_names(text: str) -> str:
    for name in ("陈吉宁", "信长星", "王清宪", "许昆林", "龚正"):
        text = text.replace(name, name[:1] + "\n" + name[1:])
    return text


def traditional(text: str) -> str:
    return to_traditional(text)


def everything(text: str) -> str:
    return traditional(rewrap(doubled(spaced_dates(full_width_digits(text)))))


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "traditional": traditional,
    "traditional_hk": lambda t: to_traditional(t, "hk"),
    "traditional_tw": lambda t: to_traditional(t, "tw"),
    "rewrap12": rewrap,
    "doubled": doubled,
    "full_width_digits": full_width_digits,
    "swapped_punctuation": swapped_punctuation,
    "spaced_dates": spaced_dates,
    "markdown": markdown,
    "pinyin_glosses": pinyin_glosses,
    "latex": latex,
    "english_words": english_words,
    "line_breaks_in_names": line_breaks_in_names,
    "everything": everything,
}


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
