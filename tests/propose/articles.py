"""Short articles and a web citation shared by the tests of `propose`'s modules."""

from __future__ import annotations

from typing import Any

from yrd_meetings.propose.model import Action, Change

WEB: dict[str, Any] = {
    "url": "https://example.org/2022",
    "publisher": "某报",
    "outlet": "newspaper",
}
SYMPOSIUM = "2022年度长三角地区主要领导座谈会"
HELD = f"8月16日，{SYMPOSIUM}在上海举行。"
FORUM_7 = "6月7日上午，第七届长三角一体化发展高层论坛在江苏南京举行。"


def change(
    action: Action, field: str, text: str, quote: str, span: tuple[int, int], confirms: bool = False
) -> Change:
    """A change to symposium-2022 whose value is its text."""
    start, end = span
    return Change(action=action, record="symposium-2022", field=field, text=text, value=text,
                  quote=quote, start=start, end=end, confirms=confirms)  # fmt: skip
