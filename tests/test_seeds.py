"""`seeds`: the five source articles as shipped, by name; a missing name says which exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from yrd_meetings import seeds

CHECKOUT = Path(__file__).resolve().parents[1] / "seeds"
NAMES = (
    "000_5101c8e2da40accb.txt",
    "001_981ae8bb218b1fb9.txt",
    "002_be9829bd52a1e125.txt",
    "003_d8061d6351e6a6d4.txt",
    "004_aed75dd07c0e9222.txt",
)


def test_names_are_the_five_seed_files_sorted() -> None:
    assert seeds.names() == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_text_is_the_file_exactly(name: str) -> None:
    assert seeds.text(name) == (CHECKOUT / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["", "000_5101c8e2da40accb", "../README.md", "x.txt"])
def test_an_unknown_name_is_a_key_error_listing_the_seeds(name: str) -> None:
    with pytest.raises(KeyError) as caught:
        seeds.text(name)
    assert caught.value.args[0] == f"no seed named {name!r}; seeds are: {', '.join(NAMES)}"


def test_the_directory_holds_the_seed_files() -> None:
    folder = seeds.directory()
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".txt")) == list(NAMES)
    assert seeds.directory() is folder  # cached


def test_shipped_falls_back_to_the_checkout_and_refuses_what_is_nowhere() -> None:
    assert Path(str(seeds.shipped("no-such-folder-in-the-wheel", "seeds"))) == CHECKOUT
    with pytest.raises(FileNotFoundError) as caught:
        seeds.shipped("no-such-folder", "no-such-folder")
    assert str(caught.value) == "no-such-folder is missing from this installation"
