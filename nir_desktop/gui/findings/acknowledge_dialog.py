"""Acknowledging a warning: a short note saying why the value is right."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from nir_desktop.gui.forms import load_into, translate_buttons


class AcknowledgeDialog(QDialog):
    findingLabel: QLabel
    noteEdit: QComboBox
    buttons: QDialogButtonBox

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_into("acknowledge_dialog.ui", self)
        self.findingLabel.setText(description)
        self.noteEdit.addItems([
            self.tr("kontrollert, riktig"),
            self.tr("kontrollert mot saken i fagsystemet"),
            self.tr("avklart med leder"),
        ])
        self.noteEdit.setCurrentIndex(0)
        self.noteEdit.lineEdit().selectAll()
        self.buttons.accepted.connect(self.accept)
        translate_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)

    @property
    def note(self) -> str:
        return self.noteEdit.currentText().strip()

    def set_note(self, text: str) -> None:
        self.noteEdit.setCurrentText(text)
