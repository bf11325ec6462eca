"""Cell edits: the one description of a change that the GUI's undo stack, the review
session and the writers all share.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CellEdit:
    sheet: str  # sheet name as in the file
    row: int  # the spreadsheet's own row number
    column: int  # 0-based column index
    old: str  # the cell's text before, as the user saw it
    new: str  # the cell's new text, as typed or suggested
    rule: str | None = None  # the rule whose suggestion this applies, if any
    field: str | None = None  # our field name for the column, if mapped


def net_edits(edits: list[CellEdit]) -> dict[tuple[str, int, int], CellEdit]:
    """The last edit per cell, folding a chain A→B→C into A→C and dropping no-ops."""
    result: dict[tuple[str, int, int], CellEdit] = {}
    for e in edits:
        key = (e.sheet, e.row, e.column)
        first = result.get(key)
        merged = e if first is None else CellEdit(e.sheet, e.row, e.column, first.old, e.new,
                                                  e.rule or first.rule, e.field or first.field)
        result[key] = merged
    return {k: e for k, e in result.items() if e.old != e.new}
