"""Applying a session to a workbook: the same file again, or a newer export of the data.

For the same file (equal content hash) edits go to their recorded row numbers. For a newer
export, rows have moved: each edit finds its row by fødselsnummer within its sheet, and is
applied only when exactly one row there has that number. The cell must still hold what the
user saw before the edit; if it holds something else, the edit is reported as a conflict
and the cell is left alone — NIR or a colleague may have changed it since.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.i18n import Msg, MsgLines, plural_msg
from nir_desktop.core.model import Sheet, Workbook
from nir_desktop.core.normalize import fold
from nir_desktop.core.session.errors import SessionError
from nir_desktop.core.session.models import (
    FNR_FIELD,
    Acknowledgement,
    EditRecord,
    FileIdentity,
    Session,
    fnr_key,
    identity_of,
    now,
)
from nir_desktop.core.session.store import SessionInfo, SessionStore


class ApplyStatus(StrEnum):
    APPLIED = "applied"
    ALREADY = "already"  # the cell already holds the new value
    CONFLICT = "conflict"  # the cell holds neither the old nor the new value
    NOT_APPLIED = "not_applied"  # the row or column could not be found unambiguously


@dataclass(slots=True)
class EditOutcome:
    record: EditRecord  # the net edit as recorded (original row numbers)
    status: ApplyStatus
    reason: str | None = None  # Norwegian, for the user; None when applied
    row: int | None = None  # row number in the workbook applied to
    column: int | None = None
    current: str | None = None  # the cell's text found there (for a conflict)
    sheet: str | None = None  # the sheet in the workbook applied to (may be renamed)

    @property
    def edit(self) -> CellEdit | None:
        """The edit as made in this workbook (None unless applied)."""
        if self.status is not ApplyStatus.APPLIED or self.row is None or self.column is None:
            return None
        r = self.record
        return CellEdit(self.sheet or r.sheet, self.row, self.column, r.old, r.new,
                        r.rule, r.field)


@dataclass(slots=True)
class AckOutcome:
    acknowledgement: Acknowledgement  # as recorded
    applied: bool
    reason: str | None = None
    moved: Acknowledgement | None = None  # with this workbook's row and column


@dataclass(slots=True)
class ApplyResult:
    same_file: bool
    edits: list[EditOutcome] = field(default_factory=list)
    acknowledgements: list[AckOutcome] = field(default_factory=list)

    def _with(self, status: ApplyStatus) -> list[EditOutcome]:
        return [o for o in self.edits if o.status is status]

    @property
    def applied(self) -> list[EditOutcome]:
        return self._with(ApplyStatus.APPLIED)

    @property
    def already(self) -> list[EditOutcome]:
        return self._with(ApplyStatus.ALREADY)

    @property
    def conflicts(self) -> list[EditOutcome]:
        return self._with(ApplyStatus.CONFLICT)

    @property
    def not_applied(self) -> list[EditOutcome]:
        return self._with(ApplyStatus.NOT_APPLIED)

    @property
    def cell_edits(self) -> list[CellEdit]:
        """The edits made, in this workbook's row numbers (for the undo stack and writer)."""
        return [e for o in self.edits if (e := o.edit) is not None]

    def ack_map(self) -> dict[tuple[str, str | None, int | None, int | None], str]:
        """The acknowledgements that carried over, keyed as the GUI keys them."""
        return {a.moved.key: a.moved.note for a in self.acknowledgements if a.moved is not None}

    def summary_nb(self) -> Msg:
        """The counts in one line (a core.i18n.Msg: bokmål as str, render() translates)."""
        parts: list[Msg] = [plural_msg("{count} retting brukt", "{count} rettinger brukt",
                                       len(self.applied))]
        if self.already:
            parts.append(Msg("{count} var allerede gjort", count=len(self.already)))
        if self.conflicts:
            parts.append(Msg("{count} i konflikt", count=len(self.conflicts)))
        if self.not_applied:
            parts.append(Msg("{count} kunne ikke brukes", count=len(self.not_applied)))
        acks = sum(1 for a in self.acknowledgements if a.applied)
        parts.append(plural_msg("{applied} av {count} kvittering overført",
                                "{applied} av {count} kvitteringer overført",
                                len(self.acknowledgements), applied=acks))
        return MsgLines(MsgLines(*parts, sep=", "), ".", sep="")

    def rebased_session(self, session: Session, workbook: Workbook,
                        identity: FileIdentity | None = None) -> Session:
        """A session for ``workbook`` holding what carried over, in its row numbers."""
        new = Session(file=identity or identity_of(workbook),
                      reporting_year=workbook.reporting_year or session.reporting_year)
        # Only what changed this file; an edit NIR already has is no change to it.
        for o in self.applied:
            new.edits.append(o.record.model_copy(update={
                "sheet": o.sheet or o.record.sheet, "row": o.row, "column": o.column,
                "old": o.current if o.current is not None else o.record.old,
                "timestamp": now()}))
        new.acknowledgements = [a.moved for a in self.acknowledgements if a.moved is not None]
        new.notes = [n.model_copy() for n in session.notes]
        return new


