"""The record types: frozen, slotted, keyword-only; enums; sources; the codec."""

from __future__ import annotations

import attrs
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
        Source("https://example.org")  # type: ignore[misc]


def test_province_facts() -> None:
    assert [p.value for p in Province] == ["CN-SH", "CN-JS", "CN-ZJ", "CN-AH"]
    assert [p.gb_code for p in Province] == ["310000", "320000", "330000", "340000"]
    assert Province("CN-ZJ").name_zh == "浙江" and Province.ZHEJIANG.full_name_zh == "浙江省"
    assert Province.ANHUI.name_en == "Anhui" and Province.ANHUI.abbreviation == "皖"
    assert str(Province.SHANGHAI) == "CN-SH"


def test_post_titles() -> None:
    assert Post.GOVERNOR.title_zh(Province.SHANGHAI) == "市长"
    assert Post.GOVERNOR.title_zh(Province.ANHUI) == "省长"
    assert Post.PARTY_SECRETARY.title_zh(Province.SHANGHAI) == "市委书记"
    assert Post.PARTY_SECRETARY.title_zh(Province.JIANGSU) == "省委书记"
    with pytest.raises(ValueError):
        Post("mayor")


def test_source_needs_exactly_one_origin_and_seed_quotes() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Source()
    with pytest.raises(ValueError, match="exactly one"):
        Source(seed="000_5101c8e2da40accb.txt", quote="南京", url="https://example.org")
    with pytest.raises(ValueError, match="quote"):
        Source(seed="000_5101c8e2da40accb.txt")
    s = Source(seed="000_5101c8e2da40accb.txt", quote="南京")
    assert (s.kind, s.ref) == ("seed", "000_5101c8e2da40accb.txt")


def test_sequences_become_tuples_and_a_str_is_refused() -> None:
    m = Meeting(id="x", kind=records.MeetingKind.OTHER, name="x", visits=["甲", "乙"])  # type: ignore[arg-type]
    assert m.visits == ("甲", "乙")
    with pytest.raises(TypeError, match="single str"):
        Meeting(id="x", kind=records.MeetingKind.OTHER, name="x", visits="甲乙")  # type: ignore[arg-type]


def test_codec_omits_defaults_and_names_bad_paths() -> None:
    assert codec.unstructure(Source(url="u")) == {"url": "u"}
    with pytest.raises(Exception) as info:
        codec.structure({"post": "mayor", "province": "CN-SH", "start": "2020"}, Tenure)
    import cattrs

    assert any("$.post" in m for m in cattrs.transform_error(info.value))
    with pytest.raises(cattrs.BaseValidationError):
        codec.structure({"url": "u", "colour": "red"}, Source)


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
