"""Script conversion: strings, records, datasets; what converts and what never does."""

from __future__ import annotations

import concurrent.futures
import subprocess
import sys

import pytest
from export_helpers import get_dataset, packaged, sample_dataset
from hypothesis import given
from hypothesis import strategies as st

import yrd_meetings
from yrd_meetings import Dataset, Erratum, Official, Source, codec, load
from yrd_meetings.convert import (
    TARGETS,
    Variant,
    convert_text,
    to_simplified,
    to_traditional,
)
from yrd_meetings.dates import PartialDate
from yrd_meetings.validation import Problem

VARIANTS: tuple[Variant, ...] = ("traditional", "hk", "tw")

# OpenCC s2t of every official's name: pinned, so a data change shows in review.
NAMES_S2T = {
    "陈良宇": "陳良宇",
    "韩正": "韓正",
    "习近平": "習近平",
    "俞正声": "俞正聲",
    "李强": "李強",
    "陈吉宁": "陳吉寧",
    "杨雄": "楊雄",
    "应勇": "應勇",
    "龚正": "龔正",
    "李源潮": "李源潮",
    "梁保华": "梁保華",
    "罗志军": "羅志軍",
    "李学勇": "李學勇",
    "石泰峰": "石泰峯",  # OpenCC standard glyph; s2tw gives 石泰峰
    "娄勤俭": "婁勤儉",
    "吴政隆": "吳政隆",
    "信长星": "信長星",
    "许昆林": "許昆林",
    "刘小涛": "劉小濤",
    "吕祖善": "呂祖善",
    "赵洪祝": "趙洪祝",
    "夏宝龙": "夏寶龍",
    "车俊": "車俊",
    "袁家军": "袁家軍",
    "郑栅洁": "鄭柵潔",
    "易炼红": "易煉紅",
    "王浩": "王浩",
    "刘捷": "劉捷",
    "郭金龙": "郭金龍",
    "王金山": "王金山",
    "王三运": "王三運",
    "张宝顺": "張寶順",
    "李斌": "李斌",
    "王学军": "王學軍",
    "李锦斌": "李錦斌",
    "李国英": "李國英",
    "韩俊": "韓俊",
    "梁言顺": "梁言順",
    "王清宪": "王清憲",
    "肖渭明": "肖渭明",
    "阴和俊": "陰和俊",
    "连维良": "連維良",
    "马建堂": "馬建堂",
    "杨伟民": "楊偉民",
    "范恒山": "范恆山",  # surname kept: plain s2t gives 範恆山
}
THEMES_S2T = {
    "服务新发展格局、走在现代化前列": "服務新發展格局、走在現代化前列",
    "共担新使命、同谱新篇章": "共擔新使命、同譜新篇章",
    "携手高质量一体化、奋进中国式现代化": "攜手高質量一體化、奮進中國式現代化",
    "谱写长三角一体化新篇章 勇当中国式现代化先行者": (
        "譜寫長三角一體化新篇章 勇當中國式現代化先行者"
    ),
    "协同提升长三角区域创新能力，更好发挥高质量发展动力源作用": (
        "協同提升長三角區域創新能力，更好發揮高質量發展動力源作用"
    ),
    "协同提升长三角区域创新能力,更好发挥高质量发展动力源作用": (
        "協同提升長三角區域創新能力,更好發揮高質量發展動力源作用"
    ),
    "加快转型发展、推动产业转移": "加快轉型發展、推動產業轉移",
    "长三角：共筑强劲活跃增长极": "長三角：共築強勁活躍增長極",
    "积极参与“一带一路”和长江经济带国家战略，在新的起点上推进长三角地区协同发展": (
        "積極參與“一帶一路”和長江經濟帶國家戰略，在新的起點上推進長三角地區協同發展"
    ),
}


def test_pinned_strings() -> None:
    assert to_traditional("长三角一体化发展") == "長三角一體化發展"
    assert to_simplified("長三角一體化發展") == "长三角一体化发展"
    assert to_traditional("长三角地区主要领导座谈会") == "長三角地區主要領導座談會"


def test_variants_differ_where_they_should() -> None:
    assert to_traditional("里面", variant="traditional") == "裏面"
    assert to_traditional("里面", variant="hk") == "裏面"
    assert to_traditional("里面", variant="tw") == "裡面"
    assert to_traditional("台州") == "台州"


def test_no_vocabulary_swaps() -> None:
    # s2twp would give 軟體 and 資訊; we never use it
    assert to_traditional("软件信息", variant="tw") == "軟件信息"


