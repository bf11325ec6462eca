"""The readers' messages come from the catalogue: bokmål as written, and English and
nynorsk wherever the language is known (the window, the command line's --lang)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from nir_desktop import cli
from nir_desktop.core.i18n import Msg, render
from nir_desktop.core.readers import ReadError, read_workbook


def _error(path: Path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_workbook(path)
    return info.value


def test_a_picture_is_refused_in_each_language(tmp_path):
    png = tmp_path / "skjermbilde.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    exc = _error(png)
    assert exc.message == (
        "Kan ikke lese «skjermbilde.xlsx»: filen er et bilde (PNG), ikke et regneark. Velg en "
        "Excel-fil (.xlsx) eller en CSV-fil eksportert fra NIR eller fagsystemet.")
    assert str(exc) == exc.message
    assert exc.render("en") == (
        "Cannot read “skjermbilde.xlsx”: the file is an image (PNG), not a spreadsheet. Choose "
        "an Excel file (.xlsx) or a CSV file exported from NIR or the case management system.")
    assert exc.render("nn") == (
        "Kan ikkje lese «skjermbilde.xlsx»: fila er eit bilete (PNG), ikkje eit rekneark. Vel "
        "ei Excel-fil (.xlsx) eller ei CSV-fil eksportert frå NIR eller fagsystemet.")


def test_a_word_document_is_refused_in_nynorsk(tmp_path):
    docx = tmp_path / "brev.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert _error(docx).render("nn").startswith(
        "Kan ikkje lese «brev.xlsx»: fila er eit Word-dokument, ikkje eit rekneark.")


def test_the_place_of_an_error_is_named_in_each_language():
    exc = ReadError("eksport.xlsx", Msg("arket er passordbeskyttet."), sheet="Deltakere", row=7,
                    column="C")
    assert exc.message == ("Kan ikke lese «eksport.xlsx» (arket «Deltakere», rad 7, kolonne C): "
                           "arket er passordbeskyttet.")
    assert exc.render("en") == ("Cannot read “eksport.xlsx” (sheet “Deltakere”, row 7, "
                                "column C): the sheet is password protected.")
    assert exc.render("nn") == ("Kan ikkje lese «eksport.xlsx» (arket «Deltakere», rad 7, "
                                "kolonne C): arket er passordverna.")


def test_a_read_note_in_each_language(tmp_path):
    csv = tmp_path / "ansi.csv"
    csv.write_bytes("Fødselsnummer;Navn\n01817612345;Åse\n".encode("cp1252"))
    note = read_workbook(csv).notes[0]
    assert note.message.startswith("Filen er lest med tegnkodingen Windows-1252 (ANSI)")
    assert render(note.message, "en").startswith(
        "The file was read with the Windows-1252 (ANSI) character encoding, because it is not "
        "valid UTF-8 (the first character that does not fit is on line 1).")
    assert render(note.message, "nn").startswith(
        "Fila er lesen med teiknkodinga Windows-1252 (ANSI), fordi ho ikkje er gyldig UTF-8")


@pytest.mark.parametrize(("lang", "expected"), [
    ("nb", "Kan ikke lese «tom.xlsx»: filen er tom (0 byte). Eksporter den på nytt.\n"),
    ("en", "Cannot read “tom.xlsx”: the file is empty (0 bytes). Export it again.\n"),
])
def test_the_command_line_says_it_in_its_language(tmp_path, capsys, lang, expected):
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(b"")
    assert cli.main(["check", str(empty), "--lang", lang]) == cli.EXIT_UNREADABLE
    assert capsys.readouterr().err == expected
