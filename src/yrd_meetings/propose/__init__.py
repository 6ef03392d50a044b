"""From a news report to a reviewed change of the data: `propose`, `apply`, `write`.

`propose(text)` parses the text, matches each report to its curated meeting (or
proposes a new one) and returns a typed `Proposal`: values the data lacks
(`new`), values it confirms (`agrees`), values it contradicts (`Conflict`, never
applied) and officials it does not know (`NewOfficial`, never applied). `review`
prints it for a curator, `to_json` gives it with a patch of the data files, and
`write` applies it to a data directory atomically, only if the result validates.
See docs/contributing-data.md.

>>> import yrd_meetings
>>> p = yrd_meetings.propose("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
>>> p.empty, len(p.conflicts), [c.action for c in p.changes][:1]
(False, 0, ['agrees'])
"""

from __future__ import annotations

import sys
import types
from typing import Any

from .apply import apply
from .build import propose
from .model import Change, Citation, Conflict, IncompleteSource, NewOfficial, Proposal
from .render import patch, review, to_json
from .write import Invalid, files_of, write

__all__ = [
    "Change",
    "Citation",
    "Conflict",
    "IncompleteSource",
    "Invalid",
    "NewOfficial",
    "Proposal",
    "apply",
    "files_of",
    "patch",
    "propose",
    "review",
    "to_json",
    "write",
]


class _CallablePackage(types.ModuleType):
    """This package, callable as its `propose` function.

    `yrd_meetings.propose` names both the function (served lazily by the package
    `__init__`) and this sub-package; importing a sub-module binds the package in its
    place, so calling the package calls the function and both spellings keep working.
    """

    def __call__(self, text: str, **options: Any) -> Proposal:
        return propose(text, **options)


sys.modules[__name__].__class__ = _CallablePackage
