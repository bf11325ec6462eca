"""A drop-down whose open list shows each item with a short description beside it, while
the closed box shows only the item: the toolbar's year box and the mapping dialog's field
choices."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class DescribedItemDelegate(QStyledItemDelegate):
    """Appends the text an item holds under ``role`` to its label in the open list."""

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        desc = index.data(self._role)
        if desc:
            option.text = f"{option.text}  –  {desc}"
