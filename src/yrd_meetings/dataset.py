"""The loaded dataset: immutable collections plus look-ups; `load()` with its cache.

>>> import datetime
>>> ds = load()
>>> ds.meeting(2025).city
'南京'
>>> ds.holder("CN-JS", "governor", datetime.date(2026, 5, 21)).name
'刘小涛'
"""

from __future__ import annotations

import datetime
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable
from os import PathLike
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs

from .datadir import FILES, META_FILE, DataError, data_directory, package_data, read_tables
from .dates import PartialDate
from .ids import Alias
from .index import (
    Index,
    build_index,
    coerce_enum,
    find,
    meeting_sort_key,
    normal_key,
    partial_date,
    require_int,
    sorted_agreements,
    sorted_aliases,
    sorted_errata,
    sorted_meetings,
    sorted_officials,
)
from .records import (
    Agreement,
    Erratum,
    Meeting,
    Meta,
    Official,
    Post,
    Province,
    Source,
)
from .tenures import (
    Holding,
    OutOfPeriodError,
    UncertainDateError,
    check_period,
    held_throughout,
    holder_on,
    holders_during,
    tenure_covers,
)

__all__ = [
    "FILES",
    "META_FILE",
    "DataError",
    "Dataset",
    "Holding",
    "OutOfPeriodError",
    "UncertainDateError",
    "held_throughout",
    "load",
    "meeting_sort_key",
    "package_data",
    "register_upper",
    "tenure_covers",
]

T = TypeVar("T")


# Defined beside the reader that raises it; documented and caught as this module's.
DataError.__module__ = __name__


# -- the floors above -----------------------------------------------------------------
# Conversion and export sit above this module and import it; the conveniences here
# (`load(script=...)`, `ds.export()`, `ds.to_frames()`, `ds.to_frame()`) reach them
# through functions the package's `__init__` registers, so no import runs upward.

_UPPER: dict[str, Callable[..., Any]] = {}


def register_upper(name: str, function: Callable[..., Any]) -> None:
    """Serve the convenience `name` (convert, export, to_frames, to_frame) by `function`."""
    _UPPER[name] = function


def _upper(name: str) -> Callable[..., Any]:
    try:
        return _UPPER[name]
    except KeyError:
        raise RuntimeError(f"{name} is not registered; import yrd_meetings first") from None


