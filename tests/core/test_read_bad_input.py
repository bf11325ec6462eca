"""Files that are not what they claim: each gives a clear Norwegian message, never a crash."""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.readers import ReadError, read_workbook
from nir_desktop.core.readers import sniff as sniff_module

FNR = "15838512377"  # synthetic (month + 80); validity does not matter to the reader
HINT = "Velg en Excel-fil (.xlsx) eller en CSV-fil eksportert fra NIR eller fagsystemet."


def good_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fnr", "Navn"])
    ws.append([FNR, "Kari"])
    wb.save(path)
    return path


def read_error(path: Path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_workbook(path)
    return info.value


def rezip(src: Path, dest: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    parts.update(replace)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return dest


def test_png_renamed_to_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "bilde.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    e = read_error(path)
    assert e.message == (
        f"Kan ikke lese «bilde.xlsx»: filen er et bilde (PNG), ikke et regneark. {HINT}")


def test_word_document(tmp_path: Path) -> None:
    path = tmp_path / "brev.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    assert read_error(path).message == (
        f"Kan ikke lese «brev.docx»: filen er et Word-dokument, ikke et regneark. {HINT}")


def test_pdf_and_random_binary(tmp_path: Path) -> None:
    pdf = tmp_path / "rapport.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(100))
    assert "filen er et PDF-dokument, ikke et regneark" in read_error(pdf).message
    junk = tmp_path / "data.csv"
    junk.write_bytes(bytes(range(256)) * 8)
    assert read_error(junk).message == (
        f"Kan ikke lese «data.csv»: filen er ikke et regneark eller en tekstfil. {HINT}")


def test_empty_file(tmp_path: Path) -> None:
    for name in ("tom.xlsx", "tom.csv"):
        path = tmp_path / name
        path.write_bytes(b"")
        assert read_error(path).message == (
            f"Kan ikke lese «{name}»: filen er tom (0 byte). Eksporter den på nytt.")


def test_workbook_without_any_cell(tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(path)
    assert read_error(path).message == (
        "Kan ikke lese «blank.xlsx»: arbeidsboken er tom: ingen celler har innhold.")
    csv = tmp_path / "blank.csv"
    csv.write_bytes(b";;;\r\n\r\n")
    assert read_error(csv).message == (
        "Kan ikke lese «blank.csv»: CSV-filen er tom: ingen celler har innhold.")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert read_error(tmp_path / "borte.xlsx").message == (
        "Kan ikke lese «borte.xlsx»: filen finnes ikke (den kan være flyttet eller slettet).")
    folder = tmp_path / "mappe.xlsx"
    folder.mkdir()
    assert "dette er en mappe, ikke en fil" in read_error(folder).message


def _ole_container(streams: list[str]) -> bytes:
    """The start of an OLE2 compound file with these directory entry names (UTF-16LE)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    entries = b"".join(n.encode("utf-16-le").ljust(64, b"\0") + bytes(64) for n in streams)
    return header + entries.ljust(512 * 4, b"\0")


def test_password_protected_xlsx(tmp_path: Path) -> None:
    # Excel stores an encrypted .xlsx as an OLE2 container with these two streams.
    path = tmp_path / "hemmelig.xlsx"
    path.write_bytes(_ole_container(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))
    assert read_error(path).message == (
        "Kan ikke lese «hemmelig.xlsx»: filen er passordbeskyttet (kryptert). Åpne den i Excel, "
        "fjern passordet (Fil > Info > Beskytt arbeidsbok) og lagre den på nytt.")


def test_broken_old_excel_file(tmp_path: Path) -> None:
    path = tmp_path / "gammel.xls"
    path.write_bytes(_ole_container(["Root Entry", "Workbook"]))
    message = read_error(path).message
    assert message.startswith("Kan ikke lese «gammel.xls»: filen ")
    assert "Åpne den i Excel og lagre den" in message


def test_truncated_xlsx(tmp_path: Path) -> None:
    whole = good_xlsx(tmp_path / "hel.xlsx").read_bytes()
    for cut in (len(whole) // 2, len(whole) - 30):
        path = tmp_path / "avkortet.xlsx"
        path.write_bytes(whole[:cut])
        assert read_error(path).message == (
            "Kan ikke lese «avkortet.xlsx»: filen er skadet eller ufullstendig (kanskje avbrutt "
            "under kopiering eller nedlasting). Lagre eller last den ned på nytt.")


def test_zip_bomb_by_ratio_is_refused_before_parsing(tmp_path: Path) -> None:
    # 30 MB of one repeated tag packs to ~30 KB: a ratio no real export has (~9).
    bomb = b'<?xml version="1.0"?><worksheet><sheetData>' + b"<row/>" * 5_000_000 + \
        b"</sheetData></worksheet>"
    path = rezip(good_xlsx(tmp_path / "a.xlsx"), tmp_path / "bombe.xlsx",
                 {"xl/worksheets/sheet1.xml": bomb})
    assert path.stat().st_size < 200_000
    assert read_error(path).message == (
        "Kan ikke lese «bombe.xlsx»: filen pakker seg ut til unormalt mye data (mulig "
        "«zip-bombe») og er avvist for å beskytte maskinen.")


def test_zip_declaring_too_much_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sniff_module, "MAX_UNCOMPRESSED_TOTAL", 1 << 20)
    filler = os.urandom(600_000).hex().encode()  # 1.2 MB that does not compress much
    path = rezip(good_xlsx(tmp_path / "a.xlsx"), tmp_path / "stor.xlsx",
                 {"xl/media/fyll.xml": b"<a>" + filler + b"</a>"})
    assert read_error(path).message == (
        "Kan ikke lese «stor.xlsx»: filen er for stor: innholdet er over 1 MiB når "
        "det pakkes ut. Del den opp, eller eksporter den som CSV.")


def _patch_declared_size(data: bytearray, name: bytes, size: int) -> None:
    local = data.find(b"PK\x03\x04" + data[4:4])  # first local header
    while local != -1:
        n = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30: local + 30 + n]) == name:
            struct.pack_into("<I", data, local + 22, size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        n = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46: central + 46 + n]) == name:
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)


def test_zip_that_lies_about_its_sizes(tmp_path: Path) -> None:
    src = rezip(good_xlsx(tmp_path / "a.xlsx"), tmp_path / "b.xlsx",
                {"xl/worksheets/sheet1.xml": b"<worksheet>" + b"<row/>" * 1_000_000
                 + b"</worksheet>"})
    data = bytearray(src.read_bytes())
    _patch_declared_size(data, b"xl/worksheets/sheet1.xml", 1000)
    path = tmp_path / "lyver.xlsx"
    path.write_bytes(bytes(data))
    assert "filen er skadet eller ufullstendig" in read_error(path).message


def _sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize("prolog", [LAUGHS, EXTERNAL], ids=["billion-laughs", "external"])
def test_xml_entity_tricks_are_refused(tmp_path: Path, prolog: bytes) -> None:
    src = good_xlsx(tmp_path / "a.xlsx")
    xml = _sheet_xml(src)
    xml = prolog + xml[xml.index(b"<worksheet"):]
    xml = xml.replace(b"<t>Kari</t>", b"<t>&lol3;&x;</t>")
    path = rezip(src, tmp_path / "entitet.xlsx", {"xl/worksheets/sheet1.xml": xml})
    assert read_error(path).message == (
        "Kan ikke lese «entitet.xlsx»: filen inneholder XML-definisjoner (DOCTYPE/ENTITY) som "
        "ikke hører hjemme i et regneark, og er avvist av sikkerhetshensyn. Lagre den på nytt "
        "fra Excel.")


def test_numbers_and_zip_archives(tmp_path: Path) -> None:
    numbers = tmp_path / "tall.numbers"
    with zipfile.ZipFile(numbers, "w") as z:
        z.writestr("Index/Document.iwa", b"\0\1")
    assert read_error(numbers).message == (
        "Kan ikke lese «tall.numbers»: Apple Numbers-filer kan ikke leses. Velg Arkiv > "
        "Eksporter til > Excel i Numbers, og åpne .xlsx-filen.")
    archive = tmp_path / "pakke.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("eksport.csv", "Fnr\n")
    assert "filen er et zip-arkiv, ikke et regneark" in read_error(archive).message


def test_html_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "rapport.xls"
    path.write_text("<html><body><table><tr><td>Fnr</td></tr></table></body></html>")
    assert read_error(path).message == (
        "Kan ikke lese «rapport.xls»: filen er en nettside eller XML lagret med "
        "regneark-endelse, ikke et ekte regneark. Åpne den i Excel og lagre den som .xlsx.")


def test_text_without_columns(tmp_path: Path) -> None:
    path = tmp_path / "brev.txt"
    path.write_text("Hei,\n\nher er tallene du ba om.\n".replace(",", ""), encoding="utf-8")
    assert read_error(path).message == (
        "Kan ikke lese «brev.txt»: filen er en tekstfil uten kolonner (ingen semikolon, komma "
        "eller tabulator i første linje), ikke et regneark. Velg en Excel-fil (.xlsx) eller en "
        "CSV-fil.")
    tabbed = tmp_path / "eksport.txt"
    tabbed.write_text(f"Fnr\tNavn\n{FNR}\tKari\n", encoding="utf-8")
    assert read_workbook(tabbed).sheets[0].parsed["fodselsnummer"] == [FNR]


def test_csv_in_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "rar.csv"
    # 0x81 and 0x8d are neither UTF-8 nor defined in Windows-1252.
    path.write_bytes(b"Fnr;Navn\r\n" + FNR.encode() + b";\x81\x8d\r\n")
    assert read_error(path).message == (
        "Kan ikke lese «rar.csv»: tegnkodingen er ukjent (verken UTF-8 eller Windows-1252). "
        "Lagre filen på nytt som «CSV UTF-8 (kommadelt)» i Excel.")


def test_utf16_without_bom_is_not_taken_for_text(tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes(f"Fnr;Navn\r\n{FNR};Kari\r\n".encode("utf-16-le"))
    assert "filen er ikke et regneark eller en tekstfil" in read_error(path).message


def test_sheet_without_header_row(tmp_path: Path) -> None:
    path = tmp_path / "uten-overskrift.csv"
    path.write_text(f"{FNR};301;01.03.2021\n{FNR};301;02.03.2021\n", encoding="utf-8")
    book = read_workbook(path)
    sheet = book.sheets[0]
    assert sheet.kind is SheetKind.DELTAKERE and sheet.columns == {}
    assert book.notes[0].message == (
        "Arket «uten-overskrift» ser ut til å mangle overskriftsrad: den første raden med "
        "innhold (rad 1) har bare tall og datoer. Legg inn kolonneoverskrifter som "
        "«Fødselsnummer» og «Navn» øverst, eller koble kolonnene selv.")
    assert (book.notes[0].sheet, book.notes[0].row) == ("uten-overskrift", 1)
    assert len(book.notes) == 1  # not also "no fødselsnummer column": one cause, one note


def test_old_excel_name_on_a_real_xlsx_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feil-navn.xls"
    path.write_bytes(good_xlsx(tmp_path / "a.xlsx").read_bytes())
    book = read_workbook(path)
    assert book.format == "xlsx"
    assert book.sheets[0].parsed["fodselsnummer"] == [FNR]


# --- a million rows --------------------------------------------------------------------


def _million_rows() -> Iterator[bytes]:
    yield "Fødselsnummer;Navn;Kommunenr;Lov;Programstart;Avslutningsårsak\r\n".encode("cp1252")
    for i in range(1_000_000):
        day = 1 + i % 28
        yield (f"{day:02d}8385{i % 100000:05d};Person {i};0301;Integreringsloven;"
               f"{day:02d}.03.2021;{'Annet' if i % 7 == 0 else ''}\r\n").encode("cp1252")


def _rss_mib() -> float:
    """This process's resident memory in MiB, on Linux, macOS and Windows."""
    if sys.platform == "win32":
        return _windows_working_set() / (1 << 20)
    if os.path.exists("/proc/self/status"):
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    import resource  # POSIX only: a module-level import kept this file from loading on Windows

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _windows_working_set() -> int:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):  # PROCESS_MEMORY_COUNTERS
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    *((name, ctypes.c_size_t) for name in (
                        "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                        "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage",
                        "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage"))]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.K32GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters),
                                                 wintypes.DWORD]
    if not kernel32.K32GetProcessMemoryInfo(kernel32.GetCurrentProcess(),
                                            ctypes.byref(counters), counters.cb):
        raise ctypes.WinError(ctypes.get_last_error())
    return int(counters.WorkingSetSize)


