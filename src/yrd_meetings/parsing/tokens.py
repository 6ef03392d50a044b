"""Word segmentation with a dedicated jieba `Tokenizer` and a domain dictionary.

The tokenizer is created on first use, once per process, under a lock. Its
dictionary is generated from the dataset (officials' names, posts, places,
meeting names; see `lexicon`), so jieba's 20 MB general dictionary is never
loaded and no cache file is written anywhere: the prefix dictionary is built
in memory (a few milliseconds for the domain words). Words outside the
dictionary are segmented by jieba's HMM, which finds unknown names well.

jieba's import-time warnings are filtered and its logger is set to WARNING.

>>> tokenize("陈吉宁信长星王浩梁言顺出席")[:4]
['陈吉宁', '信长星', '王浩', '梁言顺']
>>> "陈吉宁 2000 nr" in jieba_userdict().splitlines()
True
"""

from __future__ import annotations

import io
import logging
import threading
import warnings
from typing import Any

from .lexicon import lexicon

__all__ = ["jieba_userdict", "tokenize", "tokenizer"]

_LOCK = threading.Lock()
_TOKENIZER: Any = None


def _import_jieba() -> Any:
    with warnings.catch_warnings():
        # pkg_resources deprecation (setuptools 67-80) and invalid escapes in
        # jieba's regex literals (DeprecationWarning/SyntaxWarning)
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        import jieba
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return jieba


def jieba_userdict() -> str:
    """The domain dictionary as jieba user-dictionary text (`word freq tag` lines).

    Load it into your own jieba with
    `jieba.load_userdict(io.StringIO(yrd_meetings.jieba_userdict()))`.
    """
    return "".join(f"{w} {f} {t}\n" for w, f, t in lexicon().words())


def tokenizer() -> Any:
    """The shared `jieba.Tokenizer` with the domain dictionary (built once)."""
    global _TOKENIZER
    tk = _TOKENIZER
    if tk is not None:
        return tk
    with _LOCK:
        if _TOKENIZER is None:
            jieba = _import_jieba()
            tk = jieba.Tokenizer()
            # build the prefix dictionary in memory: no dictionary file, no cache
            raw = io.BytesIO(jieba_userdict().encode("utf-8"))
            tk.FREQ, tk.total = tk.gen_pfdict(raw)
            tk.initialized = True
            _TOKENIZER = tk
        return _TOKENIZER


def tokenize(text: str, *, hmm: bool = True) -> list[str]:
    """Segment `text` into words (the tokens concatenate back to `text`)."""
    if not isinstance(text, str):
        raise TypeError(f"tokenize() expects a str, got {type(text).__name__}")
    if not text:
        return []
    return list(tokenizer().cut(text, HMM=hmm))
