"""Fil → «Sammenlign med …»: compare the open file with a second one (typically NIR's list
against the fagsystem's export) and show the result in a panel below the table.

Reading the second file and the first comparison run in the background. After that, every
edit of the open file (typed, taken over from the comparison, undone) compares the persons
of the changed rows again, so a difference that was taken over leaves the list and comes
back on undo. The review document is touched in one place only: :class:`OpenFileLink`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog

from nir_desktop.core.compare import Comparer, Comparison, Difference, OnlyIn, write_xlsx
from nir_desktop.core.readers import ReadError, read_workbook
from nir_desktop.gui.compare.compare_view import CompareView
from nir_desktop.gui.i18n import core_text
from nir_desktop.gui.workers import Task, start

if TYPE_CHECKING:
    from nir_desktop.core.model import Workbook
    from nir_desktop.gui.review.document import ReviewDocument
    from nir_desktop.gui.window_hooks import ReviewWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class OpenFileLink(QObject):
    """The comparison's only use of the review document: its workbook, its fødselsnummer
    masking, its edit path (``edit_cell``: undoable, journalled like any edit) and the
    rows its edits and undos touched."""

    rowsChanged = Signal(str, object)  # sheet name, set of row indexes
    maskChanged = Signal(bool)
    replaced = Signal()  # another file was opened, or the file was closed

    def __init__(self, document: ReviewDocument) -> None:
        super().__init__(document)
        self.doc = document
        self.changes = 0  # edits and undos so far: a background comparison checks it
        document.editsApplied.connect(self._applied)
        document.maskChanged.connect(self.maskChanged)
        document.loaded.connect(self.replaced)
        document.closed.connect(self.replaced)

    @property
    def workbook(self) -> Workbook | None:
        return self.doc.workbook

    @property
    def is_open(self) -> bool:
        return self.doc.is_open

    @property
    def masked(self) -> bool:
        return self.doc.mask_fnr

    @property
    def editable(self) -> bool:
        return self.doc.editable

    def take_over(self, d: Difference) -> bool:
        if d.a_sheet is None or d.a_index is None or d.a_column is None or d.take_over is None:
            return False
        return self.doc.edit_cell(d.a_sheet, d.a_index, d.a_column, d.take_over)

    def _applied(self, edits: list[Any]) -> None:
        self.changes += 1
        rows: dict[str, set[int]] = defaultdict(set)
        for e in edits:
            r = self.doc.row_index_of(e.sheet, e.row)
            if r is not None:
                rows[e.sheet].add(r)
        for sheet, indexes in rows.items():
            self.rowsChanged.emit(sheet, indexes)


class CompareActions(QObject):
    """The menu action, the background comparison and the panel of one window."""

    finished = Signal()  # a comparison is shown (or failed: see window.last_message)

    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(window)
        self.window = window
        self.link = OpenFileLink(window.document)
        self.comparer: Comparer | None = None
        self.result: Comparison | None = None
        self.task: Task | None = None
        self.action = QAction(translate("CompareActions", "Sa&mmenlign med …"), window)
        self.action.setObjectName("actionCompare")
        self.action.setStatusTip(translate(
            "CompareActions", "Sammenlign den åpne filen med en annen, f.eks. NIRs liste mot "
                              "fagsystemets eksport"))
        self.action.triggered.connect(self.choose_file)
        # It opens a second file: next to Åpne and Lukk rather than above Avslutt.
        window.add_menu_action("open", self.action)
        self.view = CompareView()
        self.dock = QDockWidget(translate("CompareActions", "Sammenligning"), window)
        self.dock.setObjectName("compareDock")
        self.dock.setWidget(self.view)
        # Below the table, full width: four columns of values need the room.
        window.add_panel(self.dock)
        # The window restores the last session's dock layout after this: an empty panel
        # from last time is not shown at start.
        QTimer.singleShot(0, lambda: self.dock.setVisible(self.result is not None))
        self.view.jumpRequested.connect(self.jump)
        self.view.takeOverRequested.connect(self.take_over)
        self.view.exportRequested.connect(self.choose_export)
        self.view.closeRequested.connect(self.close)
        self.link.rowsChanged.connect(self._rows_changed)
        self.link.maskChanged.connect(lambda on: self.view.set_result(self.result, masked=on))
        self.link.replaced.connect(self.close)
        self.link.replaced.connect(self.update)
        window.loader.busyChanged.connect(self.update)
        self.update()

    def update(self, *_: object) -> None:
        self.action.setEnabled(self.link.is_open and not self.window.loader.busy
                               and self.task is None)

    @property
    def busy(self) -> bool:
        return self.task is not None

    # -- starting a comparison ---------------------------------------------------------------
    def choose_file(self) -> None:
        start_dir = self.window.settings.last_dir or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("CompareActions", "Sammenlign med"), start_dir,
            translate("CompareActions", "Regneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv "
                                        "*.txt);;Alle filer (*)"))
        if path:
            self.compare_with(Path(path))

    def compare_with(self, path: Path) -> bool:
        """Read ``path`` and compare it with the open file, in the background."""
        a = self.link.workbook
        if a is None or self.task is not None:
            return False
        options = self.window.read_options()
        codelists = self.window.codelists

        changes = self.link.changes

        def work(progress: Any, cancelled: Any) -> tuple[Comparer, Comparison, int]:
            b = read_workbook(path, progress=progress, cancelled=cancelled, **options)
            comparer = Comparer(a, b, codelists=codelists)
            return comparer, comparer.run(), changes

        task = Task(work, "sammenligning")
        reading = translate("CompareActions", "Leser «{0}» for å sammenligne: {1} %")
        task.signals.progress.connect(lambda permille: self.window.show_status(
            reading.format(path.name, permille // 10)))
        task.signals.succeeded.connect(self._compared)
        task.signals.failed.connect(lambda exc: self._failed(exc, path))
        task.signals.done.connect(self._done)
        self.task = task
        self.update()
        self.window.show_status(
            translate("CompareActions", "Sammenligner med «{0}» …").format(path.name))
        start(task)
        return True

    def _compared(self, outcome: tuple[Comparer, Comparison, int]) -> None:
        comparer, result, changes = outcome
        if comparer.a is not self.link.workbook:
            return  # another file was opened meanwhile: this comparison is of the old one
        if changes != self.link.changes:
            # An edit made while the comparison ran is in the cells now: start over from
            # the cells as they are (the meanings the worker computed may be stale).
            comparer = Comparer(comparer.a, comparer.b, codelists=comparer.codelists)
            result = comparer.run()
        if not result.comparable:
            # Nothing could be compared: never show that as «no differences».
            self.window.show_error(
                translate("CompareActions", "Kan ikke sammenligne"),
                translate("CompareActions", "Ingenting å sammenligne: «{0}» og «{1}» har ikke "
                                            "noe felles ark med fødselsnummer.").format(
                    result.file_a.name, result.file_b.name))
            return
        self.comparer = comparer
        self.result = result
        self.view.set_result(self.result, masked=self.link.masked)
        self.window.show_panel(self.dock)
        self.window.show_status(self.view.summary.text(), 8000)
        log.info("Sammenlignet: %d forskjeller, %d bare i A, %d bare i B",
                 len(self.result.differences), len(self.result.only_in_a),
                 len(self.result.only_in_b))

    def _failed(self, exc: BaseException, path: Path) -> None:
        text = core_text(exc.message) if isinstance(exc, ReadError) else translate(
            "CompareActions", "«{0}» kunne ikke sammenlignes med den åpne filen. Detaljene "
                              "står i loggfilen.").format(path.name)
        self.window.show_error(translate("CompareActions", "Kan ikke sammenligne"), text)

    def _done(self) -> None:
        self.task = None
        self.update()
        self.finished.emit()

    # -- after the comparison ----------------------------------------------------------------
    def _rows_changed(self, sheet: str, rows: set[int]) -> None:
        if self.comparer is None:
            return
        self.result = self.comparer.refresh_a(sheet, rows)
        self.view.set_result(self.result)

    def jump(self, obj: Difference | OnlyIn) -> bool:
        """Show the cell of a difference (or a one-sided person's first row) in the table."""
        if isinstance(obj, Difference):
            sheet, r, column = obj.a_sheet, obj.a_index, obj.a_column or 0
        else:
            ref = obj.rows[0]
            sheet, r, column = ref.sheet_name, ref.index, 0
        return self.window.show_cell(sheet, r, column)

    def take_over(self, d: Difference) -> bool:
        if not self.link.editable:
            self.window.show_status(translate(
                "CompareActions", "Filen kan ikke endres mens den kontrolleres."), 5000)
            return False
        done = self.link.take_over(d)
        if done:
            self.window.show_status(translate(
                "CompareActions", "{0} i rad {1} er satt til «{2}» (Angre med Ctrl+Z).").format(
                d.label, d.a_row, d.take_over), 6000)
        return done

    def choose_export(self) -> None:
        if self.result is None:
            return
        r = self.result
        name = f"sammenligning-{r.file_a.stem}-{r.file_b.stem}.xlsx"
        start_dir = Path(self.window.settings.last_dir or str(Path.home())) / name
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("CompareActions", "Eksporter sammenligningen"),
            str(start_dir), translate("CompareActions", "Excel-arbeidsbok (*.xlsx)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        """Write the xlsx report; fødselsnummer masked while the window masks them."""
        from nir_desktop.core.writers import WriteError, ensure_not_original

        if self.result is None:
            return False
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            for original in (self.result.file_a, self.result.file_b):
                ensure_not_original(path, original)
            write_xlsx(self.result, path, masked=self.link.masked, original=self.result.file_a)
        except WriteError as exc:
            self.window.show_error(translate("CompareActions", "Kan ikke lagre"),
                                   core_text(exc.message))
            return False
        self.window.show_status(translate(
            "CompareActions", "Sammenligningen er lagret i {0}").format(path), 8000)
        return True

    def close(self) -> None:
        self.comparer = None
        self.result = None
        self.view.set_result(None)
        self.dock.hide()


def install(window: ReviewWindow) -> CompareActions:
    """Add Fil → «Sammenlign med …» and the comparison panel to ``window`` (once; kept
    as ``window.extensions["compare"]``)."""
    existing = window.extensions.get("compare")
    if isinstance(existing, CompareActions):
        return existing
    actions = CompareActions(window)
    window.extensions["compare"] = actions
    return actions
