""""Skjul fødselsnummer" also hides numbers in a column the reader did not recognise as the
fødselsnummer column (a "Personident" header), in the table's display only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from nir_desktop.core.fnr import classify, make_synthetic

FNR1 = make_synthetic(date(1985, 3, 15), 123, next_valid=True)  # synthetic (month + 80)
FNR2 = make_synthetic(date(2001, 1, 2), 456, next_valid=True)  # starts with 0
ACCOUNT = "12345678903"  # 11 digits, not a fødselsnummer


def _file(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Personident", "Navn", "Programstart", "Kontonummer", "Kommentar"])
    ws.append([FNR1, "Kari Test", "01.03.2021", ACCOUNT, "ok"])
    # Excel dropped the leading zero: a number cell with ten digits.
    ws.append([int(FNR2), "Ola Test", "01.04.2021", ACCOUNT, ""])
    wb.save(path)
    return path


def test_unrecognised_fnr_column_is_masked_in_display_not_in_edit(qtbot, window, open_file,
                                                                 tmp_path):
    assert not classify(ACCOUNT).valid and FNR2.startswith("0")
    open_file(window, _file(tmp_path / "personident.xlsx"), year=2021)
    doc = window.document
    page = window.page_of("Deltakere")
    model = page.model
    assert model.field_of(0) is None  # the reader did not recognise "Personident"
    display, edit = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
    idx1, idx2 = model.index(0, 0), model.index(1, 0)

    doc.set_mask_fnr(True)
    shown = model.data(idx1, display)
    assert FNR1 not in shown and shown.startswith(FNR1[:6]) and shown.endswith("*****")
    shown2 = model.data(idx2, display)
    assert FNR2[1:] not in shown2 and "*" in shown2
    # Editing shows the real value, as in the recognised fødselsnummer column.
    assert model.data(idx1, edit) == FNR1
    # Other columns are as they are: an 11-digit number that is no fødselsnummer, a name.
    assert model.data(model.index(0, 3), display) == ACCOUNT
    assert model.data(model.index(0, 1), display) == "Kari Test"

    doc.set_mask_fnr(False)
    assert model.data(idx1, display) == FNR1
    assert model.data(idx2, display) == model.data(idx2, edit)
