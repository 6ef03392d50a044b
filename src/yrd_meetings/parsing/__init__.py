"""Chinese news reports -> `Report` records, and `check` against the curated data.

The stages, in order (`pipeline.parse` runs them):

1. `text.normalize` — clean the text (script, full-width forms, markdown, glosses),
   keeping a map back to the original for evidence spans;
2. `segment` — articles, datelines, page dates, sentences;
3. `cues` — typed cues with spans: `cues.meetings` (mentions, held or not),
   `cues.dates`, `cues.people`, `cues.outcomes`;
4. `resolve` — events from held mentions, each sentence given to its event
   (`lead` reads the date and venue of the sentence that reports one held);
5. `build` — years and dates resolved (`via`), `Report` with `Evidence`.

Where each field is read:

- kind, edition, a symposium's year label: `cues.meetings`, resolved in
  `resolve.Resolver.make_events`;
- year (any other way): `segment` (page date) and `cues.dates`, in `build.Context`;
- start, end: `cues.dates`, chosen in `lead.LeadReader.date`, resolved in `build.Context`;
- city, province: `places.find_place` on the venue phrase of `cues.meetings`, in
  `lead.LeadReader.venue`; a forum placed nowhere, held during the text's one placed
  symposium, takes its venue (`build.Context.place`, via `context`);
- theme, documents, heard, agreements, releases, unveiled, visits, next_host:
  `cues.outcomes`, in `resolve.Resolver._read`;
- attendees and their roles: `cues.people` (names from `names`), in
  `resolve.Resolver._read` and `finish`.

>>> from yrd_meetings.parsing import parse
>>> report, = parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
>>> report.kind.value, report.year, str(report.start), report.city
('symposium', 2022, '2022-08-16', '上海')
"""

from __future__ import annotations

from .discrepancies import check
from .pipeline import MAX_CHARS, TextTooLongError, parse
from .report import Attendee, Discrepancy, Evidence, Report, report_from_json, report_to_json

__all__ = [
    "MAX_CHARS",
    "Attendee",
    "Discrepancy",
    "Evidence",
    "Report",
    "TextTooLongError",
    "check",
    "parse",
    "report_from_json",
    "report_to_json",
]
