"""The loader and every look-up, on the shipped data."""

from __future__ import annotations

import datetime
import subprocess
import sys
from collections import Counter

import attrs
import pytest

import yrd_meetings
from yrd_meetings import (
    DataError,
    Dataset,
    Meeting,
    MeetingKind,
    Official,
    OutOfPeriodError,
    Post,
    Province,
    UncertainDateError,
    load,
)


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return load()


def test_load_is_cached_and_immutable(ds: Dataset) -> None:
    assert load() is ds
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ds.meetings = ()  # type: ignore[misc]
    assert isinstance(ds.meetings, tuple) and isinstance(ds.officials, tuple)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ds.meetings[0].city = "北京"  # type: ignore[misc]


def test_collections_are_sorted(ds: Dataset) -> None:
    assert [o.id for o in ds.officials] == sorted(o.id for o in ds.officials)
    assert [e.id for e in ds.errata] == sorted(e.id for e in ds.errata)
    starts = [m.start.earliest() for m in ds.meetings if m.start is not None]
    assert starts == sorted(starts)
    assert len(set(ds.sources)) == len(ds.sources)


def test_meta(ds: Dataset) -> None:
    assert ds.meta.version and "CC-BY-4.0" in ds.meta.licence and ds.meta.citation


def test_issue_facts(ds: Dataset) -> None:
    m = ds.meeting(2025)
    assert m.city == "南京" and m.province is Province.JIANGSU
    assert str(m.start) == "2025-06-06" and str(m.end) == "2025-06-07"
    assert len(m.attendances) == 8
    assert str(ds.forum(7).start) == "2025-06-07"
    assert ds.holder("CN-JS", "governor", datetime.date(2026, 5, 21)).name == "刘小涛"  # type: ignore[union-attr]
    assert ds.official("chen-jining").name == "陈吉宁"


def test_seed_events_are_present(ds: Dataset) -> None:
    for year, city in [(2022, "上海"), (2024, "温州"), (2025, "南京")]:
        assert ds.meeting(year).city == city
    for edition, day in [(6, "2024-06-06"), (7, "2025-06-07"), (8, "2026-05-21")]:
        assert str(ds.forum(edition).start) == day
    assert ds.meeting(2022).next_host is Province.ANHUI
    assert ds.meeting(2024).next_host is Province.JIANGSU
    assert ds.meeting(2025).next_host is Province.SHANGHAI
    assert any(m.kind is MeetingKind.OTHER and "国际科技创新中心" in m.name for m in ds.meetings)


def test_attendees_and_roles(ds: Dataset) -> None:
    m = ds.meeting(2025)
    names = [o.name for o in ds.attendees(m)]
    assert names[:2] == ["陈吉宁", "龚正"]
    assert set(names) == {"陈吉宁", "龚正", "信长星", "许昆林", "王浩", "刘捷", "梁言顺", "王清宪"}
    assert ds.attendees("symposium-2025") == ds.attendees(m)
    roles = {a.official: a.role.value for a in m.attendances}
    assert roles["xin-changxing"] == "reported"
    assert roles["gong-zheng"] == "spoke"
    seven = {a.official: a for a in ds.forum(7).attendances}
    assert seven["liang-yanshun"].post is Post.PARTY_SECRETARY  # missing from one seed list
    assert seven["xin-changxing"].post is Post.PARTY_SECRETARY  # misstated in that seed


def test_official_lookup_by_id_name_pinyin(ds: Dataset) -> None:
    o = ds.official("chen-jining")
    assert ds.official("陈吉宁") is o
    assert ds.official("Chen Jining") is o
    assert ds.official("chenjining") is o
    assert isinstance(o, Official) and o.pinyin == "Chen Jining"
    assert "symposium-2025" in [m.id for m in ds.meetings_of("陈吉宁")]


def test_holder_across_the_window(ds: Dataset) -> None:
    on = datetime.date
    assert ds.holder(Province.SHANGHAI, Post.PARTY_SECRETARY, on(2022, 8, 16)).name == "李强"  # type: ignore[union-attr]
    assert ds.holder("CN-ZJ", "party_secretary", on(2025, 6, 6)).name == "王浩"  # type: ignore[union-attr]
    assert ds.holder("CN-ZJ", "governor", on(2024, 6, 5)).name == "王浩"  # type: ignore[union-attr]
    assert ds.holder("CN-AH", "party_secretary", on(2024, 6, 28)).name == "梁言顺"  # type: ignore[union-attr]
    assert ds.holder("CN-AH", "party_secretary", on(2024, 6, 27)).name == "韩俊"  # type: ignore[union-attr]
    # a handover day belongs to the successor: `end` is the first day out of office
    assert ds.holder("CN-SH", "party_secretary", on(2017, 10, 29)).name == "李强"  # type: ignore[union-attr]
    # a datetime is read as its day
    assert ds.holder("CN-SH", "governor", datetime.datetime(2026, 5, 21, 9)).name == "龚正"  # type: ignore[union-attr]


