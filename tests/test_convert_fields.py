"""Traditional script, field by field: every text field pinned by value, every str field decided.

Two tables:

- `SHIPPED`: for every text field of every record type, one shipped record's value in
  Simplified and its Traditional form (OpenCC s2t) written out here by hand, read
  through `load(script="traditional")`.
- `FIELDS`: every `str`, `str | None` and `tuple[str, ...]` field of every attrs record
  class, marked converted, converted as a person's name, or verbatim with the reason. A
  new str field fails `test_every_str_field_is_decided` until someone adds it here.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from yrd_meetings import Dataset, ids, load, records, to_simplified, to_traditional
from yrd_meetings.ids import Alias
from yrd_meetings.records import (
    Agreement,
    Attendance,
    Erratum,
    Meeting,
    Meta,
    Official,
    Source,
    Tenure,
)
from yrd_meetings.testing import (
    make_agreement,
    make_attendance,
    make_dataset,
    make_erratum,
    make_meeting,
    make_official,
    make_source,
    make_tenure,
)

Getter = Callable[[Dataset], object]


def meeting(record_id: str) -> Callable[[Dataset], Meeting]:
    return lambda ds: typing.cast("Meeting", ds.get(record_id))


def attendance(record_id: str, official: str) -> Callable[[Dataset], Attendance]:
    return lambda ds: next(a for a in meeting(record_id)(ds).attendances if a.official == official)


def tenure(official: str, start: str) -> Callable[[Dataset], Tenure]:
    return lambda ds: next(t for t in ds.official(official).tenures if str(t.start) == start)


def source(url: str) -> Callable[[Dataset], Source]:
    return lambda ds: next(s for _, _, s in ds.citations() if s.url == url)


def record(record_id: str) -> Callable[[Dataset], Any]:
    return lambda ds: ds.get(record_id)


SOUTHERN_WEEKLY = "http://www.infzm.com/content/118446"
HUITE = "http://m.huite-sino.com/2016-09/19/content_39322678_2.htm"
CHINA_COM = "http://big5.china.com.cn/gate/big5/ydah.china.com.cn/2023-06/07/content_42399370.htm"

# (record, field, value in the shipped Simplified data, its Traditional form by hand)
SHIPPED = [
    pytest.param(
        meeting("symposium-2025"),
        "name",
        "2025年度长三角地区主要领导座谈会",
        "2025年度長三角地區主要領導座談會",
        id="Meeting.name",
    ),
    pytest.param(meeting("symposium-2009"), "city", "苏州", "蘇州", id="Meeting.city"),
    pytest.param(meeting("symposium-2024"), "city", "温州", "溫州", id="Meeting.city-2"),
    pytest.param(
        meeting("symposium-2022"),
        "theme",
        "共担新使命、同谱新篇章",
        "共擔新使命、同譜新篇章",
        id="Meeting.theme",
    ),
    pytest.param(
        meeting("symposium-2024"),
        "visits",
        ("三垟湿地", "中国眼谷", "正泰集团"),
        ("三垟溼地", "中國眼谷", "正泰集團"),
        id="Meeting.visits",
    ),
    pytest.param(
        meeting("symposium-2023"),
        "note",
        "Officials of 国家发展改革委 (unnamed) were invited. Next host not stated (2024 was"
        " held in Zhejiang).",
        "Officials of 國家發展改革委 (unnamed) were invited. Next host not stated (2024 was"
        " held in Zhejiang).",
        id="Meeting.note",
    ),
    pytest.param(
        attendance("forum-7", "xiao-weiming"),
        "title",
        "国家发展改革委副秘书长",
        "國家發展改革委副祕書長",
        id="Attendance.title",
    ),
    pytest.param(
        attendance("sti-centre-2026", "yin-hejun"),
        "title",
        "科技部部长",
        "科技部部長",
        id="Attendance.title-2",
    ),
    pytest.param(record("chen-jining"), "name", "陈吉宁", "陳吉寧", id="Official.name"),
    pytest.param(record("yin-hejun"), "title", "科技部部长", "科技部部長", id="Official.title"),
    pytest.param(
        tenure("li-xueyong", "2010-12-07"),
        "ended_by",
        "年满65岁辞职",
        "年滿65歲辭職",
        id="Tenure.ended_by",
    ),
    pytest.param(
        tenure("han-zheng", "2006-09-24"),
        "note",
        "代理书记 (acting secretary) while remaining mayor",
        "代理書記 (acting secretary) while remaining mayor",
        id="Tenure.note",
    ),
    pytest.param(
        source(SOUTHERN_WEEKLY), "publisher", "南方周末", "南方週末", id="Source.publisher"
    ),
    pytest.param(
        source(HUITE),
        "note",
        "浙江省代省长 in September 2016",
        "浙江省代省長 in September 2016",
        id="Source.note",
    ),
    pytest.param(
        source(CHINA_COM),
        "via",
        "安徽日报",
        "安徽日報",
        id="Source.via",
    ),
    pytest.param(
        record("outcome-005"),
        "title",
        "取消高速公路省界收费站合作协议",
        "取消高速公路省界收費站合作協議",
        id="Agreement.title",
    ),
    pytest.param(
        record("outcome-031"),
        "parties",
        ("上港集团", "浙江省海港集团"),
        ("上港集團", "浙江省海港集團"),
        id="Agreement.parties",
    ),
    pytest.param(
        record("outcome-002"),
        "note",
        "“审议并原则同意”.",
        "“審議並原則同意”.",
        id="Agreement.note",
    ),
    pytest.param(
        record("erratum-002"),
        "truth",
        "信长星时任江苏省委书记（2023年1月起），不是省委副书记",
        "信長星時任江蘇省委書記（2023年1月起），不是省委副書記",
        id="Erratum.truth",
    ),
    pytest.param(
        record("erratum-002"),
        "note",
        "The same article calls him 江苏省委书记 in its report of the symposium the day before,"
        " and seed 001 calls him 江苏省委书记 when describing this forum.",
        "The same article calls him 江蘇省委書記 in its report of the symposium the day before,"
        " and seed 001 calls him 江蘇省委書記 when describing this forum.",
        id="Erratum.note",
    ),
    pytest.param(
        lambda ds: ds.meta,
        "citation",
        "yrd-meetings contributors (2026). yrd-meetings: typed, sourced records of the Yangtze"
        " River Delta leaders' meetings (长三角地区主要领导座谈会 and 长三角一体化发展高层论坛)."
        " Data version 2026.12.01.",
        "yrd-meetings contributors (2026). yrd-meetings: typed, sourced records of the Yangtze"
        " River Delta leaders' meetings (長三角地區主要領導座談會 and 長三角一體化發展高層論壇)."
        " Data version 2026.12.01.",
        id="Meta.citation",
    ),
    # verbatim on purpose: the value is the same in both datasets
    pytest.param(record("erratum-001"), "says", "肖贵明", "肖贵明", id="Erratum.says-verbatim"),
    pytest.param(
        lambda ds: meeting("symposium-2025")(ds).sources[0],
        "quote",
        "6月6日至7日,2025年度长三角地区主要领导座谈会在江苏南京举行",
        "6月6日至7日,2025年度长三角地区主要领导座谈会在江苏南京举行",
        id="Source.quote-verbatim",
    ),
    pytest.param(
        record("chen-jining"), "pinyin", "Chen Jining", "Chen Jining", id="Official.pinyin"
    ),
    pytest.param(
        meeting("forum-8"), "part_of", "symposium-2026", "symposium-2026", id="Meeting.part_of"
    ),
]


@pytest.mark.parametrize(("get", "field", "simplified", "traditional"), SHIPPED)
def test_shipped_value_in_traditional(
    get: Getter, field: str, simplified: object, traditional: object
) -> None:
    assert getattr(get(load()), field) == simplified
    assert getattr(get(load(script="traditional")), field) == traditional


# The Hong Kong and Taiwan variants differ from OpenCC's standard glyphs in places.
@pytest.mark.parametrize(
    ("get", "field", "variant", "expected"),
    [
        pytest.param(
            meeting("symposium-2024"),
            "visits",
            "hk",
            ("三垟濕地", "中國眼谷", "正泰集團"),
            id="Meeting.visits-hk",
        ),
        pytest.param(
            meeting("symposium-2024"),
            "visits",
            "tw",
            ("三垟溼地", "中國眼谷", "正泰集團"),
            id="Meeting.visits-tw",
        ),
        pytest.param(
            attendance("forum-7", "xiao-weiming"),
            "title",
            "tw",
            "國家發展改革委副秘書長",
            id="Attendance.title-tw",
        ),
        pytest.param(record("shi-taifeng"), "name", "tw", "石泰峰", id="Official.name-tw"),
        pytest.param(
            record("shi-taifeng"), "name", "traditional", "石泰峯", id="Official.name-s2t"
        ),
    ],
)
def test_shipped_value_in_a_variant(
    get: Getter, field: str, variant: str, expected: object
) -> None:
    assert getattr(get(load(script=variant)), field) == expected  # type: ignore[arg-type]


# -- every str field of every record class, decided -------------------------------------

CONVERTED = "converted"
NAME = "converted as a name"  # the surname keeps its surname form: 范恒山 -> 范恆山

FIELDS: dict[tuple[type[Any], str], str] = {
    (Source, "seed"): "verbatim: a seed file name",
    (Source, "quote"): "verbatim: the source's own words, as printed",
    (Source, "url"): "verbatim: a URL",
    (Source, "publisher"): CONVERTED,
    (Source, "via"): CONVERTED,
    (Source, "note"): CONVERTED,
    (Tenure, "ended_by"): CONVERTED,
    (Tenure, "note"): CONVERTED,
    (Official, "id"): "verbatim: an id",
    (Official, "name"): NAME,
    (Official, "pinyin"): "verbatim: romanisation",
    (Official, "title"): CONVERTED,
    (Attendance, "official"): "verbatim: an official's id",
    (Attendance, "title"): CONVERTED,
    (Meeting, "id"): "verbatim: an id",
    (Meeting, "name"): CONVERTED,
    (Meeting, "city"): CONVERTED,
    (Meeting, "theme"): CONVERTED,
    (Meeting, "part_of"): "verbatim: a meeting's id",
    (Meeting, "visits"): CONVERTED,
    (Meeting, "note"): CONVERTED,
    (Agreement, "id"): "verbatim: an id",
    (Agreement, "title"): CONVERTED,
    (Agreement, "meeting"): "verbatim: a meeting's id",
    (Agreement, "parties"): CONVERTED,
    (Agreement, "note"): CONVERTED,
    (Erratum, "id"): "verbatim: an id",
    (Erratum, "record"): "verbatim: a record's id",
    (Erratum, "says"): "verbatim: the slip as the source prints it (it must stay in the quote)",
    (Erratum, "truth"): CONVERTED,
    (Erratum, "note"): CONVERTED,
    (Meta, "version"): "verbatim: a version number",
    (Meta, "licence"): "verbatim: SPDX licence names",
    (Meta, "citation"): CONVERTED,
    (Meta, "homepage"): "verbatim: a URL",
    (Meta, "description"): CONVERTED,
    (Alias, "old"): "verbatim: an id",
    (Alias, "new"): "verbatim: an id",
    (Alias, "until"): "verbatim: a version number",
}
STR_TYPES = (str, str | None, tuple[str, ...])


def _record_classes() -> list[type[Any]]:
    return [
        cls
        for module in (records, ids)
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if attrs.has(cls) and cls.__module__ == module.__name__
    ]


def _is_str(tp: Any) -> bool:
    """str, str | None or tuple[str, ...], an id type (`MeetingId`) counting as str."""
    args = typing.get_args(tp)
    if isinstance(tp, typing.NewType):
        return _is_str(tp.__supertype__)
    if args and typing.get_origin(tp) is not tuple:  # X | None
        return any(_is_str(a) for a in args if a is not type(None))
    return tp in STR_TYPES


def _str_fields() -> set[tuple[type[Any], str]]:
    found = set()
    for cls in _record_classes():
        hints = typing.get_type_hints(cls)
        found |= {(cls, f.name) for f in attrs.fields(cls) if _is_str(hints[f.name])}
    return found


def test_every_str_field_is_decided() -> None:
    assert {cls.__name__ for cls in _record_classes()} == {
        "Source",
        "Tenure",
        "Official",
        "Attendance",
        "Meeting",
        "Agreement",
        "Erratum",
        "Meta",
        "Alias",
    }
    found = _str_fields()
    undecided = sorted(f"{cls.__name__}.{name}" for cls, name in found - set(FIELDS))
    gone = sorted(f"{cls.__name__}.{name}" for cls, name in set(FIELDS) - found)
    assert (undecided, gone) == ([], [])


def _build(cls: type[Any], field: str, value: object) -> Any:
    if (cls, field) == (Source, "seed"):
        return make_source(url=None, seed=value, quote="本报讯")
    makers: dict[type[Any], Callable[..., Any]] = {
        Source: make_source,
        Tenure: make_tenure,
        Official: make_official,
        Attendance: make_attendance,
        Meeting: make_meeting,
        Agreement: make_agreement,
        Erratum: make_erratum,
        Meta: lambda **kw: Meta(**{"version": "1", "licence": "MIT", "citation": "c", **kw}),
        Alias: lambda **kw: Alias(**{"old": "a-1", "new": "b-1", "until": "0.3.0", **kw}),
    }
    return makers[cls](**{field: value})


# Where each record sits in a dataset, to convert it as part of one.
def _in_dataset(cls: type[Any], rec: Any) -> Dataset:
    if cls is Source:
        return make_dataset(meetings=(make_meeting(sources=(rec,)),))
    if cls is Tenure:
        return make_dataset(officials=(make_official(tenures=(rec,)),))
    if cls is Attendance:
        return make_dataset(meetings=(make_meeting(attendances=(rec,)),))
    table = {Official: "officials", Meeting: "meetings", Agreement: "agreements", Erratum: "errata"}
    table[Alias] = "aliases"
    if cls is Meta:
        return make_dataset(meta=rec)
    return make_dataset(**{table[cls]: (rec,)})


def _out_of_dataset(cls: type[Any], ds: Dataset) -> Any:
    if cls is Source:
        return ds.meetings[0].sources[0]
    if cls is Tenure:
        return ds.officials[0].tenures[0]
    if cls is Attendance:
        return ds.meetings[0].attendances[0]
    if cls is Meta:
        return ds.meta
    table = {Official: "officials", Meeting: "meetings", Agreement: "agreements", Erratum: "errata"}
    table[Alias] = "aliases"
    return getattr(ds, table[cls])[0]


# Simplified sample values and their Traditional forms, by hand.
SAMPLE = {"str": ("发展报告", "發展報告"), "name": ("范恒山", "范恆山")}


def _field_params() -> list[Any]:
    return [
        pytest.param(cls, field, decision, id=f"{cls.__name__}.{field}")
        for (cls, field), decision in sorted(FIELDS.items(), key=lambda kv: kv[0][0].__name__)
    ]


@pytest.mark.parametrize(("cls", "field", "decision"), _field_params())
def test_field_converts_or_stays_verbatim(cls: type[Any], field: str, decision: str) -> None:
    simplified, traditional = SAMPLE["name" if decision == NAME else "str"]
    is_tuple = typing.get_type_hints(cls)[field] == tuple[str, ...]
    wrap = (lambda s: (s, "国务院")) if is_tuple else (lambda s: s)
    trad_other = "國務院"
    rec = _build(cls, field, wrap(simplified))
    if decision.startswith("verbatim"):
        want_trad = wrap(simplified)
    else:
        want_trad = (traditional, trad_other) if is_tuple else traditional
    # one record, and the record inside a dataset
    assert getattr(to_traditional(rec), field) == want_trad
    in_traditional = _out_of_dataset(cls, to_traditional(_in_dataset(cls, rec)))
    assert getattr(in_traditional, field) == want_trad
    # and back: a converted field returns to Simplified, a verbatim one keeps what it has
    back = to_simplified(_build(cls, field, want_trad))
    assert getattr(back, field) == (wrap(simplified) if decision != NAME else simplified)


@pytest.mark.parametrize(
    ("cls", "field"),
    [pytest.param(c, f, id=f"{c.__name__}.{f}") for (c, f), d in FIELDS.items() if d[0] == "v"],
)
def test_verbatim_fields_are_identical_in_the_traditional_data(cls: type[Any], field: str) -> None:
    def values(ds: Dataset) -> list[object]:
        found: list[object] = []

        def walk(value: Any) -> None:
            if isinstance(value, tuple):
                for item in value:
                    walk(item)
            elif attrs.has(type(value)):
                if type(value) is cls:
                    found.append(getattr(value, field))
                for f in attrs.fields(type(value)):
                    walk(getattr(value, f.name))

        walk((ds.meta, ds.meetings, ds.officials, ds.agreements, ds.errata, ds.aliases))
        return found

    simplified, traditional = values(load()), values(load(script="traditional"))
    assert simplified == traditional
    assert len(simplified) >= 1


@pytest.mark.parametrize(
    "cls",
    [
        pytest.param(c, id=c.__name__)
        for c in (Source, Tenure, Official, Attendance, Meeting, Agreement, Erratum, Meta, Alias)
    ],
)
def test_convert_declares_the_same_decisions(cls: type[Any]) -> None:
    """convert.py's own lists (which drive the conversion) agree with the table above."""
    from yrd_meetings.convert import NAME_FIELDS, NON_TEXT_FIELDS, TEXT_FIELDS

    converted = {f for (c, f), d in FIELDS.items() if c is cls and d in (CONVERTED, NAME)}
    verbatim = {f for (c, f), d in FIELDS.items() if c is cls and d.startswith("verbatim")}
    names = {f for (c, f), d in FIELDS.items() if c is cls and d == NAME}
    assert (set(TEXT_FIELDS[cls]), set(NON_TEXT_FIELDS[cls])) == (converted, verbatim)
    assert {f for c, f in NAME_FIELDS if c is cls} == names


