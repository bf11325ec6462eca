"""What the session tests share: synthetic numbers, a small Deltakere sheet, the edit the
window makes and a session with edits in it."""

from __future__ import annotations

from pathlib import Path

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.model import Sheet, Workbook
from nir_desktop.core.session import (
    Autosaver,
    Session,
    SessionStore,
    content_hash_of,
    new_session,
)

W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def synthetic_fnr(day: int, month: int, yy: int, individ: int = 500) -> str:
    """A synthetic test number (month + 80) with valid mod-11 control digits."""
    for ind in range(individ, individ + 100):
        base = f"{day:02d}{month + 80:02d}{yy:02d}{ind:03d}"
        k1 = 11 - sum(w * int(d) for w, d in zip(W1, base, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(w * int(d) for w, d in zip(W2, base + str(k1), strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return f"{base}{k1}{k2}"
    raise AssertionError("no valid control digits")


FNR_A = synthetic_fnr(15, 3, 85)
FNR_B = synthetic_fnr(2, 11, 90)
FNR_C = synthetic_fnr(28, 2, 79)

HEADERS = ["Fødselsnummer", "Navn", "Avslutningsårsak", "Kommunenr"]
COLUMNS = {"fodselsnummer": 0, "navn": 1, "avslutningsarsak": 2, "kommunenummer": 3}


def deltakere(rows: list[list[object]], headers: list[str] | None = None,
              columns: dict[str, int] | None = None, name: str = "Deltakere") -> Sheet:
    sheet = Sheet(name=name, kind=SheetKind.DELTAKERE, headers=list(headers or HEADERS),
                  rows=[list(r) for r in rows], row_numbers=list(range(2, len(rows) + 2)),
                  columns=dict(columns or COLUMNS))
    sheet.parse_all()
    return sheet


def original_rows() -> list[list[object]]:
    return [
        [FNR_A, "Testperson En", "Arbeid heltd", "301"],
        [FNR_B, "Testperson To", "Annet", "0301"],
        [FNR_C, "Testperson Tre", "Grunnskole", "4601"],
    ]


def make_workbook(folder: Path, rows: list[list[object]], name: str = "eksport.xlsx",
                  content: bytes = b"original export bytes", write: bool = True,
                  **sheet_kw: object) -> Workbook:
    path = folder / name
    if write:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return Workbook(path=path, format="xlsx", sheets=[deltakere(rows, **sheet_kw)],
                    reporting_year=2021, content_hash=content_hash_of(path))


def edit_cell(wb: Workbook, saver: Autosaver, row: int, column: int, new: str,
              rule: str | None = None) -> CellEdit:
    """What the GUI does: change the cell, then record the edit."""
    sheet = wb.sheets[0]
    i = sheet.row_numbers.index(row)
    edit = CellEdit(sheet.name, row, column, sheet.text(i, column), new, rule,
                    sheet.field_at(column))
    sheet.set_raw(i, column, new)
    saver.record_edit(edit, wb)
    return edit


def _session_with_edits(store: SessionStore, wb: Workbook) -> Session:
    with Autosaver(store, new_session(wb), delay_s=3600) as saver:
        edit_cell(wb, saver, 2, 2, "Arbeid heltid", rule="K010")  # FNR_A
        edit_cell(wb, saver, 3, 3, "0302")  # FNR_B
        edit_cell(wb, saver, 3, 3, "0301")  # a chain back to where it was: no edit
        edit_cell(wb, saver, 4, 2, "Videregående opplæring")  # FNR_C
        saver.acknowledge("W020", "Deltakere", 3, 2, "kontrollert, riktig", wb)
    loaded = store.load(wb.content_hash)
    assert loaded is not None
    return loaded
