"""`yrd-meetings propose`: the review, --json with its patch, --write to a copy, and
one-line refusals (exit 2 for usage, 1 for a refused write), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from propose.propose_roundtrip import without, write_copy

from yrd_meetings import load, seeds
from yrd_meetings.cli import main

HELD = "8月16日，2022年度长三角地区主要领导座谈会在上海举行。上海市委书记李强主持会议。\n"
WEB = ["--url", "https://example.org/a", "--publisher", "某报", "--outlet", "newspaper"]


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "report.txt"
    path.write_text(HELD, encoding="utf-8")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_review(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["propose", str(article)], capsys)
    assert status == 0 and err == ""
    assert "symposium-2022/li-qiang  role: presided" in out
    assert "not writable yet: the article has no source" in out
    assert not (article.parent / "yrd-data-proposed").exists()  # a review writes nothing


def test_json_has_the_patch(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["propose", "--json", str(article), *WEB], capsys)
    data = json.loads(out)
    assert status == 0 and data["incomplete"] is None
    (op,) = data["patch"]
    assert (op["file"], op["op"], op["id"]) == ("meetings.json", "replace", "symposium-2022")
    assert {"url": "https://example.org/a", "quote": HELD.split("。")[0] + "。"}.items() <= (
        op["record"]["sources"][-1].items()
    )


def test_write_to_the_default_copy_then_again(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(["propose", str(article), *WEB, "--write"], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines()[-1].startswith("wrote 5 change(s) to yrd-data-proposed; validate: ok")
    written = load(path=article.parent / "yrd-data-proposed")
    assert len(written.meeting(2022).sources) == len(load().meeting(2022).sources) + 1
    # against the copy, the same article is already cited: nothing new to cite
    status, out, _ = _run(["propose", str(article), *WEB, "--write"], capsys)
    assert status == 0
    assert load(path=article.parent / "yrd-data-proposed") == written


def test_write_restores_a_removed_meeting_from_a_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    write_copy(without(load(), ("symposium-2022", "forum-4")), folder)
    seed = seeds.directory() / "004_aed75dd07c0e9222.txt"
    argv = ["propose", str(seed), "--seed", "--outlet", "newspaper", "--write"]
    status, out, _ = _run([*argv, "--data", str(folder)], capsys)
    assert status == 0, out
    assert load(path=folder).meeting(2022).start == load().meeting(2022).start


@pytest.mark.parametrize(
    ("extra", "status", "message"),
    [
        (["--outlet", "paper"], 2, "--outlet takes one of government, state_media"),
        (["--published", "2022-8-16"], 2, "--published takes YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--write"], 2, "--write refused: the article has no source"),
        (["--url", "https://e.org", "--publisher", "某报", "--write"], 2, "--outlet K"),
        (["--seed"], 2, "is not one of the package's seed files"),
        (
            [*WEB[:4], "--via", "某报", "--outlet", "newspaper", "--write"],
            1,
            "the change would fail validation, so nothing was written: [graded]",
        ),
    ],
)
def test_refusals_are_one_line(
    article: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    status: int,
    message: str,
) -> None:
    got, _, err = _run(["propose", str(article), *extra], capsys)
    assert got == status
    assert err.startswith("yrd-meetings: error: ") and message in err and err.count("\n") == 1
    assert "Traceback" not in err
    assert not (article.parent / "yrd-data-proposed").exists()


def test_a_directory_that_is_not_data_is_refused(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (article.parent / "junk").mkdir()
    got, _, err = _run(["propose", str(article), *WEB, "--write", "--data", "junk"], capsys)
    assert got == 1 and "junk is not a loadable data directory" in err
