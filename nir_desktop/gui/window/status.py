"""The main window's toolbar year controls, status bar (counts, progress, cancel, the
deadline) and which actions are enabled when. A mixin of
:class:`~nir_desktop.gui.window.main_window.MainWindow`.

Texts keep the translation context "MainWindow" (resources/translations/*.ts).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStyle

from nir_desktop.gui.resources import icon
from nir_desktop.gui.window.year_controls import YearControls

translate = QCoreApplication.translate


class StatusAndState:
    def _build_toolbar_and_status(self) -> None:
        style = self.style()
        self.actionOpen.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.actionUndo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.actionRedo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.actionNextFinding.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.actionPreviousFinding.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.actionAcknowledge.setIcon(icon("acknowledged"))
        self.actionUndo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.actionRedo.setShortcuts(QKeySequence.StandardKey.Redo)
        tb = self.mainToolBar
        tb.addSeparator()
        self.year_controls = YearControls(self)
        self.year_combo = self.year_controls.combo
        self.status_deadline = self.year_controls.deadline
        tb.addWidget(self.year_controls.label)
        tb.addWidget(self.year_combo)
        # The deadline sits in the status bar, which (unlike a toolbar) cannot be hidden.
        # Status bar: counts on the left; progress, cancel and the deadline on the right.
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName(translate("MainWindow", "Antall funn"))
        self.statusBar.addWidget(self.counts_label, 1)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setMaximumWidth(240)
        self.progress_bar.setAccessibleName(translate("MainWindow", "Fremdrift"))
        self.cancel_button = QPushButton(translate("MainWindow", "Avbryt"), self)
        self.cancel_button.setAccessibleName(
            translate("MainWindow", "Avbryt lesing eller kontroll"))
        self.stage_label = QLabel(self)
        self.statusBar.addPermanentWidget(self.stage_label)
        self.statusBar.addPermanentWidget(self.progress_bar)
        self.statusBar.addPermanentWidget(self.cancel_button)
        self.statusBar.addPermanentWidget(self.status_deadline)
        self._show_progress(False)

    # -- year and deadline -----------------------------------------------------------------
    def _set_year_widgets(self, year: int) -> None:
        self.year_controls.set_year(year)

    def _show_year_reason(self, run: Any, *, announce: bool = False) -> None:
        """Say why the file is checked for this reporting year (a 2021 export opened in
        2026 is checked for 2021, and says so)."""
        choice = getattr(getattr(run, "result", None), "year_choice", None)
        if choice is None:
            return
        text = choice.text(self.document.lang)
        self.year_controls.set_reason(text)
        if announce:
            self.statusBar.showMessage(text, 15000)

    def _year_chosen(self, year: int) -> None:
        if self.document.is_open and year != self.document.year:
            self.loader.recheck(self.document.workbook, year)  # type: ignore[arg-type]

    # -- state -----------------------------------------------------------------------------
    def _shell_state(self) -> None:
        """The actions before the review exists (the first paint): what _update_state
        shows with no file open, nothing to undo and nothing running."""
        for act in (self.actionOpen, self.welcomeOpenButton, self.welcomeDemoButton,
                    self.year_combo):
            act.setEnabled(True)
        for act in (self.actionClose, self.actionUndo, self.actionRedo, self.actionFind,
                    self.actionNextFinding, self.actionPreviousFinding,
                    self.actionOnlyFindings, self.actionShowAllRows, self.actionRecheck,
                    self.actionApplySuggestion, self.actionApplyAllSuggestions,
                    self.actionAcknowledge):
            act.setEnabled(False)
        self.actionUndo.setText(translate("MainWindow", "&Angre"))
        self.actionRedo.setText(translate("MainWindow", "&Gjør om"))
        self.counts_label.setText(translate("MainWindow", "Ingen fil åpnet"))

    def _busy_changed(self, busy: bool) -> None:
        self.document.busy = busy
        self._show_progress(busy)
        self._update_state()

    def _show_progress(self, on: bool) -> None:
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(on)
        self.cancel_button.setVisible(on)
        self.stage_label.setVisible(on)
        if not on:
            self.stage_label.clear()

    def _update_state(self, *_: object) -> None:
        if not self.review_ready:
            self._shell_state()  # no file can be open before the review is built
            return
        doc = self.document
        is_open = doc.is_open
        busy = self.loader.busy
        stack = doc.undo_stack
        self.actionOpen.setEnabled(not busy)
        self.welcomeOpenButton.setEnabled(not busy)
        self.welcomeDemoButton.setEnabled(not busy)
        self.actionClose.setEnabled(is_open and not busy)
        self.actionUndo.setEnabled(stack.canUndo() and not busy)
        self.actionRedo.setEnabled(stack.canRedo() and not busy)
        self.actionUndo.setText(translate("MainWindow", "&Angre: {0}").format(stack.undoText())
                                if stack.canUndo() else translate("MainWindow", "&Angre"))
        self.actionRedo.setText(translate("MainWindow", "&Gjør om: {0}").format(stack.redoText())
                                if stack.canRedo() else translate("MainWindow", "&Gjør om"))
        for act in (self.actionFind, self.actionNextFinding, self.actionPreviousFinding,
                    self.actionOnlyFindings, self.actionShowAllRows):
            act.setEnabled(is_open)
        self.actionRecheck.setEnabled(is_open and not busy)
        self.year_combo.setEnabled(not busy)
        f = self.current_finding() if self.panels_ready else None
        editable = doc.editable
        self.actionApplySuggestion.setEnabled(editable and f is not None
                                              and f.suggestion is not None)
        self.actionApplyAllSuggestions.setEnabled(
            editable and f is not None and bool(doc.suggestions_of(f.rule)))
        self.actionAcknowledge.setEnabled(editable and f is not None
                                          and f.severity.value == "warning"
                                          and not doc.is_acknowledged(f))
        if is_open:
            t = doc.index.totals()
            self.counts_label.setText(translate(
                "MainWindow",
                "{0} feil · {1} advarsler · {2} info · {3} kvittert · {4} endringer").format(
                t.error, t.warning, t.info, t.acknowledged, len(doc.net_edits)))
        else:
            self.counts_label.setText(translate("MainWindow", "Ingen fil åpnet"))
