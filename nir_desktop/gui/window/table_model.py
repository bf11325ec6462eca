"""The table of one sheet: a QAbstractTableModel straight over ``Sheet.rows``.

``data()`` is O(1): findings are looked up in the document's FindingIndex by
(sheet, row index, column). Sorting is done here, as a row permutation computed with
Python's ``sorted`` (a QSortFilterProxyModel would call back into Python for every
comparison, far too slow for 100k rows); the proxy only filters. Row numbers in the
vertical header are the spreadsheet's own, whatever the order or filter.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from nir_desktop.core.fnr import classify, mask
from nir_desktop.core.model import Sheet, column_letter
from nir_desktop.core.normalize import InvalidValue, fold_code, repair_identifier
from nir_desktop.gui.findings.severity_style import severity_icon, tint
from nir_desktop.gui.review.finding_index import RowFilter

if TYPE_CHECKING:
    from nir_desktop.gui.review.document import ReviewDocument

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    FINDINGS = Qt.ItemDataRole.UserRole + 1  # list[Finding] at the cell
    ROW_INDEX = Qt.ItemDataRole.UserRole + 2  # 0-based index into Sheet.rows
    RAW_TEXT = Qt.ItemDataRole.UserRole + 3  # the unmasked text
    FIELD = Qt.ItemDataRole.UserRole + 4  # our field name for the column, or None


def _sort_key(value: Any) -> tuple[int, Any]:
    # Mixed types must compare: empty last, then dates, numbers, text.
    if value is None or value == "":
        return (3, "")
    if isinstance(value, InvalidValue):
        return (2, fold_code(value))
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, date):
        return (0, value.toordinal())
    if isinstance(value, int | float):
        return (1, value)
    return (2, fold_code(str(value)))


FNR_SAMPLE_ROWS = 300


def _identifier_digits(text: str) -> str | None:
    """The digits of a 10- or 11-digit identifier (Excel may have dropped a leading
    zero), or None for any other text."""
    number = "".join(repair_identifier(text).split()).replace("-", "")
    if len(number) in (10, 11) and number.isdigit() and number.isascii():
        return number
    return None


def _looks_like_fnr(text: str) -> bool:
    number = _identifier_digits(text) if text else None
    if number is None:
        return False
    return classify(number if len(number) == 11 else "0" + number).valid


class SheetTableModel(QAbstractTableModel):
    def __init__(self, sheet: Sheet, document: ReviewDocument, parent=None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.doc = document
        self._width = sheet.width
        self._fields = {c: name for name, c in sheet.columns.items()}
        self._fnr_col = sheet.column_of("fodselsnummer")
        # Unmapped column → whether it holds fødselsnumre the reader did not recognise
        # (a "Personident" column): decided once from a sample, so data() stays cheap.
        self._fnr_like: dict[int, bool] = {}
        self._order: list[int] | None = None  # view row → sheet row index, when sorted
        self._pos: list[int] | None = None  # sheet row index → view row

    # -- mapping between view rows and sheet rows ------------------------------------------
    def sheet_row(self, row: int) -> int:
        return self._order[row] if self._order is not None else row

    @property
    def is_sorted(self) -> bool:
        """True when the rows are shown in a sorted order, not the spreadsheet's own."""
        return self._order is not None

    def view_row(self, row_index: int) -> int:
        return self._pos[row_index] if self._pos is not None else row_index

    def index_of(self, row_index: int, column: int) -> QModelIndex:
        return self.index(self.view_row(row_index), max(column, 0))

    def field_of(self, column: int) -> str | None:
        return self._fields.get(column)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.sheet_row(index.row())
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.sheet.text(r, c)
            if text and self.doc.mask_fnr:
                if c == self._fnr_col:
                    return mask(text)
                if c not in self._fields and self._holds_fnr(c):
                    number = _identifier_digits(text)
                    if number is not None:
                        return mask(number)
            return text
        if role in (Qt.ItemDataRole.EditRole, Role.RAW_TEXT):
            return self.sheet.text(r, c)
        if role == Qt.ItemDataRole.BackgroundRole:
            found = self.doc.index.at_cell(self.sheet.name, r, c)
            if not found:
                return None
            sev, acked = self.doc.index.worst(found)
            return tint(sev, acked)
        if role == Qt.ItemDataRole.DecorationRole:
            found = self.doc.index.at_cell(self.sheet.name, r, c)
            if not found:
                return None
            sev, acked = self.doc.index.worst(found)
            return severity_icon(sev, acked)
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self.doc.index.at_cell(self.sheet.name, r, c)
            return "\n".join(self.doc.describe(f) for f in found) or None
        if role == Role.FINDINGS:
            return self.doc.index.at_cell(self.sheet.name, r, c)
        if role == Role.ROW_INDEX:
            return r
        if role == Role.FIELD:
            return self._fields.get(c)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            found = self.doc.index.at_cell(self.sheet.name, r, c)
            return "; ".join(self.doc.describe(f) for f in found) or None
        return None

    def _holds_fnr(self, c: int) -> bool:
        known = self._fnr_like.get(c)
        if known is None:
            rows = min(len(self.sheet.rows), FNR_SAMPLE_ROWS)
            known = any(_looks_like_fnr(self.sheet.text(r, c)) for r in range(rows))
            self._fnr_like[c] = known
        return known

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self._width:
                return None
            header = self.sheet.headers[section] if section < len(self.sheet.headers) else ""
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{column_letter(section)}\n{header}" if header else column_letter(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                name = self._fields.get(section)
                return self.doc.field_tooltip(self.sheet, name, header, section)
            return None
        if not 0 <= section < len(self.sheet.rows):
            return None
        r = self.sheet_row(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.sheet.row_numbers[r])
        if role == Qt.ItemDataRole.DecorationRole:
            found = self.doc.index.in_row(self.sheet.name, r)
            if not found:
                return None
            sev, acked = self.doc.index.worst(found)
            return severity_icon(sev, acked)
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self.doc.index.row_level(self.sheet.name, r)
            return "\n".join(self.doc.describe(f) for f in found) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.doc.editable:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.doc.editable:
            return False
        text = "" if value is None else str(value)
        r = self.sheet_row(index.row())
        # The document pushes an undo command; it emits dataChanged through refresh_rows.
        return self.doc.edit_cell(self.sheet.name, r, index.column(), text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        n = len(self.sheet.rows)
        if not 0 <= column < self._width:
            column = -1
        if column < 0 and self._order is None:
            return  # already in the spreadsheet's own order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows_before = [self.sheet_row(p.row()) for p in persistent]
        if column < 0:
            self._order = self._pos = None
        else:
            field_name = self._fields.get(column)
            parsed = self.sheet.parsed.get(field_name) if field_name else None
            if parsed is not None:
                keys = [_sort_key(v) for v in parsed]
            else:
                keys = [_sort_key(self.sheet.text(r, column)) for r in range(n)]
            order_ = sorted(range(n), key=keys.__getitem__,
                            reverse=order == Qt.SortOrder.DescendingOrder)
            pos = [0] * n
            for view_row, r in enumerate(order_):
                pos[r] = view_row
            self._order, self._pos = order_, pos
        self.changePersistentIndexList(
            persistent, [self.index(self.view_row(r), p.column())
                         for p, r in zip(persistent, rows_before, strict=True)])
        self.layoutChanged.emit()

    # -- refresh after edits and re-checks ---------------------------------------------
    def refresh_rows(self, row_indexes: set[int] | list[int]) -> None:
        if not row_indexes or not self._width:
            return
        for r in row_indexes:
            if 0 <= r < len(self.sheet.rows):
                v = self.view_row(r)
                self.dataChanged.emit(self.index(v, 0), self.index(v, self._width - 1))
        views = [self.view_row(r) for r in row_indexes if 0 <= r < len(self.sheet.rows)]
        if views:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, min(views), max(views))

    def refresh_all(self) -> None:
        self._fnr_like.clear()  # edits may have put a number into a column
        if self.rowCount() and self._width:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self._width - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)


