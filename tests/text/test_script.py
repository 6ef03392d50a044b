from __future__ import annotations

import threading

import pytest

from yrd_meetings.text import script


def test_round_trip_of_names_and_terms() -> None:
    words = "陈吉宁 信长星 龚正 许昆林 王清宪 梁言顺 刘小涛 长三角一体化发展高层论坛 座谈会"
    assert script.to_simplified(script.to_traditional(words)) == words


@pytest.mark.parametrize(
    ("variant", "expected"),
    [("traditional", "長三角一體化發展"), ("hk", "長三角一體化發展"), ("tw", "長三角一體化發展")],
)
def test_variants(variant: script.Variant, expected: str) -> None:
    assert script.to_traditional("长三角一体化发展", variant) == expected


def test_variants_differ_where_expected() -> None:
    # OpenCC standard 臺/裏 vs Taiwan 台/裡
    assert script.to_traditional("里面", "traditional") == "裏面"
    assert script.to_traditional("里面", "tw") == "裡面"


def test_no_vocabulary_swap() -> None:
    # s2twp would give 軟體; s2tw keeps the word
    assert script.to_traditional("软件", "tw") == "軟件"


def test_bad_variant_and_types() -> None:
    with pytest.raises(ValueError, match="variant"):
        script.to_traditional("长三角", "s2twp")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="int"):
        script.to_simplified(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        script.looks_traditional(None)  # type: ignore[arg-type]


def test_looks_traditional() -> None:
    assert script.looks_traditional("上海市委書記陳吉寧")
    assert not script.looks_traditional("上海市委书记陈吉宁")
    assert not script.looks_traditional("")
    assert not script.looks_traditional("hello 2025")
    assert not script.looks_traditional("记者沈吟报道：" + "长三角一体化发展" * 20)


def test_converter_built_once_across_threads() -> None:
    script._CONVERTERS.pop("s2hk", None)
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(script.to_traditional("发展", "hk")))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["發展"] * 8
    assert "s2hk" in script._CONVERTERS
