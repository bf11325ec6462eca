"""Reading exports as a caseworker has them: xlsx and CSV in their common variants."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reader_fixtures import DELTAKERE_HEADER, FNR_A, FNR_B, FNR_C, write_xlsx

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.normalize import InvalidValue
from nir_desktop.core.readers import read_workbook


def test_workbook_sheets_fields_and_row_numbers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "eksport.xlsx", {
        "Deltakere": [DELTAKERE_HEADER,
                      [FNR_A, "Kari Nordmann", 301, "S-1", "Integreringsloven",
                       date(2021, 2, 1), date(2021, 3, 1), None, "ringt"],
                      [None] * 9,
                      [FNR_B, "Ola Nordmann", "0301", "S-2", "IL", "01.02.2021", "1.3.2021",
                       "Arbeid heltid", None]],
        "Deltakelse Intro": [["Fnr", "Tiltakstype", "Fra", "Til"],
                             [FNR_A, "Arbeidspraksis", date(2021, 3, 1), None]],
        "Deltakelse norsk": [["Fødselsnummer", "Periode fra", "Periode til", "Norsktimer"],
                             [FNR_A, "2021-03-01", "2021-06-30", 120]],
        "Info": [["Rapporteringsår", 2021], ["Kommune", "Oslo"]],
        "Mine notater": [["Hva", "Hvem"], ["husk", "meg"]],
    })
    book = read_workbook(path)
    assert book.format == "xlsx"
    assert [(s.name, s.kind) for s in book.sheets] == [
        ("Deltakere", SheetKind.DELTAKERE), ("Deltakelse Intro", SheetKind.TILTAK),
        ("Deltakelse norsk", SheetKind.NORSK), ("Info", None), ("Mine notater", None)]
    assert book.reporting_year == 2021
    d = book.sheet(SheetKind.DELTAKERE)
    assert d is not None
    assert d.header_row == 1
    # Row 3 is empty: skipped, and the next row keeps its own number.
    assert d.row_numbers == [2, 4]
    assert d.columns["fodselsnummer"] == 0
    assert d.letter_of("avslutningsarsak") == "H"
    assert "Notat" in d.headers and d.field_at(d.headers.index("Notat")) is None
    assert d.parsed["fodselsnummer"] == [FNR_A, FNR_B]
    assert d.parsed["kommunenummer"] == ["0301", "0301"]
    assert d.parsed["programstart"] == [date(2021, 3, 1), date(2021, 3, 1)]
    assert d.parsed["vedtaksdato"] == [date(2021, 2, 1), date(2021, 2, 1)]
    t = book.sheet(SheetKind.TILTAK)
    assert t is not None and t.columns == {"fodselsnummer": 0, "tiltak": 1, "startdato": 2,
                                          "sluttdato": 3}
    assert t.parsed["sluttdato"] == [None]
    n = book.sheet(SheetKind.NORSK)
    assert n is not None and n.parsed["timer_norsk"] == [120.0]
    other = book.sheet_named("Mine notater")
    assert other is not None and other.rows == [["husk", "meg"]]
    assert book.content_hash and len(book.content_hash) == 64


def test_used_range_starting_below_and_right_keeps_real_row_and_column(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "forskjøvet.xlsx",
                      {"Deltakere": [["Fnr", "Navn"], [FNR_A, "Kari"], [FNR_B, "Ola"]]},
                      start_row=3, start_col=3)
    sheet = read_workbook(path).sheets[0]
    assert sheet.header_row == 3
    assert sheet.row_numbers == [4, 5]
    assert sheet.letter_of("fodselsnummer") == "C"
    assert sheet.text(0, sheet.columns["navn"]) == "Kari"


def test_identifiers_repaired(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "id.xlsx", {"Ark1": [
        ["Fnr", "Kommunenummer", "Saksnr"],
        [int(FNR_C), 301, 1001],
        ["1.2345678901E+10", " 0301 ", "S 7"],
        [f" {FNR_A} ", 3.01e3, 17.0],
    ]})
    sheet = read_workbook(path).sheets[0]
    assert sheet.kind is SheetKind.DELTAKERE  # the only sheet
    # The lost leading zero is not invented by the reader (the rules offer it as a fix).
    assert sheet.parsed["fodselsnummer"] == [FNR_C.lstrip("0"), "12345678901", FNR_A]
    assert sheet.parsed["kommunenummer"] == ["0301", "0301", "3010"]
    assert sheet.parsed["saksnummer"] == ["1001", "S 7", "17"]
    # The raw cell is left as the file has it.
    assert sheet.raw(1, 0) == "1.2345678901E+10"


def test_dates_in_every_listed_form(tmp_path: Path) -> None:
    forms = [date(2021, 3, 1), datetime(2021, 3, 1, 0, 0), "01.03.2021", "1.3.2021", "01.03.21",
             "2021-03-01", "44256", 44256, "01.03.2021 00:00", "2021-03-01 13:45:00"]
    rows: list[list[object]] = [["Fnr", "Programstart"]]
    rows += [[FNR_A, f] for f in forms]
    rows += [[FNR_A, "32.13.2021"], [FNR_A, "snart"], [FNR_A, None]]
    path = write_xlsx(tmp_path / "datoer.xlsx", {"Deltakere": rows})
    parsed = read_workbook(path).sheets[0].parsed["programstart"]
    assert parsed[: len(forms)] == [date(2021, 3, 1)] * len(forms)
    assert isinstance(parsed[-3], InvalidValue) and parsed[-3] == "32.13.2021"
    assert isinstance(parsed[-2], InvalidValue) and parsed[-2] == "snart"
    assert parsed[-1] is None


def test_first_and_last_name_columns(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "navn.xlsx", {"Deltakere": [
        ["Fødselsnr", "Fornavn", "Etternavn"], [FNR_A, "Kari", "Nordmann"]]})
    sheet = read_workbook(path).sheets[0]
    assert sheet.columns == {"fodselsnummer": 0, "fornavn": 1, "etternavn": 2}
    assert sheet.parsed["etternavn"] == ["Nordmann"]


def test_generic_headers_only_count_where_they_belong(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "fra-til.xlsx", {
        "Deltakere": [["Fnr", "Fra", "Til"], [FNR_A, "01.01.2021", "01.02.2021"]],
        "Tiltak": [["Fnr", "Tiltak", "Fra", "Til"], [FNR_A, "Språkpraksis", "01.01.2021", None]],
    })
    book = read_workbook(path)
    assert book.sheets[0].columns == {"fodselsnummer": 0}
    assert book.sheets[1].columns == {"fodselsnummer": 0, "tiltak": 1, "startdato": 2,
                                      "sluttdato": 3}


def test_header_folding_case_spaces_and_letters(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "fold.xlsx", {"  DELTAKERE ": [
        ["FØDSELSNUMMER (11 siffer)", "avslutnings årsak", "Gyldig fravær (dager)"],
        [FNR_A, "Annet", 3]]})
    sheet = read_workbook(path).sheets[0]
    assert sheet.kind is SheetKind.DELTAKERE
    assert sheet.columns == {"fodselsnummer": 0, "avslutningsarsak": 1, "fravaer_dager": 2}


def test_duplicated_header_maps_first_and_names_both_columns(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "dobbel.xlsx", {"Deltakere": [
        ["Fnr", "Navn", "Fødselsnummer"], [FNR_A, "Kari", FNR_B]]})
    book = read_workbook(path)
    sheet = book.sheets[0]
    assert sheet.columns["fodselsnummer"] == 0
    assert sheet.parsed["fodselsnummer"] == [FNR_A]
    assert sheet.rows[0][2] == FNR_B  # kept untouched
    [note] = [n for n in book.notes if "begge" in n.message]
    assert note.message == ("Kolonne A («Fnr») og kolonne C («Fødselsnummer») betyr begge "
                            "Fødselsnummer. Kontrollen bruker kolonne A; kolonne C beholdes "
                            "uendret.")
    assert (note.sheet, note.row, note.column) == ("Deltakere", 1, "C")


def test_merged_cells_value_in_first_cell_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "flettet.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fnr", "Lov", "Saksbehandler"])
    ws.append([FNR_A, "Integreringsloven", "Per"])
    ws.append([FNR_B, None, None])
    ws.merge_cells("B2:B3")
    wb.save(path)
    book = read_workbook(path)
    sheet = book.sheets[0]
    assert sheet.parsed["lov"] == ["Integreringsloven", None]
    [note] = [n for n in book.notes if "sammenslåtte" in n.message]
    assert "B2:B3" in note.message and note.row == 2 and note.column == "B"


def _with_cached_formula_values(path: Path, values: dict[str, str]) -> None:
    """openpyxl writes formulas without results; add the cached <v> Excel would write."""
    src = zipfile.ZipFile(path)
    parts = {n: src.read(n) for n in src.namelist()}
    src.close()
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        start = xml.index(f'<c r="{ref}"')
        end = xml.index("</c>", start)
        xml = xml[:end] + f"<v>{value}</v>" + xml[end:]
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def test_formulas_give_their_cached_values(tmp_path: Path) -> None:
    path = tmp_path / "formel.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fnr", "Permisjon", "Programstart"])
    ws.append([FNR_A, "=10+5", "=DATE(2021,3,1)"])
    wb.save(path)
    _with_cached_formula_values(path, {"B2": "15", "C2": "44256"})
    sheet = read_workbook(path).sheets[0]
    assert sheet.parsed["permisjon_dager"] == [15.0]
    assert sheet.parsed["programstart"] == [date(2021, 3, 1)]


def test_trailing_empty_rows_and_columns_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "hale.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Fnr", "Navn"])
    ws.append([FNR_A, "Kari"])
    for r in range(3, 200):
        ws.cell(row=r, column=1).number_format = "@"  # formatted, no value
    ws["F150"] = ""  # an empty text cell far out, as some exports write
    wb.save(path)
    sheet = read_workbook(path).sheets[0]
    assert sheet.row_numbers == [2]
    assert sheet.headers == ["Fnr", "Navn"]
    assert all(len(r) == 2 for r in sheet.rows)


def test_one_sheet_with_data_among_empty_default_sheets_is_deltakere(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ark.xlsx", {"Ark1": [["Fnr"], [FNR_A]], "Ark2": [],
                                              "Ark3": []})
    book = read_workbook(path)
    assert [s.kind for s in book.sheets] == [SheetKind.DELTAKERE, None, None]


def test_two_sheets_of_the_same_kind_check_the_first(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "to.xlsx", {"Deltakere": [["Fnr"], [FNR_A]],
                                             "Deltaker": [["Fnr"], [FNR_B]]})
    book = read_workbook(path)
    assert [s.kind for s in book.sheets] == [SheetKind.DELTAKERE, None]
    assert any("Bare «Deltakere» blir kontrollert" in n.message for n in book.notes)


@pytest.mark.parametrize("layout", ["label-right", "label-below", "one-cell", "column"])
def test_reporting_year_found_where_files_put_it(tmp_path: Path, layout: str) -> None:
    sheets: dict[str, list[list[object]]] = {"Deltakere": [["Fnr"], [FNR_A]]}
    if layout == "label-right":
        sheets["Info"] = [["Kommune", "Oslo"], ["Rapporteringsår", 2021.0]]
    elif layout == "label-below":
        sheets["Om rapporten"] = [["Rapporteringsår", "Kommune"], ["2021", "Oslo"]]
    elif layout == "one-cell":
        sheets["Forside"] = [["NIR-uttrekk, rapporteringsår: 2021"]]
    else:
        sheets["Deltakere"] = [["Fnr", "Rapporteringsår"], [FNR_A, 2021]]
    book = read_workbook(write_xlsx(tmp_path / f"{layout}.xlsx", sheets))
    assert book.reporting_year == 2021


def test_no_reporting_year_when_the_file_has_none(tmp_path: Path) -> None:
    book = read_workbook(write_xlsx(tmp_path / "uten.xlsx", {"Deltakere": [["Fnr"], [FNR_A]]}))
    assert book.reporting_year is None


def test_missing_fnr_column_is_a_note_and_the_sheet_stays(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "utenfnr.xlsx", {
        "Deltakere": [["Fnr", "Navn"], [FNR_A, "Kari"]],
        "Tiltak": [["Navn", "Tiltak"], ["Kari", "Språkpraksis"]]})
    book = read_workbook(path)
    tiltak = book.sheet(SheetKind.TILTAK)
    assert tiltak is not None and "fodselsnummer" not in tiltak.columns
    assert tiltak.parsed["tiltak"] == ["Språkpraksis"]
    [note] = [n for n in book.notes if n.sheet == "Tiltak"]
    assert note.message == ("Arket «Tiltak» har ingen kolonne for fødselsnummer, så arket blir "
                            "ikke kontrollert. Gi kolonnen overskriften «Fødselsnummer», eller "
                            "koble den til riktig felt.")


ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="Deltakere">
<table:table-row>
<table:table-cell office:value-type="string"><text:p>Fnr</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Programstart</text:p></table:table-cell>
</table:table-row>
<table:table-row>
<table:table-cell office:value-type="float" office:value="{fnr}"><text:p>x</text:p>
</table:table-cell>
<table:table-cell office:value-type="date" office:date-value="2021-03-01"><text:p>x</text:p>
</table:table-cell>
</table:table-row>
</table:table>
<table:table table:name="Info"><table:table-row>
<table:table-cell office:value-type="string"><text:p>Rapporteringsår</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="2022"><text:p>2022</text:p>
</table:table-cell>
</table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"""


ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
</manifest:manifest>"""


def test_opendocument_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "eksport.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        # calamine reads no whitespace between ODS cells, like real files have none.
        z.writestr("content.xml", ODS_CONTENT.replace("{fnr}", FNR_A).replace("\n", ""))
        z.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    book = read_workbook(path)
    assert book.format == "ods"
    assert book.reporting_year == 2022
    sheet = book.sheets[0]
    assert sheet.kind is SheetKind.DELTAKERE
    assert sheet.parsed["fodselsnummer"] == [FNR_A]
    assert sheet.parsed["programstart"] == [date(2021, 3, 1)]


@pytest.mark.libreoffice
def test_old_excel_format(tmp_path: Path) -> None:
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    src = write_xlsx(tmp_path / "gammel.xlsx", {"Deltakere": [["Fnr", "Vedtaksdato"],
                                                              [FNR_A, date(2021, 2, 1)]]})
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xls", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    book = read_workbook(tmp_path / "gammel.xls")
    assert book.format == "xls"
    sheet = book.sheets[0]
    assert sheet.parsed["fodselsnummer"] == [FNR_A]
    assert sheet.parsed["vedtaksdato"] == [date(2021, 2, 1)]


def test_opendocument_with_a_billion_repeated_cells_is_refused(tmp_path: Path) -> None:
    from nir_desktop.core.readers import ReadError

    content = ODS_CONTENT.replace(
        '<table:table-row>\n<table:table-cell office:value-type="float"',
        '<table:table-row table:number-rows-repeated="1000000">\n'
        '<table:table-cell table:number-columns-repeated="1000" office:value-type="float"', 1)
    path = tmp_path / "bombe.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content.replace("{fnr}", FNR_A).replace("\n", ""))
        z.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    with pytest.raises(ReadError) as info:
        read_workbook(path)
    # Refused by the pre-scan of content.xml, before calamine expands a single repeat.
    assert info.value.message == (
        "Kan ikke lese «bombe.ods»: et ark i filen har celler med innhold som gjentas helt ned "
        "til rad 1\u00a0000\u00a0001 og ut til kolonne nr. 1\u00a0001 (gjentatte rader eller "
        "kolonner), langt mer enn en eksport har. Slett de tomme radene og kolonnene etter "
        "dataene, og lagre filen på nytt.")


def test_csv_excel_sep_hint_line(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_bytes(b"sep=,\r\nFnr,Navn;med semikolon\r\n" + FNR_A.encode() + b",Kari\r\n")
    book = read_workbook(path)
    sheet = book.sheets[0]
    assert book.csv_dialect is not None and book.csv_dialect.delimiter == ","
    # The hint is record 1 (the writer copies it back); the header is record 2.
    assert (sheet.header_row, sheet.row_numbers) == (2, [3])
    assert sheet.headers == ["Fnr", "Navn;med semikolon"]
    assert sheet.parsed["fodselsnummer"] == [FNR_A]


def test_single_sheet_or_csv_named_for_another_kind(tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path / "a.xlsx", {"Tiltak": [["Fnr", "Tiltak"], [FNR_A, "Annet"]]})
    assert read_workbook(xlsx).sheets[0].kind is SheetKind.TILTAK
    csv_path = tmp_path / "Deltakelse norsk.csv"
    csv_path.write_text(f"Fnr;Norsktimer\n{FNR_A};12\n", encoding="utf-8")
    sheet = read_workbook(csv_path).sheets[0]
    assert sheet.kind is SheetKind.NORSK and sheet.parsed["timer_norsk"] == [12.0]
    other = tmp_path / "uttrekk 2021.csv"
    other.write_text(f"Fnr;Navn\n{FNR_A};Kari\n", encoding="utf-8")
    assert read_workbook(other).sheets[0].kind is SheetKind.DELTAKERE


def test_title_lines_above_the_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "rapport.xlsx", {
        "Deltakere": [["Deltakere i introduksjonsprogrammet"],
                      ["Rapporteringsår", 2022],
                      [None],
                      ["Fødselsnummer", "Navn", "Lov"],
                      [FNR_A, "Kari", "IL"]],
        "Tiltak": [["Fnr", "Tiltak"], [FNR_A, "Annet"]]})
    book = read_workbook(path)
    d = book.sheets[0]
    assert (d.header_row, d.row_numbers) == (4, [5])
    assert d.columns == {"fodselsnummer": 0, "navn": 1, "lov": 2}
    assert book.reporting_year == 2022
    assert book.notes[0].message == ("Radene 1–2 i arket «Deltakere» står over "
                                     "kolonneoverskriftene (rad 4) og er ikke data; de "
                                     "beholdes uendret.")


def test_a_narrow_first_row_of_unknown_headers_stays_the_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ukjent.xlsx", {"Deltakere": [
        ["Pnr", "Kundenr"], [FNR_A, "Fnr"], [FNR_B, "Navn"]]})
    sheet = read_workbook(path).sheets[0]
    assert sheet.header_row == 1 and sheet.headers == ["Pnr", "Kundenr"]


# --- any CSV a spreadsheet program could write reads back as it was -------------------

_CSV_TEXT = "abcxyzæøåÆØÅ 019;,\t\"'\r\n=-"


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(),
       encoding=st.sampled_from(["cp1252", "utf-8", "utf-8-sig", "utf-16"]),
       delimiter=st.sampled_from([";", ",", "\t"]),
       newline=st.sampled_from(["\r\n", "\n"]))
def test_any_written_csv_reads_back(tmp_path: Path, data: st.DataObject, encoding: str,
                                    delimiter: str, newline: str) -> None:
    width = data.draw(st.integers(4, 6))
    header = [f"K{i} {w}" for i, w in enumerate(data.draw(st.lists(
        st.text(alphabet="abcæøå ", max_size=5), min_size=width, max_size=width)))]
    body = data.draw(st.lists(st.lists(st.text(alphabet=_CSV_TEXT, max_size=6),
                                       min_size=width, max_size=width), max_size=8))
    def field(v: str) -> str:
        # As Excel writes: quoted when it holds the delimiter, a quote or a line break.
        if any(ch in v for ch in (delimiter, '"', "\r", "\n")):
            return '"' + v.replace('"', '""') + '"'
        return v

    text = "".join(delimiter.join(map(field, row)) + newline for row in [header, *body])
    path = tmp_path / "eksport.csv"
    path.write_bytes(text.encode(encoding))

    book = read_workbook(path)
    sheet = book.sheets[0]
    kept = [(n, row) for n, row in enumerate(body, start=2) if any(v != "" for v in row)]
    assert sheet.headers == header
    assert sheet.rows == [row for _, row in kept]
    assert sheet.row_numbers == [n for n, _ in kept]
    dialect = book.csv_dialect
    assert dialect is not None
    assert (dialect.delimiter, dialect.newline) == (delimiter, newline)
    if encoding in ("utf-8-sig", "utf-16") or not text.isascii():
        assert dialect.encoding == encoding


_XLSX_CELL = st.one_of(
    st.none(),
    # openpyxl writes no xml:space="preserve": edge spaces are its to lose, not ours.
    st.text(alphabet="abcæøå 019.,;-/", min_size=1, max_size=6).filter(
        lambda t: t.strip() == t),
    st.integers(-10**9, 10**12),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), top=st.integers(1, 4), left=st.integers(1, 3))
def test_any_xlsx_grid_reads_back_with_its_row_numbers(tmp_path: Path, data: st.DataObject,
                                                       top: int, left: int) -> None:
    width = data.draw(st.integers(4, 5))
    header = [f"K{i}" for i in range(width)]
    body = data.draw(st.lists(st.lists(_XLSX_CELL, min_size=width, max_size=width),
                              max_size=8))
    path = write_xlsx(tmp_path / "rutenett.xlsx", {"Ark": [header, *body]},
                      start_row=top, start_col=left)
    sheet = read_workbook(path).sheets[0]

    def as_read(v: object) -> object:
        return float(v) if isinstance(v, int) else ("" if v is None else v)

    kept = [(top + i, row) for i, row in enumerate(body, start=1)
            if any(v is not None for v in row)]
    pad = [""] * (left - 1)
    assert sheet.header_row == top
    assert sheet.headers == pad + header
    assert sheet.row_numbers == [n for n, _ in kept]
    assert sheet.rows == [pad + [as_read(v) for v in row] for _, row in kept]
