"""The reporting-year selector (toolbar) and the deadline with days left (status bar,
which unlike a toolbar cannot be hidden, so the deadline is always in view)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)

from nir_desktop.core import years
from nir_desktop.core.deadlines import days_left, deadline_info, default_year
from nir_desktop.gui.described_items import DescribedItemDelegate
from nir_desktop.gui.i18n import current_language

# Qt.ItemDataRole.UserRole + 3 and Qt.ItemDataRole.ToolTipRole as plain numbers: the year box
# is built before the first paint, and the first touch of an enum of the Qt namespace makes
# PySide6 build all of them (≈ 50 ms, a quarter of the start-up budget).
DESCRIPTION_ROLE = 0x0100 + 3
TOOLTIP_ROLE = 3


class YearControls(QObject):
    yearChosen = Signal(int)  # the user picked another year

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("&Rapporteringsår:"), parent)
        self.combo = QComboBox(parent)
        self.combo.setAccessibleName(self.tr("Rapporteringsår"))
        self.label.setBuddy(self.combo)
        self.combo.setItemDelegate(DescribedItemDelegate(DESCRIPTION_ROLE, self.combo))
        for y in years.selectable_years():
            self._add_year(y)
        self.deadline = QLabel(parent)
        self.deadline.setAccessibleName(self.tr("Frist"))
        self.combo.activated.connect(self._activated)
        self.set_year(default_year(None))

    def widen_list(self) -> None:
        """The open list shows each year's line. The window calls this with its panels,
        after the first paint (the list cannot open before): reaching the box's list view
        makes PySide6 build the enum types of every item view class."""
        self.combo.view().setMinimumWidth(1000)

    @property
    def year(self) -> int:
        return int(self.combo.currentData())

    def describe(self, year: int) -> str:
        """One line for the open list: the deadline's state and what the year rests on."""
        info = deadline_info(year)
        when = info.date.strftime("%d.%m.%Y")
        state = (self.tr("frist {0}").format(when) if info.verified
                 else self.tr("frist {0} (ikke bekreftet)").format(when))
        g = years.guidance(year)
        summary = g.summary(current_language())
        return f"{state} · {summary}" if summary else state

    def tooltip(self, year: int) -> str:
        g = years.guidance(year)
        lines = [self.describe(year)]
        if g.sources:
            lines.append(self.tr("Bygger på:"))
            lines += [f"• {s.render()}" for s in g.sources]
        return "\n".join(lines)

    def _add_year(self, year: int) -> int:
        """Years are listed newest first; a file's own year outside the list is added."""
        at = next((i for i in range(self.combo.count())
                   if int(self.combo.itemData(i)) < year), self.combo.count())
        self.combo.insertItem(at, str(year), year)
        self.combo.setItemData(at, self.describe(year), DESCRIPTION_ROLE)
        self.combo.setItemData(at, self.tooltip(year), TOOLTIP_ROLE)
        return at

    def set_year(self, year: int) -> None:
        i = self.combo.findData(year)
        if i < 0:
            i = self._add_year(year)
        self.combo.setCurrentIndex(i)
        text = self.deadline_text(year)
        self.deadline.setText(f"<b>{text}</b>")
        self.deadline.setAccessibleDescription(text)
        note = deadline_info(year).note(current_language())
        # What the year rests on: on the deadline, and on each year in the open list (the
        # selector's own tooltip says why this year was chosen, see set_reason).
        self.deadline.setToolTip((note + "\n\n" if note else "") + self.tooltip(year))

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
