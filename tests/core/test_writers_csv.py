"""The CSV writer: original dialect, untouched rows byte for byte, injection guard."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.model import CsvDialect
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.writers import WriteError, apply_edits, write_csv
from nir_desktop.core.writers.csv_writer import encode_record

FNR_A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
FNR_B = make_synthetic(date(1990, 11, 2), 456, next_valid=True)
FNR_C = make_synthetic(date(1979, 6, 30), 310, next_valid=True)

HEADER = ["Fødselsnummer", "Navn", "Kommunenr", "Programstart", "Permisjon", "Saksbehandler",
          "Notat"]
ROWS = [
    [FNR_A, "Åse Ødegård", "301", "04.01.2021", "10", "Bjørn", "første; med semikolon"],
    [FNR_B, "Per «Pelle» Hansen", "0301", "2021-02-01", "-5", "Kari", 'sa "hei"'],
    [FNR_C, "Lise", "0301", "15.03.2021", "", "Kari", "linje 1\nlinje 2"],
]


def _write(path: Path, rows: list[list[str]], encoding: str, delimiter: str,
           newline: str) -> bytes:
    def quote(v: str) -> str:
        if any(ch in v for ch in (delimiter, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v
    text = newline.join(delimiter.join(quote(v) for v in row) for row in rows) + newline
    data = text.encode(encoding)
    path.write_bytes(data)
    return data


def _lines(data: bytes, newline: bytes) -> list[bytes]:
    return data.split(newline)


@pytest.mark.parametrize(("encoding", "delimiter", "newline"), [
    ("cp1252", ";", "\r\n"),
    ("utf-8-sig", ";", "\r\n"),
    ("utf-8", ",", "\n"),
])
def test_round_trip_keeps_every_untouched_cell(tmp_path: Path, encoding: str, delimiter: str,
                                               newline: str) -> None:
    src = tmp_path / "eksport.csv"
    original = _write(src, [HEADER, *ROWS], encoding, delimiter, newline)
    wb = read_workbook(src)
    assert wb.csv_dialect is not None
    assert (wb.csv_dialect.encoding, wb.csv_dialect.delimiter) == (encoding, delimiter)
    sheet = wb.sheets[0]
    c_kom = sheet.column_of("kommunenummer")
    assert c_kom is not None
    out = tmp_path / "eksport_korrigert.csv"
    apply_edits(src, wb, [CellEdit(sheet.name, 2, c_kom, "301", "0301")], out)

    assert src.read_bytes() == original
    written = out.read_bytes()
    if encoding == "utf-8-sig":
        assert written.startswith(b"\xef\xbb\xbf")
    nl = newline.encode()
    old_lines, new_lines = _lines(original, nl), _lines(written, nl)
    assert len(old_lines) == len(new_lines)
    differing = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert differing == [1]  # only the record of spreadsheet row 2
    assert b"0301" in new_lines[1] and "Åse".encode(encoding.replace("-sig", "")) in new_lines[1]

    again = read_workbook(out)
    s2 = again.sheets[0]
    assert again.csv_dialect == wb.csv_dialect
    for r in range(len(sheet.rows)):
        for c in range(len(HEADER)):
            expected = "0301" if (r, c) == (0, c_kom) else sheet.text(r, c)
            assert s2.text(r, c) == expected, (r, c)


def test_blank_lines_keep_row_numbers_aligned(tmp_path: Path) -> None:
    src = tmp_path / "hull.csv"
    src.write_bytes(("Fødselsnummer;Navn\r\n\r\n" f"{FNR_A};A\r\n;;\r\n{FNR_B};B\r\n")
                    .encode("cp1252"))
    wb = read_workbook(src)
    sheet = wb.sheets[0]
    assert sheet.row_numbers == [3, 5]
    out = tmp_path / "ut.csv"
    apply_edits(src, wb, [CellEdit(sheet.name, 5, 1, "B", "Bente")], out)
    assert out.read_bytes() == (
        "Fødselsnummer;Navn\r\n\r\n" f"{FNR_A};A\r\n;;\r\n{FNR_B};Bente\r\n").encode("cp1252")


def test_edit_that_needs_quoting_is_quoted(tmp_path: Path) -> None:
    src = tmp_path / "e.csv"
    _write(src, [HEADER, *ROWS], "cp1252", ";", "\r\n")
    wb = read_workbook(src)
    out = tmp_path / "ut.csv"
    apply_edits(src, wb, [CellEdit(wb.sheets[0].name, 3, 1, "x", "Hansen; Per")], out)
    s2 = read_workbook(out).sheets[0]
    assert s2.text(1, 1) == "Hansen; Per"
    assert s2.text(1, 6) == 'sa "hei"'


def test_injection_guard_neutralises_free_text_only(tmp_path: Path) -> None:
    header = ["Fødselsnummer", "Navn", "Permisjon", "Programstart", "Telefon", "Annet", "Tiltak"]
    rows = [
        [FNR_A, "=HYPERLINK(\"http://x\";\"klikk\")", "-5", "2021-01-04", "+4712345678",
         "@SUM(A1)", "-Norsk"],
        [FNR_B, "Vanlig", "3", "04.01.2021", "", "ok", "Norskopplæring"],
    ]
    src = tmp_path / "farlig.csv"
    original = _write(src, [header, *rows], "cp1252", ";", "\r\n")
    wb = read_workbook(src)
    out = tmp_path / "ut.csv"
    result = apply_edits(src, wb, [], out)
    assert result.notes  # the user is told
    s2 = read_workbook(out).sheets[0]
    assert s2.text(0, 1).startswith("'=HYPERLINK")  # name: free text
    assert s2.text(0, 2) == "-5"  # number field untouched
    assert s2.text(0, 4) == "+4712345678"  # unknown column holding a number
    assert s2.text(0, 5) == "'@SUM(A1)"  # unknown column holding text
    assert s2.text(0, 6) == "'-Norsk"  # code field
    assert s2.text(0, 0) == FNR_A
    lines = out.read_bytes().split(b"\r\n")
    assert lines[0] == original.split(b"\r\n")[0]
    assert lines[2] == original.split(b"\r\n")[2]  # a clean row stays byte-identical


def test_injection_guard_applies_to_edited_cells(tmp_path: Path) -> None:
    src = tmp_path / "e.csv"
    _write(src, [HEADER, *ROWS], "utf-8", ";", "\n")
    wb = read_workbook(src)
    out = tmp_path / "ut.csv"
    apply_edits(src, wb, [CellEdit(wb.sheets[0].name, 2, 1, "Åse Ødegård", "=1+1")], out)
    assert read_workbook(out).sheets[0].text(0, 1) == "'=1+1"


def test_character_outside_windows_1252_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "e.csv"
    _write(src, [HEADER, *ROWS], "cp1252", ";", "\r\n")
    wb = read_workbook(src)
    out = tmp_path / "ut.csv"
    with pytest.raises(WriteError) as err:
        apply_edits(src, wb, [CellEdit(wb.sheets[0].name, 2, 1, "Åse", "Ås\u0119")], out)
    assert "Windows-1252" in err.value.message and "rad 2" in err.value.message
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv"]


def test_edit_past_the_end_appends_a_row(tmp_path: Path) -> None:
    src = tmp_path / "e.csv"
    src.write_bytes(f"Fødselsnummer;Navn\n{FNR_A};A".encode())  # no final newline
    wb = read_workbook(src)
    out = tmp_path / "ut.csv"
    apply_edits(src, wb, [CellEdit(wb.sheets[0].name, 3, 1, "", "Ny")], out)
    assert out.read_bytes() == f"Fødselsnummer;Navn\n{FNR_A};A\n;Ny\n".encode()


_CELL = st.text(alphabet="abø;,\"' \n\r12=-", max_size=6)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grid=st.lists(st.lists(_CELL, min_size=1, max_size=4), min_size=1, max_size=6),
       changes=st.dictionaries(st.tuples(st.integers(1, 8), st.integers(0, 5)), _CELL,
                               max_size=5),
       dialect=st.sampled_from([CsvDialect("cp1252", ";", "\r\n"),
                                CsvDialect("utf-8-sig", ",", "\n"),
                                CsvDialect("utf-8", "\t", "\r\n")]))
def test_any_changes_round_trip_and_untouched_records_stay(
        tmp_path: Path, grid: list[list[str]], changes: dict[tuple[int, int], str],
        dialect: CsvDialect) -> None:
    src = tmp_path / "rutenett.csv"
    original_text = "".join(encode_record(r, dialect) + dialect.newline for r in grid)
    src.write_bytes(original_text.encode(dialect.encoding))
    out = tmp_path / "ut.csv"
    by_row: dict[int, dict[int, str]] = {}
    for (r, c), text in changes.items():
        by_row.setdefault(r, {})[c] = text
    write_csv(src, dialect, by_row, out, guard=False)

    text = out.read_bytes().decode(dialect.encoding)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter))
    expected = [list(r) for r in grid]
    for r in sorted(by_row):
        while len(expected) < r:
            expected.append([])
        row = expected[r - 1]
        for c, value in by_row[r].items():
            row.extend([""] * (c + 1 - len(row)))
            row[c] = value
    # csv.reader yields [] for an empty line; a record of one empty field reads the same.
    assert [r if r != [""] else [] for r in rows] == [r if r != [""] else [] for r in expected]
    for r, record in enumerate(grid, start=1):
        if r not in by_row:
            assert encode_record(record, dialect) + dialect.newline in text
    assert src.read_bytes() == original_text.encode(dialect.encoding)
    if not by_row:
        assert text == original_text  # nothing changed: the same bytes


def test_utf16_with_bom_round_trips(tmp_path: Path) -> None:
    src = tmp_path / "unicode.csv"
    text = "Fødselsnummer\tNavn\r\n" f"{FNR_A}\tÅse\r\n" f"{FNR_B}\tPer\r\n"
    original = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    src.write_bytes(original)
    wb = read_workbook(src)
    assert wb.csv_dialect is not None and wb.csv_dialect.delimiter == "\t"
    out = tmp_path / "ut.csv"
    apply_edits(src, wb, [CellEdit(wb.sheets[0].name, 3, 1, "Per", "Pål")], out)
    assert out.read_bytes() == codecs.BOM_UTF16_LE + text.replace("Per", "Pål").encode(
        "utf-16-le")


def test_a_very_long_cell_the_reader_accepts_is_written_too(tmp_path: Path) -> None:
    src = tmp_path / "lang.csv"
    long_note = "x" * 300_000  # over csv's default field limit of 128 KiB
    src.write_bytes(f"Fødselsnummer;Notat\n{FNR_A};\"{long_note}\"\n{FNR_B};kort\n".encode())
    wb = read_workbook(src)
    out = tmp_path / "ut.csv"
    apply_edits(src, wb, [CellEdit(wb.sheets[0].name, 3, 1, "kort", "lang")], out)
    assert out.read_bytes() == src.read_bytes().replace(b"kort", b"lang")


def test_injection_guard_covers_every_kind_of_column_the_header_and_edits(
        tmp_path: Path) -> None:
    # The review's payloads survived in identifier, date, yes/no and number columns and in
    # the header: a spreadsheet opening the corrected file would have run them.
    header = ["Fødselsnummer", "Saksnummer", "Programstart", "Utvidet", "Permisjon (dager)",
              "=HYPERLINK(\"http://x\";\"Navn\")"]
    payload = [
        ["=HYPERLINK(\"http://x\";\"klikk\")", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
         "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+2", "\r=1+2"],
        [FNR_A, "17/0091", "04.01.2021", "Ja", "-5", "Kari"],
    ]
    src = tmp_path / "farlig.csv"
    _write(src, [header, *payload], "utf-8", ";", "\r\n")
    wb = read_workbook(src)
    sheet = wb.sheets[0]
    out = tmp_path / "ut.csv"
    edit = CellEdit(sheet.name, 3, 1, "17/0091", "=1+2", field="saksnummer")
    result = apply_edits(src, wb, [edit], out)
    back = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8"), newline=""),
                           delimiter=";"))
    assert back[0][5] == "'=HYPERLINK(\"http://x\";\"Navn\")"  # the header
    assert back[1] == ["'" + v for v in payload[0]]  # every column kind
    assert back[2] == [FNR_A, "'=1+2", "04.01.2021", "Ja", "-5", "Kari"]  # the manual edit
    # A valid negative number in a number column is its own kind of value: kept as it is.
    assert back[2][4] == "-5"
    formula_like = [cell for row in back for cell in row if cell[:1] in ("=", "+", "-", "@",
                                                                         "\t", "\r")]
    assert formula_like == ["-5"]
    # The change log says which cells were changed, and how.
    assert [(e.row, e.column, e.old, e.new) for e in result.guarded] == [
        (1, 5, header[5], "'" + header[5]),
        *((2, c, v, "'" + v) for c, v in enumerate(payload[0])),
        (3, 1, "=1+2", "'=1+2"),
    ]
    note = next(n for n in result.notes if "apostrof" in n)
    assert note.startswith("8 celler som begynte med = + - @, tabulator eller linjeskift")
    assert "rad 3, kolonne B (Saksnummer): «=1+2»" in note
    assert "rad 2, kolonne E (Permisjon (dager)): «⇥=1+2»" in note


def test_bytes_that_are_not_utf8_are_written_back_unchanged(tmp_path: Path) -> None:
    # One damaged byte (\xf8 is ø in Windows-1252) in a UTF-8 file: shown as U+FFFD, and
    # given back byte for byte, also in a row that gets an edit.
    src = tmp_path / "skadet.csv"
    src.write_bytes("Fødselsnummer;Navn;Saksbehandler\n".encode() + FNR_A.encode()
                    + b";Bj\xf8rn;Kari\n" + FNR_B.encode() + ";Åse;Kari\n".encode())
    wb = read_workbook(src)
    assert wb.sheets[0].text(0, 1) == "Bj\ufffdrn"
    assert wb.sheets[0].headers[0] == "Fødselsnummer"
    assert "linje 2 har tegn som ikke er gyldig UTF-8" in wb.notes[0].message
    out = tmp_path / "ut.csv"
    apply_edits(src, wb, [CellEdit(wb.sheets[0].name, 2, 2, "Kari", "Kåre")], out)
    assert out.read_bytes() == src.read_bytes().replace(b"Kari", "Kåre".encode(), 1)
