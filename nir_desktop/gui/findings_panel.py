"""The findings panel: a summary per rule (counts by severity, totals that add up), the
findings grouped by rule beneath it, the row filter, and an explicit "Ingen funn" state.

A rule's findings are listed only when its group is expanded, so a file with tens of
thousands of findings opens as fast as a clean one.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from nir_desktop.core.findings import Finding, Severity
from nir_desktop.gui.finding_index import RuleCount
from nir_desktop.gui.forms import load_into
from nir_desktop.gui.i18n import core_text
from nir_desktop.gui.resources import icon
from nir_desktop.gui.severity_style import severity_icon
from nir_desktop.gui.table_model import RowFilter

if TYPE_CHECKING:
    from nir_desktop.core.model import ReadNote
    from nir_desktop.gui.document import ReviewDocument

FINDING_ROLE = Qt.ItemDataRole.UserRole + 10
RULE_ROLE = Qt.ItemDataRole.UserRole + 11
POPULATED_ROLE = Qt.ItemDataRole.UserRole + 12
MAX_LISTED = 5000  # per rule; the rest are reached with F8 or the filter
MAX_NOTES_SHOWN = 8  # reader's notes in the banner; all of them are in the tooltip

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class FindingsPanel(QWidget):
    findingActivated = Signal(object)  # Finding: select its cell
    ruleSelected = Signal(str)  # a rule group was chosen: explain the rule
    filterChanged = Signal(object)  # RowFilter for the table
    # Emitted while a finding's context menu is built, before it is shown: other parts of
    # the app add their own actions for that finding (e.g. "Legg til i kodelisten…").
    findingMenu = Signal(object, object)  # QMenu, Finding

    totalsLabel: QLabel
    showCombo: QComboBox
    stack: QStackedWidget
    tree: QTreeView
    notCheckedLabel: QLabel
    cleanIcon: QLabel
    cleanLabel: QLabel

    def __init__(self, document: ReviewDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_into("findings_panel.ui", self)
        self.doc = document
        self.model = QStandardItemModel(self)
        self.tree.setModel(self.model)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.expanded.connect(self._populate)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self.cleanIcon.setPixmap(icon("clean").pixmap(48, 48))
        self._clean_text = self.cleanLabel.text()
        # What the reader repaired, guessed or could not check: right under the totals.
        self.readNotesLabel = QLabel(self)
        self.readNotesLabel.setObjectName("readNotesLabel")
        self.readNotesLabel.setWordWrap(True)
        self.readNotesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.readNotesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readNotesLabel.setAccessibleName(self.tr("Merknader fra innlesingen"))
        self.readNotesLabel.hide()
        QWidget.layout(self).insertWidget(1, self.readNotesLabel)  # "layout" is the .ui's name
        self._by_rule: dict[str, list[Finding]] = {}
        self._filter = RowFilter()
        self._fill_filter_combo()
        self.showCombo.currentIndexChanged.connect(self._combo_changed)
        document.loaded.connect(self.rebuild)
        document.checked.connect(self.rebuild)
        document.findingsChanged.connect(self.rebuild)
        document.closed.connect(self.rebuild)
        self.rebuild()

    # -- the filter ------------------------------------------------------------------------
    def _fill_filter_combo(self, rules: list[str] | None = None) -> None:
        current = self.showCombo.currentData()
        self.showCombo.blockSignals(True)
        self.showCombo.clear()
        # Item data is "kind" or "kind:value" (a string: Qt keeps it as it is).
        self.showCombo.addItem(self.tr("Alle rader"), "all")
        self.showCombo.addItem(self.tr("Bare rader med funn"), "findings")
        self.showCombo.addItem(self.tr("Bare åpne funn (ikke kvittert)"), "open")
        self.showCombo.addItem(severity_icon(Severity.ERROR), self.tr("Bare feil"),
                               "severity:error")
        self.showCombo.addItem(severity_icon(Severity.WARNING), self.tr("Bare advarsler"),
                               "severity:warning")
        self.showCombo.addItem(severity_icon(Severity.INFO), self.tr("Bare info"),
                               "severity:info")
        for rule in rules or []:
            self.showCombo.addItem(self.tr("Bare regel {0}").format(rule), f"rule:{rule}")
        i = self.showCombo.findData(current) if current is not None else 0
        self.showCombo.setCurrentIndex(max(i, 0))
        self.showCombo.blockSignals(False)
        if i < 0 and current is not None:  # that rule is gone: show everything again
            self._combo_changed()

    def _combo_changed(self, *_: object) -> None:
        kind, _, value = str(self.showCombo.currentData() or "all").partition(":")
        if kind == "findings":
            flt = RowFilter(only_findings=True)
        elif kind == "open":
            flt = RowFilter(only_findings=True, include_acknowledged=False, include_info=False)
        elif kind == "severity":
            flt = RowFilter(severity=Severity(value))
        elif kind == "rule":
            flt = RowFilter(rule=value)
        else:
            flt = RowFilter()
        self._filter = flt
        self.rebuild()
        self.filterChanged.emit(flt)

    def set_filter(self, kind: str, value: str | None = None) -> bool:
        i = self.showCombo.findData(f"{kind}:{value}" if value else kind)
        if i < 0:
            return False
        self.showCombo.setCurrentIndex(i)
        return True

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    # -- building --------------------------------------------------------------------------
    def rebuild(self, *_: object) -> None:
        expanded = {self.model.item(i).data(RULE_ROLE) for i in range(self.model.rowCount())
                    if self.tree.isExpanded(self.model.index(i, 0))}
        self.model.clear()
        self._set_headers()
        doc = self.doc
        if not doc.is_open:
            self.totalsLabel.setText(self.tr("Ingen fil åpnet."))
            self.notCheckedLabel.clear()
            self._set_read_notes()
            self.stack.setCurrentIndex(0)
            self._fill_filter_combo()
            return
        counts = doc.index.counts()
        self._by_rule = defaultdict(list)
        flt = self._filter
        for f in doc.index.findings:
            if flt.active and not flt.matches(f, doc.index.is_acknowledged(f)):
                continue
            self._by_rule[f.rule].append(f)
        rules = sorted(counts, key=lambda r: (_SEVERITY_ORDER[self._rule_severity(r)], r))
        self._fill_filter_combo(rules)
        for rule in rules:
            if rule not in self._by_rule:
                continue
            self.model.appendRow(self._rule_row(rule, counts[rule]))
        self._set_totals(doc.index.totals())
        self._set_read_notes()
        if not doc.findings:
            self.cleanIcon.setVisible(not self._unchecked())
            self.cleanLabel.setText(self._clean_text if not self._unchecked() else self.tr(
                "<h3>Ingen funn i det som ble kontrollert</h3><p>Men deler av filen ble "
                "<b>ikke kontrollert</b>; se merknadene over. Filen er ikke ren før de er "
                "rettet.</p>"))
            self.stack.setCurrentIndex(1)
        else:
            self.stack.setCurrentIndex(0)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 5):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for i in range(self.model.rowCount()):
            if self.model.item(i).data(RULE_ROLE) in expanded:
                self.tree.expand(self.model.index(i, 0))
        self._set_not_checked()

    def _set_headers(self) -> None:
        # Icons (with their names as tooltip and accessible text) keep the count columns
        # narrow, so the rule titles get the room.
        self.model.setHorizontalHeaderItem(0, QStandardItem(self.tr("Regel")))
        for col, (name, ico) in enumerate([
                (self.tr("Feil"), severity_icon(Severity.ERROR)),
                (self.tr("Advarsler"), severity_icon(Severity.WARNING)),
                (self.tr("Info"), severity_icon(Severity.INFO)),
                (self.tr("Kvittert"), icon("acknowledged"))], start=1):
            item = QStandardItem(ico, "")
            item.setToolTip(name)
            item.setData(name, Qt.ItemDataRole.AccessibleTextRole)
            self.model.setHorizontalHeaderItem(col, item)

    def _rule_severity(self, rule: str) -> str:
        doc = self.doc.engine.rule_doc(rule, self.doc.lang)
        return doc.severity if doc is not None else "info"

    def _rule_row(self, rule: str, rc: RuleCount) -> list[QStandardItem]:
        doc = self.doc.engine.rule_doc(rule, self.doc.lang)
        title = f"{rule} {doc.title}" if doc is not None else rule
        first = QStandardItem(title)
        sev = Severity(doc.severity) if doc is not None else Severity.INFO
        first.setIcon(severity_icon(sev))
        first.setData(rule, RULE_ROLE)
        first.setData(False, POPULATED_ROLE)
        first.setToolTip(title)
        first.appendRow([QStandardItem("…")])  # placeholder so the group can be expanded
        row = [first]
        for n in (rc.error, rc.warning, rc.info, rc.acknowledged):
            item = QStandardItem(str(n) if n else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.append(item)
        return row

    def _populate(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(index.siblingAtColumn(0))
        if item is None or item.data(POPULATED_ROLE) or item.data(RULE_ROLE) is None:
            return
        item.setData(True, POPULATED_ROLE)
        item.removeRows(0, item.rowCount())
        found = self._by_rule.get(item.data(RULE_ROLE), [])
        for f in found[:MAX_LISTED]:
            acked = self.doc.index.is_acknowledged(f)
            child = QStandardItem(self._finding_text(f))
            child.setIcon(severity_icon(None if acked else f.severity, acked))
            child.setData(f, FINDING_ROLE)
            child.setToolTip(self.doc.describe(f))
            item.appendRow([child])
            # A finding's line spans the count columns too: its text needs the room.
            self.tree.setFirstColumnSpanned(item.rowCount() - 1, item.index(), True)
        if len(found) > MAX_LISTED:
            more = QStandardItem(self.tr("… og {0} til: bruk F8 eller filteret «Bare regel»")
                                 .format(len(found) - MAX_LISTED))
            more.setEnabled(False)
            item.appendRow([more])
            self.tree.setFirstColumnSpanned(item.rowCount() - 1, item.index(), True)

    def _finding_text(self, f: Finding) -> str:
        where = self.doc.location(f)
        who = f" · {f.person}" if f.person else ""  # saksnummer or an already masked fnr
        return f"{where}{who}: {self.doc.message(f)}"

    def _unchecked(self) -> list[ReadNote]:
        wb = self.doc.workbook
        return [n for n in wb.notes if n.not_checked] if wb is not None else []

    def _set_read_notes(self) -> None:
        wb = self.doc.workbook if self.doc.is_open else None
        notes = list(wb.notes) if wb is not None else []
        if not notes:
            self.readNotesLabel.clear()
            self.readNotesLabel.hide()
            return
        # Unchecked parts first: they decide whether the file can be called clean.
        notes.sort(key=lambda n: not n.not_checked)
        unchecked = self.tr("Ikke kontrollert:")
        lines = [(f"<b>{html.escape(unchecked)}</b> " if n.not_checked else "• ")
                 + html.escape(core_text(n.message)) for n in notes[:MAX_NOTES_SHOWN]]
        if len(notes) > MAX_NOTES_SHOWN:
            lines.append(html.escape(self.tr("… og {0} merknader til (hold musen over for å se "
                                             "alle)").format(len(notes) - MAX_NOTES_SHOWN)))
        color = "#fde7e9" if any(n.not_checked for n in notes) else "#fff4ce"
        self.readNotesLabel.setText(
            f'<div style="background:{color}; padding:4px">'
            f"<b>{html.escape(self.tr('Merknader fra innlesingen'))}</b><br>"
            + "<br>".join(lines) + "</div>")
        self.readNotesLabel.setToolTip("\n".join(core_text(n.message) for n in notes))
        self.readNotesLabel.show()

    def _set_totals(self, t: RuleCount) -> None:
        if not self.doc.findings:
            if self._unchecked():
                self.totalsLabel.setText(self.tr(
                    "<b>Ingen funn</b> i det som ble kontrollert for {0}, men deler av filen "
                    "ble <b>ikke kontrollert</b>.").format(self.doc.year))
                return
            self.totalsLabel.setText(self.tr("<b>Ingen funn</b> for rapporteringsåret {0}.")
                                     .format(self.doc.year))
            return
        self.totalsLabel.setText(self.tr(
            "<b>{0} funn</b>: {1} feil, {2} advarsler, {3} info, {4} kvittert. "
            "<b>{5} åpne</b> (feil og advarsler som ikke er kvittert).").format(
            t.total, t.error, t.warning, t.info, t.acknowledged, t.error + t.warning))

    def _set_not_checked(self) -> None:
        items = self.doc.not_checked
        if not items:
            self.notCheckedLabel.clear()
            return
        lines = [self.doc.engine.render_not_checked(nc, self.doc.lang) for nc in items]
        self.notCheckedLabel.setText(self.tr("Ikke kontrollert:") + "\n• " + "\n• ".join(lines))

    # -- interaction -----------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(index.siblingAtColumn(0))
        if item is None:
            return
        f = item.data(FINDING_ROLE)
        if f is not None:
            self.findingActivated.emit(f)
            return
        rule = item.data(RULE_ROLE)
        if rule:
            self.ruleSelected.emit(rule)

    def _context_menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        item = self.model.itemFromIndex(index.siblingAtColumn(0)) if index.isValid() else None
        if item is None:
            return
        f = item.data(FINDING_ROLE)
        rule = item.data(RULE_ROLE) or (f.rule if f is not None else None)
        if not rule:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Vis bare regel {0} i tabellen").format(rule),
                       lambda: self.set_filter("rule", rule))
        if self.doc.suggestions_of(rule):
            menu.addAction(self.tr("Bruk alle forslag for {0}").format(rule),
                           lambda: self.doc.apply_all_suggestions(rule))
        if f is not None:
            self.findingMenu.emit(menu, f)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def current_finding(self) -> Finding | None:
        item = self.model.itemFromIndex(self.tree.currentIndex().siblingAtColumn(0))
        return item.data(FINDING_ROLE) if item is not None else None

    def first_finding_index(self) -> QModelIndex | None:
        """The first finding of the first group (expanding it): what --self-test selects."""
        if self.model.rowCount() == 0:
            return None
        group = self.model.index(0, 0)
        self.tree.expand(group)
        self._populate(group)
        child = self.model.index(0, 0, group)
        return child if child.isValid() else None
