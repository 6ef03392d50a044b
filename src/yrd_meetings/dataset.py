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
import os
import stat
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, TypeVar

import attrs

from . import codec
from .dates import PartialDate
from .records import (
    Agreement,
    Erratum,
    Meeting,
    MeetingKind,
    Meta,
    Official,
    Post,
    Province,
    Source,
    Tenure,
)

__all__ = ["DataError", "Dataset", "UncertainDateError", "load"]

T = TypeVar("T")

# One file a record type; the names are part of the export format too.
FILES: Mapping[str, type[Any]] = MappingProxyType(
    {
        "meetings": Meeting,
        "officials": Official,
        "agreements": Agreement,
        "errata": Erratum,
    }
)
META_FILE = "meta.json"

_KIND_ORDER = {MeetingKind.SYMPOSIUM: 0, MeetingKind.FORUM: 1, MeetingKind.OTHER: 2}


class DataError(ValueError):
    """A data directory that cannot be loaded; `problems` lists each one with its path."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            f"{len(self.problems)} problem(s) in the data:\n" + "\n".join(self.problems)
        )


class UncertainDateError(ValueError):
    """A look-up whose answer depends on days the sources do not give."""


def meeting_sort_key(meeting: Meeting) -> tuple[datetime.date, int, str]:
    """Chronological: start date (1 January of the label year when unknown), kind, id."""
    if meeting.start is not None:
        when = meeting.start.earliest()
    else:
        when = datetime.date(meeting.year or meeting.edition or 1, 1, 1)
    return (when, _KIND_ORDER[meeting.kind], meeting.id)


def _coerce_enum(value: object, enum_cls: type[T], what: str) -> T:
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        try:
            return enum_cls(value)  # type: ignore[call-arg]
        except ValueError:
            pass
        accepted = ", ".join(repr(m.value) for m in enum_cls)  # type: ignore[attr-defined]
        raise ValueError(f"unknown {what} {value!r}; accepted: {accepted}")
    raise TypeError(f"{what} must be a {enum_cls.__name__} or str, got {type(value).__name__}")


def _require_int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{what} must be an int, got {type(value).__name__} {value!r}")
    return value


def tenure_covers(tenure: Tenure, day: datetime.date) -> bool | None:
    """True if `tenure` certainly covers `day`, False if certainly not, None if the
    sources' precision leaves it open. `end` is the first day out of office; an
    acting holder's election day proves them in office from then on."""
    if tenure.start.certainly_after(day):
        return False
    if tenure.end is not None and tenure.end.latest() <= day:
        return False
    started = tenure.start.latest() <= day or (
        tenure.elected is not None and tenure.elected.latest() <= day
    )
    still_in = tenure.end is None or tenure.end.earliest() > day
    return True if started and still_in else None


def held_throughout(tenure: Tenure, when: PartialDate) -> bool:
    """True if `tenure` certainly covers every day `when` may stand for."""
    return (
        tenure_covers(tenure, when.earliest()) is True
        and tenure_covers(tenure, when.latest()) is True
    )


@attrs.frozen(kw_only=True)
class _Index:
    by_id: Mapping[str, Meeting | Official | Agreement | Erratum]
    officials: Mapping[str, Official]
    official_keys: Mapping[str, tuple[Official, ...]]
    symposiums: Mapping[int, Meeting]
    forums: Mapping[int, Meeting]
    agreements_of: Mapping[str, tuple[Agreement, ...]]


def _normal_key(key: str) -> str:
    return "".join(key.split()).replace("-", "").replace("ü", "u").lower()


def _build_index(ds: Dataset) -> _Index:
    by_id: dict[str, Meeting | Official | Agreement | Erratum] = {}
    records: tuple[Meeting | Official | Agreement | Erratum, ...] = (
        *ds.meetings,
        *ds.officials,
        *ds.agreements,
        *ds.errata,
    )
    for record in records:
        by_id.setdefault(record.id, record)
    keys: dict[str, list[Official]] = {}
    for official in ds.officials:
        for key in {_normal_key(k) for k in (official.id, official.name, official.pinyin)}:
            keys.setdefault(key, []).append(official)
    agreements_of: dict[str, list[Agreement]] = {}
    for agreement in ds.agreements:
        agreements_of.setdefault(agreement.meeting, []).append(agreement)
    return _Index(
        by_id=MappingProxyType(by_id),
        officials=MappingProxyType({o.id: o for o in ds.officials}),
        official_keys=MappingProxyType({k: tuple(v) for k, v in keys.items()}),
        symposiums=MappingProxyType(
            {m.year: m for m in ds.meetings if m.kind is MeetingKind.SYMPOSIUM and m.year}
        ),
        forums=MappingProxyType(
            {m.edition: m for m in ds.meetings if m.kind is MeetingKind.FORUM and m.edition}
        ),
        agreements_of=MappingProxyType({k: tuple(v) for k, v in agreements_of.items()}),
    )


