"""`hostile`: deterministic texts of each family, at least `size` characters long."""

from __future__ import annotations

import pytest

from yrd_meetings.hostile import FAMILIES, hostile

PIECES = {
    "many_forum_editions": "第1届长三角一体化发展高层论坛在上海举行。",
    "article_markers": "本报讯\n\n短标题\n\n",
    "datelines": "新华社合肥1月1日电 ",
    "open_title_marks": "《",
    "combining_marks": "a\u0301\u0302\u0303",
    "digits": "1234567890",
    "known_name_list": "陈吉宁、信长星、王浩、梁言顺、",
    "pinyin_glosses": "發(fā)展",
}


def test_the_families_in_order() -> None:
    assert FAMILIES[:4] == (
        "symposium_mentions", "many_forum_editions", "unlabelled_mentions_no_stop",
        "article_markers",
    )  # fmt: skip
    assert len(FAMILIES) == 26
    assert len(set(FAMILIES)) == len(FAMILIES)


@pytest.mark.parametrize(("family", "piece"), PIECES.items(), ids=list(PIECES))
def test_each_family_starts_with_its_first_piece(family: str, piece: str) -> None:
    assert hostile(family, 1) == piece


@pytest.mark.parametrize(
    ("family", "size", "text"),
    [
        ("digits", 0, ""),
        ("digits", 10, "1234567890"),
        ("digits", 11, "12345678901234567890"),
        ("open_title_marks", 3, "《《《"),
        ("datelines", 20, "新华社合肥1月1日电 新华社合肥2月2日电 "),
        ("page_dates", 20, "发布时间：2000-06-01 08:30\n"),
    ],
)
def test_a_text_stops_at_the_piece_that_reaches_the_size(family: str, size: int, text: str) -> None:
    assert hostile(family, size) == text


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_is_long_enough_and_the_same_every_time(family: str) -> None:
    text = hostile(family, 300)
    assert 300 <= len(text) < 300 + 120
    assert hostile(family, 300) == text


def test_an_unknown_family_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        hostile("no_such_family", 10)
