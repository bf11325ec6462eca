"""The caseworker's main window: open an export, see what is wrong, understand it, fix it.

Layout and actions come from ui/main_window.ui; the panels live in gui/findings, the table
in this package. The add-ons (export, sessions, mapping, compare) use the window only
through the hooks of :class:`nir_desktop.gui.window_hooks.ReviewWindow`, which this class
implements.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
)

from nir_desktop import APP_NAME, __version__
from nir_desktop.core.findings import Finding
from nir_desktop.gui.forms import load_into
from nir_desktop.gui.resources import icon, resource_path
from nir_desktop.gui.review.document import ReviewDocument
from nir_desktop.gui.review.engine import CoreEngine, Engine
from nir_desktop.gui.review.loading import Loader
from nir_desktop.gui.review.session_link import SessionLink
from nir_desktop.gui.settings import AppSettings
from nir_desktop.gui.window.year_controls import YearControls

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from nir_desktop.core.codelists import CodeLists

    # The panels and dialogs are imported when they are built: after the window's first
    # paint when the app starts (benchmarks/README.md, start-up).
    from nir_desktop.gui.findings.acknowledge_dialog import AcknowledgeDialog
    from nir_desktop.gui.findings.catalogue_dialog import CatalogueDialog
    from nir_desktop.gui.review.finding_index import RowFilter
    from nir_desktop.gui.settings_dialog import SettingsDialog
    from nir_desktop.gui.window.sheet_page import SheetPage
    from nir_desktop.gui.window_hooks import MenuName

log = logging.getLogger(__name__)

OPENABLE = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")
DEMO_FILE = "nir-demo-2021.xlsx"


def demo_path() -> Path:
    return resource_path("demo", DEMO_FILE)


class MainWindow(QMainWindow):
    findingShown = Signal()  # the explanation panel shows another finding (or none)

    # From ui/main_window.ui (set as attributes by the form loader).
    centralStack: QStackedWidget
    sheetTabs: QTabWidget
    sheetsLayout: QVBoxLayout
    welcomeOpenButton: QPushButton
    welcomeDemoButton: QPushButton
    mainToolBar: QToolBar
    statusBar: QStatusBar  # type: ignore[assignment]
    findingsDock: QDockWidget
    explanationDock: QDockWidget
    goalDock: QDockWidget
    historyDock: QDockWidget
    findingsHostLayout: QVBoxLayout
    explanationHostLayout: QVBoxLayout
    goalHostLayout: QVBoxLayout
    historyHostLayout: QVBoxLayout
    menuFile: QMenu
    menuRecent: QMenu
    menuEdit: QMenu
    menuView: QMenu
    menuPanels: QMenu
    menuCheck: QMenu
    menuSettings: QMenu
    menuHelp: QMenu
    actionOpen: QAction
    actionClose: QAction
    actionQuit: QAction
    actionUndo: QAction
    actionRedo: QAction
    actionFind: QAction
    actionApplySuggestion: QAction
    actionApplyAllSuggestions: QAction
    actionAcknowledge: QAction
    actionNextFinding: QAction
    actionPreviousFinding: QAction
    actionOnlyFindings: QAction
    actionShowAllRows: QAction
    actionMaskFnr: QAction
    actionRecheck: QAction
    actionFocusTable: QAction
    actionFocusFindings: QAction
    actionFocusExplanation: QAction
    actionChooseYear: QAction
    actionSettings: QAction
    actionRules: QAction
    actionAbout: QAction

    def __init__(self, engine: Engine | None = None, settings: AppSettings | None = None,
                 *, interactive: bool = True, use_sessions: bool = True,
                 defer_panels: bool = False) -> None:
        """``defer_panels``: build the shell only (menus, toolbar, welcome page, status
        bar); the caller shows it and then calls :meth:`build_panels` (the app does that
        from the event loop, so the window is up before the panels' modules load)."""
        super().__init__()
        load_into("main_window.ui", self)
        self.settings = settings or AppSettings()
        self.interactive = interactive  # False in --self-test: no dialogs wait for a user
        self.engine: Engine = engine or CoreEngine()
        self.document = ReviewDocument(self.engine, self)
        self.document.set_mask_fnr(self.settings.mask_fnr)
        self.loader = Loader(self.engine, self)
        self.session = SessionLink(self.document, self) if use_sessions else None
        self.pages: list[SheetPage] = []
        # Keyword arguments for read_workbook on every open (e.g. profiles=ProfileStore);
        # open_file's own read_options win over them.
        self._read_defaults: dict[str, Any] = {}
        self.extensions: dict[str, Any] = {}  # the add-ons installed (window_hooks)
        self.last_message: tuple[str, str] | None = None  # (title, text) of the last error
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.panels_ready = False
        self._build_toolbar_and_status()
        self._update_recent_menu()
        self._update_state()
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._dock_sizes_pending = state is None
        if state is not None:
            self.restoreState(state)
        if not defer_panels:
            self.build_panels()

    def build_panels(self) -> None:
        """The findings, explanation, goal and history panels and every connection that
        needs them (once; a second call does nothing)."""
        if self.panels_ready:
            return
        self._build_panels()
        self._connect()
        self.panels_ready = True
        self._update_state()
        if self._dock_sizes_pending:
            # Dock sizes only take once the window is laid out (and the Qt namespace they
            # need builds ≈ 100 enum types: not before the first paint).
            self._dock_sizes_pending = False
            QTimer.singleShot(0, self._default_dock_sizes)

    def _default_dock_sizes(self) -> None:
        from PySide6.QtCore import Qt

        self.resizeDocks([self.findingsDock, self.explanationDock, self.goalDock],
                         [360, 330, 150], Qt.Orientation.Vertical)
        self.resizeDocks([self.findingsDock], [560], Qt.Orientation.Horizontal)

    # -- construction ----------------------------------------------------------------------
    def _build_panels(self) -> None:
        from PySide6.QtWidgets import QUndoView

        from nir_desktop.gui.findings.explanation_panel import ExplanationPanel
        from nir_desktop.gui.findings.findings_panel import FindingsPanel
        from nir_desktop.gui.findings.goal_panel import GoalPanel
        from nir_desktop.gui.window.find_bar import FindBar

        doc = self.document
        self.findings_panel = FindingsPanel(doc, self)
        self.findingsHostLayout.addWidget(self.findings_panel)
        self.explanation_panel = ExplanationPanel(doc, self)
        self.explanationHostLayout.addWidget(self.explanation_panel)
        self.goal_panel = GoalPanel(doc, self)
        self.goalHostLayout.addWidget(self.goal_panel)
        self.undo_view = QUndoView(doc.undo_stack, self)
        self.undo_view.setEmptyLabel(self.tr("<ingen endringer>"))
        self.undo_view.setAccessibleName(self.tr("Endringshistorikk"))
        self.historyHostLayout.addWidget(self.undo_view)
        self.explanation_panel.browser.textChanged.connect(self.findingShown)
        self.tabifyDockWidget(self.goalDock, self.historyDock)
        self.goalDock.raise_()
        for dock in (self.findingsDock, self.explanationDock, self.goalDock, self.historyDock):
            self.menuPanels.addAction(dock.toggleViewAction())
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.sheetsLayout.insertWidget(0, self.find_bar)

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
        self.counts_label.setAccessibleName(self.tr("Antall funn"))
        self.statusBar.addWidget(self.counts_label, 1)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setMaximumWidth(240)
        self.progress_bar.setAccessibleName(self.tr("Fremdrift"))
        self.cancel_button = QPushButton(self.tr("Avbryt"), self)
        self.cancel_button.setAccessibleName(self.tr("Avbryt lesing eller kontroll"))
        self.stage_label = QLabel(self)
        self.statusBar.addPermanentWidget(self.stage_label)
        self.statusBar.addPermanentWidget(self.progress_bar)
        self.statusBar.addPermanentWidget(self.cancel_button)
        self.statusBar.addPermanentWidget(self.status_deadline)
        self._show_progress(False)

    def _connect(self) -> None:
        doc = self.document
        self.actionOpen.triggered.connect(self.choose_file)
        self.welcomeOpenButton.clicked.connect(self.choose_file)
        self.welcomeDemoButton.clicked.connect(lambda: self.open_file(demo_path()))
        self.welcomeDemoButton.setVisible(demo_path().is_file())
        self.actionClose.triggered.connect(self.close_file)
        self.actionQuit.triggered.connect(self.close)
        self.actionUndo.triggered.connect(doc.undo_stack.undo)
        self.actionRedo.triggered.connect(doc.undo_stack.redo)
        doc.undo_stack.canUndoChanged.connect(self._update_state)
        doc.undo_stack.canRedoChanged.connect(self._update_state)
        doc.undo_stack.undoTextChanged.connect(self._update_state)
        doc.undo_stack.redoTextChanged.connect(self._update_state)
        self.actionFind.triggered.connect(self.find_bar.open_bar)
        self.find_bar.findRequested.connect(self.find_text)
        self.actionNextFinding.triggered.connect(lambda: self.goto_finding(backwards=False))
        self.actionPreviousFinding.triggered.connect(lambda: self.goto_finding(backwards=True))
        self.actionOnlyFindings.triggered.connect(
            lambda: self.findings_panel.set_filter("findings"))
        self.actionShowAllRows.triggered.connect(lambda: self.findings_panel.set_filter("all"))
        self.actionMaskFnr.setChecked(doc.mask_fnr)
        self.actionMaskFnr.toggled.connect(doc.set_mask_fnr)
        self.actionApplySuggestion.triggered.connect(self.apply_current_suggestion)
        self.actionApplyAllSuggestions.triggered.connect(self.apply_all_current_rule)
        self.actionAcknowledge.triggered.connect(self.acknowledge_current)
        self.actionRecheck.triggered.connect(self.recheck)
        # Keyboard users jump between the three places they work in.
        self.actionFocusTable.triggered.connect(self._focus_table)
        self.actionFocusFindings.triggered.connect(self._focus_findings)
        self.actionFocusExplanation.triggered.connect(self._focus_explanation)
        self.actionChooseYear.triggered.connect(self.year_combo.setFocus)
        self.actionSettings.triggered.connect(self.show_settings)
        self.actionRules.triggered.connect(self.show_catalogue)
        self.actionAbout.triggered.connect(self.show_about)
        self.year_controls.yearChosen.connect(self._year_chosen)
        self.cancel_button.clicked.connect(self.loader.cancel)
        self.loader.loaded.connect(self._loaded)
        self.loader.checked.connect(self._checked)
        self.loader.failed.connect(self.show_error)
        self.loader.cancelled.connect(self._cancelled)
        self.loader.busyChanged.connect(self._busy_changed)
        self.loader.progress.connect(self.progress_bar.setValue)
        self.loader.stage.connect(self.stage_label.setText)
        self.findings_panel.findingActivated.connect(self.select_finding)
        self.findings_panel.ruleSelected.connect(self.explanation_panel.show_rule)
        self.findings_panel.filterChanged.connect(self._apply_filter)
        self.explanation_panel.acknowledgeRequested.connect(self.ask_acknowledge)
        doc.findingsChanged.connect(self._findings_changed)
        doc.maskChanged.connect(self._mask_changed)
        doc.acksChanged.connect(self._update_state)
        self.sheetTabs.currentChanged.connect(self._cell_changed)

    def _focus_table(self) -> None:
        from PySide6.QtCore import Qt

        page = self.current_page()
        if page is not None:
            page.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_findings(self) -> None:
        from PySide6.QtCore import Qt

        self.findingsDock.show()
        self.findingsDock.raise_()
        self.findings_panel.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_explanation(self) -> None:
        from PySide6.QtCore import Qt

        self.explanationDock.show()
        self.explanationDock.raise_()
        self.explanation_panel.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- hooks for the add-ons (gui.window_hooks.ReviewWindow) -------------------------------
    def _menu(self, menu: MenuName) -> QMenu:
        return {"open": self.menuFile, "file": self.menuFile, "edit": self.menuEdit,
                "view": self.menuView, "check": self.menuCheck,
                "settings": self.menuSettings, "help": self.menuHelp}[menu]

    def add_menu_action(self, menu: MenuName, action: QAction, toolbar: bool = False) -> None:
        """Let an add-on (export wizard, mapping dialog) add its action."""
        target = self._menu(menu)
        if menu == "file":  # above "Avslutt"
            target.insertAction(self.actionQuit, action)
        elif menu == "open":  # right after "Lukk"
            entries = target.actions()
            i = entries.index(self.actionClose) + 1
            target.insertAction(entries[i] if i < len(entries) else None, action)
        else:
            target.addAction(action)
        if toolbar:
            self.mainToolBar.insertAction(self.actionUndo, action)

    def add_menu_separator(self, menu: MenuName) -> None:
        if menu == "file":
            self.menuFile.insertSeparator(self.actionQuit)
        else:
            self._menu(menu).addSeparator()

    def add_menu(self, menu: QMenu) -> None:
        """An add-on's own menu, in the menu bar before Innstillinger."""
        QMainWindow.menuBar(self).insertMenu(self.menuSettings.menuAction(), menu)

    def add_panel(self, dock: QDockWidget) -> None:
        """A panel below the table (full width), hidden until shown, in Vis → Paneler."""
        from PySide6.QtCore import Qt

        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        self.menuPanels.addAction(dock.toggleViewAction())  # back after closing it

    def show_panel(self, dock: QDockWidget) -> None:
        """Show an add-on's panel (a third of the window's height when it was hidden)."""
        from PySide6.QtCore import Qt

        if dock.isHidden():
            dock.show()
            self.resizeDocks([dock], [max(260, self.height() // 3)], Qt.Orientation.Vertical)
        dock.raise_()

    def add_explanation_button(self, button: QPushButton) -> None:
        """A button beside the explanation panel's own (Bruk forslaget, Kvitter ut)."""
        button.setParent(self.explanation_panel)
        self.explanation_panel.buttonLayout.addWidget(button)

    def add_finding_menu_hook(self, hook: Callable[[QMenu, Finding | None], None]) -> None:
        from PySide6.QtCore import Qt

        # Direct: the menu is shown (and gone) within the emit.
        self.findings_panel.findingMenu.connect(hook, Qt.ConnectionType.DirectConnection)

    def show_cell(self, sheet: str | None, row_index: int | None, column: int) -> bool:
        """Select a cell of the table and give it the focus (False: no such row)."""
        page = self.page_of(sheet)
        if page is None or row_index is None:
            return False
        self.sheetTabs.setCurrentWidget(page)
        if not page.select(row_index, column):
            # The table's filter hides that row: show every row rather than fail.
            self.findings_panel.set_filter("all")
            if not page.select(row_index, column):
                return False
        page.view.setFocus()
        return True

    def read_options(self) -> dict[str, Any]:
        """read_workbook options used on every open (open_file's own ones win)."""
        return dict(self._read_defaults)

    def set_read_option(self, name: str, value: Any) -> None:
        self._read_defaults[name] = value

    @property
    def codelists(self) -> CodeLists | None:
        return self.engine.codelists

    def use_codelists(self, codes: CodeLists) -> None:
        """Check with these code lists from the next check on."""
        self.engine.codelists = codes

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar.showMessage(text, timeout_ms)

    # -- opening files ---------------------------------------------------------------------
    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.settings.last_dir or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Åpne NIR-eksport"), start,
            self.tr("Regneark og CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle filer (*)"))
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
        self.statusBar.showMessage(self.tr("Avbrutt. Ingenting er endret."), 5000)
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
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
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
            self.menuRecent.addAction(self.tr("&Tøm listen"), self._clear_recent)
        self.menuRecent.setEnabled(bool(recent))

    def _open_recent(self, path: Path) -> None:
        if not path.is_file():
            self.settings.remove_recent(path)
            self._update_recent_menu()
            self.show_error(self.tr("Finner ikke filen"),
                            self.tr("Filen «{0}» finnes ikke lenger.").format(path.name))
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
        self.actionUndo.setText(self.tr("&Angre: {0}").format(stack.undoText())
                                if stack.canUndo() else self.tr("&Angre"))
        self.actionRedo.setText(self.tr("&Gjør om: {0}").format(stack.redoText())
                                if stack.canRedo() else self.tr("&Gjør om"))
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
            self.counts_label.setText(self.tr(
                "{0} feil · {1} advarsler · {2} info · {3} kvittert · {4} endringer").format(
                t.error, t.warning, t.info, t.acknowledged, len(doc.net_edits)))
        else:
            self.counts_label.setText(self.tr("Ingen fil åpnet"))

    # -- the table and the selection -------------------------------------------------------
    def current_page(self) -> SheetPage | None:
        from nir_desktop.gui.window.sheet_page import SheetPage

        w = self.sheetTabs.currentWidget()
        return w if isinstance(w, SheetPage) else None

    def page_of(self, sheet_name: str | None) -> SheetPage | None:
        return next((p for p in self.pages if p.sheet.name == sheet_name), None)

    def current_finding(self) -> Finding | None:
        return self.explanation_panel.current

    def _cell_changed(self, *_: Any) -> None:
        page = self.current_page()
        if page is None:
            self.explanation_panel.show_nothing()
            self._update_state()
            return
        idx = page.view.currentIndex()
        if not idx.isValid():
            self.explanation_panel.show_nothing()
            self._update_state()
            return
        from nir_desktop.gui.window.table_model import Role

        findings = list(idx.data(Role.FINDINGS) or [])
        r = page.proxy.row_index_at(idx)
        if r is not None:
            findings += self.document.index.row_level(page.sheet.name, r)
        header = page.sheet.headers[idx.column()] if idx.column() < len(page.sheet.headers) \
            else ""
        row_number = page.sheet.row_numbers[r] if r is not None else "?"
        context = self.tr("{0}, rad {1}, kolonne {2}").format(
            page.sheet.name, row_number, header or idx.column() + 1)
        self.explanation_panel.show_findings(findings, context)
        self._update_state()

    def select_finding(self, f: Finding) -> bool:
        """Show a finding: its sheet tab, its cell selected and visible, its explanation."""
        page = self.page_of(f.sheet)
        r = self.document.finding_row_index(f)
        if page is None or r is None:
            self.explanation_panel.show_finding(f)
            self._update_state()
            return False
        self.sheetTabs.setCurrentWidget(page)
        column = f.column if f.column is not None else 0
        if not page.select(r, column):
            # The filter hides that row: show everything rather than fail to go there.
            self.findings_panel.set_filter("all")
            page.select(r, column)
        self.explanation_panel.show_findings(
            [f] + [x for x in self._findings_at(page, r, f.column) if x is not f],
            self.document.location(f))
        self._update_state()
        return True

    def _findings_at(self, page: SheetPage, r: int, column: int | None) -> list[Finding]:
        idx = self.document.index
        if column is None:
            return idx.row_level(page.sheet.name, r)
        return idx.at_cell(page.sheet.name, r, column) + idx.row_level(page.sheet.name, r)

    def goto_finding(self, backwards: bool = False) -> bool:
        """F8 / Shift+F8: select the next (previous) cell with a finding."""
        from nir_desktop.gui.window.navigation import next_finding

        page = next_finding(self.pages, self.current_page(), self.document.index, backwards)
        if page is None:
            self.statusBar.showMessage(self.tr("Ingen flere funn."), 4000)
            return False
        self.sheetTabs.setCurrentWidget(page)
        page.view.setFocus()
        return True

    def _apply_filter(self, flt: RowFilter) -> None:
        for page in self.pages:
            page.proxy.set_filter(flt)
        self._update_state()

    def _findings_changed(self, rows: dict[str, set[int]]) -> None:
        for page in self.pages:
            changed = rows.get(page.sheet.name)
            if changed:
                page.refresh_rows(changed)
        self._update_tabs()
        self._cell_changed()

    def _update_tabs(self) -> None:
        """Each sheet's tab shows its number of open findings and the worst one's icon."""
        from nir_desktop.gui.findings.severity_style import severity_icon

        index = self.document.index
        for i, page in enumerate(self.pages):
            found = [f for (s, _r), fs in index.by_row.items() if s == page.sheet.name
                     for f in fs]
            sev, acked = index.worst(found)
            open_n = sum(1 for f in found if f.severity.value != "info"
                         and not index.is_acknowledged(f))
            self.sheetTabs.setTabIcon(i, severity_icon(sev, acked) or QIcon())
            self.sheetTabs.setTabText(i, f"{page.sheet.name} ({open_n})" if open_n
                                      else page.sheet.name)
            self.sheetTabs.setTabToolTip(i, self.tr("{0}: {1} åpne funn").format(
                page.sheet.name, open_n))

    def _mask_changed(self, on: bool) -> None:
        for page in self.pages:
            page.model.refresh_all()
        self.actionMaskFnr.setChecked(on)
        self._cell_changed()

    def _invalid_input(self, message: str) -> None:
        self.statusBar.showMessage(message, 8000)
        QApplication.beep()

    # -- find ------------------------------------------------------------------------------
    def find_text(self, text: str, backwards: bool = False) -> bool:
        from nir_desktop.gui.window.navigation import find_in_page

        page = self.current_page()
        found = find_in_page(page, text, backwards) if page is not None else None
        if page is None or found is None:
            self.find_bar.set_status(self.tr("Ikke funnet"))
            return False
        r, c = found
        self.find_bar.set_status(self.tr("Rad {0}, kolonne {1}").format(
            page.sheet.row_numbers[r], c + 1))
        return True

    # -- fixing and acknowledging ----------------------------------------------------------
    def apply_current_suggestion(self) -> bool:
        f = self.current_finding()
        return f is not None and self.document.apply_suggestion(f)

    def apply_all_current_rule(self) -> int:
        f = self.current_finding()
        if f is None:
            return 0
        n = self.document.apply_all_suggestions(f.rule)
        if n:
            self.statusBar.showMessage(self.tr("{0} forslag brukt for {1}.").format(n, f.rule),
                                       5000)
        return n

    def acknowledge_current(self) -> None:
        f = self.current_finding()
        if f is not None:
            self.ask_acknowledge(f)

    def ask_acknowledge(self, f: Finding) -> AcknowledgeDialog:
        from PySide6.QtCore import Qt

        from nir_desktop.gui.findings.acknowledge_dialog import AcknowledgeDialog

        dlg = AcknowledgeDialog(self.document.describe(f), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.document.acknowledge([f], dlg.note))
        self.ack_dialog = dlg
        dlg.open()
        return dlg

    # -- dialogs ---------------------------------------------------------------------------
    def show_settings(self) -> SettingsDialog:
        from PySide6.QtCore import Qt

        from nir_desktop.gui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.settings, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def show_catalogue(self, rule_id: str | None = None) -> CatalogueDialog:
        from PySide6.QtCore import Qt

        from nir_desktop.gui.findings.catalogue_dialog import CatalogueDialog

        dlg = CatalogueDialog(self.engine, self.document.lang, self,
                              year=self.document.year or self.year_controls.year)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rule = rule_id or self.explanation_panel.shown_rule
        if rule:
            dlg.select_rule(rule)
        dlg.show()
        return dlg

    def _unsaved_work(self) -> bool:
        """Edits that no session keeps: sessions are on, but this file's could not start."""
        return (self.interactive and self.session is not None and self.session.failed
                and self.document.is_open and bool(self.document.net_edits))

    def _confirm_close(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Endringene er ikke lagret"),
                          self.tr("Endringene dine i denne filen er ikke lagret i en økt og går "
                                  "tapt hvis du avslutter nå. Lagre en rettet fil med "
                                  "Eksporter først, eller avslutt likevel."),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Avslutt likevel"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Om NIR-kontroll"), self.tr(
            "<b>NIR-kontroll {0}</b><p>Kontrollerer eksporter fra Nasjonalt "
            "introduksjonsregister (NIR) mot IMDis veiledning før fristen, forklarer hvert "
            "funn og skriver korrigerte filer.</p><p>Programmet bruker ikke nettverket: "
            "filene dine blir på denne maskinen.</p>").format(__version__),
            QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unsaved_work() and not self._confirm_close():
            event.ignore()
            return
        self.loader.cancel()
        if self.session is not None:
            self.session.stop()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        super().closeEvent(event)
