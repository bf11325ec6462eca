"""The xlsx patcher: only changed cells differ, everything else stays byte for byte."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import ValueKind
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.writers import WriteError, apply_edits
from nir_desktop.core.writers.xlsx_package import sheet_part_map
from nir_desktop.core.writers.xlsx_patch import CellChange, patch_xlsx

FNR_A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
FNR_B = make_synthetic(date(1990, 11, 2), 456, next_valid=True)
FNR_ZERO = make_synthetic(date(1991, 1, 5), 200, next_valid=True)  # starts with "0"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cells(path: Path) -> dict[str, list[list[Any]]]:
    wb = CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            for name in wb.sheet_names}


def make_export(path: Path) -> Path:
    """A small export as openpyxl writes it: numeric identifiers, real dates, a formula."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Navn", "Kommunenr", "Programstart", "Permisjon", "Merknad",
               "Beregnet"])
    ws.append([int(FNR_ZERO), "Kari Nordmann", 301, date(2021, 1, 4), 10, "ok", None])
    ws.append([FNR_A, "Ola Nordmann", "0301", date(2021, 2, 1), 0, "", "=E3*2"])
    ws.append([FNR_B, "Per Hansen", "0301", "15.03.2021", 5, "ring", None])
    for cell in ws["D"][1:]:
        if isinstance(cell.value, date | datetime):
            cell.number_format = "dd.mm.yyyy"
    tiltak = wb.create_sheet("Tiltak")
    tiltak.append(["Fødselsnummer", "Tiltak", "Startdato"])
    tiltak.append([FNR_A, "Norskopplæring", date(2021, 2, 1)])
    info = wb.create_sheet("Info")
    info.append(["Rapporteringsår", 2021])
    wb.save(path)
    return path


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return make_export(tmp_path / "eksport.xlsx")


def test_maps_sheet_names_to_parts(export: Path) -> None:
    parts = sheet_part_map(export)
    assert set(parts) == {"Deltakere", "Tiltak", "Info"}
    with zipfile.ZipFile(export) as zf:
        assert all(p in zf.namelist() for p in parts.values())


def test_only_changed_cells_differ_and_original_is_untouched(export: Path,
                                                             tmp_path: Path) -> None:
    before = _sha(export)
    out = tmp_path / "rettet.xlsx"
    patch_xlsx(export, out_path=out, changes={"Deltakere": [
        CellChange(2, 0, FNR_ZERO, ValueKind.ID),          # padded fnr as text
        CellChange(3, 2, "0301", ValueKind.ID),
        CellChange(4, 4, "7", ValueKind.NUMBER),
        CellChange(2, 3, "01.02.2021", ValueKind.DATE),   # real date cell
        CellChange(4, 3, "16.03.2021", ValueKind.DATE),   # text date stays text
    ]})
    assert _sha(export) == before
    old, new = cells(export), cells(out)
    assert old["Tiltak"] == new["Tiltak"] and old["Info"] == new["Info"]
    changed = {(2, 0), (3, 2), (4, 4), (2, 3), (4, 3)}
    for r, row in enumerate(old["Deltakere"], start=1):
        for c, value in enumerate(row):
            if (r, c) not in changed:
                assert new["Deltakere"][r - 1][c] == value, (r, c)
    d = new["Deltakere"]
    assert d[1][0] == FNR_ZERO and FNR_ZERO.startswith("0")
    assert d[2][2] == "0301"
    assert d[3][4] == 7
    assert d[1][3] == date(2021, 2, 1)
    assert d[3][3] == "16.03.2021"


