"""The curated JSON files: one canonical formatting, sorted, quotes verbatim."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from yrd_meetings import codec, load, seeds
from yrd_meetings.dataset import FILES, META_FILE
from yrd_meetings.records import Meta

DATA = files("yrd_meetings") / "data"


@pytest.mark.parametrize("table", sorted(FILES))
def test_file_is_canonical_and_sorted(table: str) -> None:
    raw = (DATA / f"{table}.json").read_text(encoding="utf-8")
    records = codec.structure(json.loads(raw), tuple[FILES[table], ...])  # type: ignore[name-defined]
    assert codec.dumps(codec.unstructure(records)) == raw, f"{table}.json is not canonical"
    in_dataset = getattr(load(), table)
    assert records == in_dataset, f"{table}.json is not in the dataset's sort order"


def test_meta_is_canonical() -> None:
    raw = (DATA / META_FILE).read_text(encoding="utf-8")
    assert codec.dumps(codec.unstructure(codec.structure(json.loads(raw), Meta))) == raw


def test_every_seed_quote_is_verbatim_in_its_seed() -> None:
    checked = 0
    for record, _, source in load().citations():
        if source.seed is not None:
            assert source.quote is not None
            assert source.quote in seeds.text(source.seed), (record, source.quote)
            checked += 1
    assert checked > 50


def test_seeds_are_the_five_articles_unchanged() -> None:
    import hashlib

    lines = (seeds.directory() / "SHA256SUMS").read_text().splitlines()
    sums = {name: digest for digest, name in (line.split() for line in lines)}
    assert sorted(sums) == list(seeds.names()) and len(sums) == 5
    for name in seeds.names():
        raw = (seeds.directory() / name).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == sums[name], name
    assert "2022年度长三角地区主要领导座谈会在上海举行" in seeds.text("004_aed75dd07c0e9222.txt")
