"""The corrected file opens in a real spreadsheet program with the right cells.

LibreOffice converts the original and the corrected file to CSV; the two must agree in
every cell except the changed ones, which must show the new values (leading zeros and
date formats included). Also patches a file that LibreOffice itself wrote.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.writers import apply_edits

pytestmark = pytest.mark.libreoffice

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if SOFFICE is None:
    pytest.skip("LibreOffice (soffice) er ikke installert", allow_module_level=True)

FNR_A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
FNR_ZERO = make_synthetic(date(1991, 1, 5), 200, next_valid=True)
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1"


def _soffice(tmp: Path, fmt: str, src: Path, outdir: Path) -> Path:
    profile = (tmp / "lo-profil").as_uri()
    outdir.mkdir(exist_ok=True)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", str(outdir), str(src)],
        check=True, capture_output=True, timeout=180)
    ext = fmt.split(":")[0]
    out = outdir / f"{src.stem}.{ext}"
    assert out.exists(), f"LibreOffice wrote no {out.name}"
    return out


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _make(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Navn", "Kommunenr", "Programstart", "Permisjon", "Merknad"])
    ws.append([int(FNR_ZERO), "Kari Nordmann", 301, date(2021, 1, 4), 10, "ok"])
    ws.append([FNR_A, "Ola Nordmann", "0301", date(2021, 2, 1), 0, None])
    for cell in ws["D"][1:]:
        cell.number_format = "dd.mm.yyyy"
    wb.create_sheet("Tiltak").append(["Fødselsnummer", "Tiltak"])
    wb.save(path)
    return path


def _edits(path: Path) -> tuple[object, list[CellEdit]]:
    wb = read_workbook(path)
    sheet = wb.sheet_named("Deltakere")
    assert sheet is not None
    col = {name: sheet.column_of(name) for name in
           ("fodselsnummer", "kommunenummer", "programstart", "permisjon_dager", "navn")}
    assert None not in col.values()
    edits = [
        CellEdit("Deltakere", 2, col["fodselsnummer"], FNR_ZERO[1:], FNR_ZERO),
        CellEdit("Deltakere", 2, col["kommunenummer"], "301", "0301"),
        CellEdit("Deltakere", 3, col["programstart"], "01.02.2021", "15.02.2021"),
        CellEdit("Deltakere", 3, col["permisjon_dager"], "0", "14"),
        CellEdit("Deltakere", 3, col["navn"], "Ola Nordmann", "Ola «Nordmann» & Co"),
        CellEdit("Deltakere", 5, 5, "", "ny rad"),
    ]
    return wb, edits


def _expected(before: list[list[str]], edits: list[CellEdit]) -> list[list[str]]:
    shown = {FNR_ZERO: FNR_ZERO, "0301": "0301", "15.02.2021": "15.02.2021", "14": "14"}
    rows = [list(r) for r in before]
    width = max(len(r) for r in rows)
    for e in edits:
        while len(rows) < e.row:
            rows.append([""] * width)
        rows[e.row - 1][e.column] = shown.get(e.new, e.new)
    return rows


@pytest.mark.parametrize("writer", ["openpyxl", "libreoffice"])
def test_corrected_file_opens_in_libreoffice_with_the_right_cells(tmp_path: Path,
                                                                   writer: str) -> None:
    src = _make(tmp_path / "eksport.xlsx")
    if writer == "libreoffice":
        src = _soffice(tmp_path, "xlsx", src, tmp_path / "lo")
    workbook, edits = _edits(src)
    out = tmp_path / "eksport_korrigert.xlsx"
    apply_edits(src, workbook, edits, out)

    before = _rows(_soffice(tmp_path, CSV_FILTER, src, tmp_path / "csv-original"))
    after = _rows(_soffice(tmp_path, CSV_FILTER, out, tmp_path / "csv-rettet"))
    assert before[1][0] == FNR_ZERO[1:]  # the damage LibreOffice shows in the original
    expected = _expected(before, edits)
    width = max(len(r) for r in after)
    assert [r + [""] * (width - len(r)) for r in after] == \
        [r + [""] * (width - len(r)) for r in expected]


def test_ods_input_becomes_a_new_xlsx_with_the_same_cells(tmp_path: Path) -> None:
    ods = _soffice(tmp_path, "ods", _make(tmp_path / "eksport.xlsx"), tmp_path / "ods")
    workbook, edits = _edits(ods)
    result = apply_edits(ods, workbook, edits, tmp_path / "eksport_korrigert.ods")
    assert result.path.suffix == ".xlsx" and result.notes
    assert ods.exists()
    before = _rows(_soffice(tmp_path, CSV_FILTER, ods, tmp_path / "csv-original"))
    after = _rows(_soffice(tmp_path, CSV_FILTER, result.path, tmp_path / "csv-rettet"))
    expected = _expected(before, edits)
    # Dates are written as real dates in the Norwegian form, identifiers as text.
    width = max(len(r) for r in after)
    assert [r + [""] * (width - len(r)) for r in after] == \
        [r + [""] * (width - len(r)) for r in expected]