def test_a_traditional_dataset_breaks_the_same_rules() -> None:
    from yrd_meetings import validate
    from yrd_meetings.records import Confidence, OutletKind

    wire_twice = make_dataset(
        meetings=(
            make_meeting(
                sources=(
                    make_source(
                        url="https://a.example/1",
                        publisher="a.example",
                        outlet=OutletKind.REPOST,
                        via="新华社",
                        confidence=Confidence.CONFIRMED,
                    ),
                    make_source(
                        url="https://b.example/2",
                        publisher="新华社",
                        confidence=Confidence.CONFIRMED,
                    ),
                )
            ),
        )
    )
    rules = [p.rule for p in validate(wire_twice)]
    assert rules == ["confirmed-by-two"]
    assert [p.rule for p in validate(to_traditional(wire_twice))] == rules


def test_a_tuple_of_str_not_listed_stays_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    # a tuple[str] field that is not declared text (a future id list) must not convert
    from types import MappingProxyType

    from yrd_meetings import convert
    from yrd_meetings.testing import make_meeting

    without = {**convert.TEXT_FIELDS, Meeting: convert.TEXT_FIELDS[Meeting] - {"visits"}}
    monkeypatch.setattr(convert, "TEXT_FIELDS", MappingProxyType(without))
    meeting = make_meeting(visits=("发展报告",), theme="发展报告")
    converted = convert.to_traditional(meeting)
    assert (converted.visits, converted.theme) == (("发展报告",), "發展報告")
