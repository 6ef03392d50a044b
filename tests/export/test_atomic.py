"""Replacing an export never leaves its path without a complete export (issue 14, item 3).

The main test interrupts an export at every filesystem call it makes, in two ways:
an *error* (that one call fails, the export's own clean-up runs) and a *crash*
(that call and every later one fail, as if the process were killed there; its
open descriptors are then closed as the kernel would). After each, the target
holds the complete old or the complete new export, and the next run succeeds
and leaves nothing else behind.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from export_helpers import sample_dataset

from yrd_meetings.export import KNOWN_NAMES, ExportError, render, write

OS_CALLS = (
    "open",
    "write",
    "fsync",
    "close",
    "mkdir",
    "rename",
    "replace",
    "unlink",
    "rmdir",
    "scandir",
    "stat",
    "lstat",
    "fstat",
    "access",
    "chmod",
)

OLD = render(sample_dataset(), format="json")
NEW = render(sample_dataset(), format="jsonl")


class Faults:
    """Counts the filesystem calls of a run and fails the `fail_at`-th (and, for a
    crash, every later one)."""

    def __init__(self, fail_at: int | None = None, crash: bool = False) -> None:
        self.fail_at, self.crash = fail_at, crash
        self.calls: list[str] = []
        self.open_fds: set[int] = set()

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            k = len(self.calls)
            if self.fail_at is not None and (
                k == self.fail_at or (self.crash and k > self.fail_at)
            ):
                raise OSError(errno.EIO, f"injected fault at call {k} ({name})")
            result = real(*args, **kwargs)
            if name == "open":
                self.open_fds.add(result)
            elif name == "close":
                self.open_fds.discard(args[0])
            return result

        return call

    @contextlib.contextmanager
    def active(self, fallback: bool = False) -> Iterator[Faults]:
        import yrd_meetings.export as export

        atomic = getattr(export, "atomic", None)  # None: the code before issue 14
        real_close = os.close
        with pytest.MonkeyPatch.context() as mp:
            for name in OS_CALLS:
                mp.setattr(os, name, self._wrap(name, getattr(os, name)))
            mp.setattr(fcntl, "flock", self._wrap("flock", fcntl.flock))
            if atomic is not None:
                exchange = (lambda a, b: False) if fallback else atomic.exchange
                mp.setattr(atomic, "exchange", self._wrap("exchange", exchange))
                rename = self._wrap("rename", atomic.rename_noreplace)
                mp.setattr(atomic, "rename_noreplace", rename)
            try:
                yield self
            finally:
                if self.crash:  # the process is gone: the kernel closes what it held
                    for fd in self.open_fds:
                        real_close(fd)


def state(target: Path) -> str:
    if not target.exists():
        return "missing"
    files = {p.name: p.read_bytes() for p in target.iterdir()}
    return "old" if files == OLD else "new" if files == NEW else "partial"


def leftovers(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir() if p.name != target.name)


def prepare(tmp_path: Path, earlier: bool) -> Path:
    target = tmp_path / "out"
    if earlier:
        write(sample_dataset(), target, format="json")
        assert state(target) == "old"
    return target


def run_new(target: Path) -> str | None:
    try:
        write(sample_dataset(), target, format="jsonl", force=True)
    except OSError as exc:
        return str(exc)
    return None


def count_calls(tmp_path: Path, earlier: bool, fallback: bool) -> list[str]:
    target = prepare(tmp_path / "count", earlier)
    with Faults().active(fallback) as faults:
        assert run_new(target) is None
    assert state(target) == "new" and leftovers(target) == []
    return faults.calls


@pytest.mark.parametrize("earlier", [True, False], ids=["replace", "first"])
@pytest.mark.parametrize("crash", [False, True], ids=["error", "crash"])
def test_interrupted_at_every_call_the_target_is_old_or_new(
    tmp_path: Path, earlier: bool, crash: bool
) -> None:
    calls = count_calls(tmp_path, earlier, fallback=False)
    assert len(calls) > 10
    before = "old" if earlier else "missing"
    for k in range(1, len(calls) + 1):
        target = prepare(tmp_path / f"k{k}", earlier)
        with Faults(fail_at=k, crash=crash).active():
            error = run_new(target)
        where = f"fault at call {k} ({calls[k - 1]}): {error}"
        assert state(target) in (before, "new"), where
        if error is None:  # the export said it succeeded: the new one is there
            assert state(target) == "new", where
        elif not crash:  # an error reported is an export not done
            assert state(target) == before, where
        assert run_new(target) is None, where  # the next run recovers
        assert state(target) == "new" and leftovers(target) == [], where


@pytest.mark.parametrize("crash", [False, True], ids=["error", "crash"])
def test_without_an_exchange_the_next_run_restores_the_old_copy(
    tmp_path: Path, crash: bool
) -> None:
    """Where the system has no atomic exchange there is one window with no target
    (between two renames); the next run, with or without force, restores the old copy."""

    calls = count_calls(tmp_path, earlier=True, fallback=True)
    windows = 0
    for k in range(1, len(calls) + 1):
        target = prepare(tmp_path / f"k{k}", True)
        with Faults(fail_at=k, crash=crash).active(fallback=True):
            error = run_new(target)
        where = f"fault at call {k} ({calls[k - 1]}): {error}"
        if state(target) == "missing":
            assert crash, where  # an error is rolled back at once
            windows += 1
            with pytest.raises(ExportError, match="already exists"):
                write(sample_dataset(), target, format="jsonl")  # no force: restores only
            assert state(target) == "old" and leftovers(target) == [], where
        assert state(target) in ("old", "new"), where
        with Faults().active(fallback=True):
            assert run_new(target) is None, where
        assert state(target) == "new" and leftovers(target) == [], where
    assert windows == (1 if crash else 0)


def test_replacing_is_one_exchange_where_the_system_has_it(tmp_path: Path) -> None:
    calls = count_calls(tmp_path, earlier=True, fallback=False)
    assert calls.count("exchange") == 1 and "rename" not in calls
    calls = count_calls(tmp_path / "first", earlier=False, fallback=False)
    assert calls.count("rename") == 1 and "exchange" not in calls


# -- leftovers, locks, permissions ---------------------------------------------------------


def test_leftovers_of_an_interrupted_run_are_removed(tmp_path: Path) -> None:
    target = prepare(tmp_path, earlier=True)
    stale_tmp = tmp_path / f".out.{'a' * 32}.tmp"
    stale_old = tmp_path / f".out.{'b' * 32}.old"
    for folder in (stale_tmp, stale_old):
        folder.mkdir()
        (folder / "meta.json").write_text("partial")
    foreign = tmp_path / f".out.{'c' * 32}.tmp"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("not ours")
    write(sample_dataset(), target, format="jsonl", force=True)
    assert state(target) == "new"
    assert leftovers(target) == [foreign.name]  # never removes what an export does not write


def test_a_second_writer_gets_the_package_error(tmp_path: Path) -> None:
    from yrd_meetings.export import atomic

    target = prepare(tmp_path, earlier=True)
    with atomic._locked(target), pytest.raises(ExportError, match="in progress"):
        write(sample_dataset(), target, format="jsonl", force=True)
    assert state(target) == "old"
    write(sample_dataset(), target, format="jsonl", force=True)
    assert state(target) == "new" and leftovers(target) == []


def test_concurrent_writers(tmp_path: Path) -> None:
    target = prepare(tmp_path, earlier=True)
    start = threading.Barrier(8)
    outcomes: list[object] = []

    def writer() -> None:
        start.wait()
        try:
            outcomes.append(write(sample_dataset(), target, format="jsonl", force=True))
        except Exception as exc:  # kept: the test says which kind
            outcomes.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    assert all(isinstance(e, ExportError) and "in progress" in str(e) for e in errors), errors
    assert len(errors) < 8
    assert state(target) == "new" and leftovers(target) == []


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_files_and_folders_respect_the_umask(tmp_path: Path, mask: int) -> None:
    old = os.umask(mask)
    try:
        out = write(sample_dataset(), tmp_path / "a" / "out", format="csv")
    finally:
        os.umask(old)
    assert os.stat(out).st_mode & 0o777 == 0o777 & ~mask
    assert os.stat(out.parent).st_mode & 0o777 == 0o777 & ~mask
    assert {p.stat().st_mode & 0o777 for p in out.iterdir()} == {0o666 & ~mask}


def test_a_read_only_earlier_export_is_refused_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = prepare(tmp_path, earlier=True)
    real_access = os.access
    # root may write anywhere, so the check is also exercised as if not root
    monkeypatch.setattr(
        os, "access", lambda p, m, **k: False if Path(p) == target else real_access(p, m, **k)
    )
    with pytest.raises(ExportError, match="read-only"):
        write(sample_dataset(), target, format="jsonl", force=True)
    assert state(target) == "old" and leftovers(target) == []


def test_a_read_only_parent_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def deny(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(ExportError, match=r"cannot write in .*Permission denied"):
        write(sample_dataset(), tmp_path / "out", format="json")
    assert list(tmp_path.iterdir()) == []


def test_known_names_are_what_recovery_may_remove() -> None:
    assert set(OLD) | set(NEW) <= KNOWN_NAMES