def test_holder_vacancy_is_none(ds: Dataset) -> None:
    # Zhejiang had no party secretary between 2012-11-21 and 2012-12-18
    assert ds.holder("CN-ZJ", "party_secretary", datetime.date(2012, 12, 1)) is None
    # before the data's coverage: refused, unless asked for anyway
    with pytest.raises(OutOfPeriodError, match="before the data's coverage"):
        ds.holder("CN-ZJ", "party_secretary", datetime.date(1990, 1, 1))
    assert (
        ds.holder("CN-ZJ", "party_secretary", datetime.date(1990, 1, 1), allow_beyond=True) is None
    )


def test_holder_uncertain_month_raises(ds: Dataset) -> None:
    # Jiangsu's secretary changed in October 2007, a month the sources give without a day
    with pytest.raises(UncertainDateError, match="江苏"):
        ds.holder("CN-JS", "party_secretary", datetime.date(2007, 10, 15))
    assert issubclass(UncertainDateError, ValueError)


def test_bad_input_errors_name_what_is_accepted(ds: Dataset) -> None:
    with pytest.raises(TypeError, match="str"):
        ds.meeting("2025")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        ds.meeting(True)
    with pytest.raises(KeyError, match="2025"):
        ds.meeting(1990)
    with pytest.raises(KeyError, match="editions: "):
        ds.forum(99)
    with pytest.raises(ValueError, match="CN-SH"):
        ds.holder("XX", "governor", datetime.date(2025, 1, 1))
    with pytest.raises(ValueError, match="party_secretary"):
        ds.holder("CN-SH", "mayor", datetime.date(2025, 1, 1))
    with pytest.raises(TypeError, match="date"):
        ds.holder("CN-SH", "governor", "2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(KeyError, match="chen-jining"):
        ds.official("nobody")
    with pytest.raises(TypeError):
        ds.official(3)  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        ds.get("symposium-1990")
    with pytest.raises(KeyError, match="not a meeting"):
        ds.attendees("chen-jining")


def test_meetings_in_a_year(ds: Dataset) -> None:
    ids = [m.id for m in ds.meetings_in(2026)]
    assert "forum-8" in ids and "symposium-2026" in ids
    assert all(isinstance(m, Meeting) for m in ds.meetings_in(2025))
    assert ds.meetings_in(1990) == ()


def test_agreements_of_a_meeting(ds: Dataset) -> None:
    heard = [a.title for a in ds.agreements_of("symposium-2025") if a.kind.value == "heard"]
    assert "长三角美丽中国先行区建设实施方案编制情况" in heard
    adopted = {a.title for a in ds.agreements_of(ds.meeting(2024)) if a.kind.value == "adopted"}
    assert "关于强化长三角区域合作办公室职能建设的实施方案" in adopted
    assert all(a.meeting == "forum-7" for a in ds.agreements_of("forum-7"))


def test_errata_hold_the_seed_slips(ds: Dataset) -> None:
    said = {e.says for e in ds.errata}
    assert any("肖贵明" in s for s in said)
    assert any("省委副书记信长星" in s for s in said)
    assert ds.official("肖渭明").name == "肖渭明"
    with pytest.raises(KeyError):
        ds.official("肖贵明")


def test_unrelated_people_are_not_in_the_data(ds: Dataset) -> None:
    names = {o.name for o in ds.officials}
    for outsider in ["丁仲礼", "周志华", "薛敏", "沈吟", "徐正杰", "王文序", "阮青"]:
        assert outsider not in names


def test_load_from_path_reads_the_same_data(tmp_path: object) -> None:
    import shutil
    from importlib.resources import files
    from pathlib import Path

    target = Path(str(tmp_path)) / "copy"
    shutil.copytree(str(files("yrd_meetings") / "data"), target)
    copy = load(path=target)
    assert copy == load() and copy is not load()


def test_load_from_bad_path_reports_every_problem(tmp_path: object) -> None:
    import json
    import shutil
    from importlib.resources import files
    from pathlib import Path

    target = Path(str(tmp_path)) / "broken"
    shutil.copytree(str(files("yrd_meetings") / "data"), target)
    meetings = json.loads((target / "meetings.json").read_text(encoding="utf-8"))
    meetings[0]["start"] = "2025-13-40"
    meetings[1]["kind"] = "banquet"
    (target / "meetings.json").write_text(json.dumps(meetings, ensure_ascii=False), "utf-8")
    (target / "errata.json").write_text("{not json", "utf-8")
    with pytest.raises(DataError) as info:
        load(path=target)
    problems = info.value.problems
    assert any("meetings.json$[0].start" in p for p in problems)
    assert any("meetings.json$[1].kind" in p for p in problems)
    assert any(p.startswith("errata.json") for p in problems)
    with pytest.raises(FileNotFoundError):
        load(path=target / "nowhere")
    with pytest.raises(ValueError, match="traditional"):
        load(script="klingon")


def test_import_and_load_stay_light() -> None:
    code = (
        "import sys, yrd_meetings; yrd_meetings.load().meeting(2025); "
        "print(sorted(m for m in ('jieba', 'opencc', 'pandas', 'importlib.metadata') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_version_is_a_plain_constant() -> None:
    assert isinstance(yrd_meetings.__version__, str)
    assert yrd_meetings.__version__.count(".") == 2


def test_pinned_counts(ds: Dataset) -> None:
    """Every data change shows up here as a reviewed diff."""
    kinds = [m.kind.value for m in ds.meetings]
    assert len(ds.meetings) == 26
    assert (kinds.count("symposium"), kinds.count("forum"), kinds.count("other")) == (17, 8, 1)
    assert len(ds.officials) == 44
    assert sum(len(o.tenures) for o in ds.officials) == 55
    assert sum(len(m.attendances) for m in ds.meetings) == 148
    assert len(ds.agreements) == 73
    assert len(ds.errata) == 3
    assert sum(1 for m in ds.meetings if m.start is not None) == 22
    assert sum(1 for m in ds.meetings if m.attendances) == 20
    assert len(ds.sources) == 455
    assert len({s.ref for s in ds.sources}) == 204
    outlets = Counter(s.outlet.value for s in ds.sources if s.outlet is not None)
    assert outlets == {
        "repost": 157,
        "newspaper": 125,
        "state_media": 72,
        "commercial_media": 42,
        "partisan_media": 21,
        "encyclopedia": 19,
        "blog": 7,
        "government": 6,
        "organisation": 5,
        "dataset": 1,
    }
    assert [m.year for m in ds.meetings if m.kind is MeetingKind.SYMPOSIUM] == [
        2005,
        2008,
        2009,
        2010,
        2011,
        2013,
        2014,
        2015,
        2018,
        2019,
        2020,
        2021,
        2022,
        2023,
        2024,
        2025,
        2026,
    ]
    assert [m.edition for m in ds.meetings if m.kind is MeetingKind.FORUM] == list(range(1, 9))


def test_round_two_facts(ds: Dataset) -> None:
    m = ds.meeting(2019)
    assert (str(m.start), str(m.end), m.city) == ("2019-05-22", "2019-05-23", "芜湖")
    assert m.theme == "长三角：共筑强劲活跃增长极"
    titles = {(a.kind.value, a.title) for a in ds.agreements_of(m)}
    assert ("reviewed", "长三角一体化发展2019年工作计划") in titles
    assert ("signed", "取消高速公路省界收费站合作协议") in titles
    assert len(ds.agreements_of("symposium-2020")) == 2
    assert ds.forum(7).theme == "协同提升长三角区域创新能力，更好发挥高质量发展动力源作用"
    assert len([a for a in ds.agreements_of("forum-2") if a.kind.value == "signed"]) == 14
    assert {a.title for a in ds.agreements_of("forum-3") if a.kind.value == "unveiled"} >= {
        "长三角集成电路产业链联盟",
        "长三角科技创新共同体建设办公室",
    }
    lists = [a.title for a in ds.agreements if "实事项目清单" in a.title]
    assert lists == [
        "2024年度长三角一体化发展实事项目清单",
        "2025年度长三角一体化发展实事项目清单",
        "2026年度长三角一体化发展实事项目清单",
    ]
    assert "八项共识" in (ds.meeting(2022).note or "")


def test_every_source_is_graded(ds: Dataset) -> None:
    assert all(s.outlet is not None for s in ds.sources)
    assert all(s.publisher for s in ds.sources if s.url is not None)
