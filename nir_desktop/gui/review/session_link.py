"""Keeps the open file's review session in step with the document: every edit (and undo)
and every acknowledgement is journaled and autosaved by the core's Autosaver, and a file
opened again offers to continue where the user left off.

It also says what the session cannot do: a file open in another copy of NIR-kontroll (its
session is that copy's), a damaged session repaired or set aside on opening, and, for as
long as it lasts, saving that fails (a full disk): a warning once, and a line in the status
bar until a retry succeeds."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from nir_desktop.core.edits import CellEdit, net_edits
from nir_desktop.core.findings import AckKey
from nir_desktop.gui.i18n import core_text

if TYPE_CHECKING:
    # core.session loads pydantic: it is imported when a file is opened, not before the
    # window is up (benchmarks/README.md, start-up).
    from nir_desktop.core.session import Autosaver, Session, SessionStore
    from nir_desktop.gui.review.document import ReviewDocument

log = logging.getLogger(__name__)

SAVE_CHECK_MS = 1000  # how often the status bar looks whether saving fails or works again


class SessionLink(QObject):
    def __init__(self, document: ReviewDocument, window: QWidget,
                 store: SessionStore | None = None) -> None:
        super().__init__(window)
        self.doc = document
        self.window = window
        self._store = store
        self.autosaver: Autosaver | None = None
        self._muted = False
        self.resumed: int = 0  # edits restored from the saved session on the last open
        self._failed = False  # the open file's session could not start
        self.save_problem: str | None = None  # why saving fails right now (None: it works)
        self._save_label: QLabel | None = None
        self._save_check = QTimer(self)
        self._save_check.setInterval(SAVE_CHECK_MS)
        self._save_check.timeout.connect(self.check_saving)
        document.editsApplied.connect(self._record_edits)
        document.acksSet.connect(self._record_acks)

    @property
    def store(self) -> SessionStore:
        if self._store is None:
            from nir_desktop.core.session import SessionStore

            self._store = SessionStore()
        return self._store

    @property
    def failed(self) -> bool:
        """Edits are not kept: the session could not start, or saving fails right now (the
        window asks before closing)."""
        return self._failed or (self.autosaver is not None and self.autosaver.failing)

    @failed.setter
    def failed(self, value: bool) -> None:
        self._failed = value

    @property
    def session(self) -> Session | None:
        return self.autosaver.session if self.autosaver is not None else None

    # -- opening and closing ---------------------------------------------------------------
    def start(self, ask: bool = True) -> None:
        """Start the session of the document's (freshly loaded) workbook."""
        from nir_desktop.core.session import (
            Autosaver,
            SessionBusyError,
            SessionError,
            new_session,
        )

        self.stop()
        self.failed = False
        wb = self.doc.workbook
        if wb is None or not wb.content_hash:
            self.failed = True
            return
        try:
            # Another copy has it open: its saved work is not offered, its journal not read.
            self.store.ensure_free(wb.content_hash)
            saved = self.store.load(wb.content_hash, fallback=new_session(wb))
            resume = saved is not None and not saved.is_empty and ask and self._ask(saved)
            session = saved if resume and saved is not None else new_session(wb)
            try:
                self.autosaver = Autosaver(self.store, session)
            except SessionBusyError as exc:
                # Only a running marker, no lock: the user may know better.
                if exc.locked or not ask or not self._ask_take_over(core_text(exc.message)):
                    raise
                self.autosaver = Autosaver(self.store, session, take_over=True)
        except (SessionError, OSError) as exc:
            self.autosaver = None
            self.failed = True
            message = core_text(getattr(exc, "message", None) or str(exc))
            self._warn(self.tr("Økten lagres ikke"), message)
            self._tell_repairs(wb.content_hash)
            return
        self._tell_repairs(wb.content_hash)
        if resume:
            self._restore(session)
        self._save_check.start()

    def _tell_repairs(self, content_hash: str) -> None:
        notices = self.store.notices(content_hash)
        if notices:
            self._warn(self.tr("Økten var skadet"), "\n\n".join(core_text(n) for n in notices))

    def stop(self) -> None:
        self._save_check.stop()
        if self.autosaver is None:
            return
        from nir_desktop.core.session import SessionError

        try:
            self.autosaver.close()
        except SessionError as exc:
            log.warning("Kunne ikke lukke økten: %s", type(exc).__name__)
        self.autosaver = None
        self.check_saving()

    # -- saving that fails ------------------------------------------------------------------
    def check_saving(self) -> None:
        """Show (or clear) the status-bar line for saving that fails; the first failure
        also gets a warning. Called by a timer while a session is open."""
        saver = self.autosaver
        error = saver.last_error if saver is not None else None
        problem = core_text(error.message) if error is not None else None
        if problem == self.save_problem:
            return
        was, self.save_problem = self.save_problem, problem
        label = self._label()
        if problem is not None:
            if label is not None:
                label.setText(self.tr("Økten er ikke lagret – prøver igjen …"))
                label.setToolTip(problem)
                label.show()
            if was is None:
                self._warn(self.tr("Økten kan ikke lagres nå"), problem)
        else:
            if label is not None:
                label.hide()
            if saver is not None:
                bar = getattr(self.window, "statusBar", None)
                if isinstance(bar, QStatusBar):
                    bar.showMessage(self.tr("Økten er lagret igjen. Ingen endringer gikk tapt."),
                                    8000)

    def _label(self) -> QLabel | None:
        if self._save_label is None:
            bar = getattr(self.window, "statusBar", None)
            if not isinstance(bar, QStatusBar):
                return None
            self._save_label = QLabel(bar)
            self._save_label.setObjectName("sessionSaveProblem")
            self._save_label.setStyleSheet("color: #a40000; font-weight: bold;")
            self._save_label.hide()
            bar.addPermanentWidget(self._save_label)
        return self._save_label

    def _restore(self, session: Session) -> None:
        edits = list(net_edits(session.cell_edits()).values())
        acks = {a.key: a.note for a in session.acknowledgements}
        self._muted = True
        try:
            self.resumed = self.doc.restore(edits, acks)
        finally:
            self._muted = False

    # -- recording -------------------------------------------------------------------------
    def _record_edits(self, edits: list[CellEdit]) -> None:
        if self._muted or self.autosaver is None:
            return
        from nir_desktop.core.session import SessionError

        try:
            for e in edits:
                self.autosaver.record_edit(e, self.doc.workbook)
        except SessionError as exc:
            self._warn(self.tr("Endringen ble ikke lagret i økten"),
                       core_text(exc.message))
        self.check_saving()

    def _record_acks(self, values: dict[AckKey, str | None]) -> None:
        if self._muted or self.autosaver is None:
            return
        from nir_desktop.core.session import SessionError

        try:
            for (rule, sheet, row, column), note in values.items():
                if note is None:
                    self.autosaver.unacknowledge(rule, sheet, row, column)
                else:
                    self.autosaver.acknowledge(rule, sheet, row, column, note,
                                               self.doc.workbook)
        except SessionError as exc:
            self._warn(self.tr("Kvitteringen ble ikke lagret i økten"),
                       core_text(exc.message))
        self.check_saving()

    # -- asking the user -------------------------------------------------------------------
    def _ask(self, saved: Session) -> bool:
        when = saved.updated.astimezone().strftime("%d.%m.%Y %H:%M")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Fortsette der du slapp?"), self.tr(
            "Du har arbeidet med denne filen før ({0}): {1} endringer og {2} kvitteringer "
            "er lagret.\n\nVil du fortsette med dem?").format(
            when, len(net_edits(saved.cell_edits())), len(saved.acknowledgements)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Fortsett"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Begynn på nytt"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _ask_take_over(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Filen er allerede åpen"), message,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Åpne likevel"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Ikke lagre økten"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def _warn(self, title: str, message: str) -> None:
        log.warning("Øktvarsel: %s", title)
        show = getattr(self.window, "show_error", None)
        if callable(show):
            show(title, message)
        else:  # pragma: no cover - the window always has show_error
            QMessageBox.warning(self.window, title, message)
