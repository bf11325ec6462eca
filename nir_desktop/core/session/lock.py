"""Session locks: ``<hash>.lock``, locked exclusively by the process that has the session
open, for as long as it has it open.

The operating system drops the lock when the process ends, however it ends (``kill -9``,
power loss on the next boot), so a held lock always means a running copy of NIR-kontroll
has the session open, and its journal and session file are never deleted or replayed
underneath it. POSIX uses ``fcntl.flock``, Windows ``msvcrt.locking`` on the first byte.

Locks belong to an open file, so a second lock in the same process would fail against the
first: this process's locks are kept in a table and shared (counted) instead. The lock
file itself is never deleted while in use (deleting a lock file lets two processes lock two
different files of the same name); it is empty, so Windows' mandatory byte lock blocks no
reader.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from pathlib import Path

if os.name == "nt":  # pragma: no cover - Windows only
    import msvcrt
else:
    import fcntl

_BUSY_ERRNOS = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLOCK", -1)}


class LockUnsupported(OSError):
    """The file system cannot lock files (some network shares): fall back to markers."""


class SessionLock:
    """An exclusive lock this process holds on one session."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd = fd
        self._users = 1

    def release(self) -> None:
        """Give up one use; the lock is dropped when the last user in this process releases."""
        with _table_lock:
            self._users -= 1
            if self._users > 0:
                return
            _table.pop(_key(self.path), None)
            fd, self._fd = self._fd, -1
        if fd >= 0:
            _unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd >= 0


_table: dict[str, SessionLock] = {}
_table_lock = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def _open(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    fd = os.open(path, flags, 0o600)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
    return fd


def _try_lock(fd: int) -> bool:
    """True when locked; False when another process holds it; LockUnsupported otherwise."""
    try:
        if os.name == "nt":  # pragma: no cover - Windows only
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _BUSY_ERRNOS:
            return False
        raise LockUnsupported(exc.errno, exc.strerror) from exc
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":  # pragma: no cover - Windows only
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)


def acquire(path: Path) -> SessionLock | None:
    """Lock ``path`` for this process; None when another process holds it. Raises
    :class:`LockUnsupported` where the file system has no locks."""
    key = _key(path)
    with _table_lock:
        held = _table.get(key)
        if held is not None:
            held._users += 1
            return held
        fd = _open(path)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return None
        lock = SessionLock(path, fd)
        _table[key] = lock
        return lock


def held_here(path: Path) -> bool:
    with _table_lock:
        return _key(path) in _table


def held_elsewhere(path: Path) -> bool:
    """True when another process holds the lock on ``path`` right now."""
    if held_here(path) or not path.exists():
        return False
    try:
        lock = acquire(path)
    except LockUnsupported:
        return False
    except OSError:
        return False  # unreadable lock file: the markers decide
    if lock is None:
        return True
    lock.release()
    return False
