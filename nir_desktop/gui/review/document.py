"""The review document: the window's Qt face of the core's
:class:`~nir_desktop.core.review.ReviewSession` (the open workbook, its check, the user's
edits and acknowledgements). It turns the session's events into signals for the panels and
puts every step on a QUndoStack, so the undo history (QUndoView) lists it; what an edit or
an acknowledgement does is the session's, the same for the command line.

Slow work (reading, the full check) runs in workers and hands its result in here;
everything in this class runs on the GUI thread.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import SHEET_TITLES, Field
from nir_desktop.core.findings import AckKey, Finding, NotChecked, ack_key
from nir_desktop.core.model import Sheet, Workbook, column_letter
from nir_desktop.core.review.session import (
    AcksSet,
    CellChange,
    CellsWritten,
    EditsApplied,
    EditStep,
    Event,
    FindingsChanged,
    ReviewSession,
)
from nir_desktop.gui.i18n import current_language
from nir_desktop.gui.review.commands import StepCommand
from nir_desktop.gui.review.engine import Engine
from nir_desktop.gui.review.finding_index import FindingIndex

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class ReviewDocument(QObject):
    loaded = Signal()  # a new workbook and its first check are in place
    checked = Signal()  # the findings were replaced by a full check (e.g. another year)
    findingsChanged = Signal(object)  # dict[sheet name, set[row index]] whose findings changed
    cellChanged = Signal(str, int, int)  # sheet name, row index, column
    acksChanged = Signal()
    editsChanged = Signal()
    # What was written to the cells, in order (an undo arrives as the inverse edits): the
    # session records exactly these, so its net edits equal the document's.
    editsApplied = Signal(object)  # list[CellEdit]
    acksSet = Signal(object)  # dict[AckKey, note or None (withdrawn)]
    maskChanged = Signal(bool)
    closed = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.session: ReviewSession | None = None
        # The findings as a list the panels read many times per edit: replaced (not
        # copied on every access) when the check changes.
        self.findings: list[Finding] = []
        self.index = FindingIndex()
        self.undo_stack = QUndoStack(self)
        self.mask_fnr = True
        self.busy = False  # a full check runs in the background: no editing meanwhile

    # -- state (the session's) ---------------------------------------------------------------
    @property
    def workbook(self) -> Workbook | None:
        return self.session.workbook if self.session is not None else None

    @property
    def year(self) -> int | None:
        return self.session.year if self.session is not None else None

    @property
    def run(self) -> Any:
        """The core Checker, kept current after edits."""
        return self.session.checker if self.session is not None else None

    @property
    def result(self) -> Any:
        """The core's CheckResult."""
        return self.session.result if self.session is not None else None

    @property
    def not_checked(self) -> list[NotChecked]:
        return self.session.not_checked if self.session is not None else []

    @property
    def edits(self) -> list[CellEdit]:
        """Applied edits, oldest first (undo pops them)."""
        return self.session.edits if self.session is not None else []

    @property
    def acks(self) -> dict[AckKey, str]:
        return self.session.acks if self.session is not None else {}

    @property
    def is_open(self) -> bool:
        return self.session is not None

    @property
    def editable(self) -> bool:
        return self.session is not None and not self.busy

    @property
    def lang(self) -> str:
        return current_language()

    def set_workbook(self, workbook: Workbook, year: int, run: Any) -> None:
        """A freshly read and checked workbook: resets edits, acks and undo history."""
        del year  # the run's result knows the year it checked
        self.undo_stack.clear()
        session = ReviewSession(workbook, run, codelists=getattr(self.engine, "codelists", None))
        session.listen(self._on_event)
        self.session = session
        self._take_run()
        self.loaded.emit()

    def set_run(self, year: int, run: Any) -> None:
        """A new full check of the same workbook (another year, changed code lists)."""
        del year
        assert self.session is not None
        self.session.replace_checker(run, getattr(self.engine, "codelists", None))
        self._take_run()
        self.checked.emit()

    def close(self) -> None:
        self.session = None
        self.findings = []
        self.index = FindingIndex()
        self.undo_stack.clear()
        gc.unfreeze()  # what the closed file left behind may be collected again
        self.closed.emit()

    def _take_run(self) -> None:
        assert self.session is not None
        self.findings = self.session.findings
        self.index = FindingIndex.build(self.findings, self.acks)
        # The workbook and its check live until the file is closed and hold no reference
        # cycles. Freezing them (after one collection, so no garbage is frozen with them)
        # keeps the cyclic collector from walking every row of a 100k-row file on each full
        # collection: those walks were 100-300 ms pauses that landed on cell edits
        # (benchmarks/README.md, "Edit → highlight").
        gc.collect()
        gc.freeze()

    def set_mask_fnr(self, on: bool) -> None:
        if on != self.mask_fnr:
            self.mask_fnr = on
            self.maskChanged.emit(on)

    # -- the session's events as signals ------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if isinstance(event, CellsWritten):
            for ch in event.changes:
                self.cellChanged.emit(ch.edit.sheet, ch.row_index, ch.edit.column)
        elif isinstance(event, FindingsChanged):
            if event.removed or event.added:
                self.findings = self.session.findings if self.session is not None else []
                self.index = FindingIndex.build(self.findings, self.acks)
            elif self.index.acks is not self.acks:
                self.index.acks = self.acks
            self.findingsChanged.emit(event.rows)
        elif isinstance(event, EditsApplied):
            self.editsApplied.emit(event.edits)
            self.editsChanged.emit()
        elif isinstance(event, AcksSet):
            self.acksSet.emit(event.values)
            self.acksChanged.emit()

    # -- texts -----------------------------------------------------------------------------
    def describe(self, f: Finding) -> str:
        """One line for a finding: its rule id and message in the UI language."""
        return f"{f.rule}: {self.message(f)}"

    def location(self, f: Finding) -> str:
        """Sheet, row and column (letter and header) of a finding, in the UI language."""
        from nir_desktop.core.report import location

        return location(f, self.workbook, self.lang)

    def message(self, f: Finding) -> str:
        """The finding's message; fødselsnumre in it are masked while masking is on."""
        text = self.engine.render(f, self.lang)
        if not self.mask_fnr:
            return text
        from nir_desktop.core.privacy import mask_text  # python-stdnum: after the first paint

        return mask_text(text)

    def field_label(self, sheet: Sheet, field_name: str | None, column: int) -> str:
        if field_name:
            for fld in sheet.fields:
                if fld.name == field_name:
                    return fld.label(self.lang)
        header = sheet.headers[column] if column < len(sheet.headers) else ""
        return header or translate("Document", "kolonne {0}").format(column_letter(column))

    def field_tooltip(self, sheet: Sheet, field_name: str | None, header: str, column: int) -> str:
        if not field_name:
            return translate("Document", "Kolonne {0}: «{1}» (ikke brukt av kontrollen)").format(
                column_letter(column), header
            )
        fld = self.field_def(sheet, field_name)
        label = self.field_label(sheet, field_name, column)
        described = fld.description(current_language()) if fld is not None else ""
        desc = f"\n{described}" if described else ""
        text = translate("Document", "Kolonne {0}: «{1}» = {2}")
        return text.format(column_letter(column), header, label) + desc

    @staticmethod
    def field_def(sheet: Sheet, field_name: str | None) -> Field | None:
        return next((f for f in sheet.fields if f.name == field_name), None)

    def sheet_title(self, sheet: Sheet) -> str:
        return sheet.name or (SHEET_TITLES[sheet.kind] if sheet.kind else "")

    # -- positions -------------------------------------------------------------------------
    def sheet(self, name: str | None) -> Sheet | None:
        return self.session.sheet(name) if self.session is not None else None

    def row_index_of(self, sheet_name: str, row_number: int) -> int | None:
        """The 0-based index into Sheet.rows of a spreadsheet row number."""
        return self.session.row_index_of(sheet_name, row_number) if self.session else None

    def finding_row_index(self, f: Finding) -> int | None:
        return self.session.finding_row_index(f) if self.session is not None else None

    # -- editing ---------------------------------------------------------------------------
    def make_change(
        self, sheet_name: str, row_index: int, column: int, text: str, rule: str | None = None
    ) -> CellChange | None:
        if self.session is None:
            return None
        return self.session.make_change(sheet_name, row_index, column, text, rule)

    def _push(self, step: Any, title: str) -> None:
        assert self.session is not None
        self.undo_stack.push(StepCommand(self.session, step, title))

    def edit_cell(
        self, sheet_name: str, row_index: int, column: int, text: str, rule: str | None = None
    ) -> bool:
        """Change one cell as an undoable step; re-checks the affected person at once."""
        if not self.editable:
            return False
        change = self.make_change(sheet_name, row_index, column, text, rule)
        if change is None:
            return False
        sheet = self.sheet(sheet_name)
        assert sheet is not None
        label = self.field_label(sheet, change.edit.field, column)
        if rule:
            title = translate("Document", "Bruk forslag ({0}): {1} i rad {2}").format(
                rule, label, change.edit.row
            )
        else:
            title = translate("Document", "Endre {0} i rad {1}").format(label, change.edit.row)
        self._push(EditStep([change]), title)
        return True

    def apply_suggestion(self, f: Finding) -> bool:
        r = self.finding_row_index(f)
        if f.suggestion is None or f.sheet is None or f.column is None or r is None:
            return False
        return self.edit_cell(f.sheet, r, f.column, f.suggestion, rule=f.rule)

    def suggestions_of(self, rule: str) -> list[Finding]:
        return self.session.suggestions_of(rule) if self.session is not None else []

    def apply_all_suggestions(self, rule: str) -> int:
        """All suggested fixes of one rule as one undoable step; returns how many cells."""
        if not self.editable:
            return 0
        assert self.session is not None
        changes = self.session.suggestion_changes(rule)
        if changes:
            title = translate("Document", "Bruk alle forslag for {0} ({1} celler)").format(
                rule, len(changes)
            )
            self._push(EditStep(changes), title)
        return len(changes)

    @property
    def net_edits(self) -> list[CellEdit]:
        """The last edit per cell (chains folded, no-ops dropped): what a writer writes."""
        return self.session.net_edits if self.session is not None else []

    # -- acknowledging ---------------------------------------------------------------------
    def acknowledge(self, findings: Iterable[Finding], note: str) -> int:
        if self.session is None:
            return 0
        chosen = list(findings)
        step = self.session.ack_step(chosen, note)
        if step is None:
            return 0
        first = next(f for f in chosen if ack_key(f) == step.keys[0])
        where = (
            translate("Document", "rad {0}").format(first.row) if first.row else first.sheet or ""
        )
        text = (
            translate("Document", "Kvitter ut {0} i {1}").format(first.rule, where)
            if len(step.keys) == 1
            else translate("Document", "Kvitter ut {0} advarsler").format(len(step.keys))
        )
        self._push(step, text)
        return len(step.keys)

    def withdraw_acknowledgement(self, f: Finding) -> bool:
        step = self.session.ack_step([f], None) if self.session is not None else None
        if step is None:
            return False
        where = translate("Document", "rad {0}").format(f.row) if f.row else f.sheet or ""
        self._push(step, translate("Document", "Angre kvittering av {0} i {1}").format(
            f.rule, where))
        return True

    def is_acknowledged(self, f: Finding) -> bool:
        return ack_key(f) in self.acks

    def restore(self, edits: list[CellEdit], acks: dict[AckKey, str]) -> int:
        """Re-apply a saved session's edits and acknowledgements (as one undoable step for
        the edits); returns how many edits could be placed."""
        if self.session is None:
            return 0
        step = self.session.restore_step(edits)
        if step is not None:
            self._push(step, translate("Document", "Gjenopprett {0} endringer fra økten").format(
                len(step.changes)))
        self.session.set_acks(acks)
        return len(step.changes) if step is not None else 0
