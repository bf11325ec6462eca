"""The export wizard (Fil → Eksporter…, Ctrl+E): corrected export, changed rows, error
report (xlsx/PDF) and change log, written atomically in a worker thread.

    wizard = ExportWizard(window.document, parent=window)
    wizard.open()                      # window-modal: nobody edits while it writes

:func:`install` hooks the wizard into the main window (through gui.window_hooks).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget, QWizard

from nir_desktop.core.model import Workbook
from nir_desktop.gui.export.export_job import (
    ExportChoices,
    ExportSnapshot,
    OpenFindings,
    OutputKind,
    export_edits,
    run_export,
)
from nir_desktop.gui.export.export_pages import (
    DestinationPage,
    DonePage,
    FindingsPage,
    OptionsPage,
    SummaryPage,
    WhatPage,
    failure_message,
)
from nir_desktop.gui.workers import Task, start

if TYPE_CHECKING:
    from nir_desktop.gui.review.document import ReviewDocument
    from nir_desktop.gui.window_hooks import ReviewWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ExportWizard(QWizard):
    """Pages: what (0), open findings (1), options (2), destination (3), summary and
    write (4), done (5)."""

    # "Lukk og rett funnene": the first open finding, for the window to show.
    reviewRequested = Signal(object)

    def __init__(self, document: ReviewDocument, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        assert document.workbook is not None, "the wizard needs an open file"
        self.document = document
        self.workbook: Workbook = document.workbook
        self.original = Path(self.workbook.path)
        self.today = today
        self.folder: Path | None = None
        self.targets: dict[OutputKind, Path] = {}
        self.task: Task | None = None
        self.last_message: tuple[str, str] | None = None
        self._open: OpenFindings | None = None
        self._mapped_cells: int | None = None
        self.setWindowTitle(self.tr("Eksporter – {0}").format(self.original.name))
        self.setObjectName("exportWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        for which, text in ((QWizard.WizardButton.BackButton, self.tr("< &Tilbake")),
                            (QWizard.WizardButton.NextButton, self.tr("&Neste >")),
                            (QWizard.WizardButton.CancelButton, self.tr("Avbryt")),
                            (QWizard.WizardButton.FinishButton, self.tr("&Ferdig"))):
            self.setButtonText(which, text)
        self.what_page = WhatPage(self)
        self.findings_page = FindingsPage(self)
        self.options_page = OptionsPage(self)
        self.destination_page = DestinationPage(self)
        self.summary_page = SummaryPage(self)
        self.done_page = DonePage(self)
        for page in (self.what_page, self.findings_page, self.options_page,
                     self.destination_page, self.summary_page, self.done_page):
            self.addPage(page)
        self.resize(720, 520)

    # -- state the pages read ----------------------------------------------------------
    @property
    def net_edits(self) -> list[Any]:
        return self.document.net_edits

    def open_found(self) -> OpenFindings:
        if self._open is None:
            self._open = self.document.session.open_findings()
        return self._open

    @property
    def mapped_cells(self) -> int:
        """Cells holding a spelling the profile maps to a code-list value (0: no choice)."""
        if self._mapped_cells is None:
            from nir_desktop.core.value_mapping import count_mapped_cells

            self._mapped_cells = count_mapped_cells(self.workbook)
        return self._mapped_cells

    def value_choice_applies(self) -> bool:
        """Whether the options page offers "keep the file's spelling / write the code
        list's value": only for mapped spellings, and only for files with the data."""
        what = self.what_page
        return self.mapped_cells > 0 and (what.corrected.isChecked()
                                          or what.changed_rows.isChecked())

    def choices(self) -> ExportChoices:
        what, opts = self.what_page, self.options_page
        return ExportChoices(
            corrected=what.corrected.isChecked(), changed_rows=what.changed_rows.isChecked(),
            report=what.report.isChecked(), change_log=what.change_log.isChecked(),
            masked=opts.mask.isChecked(), report_xlsx=opts.xlsx.isChecked(),
            report_pdf=opts.pdf.isChecked(), change_log_in_report=opts.log_sheet.isChecked(),
            canonical_values=self.value_choice_applies() and opts.canonical.isChecked())

    def export_edits(self) -> list[Any]:
        """The net edits the files will hold (the user's, and any mapped spellings the
        user chose to replace)."""
        return export_edits(self.document.net_edits, self.workbook,
                            self.choices().canonical_values)

    # -- messages (tests patch these two) -----------------------------------------------
    def tell(self, title: str, text: str) -> None:
        self.last_message = (title, text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.exec()

    def ask(self, title: str, text: str) -> bool:
        self.last_message = (title, text)
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Erstatt"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # -- writing --------------------------------------------------------------------------
    @property
    def writing(self) -> bool:
        return self.task is not None

    def snapshot(self) -> ExportSnapshot:
        """Everything the worker reads, taken on the GUI thread (lists copied)."""
        doc = self.document
        return doc.session.snapshot(self.choices(), lang=doc.lang, today=self.today)

    def start_writing(self) -> Task:
        snap, choices, targets = self.snapshot(), self.choices(), dict(self.targets)
        task = Task(lambda progress, _cancelled: run_export(snap, choices, targets, progress),
                    "export")
        task.signals.progress.connect(self.summary_page.progress.setValue)
        task.signals.succeeded.connect(self._written)
        task.signals.failed.connect(self._failed)
        task.signals.done.connect(self._task_done)
        self.task = task
        self._lock(True)
        log.info("Eksport startet: %d filer, %d endringer", len(targets), len(snap.edits))
        return start(task)

    def _lock(self, on: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton,
                      QWizard.WizardButton.CancelButton):
            b = self.button(which)
            if b is not None:
                b.setEnabled(not on)

    def _task_done(self) -> None:
        self.task = None
        self._lock(False)

    def _written(self, written: list[Any]) -> None:
        log.info("Eksport ferdig: %d filer", len(written))
        self.task = None
        self._lock(False)
        self.summary_page.writing_finished(written)

    def _failed(self, exc: BaseException) -> None:
        message, written = failure_message(exc, self.document.mask_fnr)
        self.summary_page.written = written
        self.summary_page.writing_failed(message)
        self.tell(self.tr("Filene ble ikke lagret"), message)

    def back_to_review(self) -> None:
        found = self.open_found()
        first = (found.errors or found.warnings or [None])[0]
        self.reject()
        if first is not None:
            self.reviewRequested.emit(first)

    def reject(self) -> None:
        if self.writing:  # the write finishes on its own; closing now would hide its result
            return
        super().reject()


# --- hooking into the main window --------------------------------------------------------


class ExportActions:
    """The File menu's export action of one window."""

    def __init__(self, window: ReviewWindow) -> None:
        self.window = window
        self.wizard: ExportWizard | None = None
        self.export_action = QAction(translate("ExportActions", "&Eksporter…"), window)
        self.export_action.setObjectName("actionExport")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(translate(
            "ExportActions", "Lagre rettet fil, feilrapport og endringslogg"))
        self.export_action.setToolTip(translate("ExportActions", "Eksporter (Ctrl+E)"))
        self.export_action.setIcon(
            window.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.export_action.triggered.connect(self.show_wizard)
        window.add_menu_action("file", self.export_action, toolbar=True)
        window.loader.busyChanged.connect(self.update)
        window.document.loaded.connect(self.update)
        window.document.closed.connect(self.update)
        self.update()

    def update(self, *_: object) -> None:
        ready = self.window.document.is_open and not self.window.loader.busy
        self.export_action.setEnabled(ready)

    def show_wizard(self) -> ExportWizard | None:
        doc = self.window.document
        if not doc.is_open or self.window.loader.busy:
            return None
        wizard = ExportWizard(doc, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard = wizard
        wizard.destroyed.connect(lambda *_: setattr(self, "wizard", None))
        wizard.reviewRequested.connect(self.window.select_finding)
        wizard.open()
        return wizard


def install(window: ReviewWindow) -> ExportActions:
    """Add Fil → Eksporter… (Ctrl+E, also on the toolbar) to ``window``. Kept as
    ``window.extensions["export"]``; installing twice gives the first."""
    existing = window.extensions.get("export")
    if isinstance(existing, ExportActions):
        return existing
    actions = ExportActions(window)
    window.extensions["export"] = actions
    return actions
