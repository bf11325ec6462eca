"""The reporting-year selector (toolbar) and the deadline with days left (status bar,
which unlike a toolbar cannot be hidden, so the deadline is always in view)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from nir_desktop.core.deadlines import days_left, deadline_info, default_year

FIRST_YEAR = 2016


class YearControls(QObject):
    yearChosen = Signal(int)  # the user picked another year

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("&Rapporteringsår:"), parent)
        self.combo = QComboBox(parent)
        self.combo.setAccessibleName(self.tr("Rapporteringsår"))
        self.label.setBuddy(self.combo)
        for y in range(date.today().year + 1, FIRST_YEAR - 1, -1):
            self.combo.addItem(str(y), y)
        self.deadline = QLabel(parent)
        self.deadline.setAccessibleName(self.tr("Frist"))
        self.combo.activated.connect(self._activated)
        self.set_year(default_year(None))

    @property
    def year(self) -> int:
        return int(self.combo.currentData())

    def set_year(self, year: int) -> None:
        i = self.combo.findData(year)
        if i < 0:
            self.combo.addItem(str(year), year)
            i = self.combo.findData(year)
        self.combo.setCurrentIndex(i)
        text = self.deadline_text(year)
        self.deadline.setText(f"<b>{text}</b>")
        self.deadline.setAccessibleDescription(text)
        self.deadline.setToolTip(deadline_info(year).note_nb or "")

    def set_reason(self, text: str) -> None:
        """Why this reporting year was chosen (core.reporting_year), on the selector."""
        self.combo.setToolTip(text)
        self.combo.setAccessibleDescription(text)

    def deadline_text(self, year: int, today: date | None = None) -> str:
        info = deadline_info(year)
        left = days_left(year, today)
        when = info.date.strftime("%d.%m.%Y")
        if left > 1:
            rest = self.tr("{0} dager igjen").format(left)
        elif left == 1:
            rest = self.tr("1 dag igjen")
        elif left == 0:
            rest = self.tr("fristen er i dag")
        else:
            rest = self.tr("fristen gikk ut for {0} dager siden").format(-left)
        text = self.tr("Frist for {0}: {1} – {2}").format(year, when, rest)
        if not info.verified:
            text += self.tr(" (ikke bekreftet)")
        return text

    def _activated(self, _index: int) -> None:
        year = self.year
        self.set_year(year)
        self.yearChosen.emit(year)
