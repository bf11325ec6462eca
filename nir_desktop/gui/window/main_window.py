"""The caseworker's main window: open an export, see what is wrong, understand it, fix it.

Layout and actions come from ui/main_window.ui; the panels live in gui/findings, the table
in this package (sheet_page, table_model, delegates), the open file's review in gui/review.
The add-ons (export, sessions, mapping, compare) use the window only through the hooks of
:class:`nir_desktop.gui.window_hooks.ReviewWindow`, which this class implements.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from nir_desktop import __version__
from nir_desktop.gui.forms import load_into
from nir_desktop.gui.resources import icon, resource_path
from nir_desktop.gui.settings import AppSettings
from nir_desktop.gui.window.addon_hooks import AddOnHooks
from nir_desktop.gui.window.file_flow import FileFlow
from nir_desktop.gui.window.status import StatusAndState

if TYPE_CHECKING:
    # The review (document, loader, session link, the core's model and findings), the
    # panels and the dialogs are imported when they are built: after the window's first
    # paint when the app starts (benchmarks/README.md, start-up). The form's widget
    # classes are named for the type hints only (QUiLoader makes the widgets).
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QDockWidget,
        QMenu,
        QPushButton,
        QStackedWidget,
        QStatusBar,
        QTabWidget,
        QToolBar,
        QVBoxLayout,
    )

    from nir_desktop.core.findings import Finding
    from nir_desktop.gui.findings.acknowledge_dialog import AcknowledgeDialog
    from nir_desktop.gui.findings.catalogue_dialog import CatalogueDialog
    from nir_desktop.gui.review.document import ReviewDocument
    from nir_desktop.gui.review.engine import Engine
    from nir_desktop.gui.review.finding_index import RowFilter
    from nir_desktop.gui.review.loading import Loader
    from nir_desktop.gui.review.session_link import SessionLink
    from nir_desktop.gui.settings_dialog import SettingsDialog
    from nir_desktop.gui.window.sheet_page import SheetPage


DEMO_FILE = "nir-demo-2021.xlsx"


def demo_path() -> Path:
    return resource_path("demo", DEMO_FILE)


class MainWindow(AddOnHooks, FileFlow, StatusAndState, QMainWindow):
    """The window: its form, panels and the connections between them; the table and the
    selection; finding, fixing and acknowledging; the dialogs. Opening and closing files
    (file_flow), the status bar and enabled actions (status) and the add-ons' hooks
    (addon_hooks) are mixins in their own modules."""

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
        self._engine = engine
        self._use_sessions = use_sessions
        # The file's review: built on first use (build_panels, or a test's first look),
        # so the shell's first paint does not wait for the core's model and checks.
        self._document: ReviewDocument | None = None
        self._loader: Loader | None = None
        self._session: SessionLink | None = None
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

    # -- the review, built on first use -----------------------------------------------------
    @property
    def review_ready(self) -> bool:
        """Whether the document, loader and session link exist (they are built on first use)."""
        return self._document is not None

    def _build_review(self) -> None:
        from nir_desktop.gui.review.document import ReviewDocument
        from nir_desktop.gui.review.engine import CoreEngine
        from nir_desktop.gui.review.loading import Loader
        from nir_desktop.gui.review.session_link import SessionLink

        self._engine = self._engine or CoreEngine()
        document = ReviewDocument(self._engine, self)
        document.set_mask_fnr(self.settings.mask_fnr)
        self._document = document
        self._loader = Loader(self._engine, self)
        self._session = SessionLink(document, self) if self._use_sessions else None

    @property
    def engine(self) -> Engine:
        if self._document is None:
            self._build_review()
        assert self._engine is not None
        return self._engine

    @property
    def document(self) -> ReviewDocument:
        if self._document is None:
            self._build_review()
        assert self._document is not None
        return self._document

    @property
    def loader(self) -> Loader:
        if self._loader is None:
            self._build_review()
        assert self._loader is not None
        return self._loader

    @property
    def session(self) -> SessionLink | None:
        if self._document is None:
            self._build_review()
        return self._session

    def build_panels(self) -> None:
        """The findings, explanation, goal and history panels and every connection that
        needs them (once; a second call does nothing)."""
        if self.panels_ready:
            return
        self._build_panels()
        self._connect()
        self.year_controls.widen_list()
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
        from PySide6.QtGui import QIcon

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
        from PySide6.QtWidgets import QApplication

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