class SheetFilterProxy(QSortFilterProxyModel):
    """Filters rows by findings; sorting is delegated to the source model (see above)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.row_filter = RowFilter()
        self._accepted: set[int] = set()
        self.setDynamicSortFilter(False)

    def source(self) -> SheetTableModel:
        model = self.sourceModel()
        assert isinstance(model, SheetTableModel)
        return model

    def set_filter(self, row_filter: RowFilter) -> None:
        if not row_filter.active and not self.row_filter.active:
            self.row_filter = row_filter
            return
        self.beginFilterChange()
        self.row_filter = row_filter
        self._accepted = self._accepted_rows()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Re-apply the filter after findings changed (only costs anything when active)."""
        if self.row_filter.active:
            self.beginFilterChange()
            self._accepted = self._accepted_rows()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _accepted_rows(self) -> set[int]:
        """Sheet row indexes the filter lets through, worked out once from the (few)
        findings rather than once per row (100k Python calls)."""
        flt = self.row_filter
        model = self.source()
        idx = model.doc.index
        name = model.sheet.name
        return {r for (s, r), found in idx.by_row.items() if s == name
                and any(flt.matches(f, idx.is_acknowledged(f)) for f in found)}

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.row_filter.active:
            return True
        return self.source().sheet_row(source_row) in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    # -- convenience for the window --------------------------------------------------------
    def proxy_index(self, row_index: int, column: int) -> QModelIndex:
        return self.mapFromSource(self.source().index_of(row_index, column))

    def row_index_at(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        return self.source().sheet_row(self.mapToSource(index).row())
