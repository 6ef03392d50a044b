"""Chinese text helpers: noise removal with offsets (`normalize`), script
conversion (`script`, opencc, lazy) and segmentation (`segment`, jieba, lazy).

Importing this package imports neither jieba nor opencc.
"""

from __future__ import annotations

__all__: list[str] = []
