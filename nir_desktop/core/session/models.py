"""The review session: what the user did to one export, never the export itself.

A session holds the identity of the file (content hash, name, size, format), the cell
edits, the acknowledged findings and free notes. It is saved as a small JSON file in the
user's private data folder, keyed by the file's content hash.

Privacy tradeoff: each edit and acknowledgement stores the fødselsnummer of its row. That
is the only key that lets a session be applied to a newer export of the same data (row
numbers move between exports; a hash of an 11-digit number with a known structure would be
reversible by brute force anyway, so hashing would only pretend to protect it). The
session therefore lives in the user's local, non-roaming data folder, holds nothing else
from the file, and its fødselsnummer never go to a log. An exported session handed to a
colleague carries them too — the GUI must say so.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from nir_desktop import __version__
from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import AckKey, ack_key
from nir_desktop.core.model import Workbook
from nir_desktop.core.normalize import pad_digits, repair_identifier

SCHEMA_VERSION = 1
SESSION_KIND = "nir-kontroll-session"
FNR_FIELD = "fodselsnummer"


def now() -> datetime:
    return datetime.now(UTC)


def content_hash_of(path: Path) -> str:
    """sha256 of the file's bytes, as 64 lowercase hex digits."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fnr_key(value: object) -> str | None:
    """The fødselsnummer as a matching key: Excel damage repaired, lost zero restored."""
    text = repair_identifier(value)
    return pad_digits(text, 11) if text else None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FileIdentity(_Model):
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    name: str
    size: int = Field(ge=0)
    format: str


class EditRecord(_Model):
    """A :class:`CellEdit` plus what it takes to find its cell again in a newer export."""

    sheet: str
    row: int = Field(ge=1)
    column: int = Field(ge=0)
    old: str
    new: str
    rule: str | None = None
    field: str | None = None
    fnr: str | None = None  # the row's fødselsnummer as in the original file; never logged
    sheet_kind: SheetKind | None = None
    header: str | None = None  # the column's header text, for files whose columns move
    timestamp: datetime = Field(default_factory=now)

    def cell_edit(self) -> CellEdit:
        return CellEdit(self.sheet, self.row, self.column, self.old, self.new, self.rule,
                        self.field)

    @property
    def cell(self) -> tuple[str, int, int]:
        return (self.sheet, self.row, self.column)


class Acknowledgement(_Model):
    """A finding the user has looked at and accepted ("kontrollert, riktig")."""

    rule: str
    sheet: str | None = None
    row: int | None = None
    column: int | None = None
    fnr: str | None = None  # never logged
    sheet_kind: SheetKind | None = None
    header: str | None = None
    note: str = ""
    timestamp: datetime = Field(default_factory=now)

    @property
    def key(self) -> AckKey:
        return ack_key(self)


class Note(_Model):
    text: str
    sheet: str | None = None
    row: int | None = None
    fnr: str | None = None
    timestamp: datetime = Field(default_factory=now)


class Session(_Model):
    kind: Literal["nir-kontroll-session"] = SESSION_KIND
    schema_version: int = SCHEMA_VERSION
    app_version: str = __version__
    file: FileIdentity
    reporting_year: int | None = None
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)
    # The last journal entry folded into this file; entries up to it are not replayed again
    # (a crash between saving the session and emptying the journal must not double them).
    journal_seq: int = Field(default=0, ge=0)
    edits: list[EditRecord] = Field(default_factory=list)
    acknowledgements: list[Acknowledgement] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return self.file.content_hash

    @property
    def is_empty(self) -> bool:
        return not (self.edits or self.acknowledgements or self.notes)

    def cell_edits(self) -> list[CellEdit]:
        return [e.cell_edit() for e in self.edits]

    def net_records(self) -> list[EditRecord]:
        """One record per changed cell: a chain A→B→C folded into A→C, no-ops dropped."""
        first: dict[tuple[str, int, int], EditRecord] = {}
        last: dict[tuple[str, int, int], EditRecord] = {}
        for e in self.edits:
            first.setdefault(e.cell, e)
            last[e.cell] = e
        result = []
        for cell, head in first.items():
            tail = last[cell]
            if head.old == tail.new:
                continue
            result.append(tail.model_copy(update={
                "old": head.old, "rule": tail.rule or head.rule, "field": tail.field or head.field,
                "fnr": head.fnr or tail.fnr}))
        return result

    def ack_map(self) -> dict[AckKey, str]:
        """(rule, sheet, row, column) → note: the GUI's acknowledgement keys."""
        return {a.key: a.note for a in self.acknowledgements}

    def acknowledgement(self, rule: str, sheet: str | None, row: int | None,
                        column: int | None) -> Acknowledgement | None:
        key = (rule, sheet, row, column)
        for a in self.acknowledgements:
            if a.key == key:
                return a
        return None


def identity_of(workbook: Workbook) -> FileIdentity:
    path = Path(workbook.path)
    digest = workbook.content_hash or content_hash_of(path)
    return FileIdentity(content_hash=digest, name=path.name, size=path.stat().st_size,
                        format=workbook.format)


def new_session(workbook: Workbook) -> Session:
    """An empty session for a workbook as read (its file must still exist to be measured)."""
    return Session(file=identity_of(workbook), reporting_year=workbook.reporting_year)


def row_context(workbook: Workbook, sheet_name: str, row: int, column: int | None = None,
                ) -> tuple[str | None, SheetKind | None, str | None]:
    """(fødselsnummer key, sheet kind, column header) of a cell, from the workbook as it is
    now; (None, None, None) when the sheet or row is not there."""
    sheet = workbook.sheet_named(sheet_name)
    if sheet is None:
        return None, None, None
    header = None
    if column is not None and column < len(sheet.headers):
        header = sheet.headers[column] or None
    try:
        r = sheet.row_numbers.index(row)
    except ValueError:
        return None, sheet.kind, header
    c = sheet.columns.get(FNR_FIELD)
    fnr = fnr_key(sheet.raw(r, c)) if c is not None else None
    return fnr, sheet.kind, header
