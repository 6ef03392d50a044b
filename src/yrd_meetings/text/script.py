"""Simplified/Traditional conversion with opencc, imported and built lazily.

Each opencc converter is created once per process (it costs 50-85 ms) under a
lock, then reused. Only `t2s` is used to read text; for output, `s2t`
(OpenCC standard), `s2hk` (Hong Kong) and `s2tw` (Taiwan) are offered.
`s2twp`/`tw2sp` are never used: they swap vocabulary (软件 -> 軟體), which
would corrupt names and titles.

>>> to_traditional("长三角一体化发展")
'長三角一體化發展'
>>> to_simplified("長三角一體化發展")
'长三角一体化发展'
>>> looks_traditional("長三角一體化發展"), looks_traditional("长三角一体化发展")
(True, False)
"""

from __future__ import annotations

import re
import threading
from typing import Any, Literal

__all__ = ["Variant", "looks_traditional", "to_simplified", "to_traditional"]

Variant = Literal["traditional", "hk", "tw"]
_CONFIGS: dict[str, str] = {"traditional": "s2t", "hk": "s2hk", "tw": "s2tw"}
_LOCK = threading.Lock()
_CONVERTERS: dict[str, Any] = {}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _converter(config: str) -> Any:
    conv = _CONVERTERS.get(config)
    if conv is None:
        with _LOCK:
            conv = _CONVERTERS.get(config)
            if conv is None:
                import opencc

                conv = opencc.OpenCC(config)
                _CONVERTERS[config] = conv
    return conv


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected a str, got {type(text).__name__}")
    return text


def _convert(config: str, text: str) -> str:
    # opencc encodes to UTF-8, which a lone surrogate cannot be; U+FFFD keeps the
    # length, so offsets into the text stay valid
    return str(_converter(config).convert(_SURROGATE.sub("\ufffd", text)))


def to_simplified(text: str) -> str:
    """Traditional (any variant) to Simplified Chinese with opencc `t2s`."""
    text = _check(text)
    if not text:
        return text
    return _convert("t2s", text)


def to_traditional(text: str, variant: Variant = "traditional") -> str:
    """Simplified to Traditional: `traditional` (s2t), `hk` (s2hk) or `tw` (s2tw).

    Names convert by the common-word reading (范 -> 範); keep names in
    Simplified where they must stay authoritative.
    """
    text = _check(text)
    config = _CONFIGS.get(variant) if isinstance(variant, str) else None
    if config is None:
        raise ValueError(f"variant must be one of {sorted(_CONFIGS)}, got {variant!r}")
    if not text:
        return text
    return _convert(config, text)


def looks_traditional(text: str) -> bool:
    """True when at least 5 % of the Han characters (and at least one) change
    under `t2s`. A Simplified text with a stray Traditional-only word
    (沈吟) stays False. Text whose characters are nearly all in GB 2312 is
    taken as Simplified without loading opencc."""
    text = _check(text)
    cjk = len(text) - len(_CJK.sub("", text))  # counted without a list of characters
    if cjk == 0:
        return False
    # fast pre-check without opencc: Traditional text is full of characters
    # that GB 2312 (the Simplified character set) cannot encode
    outside = text.encode("gb2312", errors="replace").count(b"?") - text.count("?")
    if outside < 0.01 * cjk:
        return False
    converted = to_simplified(text)
    if len(converted) == len(text):
        changed = sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    else:
        changed = abs(len(converted) - len(text)) + 1
    return changed >= 1 and changed >= 0.05 * cjk
