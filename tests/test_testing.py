"""yrd_meetings.testing and the pytest plugin, as a downstream project uses them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from yrd_meetings import Dataset, load, parse, validate
from yrd_meetings.testing import (
    NOISE,
    Article,
    articles,
    assert_reports_equal,
    make_dataset,
    make_meeting,
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


def test_factories_build_valid_records() -> None:
    assert validate(make_dataset()) == ()
    assert make_meeting(city="杭州").city == "杭州"


# -- the plugin, through pytest itself -------------------------------------------------------

DOWNSTREAM = textwrap.dedent(
    """
    from yrd_meetings import parse
    from yrd_meetings.testing import variants


    def test_dataset(yrd_dataset):
        assert yrd_dataset.meeting(2025).city == "南京"


    def test_articles(yrd_articles):
        assert len(yrd_articles) == 5
        for article in yrd_articles:
            assert parse(article.text) == article.expected
            for text in variants(article.text, count=4):
                assert parse(text) == article.expected
    """
)


def run_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(folder)],
        capture_output=True,
        text=True,
        cwd=folder,
    )


def test_plugin_fixtures_in_a_project_without_conftest(tmp_path: Path) -> None:
    (tmp_path / "test_downstream.py").write_text(DOWNSTREAM, encoding="utf-8")
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
    disabled = run_pytest(tmp_path, "-p", "no:yrd_meetings")
    assert disabled.returncode != 0
    assert "fixture 'yrd_dataset' not found" in disabled.stdout


def test_plugin_overrides_script_and_data_path(tmp_path: Path) -> None:
    exported = load().export(tmp_path / "mydata", format="json")
    (tmp_path / "conftest.py").write_text(
        textwrap.dedent(
            f"""
            import pytest

            @pytest.fixture(scope="session")
            def yrd_script():
                return "traditional"

            @pytest.fixture(scope="session")
            def yrd_data_path():
                return {str(exported)!r}
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "test_override.py").write_text(
        textwrap.dedent(
            """
            from yrd_meetings import parse

            def test_traditional(yrd_dataset, yrd_articles):
                assert yrd_dataset.official("chen-jining").name == "陳吉寧"
                assert "座談會" in yrd_articles[0].text
                assert parse(yrd_articles[0].text) == yrd_articles[0].expected
            """
        ),
        encoding="utf-8",
    )
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_plugin_module_imports_nothing_heavy() -> None:
    code = (
        "import sys, yrd_meetings.pytest_plugin; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('jieba', 'opencc', 'pandas', 'cattrs', 'hypothesis')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_fixture_dataset_is_the_loaded_one(yrd_dataset: Dataset) -> None:
    assert yrd_dataset is load()
