from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from yrd_meetings.parsing import tokens as segment
from yrd_meetings.parsing.lexicon import lexicon

ROOT = Path(__file__).resolve().parents[1]


def test_headline_run_on_names_split() -> None:
    tokens = segment.tokenize("陈吉宁信长星王浩梁言顺龚正许昆林刘捷王清宪出席")
    expected = "陈吉宁 信长星 王浩 梁言顺 龚正 许昆林 刘捷 王清宪 出席"
    assert tokens == expected.split()


def test_posts_and_meeting_names_are_single_tokens() -> None:
    tokens = segment.tokenize("上海市委书记陈吉宁出席长三角地区主要领导座谈会")
    assert "上海市委书记" in tokens
    assert "陈吉宁" in tokens
    assert "长三角地区主要领导座谈会" in tokens


def test_tokens_concatenate_to_input() -> None:
    text = "国家发展改革委副秘书长肖贵明在论坛上致辞。Hello 2025!"
    assert "".join(segment.tokenize(text)) == text
    assert segment.tokenize("") == []
    with pytest.raises(TypeError, match="list"):
        segment.tokenize(["x"])  # type: ignore[arg-type]


def test_userdict_is_generated_from_the_dataset() -> None:
    text = segment.jieba_userdict()
    lines = text.splitlines()
    words = {line.split()[0] for line in lines}
    assert set(lexicon().names) <= words
    assert all(len(line.split()) == 3 for line in lines)
    # loadable by a user's own jieba
    jieba = segment._import_jieba()
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total = tk.gen_pfdict(io.BytesIO(text.encode("utf-8")))
    tk.initialized = True
    assert "信长星" in tk.lcut("陈吉宁信长星")


def test_tokenizer_built_once_across_threads() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(segment.tokenizer())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(t) for t in seen}) == 1


def test_no_default_dictionary_and_no_cache_file(tmp_path: Path) -> None:
    code = (
        "import tempfile, os\n"
        "from yrd_meetings.parsing.tokens import tokenize, tokenizer\n"
        "tokenize('陈吉宁出席会议')\n"
        "tk = tokenizer()\n"
        "assert len(tk.FREQ) < 50000, len(tk.FREQ)\n"
        "assert not os.listdir(tempfile.gettempdir()), os.listdir(tempfile.gettempdir())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_import_does_not_load_jieba_or_opencc() -> None:
    code = (
        "import sys, yrd_meetings, yrd_meetings.parsing.tokens, yrd_meetings.text.script\n"
        "import yrd_meetings.text.normalize, yrd_meetings.parsing\n"
        "bad = [m for m in ('jieba', 'opencc') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_parsing_a_simplified_seed_loads_neither_jieba_nor_opencc() -> None:
    code = (
        "import sys, yrd_meetings\n"
        "from yrd_meetings import seeds\n"
        "assert len(yrd_meetings.parse(seeds.text('000_5101c8e2da40accb.txt'))) == 2\n"
        "bad = [m for m in ('jieba', 'opencc') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