class _SheetIndex:
    """Row lookup for one sheet: by spreadsheet row number and by fødselsnummer."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.by_row = {n: i for i, n in enumerate(sheet.row_numbers)}
        self.by_fnr: dict[str, list[int]] = defaultdict(list)
        c = sheet.columns.get(FNR_FIELD)
        self.has_fnr = c is not None
        if c is not None:
            for i in range(len(sheet.rows)):
                key = fnr_key(sheet.raw(i, c))
                if key:
                    self.by_fnr[key].append(i)


class _Applier:
    def __init__(self, session: Session, workbook: Workbook) -> None:
        self.session = session
        self.workbook = workbook
        self.same_file = bool(workbook.content_hash) and (
            workbook.content_hash == session.content_hash)
        self._indexes: dict[str, _SheetIndex] = {}
        # Rows whose fødselsnummer the session corrects: a newer export may carry either.
        self.corrected: dict[tuple[str, int], str] = {}
        for r in session.net_records():
            if r.field == FNR_FIELD and (key := fnr_key(r.new)):
                self.corrected[(r.sheet, r.row)] = key

    def sheet_for(self, name: str | None, kind: object) -> Sheet | None:
        if name is None:
            return None
        sheet = self.workbook.sheet_named(name)
        if sheet is None and not self.same_file and kind is not None:
            matches = [s for s in self.workbook.sheets if s.kind == kind]
            sheet = matches[0] if len(matches) == 1 else None
        return sheet

    def index(self, sheet: Sheet) -> _SheetIndex:
        if sheet.name not in self._indexes:
            self._indexes[sheet.name] = _SheetIndex(sheet)
        return self._indexes[sheet.name]

    def locate_row(self, sheet: Sheet, name: str, row: int, fnr: str | None,
                   ) -> tuple[int | None, str | None]:
        """(0-based row index, None) or (None, Norwegian reason)."""
        idx = self.index(sheet)
        if self.same_file:
            i = idx.by_row.get(row)
            if i is None:
                return None, Msg("Rad {row} finnes ikke i arket.", row=row)
            return i, None
        if not idx.has_fnr:
            return None, Msg("Arket «{sheet}» har ingen kolonne for fødselsnummer.",
                             sheet=sheet.name)
        if not fnr:
            return None, Msg("Rettingen mangler fødselsnummer for raden og kan ikke flyttes.")
        candidates = idx.by_fnr.get(fnr, [])
        if not candidates and (alt := self.corrected.get((name, row))):
            candidates = idx.by_fnr.get(alt, [])
        if not candidates:
            return None, Msg("Fant ingen rad med dette fødselsnummeret i arket «{sheet}».",
                             sheet=sheet.name)
        if len(candidates) > 1:
            return None, Msg("Fødselsnummeret står på {count} rader i arket «{sheet}», så "
                             "det er uklart hvilken rad rettingen gjelder.",
                             count=len(candidates), sheet=sheet.name)
        return candidates[0], None

    def locate_column(self, sheet: Sheet, column: int, field_name: str | None,
                      header: str | None) -> tuple[int | None, str | None]:
        if self.same_file:
            return column, None
        if field_name and field_name in sheet.columns:
            return sheet.columns[field_name], None
        if header:
            folded = fold(header)
            hits = [i for i, h in enumerate(sheet.headers) if fold(str(h or "")) == folded]
            if len(hits) == 1:
                return hits[0], None
            return None, Msg("Fant ikke kolonnen «{column}» i arket «{sheet}».", column=header,
                             sheet=sheet.name)
        if column < len(sheet.headers):
            return column, None
        return None, Msg("Fant ikke kolonnen i arket «{sheet}».", sheet=sheet.name)

    def apply_edit(self, rec: EditRecord) -> EditOutcome:
        sheet = self.sheet_for(rec.sheet, rec.sheet_kind)
        if sheet is None:
            return EditOutcome(rec, ApplyStatus.NOT_APPLIED,
                               Msg("Arket «{sheet}» finnes ikke i filen.", sheet=rec.sheet))
        i, why = self.locate_row(sheet, rec.sheet, rec.row, rec.fnr)
        if i is None:
            return EditOutcome(rec, ApplyStatus.NOT_APPLIED, why)
        c, why = self.locate_column(sheet, rec.column, rec.field, rec.header)
        if c is None:
            return EditOutcome(rec, ApplyStatus.NOT_APPLIED, why)
        row = sheet.row_numbers[i]
        current = sheet.text(i, c)
        if current.strip() == rec.new.strip():
            return EditOutcome(rec, ApplyStatus.ALREADY,
                               Msg("Cellen har allerede den nye verdien."),
                               row, c, current, sheet.name)
        if current.strip() != rec.old.strip():
            return EditOutcome(rec, ApplyStatus.CONFLICT, Msg(
                "Cellen er endret siden rettingen ble gjort: da sto det «{old}», nå står "
                "det «{current}». Rettingen til «{new}» er ikke gjort.", old=rec.old,
                current=current, new=rec.new), row, c, current, sheet.name)
        sheet.set_raw(i, c, rec.new)
        return EditOutcome(rec, ApplyStatus.APPLIED, None, row, c, current, sheet.name)

    def apply_ack(self, ack: Acknowledgement) -> AckOutcome:
        if ack.sheet is None or ack.row is None:
            return AckOutcome(ack, True, None, ack.model_copy())
        sheet = self.sheet_for(ack.sheet, ack.sheet_kind)
        if sheet is None:
            return AckOutcome(ack, False, Msg("Arket «{sheet}» finnes ikke i filen.",
                                                 sheet=ack.sheet))
        i, why = self.locate_row(sheet, ack.sheet, ack.row, ack.fnr)
        if i is None:
            return AckOutcome(ack, False, why)
        column = ack.column
        if ack.column is not None:
            column, why = self.locate_column(sheet, ack.column, None, ack.header)
            if column is None:
                return AckOutcome(ack, False, why)
        moved = ack.model_copy(update={"sheet": sheet.name, "row": sheet.row_numbers[i],
                                       "column": column})
        return AckOutcome(ack, True, None, moved)


def apply_to(session: Session, workbook: Workbook) -> ApplyResult:
    """Apply the session's net edits to ``workbook`` (changing its cells) and map its
    acknowledgements to the workbook's rows. Never touches any file."""
    applier = _Applier(session, workbook)
    result = ApplyResult(same_file=applier.same_file)
    for rec in session.net_records():
        result.edits.append(applier.apply_edit(rec))
    for ack in session.acknowledgements:
        result.acknowledgements.append(applier.apply_ack(ack))
    return result