def test_memory_probe_sees_a_large_allocation() -> None:
    # The million-row test below rests on this probe, on every platform the suite runs on.
    before = _rss_mib()
    block = bytearray(64 << 20)
    block[::4096] = b"x" * len(block[::4096])  # touch every page so it is resident
    after = _rss_mib()
    assert before > 10
    assert after - before > 48, (before, after)
    del block


@pytest.mark.slow
def test_million_row_csv_reads_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("wb") as f:
        buf = io.BytesIO()
        for chunk in _million_rows():
            buf.write(chunk)
            if buf.tell() > 1 << 20:
                f.write(buf.getvalue())
                buf = io.BytesIO()
        f.write(buf.getvalue())
    size_mib = path.stat().st_size / (1 << 20)
    before = _rss_mib()
    book = read_workbook(path)
    after = _rss_mib()
    sheet = book.sheets[0]
    assert len(sheet) == 1_000_000
    assert sheet.row_numbers[-1] == 1_000_001
    assert sheet.parsed["kommunenummer"][-1] == "0301"
    assert sheet.parsed["avslutningsarsak"][7] == "Annet"
    # What stays in memory is the rows themselves plus their parsed columns: a small
    # multiple of the file, never a copy per step. Measured: +565 MiB for this 60 MiB file.
    assert after - before < 15 * size_mib, (before, after, size_mib)


