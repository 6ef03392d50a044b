"""Noise removal for Chinese news text, with a map back to the original.

`normalize(text)` returns a `Normalized`: the cleaned text (`.text`), for
every cleaned character the index of the original character it came from
(`.offsets`), and where the original's paragraphs (blank-line separated)
begin in the cleaned text (`.paragraphs`).

What cleaning does, in order:

1. Traditional script is converted to Simplified (opencc `t2s`) when
   `looks_traditional` says so.
2. Compatibility forms are folded with NFKC: full-width digits, letters and
   punctuation become ASCII (`，` -> `,`, `６` -> `6`); `「」『』` become `“”‘’`.
   Ellipses and dashes are kept as they are.
3. Markdown and LaTeX noise (`#` headings, `**`, `__`, `$`, `\\command`,
   braces), zero-width characters and inline pinyin glosses such as
   `發(fā)展` are removed (the glossed character is made Simplified), as are
   English asides in parentheses such as `(Photo: Xinhua)`.
4. A paragraph that repeats the paragraph before it verbatim is dropped.
5. All whitespace is removed (line breaks inside words, names and numbers,
   spaces in `6 月 5 日`), except one space between two ASCII words.

>>> n = normalize("6 月 5 日，會議在溫\\n州舉行")
>>> n.text
'6月5日,会议在温州举行'
>>> n.span(n.text.index("温州"), n.text.index("温州") + 2)
(11, 14)
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from array import array
from collections.abc import Callable

import attrs

__all__ = ["Normalized", "normalize"]

_KEEP = frozenset("“”‘’…—–·")
_SPECIAL = {"「": "“", "」": "”", "『": "‘", "』": "’", "\u3000": " "}

# characters that may need folding: anything outside ASCII and the CJK block,
# except the common CJK punctuation that NFKC leaves alone anyway
_FOLD = re.compile(r"[^\x00-\x7f\u4e00-\u9fff\u3001\u3002\u300a\u300b]")
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_NOISE = re.compile(
    r"(?m:^[ \t]*(?:#{1,6}|>|[-*+](?=[ \t]))[ \t]*)"  # markdown heading, quote, bullet
    r"|\*\*|__|[■□◆◇●▲▼★☆]"  # emphasis, ornaments
    r"|\\[a-zA-Z]+|[${}]"  # LaTeX commands and delimiters
    r"|[\u200b-\u200f\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"  # invisible
    r"|\([A-Za-z][A-Za-z .,:'-]{0,60}[ :][A-Za-z .,:'-]{0,60}\)"  # English aside: (Photo: Xinhua)
)
# a pinyin gloss after a character: 發(fā)展; the glossed character is also made
# Simplified (a gloss marks a character a Simplified text may print in Traditional)
# (a column break may fall anywhere inside it: 發(f\nā)展)
_GLOSS = re.compile(
    rf"([\u4e00-\u9fff])\n?\(\n?(?:(?:[a-z{_TONE}]\n?){{1,7}}[1-5]?\n?[ ']?\n?){{1,4}}\)"
)
_SPACE = re.compile(r"\s+")


@attrs.frozen(kw_only=True)
class Normalized:
    """Cleaned text with a character map back into the original."""

    original: str
    text: str
    offsets: array[int]  # len(text) + 1 entries; the last is len(original)
    paragraphs: tuple[int, ...]  # start of each original paragraph in `text`
    converted: bool  # True when the original looked Traditional and was converted

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span `[start, end)` that the cleaned span `[start, end)` came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span out of range: {start}, {end}")
        if start == end:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _rewrite(
    text: str,
    offsets: array[int],
    pattern: re.Pattern[str],
    replace: Callable[[re.Match[str]], str],
) -> tuple[str, array[int]]:
    """Substitute every match, keeping the offset map: replacement characters
    map to the first original character of the match."""
    parts: list[str] = []
    new = array("i")
    pos = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        repl = replace(match)
        if repl == match.group():
            continue  # unchanged (a combining mark, ā): no copy, the run goes on
        if start > pos:
            parts.append(text[pos:start])
            new.extend(offsets[pos:start])
        if repl:
            parts.append(repl)
            new.extend([offsets[start]] * len(repl))
        pos = end
    if pos == 0 and not parts:
        return text, offsets
    parts.append(text[pos:])
    new.extend(offsets[pos:])
    return "".join(parts), new


def _fold(match: re.Match[str]) -> str:
    char = match.group()
    if char in _KEEP:
        return char
    special = _SPECIAL.get(char)
    if special is not None:
        return special
    return unicodedata.normalize("NFKC", char)


def _unglossed(match: re.Match[str]) -> str:
    from .script import to_simplified

    char = to_simplified(match.group(1))
    return char if len(char) == 1 else match.group(1)


def _convert(text: str) -> tuple[str, array[int], bool]:
    offsets = array("i", range(len(text) + 1))
    from .script import looks_traditional, to_simplified

    if not looks_traditional(text):
        return text, offsets, False
    whole = to_simplified(text)
    if len(whole) == len(text):
        return whole, offsets, True
    # a phrase conversion changed the length somewhere: convert line by line,
    # and character by character where a line changes length
    parts = []
    for line in text.splitlines(keepends=True):
        conv = to_simplified(line)
        if len(conv) != len(line):
            conv = "".join(to_simplified(ch) if len(to_simplified(ch)) == 1 else ch for ch in line)
        parts.append(conv)
    return "".join(parts), offsets, True


def _drop_repeats(
    text: str, offsets: array[int], marks: list[int]
) -> tuple[str, array[int], list[int]]:
    """Drop a paragraph that repeats the one before it verbatim."""
    bounds = [*marks, len(text)]
    dropped: set[int] = set()  # only the repeats are remembered: most texts have none
    previous = None
    for i, (start, end) in enumerate(itertools.pairwise(bounds)):
        chunk = text[start:end]
        if chunk == previous and len(chunk) >= 4:
            dropped.add(i)
            continue
        previous = chunk
    if not dropped:
        return text, offsets, marks
    keep = [pair for i, pair in enumerate(itertools.pairwise(bounds)) if i not in dropped]
    parts: list[str] = []
    new = array("i")
    new_marks: list[int] = []
    length = 0
    for start, end in keep:
        new_marks.append(length)
        parts.append(text[start:end])
        new.extend(offsets[start:end])
        length += end - start
    new.append(offsets[-1])
    return "".join(parts), new, new_marks


def _joins(left: str, right: str, line_break: bool) -> bool:
    """Keep one space between two ASCII words; a line break inside a number
    (202\n6年) or a name joins it."""
    if line_break:
        return left.isascii() and left.isalpha() and right.isascii() and right.isalpha()
    return left.isascii() and left.isalnum() and right.isascii() and right.isalnum()


def _strip_space(work: str, offsets: array[int], total: int) -> tuple[str, array[int], list[int]]:
    """Remove whitespace, remembering where paragraphs (two or more line breaks) begin."""
    marks: list[int] = [0]
    parts: list[str] = []
    new = array("i")
    pos = length = 0
    for match in _SPACE.finditer(work):
        start, end = match.span()
        if start > pos:
            parts.append(work[pos:start])
            new.extend(offsets[pos:start])
            length += start - pos
        breaks = work.count("\n", start, end)
        if breaks >= 2 and length > 0 and length != marks[-1]:
            marks.append(length)
        if start > 0 and end < len(work) and _joins(work[start - 1], work[end], breaks > 0):
            parts.append(" ")
            new.append(offsets[start])
            length += 1
        pos = end
    parts.append(work[pos:])
    new.extend(offsets[pos : len(work)])
    new.append(total)
    clean = "".join(parts)
    while len(marks) > 1 and marks[-1] >= len(clean):
        marks.pop()  # a break at the very end starts no paragraph
    return clean, new, marks


def normalize(text: str) -> Normalized:
    """Clean `text` for matching; see the module docstring for what is removed."""
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects a str, got {type(text).__name__}")
    work, offsets, converted = _convert(text)
    work, offsets = _rewrite(work, offsets, _FOLD, _fold)
    work, offsets = _rewrite(work, offsets, _NOISE, lambda m: "")
    work, offsets = _rewrite(work, offsets, _GLOSS, _unglossed)
    clean, new, marks = _strip_space(work, offsets, len(text))
    clean, new, marks = _drop_repeats(clean, new, marks)
    paragraphs = tuple(marks)
    return Normalized(
        original=text, text=clean, offsets=new, paragraphs=paragraphs, converted=converted
    )
