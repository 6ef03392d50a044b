from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from yrd_meetings.parsing import Report, parse, report_to_json
from yrd_meetings.parsing.cues.outcomes import canon as _canon
from yrd_meetings.records import MeetingKind, Post, Province, Role
from yrd_meetings.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = ROOT / "tests" / "gold"
KEYS = [
    "kind", "year", "edition", "start", "end", "city", "province", "theme", "attendees",
    "documents", "heard", "agreements", "releases", "unveiled", "next_host", "visits", "evidence",
]  # fmt: skip


def values(report: Report) -> dict[str, object]:
    data = report_to_json(report)
    del data["evidence"]
    return data


def seed_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_gold(seed: Path) -> None:
    gold = json.loads((GOLD / f"{seed.stem}.json").read_text(encoding="utf-8"))
    for report in gold:
        del report["evidence"]  # spans are checked in tests/parsing/test_gold_spans.py
    assert [values(r) for r in parse(seed_text(seed))] == gold


def test_every_seed_has_a_gold_file() -> None:
    assert sorted(p.stem for p in GOLD.glob("*.json")) == [p.stem for p in SEEDS]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_json_schema(seed: Path) -> None:
    for report in parse(seed_text(seed)):
        data = report_to_json(report)
        assert list(data) == KEYS
        json.dumps(data)
        assert data["kind"] in ("symposium", "forum", "other")
        for key in ("start", "end"):
            assert data[key] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", data[key])
        assert data["province"] in (None, "CN-SH", "CN-JS", "CN-ZJ", "CN-AH")
        for att in data["attendees"]:
            assert list(att) == ["name", "post", "province", "role"]
            assert att["post"] in (None, "party_secretary", "governor")
        for key in ("theme", "documents", "heard", "agreements", "releases", "unveiled", "visits"):
            for value in [data[key]] if key == "theme" else data[key]:
                if value is None:
                    continue
                assert "\n" not in value and "《" not in value and "》" not in value
                assert not re.search(r"[,:;()]", value), value


def _clean(original: str, start: int, end: int) -> str:
    return _canon(normalize(original[start:end]).text)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_evidence_spans_support_values(seed: Path) -> None:
    text = seed_text(seed)
    for report in parse(text):
        fields = {e.field for e in report.evidence}
        assert "kind" in fields
        if report.year is not None:
            (year_ev,) = report.evidence_for("year")
            assert year_ev.via in ("date", "label", "text", "context", "hint", "dataset")
            if year_ev.start is not None:
                assert year_ev.end is not None
                assert str(report.year) in _clean(text, year_ev.start, year_ev.end)
        for ev in report.evidence:
            if ev.start is None or ev.end is None:
                assert ev.via in ("hint", "dataset")
                continue
            assert 0 <= ev.start < ev.end <= len(text)
            span = _clean(text, ev.start, ev.end)
            field, _, index = ev.field.partition("[")
            if field == "attendees":
                att = report.attendees[int(index.split("]")[0])]
                if ev.field.endswith(".role"):
                    assert span in {"主持", "通报", "讲话", "致辞", "发言"}
                    assert att.role is not Role.ATTENDED
                else:
                    assert att.name in span
            elif field in ("documents", "heard", "agreements", "releases", "unveiled", "visits"):
                value = getattr(report, field)[int(index.rstrip("]"))]
                assert value in span or span in value, (value, span)
            elif field == "theme":
                assert span == report.theme
            elif field == "city":
                assert report.city is None or report.city in span or span in {"沪"}
            elif field == "start":
                assert report.start is not None and f"{report.start.day}日" in span
            elif field == "next_host":
                assert report.next_host is not None and report.next_host.name_zh in span
            elif field == "edition":
                assert span in {"首", str(report.edition)} or span.isalpha()
            elif field == "kind":
                assert any(w in span for w in ("座谈会", "论坛", "推进会", "会议"))


def test_headline_run_on_names_are_not_attendees() -> None:
    # seed 000's forum body omits 梁言顺; only its headline names him
    (_, forum) = parse(seed_text(SEEDS[0]))
    assert "梁言顺" not in [a.name for a in forum.attendees]


def test_misstated_post_kept_as_text_says() -> None:
    (_, forum) = parse(seed_text(SEEDS[0]))
    xin = next(a for a in forum.attendees if a.name == "信长星")
    assert xin.post is None and xin.province is Province.JIANGSU
    assert xin.title == "江苏省委副书记"


def test_other_meeting_named() -> None:
    forum, other = parse(seed_text(SEEDS[3]))
    assert other.kind is MeetingKind.OTHER
    assert other.name == "央地共建上海（长三角）国际科技创新中心工作推进会"
    assert forum.name is None


def test_unrelated_articles_yield_nothing() -> None:
    text = seed_text(SEEDS[0])
    tail = text[text.index("本报记者高考首日观察") :]
    assert parse(tail) == ()
    people = {a.name for r in parse(text) for a in r.attendees}
    assert not people & {"丁仲礼", "王文序", "成岳冲", "徐正杰", "沈吟"}


def test_announcement_and_back_reference_are_not_reports() -> None:
    assert parse("会议确定,2026年度长三角地区主要领导座谈会在上海市召开。") == ()
    assert parse("4年前,2021年度长三角地区主要领导座谈会在江苏无锡举行,犹在眼前。") == ()
    assert parse("4年前，江苏第一次轮值时，无锡太湖岸边举办的那场座谈犹在眼前。") == ()


