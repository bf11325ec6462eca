"""The reader's limits and what it tells: exact messages for the files that once took the
process down, and the notes a caseworker sees for repairs, guesses and doubts."""

from __future__ import annotations

from pathlib import Path

import pytest
from malformed import (
    HEADER,
    SHEET_CLOSE,
    SHEET_OPEN,
    bad_byte_after_64k,
    build,
    stray_quote,
    windows_1252,
    xlsx,
)

from nir_desktop.core.readers import ReadError, read_workbook
from nir_desktop.core.readers import workbook as workbook_module
from nir_desktop.core.readers.extent import OdsExtent, XlsxExtent


def read_error(path: Path) -> str:
    with pytest.raises(ReadError) as info:
        read_workbook(path)
    return info.value.message


def test_xlsx_without_r_is_measured_by_counting(tmp_path: Path) -> None:
    assert read_error(build("no_r_wide.xlsx", tmp_path)) == (
        "Kan ikke lese «no_r_wide.xlsx»: et ark i filen har over 25\u00a0000\u00a0000 celler "
        "(minst 5\u00a0888 rader med opptil 20\u00a0026 kolonner). Det er mer enn en eksport "
        "har og mer enn maskinen trygt kan lese. Lagre filen på nytt fra Excel, eller "
        "del den opp.")


def test_xlsx_without_r_that_fits_is_read_in_order(tmp_path: Path) -> None:
    sheet = read_workbook(build("no_r_plain.xlsx", tmp_path)).sheets[0]
    assert sheet.headers == HEADER.split(";")
    assert len(sheet.rows) == 20 and sheet.row_numbers[:3] == [2, 3, 4]


def test_extent_counts_cells_without_r_per_row_across_chunks() -> None:
    extent = XlsxExtent()
    xml = (SHEET_OPEN + '<row r="3"><c r="B3"><v>1</v></c></row>'
           + "<row>" + "<c><v>1</v></c>" * 300 + "</row>" + "<row><c/></row>" + SHEET_CLOSE)
    data = xml.encode()
    for i in range(0, len(data), 7):  # tags cut anywhere
        extent.feed(data[i:i + 7])
    extent.finish()
    # Two rows without r after row 3; at most 300 cells without r in one row.
    assert (extent.rows, extent.columns) == (3 + 2, 26 + 300)


def test_ods_extent_multiplies_repeats_of_content_only() -> None:
    extent = OdsExtent()
    content = (b'<table:table table:name="A"><table:table-row table:number-rows-repeated="4">'
               b'<table:table-cell office:value-type="string" table:number-columns-repeated="3">'
               b"<text:p>x</text:p></table:table-cell>"
               b'<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
               b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
               b'table:number-columns-repeated="1024"/></table:table-row></table:table>')
    extent.feed(content)
    extent.finish()
    assert (extent.rows, extent.columns, extent.cells) == (4, 3, 12)


def test_ods_repeats_are_refused_before_calamine_expands_them(tmp_path: Path) -> None:
    assert read_error(build("ods_repeat_bomb.ods", tmp_path)) == (
        "Kan ikke lese «ods_repeat_bomb.ods»: et ark i filen har celler med innhold som "
        "gjentas helt ned til rad 49\u00a0002 og ut til kolonne nr. 1\u00a0000 (gjentatte rader "
        "eller kolonner), langt mer enn en eksport har. Slett de tomme radene og kolonnene etter "
        "dataene, og lagre filen på nytt.")


def test_ods_with_trailing_empty_repeats_is_read(tmp_path: Path) -> None:
    sheet = read_workbook(build("ods_trailing_empty.ods", tmp_path)).sheets[0]
    assert len(sheet.rows) == 5 and len(sheet.headers) == 5


def test_many_parts_under_the_part_limit_are_one_bomb(tmp_path: Path) -> None:
    assert read_error(build("many_parts.xlsx", tmp_path)) == (
        "Kan ikke lese «many_parts.xlsx»: filen pakker seg ut til unormalt mye data (mulig "
        "«zip-bombe») og er avvist for å beskytte maskinen.")


