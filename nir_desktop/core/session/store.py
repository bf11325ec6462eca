"""Sessions on disk: ``<hash>.json`` (the session), ``<hash>.journal`` (changes not yet
folded in) and ``<hash>.pid`` (a process has it open), all in one private folder."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from nir_desktop.core import paths
from nir_desktop.core.session import journal
from nir_desktop.core.session.atomic import atomic_write_bytes
from nir_desktop.core.session.errors import SessionError
from nir_desktop.core.session.markers import Marker, read_marker, write_marker
from nir_desktop.core.session.models import SCHEMA_VERSION, SESSION_KIND, Session, now

_HASH = re.compile(r"^[0-9a-f]{64}$")
MAX_SESSION_BYTES = 50_000_000  # a session holds edits, not data; anything bigger is wrong


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A line in the list of saved sessions."""

    content_hash: str
    file_name: str
    updated: datetime
    edits: int
    acknowledgements: int
    notes: int
    pending: int  # journal entries not yet folded into the file
    path: Path


@dataclass(frozen=True, slots=True)
class Recovery:
    """Unsaved work found in a journal: what the GUI offers to restore."""

    content_hash: str
    file_name: str | None
    edits: int
    acknowledgements: int
    notes: int
    last_change: datetime | None
    unclean_exit: bool  # the process that wrote it died without closing the session
    torn_tail: bool  # the very last change was cut off mid-write and is lost

    @property
    def changes(self) -> int:
        return self.edits + self.acknowledgements + self.notes


def _check_hash(content_hash: str) -> str:
    if not _HASH.match(content_hash):
        raise ValueError(f"not a sha256 hex digest: {content_hash!r}")
    return content_hash


def parse_session(raw: bytes, source: str) -> Session:
    """Validate a session file's bytes; every problem becomes a Norwegian SessionError
    naming ``source``."""
    if len(raw) > MAX_SESSION_BYTES:
        raise SessionError(f"«{source}» er for stor til å være en øktfil fra NIR-kontroll.")
    try:
        obj: Any = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise SessionError(
            f"«{source}» er ikke en lesbar øktfil (ikke gyldig JSON). Filen kan være "
            "skadet eller avkortet.") from None
    if not isinstance(obj, dict) or obj.get("kind") != SESSION_KIND:
        raise SessionError(f"«{source}» er ikke en øktfil fra NIR-kontroll.")
    version = obj.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SessionError(f"«{source}» mangler formatversjon og kan ikke leses.")
    if version > SCHEMA_VERSION:
        raise SessionError(
            f"«{source}» er laget med en nyere versjon av NIR-kontroll (format {version}; "
            f"denne versjonen leser format {SCHEMA_VERSION}). Oppdater programmet.")
    if version < SCHEMA_VERSION:
        raise SessionError(
            f"«{source}» har et gammelt format ({version}) som denne versjonen ikke kan lese.")
    try:
        return Session.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "filen"
        raise SessionError(
            f"«{source}» har ugyldig innhold ({len(exc.errors())} feil, første i «{where}»). "
            "Filen kan være skadet eller redigert for hånd.") from None


