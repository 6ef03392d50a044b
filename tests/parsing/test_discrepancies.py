from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yrd_meetings.parsing import Discrepancy, check

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def read(i: int) -> str:
    return SEEDS[i].read_text(encoding="utf-8")


def test_seed_000_slips_and_nothing_else() -> None:
    text = read(0)
    found = check(text)
    assert [(d.kind, d.report, d.says, d.truth, d.record) for d in found] == [
        ("post", 1, "江苏省委副书记", "江苏省委书记", "xin-changxing"),
        ("name", 1, "肖贵明", "肖渭明", "xiao-weiming"),
        ("missing_attendee", 1, found[2].says, "安徽省委书记梁言顺出席", "forum-7"),
    ]
    post, name, missing = found
    assert post.start is not None and "".join(text[post.start : post.end].split()).startswith(
        "江苏省委副书记信长星"
    )
    assert name.start is not None and "肖贵明" in text[name.start : name.end]
    assert name.source.startswith("003_d8061d6351e6a6d4.txt")
    assert missing.start is not None and missing.end is not None
    span = "".join(text[missing.start : missing.end].split())
    assert "王清宪" in span and "梁言顺" not in span
    assert missing.says == span
    for d in found:
        assert isinstance(d, Discrepancy) and d.source


@pytest.mark.parametrize("index", [1, 2, 3, 4])
def test_other_seeds_are_clean(index: int) -> None:
    assert check(read(index)) == ()


def test_date_city_and_post_against_the_data() -> None:
    text = (
        "8月18日，2022年度长三角地区主要领导座谈会在浙江杭州举行。"
        "上海市委书记李强，江苏省长吴政隆出席会议。"
    )
    kinds = {d.kind: d for d in check(text)}
    assert kinds["date"].says == "2022-08-18" and kinds["date"].truth == "2022-08-16"
    assert kinds["city"].says == "杭州" and kinds["city"].truth == "上海"
    assert kinds["post"].says == "江苏省长" and kinds["post"].truth == "江苏省委书记"
    assert kinds["post"].record == "wu-zhenglong"
    assert "missing_attendee" not in kinds  # two names are not a complete list


def test_traditional_text_is_checked_too() -> None:
    from yrd_meetings.text.script import to_traditional

    text = to_traditional(read(0))
    assert [d.kind for d in check(text)] == ["post", "name", "missing_attendee"]


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="bytes"):
        check(b"x")  # type: ignore[arg-type]
    assert check("") == ()
    assert check("与本数据无关的一段文字。") == ()


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    assert isinstance(check(text), tuple)


def test_check_uses_the_dataset_it_is_given() -> None:
    from yrd_meetings.testing import make_dataset

    ds = make_dataset()
    text = "6月6日，2004年度长三角地区主要领导座谈会在上海举行。上海市委书记测试官员出席会议。"
    (d,) = check(text, dataset=ds)
    assert (d.kind, d.says, d.truth, d.record) == (
        "date",
        "2004-06-06",
        "2004-06-05",
        "symposium-2004",
    )
    # the same text against the curated data: no 2004 meeting, nothing to compare
    assert check(text) == ()


def test_a_year_from_the_data_is_no_statement_of_the_text() -> None:
    from yrd_meetings import parse

    text = "第八届长三角一体化发展高层论坛在上海举行。"
    (r,) = parse(text)
    assert (r.year, r.evidence_for("year")[0].via) == (2026, "dataset")
    assert check(text) == ()
