"""Hjelp → Regler og veiledning: the whole rule catalogue and the guidance texts, readable
offline inside the app (addresses are shown as text, never opened)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nir_desktop.core.findings import Severity
from nir_desktop.gui.findings.severity_style import severity_icon, severity_label
from nir_desktop.gui.forms import load_into, translate_buttons
from nir_desktop.gui.resources import resource_path
from nir_desktop.gui.review.engine import Engine, RuleDoc

GUIDANCE_SUFFIXES = (".md", ".txt", ".html")


def _p(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"


def guidance_files(lang: str = "nb", folder: Path | None = None) -> list[Path]:
    """The guidance texts in the UI language (resources/guidance/<lang>/ when it exists,
    else the bokmål texts in resources/guidance/)."""
    folder = folder or resource_path("guidance")
    if lang != "nb" and (folder / lang).is_dir():
        folder = folder / lang
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in GUIDANCE_SUFFIXES)


def guidance_title(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip().lstrip("#").strip()
                if line:
                    return line[:120]
    except OSError:
        pass
    return path.stem


def rules_of_year(year: int, ids: Iterable[str]) -> set[str]:
    """The rule ids that apply to ``year`` (the catalogue's own year spans)."""
    from nir_desktop.core.rules import rule

    out: set[str] = set()
    for rid in ids:
        try:
            if rule(rid).applies_to(year):
                out.add(rid)
        except KeyError:
            out.add(rid)  # a rule the core does not know: do not hide it
    return out


class CatalogueDialog(QDialog):
    tabs: QTabWidget
    ruleFilter: QLineEdit
    ruleList: QListWidget
    ruleText: QTextBrowser
    guidanceList: QListWidget
    guidanceText: QTextBrowser
    buttons: QDialogButtonBox

    def __init__(self, engine: Engine, lang: str, parent: QWidget | None = None, *,
                 year: int | None = None) -> None:
        super().__init__(parent)
        load_into("catalogue_dialog.ui", self)
        self.engine = engine
        self.lang = lang
        self.year = year
        self._docs = {d.id: d for d in engine.rule_docs(lang)}
        self._in_year = rules_of_year(year, self._docs) if year is not None else set(self._docs)
        # The rules of the year being checked, unless the user asks for every year.
        self.yearOnly = QCheckBox(self)
        self.yearOnly.setObjectName("yearOnly")
        if year is not None:
            self.yearOnly.setText(self.tr("Bare regler for {0} ({1} av {2})").format(
                year, len(self._in_year), len(self._docs)))
            self.yearOnly.setChecked(True)
        else:
            self.yearOnly.hide()
        self.yearOnly.toggled.connect(lambda _on: self._filter(self.ruleFilter.text()))
        left = self.findChild(QVBoxLayout, "rulesLeft")
        if left is not None:
            left.insertWidget(0, self.yearOnly)
        for d in self._docs.values():
            item = QListWidgetItem(severity_icon(Severity(d.severity)), f"{d.id}  {d.title}")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.ruleList.addItem(item)
        self.ruleList.currentItemChanged.connect(self._show_rule)
        self.ruleFilter.textChanged.connect(self._filter)
        for path in guidance_files(lang):
            item = QListWidgetItem(guidance_title(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.guidanceList.addItem(item)
        if self.guidanceList.count() == 0:
            self.guidanceText.setHtml(_p(self.tr("Fant ingen veiledningstekster.")))
        self.guidanceList.currentItemChanged.connect(self._show_guidance)
        translate_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        self._filter("")
        first = next((i for i in range(self.ruleList.count())
                      if not self.ruleList.item(i).isHidden()), None)
        if first is not None:
            self.ruleList.setCurrentRow(first)
        if self.guidanceList.count():
            self.guidanceList.setCurrentRow(0)

    def shown_rules(self) -> list[str]:
        return [self.ruleList.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.ruleList.count()) if not self.ruleList.item(i).isHidden()]

    def select_rule(self, rule_id: str) -> bool:
        for i in range(self.ruleList.count()):
            if self.ruleList.item(i).data(Qt.ItemDataRole.UserRole) == rule_id:
                if self.ruleList.item(i).isHidden() and rule_id not in self._in_year:
                    self.yearOnly.setChecked(False)  # asked for a rule of another year
                self.tabs.setCurrentIndex(0)
                self.ruleList.setCurrentRow(i)
                return True
        return False

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.ruleList.count()):
            item = self.ruleList.item(i)
            d = self._docs[item.data(Qt.ItemDataRole.UserRole)]
            hay = f"{d.id} {d.name} {d.title} {d.why} {d.fix}".casefold()
            other_year = self.yearOnly.isChecked() and d.id not in self._in_year
            item.setHidden(other_year or (bool(needle) and needle not in hay))

    def _show_rule(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            return
        d = self._docs[item.data(Qt.ItemDataRole.UserRole)]
        self.ruleText.setHtml(self.rule_html(d))

    def rule_html(self, d: RuleDoc) -> str:
        sev = severity_label(Severity(d.severity))
        parts = [f"<h2>{html.escape(d.id)} {html.escape(d.title)}</h2>",
                 _p(self.tr("{0} · «{1}» · gjelder {2}").format(sev, d.name, d.years))]
        parts.append("<h3>" + self.tr("Hvorfor det er viktig") + "</h3>" + _p(d.why))
        parts.append("<h3>" + self.tr("Slik retter du det") + "</h3>" + _p(d.fix))
        if d.needs:
            parts.append("<h3>" + self.tr("Trenger kolonnene") + "</h3>" + _p("\n".join(d.needs)))
        parts.append("<h3>" + (self.tr("Kilde") if len(d.citations) == 1
                               else self.tr("Kilder")) + "</h3>"
                     + "".join(_p("\n".join(c)) for c in d.citations))
        examples = [e for e in d.examples if e.get("caption")]
        if examples:
            # Outside the f-string: pyside6-lupdate does not look inside one.
            bad, good = self.tr("Feil"), self.tr("Riktig")
            items = "".join(
                f"<li>{html.escape(bad if e.get('bad') else good)}: "
                f"{html.escape(e['caption'])}</li>" for e in examples)
            parts.append("<h3>" + self.tr("Eksempler") + f"</h3><ul>{items}</ul>")
        return "".join(parts)

    def _show_guidance(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            self.guidanceText.setHtml(_p(self.tr("Kunne ikke lese {0}.").format(path.name)))
            return
        suffix = path.suffix.lower()
        if suffix == ".md":
            self.guidanceText.setMarkdown(text)
        elif suffix == ".html":
            self.guidanceText.setHtml(text)
        else:
            self.guidanceText.setPlainText(text)