class SessionStore:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else paths.sessions_dir()
        self.directory.mkdir(parents=True, exist_ok=True)

    # -- paths -----------------------------------------------------------------------
    def path_for(self, content_hash: str) -> Path:
        return self.directory / f"{_check_hash(content_hash)}.json"

    def journal_path(self, content_hash: str) -> Path:
        return self.directory / f"{_check_hash(content_hash)}.journal"

    def marker_path(self, content_hash: str) -> Path:
        return self.directory / f"{_check_hash(content_hash)}.pid"

    # -- the session file ------------------------------------------------------------
    def _read_file(self, content_hash: str) -> Session | None:
        path = self.path_for(content_hash)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SessionError(f"Kan ikke lese økten «{path}» ({exc.strerror or exc}).") from exc
        session = parse_session(raw, str(path))
        if session.content_hash != content_hash:
            raise SessionError(f"Økten «{path}» hører til en annen fil enn navnet sier.")
        return session

    def load(self, content_hash: str, *, replay: bool = True) -> Session | None:
        """The saved session for a file, with unsaved journal entries replayed on top
        (``replay=False`` gives the last saved state only). None when there is none."""
        session = self._read_file(content_hash)
        if not replay:
            return session
        read = journal.read_journal(self.journal_path(content_hash))
        todo = journal.pending(session, read)
        if session is None:
            return None  # a journal is never written before its session file exists
        ack_keys = {a.key for a in session.acknowledgements}
        for entry in todo:
            journal.apply_entry(session, entry, ack_keys)
        return session

    def save(self, session: Session) -> Path:
        """Write the session file atomically (temp file, fsync, rename)."""
        session.updated = now()
        path = self.path_for(session.content_hash)
        try:
            atomic_write_bytes(path, session.model_dump_json(indent=1).encode("utf-8"))
        except OSError as exc:
            raise SessionError(
                f"Kunne ikke lagre økten i «{self.directory}» ({exc.strerror or exc}). "
                "Endringene dine er ikke tapt ennå, men lagring feiler.") from exc
        return path

    def delete(self, content_hash: str) -> None:
        """Forget a session: its file, journal and marker."""
        for p in (self.path_for(content_hash), self.journal_path(content_hash),
                  self.marker_path(content_hash)):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

    # -- exchange with a colleague ------------------------------------------------------
    def export(self, session: Session, path: Path) -> Path:
        """Write a copy of the session to ``path`` (atomic). It holds fødselsnummer."""
        path = Path(path)
        try:
            atomic_write_bytes(path, session.model_dump_json(indent=1).encode("utf-8"))
        except OSError as exc:
            raise SessionError(
                f"Kunne ikke eksportere økten til «{path}» ({exc.strerror or exc}).") from exc
        return path

    def import_(self, path: Path) -> Session:
        """Read and validate a session file from anywhere; raises SessionError."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SessionError(f"Fant ikke filen «{path}».") from None
        except OSError as exc:
            raise SessionError(f"Kan ikke lese «{path}» ({exc.strerror or exc}).") from exc
        return parse_session(raw, path.name)

    # -- overview -------------------------------------------------------------------------
    def list(self) -> list[SessionInfo]:
        """Saved sessions, newest first; unreadable files are skipped."""
        result = []
        for path in self.directory.glob("*.json"):
            if not _HASH.match(path.stem):
                continue
            try:
                session = self._read_file(path.stem)
            except SessionError:
                continue
            if session is None:
                continue
            read = journal.read_journal(self.journal_path(path.stem))
            result.append(SessionInfo(
                content_hash=session.content_hash, file_name=session.file.name,
                updated=session.updated, edits=len(session.edits),
                acknowledgements=len(session.acknowledgements), notes=len(session.notes),
                pending=len(journal.pending(session, read)), path=path))
        result.sort(key=lambda i: i.updated, reverse=True)
        return result

    def purge(self, older_than: timedelta) -> list[str]:
        """Delete sessions not touched for ``older_than`` (they hold fødselsnummer, and
        an old export's work is of no further use); returns the hashes removed. Sessions
        a running process has open, or with unsaved journal entries, are kept."""
        cutoff = now() - older_than
        removed = []
        for info in self.list():
            marker = read_marker(self.marker_path(info.content_hash))
            if info.updated >= cutoff or info.pending or (marker and marker.alive):
                continue
            self.delete(info.content_hash)
            removed.append(info.content_hash)
        return removed

    # -- crash recovery ------------------------------------------------------------------
    def recover(self, content_hash: str) -> Recovery | None:
        """What unsaved work the journal holds for this file, or None when there is none.

        Loading the session (:meth:`load`) restores it; :meth:`discard_journal` drops it.
        """
        read = journal.read_journal(self.journal_path(content_hash))
        try:
            session = self._read_file(content_hash)
        except SessionError:
            session = None
        todo = journal.pending(session, read)
        if not todo:
            return None
        counts = {"edit": 0, "ack": 0, "unack": 0, "note": 0}
        for e in todo:
            counts[e.op] += 1
        stamps = [e.data.get("timestamp") for e in todo if e.data.get("timestamp")]
        last = None
        if stamps:
            with contextlib.suppress(ValueError, TypeError):
                last = datetime.fromisoformat(str(stamps[-1]))
        marker = read_marker(self.marker_path(content_hash))
        return Recovery(
            content_hash=content_hash,
            file_name=session.file.name if session else None,
            edits=counts["edit"], acknowledgements=counts["ack"] + counts["unack"],
            notes=counts["note"], last_change=last,
            unclean_exit=marker is not None and not marker.alive,
            torn_tail=read.torn_tail)

    def discard_journal(self, content_hash: str) -> None:
        path = self.journal_path(content_hash)
        # Windows cannot delete an open file (WinError 32): close this process's handles
        # on it first (an Autosaver left from an abandoned open of the same file).
        journal.close_handles(path)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def write_marker(self, content_hash: str) -> None:
        write_marker(self.marker_path(content_hash), content_hash)

    def remove_marker(self, content_hash: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.marker_path(content_hash).unlink()

    def open_markers(self) -> list[Marker]:
        """Sessions whose process ended without closing them (the process is gone)."""
        result = []
        for path in self.directory.glob("*.pid"):
            marker = read_marker(path)
            if marker is not None and _HASH.match(marker.content_hash) and not marker.alive:
                result.append(marker)
        return result
