"""`apply()`: a proposal's agreeing values cite the article once, confirmed when independent."""

from __future__ import annotations

import pytest

import yrd_meetings
from propose.articles import HELD
from yrd_meetings import load
from yrd_meetings.propose import apply, propose
from yrd_meetings.propose.apply import _cite
from yrd_meetings.records import Confidence, Source


def test_agreeing_fields_add_the_source_and_confirm_when_independent() -> None:
    p = propose(HELD, url="https://example.org/x", publisher="新华网", outlet="state_media")
    assert {c.field for c in p.changes} == {"start", "city", "province"}
    assert all(c.action == "agrees" for c in p.changes)
    m = apply(p, load()).meeting(2022)
    added = [s for s in m.sources if s.url == "https://example.org/x"]
    assert [s.quote for s in added] == [HELD]  # one quote cited once, not once a field
    assert added[0].confidence is Confidence.CONFIRMED
    assert yrd_meetings.validate(apply(p, load())) == ()


def test_a_seed_already_cited_does_not_confirm_itself() -> None:
    name = "004_aed75dd07c0e9222.txt"
    p = propose(yrd_meetings.seeds.text(name), seed=name, outlet="newspaper")
    assert p.changes and not any(c.confirms for c in p.changes)
    assert apply(p, load()).meeting(2022) == load().meeting(2022)  # nothing new to cite


A, B = "https://example.org/a", "https://example.org/b"


@pytest.mark.parametrize(
    ("cited", "new", "added"),
    [
        (Source(url=A, quote="会议在上海举行"), Source(url=A, quote="16日,会议在上海举行"), False),
        (Source(url=A, quote="16日,会议在上海举行"), Source(url=A, quote="会议在上海举行"), False),
        (Source(url=A, quote="会议在上海举行"), Source(url=A, quote="李强主持会议"), True),
        (Source(url=A, quote="会议在上海举行"), Source(url=B, quote="会议在上海举行"), True),
        (Source(url=A), Source(url=A, quote="会议在上海举行"), True),
        (Source(url=A, quote="会议在上海举行"), Source(url=A), True),
    ],
)  # fmt: skip
def test_a_quote_of_the_same_article_is_cited_once(cited: Source, new: Source, added: bool) -> None:
    assert _cite((cited,), new) == ((cited, new) if added else (cited,))
