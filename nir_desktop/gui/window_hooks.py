"""What an add-on (export wizard, session exchange, column mapping and code lists) may use
of the main window: a narrow protocol instead of the window class, so the add-ons never
import the window module (import-linter keeps it so) and the window never imports them
(the app installs them after the first paint).

The add-ons add actions through :meth:`ReviewWindow.add_menu_action`, read the current
review through ``document`` and ``session``, and tell the user through ``show_error`` or
the status bar; they still parent their dialogs to the window (it is a QMainWindow).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStatusBar, QStyle

    from nir_desktop.core.findings import Finding
    from nir_desktop.gui.review.document import ReviewDocument
    from nir_desktop.gui.review.engine import Engine
    from nir_desktop.gui.review.loading import Loader
    from nir_desktop.gui.review.session_link import SessionLink
    from nir_desktop.gui.settings import AppSettings


class ReviewWindow(Protocol):
    # The review and the work around it.
    document: ReviewDocument
    session: SessionLink | None  # the autosaved session of the open file; None: not kept
    loader: Loader  # busyChanged: a read or check runs (disable your actions meanwhile)
    engine: Engine
    settings: AppSettings
    interactive: bool  # False in the self-test: nothing may wait for a click
    read_defaults: dict[str, Any]  # read_workbook options on every open (mapping profiles)
    # Where an add-on puts things.
    menuFile: QMenu
    actionQuit: QAction
    statusBar: QStatusBar
    explanation_panel: Any  # mapping adds its "legg til i kodelisten" button there

    def add_menu_action(self, menu: str, action: QAction, toolbar: bool = False) -> None: ...
    def show_error(self, title: str, message: str) -> None: ...
    def select_finding(self, f: Finding) -> bool: ...
    def open_file(self, path: Path, year: int | None = None, **read_options: Any) -> bool: ...
    def recheck(self) -> bool: ...
    def style(self) -> QStyle: ...
