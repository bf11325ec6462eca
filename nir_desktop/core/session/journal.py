"""The write-ahead journal: every change appended and fsynced the moment it is made.

One change per line: a CRC-32 of the rest of the line as 8 hex digits, a space, and a JSON
object ``{"seq": 7, "op": "edit", "data": {...}}``. The first line of a journal (``seq`` 0,
op ``file``) names the file the session belongs to, so a session can be rebuilt from its
journal when the session file is damaged. The debounced save folds the journal into the
session file and empties it; loading replays what is left on top of the session file,
skipping entries the file already holds (``seq`` at or below ``Session.journal_seq``).

A crash in the middle of a write leaves a torn last line: at most that one change is lost.
A line whose checksum does not match (a flipped bit, a damaged disk block) is never
replayed; recovery names it (file and line) and the journal is kept aside, not deleted.
Lines without a checksum, written by versions before it existed, are still read.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from nir_desktop.core.session.models import (
    Acknowledgement,
    EditRecord,
    FileIdentity,
    Note,
    Session,
)

OPS = ("edit", "ack", "unack", "note")
HEADER_OP = "file"


@dataclass(slots=True)
class JournalEntry:
    seq: int
    op: str
    data: dict[str, Any]
    line_no: int = field(default=0, compare=False)  # where it was read (1-based), or 0

    def line(self) -> bytes:
        obj = {"seq": self.seq, "op": self.op, "data": self.data}
        body = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
        return b"%08x " % zlib.crc32(body) + body + b"\n"


def header_entry(session: Session) -> JournalEntry:
    """The journal's first line: whose session this is (for a rebuild)."""
    return JournalEntry(0, HEADER_OP, {
        "file": session.file.model_dump(mode="json"),
        "reporting_year": session.reporting_year,
        "created": session.created.isoformat()})


@dataclass(frozen=True, slots=True)
class BadLine:
    number: int  # 1-based line number in the journal
    reason: str  # "checksum", "unreadable", "torn" or "invalid"


@dataclass(slots=True)
class JournalRead:
    entries: list[JournalEntry] = field(default_factory=list)
    header: JournalEntry | None = None
    bad: list[BadLine] = field(default_factory=list)
    torn_tail: bool = False  # the last line was cut off by a crash

    @property
    def damaged(self) -> int:
        """Lines before the last one that could not be used."""
        return sum(1 for b in self.bad if b.reason != "torn")

    @property
    def complete(self) -> bool:
        """Every line in the journal could be used."""
        return not self.bad


def read_journal(path: Path) -> JournalRead:
    result = JournalRead()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return result
    lines = raw.split(b"\n")
    # A complete journal ends with a newline, so the last piece is empty.
    tail = lines.pop()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        entry, reason = _parse(line)
        if entry is not None:
            entry.line_no = number
        if entry is None:
            result.bad.append(BadLine(number, reason))
        elif entry.op == HEADER_OP:
            result.header = result.header or entry
        else:
            result.entries.append(entry)
    if tail.strip():
        result.torn_tail = True
        result.bad.append(BadLine(len(lines) + 1, "torn"))
    return result


def _parse(line: bytes) -> tuple[JournalEntry | None, str]:
    line = line.rstrip(b"\r")
    if line[:1] == b"{":
        body = line  # written before lines carried a checksum
    else:
        crc, sep, body = line[:8], line[8:9], line[9:]
        try:
            expected = int(crc, 16)
        except ValueError:
            return None, "unreadable"
        if sep != b" " or zlib.crc32(body) != expected:
            return None, "checksum"
    try:
        obj = json.loads(body)
        seq, op, data = obj["seq"], obj["op"], obj["data"]
    except (ValueError, KeyError, TypeError):
        return None, "unreadable"
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0 \
            or op not in (*OPS, HEADER_OP) or not isinstance(data, dict):
        return None, "unreadable"
    return JournalEntry(seq, op, data), ""


def session_from_header(header: JournalEntry) -> Session | None:
    """An empty session for the file a journal's first line names (None if unusable)."""
    try:
        data = header.data
        return Session(file=FileIdentity.model_validate(data["file"]),
                       reporting_year=data.get("reporting_year"),
                       **({"created": data["created"]} if data.get("created") else {}))
    except (ValidationError, KeyError, TypeError):
        return None


