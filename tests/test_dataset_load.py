"""`load()` filling an empty cache, `load(path=...)` in another script, and the
conveniences served by the floors above (`register_upper`), each run afresh."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import attrs
import pytest
from export_helpers import sample_dataset

import yrd_meetings
from yrd_meetings import Dataset, dataset, load

DATA = Path(yrd_meetings.__file__).parent / "data"
NAME_2025 = "2025年度长三角地区主要领导座谈会"
NAME_2025_HANT = "2025年度長三角地區主要領導座談會"


@pytest.fixture
def empty_cache(monkeypatch: pytest.MonkeyPatch) -> dict[str, Dataset]:
    """`load()`'s cache, emptied for this test only."""
    cache: dict[str, Dataset] = {}
    monkeypatch.setattr(dataset, "_CACHE", cache)
    return cache


def test_load_fills_an_empty_cache_once(empty_cache: dict[str, Dataset]) -> None:
    """The first call reads the package's data; later calls give that very object."""
    first = load()
    assert list(empty_cache) == ["simplified"]
    assert empty_cache["simplified"] is first
    assert load() is first
    assert first.meeting(2025).name == NAME_2025


def test_another_script_is_converted_from_the_cached_simplified(
    empty_cache: dict[str, Dataset],
) -> None:
    """Asked first for Traditional: Simplified is read, cached, converted, both kept."""
    hant = load(script="traditional")
    assert list(empty_cache) == ["simplified", "traditional"]
    assert empty_cache["traditional"] is hant
    assert hant.meeting(2025).name == NAME_2025_HANT
    assert empty_cache["simplified"].meeting(2025).name == NAME_2025
    assert load() is empty_cache["simplified"]
    assert load(script="traditional") is hant


def test_a_second_script_reuses_the_cached_simplified(empty_cache: dict[str, Dataset]) -> None:
    """Simplified is read once: a second script converts the cached one."""
    simplified = load()
    empty_cache["simplified"] = simplified
    hk = load(script="hk")
    assert empty_cache["simplified"] is simplified
    assert hk.meeting(2025).name == NAME_2025_HANT
    assert hk.meeting(2025).id == "symposium-2025"


@pytest.mark.parametrize(
    ("script", "name"),
    [("simplified", NAME_2025), ("traditional", NAME_2025_HANT), ("tw", NAME_2025_HANT)],
)
def test_load_from_a_path_in_a_script(tmp_path: Path, script: Any, name: str) -> None:
    """A directory is read afresh and converted to the script asked for."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    ds = load(path=folder, script=script)
    assert ds.meeting(2025).name == name
    assert ds is not load(path=folder, script=script)


def test_an_unknown_script_names_the_accepted_ones() -> None:
    """The exact message."""
    message = "unknown script 'hant'; accepted: simplified, traditional, hk, tw"
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        load(script="hant")  # type: ignore[arg-type]


@pytest.fixture
def upper(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The registry of conveniences, emptied for this test only."""
    registry: dict[str, Any] = {}
    monkeypatch.setattr(dataset, "_UPPER", registry)
    return registry


@pytest.mark.parametrize(
    ("name", "call"),
    [
        ("export", lambda ds: ds.export("out")),
        ("to_frames", lambda ds: ds.to_frames()),
        ("to_frame", lambda ds: ds.to_frame("meetings")),
        ("convert", lambda ds: load(path=DATA, script="hk")),
    ],
)
def test_an_unregistered_convenience_says_so(upper: dict[str, Any], name: str, call: Any) -> None:
    """Nothing registered: a RuntimeError naming the convenience."""
    message = f"{name} is not registered; import yrd_meetings first"
    with pytest.raises(RuntimeError, match=f"^{re.escape(message)}$"):
        call(sample_dataset())


def test_conveniences_pass_their_arguments_through(upper: dict[str, Any]) -> None:
    """Each convenience calls what is registered under its name with the dataset and
    its own arguments, and returns what that returns."""
    calls: list[tuple[Any, ...]] = []

    def recorder(result: object) -> Any:
        def record(*args: Any, **options: Any) -> object:
            calls.append((*args, options))
            return result

        return record

    dataset.register_upper("export", recorder(Path("written")))
    dataset.register_upper("to_frames", recorder({"meetings": "frame"}))
    dataset.register_upper("to_frame", recorder("flat frame"))
    ds = sample_dataset()
    assert ds.export(Path("out"), format="json", force=True) == Path("written")
    assert ds.to_frames() == {"meetings": "frame"}
    assert ds.to_frame("tenures") == "flat frame"
    assert calls == [
        (ds, Path("out"), {"format": "json", "force": True}),
        (ds, {}),
        (ds, "tenures", {}),
    ]
    assert sorted(upper) == ["export", "to_frame", "to_frames"]


def test_agreements_follow_their_meetings_then_ids() -> None:
    """Ordered by the date of their meeting, not by id; an unknown meeting's go last."""
    base = sample_dataset()
    late, early = base.agreements[1], base.agreements[0]  # forum-7, then symposium-2025
    fields: list[dict[str, Any]] = [
        {"id": "a-forum", "meeting": "forum-7"},
        {"id": "z-symposium", "meeting": "symposium-2025"},
        {"id": "b-nowhere", "meeting": "nowhere"},
        {"id": "m-old", "meeting": "symposium-2009"},
    ]
    deals = [attrs.evolve(late if "forum" in f["id"] else early, **f) for f in fields]
    ds = Dataset(meta=base.meta, meetings=base.meetings, officials=(), agreements=deals, errata=())
    assert [a.id for a in ds.agreements] == ["m-old", "z-symposium", "a-forum", "b-nowhere"]
