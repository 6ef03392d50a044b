"""Install a directory of files so that its path always holds a complete copy, old or new.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out"
>>> replace_directory(target, {"a.txt": b"one"}, allowed=frozenset({"a.txt"})).name
'out'
>>> _ = replace_directory(target, {"a.txt": b"two"}, allowed=frozenset({"a.txt"}), force=True)
>>> (target / "a.txt").read_bytes(), sorted(p.name for p in target.parent.iterdir())
(b'two', ['out'])

The steps, each safe to interrupt (the design is in docs/export.md):

1. lock `.NAME.lock` next to the target (`flock`, never waits): a second writer
   gets `ExportError` at once;
2. recover what an interrupted run left: restore `.NAME.<id>.old` if the target
   is missing, remove every other `.NAME.<id>.tmp`/`.old` of ours;
3. stage the files in a fresh sibling `.NAME.<id>.tmp` (mode from the umask),
   each written, fsynced and closed, then the directory fsynced;
4. install: a new target is a rename that never replaces; an existing one is
   swapped with the stage in one `renameat2(RENAME_EXCHANGE)` (Linux) or
   `renamex_np(RENAME_SWAP)` (macOS), and the old copy, now at the stage's
   name, is removed. Where no exchange exists, the old copy is renamed aside
   and the stage renamed in; a crash between the two leaves the target missing
   until the next run restores the old copy (step 2).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = ["ExportError", "replace_directory", "replace_file"]


class ExportError(FileExistsError):
    """The target cannot be written: it exists, is a link, is read-only, holds other
    files, or another export to it is running."""


# -- renames the os module does not offer --------------------------------------------------

_LINUX_NOREPLACE, _LINUX_EXCHANGE = 1, 2
_MAC_SWAP, _MAC_EXCL = 0x2, 0x4
_UNSUPPORTED = {errno.EINVAL, errno.ENOSYS, getattr(errno, "ENOTSUP", -1), errno.EOPNOTSUPP}


def _rename_flags(source: Path, target: Path, flags: str) -> bool:
    """Rename with RENAME_EXCHANGE or _NOREPLACE; False where the system has neither."""
    if sys.platform not in ("linux", "darwin"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    a, b = os.fsencode(source), os.fsencode(target)
    if sys.platform == "linux":
        call = getattr(libc, "renameat2", None)
        value = _LINUX_EXCHANGE if flags == "exchange" else _LINUX_NOREPLACE
        args: tuple[object, ...] = (-100, a, -100, b, value)  # AT_FDCWD
    else:
        call = getattr(libc, "renamex_np", None)
        args = (a, b, _MAC_SWAP if flags == "exchange" else _MAC_EXCL)
    if call is None:
        return False
    if call(*args) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(target))


def exchange(source: Path, target: Path) -> bool:
    """Swap two directories atomically; False if this system or filesystem cannot."""
    return _rename_flags(source, target, "exchange")


def rename_noreplace(source: Path, target: Path) -> None:
    """Rename `source` to `target`, failing with FileExistsError if `target` exists."""
    if not _rename_flags(source, target, "noreplace"):
        # without the flag, rename() would replace an empty directory made meanwhile
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target))
        os.rename(source, target)


# -- small steps ----------------------------------------------------------------------------


def _sync_directory(folder: Path) -> None:
    """Make renames in `folder` durable, where the system allows (best effort: the
    rename has happened either way)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.fsync(fd)
    _close(fd)


def _write_file(path: Path, data: bytes) -> None:
    # O_EXCL: a fresh file in our own fresh directory, never through a link;
    # 0o666 lets the umask decide, as for any file a program creates.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _holds_only(folder: str | Path, allowed: frozenset[str]) -> bool:
    with os.scandir(folder) as entries:
        return all(
            e.name in allowed and e.is_file(follow_symlinks=False) and not e.is_symlink()
            for e in entries
        )


def _remove(folder: str | Path) -> None:
    """Remove one of our flat directories (regular files only)."""
    with os.scandir(folder) as entries:
        names = [e.name for e in entries]
    for name in names:
        os.unlink(os.path.join(folder, name))
    os.rmdir(folder)


def _discard(folder: str | Path) -> None:
    """Remove a leftover if possible; a later run tries again (see `_recover`)."""
    with contextlib.suppress(OSError):
        _remove(folder)


def _leftovers(parent: Path, name: str) -> list[os.DirEntry[str]]:
    pattern = re.compile(rf"\.{re.escape(name)}\.[0-9a-f]{{32}}\.(tmp|old)")
    with os.scandir(parent) as entries:
        return sorted(
            (e for e in entries if pattern.fullmatch(e.name) and e.is_dir(follow_symlinks=False)),
            key=lambda e: e.name,
        )


