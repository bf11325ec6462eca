"""Sessions on disk, all in one private folder (0700, files 0600 on Linux; on Windows the
per-user AppData folder's access list is the protection):

- ``<hash>.json``: the session;
- ``<hash>.journal``: changes not yet folded in (see journal.py);
- ``<hash>.lock``: locked by the process that has the session open (see lock.py);
- ``<hash>.pid``: written by that process, left behind when it dies (offers recovery);
- ``<hash>.json.damaged-<time>``, ``<hash>.journal.damaged-<time>``: damaged files moved
  aside, never deleted until the sessions they belong to are purged.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from nir_desktop.core import paths
from nir_desktop.core.i18n import N_, Msg, MsgLines, plural_msg
from nir_desktop.core.session import journal, lock
from nir_desktop.core.session.atomic import atomic_write_bytes
from nir_desktop.core.session.errors import SessionBusyError, SessionError
from nir_desktop.core.session.markers import Marker, read_marker, write_marker
from nir_desktop.core.session.models import SCHEMA_VERSION, SESSION_KIND, Session, now

_HASH = re.compile(r"^[0-9a-f]{64}$")
# Temporary files of atomic_write_bytes for our own files: ".<hash>.json.k3j_x9.tmp".
_TMP = re.compile(r"^\.([0-9a-f]{64})\.(?:json|pid)\.[A-Za-z0-9_]+\.tmp$")
_DAMAGED = re.compile(r"^([0-9a-f]{64})\.(?:json|journal)\.damaged-(\d{8}-\d{6})(?:-\d+)?$")
MAX_SESSION_BYTES = 50_000_000  # a session holds edits, not data; anything bigger is wrong
# A temporary file lives for one write (well under a second, seconds on a slow share). One
# older than this is left by a process that was killed, unless its session is open in a
# running copy, which gets TMP_MAX_AGE_HELD_S before its leftovers are taken as orphans.
TMP_MAX_AGE_S = 120.0
TMP_MAX_AGE_HELD_S = 3600.0

_BAD_LINE = {
    "checksum": N_("kontrollsummen stemmer ikke (linjen er skadet)"),
    "unreadable": N_("linjen kan ikke leses (den er skadet)"),
    "invalid": N_("innholdet er ugyldig"),
}


def bad_line_message(path: Path, bad: journal.BadLine) -> Msg:
    """The text (core.i18n.Msg) for a journal line recovery could not use."""
    if bad.reason == "torn":
        return Msg("«{file}», linje {line}: den siste endringen ble avbrutt midt i "
                   "lagringen (programmet stoppet) og kan ikke hentes tilbake.",
                   file=str(path), line=bad.number)
    reason = _BAD_LINE.get(bad.reason)
    return Msg("«{file}», linje {line}: {reason}. Endringen er ikke hentet tilbake.",
               file=str(path), line=bad.number,
               reason=Msg(reason) if reason is not None else bad.reason)


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
    # One Norwegian line per journal line that cannot be restored (file and line named).
    problems: tuple[str, ...] = field(default=())
    damaged_session: bool = False  # the session file is damaged; it is rebuilt on load

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
        raise SessionError(Msg("«{file}» er for stor til å være en øktfil fra NIR-kontroll.",
                               file=source))
    try:
        obj: Any = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise SessionError(Msg(
            "«{file}» er ikke en lesbar øktfil (ikke gyldig JSON). Filen kan være "
            "skadet eller avkortet.", file=source)) from None
    if not isinstance(obj, dict) or obj.get("kind") != SESSION_KIND:
        raise SessionError(Msg("«{file}» er ikke en øktfil fra NIR-kontroll.", file=source))
    version = obj.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SessionError(Msg("«{file}» mangler formatversjon og kan ikke leses.",
                               file=source))
    if version > SCHEMA_VERSION:
        raise SessionError(Msg(
            "«{file}» er laget med en nyere versjon av NIR-kontroll (format {version}; "
            "denne versjonen leser format {supported}). Oppdater programmet.", file=source,
            version=version, supported=SCHEMA_VERSION))
    if version < SCHEMA_VERSION:
        raise SessionError(Msg(
            "«{file}» har et gammelt format ({version}) som denne versjonen ikke kan lese.",
            file=source, version=version))
    try:
        return Session.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or Msg("filen")
        raise SessionError(Msg(
            "«{file}» har ugyldig innhold ({count} feil, første i «{where}»). "
            "Filen kan være skadet eller redigert for hånd.", file=source,
            count=len(exc.errors()), where=where)) from None


class SessionStore:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else paths.sessions_dir()
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            with contextlib.suppress(OSError):  # a folder made by an older version was 0755
                os.chmod(self.directory, 0o700)
        self._notices: dict[str, list[str]] = {}
        self.tidy()

    # -- paths -----------------------------------------------------------------------
    def path_for(self, content_hash: str) -> Path:
        return self.directory / f"{_check_hash(content_hash)}.json"

    def journal_path(self, content_hash: str) -> Path:
        return self.directory / f"{_check_hash(content_hash)}.journal"

    def marker_path(self, content_hash: str) -> Path:
        return self.directory / f"{_check_hash(content_hash)}.pid"

    def lock_path(self, content_hash: str) -> Path:
        return self.directory / f"{_check_hash(content_hash)}.lock"

    # -- who has it open ---------------------------------------------------------------
    def held_elsewhere(self, content_hash: str) -> bool:
        """Another running copy of NIR-kontroll has this session open (holds its lock)."""
        return lock.held_elsewhere(self.lock_path(content_hash))

    def ensure_free(self, content_hash: str) -> None:
        """Raises SessionBusyError when another running copy has the session open."""
        if self.held_elsewhere(content_hash):
            raise SessionBusyError(read_marker(self.marker_path(content_hash)), locked=True)

    # -- messages for the user -----------------------------------------------------------
    def notices(self, content_hash: str) -> list[Msg]:
        """What was repaired or set aside for this session since last asked (Norwegian),
        for the window to show; asking empties the list."""
        return self._notices.pop(content_hash, [])

    def add_notice(self, content_hash: str, text: Msg) -> None:
        self._notices.setdefault(content_hash, []).append(text)

    # -- the session file ------------------------------------------------------------
    def _read_file(self, content_hash: str) -> Session | None:
        path = self.path_for(content_hash)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SessionError(Msg("Kan ikke lese økten «{file}» ({error}).", file=str(path),
                                   error=str(exc.strerror or exc))) from exc
        session = parse_session(raw, str(path))
        if session.content_hash != content_hash:
            raise SessionError(Msg("Økten «{file}» hører til en annen fil enn navnet sier.",
                                   file=str(path)))
        return session

    def load(self, content_hash: str, *, replay: bool = True,
             fallback: Session | None = None) -> Session | None:
        """The saved session for a file, with unsaved journal entries replayed on top
        (``replay=False`` gives the last saved state only). None when there is none.

        With ``replay``, a damaged session file is moved aside and the session rebuilt
        from the journal; journal lines that cannot be used are skipped. Both are told in
        :meth:`notices`. ``fallback`` (an empty session for the file, when it is open) is
        the base of a rebuild whose journal does not name its file (its first line is
        damaged, or an older version wrote it). A session another running copy has open is
        neither replayed nor repaired: its journal is that copy's, live.
        """
        if not replay or self.held_elsewhere(content_hash):
            return self._read_file(content_hash)
        try:
            session = self._read_file(content_hash)
        except SessionError as exc:
            return self._rebuild(content_hash, exc, fallback)
        path = self.journal_path(content_hash)
        read = journal.read_journal(path)
        if session is None:
            # A journal is written only on top of a session file; one without it means the
            # file was removed behind our back (by hand, a virus scanner): rebuild.
            return self._rebuild(content_hash, None, fallback) if read.entries else None
        self._replay(session, read, path)
        return session

    def _replay(self, session: Session, read: journal.JournalRead, path: Path) -> None:
        """Apply the journal's pending entries; a notice names each line not used."""
        bad = list(read.bad)
        ack_keys = {a.key for a in session.acknowledgements}
        for entry in journal.pending(session, read):
            if not journal.apply_entry(session, entry, ack_keys):
                bad.append(journal.BadLine(entry.line_no, "invalid"))
        if bad:
            bad.sort(key=lambda b: b.number)
            self.add_notice(session.content_hash, MsgLines(
                Msg("Noen endringer i journalen kunne ikke hentes tilbake:"),
                *(bad_line_message(path, b) for b in bad)))

    def _rebuild(self, content_hash: str, damage: SessionError | None,
                 fallback: Session | None = None) -> Session | None:
        """Move a damaged session file aside (``damage``; None: the file is missing) and
        rebuild the session from its journal."""
        path = self.path_for(content_hash)
        parts: list[Msg] = []
        if damage is None:
            parts.append(Msg("Den lagrede økten «{file}» mangler.", file=str(path)))
        else:
            aside = self._set_aside(path)
            parts.append(Msg("Den lagrede økten var skadet: {problem} Den er lagt til side "
                             "som «{file}».", problem=damage.message,
                             file=aside.name if aside else path.name))
        jpath = self.journal_path(content_hash)
        read = journal.read_journal(jpath)
        base = journal.session_from_header(read.header) if read.header else None
        if (base is None or base.content_hash != content_hash) and fallback is not None \
                and fallback.content_hash == content_hash:
            base = fallback.model_copy(deep=True, update={"journal_seq": 0})
        if base is None or base.content_hash != content_hash:
            if read.entries or read.bad:
                kept = self._set_aside(jpath)
                parts.append(Msg("Journalen sier ikke hvilken fil den hører til, så økten kan "
                                 "ikke bygges opp igjen fra den; journalen er tatt vare på som "
                                 "«{file}».", file=kept.name if kept else jpath.name))
            else:
                parts.append(Msg("Det finnes ingen ulagrede endringer å bygge den opp igjen "
                                 "fra."))
            parts.append(Msg("Arbeidet med filen begynner på nytt."))
            self.add_notice(content_hash, MsgLines(*parts, sep=" "))
            return None
        parts.append(plural_msg(
            "Økten er bygget opp igjen fra journalen ({count} endring); det som var lagret i "
            "økten før den siste lagringen, kunne ikke hentes.",
            "Økten er bygget opp igjen fra journalen ({count} endringer); det som var lagret "
            "i økten før den siste lagringen, kunne ikke hentes.", len(read.entries)))
        self.add_notice(content_hash, MsgLines(*parts, sep=" "))
        self._replay(base, read, jpath)
        return base

    def _set_aside(self, path: Path) -> Path | None:
        """Rename a damaged file to ``<name>.damaged-<time>`` beside it; the new path."""
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.damaged-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        journal.close_handles(path)  # Windows renames no file that is open
        try:
            os.replace(path, target)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SessionError(Msg(
                "Kunne ikke legge den skadde filen «{file}» til side ({error}).",
                file=str(path), error=str(exc.strerror or exc))) from exc
        return target

    def journal_problems(self, content_hash: str) -> list[Msg]:
        """One Norwegian line per journal line that cannot be used (empty: all usable)."""
        path = self.journal_path(content_hash)
        read = journal.read_journal(path)
        bad = list(read.bad)
        if read.entries:
            scratch = Session.model_construct(edits=[], acknowledgements=[], notes=[],
                                              journal_seq=0)
            bad += [journal.BadLine(e.line_no, "invalid") for e in read.entries
                    if not journal.apply_entry(scratch, e)]
        return [bad_line_message(path, b) for b in sorted(bad, key=lambda b: b.number)]

    def set_aside_journal(self, content_hash: str) -> Path | None:
        """Keep a journal that was not fully applied beside the session, under a new name;
        tells it in :meth:`notices`."""
        self.ensure_free(content_hash)
        aside = self._set_aside(self.journal_path(content_hash))
        if aside is not None:
            self.add_notice(content_hash, Msg("Journalen er tatt vare på som «{file}».",
                                              file=str(aside)))
        return aside

    def save(self, session: Session) -> Path:
        """Write the session file atomically (temp file, fsync, rename)."""
        session.updated = now()
        path = self.path_for(session.content_hash)
        try:
            atomic_write_bytes(path, session.model_dump_json(indent=1).encode("utf-8"))
        except OSError as exc:
            raise SessionError(Msg(
                "Kunne ikke lagre økten i «{folder}» ({error}). "
                "Sjekk ledig plass på disken. Endringene dine er ikke tapt: NIR-kontroll "
                "prøver igjen så lenge programmet er åpent.", folder=str(self.directory),
                error=str(exc.strerror or exc))) from exc
        return path

    def delete(self, content_hash: str) -> None:
        """Forget a session: its file, journal, marker and lock. Raises SessionBusyError
        when another running copy has it open."""
        self.ensure_free(content_hash)
        journal.close_handles(self.journal_path(content_hash))
        for p in (self.path_for(content_hash), self.journal_path(content_hash),
                  self.marker_path(content_hash)):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        self._remove_lock_file(content_hash)

    def _remove_lock_file(self, content_hash: str) -> None:
        path = self.lock_path(content_hash)
        if lock.held_here(path) or not path.exists():
            return
        try:
            held = lock.acquire(path)
        except OSError:
            return
        if held is None:
            return
        held.release()
        with contextlib.suppress(OSError):
            path.unlink()

    # -- exchange with a colleague ------------------------------------------------------
    def export(self, session: Session, path: Path) -> Path:
        """Write a copy of the session to ``path`` (atomic). It holds fødselsnummer."""
        path = Path(path)
        try:
            atomic_write_bytes(path, session.model_dump_json(indent=1).encode("utf-8"))
        except OSError as exc:
            raise SessionError(Msg(
                "Kunne ikke eksportere økten til «{file}» ({error}).", file=str(path),
                error=str(exc.strerror or exc))) from exc
        return path

    def import_(self, path: Path) -> Session:
        """Read and validate a session file from anywhere; raises SessionError."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SessionError(Msg("Fant ikke filen «{file}».", file=str(path))) from None
        except OSError as exc:
            raise SessionError(Msg("Kan ikke lese «{file}» ({error}).", file=str(path),
                                   error=str(exc.strerror or exc))) from exc
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
        a running process has open, or with unsaved journal entries, are kept. Damaged
        files set aside that long ago go too."""
        cutoff = now() - older_than
        removed = []
        for info in self.list():
            marker = read_marker(self.marker_path(info.content_hash))
            if info.updated >= cutoff or info.pending or (marker and marker.alive) \
                    or lock.held_here(self.lock_path(info.content_hash)) \
                    or self.held_elsewhere(info.content_hash):
                continue
            self.delete(info.content_hash)
            removed.append(info.content_hash)
        for path in self.directory.iterdir():
            m = _DAMAGED.match(path.name)
            if m is None:
                continue
            stamp = datetime.strptime(m[2], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            if stamp < cutoff:
                with contextlib.suppress(OSError):
                    path.unlink()
        return removed

    def tidy(self) -> list[Path]:
        """At start: remove temporary files a killed process left (only ours, only old
        ones, and only when no running copy has their session open) and make our files
        private (0600) where an older version left them readable. Returns what was
        removed."""
        removed = []
        try:
            entries = list(os.scandir(self.directory))
        except OSError:
            return removed
        wall = time.time()
        for entry in entries:
            m = _TMP.match(entry.name)
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if m is not None:
                age = wall - st.st_mtime
                if age < TMP_MAX_AGE_S:
                    continue
                if age < TMP_MAX_AGE_HELD_S and self.held_elsewhere(m[1]):
                    continue
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            elif os.name == "posix" and _HASH.match(entry.name[:64]) \
                    and entry.is_file(follow_symlinks=False) and st.st_mode & 0o077:
                with contextlib.suppress(OSError):
                    os.chmod(entry.path, 0o600)
        return removed

    # -- crash recovery ------------------------------------------------------------------
    def recover(self, content_hash: str) -> Recovery | None:
        """What unsaved work the journal holds for this file, or None when there is none
        (or when another running copy has the session open: then it is not lost).

        Loading the session (:meth:`load`) restores it; :meth:`discard_journal` drops it.
        """
        if self.held_elsewhere(content_hash):
            return None
        path = self.journal_path(content_hash)
        read = journal.read_journal(path)
        damaged_session = False
        try:
            session = self._read_file(content_hash)
        except SessionError:
            session = None
            damaged_session = True
        todo = journal.pending(session, read)
        if not todo and not read.damaged:
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
        name = session.file.name if session else None
        if name is None and read.header is not None:
            rebuilt = journal.session_from_header(read.header)
            name = rebuilt.file.name if rebuilt else None
        return Recovery(
            content_hash=content_hash,
            file_name=name,
            edits=counts["edit"], acknowledgements=counts["ack"] + counts["unack"],
            notes=counts["note"], last_change=last,
            unclean_exit=marker is not None and not marker.alive,
            torn_tail=read.torn_tail,
            problems=tuple(self.journal_problems(content_hash)),
            damaged_session=damaged_session)

    def discard_journal(self, content_hash: str) -> None:
        """Drop unsaved work (the user said so). Raises SessionBusyError when another
        running copy has the session open: its journal is live."""
        self.ensure_free(content_hash)
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
            if marker is not None and _HASH.match(marker.content_hash) and not marker.alive \
                    and not self.held_elsewhere(marker.content_hash):
                result.append(marker)
        return result
