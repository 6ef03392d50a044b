"""The proposal's types: a citation that says what it lacks, and a proposal's views."""

from __future__ import annotations

import pytest

from propose.articles import change
from yrd_meetings import PartialDate
from yrd_meetings.propose.model import Citation, IncompleteSource, Proposal
from yrd_meetings.records import Confidence, OutletKind

NO_SOURCE = "the article has no source: give --url U --publisher P (or --seed for a seed file)"
NO_PUBLISHER = "a web page needs its publisher: give --publisher P (the site's name or domain)"
NO_OUTLET = (
    "the article's outlet kind is not given: pass --outlet K (one of government, state_media, "
    "newspaper, commercial_media, partisan_media, organisation, repost, blog, encyclopedia, "
    "dataset)"
)
PAPER = OutletKind.NEWSPAPER


@pytest.mark.parametrize(
    ("citation", "missing"),
    [
        (Citation(), NO_SOURCE),
        (Citation(publisher="某报", outlet=PAPER), NO_SOURCE),
        (Citation(url="https://example.org/a"), NO_PUBLISHER),
        (Citation(url="https://example.org/a", outlet=PAPER), NO_PUBLISHER),
        (Citation(url="https://example.org/a", publisher="某报"), NO_OUTLET),
        (Citation(seed="000_5101c8e2da40accb.txt"), NO_OUTLET),
        (Citation(seed="000_5101c8e2da40accb.txt", outlet=PAPER), None),
        (Citation(url="https://example.org/a", publisher="某报", outlet=PAPER), None),
    ],
)
def test_missing_says_what_the_citation_lacks(citation: Citation, missing: str | None) -> None:
    assert citation.missing() == missing


def test_source_carries_every_field_of_the_citation() -> None:
    published = PartialDate.parse("2022-08")
    c = Citation(url="u", publisher="某报", outlet=PAPER, via="新华社", published=published)
    s = c.source("会议在上海举行。")
    assert (s.seed, s.url, s.quote, s.publisher, s.outlet, s.via, s.published) == (
        None,
        "u",
        "会议在上海举行。",
        "某报",
        PAPER,
        "新华社",
        published,
    )
    assert s.confidence is Confidence.SINGLE
    assert c.source("q", Confidence.CONFIRMED).confidence is Confidence.CONFIRMED


def test_source_of_an_incomplete_citation_is_refused() -> None:
    with pytest.raises(IncompleteSource) as caught:
        Citation(url="u").source("q")
    assert str(caught.value) == NO_PUBLISHER
    assert isinstance(caught.value, ValueError)


def test_a_proposal_splits_new_from_agreeing() -> None:
    new, agrees = (
        change("new", "theme", "协同", "q", (1, 3)),
        change("agrees", "city", "上海", "q", (1, 3)),
    )
    p = Proposal(citation=Citation(), changes=(agrees, new))
    assert (p.new, p.agreeing, p.empty) == ((new,), (agrees,), False)
    assert new.confirms is False
    empty = Proposal(citation=Citation(), notes=("a note",))
    assert (empty.new, empty.agreeing, empty.empty) == ((), (), True)
