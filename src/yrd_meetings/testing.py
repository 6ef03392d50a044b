"""Helpers for tests, the package's own and downstream projects'.

- `articles()`: the five seed articles with their gold reports.
- `variants(text)`: noisy copies of a text that must parse the same (Traditional
  script, newspaper columns, full-width digits, spaced dates, repeated
  paragraphs, markdown, pinyin glosses, ...).
- `assert_reports_equal(actual, expected)`: fails with a field-by-field diff.
- `score(pred, truth)`, `score_spans(pred, truth)`: field-level and span-level
  tallies of any extractor's reports (`report_to_json` objects) against gold;
  the seeds' gold files carry the span of every value.
- `make_meeting()`, `make_official()`, ...: valid records with sensible defaults.

The pytest plugin (`yrd_meetings.pytest_plugin`) serves these as fixtures.

>>> from yrd_meetings import parse
>>> article = articles()[4]
>>> article.name, len(article.expected)
('004_aed75dd07c0e9222', 2)
>>> all(parse(v) == article.expected for v in variants(article.text, count=3))
True
"""

from __future__ import annotations

import functools
import itertools
import json
import random
import re
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from . import seeds
from .factories import (
    make_agreement,
    make_attendance,
    make_dataset,
    make_erratum,
    make_meeting,
    make_official,
    make_source,
    make_tenure,
)
from .scoring import score, score_spans

if TYPE_CHECKING:
    from .parsing import Report

__all__ = [
    "NOISE",
    "Article",
    "articles",
    "assert_reports_equal",
    "make_agreement",
    "make_attendance",
    "make_dataset",
    "make_erratum",
    "make_meeting",
    "make_official",
    "make_source",
    "make_tenure",
    "score",
    "score_spans",
    "variants",
]


@attrs.frozen(kw_only=True)
class Article:
    """A seed article and what it reports: `parse(article.text) == article.expected`."""

    name: str  # the seed file's stem, e.g. "000_5101c8e2da40accb"
    text: str
    expected: tuple[Report, ...]
    source: str  # the seed file name, as cited by the data's sources


@functools.cache
def articles() -> tuple[Article, ...]:
    """The five seed articles with their gold reports, written by reading the texts."""
    from .parsing import report_from_json

    gold = seeds.shipped("gold", "tests/gold")
    found = []
    for name in seeds.names():
        stem = name.removesuffix(".txt")
        data = json.loads((gold / f"{stem}.json").read_text(encoding="utf-8"))
        expected = tuple(report_from_json(item) for item in data)
        found.append(Article(name=stem, text=seeds.text(name), expected=expected, source=name))
    return tuple(found)


# -- noise ------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def rewrap(text: str, width: int = 12) -> str:
    """Newspaper columns: every paragraph broken every `width` characters."""
    out = []
    for para in _paragraphs(text):
        flat = "".join(para.split("\n"))
        out.append("\n".join(flat[i : i + width] for i in range(0, len(flat), width)))
    return "\n\n".join(out)


def doubled(text: str) -> str:
    """Every paragraph printed twice."""
    return "\n\n".join(p + "\n\n" + p for p in _paragraphs(text))


def full_width_digits(text: str) -> str:
    """０１２ for 012."""
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def swapped_punctuation(text: str) -> str:
    """Full-width punctuation made half-width and the other way round."""
    full, half = "，：；（）！？", ",:;()!?"
    return text.translate(str.maketrans(full + half, half + full))


def spaced_dates(text: str) -> str:
    """`6 月 5 日` for `6月5日`."""
    return re.sub(r"(\d+)\s*(年度|年|月|日)", r" \1 \2 ", text)


def markdown(text: str) -> str:
    """Short lines as headings, a few words in bold."""
    out = []
    for para in _paragraphs(text):
        stripped = para.strip()
        if len(stripped) < 40 and not stripped.endswith("。"):
            out.append("## " + stripped)
        else:
            out.append(para.replace("本报讯", "**本报讯**").replace("会议", "**会议**", 1))
    return "\n\n".join(out)


def pinyin_glosses(text: str) -> str:
    """Inline pinyin after some characters: `發(fā)展`."""
    return text.replace("发展", "發(fā)展").replace("会议", "会(huì)议")


