"""Handing a review session to a colleague (Fil → Eksporter økt… / Importer økt…) and
offering, at start-up, the work a crash left unsaved.

Reopening a file with a saved session is SessionLink's job (gui/review/session_link.py); this
module only adds what it does not do.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nir_desktop.core.model import Workbook, column_letter
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.session import (
    ApplyResult,
    Recovery,
    Session,
    SessionError,
    SessionStore,
    apply_to,
    content_hash_of,
)
from nir_desktop.core.writers import WriteError, ensure_not_original
from nir_desktop.gui.i18n import core_text

if TYPE_CHECKING:
    from nir_desktop.gui.window_hooks import ReviewWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SESSION_FILTER = QT_TRANSLATE_NOOP("SessionExchange",
                                   "NIR-kontroll-økt (*.json);;Alle filer (*)")
MAX_LISTED = 40


def dry_copy(workbook: Workbook) -> Workbook:
    """A copy whose cells may be changed (apply_to writes into the cells) without
    touching the open document; the parsed values are left out, nobody checks it."""
    sheets = [dataclasses.replace(s, rows=[list(r) for r in s.rows], parsed={})
              for s in workbook.sheets]
    return dataclasses.replace(workbook, sheets=sheets)


def _summary(result: ApplyResult) -> str:
    """The counts of an import (ApplyResult.summary_nb, in the UI's language)."""
    parts = [translate("SessionExchange", "{0} rettinger brukt").format(len(result.applied))]
    if result.already:
        parts.append(translate("SessionExchange", "{0} var allerede gjort").format(
            len(result.already)))
    if result.conflicts:
        parts.append(translate("SessionExchange", "{0} i konflikt").format(len(result.conflicts)))
    if result.not_applied:
        parts.append(translate("SessionExchange", "{0} kunne ikke brukes").format(
            len(result.not_applied)))
    acks = sum(1 for a in result.acknowledgements if a.applied)
    parts.append(translate("SessionExchange", "{0} av {1} kvitteringer overført").format(
        acks, len(result.acknowledgements)))
    return ", ".join(parts) + "."


def describe_outcomes(result: ApplyResult, masked: bool) -> str:
    """The text for an import (in the UI's language): counts, then each edit that was not
    made and why."""
    lines = [_summary(result)]
    problems = [*result.conflicts, *result.not_applied]
    if problems:
        lines.append("")
        lines.append(translate("SessionExchange", "Ikke gjort:"))
        for o in problems[:MAX_LISTED]:
            r = o.record
            where = translate("SessionExchange", "{0} rad {1}, kolonne {2}").format(
                o.sheet or r.sheet, o.row or r.row,
                column_letter(o.column if o.column is not None else r.column))
            reason = core_text(o.reason or "")
            lines.append(f"• {where}: {mask_text(reason) if masked else reason}")
        if len(problems) > MAX_LISTED:
            lines.append(translate("SessionExchange", "… og {0} til.").format(
                len(problems) - MAX_LISTED))
    lost = [a for a in result.acknowledgements if not a.applied]
    if lost:
        lines.append("")
        lines.append(translate("SessionExchange", "{0} kvitteringer kunne ikke overføres:"
                               ).format(len(lost)))
        for a in lost[:MAX_LISTED]:
            reason = core_text(a.reason or "")
            lines.append(f"• {a.acknowledgement.rule}: {mask_text(reason) if masked else reason}")
    return "\n".join(lines)


class SessionExchange(QObject):
    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_message: tuple[str, str] | None = None
        self.last_result: ApplyResult | None = None
        self.recovery_box: QMessageBox | None = None
        self.export_action = QAction(self.tr("Eksporter ø&kt…"), window)
        self.export_action.setObjectName("actionExportSession")
        self.export_action.setStatusTip(self.tr(
            "Lagre rettinger og kvitteringer i en fil du kan gi til en kollega"))
        self.import_action = QAction(self.tr("&Importer økt…"), window)
        self.import_action.setObjectName("actionImportSession")
        self.import_action.setStatusTip(self.tr(
            "Bruk rettinger og kvitteringer fra en kollegas øktfil på filen som er åpen"))
        self.export_action.triggered.connect(lambda: self.export_session())
        self.import_action.triggered.connect(lambda: self.import_session())
        window.loader.busyChanged.connect(self.update)
        window.document.loaded.connect(self.update)
        window.document.closed.connect(self.update)
        self.update()

    def update(self, *_: object) -> None:
        # SessionLink starts its session after the document's loaded signal: whether it
        # could is checked when the action is used.
        ready = self.window.document.is_open and not self.window.loader.busy
        self.export_action.setEnabled(ready and self.window.session is not None)
        self.import_action.setEnabled(ready)

    # -- messages (tests patch these) -------------------------------------------------------
    def tell(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information,
             ) -> None:
        self.last_message = (title, text)
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.exec()

    def ask(self, title: str, text: str, yes: str, no: str) -> bool:
        self.last_message = (title, text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.button(QMessageBox.StandardButton.No).setText(no)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def save_path(self, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Eksporter økt"),
                                              str(suggested), self.tr(SESSION_FILTER))
        return Path(path) if path else None

    def open_path(self, start: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Importer økt"), str(start),
                                              self.tr(SESSION_FILTER))
        return Path(path) if path else None

    # -- export -------------------------------------------------------------------------------
    def export_session(self, path: Path | None = None) -> Path | None:
        link = self.window.session
        wb = self.window.document.workbook
        if link is None or wb is None:
            return None
        if link.autosaver is None:
            self.tell(self.tr("Ingen økt å eksportere"), self.tr(
                "Arbeidet med denne filen lagres ikke i en økt (se meldingen da filen ble "
                "åpnet), så det er ingen økt å eksportere."), QMessageBox.Icon.Warning)
            return None
        if not self.ask(self.tr("Øktfilen inneholder fødselsnumre"), self.tr(
                "Øktfilen inneholder rettingene og kvitteringene dine, og fødselsnummeret til "
                "hver person du har rettet noe hos.\n\nGi den bare til en kollega som har "
                "tjenstlig behov, på en sikker måte (ikke som vanlig e-post), og slett den når "
                "kollegaen har importert den."), self.tr("Forstått, eksporter"),
                self.tr("Avbryt")):
            return None
        original = Path(wb.path)
        if path is None:
            suggested = original.with_name(f"{original.stem}_okt_{date.today().isoformat()}.json")
            path = self.save_path(suggested)
            if path is None:
                return None
        try:
            ensure_not_original(path, original)
            link.autosaver.flush()
            written = link.store.export(link.autosaver.session, path)
        except WriteError as exc:
            self.tell(self.tr("Økten ble ikke eksportert"), core_text(exc.message),
                      QMessageBox.Icon.Warning)
            return None
        except SessionError as exc:
            self.tell(self.tr("Økten ble ikke eksportert"), core_text(exc.message),
                      QMessageBox.Icon.Warning)
            return None
        self.window.show_status(self.tr("Økten er lagret i {0}.").format(written.name), 6000)
        log.info("Økt eksportert")
        return written

    # -- import -------------------------------------------------------------------------------
    def import_session(self, path: Path | None = None) -> ApplyResult | None:
        """Apply a colleague's session to the open file as one undoable step; tell the user
        what was applied, what conflicted and what could not be placed."""
        doc = self.window.document
        wb = doc.workbook
        if wb is None or not doc.editable:
            return None
        if path is None:
            path = self.open_path(Path(wb.path).parent)
            if path is None:
                return None
        try:
            session: Session = self._store().import_(path)
        except SessionError as exc:
            self.tell(self.tr("Økten kunne ikke leses"), core_text(exc.message),
                      QMessageBox.Icon.Warning)
            return None
        result = apply_to(session, dry_copy(wb))
        self.last_result = result
        placed = doc.restore(result.cell_edits, result.ack_map())
        log.info("Økt importert: %d rettinger brukt", placed)
        text = describe_outcomes(result, doc.mask_fnr)
        if not result.same_file:
            text = self.tr("Økten er fra en annen utgave av filen ({0}); rettingene er flyttet "
                           "etter fødselsnummer.").format(session.file.name) + "\n\n" + text
        self.tell(self.tr("Økt importert"), text)
        return result

    def _store(self) -> SessionStore:
        link = self.window.session
        if link is not None:
            return link.store
        return SessionStore()

    # -- recovery after a crash ---------------------------------------------------------------
    def offer_recovery_later(self) -> None:
        QTimer.singleShot(0, self.offer_recovery)

    def pending_recoveries(self) -> list[Recovery]:
        store = self._store()
        found = []
        for marker in store.open_markers():
            try:
                rec = store.recover(marker.content_hash)
            except (SessionError, OSError):
                continue
            if rec is not None and rec.changes:
                found.append(rec)
        return found

    def find_file(self, content_hash: str, name: str | None) -> Path | None:
        """The export a session belongs to, among the recent files (same content)."""
        for path in self.window.settings.recent_files:
            if name and path.name != name:
                continue
            try:
                if path.is_file() and content_hash_of(path) == content_hash:
                    return path
            except OSError:
                continue
        return None

    def offer_recovery(self) -> QMessageBox | None:
        """Non-blocking: a window-modal question; the answer arrives through finished()."""
        try:
            found = self.pending_recoveries()
        except (SessionError, OSError) as exc:
            log.warning("Kunne ikke se etter ulagret arbeid: %s", type(exc).__name__)
            return None
        if not found or self.window.document.is_open:
            return None
        rec = found[0]
        path = self.find_file(rec.content_hash, rec.file_name)
        name = rec.file_name or self.tr("en fil")
        when = (rec.last_change.astimezone().strftime("%d.%m.%Y %H:%M")
                if rec.last_change else self.tr("ukjent tid"))
        text = self.tr("NIR-kontroll ble avsluttet uten å lagre ferdig. For «{0}» finnes {1} "
                       "endringer og kvitteringer som ikke var lagret i økten (siste endring "
                       "{2}).").format(name, rec.edits + rec.acknowledgements + rec.notes, when)
        if rec.torn_tail:
            text += " " + self.tr("Den aller siste endringen ble avbrutt og kan ikke hentes.")
        if rec.damaged_session:
            text += "\n\n" + self.tr("Den lagrede økten er skadet. Den legges til side og "
                                     "bygges opp igjen fra de ulagrede endringene.")
        damaged = [p for p in rec.problems if "avbrutt midt i" not in p]
        if damaged:
            text += "\n\n" + self.tr("Disse linjene i journalen er skadet og kan ikke hentes "
                                     "(journalen tas vare på):") + "\n" + "\n".join(
                core_text(p) for p in damaged[:MAX_LISTED])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hente tilbake ulagret arbeid?"),
                          "", QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("recoveryBox")
        if path is not None:
            text += "\n\n" + self.tr("Vil du åpne filen og fortsette der du slapp?")
            restore = box.addButton(self.tr("Åpne og hent tilbake"),
                                    QMessageBox.ButtonRole.AcceptRole)
        else:
            text += "\n\n" + self.tr("Åpne «{0}» igjen, så får du tilbud om å fortsette med "
                                     "dem.").format(name)
            restore = None
        later = box.addButton(self.tr("Senere"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("Forkast endringene"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.setText(text)
        box.setDefaultButton(restore or later)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if restore is not None and clicked is restore and path is not None:
                self.recover_into_window(path)
            elif clicked is discard:
                store = self._store()
                try:
                    if damaged:  # a journal with damaged lines is kept aside, never deleted
                        store.set_aside_journal(rec.content_hash)
                        store.notices(rec.content_hash)
                    else:
                        store.discard_journal(rec.content_hash)
                except SessionError as exc:  # opened in another copy since: it is not lost
                    self.tell(self.tr("Endringene ble ikke forkastet"), core_text(exc.message),
                              QMessageBox.Icon.Warning)
                    return
                store.remove_marker(rec.content_hash)
                log.info("Ulagret arbeid forkastet etter krasj")

        box.finished.connect(answered)
        self.recovery_box = box
        box.open()
        return box

    def recover_into_window(self, path: Path) -> bool:
        """Open ``path``; its saved session (with the journal replayed) is taken up
        without asking again: the user has just said yes."""
        link = self.window.session
        if link is not None:
            def ask_once(_saved: object) -> bool:
                link.__dict__.pop("_ask", None)
                return True
            link._ask = ask_once  # type: ignore[method-assign]
            self.window.loader.failed.connect(lambda *_: link.__dict__.pop("_ask", None))
        return self.window.open_file(path)


def install(window: ReviewWindow) -> SessionExchange:
    """Add Fil → Eksporter økt… and Importer økt… to ``window`` (above Avslutt, after a
    separator once); offer recovery of work a crash left unsaved. Kept as
    ``window.extensions["sessions"]``; installing twice gives the first."""
    existing = window.extensions.get("sessions")
    if isinstance(existing, SessionExchange):
        return existing
    sessions = SessionExchange(window)
    window.add_menu_action("file", sessions.export_action)
    window.add_menu_action("file", sessions.import_action)
    window.add_menu_separator("file")
    window.extensions["sessions"] = sessions
    if window.interactive and window.session is not None:
        sessions.offer_recovery_later()
    return sessions
