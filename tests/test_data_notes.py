"""Every note in the data speaks of sources and facts, never of how the data was made."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib.resources import files

import pytest

DATA = files("yrd_meetings") / "data"

# Words about tooling or the research process. A note says what a source says or what
# is known; it does not say how the curators looked for it.
PROCESS_WORDS = re.compile(
    r"""
    \bsearch\w*\b | \bquer(?:y|ies|ied)\b | \bgrep\w*\b | \bhelpers?\b | \btools?\b
    | \btooling\b | \bpipelines?\b | \bLLMs?\b | \bscrap(?:e|ed|es|ing|er)\b | \bcrawl\w*\b
    | \bsessions?\b | \bcorp(?:us|ora)\b | \bindex(?:ed|es)?\b | \bagents?\b | \bprompts?\b
    | \bmodel\b | \bAI\b | \bchatbot\b | \bcurat\w*\b | \bthe\ reference\b
    | (?<!back-)\breference(?:'s)?\b | \bnot\ checked\b | \bre-?check\w*\b | \bunverified\b
    | \bretrieved\b | \blooked\ up\b | \brefined\b | \bnot\ found\b | \bno\ \w+\ found\b
    | \bfound\ no\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


def notes(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{path}.{value.get('id', key) if key != 'note' else 'note'}"
            if key in ("note", "description", "citation") and isinstance(item, str):
                yield f"{path}.{key}", item
            else:
                yield from notes(item, f"{path}.{key}" if "id" not in value else here)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from notes(item, f"{path}[{i}]")


def every_note() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for name in ("meetings", "officials", "agreements", "errata", "meta"):
        raw = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        found.extend(notes(raw, name))
    return found


def test_there_are_notes_to_check() -> None:
    assert len(every_note()) > 200


@pytest.mark.parametrize(
    "text",
    [
        "The search tool returned no page",
        "Found with a grep of the corpus",
        "refined with the helper",
        "LLM-scraped",
        "not checked",
        "latest reference evidence 2025-11-13",
        "crawled in one session",
        "Day not found",
    ],
)
def test_process_words_are_caught(text: str) -> None:
    assert PROCESS_WORDS.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Known only from a back-reference in the 2011 report",
        "Elected at 省十三届人大四次会议 on 2021-02-01",
        "The seed misprints the name as 肖贵明 (erratum-001)",
        "No source gives the dates",
    ],
)
def test_fact_words_pass(text: str) -> None:
    assert not PROCESS_WORDS.search(text)


def test_notes_speak_of_sources_and_facts_only() -> None:
    bad = [
        f"{path}: {match.group(0)!r} in {text!r}"
        for path, text in every_note()
        for match in [PROCESS_WORDS.search(text)]
        if match
    ]
    assert not bad, "\n".join(bad)