def test_year_sources() -> None:
    (r,) = parse("8月17日，长三角一体化发展高层论坛在上海举行。", year=2022)
    assert (r.year, str(r.start)) == (2022, "2022-08-17")
    assert r.evidence_for("year")[0].via == "hint"
    (r,) = parse("5月21日上午，第八届长三角一体化发展高层论坛在上海举行。")
    assert (r.year, r.evidence_for("year")[0].via) == (2026, "dataset")
    (r,) = parse("2024年6月6日，第六届长三角一体化发展高层论坛在浙江温州举行。", year=2001)
    assert (r.year, r.evidence_for("year")[0].via) == (2024, "date")
    (r,) = parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
    assert (r.year, r.evidence_for("year")[0].via) == (2022, "label")


def test_unknown_official_after_a_post() -> None:
    (r,) = parse(
        "6月1日，2030年度长三角地区主要领导座谈会在安徽合肥举行。"
        "上海市委书记张三丰、安徽省委副书记、省长李四出席会议。张三丰主持会议。"
    )
    assert [(a.name, a.post, a.province, a.role) for a in r.attendees] == [
        ("张三丰", Post.PARTY_SECRETARY, Province.SHANGHAI, Role.PRESIDED),
        ("李四", Post.GOVERNOR, Province.ANHUI, Role.ATTENDED),
    ]
    assert (r.city, r.province) == ("合肥", Province.ANHUI)


@pytest.mark.parametrize("bad", [b"text", None, 12, ["a"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        parse(bad)  # type: ignore[arg-type]


def test_bad_year_hint() -> None:
    with pytest.raises(TypeError, match="str"):
        parse("会议", year="2025")  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [-5, 0, 1899, 2101, 10**30])
def test_year_hint_out_of_range(year: int) -> None:
    with pytest.raises(ValueError, match=f"between 1900 and 2100, got {year}"):
        parse("会议", year=year)


@pytest.mark.parametrize("blank", ["", " ", "\n\n\t　 ", "\u200b"])
def test_blank_gives_empty(blank: str) -> None:
    assert parse(blank) == ()


def test_report_to_json_type_error() -> None:
    with pytest.raises(TypeError, match="dict"):
        report_to_json({})  # type: ignore[arg-type]


def test_unknown_name_run_into_the_next_word_found_by_jieba() -> None:
    (r,) = parse(
        "6月1日，2030年度长三角地区主要领导座谈会在安徽合肥举行。"
        "上海市委书记张三丰会见了代表，安徽省长李思远视察工厂。"
    )
    assert [(a.name, a.post, a.province) for a in r.attendees] == [
        ("张三丰", Post.PARTY_SECRETARY, Province.SHANGHAI),
        ("李思远", Post.GOVERNOR, Province.ANHUI),
    ]


def test_a_title_without_a_name_adds_nobody() -> None:
    (r,) = parse(
        "6月1日，2030年度长三角地区主要领导座谈会在安徽合肥举行。国家发展改革委有关负责同志出席。"
    )
    assert r.attendees == ()


def test_package_attribute_parse_is_callable_after_importing_the_subpackage() -> None:
    import yrd_meetings
    import yrd_meetings.parsing

    (r,) = yrd_meetings.parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
    assert r.year == 2022
    assert yrd_meetings.parse("") == ()


def test_a_list_of_bare_names_adds_attendees_without_posts() -> None:
    (r,) = parse(
        "6月6日，第五届长三角一体化发展高层论坛在安徽合肥举行，陈吉宁、信长星、易炼红、韩俊讲话。"
        "上海市委副书记、市长龚正出席。安徽省委书记韩俊说，长三角一体化是安徽发展的最大机遇。"
    )
    assert [(a.name, a.post, a.province, a.role) for a in r.attendees] == [
        ("龚正", Post.GOVERNOR, Province.SHANGHAI, Role.ATTENDED),
        ("韩俊", Post.PARTY_SECRETARY, Province.ANHUI, Role.SPOKE),
        ("陈吉宁", None, None, Role.SPOKE),
        ("信长星", None, None, Role.SPOKE),
        ("易炼红", None, None, Role.SPOKE),
    ]
    assert (r.year, r.edition, str(r.start)) == (2023, 5, "2023-06-06")


def test_reports_are_frozen_and_slotted() -> None:
    import attrs

    (r,) = parse("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.year = 2023  # type: ignore[misc]
    assert not hasattr(r, "__dict__")
    assert isinstance(r.attendees, tuple) and isinstance(r.evidence, tuple)


def test_parse_from_many_threads_at_once() -> None:
    import threading

    texts = [seed_text(p) for p in SEEDS]
    expected = [[values(r) for r in parse(t)] for t in texts]
    results: dict[int, list[list[dict[str, object]]]] = {}

    def work(i: int) -> None:
        results[i] = [[values(r) for r in parse(t)] for t in texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(results[i] == expected for i in range(6))


def test_a_text_over_the_limit_is_refused_with_a_clear_message() -> None:
    from yrd_meetings.parsing import TextTooLongError, check

    text = "会议在上海举行。" * 20
    with pytest.raises(TextTooLongError, match="text has 160 characters, more than max_chars=100"):
        parse(text, max_chars=100)
    with pytest.raises(TextTooLongError):
        check(text, max_chars=100)
    assert parse(text, max_chars=None) == parse(text)


@pytest.mark.parametrize(
    ("lead", "start", "end"),
    [("2025年12月31日至1月1日", "2025-12-31", "2026-01-01"),  # across the year end
     ("6月7日至5日", "2025-06-07", None),  # reversed: the end is left open
     ("2月28日至3月1日", "2025-02-28", "2025-03-01"),
     ("2月29日", None, None)],  # no such day in 2025
)  # fmt: skip
def test_ranges_never_end_before_they_start(lead: str, start: str | None, end: str | None) -> None:
    (r,) = parse(f"{lead}，2025年度长三角地区主要领导座谈会在上海举行。")
    assert (str(r.start) if r.start else None, str(r.end) if r.end else None) == (start, end)
