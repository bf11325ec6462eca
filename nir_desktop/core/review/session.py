"""One review of one export: the workbook, its check kept current after every edit, the
user's edits with their undo history, the acknowledged warnings and the code lists the
check used. The window and the command line drive the same object; the window's document
only turns its events into Qt signals.

Everything here runs on one thread (the window's GUI thread). The full check is the only
slow step: build the :class:`Checker` elsewhere (a worker) and hand it in.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from nir_desktop.core.edits import CellEdit, net_edits
from nir_desktop.core.findings import AckKey, Finding, NotChecked, ack_key, can_acknowledge
from nir_desktop.core.model import Sheet, Workbook

if TYPE_CHECKING:
    from nir_desktop.core.codelists import CodeLists
    from nir_desktop.core.review.export import ExportChoices, ExportSnapshot, OpenFindings
    from nir_desktop.core.rules.engine import Checker
    from nir_desktop.core.session import Session
    from nir_desktop.core.summary import GoalAttainment

log = logging.getLogger(__name__)

Rows = dict[str, set[int]]  # sheet name → row indexes


@dataclass(frozen=True, slots=True)
class CellChange:
    edit: CellEdit
    row_index: int
    old_raw: Any  # the value exactly as read, so undo restores its type (a date stays a date)


@dataclass(slots=True)
class EditStep:
    """One undoable step of cell changes (one typed value, or all suggestions of a rule)."""

    changes: list[CellChange]


@dataclass(slots=True)
class AckStep:
    """Acknowledge warnings with a note, or withdraw acknowledgements (``note`` None)."""

    keys: list[AckKey]
    note: str | None
    before: dict[AckKey, str | None] = field(default_factory=dict)


Step = EditStep | AckStep


# --- events (what the window turns into signals) ------------------------------------------


@dataclass(frozen=True, slots=True)
class CellsWritten:
    changes: list[CellChange]  # in the order written


@dataclass(frozen=True, slots=True)
class FindingsChanged:
    rows: Rows  # rows whose findings (or acknowledgements) changed
    removed: list[Finding] = field(default_factory=list)
    added: list[Finding] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EditsApplied:
    # What was written, in order; an undo arrives as the inverse edits, so a session file
    # that records exactly these nets to the same edits as the review.
    edits: list[CellEdit]


@dataclass(frozen=True, slots=True)
class AcksSet:
    values: dict[AckKey, str | None]  # note, or None (withdrawn)


Event = CellsWritten | FindingsChanged | EditsApplied | AcksSet
Listener = Callable[[Event], None]


def _inverse(e: CellEdit) -> CellEdit:
    return CellEdit(e.sheet, e.row, e.column, e.new, e.old, None, e.field)


class ReviewSession:
    """The review of one workbook for one reporting year."""

    def __init__(self, workbook: Workbook, checker: Checker, *,
                 codelists: CodeLists | None = None) -> None:
        self.workbook = workbook
        self.checker = checker
        self.codelists = codelists
        self.edits: list[CellEdit] = []  # applied edits, oldest first (undo pops them)
        self.acks: dict[AckKey, str] = {}
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._listeners: list[Listener] = []
        self._row_of_number: dict[str, dict[int, int]] = {}

    @classmethod
    def check(cls, workbook: Workbook, year: int | None = None, *,
              codelists: CodeLists | None = None, today: date | None = None,
              progress: Callable[..., None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> ReviewSession:
        """Check ``workbook`` (the file's reporting year unless ``year``) and start its
        review (what the command line does; the window checks in a worker first)."""
        from nir_desktop.core.rules.engine import Checker

        checker = Checker(workbook, year, today=today, codelists=codelists, progress=progress,
                          cancelled=cancelled)
        return cls(workbook, checker, codelists=codelists)

    # -- listening -------------------------------------------------------------------------
    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in self._listeners:
            listener(event)

    # -- the check -------------------------------------------------------------------------
    @property
    def result(self) -> Any:
        """The core's CheckResult, current after every edit."""
        return self.checker.result

    @property
    def year(self) -> int:
        return int(self.checker.result.year)

    @property
    def findings(self) -> list[Finding]:
        return list(self.checker.result.findings)

    @property
    def not_checked(self) -> list[NotChecked]:
        return list(getattr(self.checker.result, "not_checked", []) or [])

    def replace_checker(self, checker: Checker, codelists: CodeLists | None = None) -> None:
        """A new full check of the same workbook (another year, changed code lists): the
        edits, acknowledgements and undo history stay."""
        self.checker = checker
        if codelists is not None:
            self.codelists = codelists

    def goal(self, findings: Iterable[Finding] | None = None, *,
             year: int | None = None) -> GoalAttainment | None:
        """The måloppnåelse preview with this review's code lists. A worker may call it with
        a copy of the findings and the year they were checked for."""
        from nir_desktop.core.summary import goal_attainment

        found = list(self.findings if findings is None else findings)
        return goal_attainment(self.workbook, self.year if year is None else year, found,
                               codelists=self.codelists)

    # -- positions -------------------------------------------------------------------------
    def sheet(self, name: str | None) -> Sheet | None:
        return None if name is None else self.workbook.sheet_named(name)

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

    # -- edits -----------------------------------------------------------------------------
    def make_change(self, sheet_name: str, row_index: int, column: int, text: str,
                    rule: str | None = None) -> CellChange | None:
        """The change that writes ``text`` to a cell; None when the cell is not there or
        already holds it."""
        sheet = self.sheet(sheet_name)
        if sheet is None or not 0 <= row_index < len(sheet.rows):
            return None
        old = sheet.text(row_index, column)
        if old == text:
            return None
        edit = CellEdit(sheet.name, sheet.row_numbers[row_index], column, old, text, rule,
                        sheet.field_at(column))
        return CellChange(edit, row_index, sheet.raw(row_index, column))

    def suggestions_of(self, rule: str) -> list[Finding]:
        return [f for f in self.checker.result.findings
                if f.rule == rule and f.suggestion is not None and f.column is not None
                and f.sheet is not None]

    def suggestion_changes(self, rule: str) -> list[CellChange]:
        """Every suggested fix of one rule, one change per cell."""
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
        return changes

    def changes_for(self, edits: Iterable[CellEdit]) -> list[CellChange]:
        """Changes that redo saved edits (by sheet and row number); edits whose cell is not
        in this workbook, or that it already holds, are left out."""
        changes: list[CellChange] = []
        for e in edits:
            r = self.row_index_of(e.sheet, e.row)
            if r is None:
                continue
            ch = self.make_change(e.sheet, r, e.column, e.new, e.rule)
            if ch is not None:
                changes.append(ch)
        return changes

    @property
    def net_edits(self) -> list[CellEdit]:
        """The last edit per cell (chains folded, no-ops dropped): what a writer writes."""
        return list(net_edits(self.edits).values())

    # -- acknowledgements ------------------------------------------------------------------
    def ack_step(self, findings: Iterable[Finding], note: str | None) -> AckStep | None:
        """Acknowledge the warnings among ``findings`` (note None: withdraw them)."""
        if note is None:
            keys = [k for k in dict.fromkeys(ack_key(f) for f in findings) if k in self.acks]
        else:
            keys = list(dict.fromkeys(ack_key(f) for f in findings if can_acknowledge(f)))
            note = note.strip()
        if not keys:
            return None
        return AckStep(keys, note, {k: self.acks.get(k) for k in keys})

    def is_acknowledged(self, f: Finding) -> bool:
        return ack_key(f) in self.acks

    # -- steps and undo history -------------------------------------------------------------
    def do(self, step: Step) -> None:
        """Apply a new step; it becomes the top of the undo history (the redo tail goes)."""
        self._apply(step, undo=False)
        self._done.append(step)
        self._undone.clear()

    def undo(self, expected: Step | None = None) -> Step | None:
        """Undo the last step (``expected``: the step the caller believes is last)."""
        if not self._done:
            return None
        step = self._done[-1]
        if expected is not None and step is not expected:
            raise RuntimeError("the undo history is out of step with the caller's")
        self._apply(step, undo=True)
        self._undone.append(self._done.pop())
        return step

    def redo(self, expected: Step | None = None) -> Step | None:
        if not self._undone:
            return None
        step = self._undone[-1]
        if expected is not None and step is not expected:
            raise RuntimeError("the redo history is out of step with the caller's")
        self._apply(step, undo=False)
        self._done.append(self._undone.pop())
        return step

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    def edit(self, changes: list[CellChange]) -> EditStep | None:
        """Apply changes as one undoable step (the command line's way; the window pushes
        the step through its own undo stack)."""
        if not changes:
            return None
        step = EditStep(changes)
        self.do(step)
        return step

    def acknowledge(self, findings: Iterable[Finding], note: str | None) -> AckStep | None:
        step = self.ack_step(findings, note)
        if step is not None:
            self.do(step)
        return step

    def _apply(self, step: Step, undo: bool) -> None:
        if isinstance(step, EditStep):
            self._write(step.changes, undo)
        else:
            self._set_acks(step.before if undo else {k: step.note for k in step.keys})

    def _write(self, changes: list[CellChange], undo: bool) -> None:
        touched: Rows = defaultdict(set)
        for ch in reversed(changes) if undo else changes:
            sheet = self.sheet(ch.edit.sheet)
            assert sheet is not None
            sheet.set_raw(ch.row_index, ch.edit.column, ch.old_raw if undo else ch.edit.new)
            touched[sheet.name].add(ch.row_index)
        if undo:
            del self.edits[len(self.edits) - len(changes):]
        else:
            self.edits.extend(ch.edit for ch in changes)
        self._emit(CellsWritten(list(changes)))
        self._recheck(touched)
        applied = ([_inverse(ch.edit) for ch in reversed(changes)] if undo
                   else [ch.edit for ch in changes])
        self._emit(EditsApplied(applied))

    def _recheck(self, touched: Rows) -> None:
        rows = [(s, r) for s, rs in touched.items() for r in sorted(rs)]
        delta = self.checker.recheck_rows(rows)
        changed: Rows = defaultdict(set)
        for s, rs in touched.items():
            changed[s] |= rs
        for f in [*delta.removed, *delta.added]:
            if f.sheet is not None and f.row_index is not None:
                changed[f.sheet].add(f.row_index)
        log.info("Kontrollerte %d rad(er) på nytt: %d funn borte, %d nye", len(rows),
                 len(delta.removed), len(delta.added))
        self._emit(FindingsChanged(dict(changed), list(delta.removed), list(delta.added)))

    def _set_acks(self, values: Mapping[AckKey, str | None]) -> None:
        for k, note in values.items():
            if note is None:
                self.acks.pop(k, None)
            else:
                self.acks[k] = note
        changed: Rows = defaultdict(set)
        for f in self.checker.result.findings:
            if ack_key(f) in values and f.sheet is not None and f.row_index is not None:
                changed[f.sheet].add(f.row_index)
        self._emit(AcksSet(dict(values)))
        self._emit(FindingsChanged(dict(changed)))

    # -- a saved session -------------------------------------------------------------------
    def restore_step(self, edits: Iterable[CellEdit]) -> EditStep | None:
        """The step that re-applies saved edits (None when none can be placed)."""
        changes = self.changes_for(edits)
        return EditStep(changes) if changes else None

    def set_acks(self, acks: Mapping[AckKey, str]) -> None:
        """Take saved acknowledgements (not an undoable step: they were made before)."""
        if acks:
            self._set_acks(dict(acks))

    def apply_session(self, session: Session) -> SessionApplied:
        """Re-apply a saved review session (a session file from the window or a colleague)
        to this workbook: its edits as one step and its acknowledgements. The same file
        takes them by row number as the window restores them; a newer export of the same
        data has them moved by fødselsnummer (core.session.apply_to)."""
        from nir_desktop.core.session import apply_to

        if session.content_hash == self.workbook.content_hash:
            edits = list(net_edits(session.cell_edits()).values())
            acks = session.ack_map()
            summary = None
        else:
            result = apply_to(session, self.workbook)
            edits, acks, summary = result.cell_edits, result.ack_map(), result.summary_nb()
        step = self.restore_step(edits)
        if step is not None:
            self.do(step)
        self.set_acks(acks)
        return SessionApplied(len(step.changes) if step else 0, len(acks), summary)

    # -- export ----------------------------------------------------------------------------
    def open_findings(self) -> OpenFindings:
        from nir_desktop.core.review.export import open_findings

        return open_findings(self.checker.result.findings, self.acks)

    def snapshot(self, choices: ExportChoices, *, lang: str = "nb",
                 today: date | None = None) -> ExportSnapshot:
        """Everything an export writes, frozen now (a worker writes from it)."""
        from nir_desktop.core.review.export import snapshot_of

        return snapshot_of(self, choices, lang=lang, today=today)


@dataclass(frozen=True, slots=True)
class SessionApplied:
    edits: int  # cells changed
    acknowledgements: int
    summary_nb: str | None  # how the edits carried over to a newer export; None: same file
