"""Måloppnåelse preview for the reporting year: of those who ended the programme in the
year (minus the 2021 covid exclusions), the share who went directly to work or education.
Recomputed shortly after every edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from nir_desktop.gui.forms import load_into
from nir_desktop.gui.workers import Task, start

if TYPE_CHECKING:
    from nir_desktop.gui.review.document import ReviewDocument


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
        self._base_note = self.noteLabel.text()
        self.doc = document
        self.goal: Any = None
        self._task: Task | None = None
        self._again = False
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
        """Recompute in the background (it walks every person: ~1 s on 100k rows)."""
        doc = self.doc
        if doc.workbook is None or doc.year is None:
            self._again = False
            self._show(None)
            return
        if self._task is not None:
            self._again = True  # one more run when this one is done
            return
        session, year, findings = doc.session, doc.year, list(doc.findings)
        assert session is not None
        workbook = session.workbook

        def work(_progress: object, _cancelled: object) -> Any:
            return workbook, session.goal(findings, year=year)

        self._task = Task(work, "goal")
        self._task.signals.succeeded.connect(self._computed)
        self._task.signals.failed.connect(self._failed)
        self._task.signals.done.connect(self._done)
        start(self._task)

    def _computed(self, result: tuple[Any, Any]) -> None:
        workbook, goal = result
        if workbook is self.doc.workbook:
            self._show(goal)

    def _failed(self, _exc: BaseException) -> None:
        self.headline.setText(self.tr("Måloppnåelse kunne ikke beregnes for denne filen."))

    def _done(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()

    def _note(self, g: Any) -> str:
        """Short, as the panel is small: what NIR does itself and IMDi's caveat for 2021
        (the full wording is in the tooltip and in the reports)."""
        from nir_desktop.core.summary import caveat_2021
        from nir_desktop.gui.i18n import current_language

        lines = [self.tr("Forhåndsvisning slik NIR vil vise det, med dine endringer: "
                         "«Avslutningsårsak ikke registrert» telles som ikke nådd. IMDis "
                         "endelige tall kan avvike.")]
        if getattr(g, "not_registered", 0):
            lines.append(self.tr("{0} i grunnlaget er uten registrert årsak (IMDi, juni 2024).")
                         .format(g.not_registered))
        if getattr(g, "nir_endings", 0):
            lines.append(self.tr("{0} av dem avsluttes av NIR selv på 3-årsfristen, uten årsak.")
                         .format(g.nir_endings))
        tip = list(lines)
        if getattr(g, "caveat", None):
            lines.append(self.tr("2021: IMDi ventet lavere datakvalitet og ga ingen foreløpige "
                                 "resultater."))
            tip.append(caveat_2021(current_language()))
        self.noteLabel.setToolTip("\n\n".join(tip))
        return "\n".join(lines)

    def _show(self, g: Any) -> None:
        doc = self.doc
        self.goal = g
        if g is None or doc.year is None:
            self.goal = None
            self.headline.setText(self.tr("Ingen fil åpnet."))
            self.noteLabel.setText(self._base_note)
            for label in (self.basisValue, self.workValue, self.educationValue,
                          self.neitherValue, self.excludedValue):
                label.clear()
            self.shareBar.setValue(0)
            return
        self.noteLabel.setText(self._note(g))
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
