"""The look-up index and the coercions the query methods share, called directly.

`build_index` runs here afresh on small hand-built records, so these tests reach it
even where `load()` has long filled its cache.
"""

from __future__ import annotations

import datetime
import re
from types import MappingProxyType
from typing import Any

import pytest

from yrd_meetings import (
    Agreement,
    AgreementKind,
    Erratum,
    Meeting,
    MeetingKind,
    Official,
    PartialDate,
    Post,
    Source,
)
from yrd_meetings.ids import Alias
from yrd_meetings.index import (
    build_index,
    coerce_enum,
    find,
    meeting_sort_key,
    partial_date,
    require_int,
    sorted_agreements,
    sorted_aliases,
    sorted_errata,
    sorted_meetings,
    sorted_officials,
)

P = PartialDate.parse


def meeting(**fields: Any) -> Meeting:
    """A meeting with a name unless one is given."""
    return Meeting(**{"name": "座谈会", **fields})


def official(oid: str, name: str, pinyin: str) -> Official:
    """An official with nothing but its keys."""
    fields: dict[str, Any] = {"id": oid, "name": name, "pinyin": pinyin}
    return Official(**fields)


def agreement(aid: str, on: str, title: str = "协议") -> Agreement:
    """A signed agreement of the meeting `on`."""
    fields: dict[str, Any] = {
        "id": aid,
        "title": title,
        "kind": AgreementKind.SIGNED,
        "meeting": on,
    }
    return Agreement(**fields)


def erratum(eid: str) -> Erratum:
    """An erratum about symposium-2025."""
    fields: dict[str, Any] = {"id": eid, "record": "symposium-2025", "says": "a", "truth": "b"}
    return Erratum(**fields, source=Source(url="https://example.org/e"))


@pytest.mark.parametrize(
    ("value", "enum_cls", "what", "expected"),
    [
        (Post.GOVERNOR, Post, "post", Post.GOVERNOR),
        ("governor", Post, "post", Post.GOVERNOR),
        ("forum", MeetingKind, "kind", MeetingKind.FORUM),
    ],
)
def test_coerce_enum_takes_a_member_or_its_value(
    value: object, enum_cls: type[Any], what: str, expected: object
) -> None:
    """A member passes, its value is turned into it."""
    assert coerce_enum(value, enum_cls, what) is expected


@pytest.mark.parametrize(
    ("value", "enum_cls", "what", "error", "message"),
    [
        (
            "x",
            Post,
            "post",
            ValueError,
            "unknown post 'x'; accepted: 'party_secretary', 'governor'",
        ),
        (
            "Forum",
            MeetingKind,
            "kind",
            ValueError,
            "unknown kind 'Forum'; accepted: 'symposium', 'forum', 'other'",
        ),
        (3, Post, "post", TypeError, "post must be a Post or str, got int"),
        (None, MeetingKind, "kind", TypeError, "kind must be a MeetingKind or str, got NoneType"),
    ],
)
def test_coerce_enum_refusals_name_what_is_accepted(
    value: object, enum_cls: type[Any], what: str, error: type[Exception], message: str
) -> None:
    """The exact message: the value, and every accepted one."""
    with pytest.raises(error) as info:
        coerce_enum(value, enum_cls, what)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "year must be an int, got bool True"),
        ("2025", "year must be an int, got str '2025'"),
        (2025.0, "year must be an int, got float 2025.0"),
    ],
)
def test_require_int_refuses_everything_else(value: object, message: str) -> None:
    """bool is not an int here; the message shows the value."""
    with pytest.raises(TypeError, match=f"^{re.escape(message)}$"):
        require_int(value, "year")


def test_require_int_gives_the_int_back() -> None:
    """An int passes unchanged."""
    assert require_int(2025, "year") == 2025


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-06", P("2019-06")),
        ("2019", P("2019")),
        (datetime.date(2019, 6, 1), P("2019-06-01")),
        (datetime.date(2020, 2, 29), P("2020-02-29")),
    ],
)
def test_partial_date_reads_text_and_dates(value: str | datetime.date, expected: object) -> None:
    """ISO text keeps its precision; a date becomes a day."""
    assert partial_date(value) == expected


def test_partial_date_passes_a_partial_date_through() -> None:
    """The very object comes back."""
    month = P("2019-06")
    assert partial_date(month) is month


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (2019, "expected a PartialDate, date or ISO text, got int"),
        (None, "expected a PartialDate, date or ISO text, got NoneType"),
    ],
)
def test_partial_date_refusal_names_the_type(value: Any, message: str) -> None:
    """The exact message."""
    with pytest.raises(TypeError) as info:
        partial_date(value)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"id": "s", "kind": MeetingKind.SYMPOSIUM, "year": 2009, "start": P("2009-11")},
            (datetime.date(2009, 11, 1), 0, "s"),
        ),
        ({"id": "f", "kind": MeetingKind.FORUM, "edition": 7}, (datetime.date(7, 1, 1), 1, "f")),
        (
            {"id": "y", "kind": MeetingKind.SYMPOSIUM, "year": 2012},
            (datetime.date(2012, 1, 1), 0, "y"),
        ),
        ({"id": "o", "kind": MeetingKind.OTHER}, (datetime.date(1, 1, 1), 2, "o")),
    ],
)
def test_meeting_sort_key(fields: dict[str, Any], expected: tuple[Any, ...]) -> None:
    """Start (or 1 January of the year, edition or year 1), kind, id."""
    assert meeting_sort_key(meeting(**fields)) == expected


