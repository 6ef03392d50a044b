"""yrd_meetings.testing as a downstream project uses it: gold articles, variants, report diffs."""

from __future__ import annotations

import pytest

from yrd_meetings import parse
from yrd_meetings.testing import (
    NOISE,
    Article,
    articles,
    assert_reports_equal,
    variants,
)


def test_articles_parse_to_their_gold() -> None:
    found = articles()
    assert [a.name for a in found] == [
        "000_5101c8e2da40accb",
        "001_981ae8bb218b1fb9",
        "002_be9829bd52a1e125",
        "003_d8061d6351e6a6d4",
        "004_aed75dd07c0e9222",
    ]
    for article in found:
        assert isinstance(article, Article) and article.expected
        assert parse(article.text) == article.expected
        assert article.source == article.name + ".txt"


@pytest.mark.parametrize("article", articles(), ids=lambda a: a.name)
def test_every_variant_parses_the_same(article: Article) -> None:
    texts = list(variants(article.text))
    assert len(texts) >= len(NOISE) + 4
    assert len(set(texts)) == len(texts) and article.text not in texts
    for text in texts:
        assert parse(text) == article.expected


def test_variants_are_reproducible_and_countable() -> None:
    text = articles()[0].text
    assert list(variants(text, seed=1, count=5)) == list(variants(text, seed=1, count=5))
    assert list(variants(text, seed=1, count=5)) != list(variants(text, seed=2, count=5))
    assert len(list(variants(text, count=4))) == 4
    with pytest.raises(TypeError, match="bytes"):
        list(variants(b"text"))  # type: ignore[arg-type]


def test_assert_reports_equal_explains_the_difference() -> None:
    article = articles()[4]
    assert_reports_equal(parse(article.text), article.expected)
    import attrs

    changed = list(article.expected)
    changed[0] = attrs.evolve(changed[0], city="北京", documents=changed[0].documents[:1])
    with pytest.raises(AssertionError) as info:
        assert_reports_equal(changed, article.expected)
    message = str(info.value)
    assert "report 0 (symposium) city: '北京' != expected '上海'" in message
    assert "documents: missing ['长三角区域一体化发展2022年度重点合作事项清单']" in message
    with pytest.raises(AssertionError, match="1 reports, expected 2"):
        assert_reports_equal(changed[:1], article.expected)