def test_long_line_is_refused_after_ten_megabytes(tmp_path: Path) -> None:
    assert read_error(build("long_line.csv", tmp_path)) == (
        "Kan ikke lese «long_line.csv»: linje 2 i filen er over 10 MB lang uten linjeskift. "
        "Det er ikke en rad i en eksport; filen er skadet eller ikke en CSV-fil.")


def test_a_panic_in_the_native_reader_is_a_message(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    class PanicException(BaseException):  # what pyo3 raises for a Rust panic
        pass

    def panics(*_args: object, **_kw: object) -> None:
        raise PanicException("index out of bounds")

    monkeypatch.setattr(workbook_module, "read_excel", panics)
    path = xlsx(tmp_path / "panikk.xlsx", [("Deltakere", (SHEET_OPEN + SHEET_CLOSE).encode())])
    assert read_error(path) == (
        "Kan ikke lese «panikk.xlsx»: filen er skadet på en måte regnearkleseren ikke tåler. "
        "Åpne den i Excel og lagre den på nytt som .xlsx.")


# --- notes --------------------------------------------------------------------------------


def test_stray_quote_is_a_note_that_names_the_swallowed_lines(tmp_path: Path) -> None:
    book = read_workbook(stray_quote(tmp_path / "sitat.csv"))
    sheet = book.sheets[0]
    assert len(sheet.rows) == 4  # rows 5–160 are one cell: nothing silently "clean"
    [note] = [n for n in book.notes if n.not_checked]
    assert note.message == (
        "Et anførselstegn (\") i kolonne B åpner en celle som ikke lukkes før linje 160: "
        "linjene 5–160 i filen (156 linjer) er lest som én celle i rad 5, og radene der er "
        "ikke kontrollert. Fjern eller lukk anførselstegnet i filen, og åpne den på nytt.")
    assert (note.sheet, note.row, note.column) == ("sitat", 5, "B")


def test_quoted_line_breaks_in_a_comment_are_not_a_stray_quote(tmp_path: Path) -> None:
    path = tmp_path / "merknad.csv"
    path.write_text(HEADER + ';Merknad\n12345678901;Kari;0301;Integreringsloven;04.01.2021;'
                    '"linje én\nlinje to"\n', encoding="utf-8", newline="")
    book = read_workbook(path)
    assert book.sheets[0].rows[0][5] == "linje én\nlinje to"
    assert not [n for n in book.notes if n.not_checked]


def test_one_bad_byte_after_64k_keeps_utf8_and_says_where(tmp_path: Path) -> None:
    book = read_workbook(bad_byte_after_64k(tmp_path / "skadet.csv"))
    sheet = book.sheets[0]
    assert sheet.headers[0] == "Fødselsnummer" and "fodselsnummer" in sheet.columns
    assert book.csv_dialect is not None and book.csv_dialect.encoding == "utf-8"
    note = book.notes[0]
    assert note.message.startswith("Filen er lest som UTF-8, men linje ")
    assert "har tegn som ikke er gyldig UTF-8" in note.message
    bad = sheet.row_numbers.index(note.row)
    assert sheet.rows[bad][0].startswith("\ufffd")


def test_windows_1252_is_named_as_the_reason(tmp_path: Path) -> None:
    book = read_workbook(windows_1252(tmp_path / "ansi.csv"))
    assert book.sheets[0].headers[0] == "Fødselsnummer"
    assert book.notes[0].message.startswith(
        "Filen er lest med tegnkodingen Windows-1252 (ANSI), fordi den ikke er gyldig UTF-8 "
        "(første tegn som ikke passer står i linje 1).")


def test_whitespace_only_lines_are_blank(tmp_path: Path) -> None:
    assert read_error(build("blank_lines.csv", tmp_path)) == (
        "Kan ikke lese «blank_lines.csv»: CSV-filen er tom: ingen celler har innhold.")


def test_sheet_without_fnr_or_rows_is_a_not_checked_note(tmp_path: Path) -> None:
    for name, start in (("no_fnr_column.csv", "Arket «no_fnr_column» har ingen kolonne for "
                                              "fødselsnummer"),
                        ("header_only.csv", "Arket «header_only» har ingen rader med data")):
        book = read_workbook(build(name, tmp_path))
        assert [n.message[:len(start)] for n in book.notes if n.not_checked] == [start]

