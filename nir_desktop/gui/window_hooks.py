"""What an add-on (export, sessions, mapping and code lists, compare) may do to the main
window: a narrow protocol instead of the window class, so the add-ons never import the
window module and the window never imports them (import-linter keeps both so; the app
installs them after the first paint, ``gui.app.install_extensions``).

An add-on may
- read the open file's review (``document``, ``session``) and listen to its signals, and to
  ``loader`` (``busyChanged``: a read or check runs, disable your actions meanwhile);
- add its actions to a menu (and the toolbar), a menu of its own, a panel, a button beside
  the explanation's, entries in the findings list's context menu;
- open a file, check it again, use other code lists or read options on every open;
- show a finding or a cell, tell the user something (an error box, the status bar);
- register itself under a name (``extensions``) so a second install finds the first.
It parents its dialogs to the window (the window is a QMainWindow) and reads nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QPushButton, QStyle

    from nir_desktop.core.codelists import CodeLists
    from nir_desktop.core.findings import Finding
    from nir_desktop.gui.review.document import ReviewDocument
    from nir_desktop.gui.review.loading import Loader
    from nir_desktop.gui.review.session_link import SessionLink
    from nir_desktop.gui.settings import AppSettings

# "open": Fil, beside Åpne and Lukk (a second file); "file": Fil, above Avslutt.
MenuName = Literal["open", "file", "edit", "view", "check", "settings", "help"]


class ReviewWindow(Protocol):
    # The review and the work around it (read them; change the review through its methods).
    document: ReviewDocument
    session: SessionLink | None  # the autosaved session of the open file; None: not kept
    loader: Loader
    settings: AppSettings
    interactive: bool  # False in the self-test: nothing may wait for a click
    extensions: dict[str, Any]  # the installed add-ons by name ("export", "mapping", …)
    findingShown: SignalInstance  # the explanation panel shows another finding (or none)

    # -- where an add-on puts things -------------------------------------------------------
    def add_menu_action(self, menu: MenuName, action: QAction,
                        toolbar: bool = False) -> None: ...
    def add_menu_separator(self, menu: MenuName) -> None: ...
    def add_menu(self, menu: QMenu) -> None: ...  # in the menu bar, before Innstillinger
    def add_panel(self, dock: QDockWidget) -> None: ...  # below the table, in Vis → Paneler
    def show_panel(self, dock: QDockWidget) -> None: ...  # shown, a third of the height
    def add_explanation_button(self, button: QPushButton) -> None: ...
    def add_finding_menu_hook(self, hook: Callable[[QMenu, Finding | None], None]) -> None:
        """``hook(menu, finding)`` may add entries to the findings list's context menu."""
    def style(self) -> QStyle: ...

    # -- what it may ask for -----------------------------------------------------------------
    def current_finding(self) -> Finding | None: ...
    def select_finding(self, f: Finding) -> bool: ...
    def show_cell(self, sheet: str | None, row_index: int | None, column: int) -> bool: ...
    def open_file(self, path: Path, year: int | None = None, **read_options: Any) -> bool: ...
    def recheck(self) -> bool: ...
    def read_options(self) -> dict[str, Any]: ...  # read_workbook options of every open
    def set_read_option(self, name: str, value: Any) -> None: ...
    @property
    def codelists(self) -> CodeLists | None: ...  # None: the shipped ones
    def use_codelists(self, codes: CodeLists) -> None: ...  # for the next check

    # -- telling the user --------------------------------------------------------------------
    def show_error(self, title: str, message: str) -> None: ...
    def show_status(self, text: str, timeout_ms: int = 0) -> None: ...
