"""The comparison view: persons only on one side and field differences, grouped by person,
filterable by field; each difference a click away from its cell in the open file, and a
button that takes B's value over into the open file (as an ordinary, undoable edit).

The view knows nothing of the window or the document: it is handed a ``jump`` and a
``take_over`` callback and a ``masked`` flag (see compare_actions.py).
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nir_desktop.core.compare import Comparison, Difference, OnlyIn
from nir_desktop.core.compare.report import difference_line
from nir_desktop.core.fields import field_label
from nir_desktop.core.fnr import mask
from nir_desktop.gui.i18n import current_language

ROLE = Qt.ItemDataRole.UserRole
ALL_FIELDS = None
# Persons listed per group: the list is rebuilt after every edit, and a tree of tens of
# thousands of rows takes seconds. The rest are counted; the xlsx export has them all.
MAX_PERSONS = 1000

# Column order of the tree.
COL_WHAT, COL_A, COL_B, COL_ROW = range(4)


class CompareView(QWidget):
    """Shows one :class:`Comparison`; call :meth:`set_result` again after every change."""

    jumpRequested = Signal(object)  # Difference or OnlyIn of side A
    takeOverRequested = Signal(object)  # Difference
    exportRequested = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Comparison | None = None
        self.masked = True
        self.field_filter: tuple[str, str | None] | None = ALL_FIELDS
        self._sized_for: tuple[Any, Any] | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("compareSummary")
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("compareFieldFilter")
        self.filter_combo.setAccessibleName(self.tr("Vis forskjeller i feltet"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compareTree")
        self.tree.setAccessibleName(self.tr("Forskjeller mellom filene"))
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.jump_button = QPushButton(self.tr("&Gå til cellen"), self)
        self.take_button = QPushButton(self.tr("&Bruk verdien fra den andre filen"), self)
        self.take_button.setObjectName("compareTakeOver")
        self.export_button = QPushButton(self.tr("&Eksporter til Excel …"), self)
        self.close_button = QPushButton(self.tr("&Lukk"), self)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("&Felt:"), self)
        filter_label.setBuddy(self.filter_combo)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_combo, 1)
        buttons = QHBoxLayout()
        for b in (self.jump_button, self.take_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.export_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(filter_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.filter_combo.currentIndexChanged.connect(self._filter_chosen)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda item, _col: self._activate(item))
        self.jump_button.clicked.connect(self.jump_to_current)
        self.take_button.clicked.connect(self.take_over_current)
        self.export_button.clicked.connect(self.exportRequested)
        self.close_button.clicked.connect(self.closeRequested)
        self._update_buttons()

    # -- content -----------------------------------------------------------------------------
    def set_result(self, result: Comparison | None, *, masked: bool | None = None) -> None:
        """Show ``result``, keeping the field filter and (where it still exists) the
        selected person."""
        if masked is not None:
            self.masked = masked
        current = self.current_object()
        keep_fnr = getattr(current, "fnr", None)
        self.result = result
        self._fill_filter()
        self._fill_tree()
        if keep_fnr is not None:
            self._select_person(keep_fnr)
        self._update_buttons()

    def _fnr(self, fnr: str) -> str:
        return mask(fnr) if self.masked else fnr

    def _fill_filter(self) -> None:
        combo = self.filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle felt"), ALL_FIELDS)
        fields = self.result.fields_with_differences() if self.result else []
        lang = current_language()
        for sheet, name, label in fields:
            combo.addItem(f"{sheet} · {field_label(name, lang) if name else label}",
                          (sheet, name))
        wanted = self.field_filter
        index = next((i for i in range(combo.count()) if combo.itemData(i) == wanted), 0)
        if index == 0:
            self.field_filter = ALL_FIELDS
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _filter_chosen(self, index: int) -> None:
        data = self.filter_combo.itemData(index)
        self.field_filter = tuple(data) if data is not None else ALL_FIELDS  # type: ignore[assignment]
        self._fill_tree()
        self._update_buttons()

    def set_field_filter(self, sheet: str | None, field: str | None = None) -> bool:
        """Choose the filter entry of (sheet, field); None shows every field."""
        wanted = None if sheet is None else (sheet, field)
        for i in range(self.filter_combo.count()):
            data = self.filter_combo.itemData(i)
            if (tuple(data) if data is not None else None) == wanted:
                self.filter_combo.setCurrentIndex(i)
                return True
        return False

    def _shown(self, d: Difference) -> bool:
        return self.field_filter is None or (d.sheet, d.field) == self.field_filter

    def _fill_tree(self) -> None:
        tree = self.tree
        tree.setUpdatesEnabled(False)
        tree.clear()
        r = self.result
        b_name = r.file_b.name if r else ""
        tree.setHeaderLabels([self.tr("Person / felt"), self.tr("Denne filen"),
                              self.tr("«{0}»").format(b_name), self.tr("Rad her / der")])
        if r is None:
            self.summary.setText(self.tr("Ingen sammenligning."))
            tree.setUpdatesEnabled(True)
            return
        self.summary.setText(self._summary_text(r))
        diffs = [d for d in r.differences if self._shown(d)]
        persons = len({d.fnr for d in diffs})
        group = self._group(self.tr("Forskjeller ({0}) hos {1} personer").format(
            len(diffs), persons), "differences")
        for n, (fnr, items) in enumerate(groupby(diffs, key=lambda d: d.fnr)):
            if n == MAX_PERSONS:
                self._more(group, persons - n)
                break
            sak = r.saksnummer.get(fnr)
            person = QTreeWidgetItem(group, [self._fnr(fnr) + (
                "  " + self.tr("sak {0}").format(sak) if sak else "")])
            person.setData(COL_WHAT, ROLE, ("person", fnr))
            for d in items:
                self._difference_item(person, d)
        if self.field_filter is None:
            for side, items, title in (
                    ("a", r.only_in_a, self.tr("Bare i denne filen ({0})")),
                    ("b", r.only_in_b, self.tr("Bare i «{1}» ({0})"))):
                g = self._group(title.format(len(items), b_name), f"only_{side}")
                for o in items[:MAX_PERSONS]:
                    self._only_item(g, o)
                if len(items) > MAX_PERSONS:
                    self._more(g, len(items) - MAX_PERSONS)
            nc = self._group(self.tr("Ikke sammenlignet, finnes bare i én av filene ({0})")
                             .format(len(r.not_compared)), "not_compared")
            for n in r.not_compared:
                what = (self.tr("arket {0}").format(n.sheet) if n.field is None
                        else f"{n.sheet} · {field_label(n.field, current_language())}")
                where = self.tr("bare i denne filen") if n.side == "a" else \
                    self.tr("bare i «{0}»").format(b_name)
                QTreeWidgetItem(nc, [what, where])
        tree.expandAll()
        if self._sized_for != (r.file_a, r.file_b):
            # Once per comparison: measuring every row again after each edit is slow.
            self._sized_for = (r.file_a, r.file_b)
            for c in range(4):
                tree.resizeColumnToContents(c)
        tree.setUpdatesEnabled(True)

    def _more(self, parent: QTreeWidgetItem, count: int) -> None:
        item = QTreeWidgetItem(parent, [self.tr(
            "… {0} personer til: velg et felt, eller eksporter til Excel for hele listen.")
            .format(count)])
        item.setFirstColumnSpanned(True)
        item.setData(COL_WHAT, ROLE, ("more", count))

    def _group(self, text: str, key: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        item.setData(COL_WHAT, ROLE, ("group", key))
        font = item.font(COL_WHAT)
        font.setBold(True)
        item.setFont(COL_WHAT, font)
        item.setFirstColumnSpanned(True)
        return item

    def _difference_item(self, parent: QTreeWidgetItem, d: Difference) -> QTreeWidgetItem:
        empty = self.tr("(tom)")
        if d.is_row:
            what = self.tr("{0} · rad bare i én fil").format(d.sheet)
        else:
            what = f"{d.sheet} · {d.label_in(current_language())}"
        rows = f"{d.a_row if d.a_row is not None else '–'} / " \
               f"{d.b_row if d.b_row is not None else '–'}"
        item = QTreeWidgetItem(parent, [what, d.a if d.a is not None else empty,
                                        d.b if d.b is not None else empty, rows])
        item.setData(COL_WHAT, ROLE, d)
        item.setToolTip(COL_WHAT, difference_line(d, current_language()))
        return item

    def _only_item(self, parent: QTreeWidgetItem, o: OnlyIn) -> QTreeWidgetItem:
        sak = self.tr("sak {0}").format(o.saksnummer) if o.saksnummer else ""
        rows = ", ".join(f"{r.sheet} {r.row}" for r in o.rows)
        item = QTreeWidgetItem(parent, [self._fnr(o.fnr), sak if o.side == "a" else "",
                                        sak if o.side == "b" else "", rows])
        item.setData(COL_WHAT, ROLE, o)
        return item

    def _summary_text(self, r: Comparison) -> str:
        if r.equal:
            return self.tr("Sammenlignet med «{0}»: ingen forskjeller. {1} personer i begge "
                           "filene.").format(r.file_b.name, r.persons_both)
        return self.tr("Sammenlignet med «{0}»: {1} forskjeller hos {2} personer · {3} bare i "
                       "denne filen · {4} bare i «{0}» · {5} ikke sammenlignet.").format(
            r.file_b.name, len(r.differences), r.persons_with_differences(),
            len(r.only_in_a), len(r.only_in_b), len(r.not_compared))

    # -- selection and actions ---------------------------------------------------------------
    def current_object(self) -> Any:
        item = self.tree.currentItem()
        return item.data(COL_WHAT, ROLE) if item is not None else None

    def items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            out.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out

    def differences_shown(self) -> list[Difference]:
        return [d for it in self.items() if isinstance(d := it.data(COL_WHAT, ROLE), Difference)]

    def select(self, obj: Any) -> bool:
        for item in self.items():
            if item.data(COL_WHAT, ROLE) == obj:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _select_person(self, fnr: str) -> None:
        for item in self.items():
            data = item.data(COL_WHAT, ROLE)
            if data == ("person", fnr) or (isinstance(data, Difference | OnlyIn)
                                           and data.fnr == fnr):
                self.tree.setCurrentItem(item)
                return

    @staticmethod
    def can_jump(obj: Any) -> bool:
        if isinstance(obj, Difference):
            return obj.a_index is not None
        return isinstance(obj, OnlyIn) and obj.side == "a"

    @staticmethod
    def can_take_over(obj: Any) -> bool:
        return isinstance(obj, Difference) and obj.take_over is not None \
            and obj.a_index is not None and obj.a_column is not None

    def _update_buttons(self) -> None:
        obj = self.current_object()
        self.jump_button.setEnabled(self.can_jump(obj))
        self.take_button.setEnabled(self.can_take_over(obj))
        self.export_button.setEnabled(self.result is not None)
        if isinstance(obj, Difference) and obj.is_row:
            self.take_button.setToolTip(self.tr("En hel rad kan ikke tas over; legg den inn "
                                                "i fagsystemet."))
        else:
            self.take_button.setToolTip("")

    def _activate(self, item: QTreeWidgetItem) -> None:
        if self.can_jump(item.data(COL_WHAT, ROLE)):
            self.jump_to_current()

    def jump_to_current(self) -> bool:
        obj = self.current_object()
        if not self.can_jump(obj):
            return False
        self.jumpRequested.emit(obj)
        return True

    def take_over_current(self) -> bool:
        obj = self.current_object()
        if not self.can_take_over(obj):
            return False
        self.takeOverRequested.emit(obj)
        return True
