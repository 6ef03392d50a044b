"""`parse(text)`: the parser's entry point, running the stages in order.

normalize (`text.normalize`) → segment (`segment`) → cues (`cues.meetings`,
`cues.dates`, `cues.people`, `cues.outcomes`) → resolve (`resolve`) → build
(`build`). The curated data is an explicit input: it supplies the names the
parser matches and, where the text gives no year at all, a forum's year by its
edition (marked `via="dataset"`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text.normalize import normalize
from .build import Context, report
from .cues.dates import find_dates
from .cues.meetings import find_meetings
from .events import Event
from .names import names_of
from .report import Report
from .resolve import Resolver
from .segment import segment

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["MAX_CHARS", "TextTooLongError", "parse"]

YEARS = range(1900, 2101)
MAX_CHARS = 16_000_000  # a news page is a few thousand; an archive is parsed page by page


class TextTooLongError(ValueError):
    """The text is longer than `max_chars` (pass a larger limit, or None, to parse it)."""


def _substantive(event: Event) -> bool:
    return bool(
        event.held
        or event.people
        or any(event.lists.values())
        or event.theme
        or event.date
        or event.place
    )


def parse(
    text: str,
    *,
    year: int | None = None,
    dataset: Dataset | None = None,
    max_chars: int | None = MAX_CHARS,
) -> tuple[Report, ...]:
    """The events `text` reports, one `Report` each, in text order.

    `year` is a hint used when neither a date nor a 年度 label nor the story's
    page date gives an event's year. `dataset` is the curated data whose names
    the parser knows (default: `load()`). A text longer than `max_chars` raises
    `TextTooLongError` (parse time is linear, about a second per MB; None: no limit).

    >>> [r.kind.value for r in parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")]
    ['symposium']
    >>> parse("   ")
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() expects a str, got {type(text).__name__}")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise TypeError(f"year must be an int or None, got {type(year).__name__}")
    if year is not None and year not in YEARS:
        raise ValueError(f"year must be between {YEARS.start} and {YEARS.stop - 1}, got {year}")
    if max_chars is not None and len(text) > max_chars:
        raise TextTooLongError(
            f"text has {len(text):,} characters, more than max_chars={max_chars:,};"
            " pass a larger max_chars (or None) to parse it"
        )
    if not text.strip():
        return ()
    if dataset is None:
        from ..dataset import load

        dataset = load()
    norm = normalize(text)
    seg = segment(norm)
    names = names_of(dataset)
    resolver = Resolver(
        seg, find_meetings(seg.text, tuple(names.others)), find_dates(seg.text), names
    )
    resolver.make_events()
    resolver.assign()
    resolver.finish()
    ctx = Context(resolver.events, seg.articles, year, dataset, norm)
    return tuple(report(e, ctx) for e in resolver.events if _substantive(e))
