"""The record types: frozen, slotted, keyword-only; enums; sources; the codec."""

from __future__ import annotations

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from yrd_meetings import codec, load, records
from yrd_meetings.records import (
    Agreement,
    Attendance,
    Erratum,
    Meeting,
    Meta,
    Official,
    Post,
    Province,
    Source,
    Tenure,
)
from yrd_meetings.testing import make_attendance, make_erratum, make_source, make_tenure

RECORD_TYPES = [Source, Tenure, Official, Attendance, Meeting, Agreement, Erratum, Meta]


@pytest.mark.parametrize("cls", RECORD_TYPES)
def test_frozen_slotted_keyword_only(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert all(f.kw_only for f in attrs.fields(cls))
    for field in attrs.fields(cls):
        assert "list" not in str(field.type), f"{cls.__name__}.{field.name} should be a tuple"


def test_records_cannot_change() -> None:
    source = Source(url="https://example.org")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        source.url = "https://example.com"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Source("https://example.org")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("province", "facts"),
    [
        pytest.param(
            Province.SHANGHAI,
            ("CN-SH", "310000", "上海", "上海市", "Shanghai", "沪", "上海"),
            id="shanghai",
        ),
        pytest.param(
            Province.JIANGSU,
            ("CN-JS", "320000", "江苏", "江苏省", "Jiangsu", "苏", "南京"),
            id="jiangsu",
        ),
        pytest.param(
            Province.ZHEJIANG,
            ("CN-ZJ", "330000", "浙江", "浙江省", "Zhejiang", "浙", "杭州"),
            id="zhejiang",
        ),
        pytest.param(
            Province.ANHUI, ("CN-AH", "340000", "安徽", "安徽省", "Anhui", "皖", "合肥"), id="anhui"
        ),
    ],
)
def test_province_facts(province: Province, facts: tuple[str, ...]) -> None:
    assert (
        str(province),
        province.gb_code,
        province.name_zh,
        province.full_name_zh,
        province.name_en,
        province.abbreviation,
        province.capital,
    ) == facts
    assert Province(facts[0]) is province


def test_provinces_in_order() -> None:
    assert [p.value for p in Province] == ["CN-SH", "CN-JS", "CN-ZJ", "CN-AH"]


@pytest.mark.parametrize(
    ("post", "province", "title"),
    [
        pytest.param(Post.GOVERNOR, Province.SHANGHAI, "市长", id="shanghai-mayor"),
        pytest.param(Post.PARTY_SECRETARY, Province.SHANGHAI, "市委书记", id="shanghai-secretary"),
        pytest.param(Post.GOVERNOR, Province.JIANGSU, "省长", id="jiangsu-governor"),
        pytest.param(Post.PARTY_SECRETARY, Province.JIANGSU, "省委书记", id="jiangsu-secretary"),
        pytest.param(Post.GOVERNOR, Province.ZHEJIANG, "省长", id="zhejiang-governor"),
        pytest.param(Post.PARTY_SECRETARY, Province.ANHUI, "省委书记", id="anhui-secretary"),
    ],
)
def test_post_titles(post: Post, province: Province, title: str) -> None:
    assert post.title_zh(province) == title


def test_unknown_post() -> None:
    with pytest.raises(ValueError, match="'mayor' is not a valid Post"):
        Post("mayor")


# str() of every enum member is its value, as the exports and messages print it
@pytest.mark.parametrize(
    ("member", "text"),
    [
        pytest.param(Post.PARTY_SECRETARY, "party_secretary", id="Post"),
        pytest.param(records.MeetingKind.SYMPOSIUM, "symposium", id="MeetingKind"),
        pytest.param(records.Role.REPORTED, "reported", id="Role"),
        pytest.param(records.AgreementKind.UNVEILED, "unveiled", id="AgreementKind"),
        pytest.param(records.Confidence.INFERRED, "inferred", id="Confidence"),
        pytest.param(records.OutletKind.STATE_MEDIA, "state_media", id="OutletKind"),
        pytest.param(records.Gender.FEMALE, "female", id="Gender"),
        pytest.param(Province.ANHUI, "CN-AH", id="Province"),
    ],
)
def test_enum_str_is_its_value(member: object, text: str) -> None:
    assert str(member) == text
    assert f"{member}" == text


@pytest.mark.parametrize(
    ("outlet", "can_confirm"),
    [
        pytest.param(records.OutletKind.GOVERNMENT, True, id="government"),
        pytest.param(records.OutletKind.STATE_MEDIA, True, id="state_media"),
        pytest.param(records.OutletKind.NEWSPAPER, True, id="newspaper"),
        pytest.param(records.OutletKind.COMMERCIAL_MEDIA, True, id="commercial_media"),
        pytest.param(records.OutletKind.PARTISAN_MEDIA, True, id="partisan_media"),
        pytest.param(records.OutletKind.ORGANISATION, True, id="organisation"),
        pytest.param(records.OutletKind.REPOST, True, id="repost"),
        pytest.param(records.OutletKind.BLOG, False, id="blog"),
        pytest.param(records.OutletKind.ENCYCLOPEDIA, False, id="encyclopedia"),
        pytest.param(records.OutletKind.DATASET, False, id="dataset"),
    ],
)
def test_which_outlets_can_confirm(outlet: records.OutletKind, can_confirm: bool) -> None:
    assert outlet.can_confirm is can_confirm


