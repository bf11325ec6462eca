"""The window's side of gui.window_hooks.ReviewWindow: where the add-ons (export, sessions,
mapping, compare) put their actions, menus, panels and buttons, and what they may ask of
the window. A mixin of :class:`~nir_desktop.gui.window.main_window.MainWindow`, which
holds the menus, docks and panels these methods use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QPushButton

    from nir_desktop.core.codelists import CodeLists
    from nir_desktop.core.findings import Finding
    from nir_desktop.gui.window_hooks import MenuName


class AddOnHooks:
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
