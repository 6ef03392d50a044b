"""The pytest plugin `yrd_meetings`: its fixtures in a downstream project, overrides, and
what it imports."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from yrd_meetings import Dataset, load
from yrd_meetings.pytest_plugin import _checked

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


@pytest.mark.parametrize("script", ["simplified", "traditional", "hk", "tw"])
def test_a_known_script_is_taken(script: str) -> None:
    assert _checked(script) == script


@pytest.mark.parametrize("script", ["Traditional", "zh-Hant", ""])
def test_an_unknown_script_is_a_usage_error(script: str) -> None:
    with pytest.raises(pytest.UsageError) as caught:
        _checked(script)
    assert str(caught.value) == (
        f"yrd_script must be one of simplified, traditional, hk, tw, not {script!r}"
    )


def test_the_default_fixtures(yrd_data_path: object, yrd_script: str) -> None:
    assert (yrd_data_path, yrd_script) == (None, "simplified")
