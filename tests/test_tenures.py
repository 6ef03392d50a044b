"""Who held each of the eight posts on every day since 2005, against the reference.

The walk visits every day from 2005-01-01 to the data's version date. Each row of
SUCCESSION is a day on which the answer of `holder()` changes: a name, None for
nobody (a vacancy, or a gap between an end and a start), or "?" where the sources
give only a month and `holder()` raises UncertainDateError.
"""

from __future__ import annotations

import datetime

import pytest

from yrd_meetings import Dataset, Post, Province, UncertainDateError, load

SUCCESSION = """
CN-SH party_secretary 2005-01-01 陈良宇 | 2006-09-24 韩正 | 2007-03-24 习近平 | 2007-10-27 俞正声 |
    2012-11-20 韩正 | 2017-10-29 李强 | 2022-10-28 陈吉宁
CN-SH governor 2005-01-01 韩正 | 2012-12-26 杨雄 | 2017-01-17 None | 2017-01-20 应勇 |
    2020-03-23 龚正
CN-JS party_secretary 2005-01-01 李源潮 | 2007-10-01 ? | 2007-10-31 梁保华 | 2010-12-06 罗志军 |
    2016-06-30 李强 | 2017-10-29 娄勤俭 | 2021-10-19 吴政隆 | 2022-12-28 None | 2023-01-03 信长星
CN-JS governor 2005-01-01 梁保华 | 2007-12-01 ? | 2007-12-31 罗志军 | 2010-12-01 ? |
    2010-12-07 李学勇 | 2015-12-04 石泰峰 | 2017-05-31 吴政隆 | 2021-10-19 许昆林 |
    2025-10-09 刘小涛
CN-ZJ party_secretary 2005-01-01 习近平 | 2007-03-24 赵洪祝 | 2012-11-21 None | 2012-12-18 夏宝龙 |
    2017-04-26 车俊 | 2020-09-01 袁家军 | 2022-12-07 易炼红 | 2024-10-28 王浩
CN-ZJ governor 2005-01-01 吕祖善 | 2011-08-01 ? | 2011-08-31 夏宝龙 | 2012-12-21 李强 |
    2016-06-30 None | 2016-07-01 ? | 2016-07-31 车俊 | 2017-04-01 ? | 2017-04-30 袁家军 |
    2020-09-04 郑栅洁 | 2021-09-01 ? | 2021-09-30 王浩 | 2024-12-18 刘捷
CN-AH party_secretary 2005-01-01 郭金龙 | 2007-11-01 ? | 2007-11-30 None | 2007-12-01 ? |
    2007-12-31 王金山 | 2010-05-31 张宝顺 | 2015-06-01 ? | 2015-06-30 王学军 | 2016-08-01 ? |
    2016-08-31 李锦斌 | 2021-09-30 郑栅洁 | 2023-03-14 韩俊 | 2024-06-28 梁言顺
CN-AH governor 2005-01-01 王金山 | 2007-12-01 ? | 2007-12-31 王三运 | 2011-12-11 李斌 |
    2013-03-16 ? | 2013-06-20 王学军 | 2015-06-01 ? | 2015-06-30 李锦斌 | 2016-09-01 李国英 |
    2021-01-01 ? | 2021-01-31 None | 2021-02-01 王清宪
"""


def expected() -> dict[tuple[Province, Post], list[tuple[datetime.date, str]]]:
    table: dict[tuple[Province, Post], list[tuple[datetime.date, str]]] = {}
    for block in SUCCESSION.strip().split("\nCN-"):
        province, post, rest = block.removeprefix("CN-").split(" ", 2)
        changes = []
        for item in " ".join(rest.split()).split(" | "):
            day, name = item.strip().split(" ")
            changes.append((datetime.date.fromisoformat(day), name))
        table[(Province(f"CN-{province}"), Post(post))] = changes
    return table


def answer(ds: Dataset, province: Province, post: Post, day: datetime.date) -> str:
    try:
        official = ds.holder(province, post, day)
    except UncertainDateError:
        return "?"
    return official.name if official else "None"


@pytest.mark.parametrize("key", list(expected()), ids=lambda k: f"{k[0].value}-{k[1].value}")
def test_every_day_since_2005(key: tuple[Province, Post]) -> None:
    ds = load()
    province, post = key
    day = datetime.date(2005, 1, 1)
    last_day = datetime.date.fromisoformat(ds.meta.version.replace(".", "-"))
    changes: list[tuple[datetime.date, str]] = []
    while day <= last_day:
        now = answer(ds, province, post, day)
        if not changes or changes[-1][1] != now:
            changes.append((day, now))
        day += datetime.timedelta(days=1)
    assert changes == expected()[key]


def test_uncertainty_only_inside_month_precision_boundaries() -> None:
    ds = load()
    for (province, post), changes in expected().items():
        boundaries = [
            d
            for o in ds.officials
            for t in o.tenures
            if t.province is province and t.post is post
            for d in (t.start, t.end)
            if d is not None and d.precision != "day"
        ]
        for day, name in changes:
            if name == "?":
                assert any(b.contains(day) for b in boundaries), (province, post, day)


def test_vacancies_are_modelled_not_smoothed() -> None:
    ds = load()
    # 赵洪祝 left on 2012-11-21; 夏宝龙's appointment was announced on 2012-12-18
    assert ds.holder("CN-ZJ", "party_secretary", datetime.date(2012, 11, 30)) is None
    han = ds.official("han-zheng")
    acting = [t for t in han.tenures if t.acting and t.post is Post.PARTY_SECRETARY]
    assert [(str(t.start), str(t.end)) for t in acting] == [("2006-09-24", "2007-03-24")]


def test_tenure_counts() -> None:
    ds = load()
    in_posts = [o for o in ds.officials if o.tenures]
    assert len(in_posts) == 39
    assert sum(len(o.tenures) for o in ds.officials) == 55
    assert {o.id for o in ds.officials if not o.tenures} == {
        "lian-weiliang",
        "ma-jiantang",
        "xiao-weiming",
        "yang-weimin",
        "yin-hejun",
    }