def apply_entry(session: Session, entry: JournalEntry,
                ack_keys: set[tuple[Any, ...]] | None = None) -> bool:
    """Replay one entry onto ``session``; False when its data does not validate.

    ``ack_keys`` (the keys of ``session.acknowledgements``, kept up to date here) spares
    a scan of all acknowledgements per entry when thousands are acknowledged at once.
    """
    try:
        if entry.op == "edit":
            session.edits.append(EditRecord.model_validate(entry.data))
        elif entry.op in ("ack", "unack"):
            ack = Acknowledgement.model_validate(entry.data)
            if ack_keys is None or ack.key in ack_keys:
                _drop_ack(session, ack.key)
            if entry.op == "ack":
                session.acknowledgements.append(ack)
                if ack_keys is not None:
                    ack_keys.add(ack.key)
            elif ack_keys is not None:
                ack_keys.discard(ack.key)
        elif entry.op == "note":
            session.notes.append(Note.model_validate(entry.data))
    except ValidationError:
        return False
    session.journal_seq = max(session.journal_seq, entry.seq)
    return True


def _drop_ack(session: Session, key: tuple[Any, ...]) -> None:
    session.acknowledgements = [a for a in session.acknowledgements if a.key != key]


def pending(session: Session | None, read: JournalRead) -> list[JournalEntry]:
    """The journal entries the session file does not hold yet."""
    done = session.journal_seq if session is not None else 0
    return [e for e in read.entries if e.seq > done]


# -- writing ---------------------------------------------------------------------------------

Writer = Callable[[int, bytes], int]


class JournalFile:
    """An open journal (0600) that appends whole lines.

    Lines are collected with :meth:`add` and written and fsynced by :meth:`commit`. A
    commit that fails (disk full, share gone) cuts the file back to its last good length,
    so a later append never lands behind half a line, and keeps the lines for the next
    commit. ``write`` is ``os.write`` except in tests that make the disk fail.
    """

    def __init__(self, path: Path, header: bytes, write: Writer = os.write) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0) \
            | getattr(os, "O_NOINHERIT", 0)
        self.path = path
        self._fd = os.open(path, flags, 0o600)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.fchmod(self._fd, 0o600)  # a journal from an older version was 0644
        self._write = write
        self._header = header
        self._size = os.fstat(self._fd).st_size
        self._buffer = bytearray()

    @property
    def closed(self) -> bool:
        return self._fd < 0

    @property
    def unwritten(self) -> bool:
        return bool(self._buffer)

    def add(self, line: bytes) -> None:
        if self._size == 0 and not self._buffer:
            self._buffer += self._header
        self._buffer += line

    def commit(self) -> None:
        """Write and fsync what :meth:`add` collected; raises OSError (nothing half-written
        stays in the file, the lines wait for the next commit)."""
        if not self._buffer:
            return
        if self.closed:
            raise OSError("the journal is closed")
        data = bytes(self._buffer)
        try:
            done = 0
            while done < len(data):
                n = self._write(self._fd, data[done:])
                if n <= 0:
                    raise OSError("short write to the journal")
                done += n
            os.fsync(self._fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self._size)
            raise
        self._size += len(data)
        del self._buffer[:]

    def truncate(self) -> None:
        """Empty the journal (its changes are in the session file now)."""
        if self.closed:
            return
        os.ftruncate(self._fd, 0)
        self._size = 0
        del self._buffer[:]

    def close(self) -> None:
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)


# Journals this process has open, by absolute path. Windows refuses to delete a file that
# is open (WinError 32), so a journal is closed everywhere in this process before it is
# deleted; an Autosaver whose handle was closed this way opens the journal again.
_open_handles: dict[str, list[JournalFile]] = {}
_handles_lock = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def open_for_append(path: Path, header: bytes, write: Writer = os.write) -> JournalFile:
    """Open a journal and remember the handle (see :func:`close_handles`)."""
    fh = JournalFile(path, header, write)
    with _handles_lock:
        _open_handles.setdefault(_key(path), []).append(fh)
    return fh


def close_handle(fh: JournalFile) -> None:
    """Close a handle from :func:`open_for_append` and forget it."""
    with _handles_lock:
        handles = _open_handles.get(_key(fh.path), [])
        if fh in handles:
            handles.remove(fh)
        if not handles:
            _open_handles.pop(_key(fh.path), None)
    fh.close()


def close_handles(path: Path) -> None:
    """Close every handle this process holds on the journal at ``path``."""
    with _handles_lock:
        handles = _open_handles.pop(_key(path), [])
    for fh in handles:
        with contextlib.suppress(OSError):
            fh.close()