def latex(text: str) -> str:
    """Fragments of LaTeX markup."""
    return text.replace("一体化", r"\textbf{一体化}").replace("长三角", "$长三角$", 3)


def english_words(text: str) -> str:
    """Stray English asides."""
    parts = text.split("。")
    out = "Editor's note: updated " + parts[0]
    for i, part in enumerate(parts[1:]):
        out += "。" + (" (Photo: Xinhua) " if i % 3 == 0 else "") + part
    return out


def line_breaks_in_names(text: str) -> str:
    """A line break inside leaders' names, as narrow columns produce."""
    for name in ("陈吉宁", "信长星", "王清宪", "许昆林", "龚正"):
        text = text.replace(name, name[:1] + "\n" + name[1:])
    return text


def traditional(text: str) -> str:
    """Traditional script (OpenCC s2t)."""
    from .text.script import to_traditional

    return to_traditional(text)


def traditional_hk(text: str) -> str:
    """Hong Kong Traditional script (OpenCC s2hk)."""
    from .text.script import to_traditional

    return to_traditional(text, "hk")


def traditional_tw(text: str) -> str:
    """Taiwan Traditional script (OpenCC s2tw)."""
    from .text.script import to_traditional

    return to_traditional(text, "tw")


def everything(text: str) -> str:
    """Traditional, in columns, doubled, with spaced full-width dates."""
    return traditional(rewrap(doubled(spaced_dates(full_width_digits(text)))))


NOISE: dict[str, Callable[[str], str]] = {
    "traditional": traditional,
    "traditional_hk": traditional_hk,
    "traditional_tw": traditional_tw,
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


def variants(text: str, *, seed: int = 0, count: int | None = None) -> Iterator[str]:
    """Realistic noisy copies of `text` whose parse must not change.

    Each applies one of the `NOISE` transformations, then pairs of them, in an
    order drawn from `seed` (the same seed gives the same variants); `count`
    limits how many are yielded (default: all).
    """
    if not isinstance(text, str):
        raise TypeError(f"variants() takes a str, got {type(text).__name__}")
    rng = random.Random(seed)
    names = sorted(NOISE)
    rng.shuffle(names)
    singles = [(name,) for name in names]
    # layout first: a column break inside LaTeX or an English aside is no longer either
    layout = ("doubled", "rewrap12", "line_breaks_in_names")
    pairs = [
        tuple(sorted((a, b), key=lambda n: n not in layout))
        for a, b in itertools.pairwise(names)
        if "everything" not in (a, b)
    ]
    for steps in (singles + pairs)[:count]:
        out = text
        for name in steps:
            out = NOISE[name](out)
        yield out


# -- comparing reports --------------------------------------------------------------------


def _fields(report: Report) -> dict[str, object]:
    from .parsing import report_to_json

    data = report_to_json(report)
    del data["evidence"]
    return data


def assert_reports_equal(actual: Sequence[Report], expected: Sequence[Report]) -> None:
    """Fail with a readable, field-by-field diff unless the reports are equal.

    Evidence spans are not compared (two copies of a report differ in them).
    """
    problems = []
    if len(actual) != len(expected):
        kinds = ([r.kind.value for r in actual], [r.kind.value for r in expected])
        problems.append(
            f"{len(actual)} reports, expected {len(expected)}: {kinds[0]} vs {kinds[1]}"
        )
    for i, (got, want) in enumerate(zip(actual, expected, strict=False)):
        a, e = _fields(got), _fields(want)
        for key, want_value in e.items():
            got_value = a[key]
            if got_value == want_value:
                continue
            if isinstance(want_value, list) and isinstance(got_value, list):
                missing = [x for x in want_value if x not in got_value]
                extra = [x for x in got_value if x not in want_value]
                detail = f"missing {missing}, unexpected {extra}"
                if not missing and not extra:
                    detail = "same items in another order"
            else:
                detail = f"{got_value!r} != expected {want_value!r}"
            problems.append(f"report {i} ({e['kind']}) {key}: {detail}")
    if problems:
        raise AssertionError("reports differ:\n  " + "\n  ".join(problems))
