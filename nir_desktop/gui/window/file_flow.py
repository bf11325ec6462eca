"""Opening and closing files in the main window: the open dialog, recent files, drag and
drop, the loader's results (a file read and checked, checked again, cancelled, failed) and
the question before quitting with edits no session keeps. A mixin of
:class:`~nir_desktop.gui.window.main_window.MainWindow`.

Texts keep the translation context "MainWindow" (resources/translations/*.ts).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from nir_desktop import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

OPENABLE = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")


class FileFlow:
    # -- opening files ---------------------------------------------------------------------
    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.settings.last_dir or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Åpne NIR-eksport"), start,
            translate("MainWindow", "Regneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;"
                                    "Alle filer (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path, year: int | None = None, **read_options: Any) -> bool:
        """Read and check ``path`` in the background; False if a job is already running."""
        if self.loader.busy:
            return False
        self._pending_path = path
        return self.loader.open(path, year, **{**self._read_defaults, **read_options})

    def recheck(self) -> bool:
        wb = self.document.workbook
        if wb is None or self.document.year is None:
            return False
        return self.loader.recheck(wb, self.document.year)

    def close_file(self) -> None:
        if self.session is not None:
            self.session.stop()
        self.document.close()
        self._clear_pages()
        self.setWindowTitle(APP_NAME)
        self.explanation_panel.show_nothing()
        self._update_state()

    def _loaded(self, workbook: Any, year: int, run: Any) -> None:
        if self.session is not None:
            self.session.stop()
        from nir_desktop.gui.window.sheet_page import SheetPage

        self._clear_pages()
        self.document.set_workbook(workbook, year, run)
        for sheet in workbook.sheets:
            page = SheetPage(sheet, self.document, self.sheetTabs)
            page.delegate.invalidInput.connect(self._invalid_input)
            page.view.selectionModel().currentChanged.connect(self._cell_changed)
            self.pages.append(page)
            self.sheetTabs.addTab(page, sheet.name)
        self.centralStack.setCurrentIndex(1)
        self._update_tabs()
        self._set_year_widgets(year)
        self._show_year_reason(run, announce=True)
        self.setWindowTitle(f"{workbook.path.name} – {APP_NAME}")
        self.settings.add_recent(workbook.path)
        self.settings.last_dir = str(workbook.path.parent)
        self._update_recent_menu()
        self._apply_filter(self.findings_panel.row_filter)
        self._update_state()
        log.info("Åpnet en fil med %d ark og %d funn", len(workbook.sheets),
                 len(self.document.findings))
        if self.session is not None:
            self.session.start(ask=self.interactive)
        if self.pages:
            self.pages[0].view.setFocus()

    def _checked(self, year: int, run: Any) -> None:
        self.document.set_run(year, run)
        self._set_year_widgets(year)
        self._show_year_reason(run)
        for page in self.pages:
            page.model.refresh_all()
            page.proxy.refilter()
        self._update_tabs()
        self._update_state()
        self._cell_changed()

    def _cancelled(self) -> None:
        self.statusBar.showMessage(translate("MainWindow", "Avbrutt. Ingenting er endret."), 5000)
        if self.document.year is not None:
            self._set_year_widgets(self.document.year)

    def _clear_pages(self) -> None:
        while self.sheetTabs.count():
            w = self.sheetTabs.widget(0)
            self.sheetTabs.removeTab(0)
            w.deleteLater()
        self.pages = []
        self.centralStack.setCurrentIndex(0)

    def show_error(self, title: str, text: str) -> None:
        """A clear message that does not block the event loop; the window stays usable."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        self.last_message = (title, text)
        log.warning("Viste feilmelding: %s", title)
        if not self.interactive:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "OK"))
        box.open()

    # -- recent files ----------------------------------------------------------------------
    def _update_recent_menu(self) -> None:
        self.menuRecent.clear()
        recent = self.settings.recent_files
        for i, path in enumerate(recent, start=1):
            act = self.menuRecent.addAction(f"&{i} {path.name}")
            act.setToolTip(str(path))
            act.setStatusTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if recent:
            self.menuRecent.addSeparator()
            self.menuRecent.addAction(translate("MainWindow", "&Tøm listen"), self._clear_recent)
        self.menuRecent.setEnabled(bool(recent))

    def _open_recent(self, path: Path) -> None:
        if not path.is_file():
            self.settings.remove_recent(path)
            self._update_recent_menu()
            self.show_error(translate("MainWindow", "Finner ikke filen"),
                            translate("MainWindow", "Filen «{0}» finnes ikke lenger.").format(
                                path.name))
            return
        self.open_file(path)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._update_recent_menu()

    # -- drag and drop ---------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE:
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    def _unsaved_work(self) -> bool:
        """Edits that no session keeps: sessions are on, but this file's could not start."""
        return (self.interactive and self.session is not None and self.session.failed
                and self.document.is_open and bool(self.document.net_edits))

    def _confirm_close(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("MainWindow", "Endringene er ikke lagret"),
                          translate("MainWindow", "Endringene dine i denne filen er ikke lagret "
                                    "i en økt og går tapt hvis du avslutter nå. Lagre en rettet "
                                    "fil med Eksporter først, eller avslutt likevel."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.button(QMessageBox.StandardButton.Discard).setText(
            translate("MainWindow", "Avslutt likevel"))
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("MainWindow", "Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.review_ready:  # else no file was ever opened: nothing runs, nothing to keep
            if self._unsaved_work() and not self._confirm_close():
                event.ignore()
                return
            self.loader.cancel()
            if self.session is not None:
                self.session.stop()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        super().closeEvent(event)
