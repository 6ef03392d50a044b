from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yrd_meetings.text.normalize import normalize


def test_full_width_digits_and_spaces_in_dates() -> None:
    n = normalize("６ 月 ５ 日至 ６ 日，会议举行")
    assert n.text == "6月5日至6日,会议举行"


def test_offsets_point_into_original() -> None:
    original = "本报讯 6 月 5 日，\n上海市委\n书记陈吉宁出席"
    n = normalize(original)
    assert n.text == "本报讯6月5日,上海市委书记陈吉宁出席"
    start = n.text.index("上海市委书记")
    s, e = n.span(start, start + len("上海市委书记"))
    assert original[s:e] == "上海市委\n书记"
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(original)


def test_markdown_latex_and_invisible_noise_removed() -> None:
    n = normalize("## 共担新使命\n\n**本报讯** 8月16日\u200b,$\\textbf{会议}$举行")
    assert n.text == "共担新使命本报讯8月16日,会议举行"


def test_pinyin_glosses_removed() -> None:
    assert normalize("推动一体化發(fā)展和高质量发展(fa1)").text == "推动一体化发展和高质量发展"
    # parentheses with Chinese or capitals stay
    assert normalize("上海(长三角)中心G60(G60)").text == "上海(长三角)中心G60(G60)"


def test_traditional_converted_with_same_offsets() -> None:
    original = "上海市委書記陳吉寧出席會議"
    n = normalize(original)
    assert n.converted
    assert n.text == "上海市委书记陈吉宁出席会议"
    i = n.text.index("陈吉宁")
    assert original[slice(*n.span(i, i + 3))] == "陳吉寧"


def test_simplified_with_stray_traditional_word_is_not_converted() -> None:
    text = "本报讯(记者 沈吟 通讯员 许跃文) 6月4日至5日,民盟中央调研组来浙开展重点课题调研。" * 3
    n = normalize(text)
    assert not n.converted
    assert "沈吟" in n.text


def test_paragraph_starts() -> None:
    n = normalize("标题一\n\n正文第一段,\n续行。\n\n  第二段。")
    assert n.text == "标题一正文第一段,续行。第二段。"
    assert n.paragraphs == (0, 3, 12)


def test_ascii_words_keep_one_space() -> None:
    assert normalize("IDG 资本 Deep  Seek 2025").text == "IDG资本Deep Seek 2025"
    # a column break inside a number or a word joins it; between words it is a space
    assert normalize("发布202\n6年度清单").text == "发布2026年度清单"
    assert normalize("Yangtze\nRiver").text == "Yangtze River"


def test_english_asides_removed() -> None:
    assert normalize("。(Photo: Xinhua)本报讯").text == "。本报讯"
    assert normalize("长三角(Yangtze River Delta)地区").text == "长三角地区"


def test_quotes_folded_and_kept() -> None:
    assert normalize("以「共担新使命」為主題……").text == "以“共担新使命”为主题……"


def test_empty_and_type_error() -> None:
    assert normalize("").text == ""
    assert normalize(" \n\t ").text == ""
    with pytest.raises(TypeError, match="bytes"):
        normalize(b"abc")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_offset_map_invariants(text: str) -> None:
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(text)
    assert all(0 <= o < len(text) for o in n.offsets[:-1])
    assert list(n.offsets) == sorted(n.offsets)
    assert all(0 <= p < max(1, len(n.text)) for p in n.paragraphs)