def test_parts_other_than_the_changed_sheet_are_byte_identical(export: Path,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "rettet.xlsx"
    patch_xlsx(export, out_path=out,
               changes={"Deltakere": [CellChange(3, 1, "Ola Normann", ValueKind.TEXT)]})
    changed_part = sheet_part_map(export)["Deltakere"]
    with zipfile.ZipFile(export) as a, zipfile.ZipFile(out) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            if name != changed_part:
                assert a.read(name) == b.read(name), name
        old_xml, new_xml = a.read(changed_part), b.read(changed_part)
    # Only row 3 differs inside the changed sheet.
    start = old_xml.index(b'<row r="3"')
    end = old_xml.index(b"</row>", start) + 6
    new_end = new_xml.index(b"</row>", start) + 6
    assert old_xml[:start] == new_xml[:start]
    assert old_xml[end:] == new_xml[new_end:]


def test_missing_cells_and_rows_are_inserted_in_order(export: Path, tmp_path: Path) -> None:
    out = tmp_path / "rettet.xlsx"
    patch_xlsx(export, out_path=out, changes={"Deltakere": [
        CellChange(4, 9, "ny kolonne J", None),  # past the row's last cell
        CellChange(3, 5, "midt i", ValueKind.TEXT),  # an empty cell in the middle
        CellChange(8, 1, "Ny person", ValueKind.TEXT),  # a row that does not exist
        CellChange(6, 0, FNR_B, ValueKind.ID),
    ]})
    d = cells(out)["Deltakere"]
    assert d[3][9] == "ny kolonne J"
    assert d[2][5] == "midt i"
    assert d[7][1] == "Ny person"
    assert d[5][0] == FNR_B
    assert d[6] == [""] * len(d[6])
    sheet = openpyxl.load_workbook(out)["Deltakere"]  # a strict second opinion
    assert sheet["J4"].value == "ny kolonne J"
    assert sheet["B8"].value == "Ny person"


def test_overwriting_a_formula_drops_it_and_the_calc_chain(export: Path,
                                                           tmp_path: Path) -> None:
    with_chain = tmp_path / "med_kjede.xlsx"
    _add_calc_chain(export, with_chain)
    out = tmp_path / "rettet.xlsx"
    result = patch_xlsx(with_chain, out_path=out,
                        changes={"Deltakere": [CellChange(3, 6, "42", None)]})
    assert result.formulas_removed == 1
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        sheet_xml = zf.read(sheet_part_map(out)["Deltakere"])
        content_types = zf.read("[Content_Types].xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    assert "xl/calcChain.xml" not in names
    assert b"calcChain" not in content_types and b"calcChain" not in rels
    assert b"E3*2" not in sheet_xml
    assert cells(out)["Deltakere"][2][6] == 42
    openpyxl.load_workbook(out)  # still a valid package


def test_changing_a_value_keeps_the_calc_chain(export: Path, tmp_path: Path) -> None:
    with_chain = tmp_path / "med_kjede.xlsx"
    _add_calc_chain(export, with_chain)
    out = tmp_path / "rettet.xlsx"
    patch_xlsx(with_chain, out_path=out,
               changes={"Deltakere": [CellChange(2, 1, "Kari", ValueKind.TEXT)]})
    with zipfile.ZipFile(out) as zf, zipfile.ZipFile(with_chain) as orig:
        assert zf.read("xl/calcChain.xml") == orig.read("xl/calcChain.xml")


def _add_calc_chain(src: Path, dst: Path) -> None:
    """Excel writes xl/calcChain.xml; openpyxl does not, so add one the way Excel does."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/calcChain.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>'
                    b"</Relationships>")
            zout.writestr(item, data)
        zout.writestr("xl/calcChain.xml",
                      b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain '
                      b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      b'<c r="G3" i="1"/></calcChain>')


_PREFIXED_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<x:dimension ref="A1:B3"/><x:sheetData>'
    b'<x:row><x:c t="inlineStr"><x:is><x:t>Fnr</x:t></x:is></x:c>'
    b'<x:c t="inlineStr"><x:is><x:t>Navn</x:t></x:is></x:c></x:row>'
    b'<x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>A</x:t></x:is></x:c></x:row>'
    b'<x:row r="3"/>'
    b"</x:sheetData></x:worksheet>"
)


def _minimal_package(path: Path, sheet_xml: bytes) -> Path:
    """A hand-made package like some .NET exporters write: prefixes, rows without r=."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Default Extension="rels" ContentType="'
                    'application/vnd.openxmlformats-package.relationships+xml"/><Default '
                    'Extension="xml" ContentType="application/xml"/><Override PartName="/'
                    'xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
                    'worksheets/data.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.worksheet+xml"/></Types>')
        zf.writestr("_rels/.rels",
                    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
                    '.org/package/2006/relationships"><Relationship Id="r1" Type="http://'
                    'schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'officeDocument" Target="/xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml",
                    '<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats'
                    '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org'
                    '/officeDocument/2006/relationships"><x:sheets><x:sheet name="Deltakere"'
                    ' sheetId="1" r:id="rS"/></x:sheets></x:workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels",
                    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
                    '.org/package/2006/relationships"><Relationship Id="rS" Type="http://'
                    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
                    ' Target="/xl/worksheets/data.xml"/></Relationships>')
        zf.writestr("xl/worksheets/data.xml", sheet_xml)
    return path


def test_prefixed_namespace_and_rows_without_numbers(tmp_path: Path) -> None:
    src = _minimal_package(tmp_path / "dotnet.xlsx", _PREFIXED_SHEET)
    out = tmp_path / "rettet.xlsx"
    patch_xlsx(src, out_path=out, changes={"Deltakere": [
        CellChange(2, 1, "B & C", ValueKind.TEXT), CellChange(3, 0, "0042", ValueKind.ID),
        CellChange(3, 1, "ny", ValueKind.TEXT)]})
    d = cells(out)["Deltakere"]
    assert d[0] == ["Fnr", "Navn"]
    assert d[1] == [1, "B & C"]
    assert d[2] == ["0042", "ny"]
    with zipfile.ZipFile(out) as zf:
        xml = zf.read("xl/worksheets/data.xml")
    assert b"<x:c r=\"A3\" t=\"inlineStr\"><x:is><x:t>0042</x:t>" in xml


def test_unknown_sheet_is_a_clear_error_and_writes_nothing(export: Path,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "rettet.xlsx"
    with pytest.raises(WriteError) as err:
        patch_xlsx(export, out_path=out, changes={"Finnes ikke": [CellChange(2, 0, "x")]})
    assert "Finnes ikke" in err.value.message
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["eksport.xlsx"]


def test_apply_edits_reads_back_with_the_readers(export: Path, tmp_path: Path) -> None:
    wb = read_workbook(export)
    sheet = wb.sheet_named("Deltakere")
    assert sheet is not None
    c_fnr = sheet.column_of("fodselsnummer")
    c_kom = sheet.column_of("kommunenummer")
    assert c_fnr is not None and c_kom is not None
    edits = [
        CellEdit("Deltakere", 2, c_fnr, FNR_ZERO[1:], FNR_ZERO, "ID002", "fodselsnummer"),
        CellEdit("Deltakere", 2, c_kom, "301", "0301", None, "kommunenummer"),
    ]
    out = tmp_path / "eksport_korrigert.xlsx"
    result = apply_edits(export, wb, edits, out)
    assert result.path == out and result.cells_written == 2
    again = read_workbook(out)
    s2 = again.sheet_named("Deltakere")
    assert s2 is not None
    assert s2.raw(0, c_fnr) == FNR_ZERO
    assert s2.raw(0, c_kom) == "0301"
    assert [s2.text(1, c) for c in range(6)] == [sheet.text(1, c) for c in range(6)]


def test_apply_edits_refuses_the_original(export: Path) -> None:
    wb = read_workbook(export)
    before = _sha(export)
    with pytest.raises(WriteError):
        apply_edits(export, wb, [CellEdit("Deltakere", 2, 1, "Kari Nordmann", "Kari")],
                    export)
    assert _sha(export) == before


def test_xlsm_keeps_its_suffix(export: Path, tmp_path: Path) -> None:
    xlsm = tmp_path / "makro.xlsm"
    xlsm.write_bytes(export.read_bytes())
    wb = read_workbook(export)
    wb.format = "xlsm"
    result = apply_edits(xlsm, wb, [CellEdit("Deltakere", 2, 1, "Kari Nordmann", "Kari")],
                         tmp_path / "ut.xlsx")
    assert result.path.suffix == ".xlsm" and result.path.exists()
    assert result.notes


_SHARED_FORMULA_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<sheetData>"
    b'<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f>'
    b"<v>2</v></c></row>"
    b'<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>'
    b'<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c>'
    b'<c r="C3"><f t="shared" ref="C3:C4" si="1">A3+1</f><v>4</v></c></row>'
    b'<row r="4"><c r="C4"><f t="shared" si="1"/><v>1</v></c></row>'
    b"</sheetData></worksheet>"
)


def test_overwriting_a_shared_formula_master_keeps_dependents_valid(tmp_path: Path) -> None:
    src = _minimal_package(tmp_path / "delt.xlsx", _SHARED_FORMULA_SHEET)
    out = tmp_path / "rettet.xlsx"
    result = patch_xlsx(src, out_path=out,
                        changes={"Deltakere": [CellChange(1, 1, "99", ValueKind.NUMBER)]})
    with zipfile.ZipFile(out) as zf:
        xml = zf.read("xl/worksheets/data.xml")
    assert b'si="0"' not in xml  # the master is gone, so are its dependents' formulas
    assert b'<c r="C3"><f t="shared" ref="C3:C4" si="1">A3+1</f>' in xml  # other group kept
    assert b'<c r="C4"><f t="shared" si="1"/>' in xml
    assert result.formulas_removed == 3
    d = cells(out)["Deltakere"]
    assert [row[1] for row in d[:3]] == [99, 4, 6]  # dependents keep their cached values


def test_refuses_when_the_original_changed_since_it_was_read(export: Path,
                                                             tmp_path: Path) -> None:
    wb = read_workbook(export)
    export.write_bytes(export.read_bytes() + b"\0")  # changed on disk after we read it
    out = tmp_path / "ut.xlsx"
    with pytest.raises(WriteError) as err:
        apply_edits(export, wb, [CellEdit("Deltakere", 2, 1, "Kari Nordmann", "Kari")], out)
    assert "endret siden den ble åpnet" in err.value.message
    assert not out.exists()


def test_progress_rises_to_one(export: Path, tmp_path: Path) -> None:
    wb = read_workbook(export)
    seen: list[float] = []
    apply_edits(export, wb, [CellEdit("Deltakere", 2, 1, "Kari Nordmann", "Kari")],
                tmp_path / "ut.xlsx", progress=seen.append)
    assert seen and seen[-1] == 1.0
    assert seen == sorted(seen) and all(0.0 <= x <= 1.0 for x in seen)


def test_suggested_output_name(export: Path) -> None:
    from nir_desktop.core.writers import suggested_output

    first = suggested_output(export, "xlsx", today=date(2022, 2, 14))
    assert first == export.with_name("eksport_korrigert_2022-02-14.xlsx")
    first.write_bytes(b"x")
    assert suggested_output(export, "xlsx", today=date(2022, 2, 14)).name == \
        "eksport_korrigert_2022-02-14 (2).xlsx"
    assert suggested_output(export.with_suffix(".ods"), "ods").suffix == ".xlsx"


_TEXT = st.text(alphabet="0123456789abcæøå <&>\"'", max_size=8)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grid=st.lists(st.lists(st.one_of(st.none(), st.integers(0, 10**6), _TEXT.filter(str.strip)),
                              min_size=1, max_size=5), min_size=1, max_size=6),
       changes=st.dictionaries(st.tuples(st.integers(1, 9), st.integers(0, 6)), _TEXT,
                               max_size=8))