@pytest.mark.parametrize(
    ("source", "kind", "ref", "origin"),
    [
        pytest.param(
            Source(seed="000_5101c8e2da40accb.txt", quote="南京"),
            "seed",
            "000_5101c8e2da40accb.txt",
            None,
            id="seed",
        ),
        pytest.param(
            Source(url="https://example.org/a", publisher="某网"),
            "url",
            "https://example.org/a",
            "某网",
            id="url-publisher",
        ),
        pytest.param(
            Source(url="https://example.org/a", publisher="某网", via="新华社"),
            "url",
            "https://example.org/a",
            "新华社",
            id="url-via",
        ),
        pytest.param(
            Source(url="https://example.org/a", via="新华社"),
            "url",
            "https://example.org/a",
            "新华社",
            id="url-via-only",
        ),
        pytest.param(Source(url="u"), "url", "u", None, id="url-bare"),
    ],
)
def test_source_kind_ref_origin(source: Source, kind: str, ref: str, origin: str | None) -> None:
    assert (source.kind, source.ref, source.origin) == (kind, ref, origin)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param({}, "a Source names exactly one of seed or url", id="neither"),
        pytest.param(
            {"seed": "000_5101c8e2da40accb.txt", "quote": "南京", "url": "https://example.org"},
            "a Source names exactly one of seed or url",
            id="both",
        ),
        pytest.param(
            {"seed": "000_5101c8e2da40accb.txt"},
            "a seed Source needs a verbatim quote (seed 000_5101c8e2da40accb.txt)",
            id="seed-without-quote",
        ),
        pytest.param(
            {"seed": "000_5101c8e2da40accb.txt", "quote": ""},
            "a seed Source needs a verbatim quote (seed 000_5101c8e2da40accb.txt)",
            id="seed-with-empty-quote",
        ),
    ],
)
def test_source_needs_exactly_one_origin_and_seed_quotes(
    fields: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError) as info:
        Source(**fields)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_a_url_source_needs_no_quote() -> None:
    assert Source(url="https://example.org").quote is None


@pytest.mark.parametrize(
    ("cls", "fields", "name"),
    [
        pytest.param(
            Meeting,
            {"id": "x", "kind": records.MeetingKind.OTHER, "name": "x"},
            "visits",
            id="Meeting.visits",
        ),
        pytest.param(
            Agreement,
            {"id": "x", "title": "x", "kind": records.AgreementKind.SIGNED, "meeting": "m"},
            "parties",
            id="Agreement.parties",
        ),
    ],
)
def test_sequences_become_tuples_and_a_str_is_refused(
    cls: type, fields: dict[str, object], name: str
) -> None:
    assert getattr(cls(**fields, **{name: ["甲", "乙"]}), name) == ("甲", "乙")
    assert getattr(cls(**fields, **{name: iter(["甲"])}), name) == ("甲",)
    with pytest.raises(TypeError, match=r"^expected a sequence of strings, got a single str$"):
        cls(**fields, **{name: "甲乙"})


@pytest.mark.parametrize(
    ("record", "name"),
    [
        pytest.param(
            Official(id="x", name="x", pinyin="x", tenures=[make_tenure()]),
            "tenures",
            id="Official.tenures",
        ),
        pytest.param(
            Official(id="x", name="x", pinyin="x", sources=[make_source()]),
            "sources",
            id="Official.sources",
        ),
        pytest.param(
            Meeting(
                id="x", kind=records.MeetingKind.OTHER, name="x", attendances=[make_attendance()]
            ),
            "attendances",
            id="Meeting.attendances",
        ),
        pytest.param(make_tenure(sources=[make_source()]), "sources", id="Tenure.sources"),
        pytest.param(make_erratum(evidence=[make_source()]), "evidence", id="Erratum.evidence"),
    ],
)
def test_record_lists_become_tuples(record: object, name: str) -> None:
    value = getattr(record, name)
    assert type(value) is tuple and len(value) == 1


def test_codec_omits_defaults_and_names_bad_paths() -> None:
    assert codec.unstructure(Source(url="u")) == {"url": "u"}
    with pytest.raises(cattrs.BaseValidationError) as info:
        codec.structure({"post": "mayor", "province": "CN-SH", "start": "2020"}, Tenure)
    assert codec.problems(info.value, path="officials.json$") == [
        "officials.json$.post: expected one of 'party_secretary', 'governor', got 'mayor'"
    ]
    with pytest.raises(cattrs.BaseValidationError) as info:
        codec.structure({"url": "u", "colour": "red"}, Source)
    assert codec.problems(info.value, path="x$") == ["x$: unknown key 'colour'"]


ALL_RECORDS = [
    *load().meetings,
    *load().officials,
    *load().agreements,
    *load().errata,
]


@given(st.sampled_from(ALL_RECORDS))
def test_property_structure_unstructure_round_trip(record: object) -> None:
    plain = codec.unstructure(record)
    assert codec.structure(plain, type(record)) == record
    assert codec.unstructure(codec.structure(plain, type(record))) == plain


def test_data_dictionary_documents_every_field() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "data.md").read_text(encoding="utf-8")
    for cls in RECORD_TYPES:
        assert f"## {cls.__name__}" in doc
        for field in attrs.fields(cls):
            assert f"| `{field.name}` |" in doc, f"{cls.__name__}.{field.name}"


@pytest.mark.parametrize(
    ("key", "error", "message"),
    [
        pytest.param(3, TypeError, "province must be a Province or str, got int", id="lookup-int"),
        pytest.param(
            "CN-XX",
            ValueError,
            "unknown province 'CN-XX'; use CN-SH, CN-JS, CN-ZJ, CN-AH, a GB/T 2260 code such as"
            " 320000, or a name such as 江苏, 江苏省, 苏 or Jiangsu",
            id="lookup-unknown",
        ),
    ],
)
def test_province_lookup_errors(key: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error) as info:
        Province.lookup(key)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_province_call_takes_names_but_not_numbers() -> None:
    assert Province(" 江 苏 ") is Province.JIANGSU
    with pytest.raises(ValueError) as info:
        Province(3)
    assert str(info.value) == "3 is not a valid Province"
