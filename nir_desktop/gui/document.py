"""The review document: the open workbook, its check, the user's edits and
acknowledgements, and the undo stack — everything the window's panels show, and what
an export wizard or a mapping dialog reads (see the module docstring of main_window).

Slow work (reading, the full check) runs in workers and hands its result in here;
everything in this class runs on the GUI thread.
"""

from __future__ import annotations

import gc
import logging
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from nir_desktop.core.edits import CellEdit, net_edits
from nir_desktop.core.fields import SHEET_TITLES, Field
from nir_desktop.core.findings import Finding, NotChecked
from nir_desktop.core.model import Sheet, Workbook, column_letter
from nir_desktop.core.report import location as report_location
from nir_desktop.core.report import mask_text
from nir_desktop.gui.commands import AcknowledgeCommand, CellChange, EditCellsCommand
from nir_desktop.gui.engine import Engine
from nir_desktop.gui.finding_index import AckKey, FindingIndex, ack_key, can_acknowledge
from nir_desktop.gui.i18n import current_language

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _inverse(e: CellEdit) -> CellEdit:
    return CellEdit(e.sheet, e.row, e.column, e.new, e.old, None, e.field)


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
        self.workbook: Workbook | None = None
        self.year: int | None = None
        self.run: Any = None  # the engine's run (a core Checker), kept current after edits
        self.result: Any = None  # the core's CheckResult (``run.result``)
        self.findings: list[Finding] = []
        self.not_checked: list[NotChecked] = []
        self.index = FindingIndex()
        self.edits: list[CellEdit] = []  # applied edits, oldest first (undo pops them)
        self.acks: dict[AckKey, str] = {}
        self.undo_stack = QUndoStack(self)
        self.mask_fnr = True
        self.busy = False  # a full check runs in the background: no editing meanwhile
        self._row_of_number: dict[str, dict[int, int]] = {}

    # -- state -----------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.workbook is not None

    @property
    def editable(self) -> bool:
        return self.workbook is not None and not self.busy

    @property
    def lang(self) -> str:
        return current_language()

    def set_workbook(self, workbook: Workbook, year: int, run: Any) -> None:
        """A freshly read and checked workbook: resets edits, acks and undo history."""
        self.workbook = workbook
        self.year = year
        self.edits = []
        self.acks = {}
        self._row_of_number = {}
        self.undo_stack.clear()
        self._take_run(run)
        self.loaded.emit()

    def set_run(self, year: int, run: Any) -> None:
        """A new full check of the same workbook (another year, changed code lists)."""
        self.year = year
        self._take_run(run)
        self.checked.emit()

    def close(self) -> None:
        self.workbook = None
        self.run = None
        self.result = None
        self.findings = []
        self.not_checked = []
        self.edits = []
        self.acks = {}
        self.index = FindingIndex()
        self.undo_stack.clear()
        gc.unfreeze()  # what the closed file left behind may be collected again
        self.closed.emit()

    def _take_run(self, run: Any) -> None:
        self.run = run
        self.result = result = run.result
        self.findings = list(result.findings)
        self.not_checked = list(getattr(result, "not_checked", []) or [])
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

    # -- texts -----------------------------------------------------------------------------
    def describe(self, f: Finding) -> str:
        """One line for a finding: its rule id and message in the UI language."""
        return f"{f.rule}: {self.message(f)}"

    def location(self, f: Finding) -> str:
        """Sheet, row and column (letter and header) of a finding, in the UI language."""
        return report_location(f, self.workbook, self.lang)

    def message(self, f: Finding) -> str:
        """The finding's message; fødselsnumre in it are masked while masking is on."""
        text = self.engine.render(f, self.lang)
        return mask_text(text) if self.mask_fnr else text

    def field_label(self, sheet: Sheet, field_name: str | None, column: int) -> str:
        if field_name:
            for fld in sheet.fields:
                if fld.name == field_name:
                    return fld.label_en if self.lang == "en" else fld.label_nb
        header = sheet.headers[column] if column < len(sheet.headers) else ""
        return header or translate("Document", "kolonne {0}").format(column_letter(column))

    def field_tooltip(self, sheet: Sheet, field_name: str | None, header: str, column: int) -> str:
        if not field_name:
            return translate("Document", "Kolonne {0}: «{1}» (ikke brukt av kontrollen)").format(
                column_letter(column), header
            )
        fld = self.field_def(sheet, field_name)
        label = self.field_label(sheet, field_name, column)
        desc = f"\n{fld.description_nb}" if fld is not None and fld.description_nb else ""
        text = translate("Document", "Kolonne {0}: «{1}» = {2}")
        return text.format(column_letter(column), header, label) + desc

    @staticmethod
    def field_def(sheet: Sheet, field_name: str | None) -> Field | None:
        return next((f for f in sheet.fields if f.name == field_name), None)

    def sheet_title(self, sheet: Sheet) -> str:
        return sheet.name or (SHEET_TITLES[sheet.kind] if sheet.kind else "")

    # -- positions -------------------------------------------------------------------------
    def sheet(self, name: str | None) -> Sheet | None:
        if self.workbook is None or name is None:
            return None
        return self.workbook.sheet_named(name)

    def row_index_of(self, sheet_name: str, row_number: int) -> int | None:
        """The 0-based index into Sheet.rows of a spreadsheet row number."""
        table = self._row_of_number.get(sheet_name)
        if table is None:
            sheet = self.sheet(sheet_name)
            if sheet is None:
                return None
            table = {n: i for i, n in enumerate(sheet.row_numbers)}
            self._row_of_number[sheet_name] = table
        return table.get(row_number)

    def finding_row_index(self, f: Finding) -> int | None:
        if f.row_index is not None:
            return f.row_index
        if f.sheet is None or f.row is None:
            return None
        return self.row_index_of(f.sheet, f.row)

    # -- editing ---------------------------------------------------------------------------
    def make_change(
        self, sheet_name: str, row_index: int, column: int, text: str, rule: str | None = None
    ) -> CellChange | None:
        sheet = self.sheet(sheet_name)
        if sheet is None or not 0 <= row_index < len(sheet.rows):
            return None
        old = sheet.text(row_index, column)
        if old == text:
            return None
        edit = CellEdit(
            sheet.name,
            sheet.row_numbers[row_index],
            column,
            old,
            text,
            rule,
            sheet.field_at(column),
        )
        return CellChange(edit, row_index, sheet.raw(row_index, column))

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
        self.undo_stack.push(EditCellsCommand(self, [change], title))
        return True

    def apply_suggestion(self, f: Finding) -> bool:
        r = self.finding_row_index(f)
        if f.suggestion is None or f.sheet is None or f.column is None or r is None:
            return False
        return self.edit_cell(f.sheet, r, f.column, f.suggestion, rule=f.rule)

    def suggestions_of(self, rule: str) -> list[Finding]:
        return [
            f
            for f in self.findings
            if f.rule == rule
            and f.suggestion is not None
            and f.column is not None
            and f.sheet is not None
        ]

    def apply_all_suggestions(self, rule: str) -> int:
        """All suggested fixes of one rule as one undoable step; returns how many cells."""
        if not self.editable:
            return 0
        changes: list[CellChange] = []
        seen: set[tuple[str, int, int]] = set()
        for f in self.suggestions_of(rule):
            r = self.finding_row_index(f)
            assert f.sheet is not None and f.column is not None and f.suggestion is not None
            if r is None or (f.sheet, r, f.column) in seen:
                continue
            change = self.make_change(f.sheet, r, f.column, f.suggestion, rule)
            if change is not None:
                seen.add((f.sheet, r, f.column))
                changes.append(change)
        if changes:
            title = translate("Document", "Bruk alle forslag for {0} ({1} celler)").format(
                rule, len(changes)
            )
            self.undo_stack.push(EditCellsCommand(self, changes, title))
        return len(changes)

    def _apply_changes(self, changes: list[CellChange], undo: bool) -> None:
        """Called by EditCellsCommand: write the cells, then re-check those persons."""
        assert self.workbook is not None
        touched: dict[str, set[int]] = defaultdict(set)
        for ch in reversed(changes) if undo else changes:
            sheet = self.sheet(ch.edit.sheet)
            assert sheet is not None
            sheet.set_raw(ch.row_index, ch.edit.column, ch.old_raw if undo else ch.edit.new)
            touched[sheet.name].add(ch.row_index)
        if undo:
            del self.edits[len(self.edits) - len(changes) :]
        else:
            self.edits.extend(ch.edit for ch in changes)
        for ch in changes:
            self.cellChanged.emit(ch.edit.sheet, ch.row_index, ch.edit.column)
        applied = (
            [_inverse(ch.edit) for ch in reversed(changes)] if undo else [ch.edit for ch in changes]
        )
        self._recheck(touched)
        self.editsApplied.emit(applied)
        self.editsChanged.emit()

    def _recheck(self, touched: dict[str, set[int]]) -> None:
        assert self.workbook is not None and self.run is not None
        rows = [(s, r) for s, rs in touched.items() for r in sorted(rs)]
        delta = self.engine.recheck(self.run, rows)
        self.findings = list(self.result.findings)
        self.index = FindingIndex.build(self.findings, self.acks)
        changed: dict[str, set[int]] = defaultdict(set)
        for s, rs in touched.items():
            changed[s] |= rs
        for f in [*delta.removed, *delta.added]:
            if f.sheet is not None and f.row_index is not None:
                changed[f.sheet].add(f.row_index)
        log.info(
            "Kontrollerte %d rad(er) på nytt: %d funn borte, %d nye",
            len(rows),
            len(delta.removed),
            len(delta.added),
        )
        self.findingsChanged.emit(dict(changed))

    @property
    def net_edits(self) -> list[CellEdit]:
        """The last edit per cell (chains folded, no-ops dropped): what a writer writes."""
        return list(net_edits(self.edits).values())

    # -- acknowledging ---------------------------------------------------------------------
    def acknowledge(self, findings: Iterable[Finding], note: str) -> int:
        chosen = [f for f in findings if can_acknowledge(f)]
        keys = [ack_key(f) for f in chosen]
        if not keys or not self.is_open:
            return 0
        first = chosen[0]
        where = (
            translate("Document", "rad {0}").format(first.row) if first.row else first.sheet or ""
        )
        text = (
            translate("Document", "Kvitter ut {0} i {1}").format(first.rule, where)
            if len(keys) == 1
            else translate("Document", "Kvitter ut {0} advarsler").format(len(keys))
        )
        self.undo_stack.push(AcknowledgeCommand(self, keys, note.strip(), text))
        return len(keys)

    def withdraw_acknowledgement(self, f: Finding) -> bool:
        key = ack_key(f)
        if key not in self.acks:
            return False
        where = translate("Document", "rad {0}").format(f.row) if f.row else f.sheet or ""
        self.undo_stack.push(
            AcknowledgeCommand(
                self,
                [key],
                None,
                translate("Document", "Angre kvittering av {0} i {1}").format(f.rule, where),
            )
        )
        return True

    def _set_acks(self, values: dict[AckKey, str | None]) -> None:
        for k, note in values.items():
            if note is None:
                self.acks.pop(k, None)
            else:
                self.acks[k] = note
        self.index.acks = self.acks
        changed: dict[str, set[int]] = defaultdict(set)
        for f in self.findings:
            if ack_key(f) in values and f.sheet is not None and f.row_index is not None:
                changed[f.sheet].add(f.row_index)
        self.acksSet.emit(dict(values))
        self.acksChanged.emit()
        self.findingsChanged.emit(dict(changed))

    def is_acknowledged(self, f: Finding) -> bool:
        return ack_key(f) in self.acks

    def restore(self, edits: list[CellEdit], acks: dict[AckKey, str]) -> int:
        """Re-apply a saved session's edits and acknowledgements (as one undoable step for
        the edits); returns how many edits could be placed."""
        changes: list[CellChange] = []
        for e in edits:
            r = self.row_index_of(e.sheet, e.row)
            if r is None:
                continue
            ch = self.make_change(e.sheet, r, e.column, e.new, e.rule)
            if ch is not None:
                changes.append(ch)
        if changes:
            self.undo_stack.push(
                EditCellsCommand(
                    self,
                    changes,
                    translate("Document", "Gjenopprett {0} endringer fra økten").format(
                        len(changes)
                    ),
                )
            )
        if acks:
            self._set_acks(dict(acks))
        return len(changes)
