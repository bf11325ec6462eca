"""A corpus of damaged, hostile and huge inputs, made on the fly (nothing binary is committed).

``build(name, folder)`` writes one file and returns its path; ``CORPUS`` says what the
command line must do with each: the exit code and a phrase of its Norwegian message.
Every file here either broke the product once (a crash, an abort, minutes of CPU, gigabytes
of memory, a silent loss or a false "clean") or guards a limit next to one that did.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nir_desktop.core.fnr import make_synthetic

FNRS = [make_synthetic(date(1985, 3, 1 + i % 28), 100 + i, next_valid=True) for i in range(200)]
HEADER = "Fødselsnummer;Navn;Kommunenr;Lov;Programstart"


def _row(i: int) -> str:
    return f"{FNRS[i % len(FNRS)]};Person {i};0301;Integreringsloven;04.01.2021"


# --- xlsx ---------------------------------------------------------------------------------

_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
       '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{sheets}</Types>')
_CT_SHEET = ('<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
       'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
       'officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>')
_WB_SHEET = '<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
_WB_REL = ('<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/'
           '2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
SHEET_OPEN = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
              'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_CLOSE = "</sheetData></worksheet>"


def xlsx(path: Path, sheets: list[tuple[str, bytes]], extra: dict[str, bytes] | None = None,
         level: int = 6) -> Path:
    """A minimal xlsx written by hand: sheet XML exactly as given (no ``r`` unless given)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", _CT.format(sheets="".join(
            _CT_SHEET.format(n=n) for n in range(1, len(sheets) + 1))))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB.format(sheets="".join(
            _WB_SHEET.format(name=name, n=n) for n, (name, _) in enumerate(sheets, 1))))
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS.format(rels="".join(
            _WB_REL.format(n=n) for n in range(1, len(sheets) + 1))))
        for n, (_, data) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{n}.xml", data)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def _cell(value: str) -> str:
    return f'<c t="inlineStr"><is><t>{value}</t></is></c>'


def _rows_without_r(n: int) -> str:
    head = "<row>" + "".join(_cell(h) for h in HEADER.split(";")) + "</row>"
    return head + "".join("<row>" + "".join(_cell(v) for v in _row(i).split(";")) + "</row>"
                          for i in range(n))


def no_r_plain(path: Path) -> Path:
    """Rows and cells without ``r`` (allowed by the standard): an ordinary export."""
    return xlsx(path, [("Deltakere", (SHEET_OPEN + _rows_without_r(20) + SHEET_CLOSE).encode())])


def no_r_wide(path: Path) -> Path:
    """7 KB: one row of 20 000 cells, then 20 000 rows, none with ``r``. calamine asked for
    400 million cells (~10 GB) at once and the process aborted (SIGABRT)."""
    body = "<row>" + _cell("x") * 20_000 + "</row>" + ("<row>" + _cell("y") + "</row>") * 20_000
    return xlsx(path, [("Deltakere", (SHEET_OPEN + body + SHEET_CLOSE).encode())], level=9)


def far_cell(path: Path) -> Path:
    """One stray cell at XFD1048576: 17 billion cells for calamine."""
    body = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Fødselsnummer</t></is></c></row>'
            '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>')
    return xlsx(path, [("Deltakere", (SHEET_OPEN + body + SHEET_CLOSE).encode())])


def many_parts(path: Path) -> Path:
    """~60 KB holding twelve 18 MB parts: each under the per-part ratio guard's 20 MB, so
    only a guard on all parts together refuses it before 216 MB are inflated and parsed."""
    sheet = (SHEET_OPEN + _rows_without_r(2)).encode() + b" " * (18 << 20) + SHEET_CLOSE.encode()
    return xlsx(path, [(f"Ark{n}", sheet) for n in range(1, 13)], level=9)


def single_bomb(path: Path) -> Path:
    """One part of 60 MB packed to ~60 KB."""
    sheet = SHEET_OPEN.encode() + b"<row/>" * 10_000_000 + SHEET_CLOSE.encode()
    return xlsx(path, [("Deltakere", sheet)], level=9)


