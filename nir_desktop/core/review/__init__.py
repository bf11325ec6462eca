"""The review of one export, shared by the window and the command line.

- :mod:`.session`: :class:`ReviewSession` — the workbook, its check kept current after
  each edit, edits with undo history, acknowledgements, code lists, the måloppnåelse
  preview; it tells listeners what changed (the window's document turns that into signals).
- :mod:`.export`: the export plan — which files, their names, and writing them all
  (corrected file, changed rows, error report as xlsx / HTML / PDF, change log).
- :mod:`.html`: the error report as HTML (the PDF's layout, or a page of its own).

Only the session is imported here: the export pulls in the writers and the report, which
the window loads after its first paint.
"""

from nir_desktop.core.review.session import (
    AcksSet,
    AckStep,
    CellChange,
    CellsWritten,
    EditsApplied,
    EditStep,
    Event,
    FindingsChanged,
    ReviewSession,
    SessionApplied,
    Step,
)

__all__ = [
    "AckStep",
    "AcksSet",
    "CellChange",
    "CellsWritten",
    "EditStep",
    "EditsApplied",
    "Event",
    "FindingsChanged",
    "ReviewSession",
    "SessionApplied",
    "Step",
]
