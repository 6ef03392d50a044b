"""CITATION.cff is valid CFF 1.2.0 and agrees with the data; cite() names the data version."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

import yrd_meetings
from yrd_meetings import load
from yrd_meetings.citation import cite

CFF = Path(__file__).resolve().parents[1] / "CITATION.cff"

# Top-level keys of the Citation File Format 1.2.0 schema.
CFF_KEYS = {
    "abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi",
    "identifiers", "keywords", "license", "license-url", "message", "preferred-citation",
    "references", "repository", "repository-artifact", "repository-code", "title", "type",
    "url", "version",
}  # fmt: skip
REQUIRED = {"cff-version", "message", "title", "authors"}


@pytest.fixture(scope="module")
def cff() -> dict[str, object]:
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load(CFF.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_cff_has_the_required_keys_and_no_others(cff: dict[str, object]) -> None:
    assert set(cff) >= REQUIRED, REQUIRED - set(cff)
    assert set(cff) <= CFF_KEYS, set(cff) - CFF_KEYS
    assert cff["cff-version"] == "1.2.0"
    assert cff["type"] in ("dataset", "software")
    authors = cff["authors"]
    assert isinstance(authors, list) and authors
    assert all(isinstance(a, dict) and ("name" in a or "family-names" in a) for a in authors)


def test_cff_values_are_well_formed(cff: dict[str, object]) -> None:
    released = cff["date-released"]
    if isinstance(released, str):
        released = datetime.date.fromisoformat(released)
    assert isinstance(released, datetime.date)
    licences = cff["license"]
    assert isinstance(licences, list) and set(licences) == {"CC-BY-4.0", "MIT"}
    assert all(isinstance(k, str) for k in cff["keywords"])  # type: ignore[attr-defined]
    for key in ("url", "repository-code"):
        assert key not in cff or str(cff[key]).startswith("https://")


def test_cff_names_the_data_version(cff: dict[str, object]) -> None:
    version = load().meta.version
    assert str(cff["version"]) == version
    assert str(cff["date-released"]) == version.replace(".", "-")


@pytest.mark.parametrize("style", ["bibtex", "apa"])
def test_cite_names_the_data_and_package_versions(style: str) -> None:
    text = cite(style)  # type: ignore[arg-type]
    assert load().meta.version in text
    assert yrd_meetings.__version__ in text
    assert "yrd-meetings contributors" in text


def test_bibtex_is_one_balanced_entry() -> None:
    text = cite("bibtex")
    assert re.match(r"@misc\{yrd_meetings_\d{4}_\d{2}_\d{2},\n", text)
    assert text.count("{") == text.count("}")
    assert "version = {" + load().meta.version + "}" in text


def test_cite_is_exported_and_rejects_unknown_styles() -> None:
    assert yrd_meetings.cite is cite
    assert cite() == cite("bibtex")
    with pytest.raises(ValueError, match="'bibtex', 'apa'"):
        cite("mla")  # type: ignore[arg-type]
