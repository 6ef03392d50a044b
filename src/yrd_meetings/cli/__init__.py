"""The `yrd-meetings` command line (also `python -m yrd_meetings`).

Bare `yrd-meetings` prints the symposiums as a table; `yrd-meetings --help`
lists the commands, and each command's `--help` gives examples. Every listing
command takes `--json`. Errors print one line on stderr: exit 2 for usage,
1 for anything not found or invalid, never a traceback.

One module a command (or group): `meetings` (bare and `list`), `show`,
`officials`, `export`, `validate`, `coverage`, `reports` (`parse`, `check`);
`app` builds the parser, `render` is the one table renderer and `errors` the
one error path.
"""

from __future__ import annotations

from .app import build_parser, main
from .errors import NotFound, Result, UsageError
from .render import table, width

__all__ = ["NotFound", "Result", "UsageError", "build_parser", "main", "table", "width"]
