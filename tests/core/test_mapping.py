"""Sheet and column recognition, and the user's own mapping saved as a profile."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.mapping import (
    MappingProfile,
    ProfileError,
    ProfileStore,
    field_for_header,
    headers_signature,
    profile_from_workbook,
    sheet_kind_for,
    unmapped_report,
)
from nir_desktop.core.readers import read_workbook

FNR = "15838512377"


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize(("name", "kind"), [
    ("Deltakere", SheetKind.DELTAKERE), (" DELTAKERE ", SheetKind.DELTAKERE),
    ("Deltakelse Intro", SheetKind.TILTAK), ("deltakelse_intro", SheetKind.TILTAK),
    ("Deltakelse norsk", SheetKind.NORSK), ("Norskopplæring", SheetKind.NORSK),
    ("Norskopplaering", SheetKind.NORSK), ("Ark1", None), ("Info", None),
])
def test_sheet_names(name: str, kind: SheetKind | None) -> None:
    assert sheet_kind_for(name) is kind


@pytest.mark.parametrize(("kind", "header", "field"), [
    (SheetKind.DELTAKERE, "Fødselsnummer/D-nummer", "fodselsnummer"),
    (SheetKind.DELTAKERE, "FNR", "fodselsnummer"),
    (SheetKind.DELTAKERE, "Gjennomforingsfrist", "gjennomforingsfrist"),
    (SheetKind.DELTAKERE, "Årsak avslutning", "avslutningsarsak"),
    (SheetKind.DELTAKERE, "Permisjon (dager)", "permisjon_dager"),
    (SheetKind.DELTAKERE, "Sluttmål (kun IL)", "sluttmal"),
    (SheetKind.DELTAKERE, "Fra", None),
    (SheetKind.TILTAK, "Fra dato", "startdato"),
    (SheetKind.TILTAK, "Timer/uke", "timer_per_uke"),
    (SheetKind.NORSK, "Periode til", "sluttdato"),
    (SheetKind.NORSK, "Samfunnskunnskap timer", "timer_samfunnskunnskap"),
    (SheetKind.NORSK, "Tiltak", None),
])
def test_headers(kind: SheetKind, header: str, field: str | None) -> None:
    assert field_for_header(kind, header) == field


def test_signature_ignores_order_case_and_csv_file_name() -> None:
    a = {"Deltakere": ["Fnr", "Navn", "Kundenr"], "Tiltak": ["Fnr", "Kode"]}
    b = {"Tiltak": ["kode", "FNR"], "deltakere": ["Kundenr", " Navn", "Fnr", ""]}
    c = {"Deltakere": ["Fnr", "Navn", "Kundenummer"], "Tiltak": ["Fnr", "Kode"]}
    assert headers_signature(a) == headers_signature(b)
    assert headers_signature(a) != headers_signature(c)
    # A CSV file's headers as a plain list: the same as the file read.
    assert headers_signature(["Pnr", "Kundenr"]) == headers_signature({"*": ["kundenr", "PNR"]})


def _unknown_export(tmp_path: Path, name: str = "fagsystem.xlsx") -> Path:
    return write_xlsx(tmp_path / name, {
        "Personer": [["Pnr", "Kundenr", "Frist", "Hovedaktivitet", "Ekstra"],
                     [FNR, "K-1", "01.03.2023", "Arb. heltid", "x"]],
        "Ark2": [["Pnr", "Aktivitet", "Fom", "Tom"],
                 [FNR, "Arb.praksis", "01.03.2021", ""]],
    })


def test_unmapped_report_lists_unknown_headers_and_missing_fields(tmp_path: Path) -> None:
    book = read_workbook(_unknown_export(tmp_path))
    deltakere, ark2 = unmapped_report(book)
    assert (deltakere.sheet, deltakere.kind) == ("Personer", SheetKind.DELTAKERE)
    assert deltakere.unmapped_headers == [(0, "Pnr"), (1, "Kundenr"), (3, "Hovedaktivitet"),
                                          (4, "Ekstra")]
    missing = [f.name for f in deltakere.missing_fields]
    assert "fodselsnummer" in missing and "gjennomforingsfrist" not in missing
    assert [f.name for f in deltakere.missing_required] == ["fodselsnummer"]
    assert (ark2.sheet, ark2.kind, ark2.missing_fields) == ("Ark2", None, [])
    assert any("ingen kolonne for fødselsnummer" in n.message for n in book.notes)


def test_name_fields_are_not_missing_when_given_otherwise(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "n.xlsx", {"Deltakere": [["Fnr", "Fornavn", "Etternavn"],
                                                          [FNR, "Kari", "Nordmann"]]})
    [report] = unmapped_report(read_workbook(path))
    missing = {f.name for f in report.missing_fields}
    assert "navn" not in missing and "fornavn" not in missing and "etternavn" not in missing
    assert "avslutningsarsak" in missing


def _profile() -> MappingProfile:
    return MappingProfile(
        name="Visma Flyktning",
        sheet_map={"Personer": SheetKind.DELTAKERE, "Ark2": SheetKind.TILTAK},
        columns={
            SheetKind.DELTAKERE: {"Pnr": "fodselsnummer", "Kundenr": "saksnummer",
                                  "Hovedaktivitet": "avslutningsarsak", "Frist": None},
            SheetKind.TILTAK: {"Pnr": "fodselsnummer", "Aktivitet": "tiltak",
                               "Fom": "startdato", "Tom": "sluttdato"},
        },
        value_map={"tiltak": {"Arb.praksis": "Arbeidspraksis"},
                   "avslutningsarsak": {"arb. HELTID": "Arbeid heltid"}},
    )


def test_profile_beats_automatic_recognition(tmp_path: Path) -> None:
    book = read_workbook(_unknown_export(tmp_path), profile=_profile())
    d = book.sheet(SheetKind.DELTAKERE)
    t = book.sheet(SheetKind.TILTAK)
    assert d is not None and t is not None
    # "Frist" would be recognised as gjennomføringsfrist; the user said it is not.
    assert d.columns == {"fodselsnummer": 0, "saksnummer": 1, "avslutningsarsak": 3}
    assert d.parsed["saksnummer"] == ["K-1"]
    # The file's own spelling maps to the code list value; the cell keeps its spelling.
    assert d.parsed["avslutningsarsak"] == ["Arbeid heltid"]
    assert d.raw(0, 3) == "Arb. heltid"
    assert t.name == "Ark2" and t.parsed["tiltak"] == ["Arbeidspraksis"]
    assert t.parsed["sluttdato"] == [None]
    assert not any("fødselsnummer" in n.message for n in book.notes)
    # An edit in the review re-parses through the same value map.
    t.set_raw(0, 1, "arb.praksis ")
    assert t.parsed["tiltak"] == ["Arbeidspraksis"]
    [report, _] = unmapped_report(book)
    assert report.unmapped_headers == [(2, "Frist"), (4, "Ekstra")]


def test_profile_store_round_trip(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiler")
    assert store.list() == []
    book = read_workbook(_unknown_export(tmp_path))
    profile = _profile().model_copy(update={"headers_signature": headers_signature(book)})
    store.save(profile)
    assert store.names() == ["Visma Flyktning"]
    assert store.load("Visma Flyktning") == profile

    # Next month's export, same headers in another order: the profile is found.
    again = write_xlsx(tmp_path / "neste.xlsx", {
        "Personer": [["Kundenr", "Pnr", "Frist", "Ekstra", "Hovedaktivitet"]],
        "Ark2": [["Tom", "Fom", "Aktivitet", "Pnr"]],
    })
    found = store.find_for(read_workbook(again))
    assert found is not None and found.name == "Visma Flyktning"
    other = write_xlsx(tmp_path / "annen.xlsx", {"Deltakere": [["Fnr", "Navn"], [FNR, "K"]]})
    assert store.find_for(read_workbook(other)) is None

    renamed = store.rename("Visma Flyktning", "Visma (Bergen)")
    assert renamed.name == "Visma (Bergen)" and store.names() == ["Visma (Bergen)"]
    exported = store.export("Visma (Bergen)", tmp_path / "deling" / "profil.json")
    assert json.loads(exported.read_text(encoding="utf-8"))["name"] == "Visma (Bergen)"

    store.delete("Visma (Bergen)")
    assert store.names() == []
    with pytest.raises(ProfileError) as info:
        store.load("Visma (Bergen)")
    assert info.value.message == "Finner ingen koblingsprofil med navnet «Visma (Bergen)»."

    colleague = ProfileStore(tmp_path / "kollega")
    imported = colleague.import_file(exported)
    assert imported == renamed and colleague.names() == ["Visma (Bergen)"]
    with pytest.raises(ProfileError):
        colleague.import_file(exported, replace=False)


def test_rename_onto_existing_name_is_refused(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.save(MappingProfile(name="A"))
    store.save(MappingProfile(name="B"))
    with pytest.raises(ProfileError) as info:
        store.rename("A", "B")
    assert info.value.message == "Det finnes allerede en koblingsprofil med navnet «B»."
    assert store.names() == ["A", "B"]


def test_broken_profile_file_gives_a_message_and_is_skipped(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.save(MappingProfile(name="God"))
    (tmp_path / "rusk.json").write_text("{ikke json", encoding="utf-8")
    (tmp_path / "feil.json").write_text(json.dumps({"name": "X", "columns": {"tull": {}}}),
                                        encoding="utf-8")
    assert store.names() == ["God"]
    with pytest.raises(ProfileError) as info:
        ProfileStore.load_file(tmp_path / "rusk.json")
    assert info.value.message == ("«rusk.json» er ikke en gyldig koblingsprofil "
                                  "(JSONDecodeError).")
    newer = tmp_path / "ny.json"
    newer.write_text(json.dumps({"name": "Ny", "schema_version": 99}), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        ProfileStore.load_file(newer)
    assert "nyere versjon av NIR-kontroll" in info.value.message


def test_profile_from_workbook_reproduces_the_mapping(tmp_path: Path) -> None:
    path = _unknown_export(tmp_path)
    mapped = read_workbook(path, profile=_profile())
    saved = profile_from_workbook("Min", mapped)
    assert saved.headers_signature == headers_signature(read_workbook(path))
    assert saved.columns[SheetKind.DELTAKERE]["Frist"] is None
    again = read_workbook(path, profile=saved)
    assert [(s.kind, s.columns) for s in again.sheets] == \
        [(s.kind, s.columns) for s in mapped.sheets]
    assert again.sheets[1].parsed["tiltak"] == ["Arbeidspraksis"]


def test_csv_profile_applies_whatever_the_file_is_called(tmp_path: Path) -> None:
    first = tmp_path / "januar.csv"
    first.write_text(f"Pnr;Kundenr\n{FNR};K-9\n", encoding="utf-8")
    profile = MappingProfile(name="CSV", columns={SheetKind.DELTAKERE: {
        "Pnr": "fodselsnummer", "Kundenr": "saksnummer"}})
    profile.headers_signature = headers_signature(read_workbook(first))
    store = ProfileStore(tmp_path / "p")
    store.save(profile)
    second = tmp_path / "februar.csv"
    second.write_text(f"Pnr;Kundenr\n{FNR};K-10\n", encoding="utf-8")
    found = store.find_for(read_workbook(second))
    assert found is not None
    book = read_workbook(second, profile=found)
    assert book.sheets[0].parsed["saksnummer"] == ["K-10"]
    assert book.sheets[0].parsed["fodselsnummer"] == [FNR]


def test_profile_naming_an_unknown_field_is_noted(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", {"Deltakere": [["Fnr", "Rar"], [FNR, "1"]]})
    profile = MappingProfile(name="P", columns={SheetKind.DELTAKERE: {"Rar": "finnes_ikke"}})
    book = read_workbook(path, profile=profile)
    assert book.sheets[0].columns == {"fodselsnummer": 0}
    assert any("«finnes_ikke»" in n.message for n in book.notes)


def test_suggestions_for_the_mapping_dialog(tmp_path: Path) -> None:
    from nir_desktop.core.mapping import suggest_columns

    path = write_xlsx(tmp_path / "nesten.xlsx", {"Deltakere": [
        ["Fødselsnumer", "Navn", "Avslutningsårsak (hovedaktivitet)", "Dato for vedtaket",
         "Programstart dato for deltaker", "Tull"],
        [FNR, "Kari", "Annet", "01.01.2021", "01.02.2021", "x"]]})
    sheet = read_workbook(path).sheets[0]
    assert sheet.columns == {"navn": 1, "avslutningsarsak": 2}
    assert suggest_columns(sheet) == {0: "fodselsnummer", 3: "vedtaksdato", 4: "programstart"}


def test_remap_an_open_workbook_with_a_profile_and_back(tmp_path: Path) -> None:
    from nir_desktop.core.mapping import MappingNote
    from nir_desktop.core.readers import remap_workbook

    path = tmp_path / "eksport.xlsx"
    write_xlsx(path, {"Personer": [["Pnr", "Kundenr", "Frist"],
                                   [FNR, "K-1", "01.03.2023"]],
                      "Ark2": [["Pnr", "Aktivitet"], [FNR, "Arb.praksis"]]})
    wb = openpyxl.load_workbook(path)
    wb["Personer"].merge_cells("B2:C2")
    wb.save(path)
    book = read_workbook(path)
    assert [s.kind for s in book.sheets] == [SheetKind.DELTAKERE, None]
    assert any("ingen kolonne for fødselsnummer" in n.message for n in book.notes)
    merged_note = next(n for n in book.notes if "sammenslåtte" in n.message)

    remap_workbook(book, _profile())
    d, t = book.sheets
    assert (d.kind, t.kind) == (SheetKind.DELTAKERE, SheetKind.TILTAK)
    assert d.columns == {"fodselsnummer": 0, "saksnummer": 1}
    assert d.parsed["fodselsnummer"] == [FNR]
    assert t.parsed["tiltak"] == ["Arbeidspraksis"]
    assert not any("fødselsnummer" in n.message for n in book.notes)
    assert merged_note in book.notes and not isinstance(merged_note, MappingNote)

    remap_workbook(book, None)
    assert [s.kind for s in book.sheets] == [SheetKind.DELTAKERE, None]
    assert book.sheets[0].columns == {"gjennomforingsfrist": 2}
    assert book.sheets[1].parsed == {} and book.sheets[1].value_map == {}
    assert sum("ingen kolonne for fødselsnummer" in n.message for n in book.notes) == 1


def test_saved_profile_is_chosen_automatically_on_the_next_open(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiler")
    first = read_workbook(_unknown_export(tmp_path, "mars.xlsx"))
    assert first.profile is None
    store.save(_profile().model_copy(update={"headers_signature": headers_signature(first)}))

    book = read_workbook(_unknown_export(tmp_path, "april.xlsx"), profiles=store)
    assert book.profile == "Visma Flyktning"
    assert book.sheets[0].columns["fodselsnummer"] == 0
    assert book.sheets[1].parsed["tiltak"] == ["Arbeidspraksis"]
    assert book.notes[0].message == ("Koblingsprofilen «Visma Flyktning» er brukt, fordi den "
                                     "er laget for filer med de samme kolonnene.")
    other = write_xlsx(tmp_path / "annen.xlsx", {"Deltakere": [["Fnr"], [FNR]]})
    assert read_workbook(other, profiles=store).profile is None
