"""Write docs/timeline.svg: who held each of the eight posts since 2005, from the data.

Run `python docs/timeline.py` after a data change; a test checks the file is
current. The chart comes from the installed package (`yrd_meetings.plot`, plain
SVG, no plotting library); `yrd-meetings timeline -o FILE` writes the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

from yrd_meetings import load
from yrd_meetings.export.atomic import replace_file
from yrd_meetings.plot import timeline_svg as render

OUT = Path(__file__).with_name("timeline.svg")

__all__ = ["OUT", "main", "render"]


def main() -> int:
    replace_file(OUT, render(load()).encode("utf-8"))
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