def entity_expansion(path: Path) -> Path:
    """«Billion laughs»: a DOCTYPE whose entities expand to gigabytes."""
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10))
           + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           '<sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
           '</worksheet>')
    return xlsx(path, [("Deltakere", lol.encode())])


def truncated_xlsx(path: Path) -> Path:
    full = no_r_plain(path)
    data = full.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def garbage_xls(path: Path) -> Path:
    """Random bytes named .xls, starting like an OLE2 file."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096))
    return path


def binary_xls(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 16)
    return path


def html_xls(path: Path) -> Path:
    path.write_text("<html><body><table><tr><td>Fødselsnummer</td></tr></table></body></html>",
                    encoding="utf-8")
    return path


def csv_named_xls(path: Path) -> Path:
    path.write_text(HEADER + "\n" + "\n".join(_row(i) for i in range(5)) + "\n",
                    encoding="utf-8")
    return path


# --- ods ----------------------------------------------------------------------------------

_ODS_CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
                '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:'
                'names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:'
                'opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
                '<office:spreadsheet><table:table table:name="Deltakere">{rows}</table:table>'
                '</office:spreadsheet></office:body></office:document-content>')
_ODS_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                 '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                 '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
                 'vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>')


def _ods_cell(value: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell office:value-type="string"{rep}><text:p>{value}</text:p>'
            "</table:table-cell>")


def _ods_row(cells: str, repeat: int = 1) -> str:
    rep = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{rep}>{cells}</table:table-row>"


def ods(path: Path, rows: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", _ODS_CONTENT.format(rows=rows))
        z.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
    return path


def _ods_data(n: int) -> str:
    head = _ods_row("".join(_ods_cell(h) for h in HEADER.split(";")))
    return head + "".join(_ods_row("".join(_ods_cell(v) for v in _row(i).split(";")))
                          for i in range(n))


def ods_repeat_bomb(path: Path) -> Path:
    """Under 1 KB: one cell repeated 1000 columns × 49 000 rows, just under calamine's own
    cell limit. It took 49 s and 7 GB."""
    return ods(path, _ods_data(1) + _ods_row(_ods_cell("x", 1000), 49_000))


def ods_trailing_empty(path: Path) -> Path:
    """As LibreOffice saves: empty rows and columns repeated to the sheet's end (harmless)."""
    empty = '<table:table-cell table:number-columns-repeated="16379"/>'
    return ods(path, _ods_data(5).replace("</table:table-row>", empty + "</table:table-row>")
               + _ods_row('<table:table-cell table:number-columns-repeated="16384"/>', 1048570))


# --- csv ----------------------------------------------------------------------------------


def _csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def stray_quote(path: Path) -> Path:
    """One stray " at the start of a name (row 5): it swallowed rows 5–160 into one cell."""
    lines = [HEADER] + [_row(i) for i in range(159)]
    first, _, rest = lines[4].partition(";")
    lines[4] = f'{first};"{rest}'
    return _csv(path, lines)


def bad_byte_after_64k(path: Path) -> Path:
    """UTF-8 with æøå throughout and one byte that is not UTF-8 after the first 64 KiB:
    it was read as Windows-1252, the header garbled, and the file called clean."""
    lines = [HEADER] + [_row(i).replace("Person", "Åse Ørn") for i in range(2000)]
    data = _csv(path, lines).read_bytes()
    cut = data.index(b"\n", 70_000) + 1
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    return path


def windows_1252(path: Path) -> Path:
    return _csv(path, [HEADER] + [_row(i).replace("Person", "Åse") for i in range(20)], "cp1252")


def unknown_encoding(path: Path) -> Path:
    # 0x81 and 0x8D are undefined in Windows-1252, and this is not UTF-8 either.
    path.write_bytes(HEADER.encode("cp1252") + b"\n" + b"\x81\x8d\x8f;\x90\x9d;x\n" * 50)
    return path


def utf16(path: Path) -> Path:
    return _csv(path, [HEADER] + [_row(i) for i in range(5)], "utf-16")


def blank_lines(path: Path) -> Path:
    path.write_bytes(b"  \r\n \t \r\n;;\r\n   \r\n" * 20)
    return path


