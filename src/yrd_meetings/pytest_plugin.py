"""pytest plugin `yrd_meetings`: the dataset and the gold articles as fixtures.

Installed with the package and registered under the `pytest11` entry point, so
any project's tests can ask for them with no conftest. Disable it with
`-p no:yrd_meetings`. This module imports nothing but pytest when pytest loads
it; the data, jieba and opencc load only when a test asks for a fixture.

Fixtures:

- `yrd_dataset` (session): the loaded `Dataset`.
- `yrd_articles` (session): the five seed articles as `Article`s (`name`,
  `text`, `expected` gold reports, `source`).
- `yrd_data_path` (session, override it): a directory in the package's JSON
  format to load instead of the packaged data, e.g. your exported, corrected
  copy. Default None.
- `yrd_script` (session, override it): "simplified" (default), "traditional",
  "hk" or "tw": the script of `yrd_dataset` and of the articles' texts (the
  gold reports stay Simplified, as `parse()` returns).

Override in your conftest.py::

    @pytest.fixture(scope="session")
    def yrd_script():
        return "traditional"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from os import PathLike

    from .dataset import Dataset, Script
    from .testing import Article


@pytest.fixture(scope="session")
def yrd_data_path() -> str | PathLike[str] | None:
    """Where `yrd_dataset` reads from; None for the packaged data."""
    return None


@pytest.fixture(scope="session")
def yrd_script() -> str:
    """The script of `yrd_dataset` and the articles: simplified, traditional, hk or tw."""
    return "simplified"


def _checked(script: str) -> Script:
    from .dataset import SCRIPTS

    for known in SCRIPTS:
        if script == known:
            return known
    raise pytest.UsageError(f"yrd_script must be one of {', '.join(SCRIPTS)}, not {script!r}")


@pytest.fixture(scope="session")
def yrd_dataset(yrd_data_path: str | PathLike[str] | None, yrd_script: str) -> Dataset:
    """The yrd-meetings dataset, loaded once per test session."""
    from .dataset import load

    return load(path=yrd_data_path, script=_checked(yrd_script))


@pytest.fixture(scope="session")
def yrd_articles(yrd_script: str) -> tuple[Article, ...]:
    """The seed articles with their gold reports; texts in `yrd_script`."""
    import attrs

    from .testing import articles

    script = _checked(yrd_script)
    if script == "simplified":
        return articles()
    from .text.script import to_traditional

    return tuple(attrs.evolve(a, text=to_traditional(a.text, script)) for a in articles())
