"""Id types, outcome serials and the aliases that keep renamed ids working."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import attrs
import pytest

from yrd_meetings import DataError, load
from yrd_meetings.ids import Alias, next_outcome_id, outcome_id
from yrd_meetings.records import Agreement
from yrd_meetings.testing import make_agreement, make_dataset


@pytest.mark.parametrize(
    ("serial", "expected"),
    [(1, "outcome-001"), (73, "outcome-073"), (999, "outcome-999"), (1000, "outcome-1000")],
)
def test_outcome_id(serial: int, expected: str) -> None:
    assert outcome_id(serial) == expected


@pytest.mark.parametrize("serial", [0, -1])
def test_outcome_serials_start_at_one(serial: int) -> None:
    with pytest.raises(ValueError, match=re.escape(f"an outcome serial starts at 1, not {serial}")):
        outcome_id(serial)


@pytest.mark.parametrize(
    ("taken", "expected"),
    [
        ([], "outcome-001"),
        (["outcome-001"], "outcome-002"),
        (["outcome-012", "outcome-003"], "outcome-013"),  # after the highest, not the last
        (["outcome-009", "outcome-1000"], "outcome-1001"),
        (["symposium-2025", "outcome-04", "outcome-x01", "my-outcome-050"], "outcome-001"),
        (["outcome-007", "outcome-007"], "outcome-008"),
    ],
)
def test_next_outcome_id(taken: list[str], expected: str) -> None:
    assert next_outcome_id(taken) == expected


# Old ids and their records, written out from the data before the rename.
SHIPPED = [
    ("symposium-2008-adopted-01", "outcome-001", "长三角地区贯彻国务院《指导意见》共同推进若干重要事项的意见"),  # noqa: E501
    ("symposium-2018-adopted-01", "outcome-002", "长三角地区一体化发展三年行动计划（2018—2020年）"),
    ("symposium-2019-signed-01", "outcome-005", "取消高速公路省界收费站合作协议"),
    ("forum-7-signed-01", "outcome-063", "长三角—长江经济带联动科技创新引领新质生产力发展合作框架协议"),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "title"), SHIPPED)
def test_an_old_id_finds_its_record_with_a_warning(old: str, new: str, title: str) -> None:
    ds = load()
    expected = f"id {old!r} was renamed {new!r}; the old id stops resolving in release 0.3.0"
    with pytest.warns(DeprecationWarning, match=f"^{re.escape(expected)}$") as caught:
        record = ds.get(old)
    assert record is ds.get(new)
    assert isinstance(record, Agreement)
    assert (record.id, record.title) == (new, title)
    assert caught[0].filename == __file__  # the warning points at the caller


def test_every_outcome_has_its_old_id_and_none_other() -> None:
    ds = load()
    assert len(ds.aliases) == len(ds.agreements) == 73
    assert sorted(a.new for a in ds.aliases) == sorted(a.id for a in ds.agreements)
    assert {a.until for a in ds.aliases} == {"0.3.0"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for alias in ds.aliases:
            record = ds.get(alias.old)
            assert isinstance(record, Agreement)
            # an old id spelt the meeting and kind; the record still has both
            assert alias.old.startswith(f"{record.meeting}-{record.kind.value}-")


def test_a_live_id_wins_and_does_not_warn() -> None:
    ds = make_dataset(aliases=(Alias(old="outcome-001", new="test-official", until="0.3.0"),))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ds.get("outcome-001") == make_agreement()


@pytest.mark.parametrize(
    "aliases",
    [
        pytest.param((), id="no-alias"),
        pytest.param((Alias(old="gone-1", new="nobody", until="0.3.0"),), id="alias-to-nothing"),
    ],
)
def test_an_unknown_id_is_a_key_error(aliases: tuple[Alias, ...]) -> None:
    ds = make_dataset(aliases=aliases)
    with pytest.raises(KeyError, match=re.escape("no record with id 'gone-1'")):
        ds.get("gone-1")


def test_aliases_are_sorted_and_compared() -> None:
    b, a = (Alias(old=o, new="outcome-001", until="0.3.0") for o in ("b-1", "a-1"))
    ds = make_dataset(aliases=(b, a))
    assert ds.aliases == (a, b)
    assert ds != attrs.evolve(ds, aliases=(a,))


def test_a_data_directory_without_aliases_loads_with_none(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    load().export(folder, format="json")
    (folder / "aliases.json").unlink()
    ds = load(path=folder)
    assert ds.aliases == ()
    assert ds.agreements == load().agreements


@pytest.mark.parametrize("kind", ["directory", "dangling-link"])
def test_something_else_named_aliases_json_is_refused(tmp_path: Path, kind: str) -> None:
    """Only a missing file reads as no aliases; a directory or a broken link is a problem."""
    folder = tmp_path / "data"
    load().export(folder, format="json")
    (folder / "aliases.json").unlink()
    if kind == "directory":
        (folder / "aliases.json").mkdir()
    else:
        (folder / "aliases.json").symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(DataError) as caught:
        load(path=folder)
    assert [p.split(":")[0] for p in caught.value.problems] == ["aliases.json"]
