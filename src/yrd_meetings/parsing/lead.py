"""Part of stage 3: the date and venue of an event, read from the sentence that reports it held.

- Date: a date cue inside the holding phrase (`…座谈会16日在上海举行`) first, else
  the nearest one before the name in the same sentence (at most 60 characters
  back), else one right after it; dates inside a dateline never count, and a
  relative day (`昨天`) counts only close before the name and never figuratively
  (`20年后的今天`).
- Venue: the place named in the `在…举行` phrase of the mention; else a city in the
  rest of the clause, or after a verb of gathering (`齐聚古都南京`); else a city a later
  sentence of the event names (`…在安徽合肥签约`). Never the dateline.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .cues.dates import DateCue
from .cues.meetings import MeetingCue, held_after
from .names import Names
from .places import Place, find_place
from .segment import Segments

__all__ = ["LeadReader"]

_AT_PLACE = re.compile(r"在([^,，。;；!?]{2,12}?)(?:举行|召开|举办|签约|签署|揭牌)")
_GATHER = re.compile(r"(?:齐聚|相聚|汇聚|聚首|云集|会聚|相约)(?:古都|古城|美丽的|历史文化名城)?")


class LeadReader:
    """Looks up date cues by position (bisect) and places in venue phrases."""

    def __init__(self, seg: Segments, dates: Sequence[DateCue], names: Names) -> None:
        self.text = seg.text
        self.dates = dates
        self.starts = [d.start for d in dates]
        self.names = names
        self.datelines = [(a.dateline.start, a.dateline.end) for a in seg.articles if a.dateline]
        self.dateline_starts = [s for s, _ in self.datelines]

    def _in_dateline(self, cue: DateCue) -> bool:
        i = bisect.bisect_right(self.dateline_starts, cue.start) - 1
        return i >= 0 and self.datelines[i][0] <= cue.start < self.datelines[i][1]

    def _close(self, day: DateCue, cue: MeetingCue) -> bool:
        gap = self.text[day.end : cue.start]
        return len(gap) <= 16 and "。" not in gap and not self.text.endswith("的", 0, day.start)

    def _between(self, lo: int, hi: int) -> list[DateCue]:
        i, j = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return [d for d in self.dates[i:j] if not self._in_dateline(d)]

    def date(self, cue: MeetingCue, a: int, b: int) -> DateCue | None:
        """The date cue of a held mention in the sentence text[a:b], or None."""
        before = self._between(max(a, cue.start - 60), cue.start)
        before = [d for d in before if d.relative is None or self._close(d, cue)]
        phrase = held_after(self.text, cue.end, b)
        after = self._between(cue.end, phrase.end() if phrase else min(b, cue.end + 12))
        chosen = [*(after if phrase is not None else []), *before[-1:], *after]
        return chosen[0] if chosen else None

    def venue(self, cue: MeetingCue, a: int, b: int) -> tuple[Place, int] | None:
        """The venue of a held mention and the offset its span is relative to, or None."""
        if cue.venue is not None:
            s, e = cue.venue
            found = find_place(self.text[s:e], self.names.cities)
            return (found, s) if found is not None else None
        s = cue.end
        e = min(
            (i for i in (self.text.find(c, s, min(b, s + 30)) for c in ",。;") if i >= 0), default=b
        )
        found = find_place(self.text[s : min(e, s + 30)], self.names.cities)
        if found is None or found.city is None:
            gather = _GATHER.search(self.text, a, b)
            s = gather.end() if gather is not None else b
            found = find_place(self.text[s : min(b, s + 8)], self.names.cities)
        return (found, s) if found is not None and found.city is not None else None

    def place_in(self, a: int, b: int) -> tuple[Place, int] | None:
        """A city where a later sentence of the event puts it (…在安徽合肥签约)."""
        for m in _AT_PLACE.finditer(self.text, a, b):
            found = find_place(m.group(1), self.names.cities)
            if found is not None and found.city is not None:
                return found, m.start(1)
        return None
