"""Recording changes to a session as they happen, without Qt.

Every change goes to the journal (fsynced) before the call returns, so a crash or
``kill -9`` loses at most a change whose call had not returned yet. A debounced save on a
``threading.Timer`` folds the journal into the session file; bursts of changes within
``delay_s`` of the first unsaved one are saved together.

When writing fails (disk full, share gone) the change is kept in memory, ``last_error``
says why, and the journal and the session file are tried again every ``RETRY_S`` seconds
until they succeed; the window shows ``last_error`` for as long as it is set.

The session's lock (lock.py) is held from start to :meth:`Autosaver.close`: no other copy
of NIR-kontroll can open, replay or delete the session meanwhile.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.i18n import Msg
from nir_desktop.core.model import Workbook
from nir_desktop.core.session import journal, lock
from nir_desktop.core.session.errors import SessionBusyError, SessionError
from nir_desktop.core.session.markers import read_marker
from nir_desktop.core.session.models import (
    FNR_FIELD,
    Acknowledgement,
    EditRecord,
    Note,
    Session,
    fnr_key,
)
from nir_desktop.core.session.store import SessionStore

log = logging.getLogger(__name__)

RETRY_S = 5.0  # after a failed write (disk full, share gone)

__all__ = ["RETRY_S", "Autosaver", "SessionBusyError"]


def _journal_error(exc: OSError) -> SessionError:
    seconds = format(RETRY_S, "g")
    error = SessionError(Msg(
        "Kunne ikke lagre endringen i øktjournalen ({error}). Sjekk ledig plass på disken. "
        "Endringen er ikke tapt: NIR-kontroll prøver igjen hvert {seconds}. sekund så lenge "
        "programmet er åpent.", error=str(exc.strerror or exc), seconds=seconds))
    error.__cause__ = exc
    return error


class Autosaver:
    """Owns one open session: records changes, journals them, saves them.

    Starting it makes ``session`` the truth: a journal left from an earlier run is folded
    in if ``session`` was loaded with replay, or dropped if not (the user declined
    recovery). Call :meth:`close` on a clean exit; it saves and removes the running marker.
    """

    def __init__(self, store: SessionStore, session: Session, delay_s: float = 0.5, *,
                 take_over: bool = False,
                 journal_writer: journal.Writer = os.write) -> None:
        """Raises :class:`SessionBusyError` when another running process (or another
        machine, for a data folder on a share) has the session open. ``take_over`` (the
        user chose to open it anyway) overrides a running marker only, never a lock another
        copy holds. ``journal_writer`` replaces ``os.write`` for the journal (tests)."""
        h = session.content_hash
        marker = read_marker(store.marker_path(h))
        try:
            held = lock.acquire(store.lock_path(h))
        except lock.LockUnsupported:
            held = None  # no locks on this file system: the marker alone decides
        except OSError as exc:
            raise SessionError(Msg(
                "Kunne ikke åpne økten i «{folder}» ({error}).", folder=str(store.directory),
                error=str(exc.strerror or exc))) from exc
        else:
            if held is None:
                raise SessionBusyError(marker, locked=True)
        if not take_over and marker is not None and marker.pid != os.getpid() \
                and marker.alive:
            if held is not None:
                held.release()
            raise SessionBusyError(marker)
        self._held = held
        self._writer = journal_writer
        self.store = store
        self.session = session
        self.delay_s = delay_s
        self.last_error: SessionError | None = None
        self._lock = threading.RLock()  # guards session, journal and the timer
        self._save_lock = threading.Lock()  # one save at a time, in order
        self._timer: threading.Timer | None = None
        self._timer_due = 0.0
        self._dirty = False
        self._seq = session.journal_seq
        self._journal: journal.JournalFile | None = None
        self._closed = False
        self._batch_depth = 0
        self._row_fnrs: dict[tuple[str, int], str] = {}
        for e in session.edits:
            if e.fnr:
                self._row_fnrs.setdefault((e.sheet, e.row), e.fnr)
        self._ack_keys = {a.key for a in session.acknowledgements}
        self._row_index: dict[str, tuple[list[int], dict[int, int]]] = {}
        self._journal_path: Path = store.journal_path(h)
        try:
            store.write_marker(h)
            if self._journal_path.exists():
                # A journal that was not fully usable is kept aside, never deleted.
                problems = store.journal_problems(h)
                self._save_now(force=True)
                if problems:
                    store.set_aside_journal(h)
                else:
                    store.discard_journal(h)
        except BaseException:
            if held is not None:
                held.release()
            raise

    @property
    def content_hash(self) -> str:
        return self.session.content_hash

    # -- recording ---------------------------------------------------------------------
    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Record many changes as one action (e.g. "fix all"): one fsync at the end.

        A crash inside the batch loses the batch, never what was recorded before it.
        """
        with self._lock:
            self._batch_depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._batch_depth -= 1
                if self._batch_depth == 0:
                    self._commit_or_retry()

    def record_edit(self, edit: CellEdit, workbook: Workbook | None = None, *,
                    fnr: str | None = None, sheet_kind: SheetKind | None = None,
                    header: str | None = None) -> EditRecord:
        """Record a cell edit the user made. With ``workbook`` the row's fødselsnummer,
        the sheet kind and the column header are looked up there (call it before or after
        applying the edit; an edit of the fødselsnummer cell itself keys the row by its
        value in the original file)."""
        is_fnr_cell = edit.field == FNR_FIELD
        if workbook is not None:
            w_fnr, w_kind, w_header, fnr_col = self._context(
                workbook, edit.sheet, edit.row, edit.column)
            fnr = fnr or w_fnr
            sheet_kind = sheet_kind or w_kind
            header = header or w_header
            is_fnr_cell = is_fnr_cell or fnr_col == edit.column
        key = (edit.sheet, edit.row)
        # The first fødselsnummer recorded for a row is its value in the original file; a
        # newer export from NIR carries that one until it is corrected there.
        row_fnr = self._row_fnrs.get(key)
        if row_fnr is None:
            row_fnr = fnr_key(edit.old) if is_fnr_cell else None
            row_fnr = row_fnr or (fnr_key(fnr) if fnr else None)
        record = EditRecord(sheet=edit.sheet, row=edit.row, column=edit.column, old=edit.old,
                            new=edit.new, rule=edit.rule, field=edit.field, fnr=row_fnr,
                            sheet_kind=sheet_kind, header=header)
        self._record("edit", record.model_dump(mode="json"))
        return record

    def record_edits(self, edits: Iterable[CellEdit], workbook: Workbook | None = None,
                     ) -> list[EditRecord]:
        with self.batch():
            return [self.record_edit(e, workbook) for e in edits]

    def _context(self, workbook: Workbook, sheet_name: str, row: int, column: int | None,
                 ) -> tuple[str | None, SheetKind | None, str | None, int | None]:
        """(fødselsnummer, sheet kind, header, fødselsnummer column) of a cell."""
        sheet = workbook.sheet_named(sheet_name)
        if sheet is None:
            return None, None, None, None
        # Row number → index, cached per sheet; holding the row_numbers list itself makes
        # the identity check safe against a new workbook reusing an old one's id().
        cached = self._row_index.get(sheet_name)
        if cached is None or cached[0] is not sheet.row_numbers \
                or len(cached[1]) != len(sheet.row_numbers):
            cached = (sheet.row_numbers, {n: i for i, n in enumerate(sheet.row_numbers)})
            self._row_index[sheet_name] = cached
        index = cached[1]
        header = None
        if column is not None and column < len(sheet.headers):
            header = str(sheet.headers[column] or "") or None
        c = sheet.columns.get(FNR_FIELD)
        i = index.get(row)
        fnr = fnr_key(sheet.raw(i, c)) if (i is not None and c is not None) else None
        return fnr, sheet.kind, header, c

    def acknowledge(self, rule: str, sheet: str | None, row: int | None,
                    column: int | None, note: str = "", workbook: Workbook | None = None, *,
                    fnr: str | None = None) -> Acknowledgement:
        """Mark a finding as looked at ("kontrollert, riktig"), replacing an earlier one."""
        kind = header = None
        if sheet is not None and row is not None:
            if workbook is not None:
                w_fnr, kind, header, _ = self._context(workbook, sheet, row, column)
                fnr = fnr or w_fnr
            fnr = self._row_fnrs.get((sheet, row)) or fnr
        ack = Acknowledgement(rule=rule, sheet=sheet, row=row, column=column,
                              fnr=fnr_key(fnr) if fnr else None, sheet_kind=kind,
                              header=header, note=note)
        self._record("ack", ack.model_dump(mode="json"))
        return ack

    def unacknowledge(self, rule: str, sheet: str | None, row: int | None,
                      column: int | None) -> None:
        ack = Acknowledgement(rule=rule, sheet=sheet, row=row, column=column)
        self._record("unack", ack.model_dump(mode="json"))

    def add_note(self, text: str, sheet: str | None = None, row: int | None = None,
                 workbook: Workbook | None = None) -> Note:
        fnr = None
        if sheet is not None and row is not None:
            fnr = self._row_fnrs.get((sheet, row))
            if fnr is None and workbook is not None:
                fnr = self._context(workbook, sheet, row, None)[0]
        note = Note(text=text, sheet=sheet, row=row, fnr=fnr)
        self._record("note", note.model_dump(mode="json"))
        return note

    def _record(self, op: str, data: dict[str, Any]) -> None:
        """Keep the change in the session and write it to the journal. A failed write
        does not lose it: it stays in memory and is written by the retry (and by the
        next successful save of the session file)."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the session is closed")
            entry = journal.JournalEntry(self._seq + 1, op, data)
            try:
                self._ensure_journal()
            except SessionError as exc:
                self._failed(exc)
            self._seq = entry.seq
            journal.apply_entry(self.session, entry, self._ack_keys)
            if op == "edit" and data.get("fnr"):
                self._row_fnrs.setdefault((data["sheet"], data["row"]), data["fnr"])
            if self._journal is not None and not self._journal.closed:
                self._journal.add(entry.line())
            if not self._batch_depth:
                self._commit_or_retry()
        self.mark_dirty()

    def _commit(self) -> None:
        """Write what the journal holds unwritten; raises SessionError."""
        with self._lock:
            if self._journal is None or self._journal.closed:
                return
            try:
                self._journal.commit()
            except OSError as exc:
                raise _journal_error(exc) from exc

    def _commit_or_retry(self) -> None:
        try:
            self._commit()
        except SessionError as exc:
            self._failed(exc)

    def _failed(self, exc: SessionError) -> None:
        """Remember why writing failed and try again in RETRY_S."""
        self.last_error = exc
        log.warning("Session write failed: %s", type(exc.__cause__ or exc).__name__)
        self._schedule(RETRY_S)

    def _schedule(self, delay: float) -> None:
        """Save (or retry) ``delay`` from now, unless a timer will fire sooner."""
        with self._lock:
            self._dirty = True
            if self._closed:
                return
            due = time.monotonic() + delay
            if self._timer is not None:
                if self._timer_due <= due:
                    return
                self._timer.cancel()  # a retry comes before a long debounce
            self._timer_due = due
            self._timer = threading.Timer(delay, self._on_timer)
            self._timer.daemon = True
            self._timer.start()

    def _ensure_journal(self) -> None:
        if self._journal is not None and not self._journal.closed:
            return
        # The journal is only meaningful on top of a session file, so write that first.
        if not self.store.path_for(self.content_hash).exists():
            self.store.save(self.session)
        try:
            self._journal = journal.open_for_append(
                self._journal_path, journal.header_entry(self.session).line(), self._writer)
        except OSError as exc:
            raise SessionError(Msg(
                "Kunne ikke åpne øktjournalen ({error}). Endringene holdes i minnet, og "
                "NIR-kontroll prøver igjen.", error=str(exc.strerror or exc))) from exc

    @property
    def failing(self) -> bool:
        """Writing has failed and is being retried: the user must be told."""
        return self.last_error is not None

    # -- saving ------------------------------------------------------------------------
    def mark_dirty(self) -> None:
        """Schedule a save ``delay_s`` from now unless one is already waiting."""
        self._schedule(self.delay_s)

    def _on_timer(self) -> None:
        with self._lock:
            if self._timer is threading.current_thread():  # not one cancelled too late
                self._timer = None
        try:
            self._write_all()
        except SessionError as exc:
            # Every change is still in memory (and in the journal where that worked).
            self._failed(exc)

    def _write_all(self) -> None:
        """Retry the journal, then save the session file (which holds every change, so
        a save that works makes a journal that still fails unnecessary)."""
        journal_error = None
        try:
            self._commit()
        except SessionError as exc:
            journal_error = exc
        self._save_now(force=journal_error is not None)
        with self._lock:
            if self._journal is not None and self._journal.unwritten:
                raise journal_error or _journal_error(OSError("journal not written"))

    def flush(self) -> None:
        """Save now if anything is unsaved (raises SessionError when saving fails)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        try:
            self._write_all()
        except SessionError as exc:
            self._failed(exc)
            raise

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _save_now(self, *, force: bool) -> None:
        with self._save_lock:
            with self._lock:
                if not (self._dirty or force):
                    return
                self._dirty = False
                saved_seq = self._seq
                # Records are never changed in place, so copying the lists (not the
                # records) is a consistent snapshot, cheap enough to take under the lock.
                s = self.session
                snapshot = s.model_copy(update={
                    "edits": list(s.edits), "acknowledgements": list(s.acknowledgements),
                    "notes": list(s.notes), "journal_seq": saved_seq})
            try:
                self.store.save(snapshot)
            except SessionError:
                self._dirty = True
                raise
            self.last_error = None
            with self._lock:
                self.session.updated = snapshot.updated
                self.session.journal_seq = saved_seq
                # Entries recorded during the write stay; the next save empties the journal
                # (replay skips what the file already holds, by sequence number).
                if self._seq == saved_seq and self._journal is not None:
                    with contextlib.suppress(OSError):  # replay skips what the file holds
                        self._journal.truncate()

    def close(self) -> None:
        """Save, close the journal and remove the running marker (a clean exit)."""
        if self._closed:
            return
        self.flush()
        with self._lock:
            self._closed = True
            if self._journal is not None:
                journal.close_handle(self._journal)
                self._journal = None
                if self._seq == self.session.journal_seq:
                    self.store.discard_journal(self.content_hash)
        self.store.remove_marker(self.content_hash)
        if self._held is not None:
            self._held.release()
            self._held = None

    def __enter__(self) -> Autosaver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