@pytest.mark.parametrize("bad", ["s2twp", "simplified", "zh-Hant", ""])
def test_unknown_variant(bad: str) -> None:
    with pytest.raises(ValueError, match="unknown variant"):
        to_traditional("长三角", variant=bad)  # type: ignore[call-overload]


def test_convert_text_refuses_other_targets() -> None:
    with pytest.raises(ValueError, match="simplified, traditional, hk, tw"):
        convert_text("长三角", "s2twp")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("bad", "name"),
    [
        pytest.param(3, "int", id="int"),
        pytest.param(None, "NoneType", id="none"),
        pytest.param(b"\xe9\x95\xbf", "bytes", id="bytes"),
        pytest.param(["长三角"], "list", id="list"),
        pytest.param({"a": 1}, "dict", id="dict"),
        pytest.param(PartialDate.parse("2025"), "PartialDate", id="partial-date"),
        pytest.param(
            Problem(rule="r", record="x", message="m"),
            "Problem",
            id="attrs-class-that-is-no-record",
        ),
    ],
)
def test_type_errors(bad: object, name: str) -> None:
    message = f"^expected a str, a record, a tuple of records or a Dataset, got {name}$"
    with pytest.raises(TypeError, match=message):
        to_traditional(bad)
    with pytest.raises(TypeError, match=message):
        to_simplified(bad)


@pytest.mark.parametrize(
    ("bad", "name"), [pytest.param(3, "int", id="int"), pytest.param(None, "NoneType", id="none")]
)
def test_convert_text_type_error(bad: object, name: str) -> None:
    with pytest.raises(TypeError, match=f"^expected a str, got {name}$"):
        convert_text(bad, "traditional")  # type: ignore[arg-type]


def test_a_foreign_record_nested_in_a_record_is_refused() -> None:
    problem = Problem(rule="r", record="x", message="m")
    odd = Official(id="x", name="某人", pinyin="x", sources=(problem,))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^cannot convert the script of a Problem$"):
        to_traditional(odd)


def test_ascii_passes_through_untouched() -> None:
    assert to_traditional("chen-jining") == "chen-jining"
    assert to_traditional("") == ""


def test_ascii_and_empty_text_never_reach_opencc(monkeypatch: pytest.MonkeyPatch) -> None:
    from yrd_meetings.text import script

    def refuse(*args: object) -> str:
        raise AssertionError(f"opencc called with {args!r}")

    monkeypatch.setattr(script, "to_traditional", refuse)
    monkeypatch.setattr(script, "to_simplified", refuse)
    for target in TARGETS:
        assert convert_text("Chen Jining, 2025-06-06", target) == "Chen Jining, 2025-06-06"
        assert convert_text("", target) == ""


def test_a_record_with_nothing_to_convert_is_returned_as_is() -> None:
    o = Official(id="x", name="Li", pinyin="Li", title="CEO")
    assert to_traditional(o) is o
    assert to_simplified(o) is o


def test_the_erratum_source_converts_too() -> None:
    slip = Source(url="https://example.org/a", publisher="新华社", quote="上海市委书记测试关员")
    e = Erratum(id="e", record="x", says="测试关员", truth="测试官员", source=slip)
    t = to_traditional(e)
    assert (t.source.publisher, t.source.quote, t.truth, t.says) == (
        "新華社",
        "上海市委书记测试关员",
        "測試官員",
        "测试关员",
    )


def test_public_names() -> None:
    assert yrd_meetings.to_traditional is to_traditional
    assert yrd_meetings.to_simplified is to_simplified


def test_official_record() -> None:
    o = Official(
        id="chen-jining",
        name="陈吉宁",
        pinyin="Chen Jining",
        title="上海市委书记",
        birth=PartialDate.parse("1964-02"),
        sources=(Source(seed="000_5101c8e2da40accb.txt", quote="上海市委书记陈吉宁"),),
    )
    t = to_traditional(o)
    assert (t.id, t.name, t.pinyin, t.title) == (
        "chen-jining",
        "陳吉寧",
        "Chen Jining",
        "上海市委書記",
    )
    assert t.birth == o.birth
    assert t.sources[0].seed == "000_5101c8e2da40accb.txt"
    assert t.sources[0].quote == "上海市委书记陈吉宁"  # verbatim source text stays as printed
    assert to_simplified(t) == o
    assert to_traditional((o, o)) == (t, t)