def header_only(path: Path) -> Path:
    return _csv(path, [HEADER, "", "", ";;;;"])


def no_fnr_column(path: Path) -> Path:
    return _csv(path, ["Navn;Kommunenr"] + [f"Person {i};0301" for i in range(10)])


def long_line(path: Path, size: int = 100 << 20) -> Path:
    """A 100 MB line with no line break (the review's was 400 MB and used 2.1 GB)."""
    with path.open("wb") as f:
        f.write(HEADER.encode() + b"\n")
        block = b"x" * (1 << 20)
        for _ in range(size >> 20):
            f.write(block)
    return path


def unclosed_quote_to_the_end(path: Path) -> Path:
    """A quote opened and never closed, over 12 MB: the cell-size guard."""
    body = "\n".join(_row(i) for i in range(200_000))
    return _csv(path, [HEADER, f'{FNRS[0]};"Kari', body])


def nul_bytes(path: Path) -> Path:
    path.write_bytes(b"\x00" * 4096)
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


@dataclass(frozen=True)
class Case:
    make: Callable[[Path], Path]
    exit_codes: tuple[int, ...]  # what the command line must answer
    says: str  # a phrase of what it says (stdout + stderr)


CORPUS: dict[str, Case] = {
    "no_r_plain.xlsx": Case(no_r_plain, (0, 1), "ID003"),  # the fnr column was read
    "no_r_wide.xlsx": Case(no_r_wide, (2,), "mer enn maskinen trygt kan lese"),
    "far_cell.xlsx": Case(far_cell, (2,), "trolig en enslig celle langt ute"),
    "many_parts.xlsx": Case(many_parts, (2,), "mulig «zip-bombe»"),
    "single_bomb.xlsx": Case(single_bomb, (2,), "mulig «zip-bombe»"),
    "entity_expansion.xlsx": Case(entity_expansion, (2,), "DOCTYPE/ENTITY"),
    "truncated.xlsx": Case(truncated_xlsx, (2,), "skadet eller ufullstendig"),
    "garbage.xls": Case(garbage_xls, (2,), "Kan ikke lese «garbage.xls»"),
    "binary.xls": Case(binary_xls, (2,), "ikke et regneark eller en tekstfil"),
    "html.xls": Case(html_xls, (2,), "nettside"),
    "csv_named.xls": Case(csv_named_xls, (0, 1), "den er lest som CSV"),
    "ods_repeat_bomb.ods": Case(ods_repeat_bomb, (2,), "gjentatte rader eller kolonner"),
    "ods_trailing_empty.ods": Case(ods_trailing_empty, (0, 1), "kontrollrapport"),
    "stray_quote.csv": Case(stray_quote, (2,), "linjene 5–160 i filen (156 linjer)"),
    "bad_byte_after_64k.csv": Case(bad_byte_after_64k, (0, 1),
                                   "har tegn som ikke er gyldig UTF-8"),
    "windows_1252.csv": Case(windows_1252, (0, 1), "Windows-1252 (ANSI)"),
    "unknown_encoding.csv": Case(unknown_encoding, (2,), "tegnkodingen er ukjent"),
    "utf16.csv": Case(utf16, (0, 1), "kontrollrapport"),
    "blank_lines.csv": Case(blank_lines, (2,), "CSV-filen er tom"),
    "header_only.csv": Case(header_only, (2,), "IKKE KONTROLLERT: Arket «header_only» har "
                                               "ingen rader med data"),
    "no_fnr_column.csv": Case(no_fnr_column, (2,), "ingen kolonne for fødselsnummer"),
    "long_line.csv": Case(long_line, (2,), "linje 2 i filen er over 10 MB lang"),
    "unclosed_quote.csv": Case(unclosed_quote_to_the_end, (2,), "som ikke er lukket"),
    "nul_bytes.csv": Case(nul_bytes, (2,), "ikke et regneark eller en tekstfil"),
    "empty.xlsx": Case(empty, (2,), "filen er tom (0 byte)"),
}


def build(name: str, folder: Path) -> Path:
    return CORPUS[name].make(folder / name)