def test_stray_cell_far_out_is_refused_not_a_crash(tmp_path: Path) -> None:
    # calamine allocates the whole used range at once: unguarded, this 5 KB file aborts
    # the process with a 512 GB allocation.
    path = good_xlsx(tmp_path / "enslig.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["XFD1048576"] = "x"
    wb.save(path)
    assert read_error(path).message == (
        "Kan ikke lese «enslig.xlsx»: et ark i filen går helt ned til rad 1\u00a0048\u00a0576 og "
        "ut til kolonne nr. 16\u00a0384, langt forbi dataene (trolig en enslig celle langt "
        "ute). Slett de tomme radene og kolonnene etter dataene i Excel, og lagre filen på "
        "nytt.")


def test_wide_and_long_but_reasonable_sheet_is_read(tmp_path: Path) -> None:
    path = good_xlsx(tmp_path / "bred.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["AD3000"] = "merknad"
    wb.active["B150000"] = "sist"
    wb.save(path)
    sheet = read_workbook(path).sheets[0]
    assert sheet.row_numbers == [2, 3000, 150000]
    assert sheet.raw(1, 29) == "merknad"


def test_csv_with_unclosed_quote_points_at_the_row(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from nir_desktop.core.readers import csv_reader

    monkeypatch.setattr(csv_reader, "MAX_FIELD_BYTES", 1 << 20)
    path = tmp_path / "sitat.csv"
    body = "".join(f"{FNR};Person {i}\n" for i in range(60_000))
    path.write_text(f'Fnr;Navn\n{FNR};"Kari\n' + body, encoding="utf-8")
    assert read_error(path).message == (
        "Kan ikke lese «sitat.csv» (rad 2): en celle er over 1 MB lang. Det skyldes nesten "
        "alltid et anførselstegn (\") som ikke er lukket; rett det i filen og prøv igjen.")


def test_file_locked_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nir_desktop.core.readers import workbook as workbook_module

    def locked(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(workbook_module, "read_csv", locked)
    path = tmp_path / "låst.csv"
    path.write_text(f"Fnr\n{FNR}\n", encoding="utf-8")
    assert read_error(path).message == (
        "Kan ikke lese «låst.csv»: du har ikke tilgang til å lese filen. Er den åpen i et annet "
        "program, eller mangler du tilgang til mappen?")


def test_io_error_while_reading_is_a_message(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from nir_desktop.core.readers import workbook as workbook_module

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(workbook_module, "read_csv", broken)
    path = tmp_path / "nett.csv"
    path.write_text(f"Fnr\n{FNR}\n", encoding="utf-8")
    assert read_error(path).message == (
        "Kan ikke lese «nett.csv»: filen kunne ikke leses (Input/output error). Ligger den på "
        "en nettverksdisk eller minnepinne som ble koblet fra?")
