"""The Opplæring sheet (norsk og samfunnskunnskap as an ordning of its own) through every
layer: reading, mapping, the code lists, the check's row rules, export and sessions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.edits import CellEdit
from nir_desktop.core.fields import FIELDS, SheetKind
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.mapping import MappingProfile, profile_from_workbook
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.rules import check, render
from nir_desktop.core.session import Autosaver, SessionStore, apply_to, new_session
from nir_desktop.core.writers.apply import apply_edits

A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
B = make_synthetic(date(1990, 7, 2), 214, next_valid=True)

OPPL_HEADER = ["Fødselsnummer", "Lov", "Kategori", "Utdanningsbakgrunn", "Vedtaksdato",
               "Vedtakstype", "Startdato", "Gjennomføringsfrist", "Norskmål",
               "Fulltid videregående", "Sluttdato", "Permisjon", "Merknad"]


def write_export(path: Path, oppl_rows: list[list[object]] | None = None,
                 oppl_name: str = "Opplæring", oppl_header: list[str] | None = None) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets: dict[str, list[list[object]]] = {
        "Deltakere": [["Fødselsnummer", "Lov", "Kategori", "Programstart"],
                      [A, "Integreringsloven", "Rett og plikt", "01.03.2025"]],
        "Tiltak": [["Fødselsnummer", "Tiltak", "Startdato"], [A, "Norskopplæring", "01.03.2025"]],
        "Norsk": [["Fødselsnummer", "Startdato", "Sluttdato", "Timer norsk"],
                  [B, "01.02.2025", "30.06.2025", 120]],
        oppl_name: [oppl_header or OPPL_HEADER, *(oppl_rows if oppl_rows is not None else [
            [A, "Integreringsloven", "Rett og plikt", "Ja", "15.02.2025", "Ordinær",
             "01.03.2025", "31.08.2026", "B1", "Nei", None, 0, "første"],
            [B, "6A", "rett til norsk", None, "10.01.2025", None, "01.02.2025",
             "31.01.2026", None, None, None, 14, "andre"],
        ])],
    }
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_the_opplaering_sheet_is_recognised_with_every_field(tmp_path: Path) -> None:
    wb = read_workbook(write_export(tmp_path / "eksport.xlsx"))
    assert [(s.name, s.kind) for s in wb.sheets] == [
        ("Deltakere", SheetKind.DELTAKERE), ("Tiltak", SheetKind.TILTAK),
        ("Norsk", SheetKind.NORSK), ("Opplæring", SheetKind.OPPLAERING)]
    s = wb.sheet(SheetKind.OPPLAERING)
    assert s is not None
    assert s.columns == {f.name: i for i, f in enumerate(FIELDS[SheetKind.OPPLAERING])}
    assert s.row_numbers == [2, 3]
    assert s.value(0, "utdanningsbakgrunn") is True
    assert s.value(0, "vedtaksdato") == date(2025, 2, 15)
    assert s.value(1, "permisjon_dager") == 14
    assert s.text(0, 12) == "første"  # an unknown column is kept as it is
    d = wb.sheet(SheetKind.DELTAKERE)
    assert d is not None and d.value(0, "kategori") == "Rett og plikt"


@pytest.mark.parametrize("name", ["Opplæring", "OPPLAERING", " opplæring ",
                                  "Norsk og samfunnskunnskap", "Norsk rett og norskmål"])
def test_sheet_names_that_mean_opplaering(tmp_path: Path, name: str) -> None:
    wb = read_workbook(write_export(tmp_path / "eksport.xlsx", oppl_name=name))
    s = wb.sheet(SheetKind.OPPLAERING)
    assert s is not None and s.name == name


def test_header_synonyms_of_the_opplaering_fields(tmp_path: Path) -> None:
    header = ["Fnr", "Lovgrunnlag", "Rett/plikt", "Vgo fra før", "Dato vedtak", "Type vedtak",
              "Oppstart", "Frist", "Norskmål", "Deltar i fulltid vgo", "Avsluttet",
              "Permisjonsdager"]
    wb = read_workbook(write_export(tmp_path / "e.xlsx", oppl_header=header, oppl_rows=[
        [A, "IntL", "Plikt", "nei", "01.01.2025", "Utvidet norskopplæring", "01.02.2025",
         "01.08.2026", "A2", "ja", "30.06.2025", "3"]]))
    s = wb.sheet(SheetKind.OPPLAERING)
    assert s is not None
    assert set(s.columns) == {f.name for f in FIELDS[SheetKind.OPPLAERING]}
    assert s.value(0, "utdanningsbakgrunn") is False and s.value(0, "fulltid_vgo") is True
    assert s.value(0, "avslutningsdato") == date(2025, 6, 30)


def test_a_mapping_profile_maps_an_unknown_opplaering_header(tmp_path: Path) -> None:
    header = list(OPPL_HEADER)
    header[8] = "Mål for norsk"  # not a header the product knows
    path = write_export(tmp_path / "e.xlsx", oppl_header=header)
    first = read_workbook(path)
    s = first.sheet(SheetKind.OPPLAERING)
    assert s is not None and "norskmal" not in s.columns
    s.columns["norskmal"] = 8
    profile = profile_from_workbook("Fagsystem X", first)
    assert profile.columns[SheetKind.OPPLAERING]["Mål for norsk"] == "norskmal"
    again = read_workbook(path, profile=MappingProfile.model_validate_json(
        profile.model_dump_json()))
    s2 = again.sheet(SheetKind.OPPLAERING)
    assert s2 is not None and s2.columns["norskmal"] == 8 and s2.value(0, "norskmal") == "B1"


def test_kategori_and_norskmal_code_lists() -> None:
    codes = CodeLists.default()
    assert codes.canonical("kategori", "rett og plikt") == "Rett og plikt"
    assert codes.kind_of("Rett til norsk") == "rett"
    assert codes.kind_of("Norsk rett/norskmål") == "rett"
    assert codes.kind_of("Plikt") == "plikt"
    assert codes.canonical("norskmal", " b1 ") == "B1"
    assert codes.canonical("norskmal", "C1/karakteren 2") == "Norskprøve C1/karakteren 2"
    for name in ("kategori", "norskmal"):
        cl = codes.lists[name]
        assert not cl.verified and cl.note.startswith("UNVERIFIED")
    assert [v.code for v in codes.lists["norskmal"].values if v.attrs.get("verified")] == [
        "Norskprøve C1/karakteren 2"]


def test_kode001_and_kode002_cover_kategori_and_norskmal(tmp_path: Path) -> None:
    wb = read_workbook(write_export(tmp_path / "e.xlsx", oppl_rows=[
        [A, "Integreringsloven", "rett og plikt", "Ja", "15.02.2025", None, "01.03.2025",
         None, "B3", None, None, None, None]]))
    result = check(wb, 2025, today=date(2026, 12, 1))
    got = sorted((f.rule, f.sheet, f.row, f.field, render(f, "nb", strict=True))
                 for f in result.findings if f.rule in ("KODE001", "KODE002"))
    assert got == [
        ("KODE001", "Opplæring", 2, "norskmal", "«B3» er ikke en kjent verdi for Norskmål."),
        ("KODE002", "Opplæring", 2, "kategori",
         "«rett og plikt» er godkjent, men skrives «Rett og plikt» i kodelisten."),
    ]


def test_an_opplaering_period_that_ends_before_it_starts_is_dat002(tmp_path: Path) -> None:
    wb = read_workbook(write_export(tmp_path / "e.xlsx", oppl_rows=[
        [A, "Integreringsloven", "Rett og plikt", "Ja", "15.02.2025", None, "01.03.2025",
         None, "B1", None, "01.02.2025", None, None]]))
    result = check(wb, 2025, today=date(2026, 12, 1))
    assert [(f.sheet, f.row, f.field, render(f, "nb", strict=True))
            for f in result.findings if f.rule == "DAT002"] == [
        ("Opplæring", 2, "avslutningsdato",
         "Perioden slutter 01.02.2025, før den starter 01.03.2025.")]


def test_an_edit_on_an_opplaering_row_is_exported_in_the_same_layout(tmp_path: Path) -> None:
    path = write_export(tmp_path / "e.xlsx")
    wb = read_workbook(path)
    s = wb.sheet(SheetKind.OPPLAERING)
    assert s is not None
    c = s.columns["norskmal"]
    edit = CellEdit("Opplæring", 3, c, "", "A2", "NOR004", "norskmal")
    out = tmp_path / "e_korrigert.xlsx"
    apply_edits(path, wb, [edit], out)
    again = read_workbook(out)
    s2 = again.sheet(SheetKind.OPPLAERING)
    assert s2 is not None
    assert s2.headers == s.headers
    assert s2.value(1, "norskmal") == "A2"
    assert [s2.text(0, i) for i in range(len(s.headers))] == \
        [s.text(0, i) for i in range(len(s.headers))]
    assert [x.name for x in again.sheets] == [x.name for x in wb.sheets]


def test_an_edit_on_an_opplaering_row_is_journalled_and_restored(tmp_path: Path) -> None:
    path = write_export(tmp_path / "e.xlsx")
    wb = read_workbook(path)
    s = wb.sheet(SheetKind.OPPLAERING)
    assert s is not None
    c = s.columns["utdanningsbakgrunn"]
    store = SessionStore(tmp_path / "sessions")
    saver = Autosaver(store, new_session(wb), delay_s=60)
    edit = CellEdit("Opplæring", 3, c, s.text(1, c), "Nei", "NOR002", "utdanningsbakgrunn")
    s.set_raw(1, c, "Nei")
    saver.record_edit(edit, wb)
    saver.close()
    assert s.value(1, "utdanningsbakgrunn") is False

    fresh = read_workbook(path)
    loaded = store.load(fresh.content_hash)
    assert loaded is not None
    assert [(e.sheet, e.row, e.field, e.new, e.fnr) for e in loaded.edits] == [
        ("Opplæring", 3, "utdanningsbakgrunn", "Nei", B)]
    result = apply_to(loaded, fresh)
    assert len(result.applied) == 1 and not result.conflicts and not result.not_applied
    s3 = fresh.sheet(SheetKind.OPPLAERING)
    assert s3 is not None and s3.value(1, "utdanningsbakgrunn") is False
