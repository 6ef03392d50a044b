"""`propose`: conflicts never overwrite, unrelated text proposes nothing, a write that
would fail validation leaves the directory as it was, the outlet is never guessed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import yrd_meetings
from propose.propose_roundtrip import without, write_copy
from yrd_meetings import load
from yrd_meetings.propose import (
    IncompleteSource,
    Invalid,
    apply,
    patch,
    propose,
    review,
    to_json,
    write,
)
from yrd_meetings.records import Confidence, OutletKind

WEB: dict[str, Any] = {
    "url": "https://example.org/2022",
    "publisher": "某报",
    "outlet": "newspaper",
}
SYMPOSIUM = "2022年度长三角地区主要领导座谈会"
HELD = f"8月16日，{SYMPOSIUM}在上海举行。"
FORUM_7 = "6月7日上午，第七届长三角一体化发展高层论坛在江苏南京举行。"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    ("text", "field", "data", "says"),
    [
        (f"8月18日，{SYMPOSIUM}在上海举行。", "start", "2022-08-16", "2022-08-18"),
        (f"8月16日，{SYMPOSIUM}在杭州举行。", "city", "上海", "杭州"),
        ("6月5日，第五届长三角一体化发展高层论坛在合肥举行。", "start", "2023-06-06", "2023-06-05"),
    ],
)  # fmt: skip
def test_a_disagreeing_text_is_a_conflict_and_no_change(
    text: str, field: str, data: str, says: str
) -> None:
    p = propose(text, **WEB)
    conflicts = [(c.field, c.data, c.says) for c in p.conflicts]
    assert (field, data, says) in conflicts
    assert all(c.field != field for c in p.changes)
    assert all(c.data_sources for c in p.conflicts)  # both sides sourced
    after = apply(p, load())
    before = load()
    assert [getattr(m, field) for m in after.meetings] == [
        getattr(m, field) for m in before.meetings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "今天天气很好，我们去公园散步。",
        "会议确定，2026年度长三角地区主要领导座谈会在上海市召开。",  # an announcement
        "长三角生态绿色一体化发展示范区执委会召开年度工作会议。",
        "",
    ],
)
def test_an_unrelated_article_gives_an_empty_proposal(text: str) -> None:
    p = propose(text, **WEB)
    assert p.empty and p.changes == () and p.conflicts == () and p.new_officials == ()
    assert patch(p, load()) == []
    assert review(p).startswith("nothing to propose")


def test_agreeing_fields_add_the_source_and_confirm_when_independent() -> None:
    p = propose(HELD, url="https://example.org/x", publisher="新华网", outlet="state_media")
    assert {c.field for c in p.changes} == {"start", "city", "province"}
    assert all(c.action == "agrees" for c in p.changes)
    m = apply(p, load()).meeting(2022)
    added = [s for s in m.sources if s.url == "https://example.org/x"]
    assert [s.quote for s in added] == [HELD]  # one quote cited once, not once a field
    assert added[0].confidence is Confidence.CONFIRMED
    assert yrd_meetings.validate(apply(p, load())) == ()


@pytest.mark.parametrize(
    ("outlet", "via", "confirms"),
    [
        ("state_media", None, True),
        ("blog", None, False),  # never counts
        ("encyclopedia", None, False),
        ("repost", None, False),  # a repost naming no original
        ("repost", "新华社", True),
    ],
)
def test_confirmation_follows_validation_independent_origin(
    outlet: str, via: str | None, confirms: bool
) -> None:
    p = propose(HELD, url="https://example.org/y", publisher="某网", outlet=outlet, via=via)
    assert {c.confirms for c in p.changes} == {confirms}


def test_a_seed_already_cited_does_not_confirm_itself() -> None:
    name = "004_aed75dd07c0e9222.txt"
    p = propose(yrd_meetings.seeds.text(name), seed=name, outlet="newspaper")
    assert p.changes and not any(c.confirms for c in p.changes)
    assert apply(p, load()).meeting(2022) == load().meeting(2022)  # nothing new to cite


def test_the_outlet_is_never_guessed() -> None:
    p = propose(HELD, url="https://example.org/z", publisher="某报")
    assert p.changes  # the review works without it
    assert "--outlet" in review(p)
    assert to_json(p, load())["patch"] is None
    with pytest.raises(IncompleteSource, match="outlet kind is not given"):
        apply(p, load())
    with pytest.raises(IncompleteSource, match="no source"):
        apply(propose(HELD, outlet="newspaper"), load())
    with pytest.raises(ValueError, match="unknown outlet kind 'paper'"):
        propose(HELD, outlet="paper")


def test_a_new_meeting_is_proposed_with_its_id_and_written(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    write_copy(without(load(), ("symposium-2022", "forum-4")), folder)
    base = load(path=folder)
    text = HELD + "上海市委书记李强主持会议。会议审议并原则通过了《长三角一体化示范方案》。"
    p = propose(text, dataset=base, **WEB)
    assert [(c.record, c.text) for c in p.new if c.field == "meeting"] == [
        ("symposium-2022", "2022年度长三角地区主要领导座谈会")
    ]
    write(p, folder, base=base)
    m = load(path=folder).meeting(2022)
    assert (str(m.start), m.city, m.province) == ("2022-08-16", "上海", m.province)
    (att,) = m.attendances
    assert (att.official, att.post.value if att.post else None, att.role.value) == (
        "li-qiang",
        "party_secretary",
        "presided",
    )
    (ag,) = load(path=folder).agreements_of(m)
    assert (ag.id, ag.kind.value, ag.title) == (
        "outcome-074",  # the next serial: the data's highest is outcome-073
        "adopted",
        "长三角一体化示范方案",
    )
    assert all(s.url == WEB["url"] and s.outlet is OutletKind.NEWSPAPER for s in m.sources)


def test_a_write_that_fails_validation_leaves_the_directory_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    write_copy(without(load(), ("symposium-2022",)), folder)
    before = _snapshot(folder)
    base = load(path=folder)
    # a source naming its own publisher as `via` breaks rule `graded`
    p = propose(HELD, dataset=base, url="https://example.org/v", publisher="新华社",
                via="新华社", outlet="state_media")  # fmt: skip
    with pytest.raises(Invalid, match=r"\[graded\]") as caught:
        write(p, folder, base=base)
    assert caught.value.problems
    assert _snapshot(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no stage left behind


def test_the_installed_data_is_never_written() -> None:
    from yrd_meetings.datadir import package_data

    p = propose(HELD, **WEB)
    with pytest.raises(ValueError, match="installed package's data"):
        write(p, Path(str(package_data())), base=load())


def test_a_misprinted_name_is_a_conflict_not_an_attendance() -> None:
    text = FORUM_7 + "国家发展改革委副秘书长肖贵明在论坛上致辞。"
    p = propose(text, **WEB)
    assert [(c.record, c.field, c.data, c.says) for c in p.conflicts] == [
        ("xiao-weiming", "name", "肖渭明", "肖贵明")
    ]
    assert not [c for c in p.changes if c.field in ("attendance", "role")]


def test_a_post_the_text_misstates_is_a_conflict_beside_the_attendance() -> None:
    text = FORUM_7 + "江苏省委副书记信长星代表会议轮值主办方致辞。"
    p = propose(text, **WEB)
    assert [(c.field, c.data, c.says) for c in p.conflicts] == [
        ("post", "江苏省委书记", "江苏省委副书记")
    ]
    (att,) = [c for c in p.changes if c.field == "attendance"]
    assert att.action == "agrees"


def test_the_package_function_and_the_subpackage_are_one_name() -> None:
    import yrd_meetings.propose.build  # binds the sub-package on the package

    assert callable(yrd_meetings.propose)
    assert not yrd_meetings.propose(HELD, **WEB).empty


def test_a_new_outcome_never_takes_a_retired_id(tmp_path: Path) -> None:
    """An outcome id that was merged away (an alias's old id) is not handed out again."""
    from yrd_meetings.ids import Alias

    folder = tmp_path / "data"
    full = without(load(), ("symposium-2022", "forum-4"))
    retired = Alias(old="outcome-074", new="outcome-001", until="0.3.0")
    write_copy(attrs.evolve(full, aliases=(*full.aliases, retired)), folder)
    base = load(path=folder)
    text = HELD + "会议审议并原则通过了《长三角一体化示范方案》。"
    write(propose(text, dataset=base, **WEB), folder, base=base)
    (ag,) = load(path=folder).agreements_of("symposium-2022")
    assert ag.id == "outcome-075"
