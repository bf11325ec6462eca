"""Måloppnåelse preview for the reporting year: of those who ended the programme in the
year (minus the 2021 covid exclusions), the share who went directly to work or education.
Recomputed shortly after every edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from nir_desktop.gui.forms import load_into

if TYPE_CHECKING:
    from nir_desktop.gui.document import ReviewDocument


def _pct(part: int, whole: int) -> str:
    if whole <= 0:
        return "–"
    return f"{100.0 * part / whole:.1f} %".replace(".", ",")


class GoalPanel(QWidget):
    headline: QLabel
    shareBar: QProgressBar
    basisValue: QLabel
    workValue: QLabel
    educationValue: QLabel
    neitherValue: QLabel
    excludedValue: QLabel
    noteLabel: QLabel

    def __init__(self, document: ReviewDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_into("goal_panel.ui", self)
        self.doc = document
        self.goal: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # edits come in bursts; compute once they settle
        self._timer.timeout.connect(self.refresh)
        document.loaded.connect(self.refresh)
        document.checked.connect(self.refresh)
        document.findingsChanged.connect(self._schedule)
        document.closed.connect(self.refresh)
        self.refresh()

    def _schedule(self, *_: object) -> None:
        self._timer.start()

    def refresh(self, *_: object) -> None:
        doc = self.doc
        if doc.workbook is None or doc.year is None:
            self.goal = None
            self.headline.setText(self.tr("Ingen fil åpnet."))
            for label in (self.basisValue, self.workValue, self.educationValue,
                          self.neitherValue, self.excludedValue):
                label.clear()
            self.shareBar.setValue(0)
            return
        g = self.goal = doc.engine.goal(doc.workbook, doc.year, doc.findings)
        basis = int(g.basis)
        achieved = int(g.achieved)
        self.basisValue.setText(str(basis))
        self.workValue.setText(f"{g.work} ({_pct(g.work, basis)})")
        self.educationValue.setText(f"{g.education} ({_pct(g.education, basis)})")
        self.neitherValue.setText(f"{g.neither} ({_pct(g.neither, basis)})")
        self.excludedValue.setText(str(g.excluded))
        if basis:
            self.headline.setText(self.tr(
                "<b>{0}</b> gikk direkte til arbeid eller utdanning i {1} ({2} av {3}).")
                .format(_pct(achieved, basis), doc.year, achieved, basis))
            self.shareBar.setValue(round(1000 * achieved / basis))
        else:
            self.headline.setText(self.tr(
                "Ingen avsluttet introduksjonsprogrammet i {0} ifølge filen.").format(doc.year))
            self.shareBar.setValue(0)
        self.shareBar.setAccessibleDescription(self.headline.text())
