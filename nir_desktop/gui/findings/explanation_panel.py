"""The explanation panel: for the selected cell or finding, what is wrong, why it matters,
how to fix it, and the guidance it rests on (title, date and address as plain text: the
app is offline). Its buttons apply the suggested fix or acknowledge a warning.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTextBrowser, QWidget

from nir_desktop.core import years
from nir_desktop.core.findings import Finding, Severity, can_acknowledge
from nir_desktop.gui.findings.severity_style import severity_icon, severity_label
from nir_desktop.gui.forms import load_into
from nir_desktop.gui.review.engine import RuleDoc

if TYPE_CHECKING:
    from nir_desktop.gui.review.document import ReviewDocument


def _p(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"


class ExplanationPanel(QWidget):
    acknowledgeRequested = Signal(object)  # Finding

    pickLabel: QLabel
    findingCombo: QComboBox
    browser: QTextBrowser
    applyButton: QPushButton
    applyAllButton: QPushButton
    ackButton: QPushButton
    unackButton: QPushButton

    def __init__(self, document: ReviewDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_into("explanation_panel.ui", self)
        self.doc = document
        self._findings: list[Finding] = []
        self._rule: str | None = None
        self._context = ""
        self.findingCombo.currentIndexChanged.connect(self._render)
        self.applyButton.clicked.connect(self._apply)
        self.applyAllButton.clicked.connect(self._apply_all)
        self.ackButton.clicked.connect(self._ack)
        self.unackButton.clicked.connect(self._unack)
        document.acksChanged.connect(self._render)
        self.show_nothing()

    # -- what to show ----------------------------------------------------------------------
    def show_findings(self, findings: list[Finding], context: str = "") -> None:
        """The findings of one cell (or row); ``context`` names the cell for the heading."""
        self._findings = list(findings)
        self._rule = None
        self._context = context
        self.findingCombo.blockSignals(True)
        self.findingCombo.clear()
        for f in self._findings:
            acked = self.doc.is_acknowledged(f)
            self.findingCombo.addItem(severity_icon(None if acked else f.severity, acked),
                                      f"{f.rule}: {self.doc.message(f)}")
        self.findingCombo.blockSignals(False)
        many = len(self._findings) > 1
        self.pickLabel.setVisible(many)
        self.findingCombo.setVisible(many)
        if not self._findings:
            self._show_clean_cell()
            return
        self._render()

    def show_finding(self, f: Finding) -> None:
        self.show_findings([f], self.doc.location(f))

    def show_rule(self, rule_id: str) -> None:
        self._findings = []
        self._rule = rule_id
        self.pickLabel.hide()
        self.findingCombo.hide()
        self._render()

    def show_nothing(self) -> None:
        self._findings = []
        self._rule = None
        self.pickLabel.hide()
        self.findingCombo.hide()
        self.browser.setHtml(_p(self.tr(
            "Velg en celle eller et funn for å se hva som er galt, hvorfor det er viktig "
            "og hvordan du retter det.")))
        self._set_buttons(None)

    def _show_clean_cell(self) -> None:
        text = self.tr("Ingen funn i denne cellen.")
        if self._context:
            text = f"{self._context}: {text}"
        self.browser.setHtml(_p(text))
        self._set_buttons(None)

    @property
    def current(self) -> Finding | None:
        i = self.findingCombo.currentIndex()
        return self._findings[i] if 0 <= i < len(self._findings) else None

    @property
    def shown_rule(self) -> str | None:
        f = self.current
        return f.rule if f is not None else self._rule

    def text(self) -> str:
        return self.browser.toPlainText()

    # -- rendering -------------------------------------------------------------------------
    def _render(self, *_: object) -> None:
        f = self.current
        rule_id = f.rule if f is not None else self._rule
        if rule_id is None:
            return
        doc = self.doc.engine.rule_doc(rule_id, self.doc.lang)
        parts: list[str] = []
        heading = f"{rule_id} {doc.title}" if doc is not None else rule_id
        if f is not None:
            label = severity_label(f.severity)
            parts.append(f"<h3>{html.escape(label)}: {html.escape(heading)}</h3>")
            where = self.doc.location(f)
            who = f" · {f.person}" if f.person else ""
            parts.append(f"<p><i>{html.escape(where + who)}</i></p>")
            parts.append("<h4>" + self.tr("Hva er galt") + "</h4>" + _p(self.doc.message(f)))
            if f.suggestion is not None:
                shown = f.suggestion
                if f.field == "fodselsnummer" and self.doc.mask_fnr:
                    from nir_desktop.core.fnr import mask

                    shown = mask(shown)
                parts.append("<h4>" + self.tr("Forslag") + "</h4>"
                             + _p(self.tr("Skriv «{0}» i cellen.").format(shown)))
            note = self.doc.index.note(f) if self.doc.is_acknowledged(f) else None
            if note is not None:
                parts.append("<h4>" + self.tr("Kvittert") + "</h4>"
                             + _p(self.tr("Kontrollert av deg: «{0}». Telles ikke lenger som "
                                          "åpen.").format(note)))
        else:
            parts.append(f"<h3>{html.escape(heading)}</h3>")
        if doc is not None:
            parts.append("<h4>" + self.tr("Hvorfor det er viktig") + "</h4>" + _p(doc.why))
            parts.append("<h4>" + self.tr("Slik retter du det") + "</h4>" + _p(doc.fix))
            src_heading = self.tr("Kilder") if len(doc.citations) > 1 else self.tr("Kilde")
            parts.append("<h4>" + src_heading + "</h4>" + self._citation(doc))
            parts.append(_p(self.tr("Gjelder rapporteringsår: {0}.").format(doc.years)))
        parts.append(self._year_sources())
        self.browser.setHtml("".join(parts))
        self._set_buttons(f)

    def _citation(self, doc: RuleDoc) -> str:
        # Every source, each with what it says (shown as text, not links: never online).
        return "".join(_p("\n".join(c)) for c in doc.citations)

    def _year_sources(self) -> str:
        """Which of IMDi's pages the checked year rests on (resources/years/guidance.json)."""
        year = self.doc.year
        if year is None:
            return ""
        g = years.guidance(year)
        if not g.sources:
            return ""
        lines = [g.summary(self.doc.lang)] + [f"• {s.render()}" for s in g.sources]
        return ("<h4>" + self.tr("Rapporteringsåret {0} bygger på").format(year) + "</h4>"
                + _p("\n".join(lines)))

    def _set_buttons(self, f: Finding | None) -> None:
        editable = self.doc.editable
        has_fix = f is not None and f.suggestion is not None and f.column is not None
        self.applyButton.setEnabled(editable and has_fix)
        self.applyButton.setVisible(has_fix)
        n = len(self.doc.suggestions_of(f.rule)) if f is not None and has_fix else 0
        self.applyAllButton.setVisible(n > 1)
        self.applyAllButton.setEnabled(editable and n > 1)
        self.applyAllButton.setText(self.tr("Bruk alle {0} forslag for {1}").format(
            n, f.rule) if f is not None and n > 1 else self.tr("Bruk alle for regelen"))
        acked = f is not None and self.doc.is_acknowledged(f)
        self.ackButton.setVisible(f is not None and can_acknowledge(f) and not acked)
        self.ackButton.setEnabled(editable)
        self.unackButton.setVisible(acked)
        self.unackButton.setEnabled(editable)

    # -- buttons ---------------------------------------------------------------------------
    def _apply(self) -> None:
        f = self.current
        if f is not None:
            self.doc.apply_suggestion(f)

    def _apply_all(self) -> None:
        f = self.current
        if f is not None:
            self.doc.apply_all_suggestions(f.rule)

    def _ack(self) -> None:
        f = self.current
        if f is not None and f.severity is Severity.WARNING:
            self.acknowledgeRequested.emit(f)

    def _unack(self) -> None:
        f = self.current
        if f is not None:
            self.doc.withdraw_acknowledgement(f)
