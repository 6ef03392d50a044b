"""Parse an archive: `parse_many(texts, workers=N)` streams one tuple of reports a text.

Texts are read lazily and results come back in input order while later texts are
still being parsed, so an archive of any size runs in bounded memory: at most
`workers × 4` chunks are in flight. `workers=1` parses in this process;
`workers=N` uses N processes (each loads the parser once). On a terminal a
progress line (texts, texts/s) is written to stderr; `progress=False` turns it
off, `progress=True` forces it.

>>> from yrd_meetings import seeds
>>> texts = [seeds.text("000_5101c8e2da40accb.txt"), "今天天气很好。"]
>>> [len(reports) for reports in parse_many(texts, progress=False)]
[2, 0]

For a cluster, map `yrd_meetings.parse` with an existing engine instead: both
`parse` and `Report` pickle (docs/parsing.md shows a Dask bag recipe).
"""

from __future__ import annotations

import concurrent.futures
import itertools
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .parsing import Report

__all__ = ["parse_many"]

Reports = tuple["Report", ...]


def _parse_chunk(texts: list[str]) -> list[Reports]:
    from .parsing import parse

    return [parse(text) for text in texts]


class _Progress:
    """`parsed N texts (R/s)` rewritten in place on a terminal, every ~0.2 s."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream, self.count = stream, 0
        self.start = self.shown = time.monotonic()

    def step(self, n: int = 1, *, last: bool = False) -> None:
        self.count += n
        now = time.monotonic()
        if self.stream is None or (not last and now - self.shown < 0.2):
            return
        self.shown = now
        rate = self.count / max(now - self.start, 1e-9)
        end = "\n" if last else ""
        self.stream.write(f"\rparsed {self.count} texts ({rate:,.0f}/s){end}")
        self.stream.flush()


def _stream(progress: bool | None) -> TextIO | None:
    if progress is None:
        progress = sys.stderr.isatty()
    return sys.stderr if progress else None


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(texts)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _in_processes(texts: Iterable[str], workers: int, chunksize: int) -> Iterator[list[Reports]]:
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[concurrent.futures.Future[list[Reports]]] = deque()
        for chunk in _chunks(texts, chunksize):
            pending.append(pool.submit(_parse_chunk, chunk))
            if len(pending) >= workers * 4:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def parse_many(
    texts: Iterable[str],
    *,
    workers: int = 1,
    chunksize: int = 16,
    progress: bool | None = None,
) -> Iterator[Reports]:
    """`parse(text)` for each text, in order, as an iterator (see the module)."""
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a positive int, got {workers!r}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")
    bar = _Progress(_stream(progress))
    if workers == 1:
        batches: Iterator[list[Reports]] = map(_parse_chunk, _chunks(texts, chunksize))
    else:
        batches = _in_processes(texts, workers, chunksize)
    for batch in batches:
        for reports in batch:
            yield reports
            bar.step()
    bar.step(0, last=True)