def _sorted_meetings(meetings: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return tuple(sorted(meetings, key=meeting_sort_key))


def _agreements(agreements: Iterable[Agreement]) -> tuple[Agreement, ...]:
    return tuple(agreements)  # sorted by meeting once the meetings are known


def _sorted_officials(officials: Iterable[Official]) -> tuple[Official, ...]:
    return tuple(sorted(officials, key=lambda o: o.id))


def _sorted_errata(errata: Iterable[Erratum]) -> tuple[Erratum, ...]:
    return tuple(sorted(errata, key=lambda e: e.id))


@attrs.frozen(kw_only=True)
class Dataset:
    """The whole dataset. Build it with `load()`; collections are sorted tuples.

    >>> ds = load()
    >>> [m.id for m in ds.meetings_in(2025)]
    ['symposium-2025', 'forum-7']
    """

    meta: Meta
    meetings: tuple[Meeting, ...] = attrs.field(converter=_sorted_meetings)
    officials: tuple[Official, ...] = attrs.field(converter=_sorted_officials)
    agreements: tuple[Agreement, ...] = attrs.field(converter=_agreements)
    errata: tuple[Erratum, ...] = attrs.field(converter=_sorted_errata)
    _index: _Index = attrs.field(init=False, repr=False, eq=False)
    _sources: tuple[Source, ...] | None = attrs.field(
        init=False, repr=False, eq=False, default=None
    )

    def __attrs_post_init__(self) -> None:
        order = {m.id: i for i, m in enumerate(self.meetings)}
        agreements = tuple(
            sorted(self.agreements, key=lambda a: (order.get(a.meeting, len(order)), a.id))
        )
        object.__setattr__(self, "agreements", agreements)
        object.__setattr__(self, "_index", _build_index(self))

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
        """Any record by its id."""
        if not isinstance(record_id, str):
            raise TypeError(f"record id must be a str, got {type(record_id).__name__}")
        try:
            return self._index.by_id[record_id]
        except KeyError:
            raise KeyError(f"no record with id {record_id!r}") from None

    def meeting(self, year: int) -> Meeting:
        """The symposium of a 年度 (year label), e.g. `meeting(2025)`."""
        _require_int(year, "year")
        try:
            return self._index.symposiums[year]
        except KeyError:
            known = ", ".join(str(y) for y in sorted(self._index.symposiums))
            raise KeyError(f"no symposium for year {year}; years with one: {known}") from None

    def forum(self, edition: int) -> Meeting:
        """The high-level forum of an edition number, e.g. `forum(7)`."""
        _require_int(edition, "edition")
        try:
            return self._index.forums[edition]
        except KeyError:
            known = ", ".join(str(e) for e in sorted(self._index.forums))
            raise KeyError(f"no forum with edition {edition}; editions: {known}") from None

    def meetings_in(self, year: int) -> tuple[Meeting, ...]:
        """Every meeting that started in a calendar year, or has that 年度 label."""
        _require_int(year, "year")
        return tuple(
            m
            for m in self.meetings
            if (m.start is not None and m.start.year == year) or m.year == year
        )

    def official(self, key: str) -> Official:
        """An official by id (`chen-jining`), Chinese name (`陈吉宁`) or pinyin (`Chen Jining`)."""
        if not isinstance(key, str):
            raise TypeError(f"official key must be a str, got {type(key).__name__}")
        found = self._index.official_keys.get(_normal_key(key), ())
        if len(found) == 1:
            return found[0]
        if found:
            ids = ", ".join(o.id for o in found)
            raise KeyError(f"{key!r} is ambiguous; use one of the ids: {ids}")
        known = ", ".join(f"{o.id} ({o.name})" for o in self.officials)
        raise KeyError(f"no official {key!r}; officials: {known}")

    def holder(
        self, province: Province | str, post: Post | str, on: datetime.date
    ) -> Official | None:
        """Who held a post on a day; None when nobody did (a vacancy or before the data).

        Raises UncertainDateError when a tenure boundary known only to the month
        (or year) makes the answer depend on days no source gives.
        """
        province = _coerce_enum(province, Province, "province")
        post = _coerce_enum(post, Post, "post")
        if isinstance(on, datetime.datetime):
            on = on.date()
        if not isinstance(on, datetime.date):
            raise TypeError(f"on must be a datetime.date, got {type(on).__name__}")
        certain: list[Official] = []
        possible: list[tuple[Official, Tenure]] = []
        for official in self.officials:
            for tenure in official.tenures:
                if tenure.province is not province or tenure.post is not post:
                    continue
                covers = tenure_covers(tenure, on)
                if covers:
                    certain.append(official)
                elif covers is None:
                    possible.append((official, tenure))
        if len(certain) > 1:  # overlapping tenures; validate() reports these
            names = ", ".join(o.name for o in certain)
            raise UncertainDateError(f"overlapping tenures on {on}: {names}")
        if certain:  # tenures of one post do not overlap, so the others did not hold it
            return certain[0]
        if possible:
            spans = "; ".join(
                f"{o.name} {t.start}–{t.end if t.end else 'incumbent'}" for o, t in possible
            )
            raise UncertainDateError(
                f"the {province.name_zh} {post.title_zh(province)} on {on} is uncertain: "
                f"the sources give only months or years around that day ({spans})"
            )
        return None

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

    # -- conversions (their modules load on first use) -----------------------------

    def export(
        self,
        directory: str | PathLike[str],
        *,
        format: str = "json",
        force: bool = False,
        excel: bool = False,
        traditional: str | None = None,
    ) -> Path:
        """Write the dataset to a new directory as json, jsonl, csv or datapackage.

        The write is atomic; an existing directory is refused unless `force`.
        `excel` adds a BOM to CSV files; `traditional` ("traditional", "hk" or
        "tw") adds a Traditional twin after each Chinese CSV column.
        """
        from .export import write

        return write(
            self, directory, format=format, force=force, excel=excel, traditional=traditional
        )

    def to_frames(self) -> dict[str, Any]:
        """One pandas DataFrame a table (needs the `yrd-meetings[pandas]` extra)."""
        from .export.frames import to_frames

        frames: dict[str, Any] = to_frames(self)
        return frames

    def meetings_of(self, official: Official | str) -> tuple[Meeting, ...]:
        """The meetings an official is recorded at, by official, id, name or pinyin."""
        person = official if isinstance(official, Official) else self.official(official)
        return tuple(
            m for m in self.meetings if any(a.official == person.id for a in m.attendances)
        )


# -- loading ----------------------------------------------------------------------

_LOCK = threading.Lock()
_CACHE: dict[str, Dataset] = {}


def package_data() -> Traversable | Path:
    """The package's own data directory."""
    here = Path(__file__).with_name("data")
    if here.is_dir():
        return here
    # importlib.resources costs ~10 ms to import; only a zipped install needs it
    from importlib.resources import files

    return files("yrd_meetings") / "data"


class _Missing:
    """What `_read` gives for a file it could not read (JSON `null` is a value)."""


_MISSING = _Missing()


def _read(folder: Traversable | Path, name: str, problems: list[str]) -> Any:
    from . import jsonfile

    entry = folder / name
    try:
        if isinstance(entry, Path):
            return jsonfile.read(entry)
        # a zipped install: its own files, read as they are
        return jsonfile.loads(entry.read_bytes().decode("utf-8"))
    except jsonfile.FileProblem as exc:
        problems.append(f"{name}: {exc}")
    except (FileNotFoundError, UnicodeDecodeError) as exc:
        problems.append(f"{name}: file missing" if isinstance(exc, OSError) else f"{name}: {exc}")
    return _MISSING


def _structure(raw: Any, cls: type[T], name: str, problems: list[str]) -> T | None:
    try:
        return codec.structure(raw, cls)
    except Exception as exc:  # cattrs wraps every failure; report them all by path
        problems.extend(codec.problems(exc, path=f"{name}$"))
        return None


def read_directory(folder: Traversable | Path) -> Dataset:
    """Read a data directory in the package's JSON format; every problem is reported.

    Each problem is one line, `file$path: message` (`meetings.json$[0].year:
    expected an integer, got '2005'`) or `file: message` for a whole file.
    """
    problems: list[str] = []
    raw_meta = _read(folder, META_FILE, problems)
    meta = None
    if raw_meta is not _MISSING:
        meta = _structure(raw_meta, Meta, META_FILE, problems)
    tables: dict[str, tuple[Any, ...]] = {}
    for table, cls in FILES.items():
        name = f"{table}.json"
        raw = _read(folder, name, problems)
        if raw is _MISSING:
            continue
        if not isinstance(raw, list):
            problems.append(f"{name}: expected a JSON array, got {codec.describe(raw)}")
            continue
        records = _structure(raw, tuple[cls, ...], name, problems)  # type: ignore[valid-type]
        if records is not None:
            tables[table] = records
    if problems or meta is None:
        raise DataError(problems)
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
        return _in_script(read_directory(_data_directory(path)), script)
    with _LOCK:
        cached = _CACHE.get(script)
        if cached is None:
            simplified = _CACHE.get("simplified")
            if simplified is None:
                simplified = _CACHE["simplified"] = read_directory(package_data())
            cached = _CACHE[script] = _in_script(simplified, script)
        return cached


def _data_directory(path: object) -> Path:
    if not isinstance(path, (str, PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, got {type(path).__name__}")
    if not os.fspath(path):  # Path("") is ".", which would read the current directory
        raise ValueError("load(path=...) got an empty path; name a data directory")
    folder = Path(path)
    try:
        if stat.S_ISDIR(os.stat(folder).st_mode):
            return folder
    except FileNotFoundError:
        raise FileNotFoundError(f"no data directory at {folder}") from None
    except OSError as exc:
        raise NotADirectoryError(f"cannot read {folder}: {exc.strerror or exc}") from None
    raise NotADirectoryError(f"{folder} is not a directory; name a data directory")


def _in_script(dataset: Dataset, script: Script) -> Dataset:
    if script == "simplified":
        return dataset
    from .convert import to_traditional  # loads opencc

    converted: Dataset = to_traditional(dataset, variant=script)
    return converted


def day_of(value: PartialDate | None) -> datetime.date | None:
    """The `datetime.date` of a day-precision date, else None."""
    return value.to_date() if value is not None and value.precision == "day" else None
