"""The atomic installer's steps one by one: each refusal's exact message, which
leftovers are ours, recovery, the renames with and without an exchange."""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from yrd_meetings.export import atomic
from yrd_meetings.export.atomic import ExportError, replace_directory, replace_file

ALLOWED = frozenset({"a.txt", "b.txt"})
HEX = "0123456789abcdef" * 2


def folder(path: Path, files: dict[str, bytes]) -> Path:
    """A directory holding `files`."""
    path.mkdir(parents=True)
    for name, data in files.items():
        (path / name).write_bytes(data)
    return path


def refusal(target: Path | str, force: bool = True) -> str:
    """The message `replace_directory` refuses `target` with."""
    with pytest.raises(ExportError) as info:
        replace_directory(target, {"a.txt": b"new"}, allowed=ALLOWED, force=force)
    return str(info.value)


def test_refusals_name_the_target(tmp_path: Path) -> None:
    """A link, a file, an export without force, a folder of other files."""
    out = folder(tmp_path / "out", {"a.txt": b"old"})
    (tmp_path / "link").symlink_to(out)
    (tmp_path / "file").write_bytes(b"")
    folder(tmp_path / "mixed", {"a.txt": b"", "notes.md": b""})
    folder(tmp_path / "nested" / "b.txt", {})
    (folder(tmp_path / "linked", {}) / "a.txt").symlink_to(out / "a.txt")
    assert (
        refusal(tmp_path / "link")
        == f"{tmp_path}/link is a symbolic link; refusing to write through it"
    )
    assert refusal(tmp_path / "file") == f"{tmp_path}/file exists and is not a directory"
    assert (
        refusal(out, force=False) == f"{out} already exists; use --force (force=True) to replace it"
    )
    assert refusal(tmp_path / "mixed") == (
        f"{tmp_path}/mixed holds 'notes.md', which no export writes; not replacing it"
    )
    assert refusal(tmp_path / "nested") == (
        f"{tmp_path}/nested holds 'b.txt', which no export writes; not replacing it"
    )
    assert refusal(tmp_path / "linked") == (
        f"{tmp_path}/linked holds 'a.txt', which no export writes; not replacing it"
    )
    assert (out / "a.txt").read_bytes() == b"old"