def test_surnames_keep_their_surname_form() -> None:
    for name, expected in [("范恒山", "范恆山"), ("余建华", "余建華"), ("钟山", "鍾山")]:
        o = Official(id="x", name=name, pinyin="x")
        assert to_traditional(o).name == expected
        assert to_simplified(to_traditional(o)).name == name
        assert to_simplified(o).name == name  # the surname map is for Traditional targets only


def _skeleton(value: object) -> object:
    """The JSON form of a dataset with every string that holds Chinese text blanked: what
    conversion must leave alone (ids, URLs, pinyin, dates, enum values, numbers, shape)."""
    if isinstance(value, dict):
        return {k: _skeleton(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_skeleton(v) for v in value]
    if isinstance(value, str) and any("\u4e00" <= ch <= "\u9fff" for ch in value):
        return "<text>"
    return value


def _dataset_skeleton(ds: Dataset) -> object:
    return _skeleton(
        {
            "meta": codec.unstructure(ds.meta),
            "meetings": codec.unstructure(ds.meetings),
            "officials": codec.unstructure(ds.officials),
            "agreements": codec.unstructure(ds.agreements),
            "errata": codec.unstructure(ds.errata),
        }
    )


@pytest.mark.parametrize("which", ["sample", "packaged"])
@pytest.mark.parametrize("variant", ["traditional", "hk", "tw"])
def test_dataset_conversion_touches_text_only(which: str, variant: Variant) -> None:
    ds = get_dataset(which)
    t = to_traditional(ds, variant=variant)
    assert isinstance(t, Dataset)
    assert _dataset_skeleton(t) == _dataset_skeleton(ds)
    assert t != ds  # something was converted


def test_sample_dataset_round_trips() -> None:
    ds = sample_dataset()
    t = to_traditional(ds)
    assert t.official("chen-jining").name == "陳吉寧"
    assert t.meeting(2025).city == "南京"  # 南京 is the same in both scripts
    assert t.meeting(2025).name == "2025年度長三角地區主要領導座談會"
    assert to_simplified(t) == ds


def test_load_traditional_pinned() -> None:
    packaged()
    assert load(script="traditional").official("chen-jining").name == "陳吉寧"
    assert load(script="hk").official("chen-jining").name == "陳吉寧"
    assert load(script="traditional") is load(script="traditional")


def test_every_official_name_is_pinned() -> None:
    ds = packaged()
    t = load(script="traditional")
    unpinned = sorted(o.name for o in ds.officials if o.name not in NAMES_S2T)
    assert not unpinned, f"pin the s2t conversion of {unpinned} in NAMES_S2T"
    for before, after in zip(ds.officials, t.officials, strict=True):
        assert after.name == NAMES_S2T[before.name]


def test_every_theme_is_pinned() -> None:
    ds = packaged()
    t = load(script="traditional")
    themes = sorted({m.theme for m in ds.meetings if m.theme} - set(THEMES_S2T))
    assert not themes, f"pin the s2t conversion of {themes} in THEMES_S2T"
    for before, after in zip(ds.meetings, t.meetings, strict=True):
        if before.theme:
            assert after.theme == THEMES_S2T[before.theme]


@given(
    name=st.sampled_from(sorted(NAMES_S2T)), variant=st.sampled_from(["traditional", "hk", "tw"])
)
def test_pinned_names_round_trip(name: str, variant: Variant) -> None:
    o = Official(id="x", name=name, pinyin="x")
    converted = to_traditional(o, variant=variant)
    if variant == "traditional":
        assert converted.name == NAMES_S2T[name]
    assert to_simplified(converted).name == name


def test_every_packaged_name_round_trips() -> None:
    ds = packaged()
    for o in ds.officials:
        for variant in VARIANTS:
            assert to_simplified(to_traditional(o, variant=variant)).name == o.name


def test_threads_share_one_converter() -> None:
    # plain text, not names: 范恒山 as text is 範恆山, so it is left out here
    pinned = {name: trad for name, trad in NAMES_S2T.items() if name != "范恒山"}
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        out = list(pool.map(to_traditional, list(pinned) * 20))
    assert out == list(pinned.values()) * 20


def test_import_and_load_stay_light() -> None:
    code = (
        "import sys, yrd_meetings\n"
        "try:\n    yrd_meetings.load()\nexcept yrd_meetings.DataError:\n    pass\n"
        "heavy = {'opencc', 'jieba', 'pandas'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "import yrd_meetings.convert, yrd_meetings.export, yrd_meetings.cli\n"
        "heavy = {'opencc', 'jieba', 'pandas'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_traditional_dataset_still_validates() -> None:
    from yrd_meetings import load, validate

    assert validate(load(script="traditional")) == ()