@attrs.frozen(kw_only=True)
class Dataset:
    """The whole dataset. Build it with `load()`; collections are sorted tuples.

    >>> ds = load()
    >>> [m.id for m in ds.meetings_in(2025)]
    ['symposium-2025', 'forum-7']
    """

    meta: Meta
    meetings: tuple[Meeting, ...] = attrs.field(converter=sorted_meetings)
    officials: tuple[Official, ...] = attrs.field(converter=sorted_officials)
    agreements: tuple[Agreement, ...] = attrs.field(converter=sorted_agreements)
    errata: tuple[Erratum, ...] = attrs.field(converter=sorted_errata)
    aliases: tuple[Alias, ...] = attrs.field(default=(), converter=sorted_aliases)
    _index: Index = attrs.field(init=False, repr=False, eq=False)
    _sources: tuple[Source, ...] | None = attrs.field(
        init=False, repr=False, eq=False, default=None
    )

    def __attrs_post_init__(self) -> None:
        order = {m.id: i for i, m in enumerate(self.meetings)}
        agreements = tuple(
            sorted(self.agreements, key=lambda a: (order.get(a.meeting, len(order)), a.id))
        )
        object.__setattr__(self, "agreements", agreements)
        tables = (self.meetings, self.officials, self.agreements, self.errata, self.aliases)
        object.__setattr__(self, "_index", build_index(*tables))

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every distinct source cited anywhere in the data (computed on first use)."""
        if self._sources is None:
            distinct = dict.fromkeys(source for _, _, source in self.citations())
            found = tuple(
                sorted(distinct, key=lambda s: (s.kind, s.ref, s.quote or "", s.confidence.value))
            )
            object.__setattr__(self, "_sources", found)
            return found
        return self._sources

    def citations(self) -> Iterator[tuple[str, str, Source]]:
        """Every citation as (record id, what it supports, source), record by record.

        >>> next(load().citations())[:2]
        ('symposium-2005', 'meeting')
        """
        for m in self.meetings:
            for s in m.sources:
                yield m.id, "meeting", s
            for a in m.attendances:
                for s in a.sources:
                    yield m.id, f"attendance of {a.official}", s
        for o in self.officials:
            for s in o.sources:
                yield o.id, "identity", s
            for t in o.tenures:
                post = t.province.name_zh + t.post.title_zh(t.province)
                for s in t.sources:
                    yield o.id, f"{post} from {t.start}", s
        for ag in self.agreements:
            for s in ag.sources:
                yield ag.id, f"{ag.kind.value}: {ag.title}", s
        for e in self.errata:
            yield e.id, f"the slip: {e.says}", e.source
            for s in e.evidence:
                yield e.id, f"the truth: {e.truth}", s

    def __repr__(self) -> str:
        return (
            f"<Dataset {self.meta.version}: {len(self.meetings)} meetings, "
            f"{len(self.officials)} officials, {len(self.agreements)} agreements, "
            f"{len(self.errata)} errata>"
        )

    # -- look-ups ---------------------------------------------------------------

    def get(self, record_id: str) -> Meeting | Official | Agreement | Erratum:
        """Any record by its id; a renamed id (`aliases`) still finds its record for one
        release, with a DeprecationWarning naming the new id."""
        if not isinstance(record_id, str):
            raise TypeError(f"record id must be a str, got {type(record_id).__name__}")
        return find(self._index, record_id)

    def meeting(self, year: int) -> Meeting:
        """The symposium of a 年度 (year label), e.g. `meeting(2025)`."""
        require_int(year, "year")
        try:
            return self._index.symposiums[year]
        except KeyError:
            known = ", ".join(str(y) for y in sorted(self._index.symposiums))
            raise KeyError(f"no symposium for year {year}; years with one: {known}") from None

    def forum(self, edition: int) -> Meeting:
        """The high-level forum of an edition number, e.g. `forum(7)`."""
        require_int(edition, "edition")
        try:
            return self._index.forums[edition]
        except KeyError:
            known = ", ".join(str(e) for e in sorted(self._index.forums))
            raise KeyError(f"no forum with edition {edition}; editions: {known}") from None

    def meetings_in(self, year: int) -> tuple[Meeting, ...]:
        """Every meeting that started in a calendar year, or has that 年度 label."""
        require_int(year, "year")
        return tuple(
            m
            for m in self.meetings
            if (m.start is not None and m.start.year == year) or m.year == year
        )

    def official(self, key: str) -> Official:
        """An official by id (`chen-jining`), Chinese name (`陈吉宁`) or pinyin (`Chen Jining`)."""
        if not isinstance(key, str):
            raise TypeError(f"official key must be a str, got {type(key).__name__}")
        found = self._index.official_keys.get(normal_key(key), ())
        if len(found) == 1:
            return found[0]
        if found:
            ids = ", ".join(o.id for o in found)
            raise KeyError(f"{key!r} is ambiguous; use one of the ids: {ids}")
        known = ", ".join(f"{o.id} ({o.name})" for o in self.officials)
        raise KeyError(f"no official {key!r}; officials: {known}")

    @property
    def as_of(self) -> datetime.date:
        """The day the data is current to: its version date (`2026.12.01`)."""
        try:
            return datetime.datetime.strptime(self.meta.version, "%Y.%m.%d").date()
        except ValueError:  # a version of another form: the last day any record names
            days = [t.start.latest() for o in self.officials for t in o.tenures]
            days += [m.start.latest() for m in self.meetings if m.start is not None]
            return max(days, default=datetime.date.today())

    @property
    def period(self) -> tuple[datetime.date, datetime.date]:
        """The days the posts are covered: 1 January of the first symposium's year
        (2005) to `as_of`. `holder()` and `holders()` refuse days outside it."""
        years = [m.year for m in self.meetings if m.year is not None]
        return datetime.date(min(years, default=self.as_of.year), 1, 1), self.as_of

    def _check_period(self, first: datetime.date, last: datetime.date, what: str) -> None:
        check_period(self.period, first, last, what, self.meta.version)

    def holder(
        self,
        province: Province | str,
        post: Post | str,
        on: datetime.date,
        *,
        allow_beyond: bool = False,
    ) -> Official | None:
        """Who held a post on a day; None when nobody did (a vacancy).

        `province` is any name or code (`Province.lookup`). Raises
        UncertainDateError, naming the candidates in `.candidates`, when a tenure
        boundary known only to the month (or year) makes the answer depend on days
        no source gives; OutOfPeriodError for a day outside `period` unless
        `allow_beyond`.
        """
        province = Province.lookup(province)
        post = coerce_enum(post, Post, "post")
        if isinstance(on, datetime.datetime):
            on = on.date()
        if not isinstance(on, datetime.date):
            raise TypeError(f"on must be a datetime.date, got {type(on).__name__}")
        if not allow_beyond:
            self._check_period(on, on, str(on))
        return holder_on(self.officials, province, post, on)

    def holders(
        self,
        province: Province | str,
        post: Post | str,
        during: PartialDate | datetime.date | str,
        *,
        allow_beyond: bool = False,
    ) -> tuple[Holding, ...]:
        """Everyone who held a post during a year, month or day (`"2019-06"`), each
        with their tenure; `certain` is False where a boundary known only to the
        month or year leaves it open. OutOfPeriodError outside `period` unless
        `allow_beyond`.
        """
        when = partial_date(during)
        province = Province.lookup(province)
        post = coerce_enum(post, Post, "post")
        if not allow_beyond:
            self._check_period(when.earliest(), when.latest(), str(when))
        return holders_during(self.officials, province, post, when)

    def _meeting_of(self, meeting: Meeting | str) -> Meeting:
        if isinstance(meeting, Meeting):
            return meeting
        if isinstance(meeting, str):
            record = self.get(meeting)
            if isinstance(record, Meeting):
                return record
            raise KeyError(f"{meeting!r} is not a meeting id")
        raise TypeError(f"meeting must be a Meeting or its id, got {type(meeting).__name__}")

    def attendees(self, meeting: Meeting | str) -> tuple[Official, ...]:
        """The officials recorded at a meeting, in the order of its attendances."""
        m = self._meeting_of(meeting)
        return tuple(self._index.officials[a.official] for a in m.attendances)

    def agreements_of(self, meeting: Meeting | str) -> tuple[Agreement, ...]:
        """The documents, agreements, lists and organisations of a meeting."""
        return self._index.agreements_of.get(self._meeting_of(meeting).id, ())

    # -- conveniences served by the floors above (see `register_upper`) ----------

    def export(self, directory: str | PathLike[str], **options: Any) -> Path:
        """Write the dataset to a new directory: `yrd_meetings.export.write(self, ...)`."""
        written: Path = _upper("export")(self, directory, **options)
        return written

    def to_frames(self) -> dict[str, Any]:
        """The linked tables as pandas DataFrames: `yrd_meetings.export.frames.to_frames`."""
        frames: dict[str, Any] = _upper("to_frames")(self)
        return frames

    def to_frame(self, name: str) -> Any:
        """One flat, readable DataFrame (`meetings`, `attendances`, `tenures`,
        `agreements`): `yrd_meetings.export.flat.to_frame(self, name)`."""
        return _upper("to_frame")(self, name)

    def meetings_of(self, official: Official | str) -> tuple[Meeting, ...]:
        """The meetings an official is recorded at, by official, id, name or pinyin."""
        person = official if isinstance(official, Official) else self.official(official)
        return tuple(
            m for m in self.meetings if any(a.official == person.id for a in m.attendances)
        )


# -- loading ----------------------------------------------------------------------

_LOCK = threading.Lock()
_CACHE: dict[str, Dataset] = {}


def read_directory(folder: Traversable | Path) -> Dataset:
    """Read a data directory in the package's JSON format; every problem is reported
    (a `DataError` listing each as `file$path: message`; see `datadir.read_tables`)."""
    meta, tables = read_tables(folder)
    return Dataset(meta=meta, **tables)


Script = Literal["simplified", "traditional", "hk", "tw"]
SCRIPTS: tuple[Script, ...] = ("simplified", "traditional", "hk", "tw")


def load(*, path: str | PathLike[str] | None = None, script: Script = "simplified") -> Dataset:
    """The dataset, from the package (cached: the same object every call) or from `path`.

    `path` is a directory in the package's JSON format, e.g. one written by
    `Dataset.export(dir, format="json")`; it is read afresh on every call.
    `script` converts every Chinese text field: "traditional" (OpenCC s2t),
    "hk" (s2hk) or "tw" (s2tw); the default keeps the curated Simplified text.

    >>> load() is load()
    True
    """
    if script not in SCRIPTS:
        raise ValueError(f"unknown script {script!r}; accepted: {', '.join(SCRIPTS)}")
    if path is not None:
        return _in_script(read_directory(data_directory(path)), script)
    with _LOCK:
        cached = _CACHE.get(script)
        if cached is None:
            simplified = _CACHE.get("simplified")
            if simplified is None:
                simplified = _CACHE["simplified"] = read_directory(package_data())
            cached = _CACHE[script] = _in_script(simplified, script)
        return cached


def _in_script(dataset: Dataset, script: Script) -> Dataset:
    if script == "simplified":
        return dataset
    converted: Dataset = _upper("convert")(dataset, script)  # loads opencc
    return converted
