"""Reading CSV exports: encodings, delimiters, line endings, quotes and Excel's damage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reader_fixtures import FNR_A, FNR_B, write_xlsx

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.readers import ReadCancelled, read_workbook

# --- CSV -------------------------------------------------------------------------------


def _csv_bytes(rows: list[list[str]], delimiter: str, newline: str, encoding: str) -> bytes:
    def cell(v: str) -> str:
        return f'"{v}"' if delimiter in v or "\n" in v else v
    text = newline.join(delimiter.join(cell(v) for v in row) for row in rows) + newline
    return text.encode(encoding)


CSV_ROWS = [["Fødselsnummer", "Navn", "Kommunenr", "Avslutningsårsak", "Programstart"],
            [FNR_A, "Bjørn Ærlig", "301", "Videregående opplæring", "01.03.2021"],
            [FNR_B, "Åse Øien, jr.", "0301", "", "2021-03-01"]]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_csv_dialects(tmp_path: Path, encoding: str, delimiter: str, newline: str) -> None:
    path = tmp_path / "eksport.csv"
    path.write_bytes(_csv_bytes(CSV_ROWS, delimiter, newline, encoding))
    book = read_workbook(path)
    assert book.format == "csv"
    assert book.csv_dialect is not None
    assert (book.csv_dialect.encoding, book.csv_dialect.delimiter, book.csv_dialect.newline) \
        == (encoding, delimiter, newline)
    [sheet] = book.sheets
    assert sheet.kind is SheetKind.DELTAKERE
    assert sheet.headers == CSV_ROWS[0]
    assert sheet.rows == CSV_ROWS[1:]  # values stay the strings the user sees
    assert sheet.row_numbers == [2, 3]
    assert sheet.parsed["navn"] == ["Bjørn Ærlig", "Åse Øien, jr."]
    assert sheet.parsed["kommunenummer"] == ["0301", "0301"]
    assert sheet.parsed["programstart"] == [date(2021, 3, 1), date(2021, 3, 1)]


def test_csv_with_late_windows_character_falls_back_to_cp1252(tmp_path: Path) -> None:
    rows = [["Fnr", "Navn"]] + [[FNR_A, "Kari"]] * 5000 + [[FNR_B, "Bjørn"]]
    path = tmp_path / "sen.csv"
    path.write_bytes(_csv_bytes(rows, ";", "\r\n", "cp1252"))
    book = read_workbook(path)
    assert book.csv_dialect is not None and book.csv_dialect.encoding == "cp1252"
    assert book.sheets[0].rows[-1] == [FNR_B, "Bjørn"]


def test_csv_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes(_csv_bytes(CSV_ROWS, "\t", "\r\n", "utf-16"))
    book = read_workbook(path)
    assert book.csv_dialect is not None
    assert (book.csv_dialect.encoding, book.csv_dialect.delimiter) == ("utf-16", "\t")
    assert book.sheets[0].rows == CSV_ROWS[1:]


def test_csv_quoted_newline_and_blank_lines_keep_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "sitat.csv"
    path.write_bytes(b'Fnr;Merknad\r\n' + FNR_A.encode() + b';"to\r\nlinjer"\r\n\r\n;;\r\n'
                     + FNR_B.encode() + b';ok\r\n\r\n\r\n')
    sheet = read_workbook(path).sheets[0]
    # Rows as a spreadsheet program shows them: the quoted line break stays in one row,
    # the empty line and the row of empty fields count but are not data.
    assert sheet.row_numbers == [2, 5]
    assert sheet.rows[0][1] == "to\r\nlinjer"
    assert sheet.parsed["fodselsnummer"] == [FNR_A, FNR_B]


def test_csv_trailing_delimiters_do_not_add_columns(tmp_path: Path) -> None:
    path = tmp_path / "hale.csv"
    path.write_bytes(f"Fnr;Navn;;;\n{FNR_A};Kari;;;\n{FNR_B};Ola;;;x\n".encode())
    sheet = read_workbook(path).sheets[0]
    # Column E has a value in one row: kept; C and D are empty but lie inside.
    assert sheet.headers == ["Fnr", "Navn", "", "", ""]
    assert sheet.rows[1][4] == "x"
    path.write_bytes(f"Fnr;Navn;;;\n{FNR_A};Kari;;;\n".encode())
    sheet = read_workbook(path).sheets[0]
    assert sheet.headers == ["Fnr", "Navn"] and sheet.rows == [[FNR_A, "Kari"]]


def test_csv_scientific_identifier_repaired(tmp_path: Path) -> None:
    path = tmp_path / "sci.csv"
    path.write_text("Fnr;Kommunenr\n1,2345678901E+10;301\n", encoding="utf-8")
    sheet = read_workbook(path).sheets[0]
    assert sheet.raw(0, 0) == "1,2345678901E+10"
    assert sheet.parsed["fodselsnummer"] == ["12345678901"]


def test_progress_reaches_one_and_cancel_stops(tmp_path: Path) -> None:
    path = tmp_path / "stor.csv"
    lines = ["Fnr;Navn"] + [f"{FNR_A};Person {i}" for i in range(40_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    seen: list[float] = []
    read_workbook(path, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) > 3
    calls = 0

    def cancel_soon() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    with pytest.raises(ReadCancelled):
        read_workbook(path, cancelled=cancel_soon)
    with pytest.raises(ReadCancelled):
        read_workbook(write_xlsx(tmp_path / "x.xlsx", {"Deltakere": [["Fnr"], [FNR_A]]}),
                      cancelled=lambda: True)


def test_text_file_with_xls_name_is_read_as_csv_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "eksport.xls"
    path.write_bytes(_csv_bytes(CSV_ROWS, "\t", "\r\n", "cp1252"))
    book = read_workbook(path)
    assert book.format == "csv"
    assert book.sheets[0].parsed["fodselsnummer"] == [FNR_A, FNR_B]
    assert book.notes[0].message == ("Filen heter .xls, men inneholder tekst med skilletegn "
                                     "(CSV); den er lest som CSV.")