@dataclass(frozen=True, slots=True)
class RelatedSession:
    info: SessionInfo
    matched: int  # edited or acknowledged rows whose fødselsnummer the workbook has
    total: int


def related_sessions(store: SessionStore, workbook: Workbook, min_share: float = 0.5,
                     ) -> list[RelatedSession]:
    """Saved sessions of *other* files that look like an earlier export of the same data:
    at least ``min_share`` of their rows' fødselsnummer occur in ``workbook``. Best first.

    For the GUI's "continue from the earlier export?" offer when a new file is opened.
    """
    present: set[str] = set()
    for sheet in workbook.sheets:
        c = sheet.columns.get(FNR_FIELD)
        if c is not None:
            present.update(k for i in range(len(sheet.rows)) if (k := fnr_key(sheet.raw(i, c))))
    result = []
    for info in store.list():
        if info.content_hash == workbook.content_hash or not (info.edits or info.acknowledgements):
            continue
        try:
            session = store.load(info.content_hash)
        except SessionError:
            continue
        if session is None:
            continue
        keys = {r.fnr for r in session.edits if r.fnr}
        keys |= {a.fnr for a in session.acknowledgements if a.fnr}
        if not keys:
            continue
        matched = len(keys & present)
        if matched / len(keys) >= min_share:
            result.append(RelatedSession(info, matched, len(keys)))
    result.sort(key=lambda r: (r.matched / r.total, r.info.updated), reverse=True)
    return result
