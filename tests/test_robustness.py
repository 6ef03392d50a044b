"""Hostile input, many threads, damaged data: the package keeps its promises."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest

import yrd_meetings
from yrd_meetings import DataError, load, parse, to_traditional
from yrd_meetings.dataset import package_data
from yrd_meetings.testing import articles

HOSTILE = {
    "1 MB of 年": "年" * 1_000_000,
    "1 MB of 《": "《" * 1_000_000,
    "1 MB of “": "“" * 1_000_000,
    "NUL bytes": "\x00" * 1000 + "2025年度长三角地区主要领导座谈会在江苏南京举行" + "\x00" * 1000,
    "control characters": "".join(chr(c) for c in range(32)) * 300 + "6月6日至7日",
    "lone surrogates": "\ud800长三角\udfff地区主要领导座谈会\ud83d" * 200,
    "mixed scripts": "2025年度長三角地區主要领导座谈会 в Нанкине 南京で開催 ١٢٣ 🎉" * 500,
    "right-to-left and combining marks": "\u202e上海市委书记\u202c陈\u0301吉宁" * 500,
    "only whitespace": " \t\n\u3000\u00a0" * 10_000,
    "deep brackets": "（（（（《《《“‘" * 50_000 + "座谈会",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_never_raises(name: str) -> None:
    reports = parse(HOSTILE[name])
    assert isinstance(reports, tuple)
    for report in reports:
        assert report.kind.value in ("symposium", "forum", "other")


def test_forty_times_the_text_costs_about_forty_times_the_time() -> None:
    text = articles()[0].text
    parse(text)  # warm: build the gazetteer and the tokenizer

    def seconds(t: str) -> float:
        start = time.perf_counter()
        parse(t)
        return time.perf_counter() - start

    one = min(seconds(text) for _ in range(3))
    forty = seconds(text * 40)
    # linear, with room for a noisy machine; a quadratic step would be ~1600x
    assert forty < 80 * one + 0.5, f"{one * 1e3:.1f} ms -> {forty * 1e3:.0f} ms"


def test_sixteen_threads_get_identical_results() -> None:
    texts = [a.text for a in articles()]
    expected_parse = [parse(t) for t in texts]
    expected_trad = to_traditional(load().meeting(2025))
    barrier = threading.Barrier(16)
    results: list[object] = [None] * 16
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            barrier.wait()
            ds = load()
            parsed = [parse(t) for t in texts]
            converted = to_traditional(ds.meeting(2025))
            results[i] = (ds, parsed, converted)
        except BaseException as exc:  # collected and re-raised by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for ds, parsed, converted in results:  # type: ignore[misc]
        assert ds is load()
        assert parsed == expected_parse
        assert converted == expected_trad
        assert converted.city == "南京" and converted.theme.startswith("協同提升")


def test_hand_edited_directory_reports_every_problem_and_loads_nothing(tmp_path: Path) -> None:
    target = tmp_path / "edited"
    shutil.copytree(str(package_data()), target)
    officials = json.loads((target / "officials.json").read_text(encoding="utf-8"))
    officials[3]["tenures"][0]["province"] = "CN-XX"
    officials[5]["gender"] = "unknown"
    officials[7]["nickname"] = "extra key"
    (target / "officials.json").write_text(json.dumps(officials, ensure_ascii=False), "utf-8")
    meetings = json.loads((target / "meetings.json").read_text(encoding="utf-8"))
    meetings[2]["attendances"][1]["role"] = "cheered"
    (target / "meetings.json").write_text(json.dumps(meetings, ensure_ascii=False), "utf-8")
    (target / "agreements.json").write_text('{"not": "a list"}', "utf-8")
    (target / "meta.json").unlink()
    before = load()
    with pytest.raises(DataError) as info:
        load(path=target)
    problems = "\n".join(info.value.problems)
    assert "officials.json$[3].tenures[0].province" in problems
    assert "officials.json$[5].gender" in problems
    assert "nickname" in problems
    assert "meetings.json$[2].attendances[1].role" in problems
    assert "agreements.json: expected a JSON array" in problems
    assert "meta.json: file missing" in problems
    assert len(info.value.problems) >= 6
    assert load() is before  # the packaged data and its cache are untouched


def test_corrupted_bytes_are_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "corrupt"
    shutil.copytree(str(package_data()), target)
    (target / "errata.json").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(DataError, match=r"errata\.json: not valid UTF-8 JSON"):
        load(path=target)


def test_public_names_resolve() -> None:
    for name in yrd_meetings.__all__:
        assert getattr(yrd_meetings, name) is not None, name
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        yrd_meetings.nope  # noqa: B018
