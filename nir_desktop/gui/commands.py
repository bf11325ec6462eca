"""Undo commands. Every change the user makes goes through one of these, so the undo
history (QUndoView) lists it as "Endre Avslutningsårsak i rad 14" and the review
document's list of CellEdits (shared with the session and the writer) stays in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from nir_desktop.core.edits import CellEdit
from nir_desktop.gui.finding_index import AckKey

if TYPE_CHECKING:
    from nir_desktop.gui.document import ReviewDocument


@dataclass(frozen=True, slots=True)
class CellChange:
    edit: CellEdit
    row_index: int
    old_raw: Any  # the value exactly as read, so undo restores its type (a date stays a date)


class EditCellsCommand(QUndoCommand):
    """One or more cell changes as one step (one typed value, or all suggestions of a rule)."""

    def __init__(self, document: ReviewDocument, changes: list[CellChange], text: str) -> None:
        super().__init__(text)
        self.doc = document
        self.changes = changes

    def redo(self) -> None:
        self.doc._apply_changes(self.changes, undo=False)

    def undo(self) -> None:
        self.doc._apply_changes(self.changes, undo=True)


class AcknowledgeCommand(QUndoCommand):
    """Acknowledge a warning with a note (or withdraw an acknowledgement: note=None)."""

    def __init__(self, document: ReviewDocument, keys: list[AckKey], note: str | None,
                 text: str) -> None:
        super().__init__(text)
        self.doc = document
        self.keys = keys
        self.note = note
        self.before = {k: document.acks.get(k) for k in keys}

    def redo(self) -> None:
        self.doc._set_acks({k: self.note for k in self.keys})

    def undo(self) -> None:
        self.doc._set_acks(self.before)
