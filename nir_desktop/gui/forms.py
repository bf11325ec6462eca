"""Loading Qt Designer forms (ui/*.ui) at runtime.

Forms are loaded with QUiLoader rather than compiled, so the ``ui/`` folder stays
the single source of truth and no generated code is committed. Texts in the forms
are translated by QUiLoader through the application's installed translators, with
the form's class name as context (what pyside6-lupdate extracts from the .ui files).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject
from PySide6.QtGui import QAction
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialogButtonBox, QLayout, QWidget

from nir_desktop.gui.resources import ui_path

T = TypeVar("T", bound=QObject)


class FormError(RuntimeError):
    pass


def _new_loader(cls: type[QUiLoader] = QUiLoader, *args: object) -> QUiLoader:
    """A form loader that does not look for Qt Designer plugins: our forms use none, and
    the plugins PySide6 ships (Qt Quick and Qt WebEngine views, PySide's own) cost the
    first window ≈ 15 ms and two large libraries at start-up. QUiLoader reads its plugin
    folders from the library paths when it is made, so they are empty just for that."""
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return cls(*args)
    finally:
        QCoreApplication.setLibraryPaths(paths)


class _IntoLoader(QUiLoader):
    """Builds a form's top-level widget into an existing instance (a subclass of the
    form's class), so a QMainWindow or QDialog subclass can take its layout from a form.
    Named children and actions become attributes of that instance."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self.base = base

    def createWidget(self, class_name: str, parent: QWidget | None = None,
                     name: str = "") -> QWidget:
        if parent is None:
            return self.base
        # Qt's own widget classes are made here, in Python, rather than by QUiLoader:
        # handing PySide6 a widget Qt made makes it look up the widget's class among every
        # widget class it knows, building their enum types (≈ 40 ms, before the window's
        # first paint). What QUiLoader would do is the same: the class made with its parent
        # (which it names afterwards and places in the form).
        kind = getattr(QtWidgets, class_name, None)
        if isinstance(kind, type) and issubclass(kind, QWidget):
            widget = kind(parent)
        else:  # "Line", promoted or custom widgets: QUiLoader knows how
            widget = super().createWidget(class_name, parent, name)
        if name:
            setattr(self.base, name, widget)
        return widget

    def createAction(self, parent: QObject | None = None, name: str = "") -> QAction:
        action = super().createAction(parent, name)
        if name:
            setattr(self.base, name, action)
        return action

    def createLayout(self, class_name: str, parent: QObject | None = None,
                     name: str = "") -> QLayout:
        layout = super().createLayout(class_name, parent, name)
        if name:
            setattr(self.base, name, layout)
        return layout


def load_into(name: str, base: QWidget) -> QWidget:
    """Load ``ui/<name>`` into ``base`` (whose class must match the form's top level)."""
    return _load(name, _new_loader(_IntoLoader, base), None)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``ui/<name>`` and return its top-level widget, parented to ``parent``."""
    return _load(name, _new_loader(), parent)


def _load(name: str, loader: QUiLoader, parent: QWidget | None) -> QWidget:
    path = ui_path(name)
    f = QFile(str(path))
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Fant ikke skjemafilen {path}")
    try:
        widget = loader.load(f, parent)
    finally:
        f.close()
    if widget is None:
        raise FormError(f"Kunne ikke lese skjemafilen {path}: {loader.errorString()}")
    return widget


def child(form: QWidget, kind: type[T], name: str) -> T:
    """A named child of a loaded form; a missing one is a programming error in the form."""
    w = form.findChild(kind, name)
    if w is None:
        raise FormError(f"Skjemaet mangler {kind.__name__} «{name}»")
    return w


def translate_buttons(box: QDialogButtonBox) -> None:
    """Norwegian texts on standard buttons (Qt ships no bokmål translation of its own)."""
    texts = {
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate("Buttons", "OK"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("Buttons", "Avbryt"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("Buttons", "Lukk"),
    }
    for which, text in texts.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)