def test_a_read_only_target_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Write access to the old export is checked before anything is staged."""
    out = folder(tmp_path / "out", {"a.txt": b"old"})
    asked: list[tuple[str, int]] = []

    def access(path: str | Path, mode: int) -> bool:
        asked.append((str(path), mode))
        return False

    monkeypatch.setattr(os, "access", access)
    assert refusal(out) == f"{out} is read-only; make it writable (chmod u+w) to replace it"
    assert asked == [(str(out), os.W_OK)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_path_without_a_name_is_refused() -> None:
    """The root has no parent to stage beside."""
    assert refusal("/") == "/ has no name to put an export beside; name a directory"


def test_dot_is_written_under_its_real_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "." is the current directory, replaced as itself; the path comes back as given."""
    out = folder(tmp_path / "out", {"a.txt": b"old"})
    monkeypatch.chdir(out)
    assert replace_directory(".", {"b.txt": b"new"}, allowed=ALLOWED, force=True) == Path(".")
    assert sorted(p.name for p in out.iterdir()) == ["b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_lock_names_the_other_writer(tmp_path: Path) -> None:
    """A second writer is told which lock file is held."""
    target = tmp_path / "out"
    with atomic._locked(target):
        assert (tmp_path / ".out.lock").exists()
        message = f"another export to {target} is in progress (it holds .out.lock)"
        assert refusal(target) == message
    assert not (tmp_path / ".out.lock").exists()


def test_an_unwritable_parent_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock cannot be made: the parent and the reason."""

    def refuse(path: object, flags: int, mode: int = 0o777) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    assert refusal(tmp_path / "out") == f"cannot write in {tmp_path}: Permission denied"


@pytest.mark.parametrize(
    ("name", "ours"),
    [
        (f".out.{HEX}.tmp", True),
        (f".out.{HEX}.old", True),
        (f".out.{HEX[:31]}.tmp", False),
        (f".out.{HEX.upper()}.tmp", False),
        (f".outx.{HEX}.tmp", False),
        (f"x.out.{HEX}.tmp", False),
        (f".out.{HEX}.tmpx", False),
        (f".out.{HEX}.new", False),
    ],
)
def test_leftovers_are_only_our_staging_names(tmp_path: Path, name: str, ours: bool) -> None:
    """`.NAME.<32 hex>.tmp|old`, directories only."""
    folder(tmp_path / name, {})
    (tmp_path / f"{name}-file").write_bytes(b"")
    (tmp_path / f".out.{'9' * 32}.tmp").symlink_to(tmp_path / name)  # never followed
    assert [e.name for e in atomic._leftovers(tmp_path, "out")] == ([name] if ours else [])


def test_leftovers_come_sorted(tmp_path: Path) -> None:
    """By name."""
    names = [f".out.{c * 32}.tmp" for c in "fa3"]
    for name in names:
        folder(tmp_path / name, {})
    assert [e.name for e in atomic._leftovers(tmp_path, "out")] == sorted(names)


def test_recovery_restores_the_newest_old_copy(tmp_path: Path) -> None:
    """Target missing: the newest complete `.old` comes back, the rest of ours goes."""
    older = folder(tmp_path / f".out.{'1' * 32}.old", {"a.txt": b"older"})
    newer = folder(tmp_path / f".out.{'2' * 32}.old", {"a.txt": b"newer"})
    stage = folder(tmp_path / f".out.{'3' * 32}.tmp", {"b.txt": b"half"})
    foreign = folder(tmp_path / f".out.{'4' * 32}.old", {"other": b"keep"})
    os.utime(older, ns=(1, 10**18))
    os.utime(newer, ns=(1, 2 * 10**18))
    atomic._recover(tmp_path / "out", ALLOWED)
    assert (tmp_path / "out" / "a.txt").read_bytes() == b"newer"
    assert not older.exists()
    assert not stage.exists()
    assert (foreign / "other").read_bytes() == b"keep"


def test_recovery_keeps_an_existing_target(tmp_path: Path) -> None:
    """With the target there, old copies are leftovers and go."""
    out = folder(tmp_path / "out", {"a.txt": b"current"})
    old = folder(tmp_path / f".out.{'1' * 32}.old", {"a.txt": b"old"})
    atomic._recover(out, ALLOWED)
    assert (out / "a.txt").read_bytes() == b"current"
    assert not old.exists()


def test_holds_only(tmp_path: Path) -> None:
    """Regular files with allowed names; a link or a folder is not."""
    assert atomic._holds_only(folder(tmp_path / "good", {"a.txt": b""}), ALLOWED)
    assert atomic._holds_only(folder(tmp_path / "empty", {}), ALLOWED)
    assert not atomic._holds_only(folder(tmp_path / "bad", {"c.txt": b""}), ALLOWED)
    linked = folder(tmp_path / "linked", {})
    (linked / "a.txt").symlink_to(tmp_path / "good" / "a.txt")
    assert not atomic._holds_only(linked, ALLOWED)
    folder(tmp_path / "deep" / "a.txt", {})
    assert not atomic._holds_only(tmp_path / "deep", ALLOWED)


def test_rename_noreplace_and_exchange(tmp_path: Path) -> None:
    """A rename that never replaces; an exchange that swaps two folders."""
    a = folder(tmp_path / "a", {"a.txt": b"A"})
    b = folder(tmp_path / "b", {"b.txt": b"B"})
    with pytest.raises(FileExistsError):
        atomic.rename_noreplace(a, b)
    assert atomic.exchange(a, b) is True
    assert [p.name for p in a.iterdir()] == ["b.txt"]
    assert [p.name for p in b.iterdir()] == ["a.txt"]
    atomic.rename_noreplace(a, tmp_path / "c")
    assert [p.name for p in (tmp_path / "c").iterdir()] == ["b.txt"]
    with pytest.raises(FileNotFoundError) as info:
        atomic.exchange(tmp_path / "gone", b)
    assert (info.value.errno, info.value.strerror, info.value.filename) == (
        errno.ENOENT,
        "No such file or directory",
        str(b),
    )


def test_without_the_flags_rename_checks_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the system has no such rename: refuse an existing target, else rename."""
    monkeypatch.setattr(sys, "platform", "sunos5")
    a = folder(tmp_path / "a", {"a.txt": b"A"})
    folder(tmp_path / "b", {})
    assert atomic.exchange(a, tmp_path / "b") is False
    with pytest.raises(FileExistsError) as info:
        atomic.rename_noreplace(a, tmp_path / "b")
    assert (info.value.errno, info.value.strerror, info.value.filename) == (
        errno.EEXIST,
        "exists",
        str(tmp_path / "b"),
    )
    atomic.rename_noreplace(a, tmp_path / "c")
    assert (tmp_path / "c" / "a.txt").read_bytes() == b"A"


def test_install_without_an_exchange_sets_the_old_copy_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old copy goes to `.old`, the stage comes in, the old copy is removed."""
    monkeypatch.setattr(atomic, "exchange", lambda source, target: False)
    out = folder(tmp_path / "out", {"a.txt": b"old"})
    assert replace_directory(out, {"b.txt": b"new"}, allowed=ALLOWED, force=True) == out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert (out / "b.txt").read_bytes() == b"new"


def test_a_failed_install_puts_the_old_copy_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second rename fails: the old copy returns, the stage is removed."""
    monkeypatch.setattr(atomic, "exchange", lambda source, target: False)
    out = folder(tmp_path / "out", {"a.txt": b"old"})
    real = os.rename

    def rename(source: str | Path, target: str | Path) -> None:
        if str(source).endswith(".tmp"):
            raise OSError(errno.EIO, "disk gone")
        real(source, target)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(OSError, match="disk gone"):
        replace_directory(out, {"b.txt": b"new"}, allowed=ALLOWED, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert (out / "a.txt").read_bytes() == b"old"


def test_replace_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole new file or the old one; no temporary left; a folder is refused."""
    path = tmp_path / "notes.txt"
    path.write_bytes(b"old")
    synced: list[Path] = []
    monkeypatch.setattr(atomic, "_sync_directory", synced.append)
    assert replace_file(path, b"new" * 5000) == path
    assert synced == [tmp_path]
    assert path.read_bytes() == b"new" * 5000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    with pytest.raises(ExportError) as info:
        replace_file(tmp_path, b"x")
    assert str(info.value) == f"{tmp_path} is a directory or a symbolic link; name a file"
    (tmp_path / "link").symlink_to(path)
    with pytest.raises(ExportError, match="is a directory or a symbolic link"):
        replace_file(tmp_path / "link", b"x")


def test_replace_file_in_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bare file name works; its directory is `.`."""
    monkeypatch.chdir(tmp_path)
    assert replace_file("a.txt", b"x") == Path("a.txt")
    assert (tmp_path / "a.txt").read_bytes() == b"x"


def test_a_failed_file_write_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temporary sibling is removed, the old file kept."""
    path = tmp_path / "notes.txt"
    path.write_bytes(b"old")

    def fail(source: object, target: object) -> None:
        raise OSError(errno.EIO, "disk gone")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk gone"):
        replace_file(path, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert path.read_bytes() == b"old"


def test_write_file_refuses_an_existing_path(tmp_path: Path) -> None:
    """O_EXCL: never through a file or link already there."""
    (tmp_path / "a.txt").write_bytes(b"keep")
    with pytest.raises(FileExistsError):
        atomic._write_file(tmp_path / "a.txt", b"new")
    assert (tmp_path / "a.txt").read_bytes() == b"keep"


def test_sync_directory_of_nothing_is_quiet(tmp_path: Path) -> None:
    """Best effort: a folder that cannot be opened is skipped."""
    atomic._sync_directory(tmp_path / "gone")
    atomic._sync_directory(tmp_path)


def test_a_file_that_cannot_be_created_is_the_error(tmp_path: Path) -> None:
    """No temporary was made: removing it quietly fails, the first error stands."""
    with pytest.raises(FileNotFoundError):
        replace_file(tmp_path / "missing" / "notes.txt", b"x")


def test_a_relative_target_is_written_beside_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both names of each rename are relative to the current directory."""
    monkeypatch.chdir(tmp_path)
    assert replace_directory("out", {"a.txt": b"one"}, allowed=ALLOWED) == Path("out")
    assert (
        refusal("out", force=False) == "out already exists; use --force (force=True) to replace it"
    )
    with pytest.raises(ExportError, match=r"^out already exists"):
        replace_directory("out", {"a.txt": b"one"}, allowed=ALLOWED)
    assert replace_directory("out", {"b.txt": b"two"}, allowed=ALLOWED, force=True) == Path("out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


class FakeLibc:
    """A C library whose renameat2 fails with `code`, or that has none (code None)."""

    def __init__(self, code: int | None) -> None:
        self.calls: list[tuple[object, ...]] = []
        if code is not None:
            self.renameat2 = self._failing(code)

    def _failing(self, code: int) -> Any:
        def renameat2(*args: object) -> int:
            self.calls.append(args)
            ctypes.set_errno(code)
            return -1

        return renameat2


@pytest.mark.parametrize("code", [None, errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP])
def test_a_system_without_the_flags_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int | None
) -> None:
    """No renameat2, or a filesystem that refuses the flags: no exchange, a plain rename."""
    libc = FakeLibc(code)
    monkeypatch.setattr(ctypes, "CDLL", lambda name, use_errno: libc)
    a = folder(tmp_path / "a", {"a.txt": b"A"})
    folder(tmp_path / "b", {})
    assert atomic.exchange(a, tmp_path / "b") is False
    atomic.rename_noreplace(a, tmp_path / "c")
    assert (tmp_path / "c" / "a.txt").read_bytes() == b"A"
    flags = [call[-1] for call in libc.calls]
    assert flags == ([] if code is None else [2, 1])  # RENAME_EXCHANGE, RENAME_NOREPLACE


def test_dot_dot_is_named_by_its_real_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ ".." is the parent, refused by its real name when it holds other things."""
    out = folder(tmp_path / "out" / "sub", {}).parent
    monkeypatch.chdir(out / "sub")
    assert refusal("..") == f"{out} holds 'sub', which no export writes; not replacing it"


def test_a_target_made_meanwhile_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program made the target after the check: refused, the stage removed."""

    def appeared(stage: Path, target: Path, exists: bool) -> None:
        raise FileExistsError(errno.EEXIST, "exists", str(target))

    monkeypatch.setattr(atomic, "_install", appeared)
    assert refusal(tmp_path / "out") == f"{tmp_path}/out appeared while writing; not replacing it"
    assert list(tmp_path.iterdir()) == []
