"""Reports and automatic fixes: counts add up, places are named, fnr are masked,
and writing the fixes makes the fixed findings disappear on the next check."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.fixes import collect_fixes
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.privacy import mask_text
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.report import (
    JsonReport,
    change_lines,
    change_log_table,
    json_report,
    location,
    report_tables,
    rule_counts,
    text_report,
    write_changed_rows_xlsx,
)
from nir_desktop.core.review import ReviewSession
from nir_desktop.core.rules import check
from nir_desktop.core.rules.examples import workbook_from_rows
from nir_desktop.core.writers import Table, apply_edits, write_xlsx_new

FNR_A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
FNR_ZERO = make_synthetic(date(1991, 1, 5), 200, next_valid=True)
TODAY = date(2022, 2, 14)


def _workbook():
    return workbook_from_rows({SheetKind.DELTAKERE: [
        {"fodselsnummer": FNR_A, "saksnummer": "21/001", "lov": "Introduksjonsloven",
         "kommunenummer": "0301"},
        {"fodselsnummer": FNR_ZERO[1:], "saksnummer": "21/002", "lov": "introduksjonsloven",
         "kommunenummer": "0301"},
        {"fodselsnummer": "12345", "saksnummer": "21/003", "lov": "Integreringsloven",
         "kommunenummer": "301"},
    ]}, reporting_year=2021)


@pytest.fixture
def checked():
    wb = _workbook()
    return wb, check(wb, 2021, today=TODAY)


def test_summary_counts_add_up(checked) -> None:
    wb, result = checked
    counts = rule_counts(result.findings)
    assert sum(c.count for c in counts) == len(result.findings) > 0
    ranks = [c.severity.rank for c in counts]
    assert ranks == sorted(ranks)  # errors first
    text = text_report(result, wb, file="eksport.xlsx", today=TODAY)
    total_line = next(line for line in text.splitlines() if line.strip().startswith("Totalt"))
    assert total_line.split()[-1] == str(len(result.findings))


def test_text_report_header_and_order(checked) -> None:
    wb, result = checked
    text = text_report(result, wb, file=Path("/x/eksport.xlsx"), today=TODAY)
    assert "Fil: eksport.xlsx" in text
    assert "Rapporteringsår: 2021" in text
    assert "Frist for å ajourføre NIR: 28.02.2022 (14 dager igjen)" in text
    assert text.index("Sammendrag") < text.index("Ikke kontrollert") < \
        text.index("Funn per regel")
    assert "Deltakere rad 4, kolonne A (Fødselsnummer) – 21/003" in text
    by_row = text_report(result, wb, file="e.xlsx", group_by="row", today=TODAY)
    assert "Funn per rad" in by_row and "Deltakere rad 4 – 21/003" in by_row


def test_reports_mask_fnr_unless_asked(checked) -> None:
    wb, result = checked
    masked = text_report(result, wb, file="e.xlsx", today=TODAY)
    assert FNR_ZERO not in masked and FNR_ZERO[1:] not in masked
    assert FNR_ZERO[:6] + "*****" in masked  # the ID002 suggestion, masked
    shown = json_report(result, wb, masked=False, today=TODAY)
    assert any(f.suggestion == FNR_ZERO for f in shown.findings)
    assert mask_text(f"nummer {FNR_A}.") == f"nummer {FNR_A[:6]}*****."


def test_json_report_validates_and_uses_column_letters(checked) -> None:
    wb, result = checked
    report = json_report(result, wb, today=TODAY)
    again = JsonReport.model_validate_json(report.model_dump_json())
    assert again == report
    assert report.summary.days_left == 14
    letters = {f.column for f in report.findings if f.column is not None}
    assert letters and all(c.isalpha() and c.isupper() for c in letters)


def test_location_of_whole_file_and_cell() -> None:
    f = Finding("ID003", Severity.INFO, None, None, None, None)
    assert location(f) == "Hele filen"
    g = Finding("ID001", Severity.ERROR, "Tiltak", 14, 2, "fodselsnummer")
    assert location(g) == "Tiltak rad 14, kolonne C (Fødselsnummer)"
    assert location(g, lang="en") == "Tiltak row 14, column C (National identity number)"


def test_collect_fixes_one_edit_per_cell() -> None:
    wb = _workbook()
    a = Finding("KODE002", Severity.INFO, "Deltakere", 3, 2, "lov", suggestion="X",
                row_index=1)
    b = Finding("ID005", Severity.ERROR, "Deltakere", 3, 2, "lov", suggestion="Y",
                row_index=1)
    same = Finding("KODE002", Severity.INFO, "Deltakere", 2, 2, "lov",
                   suggestion=wb.sheets[0].text(0, 2), row_index=0)
    edits = collect_fixes([a, b, same], wb)
    assert len(edits) == 1
    assert edits[0].new == "Y" and edits[0].rule == "ID005"  # the more severe wins
    assert edits[0].old == wb.sheets[0].text(1, 2)


def test_fixes_make_the_fixed_findings_disappear(checked) -> None:
    wb, result = checked
    edits = collect_fixes(result, wb)
    assert edits == collect_fixes(result.findings, wb)
    assert {e.rule for e in edits} >= {"ID002", "KODE002"}
    review = ReviewSession.check(wb, 2021, today=TODAY)
    review.edit(review.changes_for(edits))
    assert review.net_edits == edits
    after = check(wb, 2021, today=TODAY)
    assert sorted(map(repr, review.findings)) == sorted(map(repr, after.findings))  # agrees
    fixed = {(e.sheet, e.row, e.column) for e in edits}
    assert not [f for f in after.findings if f.suggestion is not None
                and (f.sheet, f.row, f.column) in fixed]


def test_written_fixes_reread_without_the_fixed_findings(tmp_path: Path) -> None:
    src = tmp_path / "eksport.xlsx"
    wbx = openpyxl.Workbook()
    ws = wbx.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Saksnummer", "Lov", "Kommunenr"])
    ws.append([int(FNR_ZERO), "21/002", "introduksjonsloven", "0301"])
    ws.append([FNR_A, "21/001", "Introduksjonsloven", "0301"])
    wbx.save(src)
    wb = read_workbook(src)
    result = check(wb, 2021, today=TODAY)
    edits = collect_fixes(result.findings, wb)
    assert {e.rule for e in edits} == {"ID002", "KODE002"}
    out = tmp_path / "eksport_korrigert.xlsx"
    apply_edits(src, wb, edits, out)
    after = check(read_workbook(out), 2021, today=TODAY)
    assert not [f for f in after.findings if f.rule in ("ID002", "KODE002")]
    lines = change_lines(edits, wb, masked=True)
    assert any("Deltakere rad 2, kolonne A (Fødselsnummer)" in ln for ln in lines)
    assert all(FNR_ZERO not in ln for ln in lines)


def test_xlsx_reports_are_written(checked, tmp_path: Path) -> None:
    wb, result = checked
    edits = collect_fixes(result.findings, wb)
    rep = write_xlsx_new(tmp_path / "rapport.xlsx", report_tables(
        result, wb, file="e.xlsx", today=TODAY, open_note="Eksportert med åpne feil."))
    log = write_xlsx_new(tmp_path / "logg.xlsx", [change_log_table(edits, wb)])
    rows = write_changed_rows_xlsx(tmp_path / "rader.xlsx", wb, edits)
    book = CalamineWorkbook.from_path(str(rep))
    assert book.sheet_names[:2] == ["Sammendrag", "Funn"]
    funn = book.get_sheet_by_name("Funn").to_python()
    assert len(funn) == 1 + len(result.findings)
    assert all(FNR_ZERO not in str(v) for row in funn for v in row)
    summary = book.get_sheet_by_name("Sammendrag").to_python()
    assert any("Eksportert med åpne feil." in str(r[0]) for r in summary)
    logg = CalamineWorkbook.from_path(str(log)).get_sheet_by_name("Endringslogg").to_python()
    assert len(logg) == 1 + len(edits)
    changed = CalamineWorkbook.from_path(str(rows)).get_sheet_by_name("Deltakere").to_python()
    assert changed[0][0] == "Rad i originalen"
    assert sorted(int(r[0]) for r in changed[1:]) == sorted({e.row for e in edits})


def test_text_starting_with_equals_is_not_a_formula_in_xlsx_reports(tmp_path: Path) -> None:
    out = write_xlsx_new(tmp_path / "r.xlsx", [Table("Funn", ["Melding"],
                                                      [["=HYPERLINK(\"x\")"], ["ok"]])])
    with zipfile.ZipFile(out) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml
    cells = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Funn").to_python()
    assert cells[1][0] == '=HYPERLINK("x")'
