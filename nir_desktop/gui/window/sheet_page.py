"""One tab per sheet: a QTableView over the sheet's model, through the filter proxy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from nir_desktop.core.model import Sheet
from nir_desktop.gui.window.delegates import CellDelegate
from nir_desktop.gui.window.table_model import SheetFilterProxy, SheetTableModel

if TYPE_CHECKING:
    from nir_desktop.gui.review.document import ReviewDocument

MAX_COLUMN_WIDTH = 260


class SheetPage(QWidget):
    def __init__(self, sheet: Sheet, document: ReviewDocument,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.doc = document
        self.model = SheetTableModel(sheet, document, self)
        self.proxy = SheetFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName(f"table_{sheet.name}")
        self.view.setAccessibleName(self.tr("Tabell for arket {0}").format(sheet.name))
        self.view.setModel(self.proxy)
        self.delegate = CellDelegate(sheet, parent=self.view)
        self.view.setItemDelegate(self.delegate)
        # Start unsorted (the spreadsheet's own order): no sort indicator before enabling.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(False)  # the severity tints must stay readable
        vh = self.view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        hh = self.view.horizontalHeader()
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setHighlightSections(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._size_columns()

    def _size_columns(self) -> None:
        # Size from the headers and the first rows only: resizeColumnsToContents would
        # read every one of 100k rows.
        fm = self.view.fontMetrics()
        for c in range(self.model.columnCount()):
            header = self.sheet.headers[c] if c < len(self.sheet.headers) else ""
            sample = [self.model.data(self.model.index(r, c))
                      for r in range(min(50, self.model.rowCount()))]
            widest = max([fm.horizontalAdvance(header)]
                         + [fm.horizontalAdvance(s or "") for s in sample])
            self.view.setColumnWidth(c, min(MAX_COLUMN_WIDTH, widest + 40))

    # -- positions -------------------------------------------------------------------------
    def current_position(self) -> tuple[int, int] | None:
        """(row index into Sheet.rows, column) of the current cell, or None."""
        idx = self.view.currentIndex()
        r = self.proxy.row_index_at(idx)
        return (r, idx.column()) if r is not None else None

    def select(self, row_index: int, column: int) -> bool:
        """Make a cell current and visible; False when the filter hides its row."""
        idx = self.proxy.proxy_index(row_index, max(column, 0))
        if not idx.isValid():
            return False
        self.view.setCurrentIndex(idx)
        self.view.selectionModel().select(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def index_at(self, row_index: int, column: int) -> QModelIndex:
        return self.proxy.proxy_index(row_index, column)

    def refresh_rows(self, rows: set[int]) -> None:
        self.model.refresh_rows(rows)
        self.proxy.refilter()
