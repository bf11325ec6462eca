"""The write-ahead journal: every change appended and fsynced the moment it is made.

One JSON object per line: ``{"seq": 7, "op": "edit", "data": {...}}``. The debounced save
folds the journal into the session file and empties it; loading replays what is left on
top of the session file, skipping entries the file already holds (``seq`` at or below
``Session.journal_seq``). A crash in the middle of a write leaves a torn last line, which
is ignored: at most that one change is lost.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from nir_desktop.core.session.models import Acknowledgement, EditRecord, Note, Session

OPS = ("edit", "ack", "unack", "note")


@dataclass(slots=True)
class JournalEntry:
    seq: int
    op: str
    data: dict[str, Any]

    def line(self) -> bytes:
        obj = {"seq": self.seq, "op": self.op, "data": self.data}
        return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


@dataclass(slots=True)
class JournalRead:
    entries: list[JournalEntry] = field(default_factory=list)
    torn_tail: bool = False  # the last line was cut off by a crash
    damaged: int = 0  # unreadable lines before the last one (should never happen)


# Journals this process has open, by absolute path. Windows refuses to delete a file that
# is open (WinError 32), so a journal is closed everywhere in this process before it is
# deleted; an Autosaver whose handle was closed this way opens the journal again.
_open_handles: dict[str, list[IO[bytes]]] = {}
_handles_lock = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def open_for_append(path: Path) -> IO[bytes]:
    """Open a journal for appending and remember the handle (see :func:`close_handles`)."""
    fh = open(path, "ab")  # noqa: SIM115 - kept open for the life of the session
    with _handles_lock:
        _open_handles.setdefault(_key(path), []).append(fh)
    return fh


def close_handle(fh: IO[bytes]) -> None:
    """Close a handle from :func:`open_for_append` and forget it."""
    with _handles_lock:
        for handles in _open_handles.values():
            if fh in handles:
                handles.remove(fh)
        for key in [k for k, v in _open_handles.items() if not v]:
            del _open_handles[key]
    fh.close()


def close_handles(path: Path) -> None:
    """Close every handle this process holds on the journal at ``path``."""
    with _handles_lock:
        handles = _open_handles.pop(_key(path), [])
    for fh in handles:
        with contextlib.suppress(OSError, ValueError):
            fh.close()


def read_journal(path: Path) -> JournalRead:
    result = JournalRead()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return result
    lines = raw.split(b"\n")
    # A complete journal ends with a newline, so the last piece is empty.
    tail = lines.pop()
    if tail.strip():
        result.torn_tail = True
    for line in lines:
        if not line.strip():
            continue
        entry = _parse(line)
        if entry is None:
            result.damaged += 1
        else:
            result.entries.append(entry)
    return result


def _parse(line: bytes) -> JournalEntry | None:
    try:
        obj = json.loads(line)
        seq, op, data = obj["seq"], obj["op"], obj["data"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(seq, int) or op not in OPS or not isinstance(data, dict):
        return None
    return JournalEntry(seq, op, data)


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