def test_any_set_of_changes_reads_back_exactly(tmp_path: Path, grid: list[list[Any]],
                                               changes: dict[tuple[int, int], str]) -> None:
    src = tmp_path / "rutenett.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ark"
    for r, row in enumerate(grid, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    wb.save(src)
    out = tmp_path / "ut.xlsx"
    patch_xlsx(src, out_path=out, changes={"Ark": [
        CellChange(r, c, text, ValueKind.ID) for (r, c), text in changes.items()]})

    def shown(v: Any) -> str:
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return "" if v is None else str(v)

    expected: dict[tuple[int, int], str] = {}
    for r, row in enumerate(grid, start=1):
        for c, value in enumerate(row):
            if value is not None:
                expected[(r, c)] = shown(value)
    for (r, c), text in changes.items():
        expected[(r, c)] = text
    book = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Ark")
    got: dict[tuple[int, int], str] = {}
    for r, row in enumerate(book.to_python(skip_empty_area=False), start=1):
        for c, value in enumerate(row):
            if shown(value) != "":
                got[(r, c)] = shown(value)
    assert got == {k: v for k, v in expected.items() if v != ""}
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(out) as b:
        assert a.read("xl/styles.xml") == b.read("xl/styles.xml")


def test_table_not_starting_at_a1_is_patched_in_the_right_cell(tmp_path: Path) -> None:
    src = tmp_path / "forskjøvet.xlsx"
    wbx = openpyxl.Workbook()
    ws = wbx.active
    ws.title = "Deltakere"
    ws["B3"], ws["C3"] = "Fødselsnummer", "Kommunenr"
    ws["B4"], ws["C4"] = FNR_A, 301
    ws["B6"], ws["C6"] = FNR_B, "0301"
    wbx.save(src)
    wb = read_workbook(src)
    sheet = wb.sheet_named("Deltakere")
    assert sheet is not None and sheet.header_row == 3
    c_kom = sheet.column_of("kommunenummer")
    assert c_kom == 2
    out = tmp_path / "ut.xlsx"
    apply_edits(src, wb, [CellEdit("Deltakere", sheet.row_numbers[0], c_kom, "301", "0301")],
                out)
    check = openpyxl.load_workbook(out)["Deltakere"]
    assert check["C4"].value == "0301"
    assert check["C6"].value == "0301" and check["B6"].value == FNR_B
    assert check["A4"].value is None
