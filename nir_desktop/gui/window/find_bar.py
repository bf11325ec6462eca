"""The find bar (Ctrl+F): searches the cells of the current sheet, in the order shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

from nir_desktop.gui.forms import load_into


class FindBar(QWidget):
    findRequested = Signal(str, bool)  # text, backwards
    closed = Signal()

    findEdit: QLineEdit
    previousButton: QToolButton
    nextButton: QToolButton
    statusLabel: QLabel
    closeButton: QToolButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_into("find_bar.ui", self)
        self.findEdit.returnPressed.connect(lambda: self._find(False))
        self.nextButton.clicked.connect(lambda: self._find(False))
        self.previousButton.clicked.connect(lambda: self._find(True))
        self.closeButton.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_Return), self.findEdit,
                  lambda: self._find(True))

    def _find(self, backwards: bool) -> None:
        text = self.findEdit.text().strip()
        if text:
            self.findRequested.emit(text, backwards)

    def open_bar(self) -> None:
        self.show()
        self.findEdit.setFocus()
        self.findEdit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.statusLabel.clear()
        self.closed.emit()

    def set_status(self, text: str) -> None:
        self.statusLabel.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