def test_sorting_helpers() -> None:
    """Meetings by date, officials and errata by id, agreements kept in order."""
    late = meeting(id="a", kind=MeetingKind.SYMPOSIUM, year=2020)
    early = meeting(id="b", kind=MeetingKind.SYMPOSIUM, year=2010)
    assert [m.id for m in sorted_meetings([late, early])] == ["b", "a"]
    people = [official("zhou", "周", "Zhou"), official("an", "安", "An")]
    assert [o.id for o in sorted_officials(people)] == ["an", "zhou"]
    assert [e.id for e in sorted_errata([erratum("erratum-2"), erratum("erratum-1")])] == [
        "erratum-1",
        "erratum-2",
    ]
    deals = [agreement("z", "m"), agreement("a", "m")]
    assert [a.id for a in sorted_agreements(deals)] == ["z", "a"]


def _meetings() -> tuple[Meeting, ...]:
    return (
        meeting(id="symposium-2009", kind=MeetingKind.SYMPOSIUM, year=2009),
        meeting(id="symposium-x", kind=MeetingKind.SYMPOSIUM),  # no year: not indexed
        meeting(id="forum-7", kind=MeetingKind.FORUM, edition=7, year=2025),
        meeting(id="forum-x", kind=MeetingKind.FORUM),  # no edition: not indexed
        meeting(id="expo", kind=MeetingKind.OTHER, year=2010, edition=3),
    )


def test_build_index_years_and_editions() -> None:
    """Only a symposium with a year and a forum with an edition are indexed."""
    index = build_index(_meetings(), (), (), ())
    assert {y: m.id for y, m in index.symposiums.items()} == {2009: "symposium-2009"}
    assert {e: m.id for e, m in index.forums.items()} == {7: "forum-7"}


def test_build_index_by_id_keeps_the_first_record_of_an_id() -> None:
    """Every record by its id; of two with one id, the earlier table's."""
    twin = official("symposium-2009", "甲", "Jia")
    deal = agreement("outcome-1", "forum-7")
    slip = erratum("erratum-1")
    index = build_index(_meetings(), (twin,), (deal,), (slip,))
    assert list(index.by_id) == [
        "symposium-2009",
        "symposium-x",
        "forum-7",
        "forum-x",
        "expo",
        "outcome-1",
        "erratum-1",
    ]
    assert isinstance(index.by_id["symposium-2009"], Meeting)
    assert index.by_id["outcome-1"] is deal
    assert index.by_id["erratum-1"] is slip
    assert isinstance(index.by_id, MappingProxyType)


def test_build_index_official_keys_are_folded_and_shared() -> None:
    """Id, name and pinyin, folded; a key two people share finds both, each once."""
    lu = official("lu-zushan", "吕祖善", "Lǚ Zǔshàn")
    twin = official("wang-hao-b", "王浩", "Wang Hao")
    wang = official("wang-hao", "王浩", "Wang Hao")
    index = build_index((), (lu, twin, wang), (), ())
    assert dict(index.official_keys) == {
        "luzushan": (lu,),
        "吕祖善": (lu,),
        "wanghaob": (twin,),
        "王浩": (twin, wang),
        "wanghao": (twin, wang),
    }
    assert dict(index.officials) == {"lu-zushan": lu, "wang-hao-b": twin, "wang-hao": wang}


def test_build_index_agreements_by_meeting_in_order() -> None:
    """Each meeting's agreements, in the order given."""
    first, second, other = agreement("b", "forum-7"), agreement("a", "forum-7"), agreement("c", "x")
    index = build_index((), (), (first, second, other), ())
    assert dict(index.agreements_of) == {"forum-7": (first, second), "x": (other,)}


def test_aliases_sorted_and_indexed_by_old_id() -> None:
    """By the old id."""
    later = Alias(old="b-old", new="outcome-1", until="0.3.0")
    first = Alias(old="a-old", new="outcome-2", until="0.4.0")
    assert sorted_aliases([later, first]) == (first, later)
    index = build_index((), (), (), (), (later, first))
    assert dict(index.aliases) == {"b-old": later, "a-old": first}


def _renamed() -> tuple[Agreement, Any]:
    deal = agreement("outcome-1", "forum-7")
    aliases = (
        Alias(old="deal-old", new="outcome-1", until="0.3.0"),
        Alias(old="deal-gone", new="outcome-9", until="0.3.0"),
    )
    return deal, build_index((), (), (deal,), (), aliases)


def test_find_by_id_and_by_renamed_id() -> None:
    """The current id quietly; an old one with a DeprecationWarning naming the new id."""
    deal, index = _renamed()
    assert find(index, "outcome-1") is deal
    with pytest.warns(DeprecationWarning) as caught:
        assert find(index, "deal-old") is deal
    assert [str(w.message) for w in caught] == [
        "id 'deal-old' was renamed 'outcome-1'; the old id stops resolving in release 0.3.0"
    ]


@pytest.mark.parametrize("record_id", ["deal-gone", "outcome-2", ""])
def test_find_refuses_unknown_ids(record_id: str) -> None:
    """An unknown id, or an alias to an id no record has."""
    _, index = _renamed()
    with pytest.raises(KeyError) as info:
        find(index, record_id)
    assert info.value.args == (f"no record with id {record_id!r}",)