def _recover(target: Path, allowed: frozenset[str]) -> None:
    """Undo an interrupted run: restore the old copy if the target is missing, then
    remove every staging or old directory of ours (only ever files an export writes)."""
    leftovers = _leftovers(target.parent, target.name)
    if not os.path.lexists(target):
        olds = [e for e in leftovers if e.name.endswith(".old") and _holds_only(e.path, allowed)]
        if olds:  # a complete earlier export, renamed aside just before a crash
            newest = max(olds, key=lambda e: e.stat(follow_symlinks=False).st_mtime_ns)
            os.rename(newest.path, target)
            leftovers.remove(newest)
    for entry in leftovers:
        if _holds_only(entry.path, allowed):
            _remove(entry.path)


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[None]:
    """Hold `.NAME.lock` next to the target; a second writer gets ExportError at once."""
    path = target.parent / f".{target.name}.lock"
    busy = f"another export to {target} is in progress (it holds {path.name})"
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as exc:
        raise ExportError(f"cannot write in {target.parent}: {exc.strerror or exc}") from None
    try:
        _lock(fd, busy)
        # The holder before us unlinks the file as it finishes: if ours is no longer
        # the file at `path`, someone else may be holding a fresh one.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:
            raise ExportError(busy)
    except BaseException:
        _close(fd)
        raise
    try:
        yield
    finally:
        # Unlinked while still held, so no one locks this file after us; both steps
        # are best effort: the export itself is decided by now.
        with contextlib.suppress(OSError):
            os.unlink(path)
        _close(fd)


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def _lock(fd: int, busy: str) -> None:
    if sys.platform == "win32":  # pragma: no cover - msvcrt locks a byte range instead
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            raise ExportError(busy) from None
    else:
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ExportError(busy) from None


# -- the whole replacement ------------------------------------------------------------------


def _check_target(target: Path, force: bool, allowed: frozenset[str]) -> bool:
    """Whether the target exists; ExportError if it may not be replaced."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(mode):
        raise ExportError(f"{target} is a symbolic link; refusing to write through it")
    if not stat.S_ISDIR(mode):
        raise ExportError(f"{target} exists and is not a directory")
    if not force:
        raise ExportError(f"{target} already exists; use --force (force=True) to replace it")
    with os.scandir(target) as entries:
        for entry in entries:
            if entry.name not in allowed or not entry.is_file(follow_symlinks=False):
                raise ExportError(
                    f"{target} holds {entry.name!r}, which no export writes; not replacing it"
                )
    # Removing the old files after the swap needs write access to their directory;
    # refuse now rather than install the new copy and fail on the old one.
    if not os.access(target, os.W_OK):
        raise ExportError(f"{target} is read-only; make it writable (chmod u+w) to replace it")
    return True


def _stage(target: Path, files: Mapping[str, bytes]) -> Path:
    stage = target.parent / f".{target.name}.{uuid.uuid4().hex}.tmp"
    os.mkdir(stage, 0o777)  # the umask decides, as for `mkdir`
    try:
        for name, data in files.items():
            _write_file(stage / name, data)
        _sync_directory(stage)
    except BaseException:
        _discard(stage)
        raise
    return stage


def _install(stage: Path, target: Path, exists: bool) -> None:
    if not exists:
        rename_noreplace(stage, target)
    elif exchange(stage, target):
        _discard(stage)  # the old copy, now at the stage's name
    else:
        old = stage.with_name(stage.name[: -len(".tmp")] + ".old")
        os.rename(target, old)
        try:
            os.rename(stage, target)
        except BaseException:
            os.rename(old, target)
            raise
        _discard(old)


def replace_directory(
    target: str | os.PathLike[str],
    files: Mapping[str, bytes],
    *,
    allowed: frozenset[str],
    force: bool = False,
) -> Path:
    """Write `files` as the directory `target`; with `force`, replace an earlier one
    that holds only names in `allowed`. See the module docstring for the steps."""
    given = Path(target)
    # Messages name the path as given; "." or ".." need their real name for siblings.
    where = given if given.name not in ("", ".", "..") else Path(os.path.abspath(given))
    if not where.name:
        raise ExportError(f"{given} has no name to put an export beside; name a directory")
    where.parent.mkdir(parents=True, exist_ok=True)
    with _locked(where):
        _recover(where, allowed)
        exists = _check_target(where, force, allowed)
        stage = _stage(where, files)
        try:
            _install(stage, where, exists)
        except FileExistsError:
            _discard(stage)
            raise ExportError(f"{given} appeared while writing; not replacing it") from None
        except BaseException:
            _discard(stage)
            raise
        _sync_directory(where.parent)
    return given


def replace_file(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write one file atomically: a fresh sibling, fsynced, renamed over `target`, so the
    path holds the old file or the whole new one, never a part. A directory or a
    symbolic link at `target` is refused."""
    path = Path(target)
    if path.is_symlink() or path.is_dir():
        raise ExportError(f"{path} is a directory or a symbolic link; name a file")
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        _write_file(temp, data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_directory(path.parent if str(path.parent) else Path("."))
    return path
