"""`write()`: new records with fresh ids; a write that fails validation leaves the
directory as it was; the installed data is never written."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from propose.articles import HELD, WEB
from propose.propose_roundtrip import without, write_copy
from yrd_meetings import load
from yrd_meetings.propose import Invalid, propose, write
from yrd_meetings.records import OutletKind


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


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
