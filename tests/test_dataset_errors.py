"""Every refusal of a `Dataset` look-up, by its exact message, on the small hand-built
dataset (`export_helpers.sample_dataset`: symposiums 2009 and 2025, forum 7, version
"test", so `as_of` is the last day a record names, 2025-06-07)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from export_helpers import sample_dataset

from yrd_meetings import Dataset, Meeting, MeetingKind, Meta, Official, OutOfPeriodError
from yrd_meetings.ids import Alias

ASK = "(allow_beyond=True, or --allow-beyond, asks anyway)"
OFFICIALS = (
    "chen-jining (陈吉宁), fan-hengshan (范恒山), gong-zheng (龚正), liang-yanshun (梁言顺), "
    "liu-jie (刘捷), wang-hao (王浩), wang-qingxian (王清宪), xin-changxing (信长星), "
    "xu-kunlin (许昆林)"
)


@pytest.fixture(scope="module")
def ds() -> Dataset:
    """The sample dataset, built afresh."""
    return sample_dataset()


def message(error: BaseException) -> str:
    """The text an exception was raised with (a KeyError's `str` adds quotes)."""
    text = error.args[0]
    assert isinstance(text, str)
    return text


LOOKUPS: list[tuple[str, tuple[Any, ...], type[Exception], str]] = [
    ("get", (7,), TypeError, "record id must be a str, got int"),
    ("get", (None,), TypeError, "record id must be a str, got NoneType"),
    ("get", ("symposium-2026",), KeyError, "no record with id 'symposium-2026'"),
    ("meeting", ("2025",), TypeError, "year must be an int, got str '2025'"),
    ("meeting", (2010,), KeyError, "no symposium for year 2010; years with one: 2009, 2025"),
    ("forum", (7.0,), TypeError, "edition must be an int, got float 7.0"),
    ("forum", (3,), KeyError, "no forum with edition 3; editions: 7"),
    ("meetings_in", (True,), TypeError, "year must be an int, got bool True"),
    ("official", (5,), TypeError, "official key must be a str, got int"),
    ("official", ("nobody",), KeyError, f"no official 'nobody'; officials: {OFFICIALS}"),
    ("attendees", (5,), TypeError, "meeting must be a Meeting or its id, got int"),
    ("agreements_of", (None,), TypeError, "meeting must be a Meeting or its id, got NoneType"),
    ("agreements_of", ("chen-jining",), KeyError, "'chen-jining' is not a meeting id"),
    ("meetings_of", ("Nobody",), KeyError, f"no official 'Nobody'; officials: {OFFICIALS}"),
]


def _official(oid: str, name: str, pinyin: str) -> Official:
    fields: dict[str, Any] = {"id": oid, "name": name, "pinyin": pinyin}
    return Official(**fields)


def test_an_ambiguous_key_names_every_id() -> None:
    """Two people of one name: the key is refused, the ids listed in id order."""
    meta = Meta(version="test", licence="CC-BY-4.0", citation="测试")
    twins = (_official("wang-hao-b", "王浩", "Wang Hao"), _official("wang-hao", "王浩", "Wang Hao"))
    ds = Dataset(meta=meta, meetings=(), officials=twins, agreements=(), errata=())
    with pytest.raises(KeyError) as info:
        ds.official("王浩")
    assert message(info.value) == "'王浩' is ambiguous; use one of the ids: wang-hao, wang-hao-b"
    assert ds.official("wang-hao-b").id == "wang-hao-b"


def test_a_missing_forum_names_every_edition() -> None:
    """Editions in order, comma-separated."""
    meta = Meta(version="test", licence="CC-BY-4.0", citation="测试")
    fields: list[dict[str, Any]] = [
        {"id": f"forum-{n}", "kind": MeetingKind.FORUM, "name": "论坛", "edition": n}
        for n in (7, 3, 12)
    ]
    forums = [Meeting(**f) for f in fields]
    ds = Dataset(meta=meta, meetings=forums, officials=(), agreements=(), errata=())
    with pytest.raises(KeyError) as info:
        ds.forum(5)
    assert message(info.value) == "no forum with edition 5; editions: 3, 7, 12"


DAY = datetime.date(2025, 6, 8)
HOLDER_REFUSALS: list[tuple[str, tuple[Any, ...], type[Exception], str]] = [
    (
        "holder",
        ("CN-SH", "mayor", DAY),
        ValueError,
        "unknown post 'mayor'; accepted: 'party_secretary', 'governor'",
    ),
    ("holder", ("CN-SH", 1, DAY), TypeError, "post must be a Post or str, got int"),
    (
        "holder",
        ("CN-SH", "governor", "2025-06-08"),
        TypeError,
        "on must be a datetime.date, got str",
    ),
    (
        "holder",
        ("CN-SH", "governor", DAY),
        OutOfPeriodError,
        "2025-06-08 is after the data's as_of date 2025-06-07 (data version test): "
        f"the data cannot say who held the post then {ASK}",
    ),
    (
        "holder",
        ("CN-SH", "governor", datetime.datetime(2008, 12, 31, 23, 59)),
        OutOfPeriodError,
        "2008-12-31 is before the data's coverage, which starts on 2009-01-01: "
        f"the data does not say who held the post then {ASK}",
    ),
    (
        "holders",
        ("上海", "governor", "2008"),
        OutOfPeriodError,
        "2008 is before the data's coverage, which starts on 2009-01-01: "
        f"the data does not say who held the post then {ASK}",
    ),
    (
        "holders",
        ("上海", "governor", "2025-07"),
        OutOfPeriodError,
        "2025-07 is after the data's as_of date 2025-06-07 (data version test): "
        f"the data cannot say who held the post then {ASK}",
    ),
    (
        "holders",
        ("上海", "Governor", "2025"),
        ValueError,
        "unknown post 'Governor'; accepted: 'party_secretary', 'governor'",
    ),
    ("holders", ("上海", None, "2025"), TypeError, "post must be a Post or str, got NoneType"),
]


@pytest.mark.parametrize(("method", "args", "error", "text"), LOOKUPS + HOLDER_REFUSALS)
def test_lookup_refusals(
    ds: Dataset, method: str, args: tuple[Any, ...], error: type[Exception], text: str
) -> None:
    """The exception and its exact message: the value, the post, the day, and the
    period with the data version."""
    with pytest.raises(error) as info:
        getattr(ds, method)(*args)
    assert message(info.value) == text


def test_allow_beyond_answers_outside_the_period(ds: Dataset) -> None:
    """Past `as_of`, the answer from the tenures as they stand."""
    assert ds.period == (datetime.date(2009, 1, 1), datetime.date(2025, 6, 7))
    found = ds.holder("CN-SH", "governor", DAY, allow_beyond=True)
    assert found is not None
    assert found.id == "gong-zheng"
    during = ds.holders("上海", "governor", "2025-07", allow_beyond=True)
    assert [h.official.id for h in during] == ["gong-zheng"]


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        ("symposium-2025", ["agreement-2025-1"]),
        ("forum-7", ["agreement-forum-7-1"]),
        ("symposium-2009", []),
    ],
)
def test_agreements_of_is_empty_for_a_meeting_without_any(
    ds: Dataset, meeting: str, expected: list[str]
) -> None:
    """A tuple each time, empty when the meeting has none."""
    found = ds.agreements_of(meeting)
    assert isinstance(found, tuple)
    assert [a.id for a in found] == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("chen-jining", ["symposium-2025"]),
        ("Xu Kunlin", ["symposium-2025"]),
        ("fan-hengshan", []),
    ],
)
def test_meetings_of_by_key_or_record(ds: Dataset, key: str, expected: list[str]) -> None:
    """By any key or by the Official record itself; none for someone never recorded."""
    assert [m.id for m in ds.meetings_of(key)] == expected
    assert [m.id for m in ds.meetings_of(ds.official(key))] == expected


def test_a_renamed_id_finds_the_record_with_a_warning() -> None:
    """The old id gives the renamed record, once, with a DeprecationWarning."""
    base = sample_dataset()
    alias = Alias(old="forum-seven", new="forum-7", until="0.3.0")
    ds = Dataset(
        meta=base.meta,
        meetings=base.meetings,
        officials=base.officials,
        agreements=base.agreements,
        errata=base.errata,
        aliases=(alias,),
    )
    with pytest.warns(
        DeprecationWarning, match="^id 'forum-seven' was renamed 'forum-7'"
    ) as caught:
        found = ds.get("forum-seven")
    assert found is ds.get("forum-7")
    assert [w.category for w in caught] == [DeprecationWarning]
