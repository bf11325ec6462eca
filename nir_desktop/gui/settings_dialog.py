"""Innstillinger: language (applies at the next start) and masking of fødselsnummer."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QWidget

from nir_desktop.core.i18n import LANGUAGE_NAMES
from nir_desktop.gui.forms import load_into, translate_buttons
from nir_desktop.gui.settings import LANGUAGES, AppSettings


class SettingsDialog(QDialog):
    languageCombo: QComboBox
    maskCheck: QCheckBox
    buttons: QDialogButtonBox

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_into("settings_dialog.ui", self)
        self.settings = settings
        # Each language is named in itself, so a user who cannot read the other one finds it.
        for code in LANGUAGES:
            self.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(settings.language)))
        self.maskCheck.setChecked(settings.mask_fnr)
        self.buttons.accepted.connect(self.accept)
        translate_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self.settings.language = self.languageCombo.currentData()
        self.settings.mask_fnr = self.maskCheck.isChecked()
        self.settings.sync()
        super().accept()
