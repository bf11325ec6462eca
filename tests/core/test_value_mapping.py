"""Value mapping, the user's own code lists and the mapping dialog's helpers (no Qt)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from nir_desktop.core.codelists import CodeListError
from nir_desktop.core.edits import net_edits
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.mapping import MappingProfile, ProfileStore, profile_from_workbook
from nir_desktop.core.mapping_assist import (
    guess_columns,
    guess_field,
    mapping_wanted,
    preview,
    rules_blocked,
    unknown_codes,
    workbook_mapping,
)
from nir_desktop.core.readers import read_workbook
from nir_desktop.core.rules.engine import check
from nir_desktop.core.user_codelists import (
    add_code,
    export_codelists,
    import_codelists,
    is_customised,
    load_codelists,
    restore_builtin,
    save_list,
)
from nir_desktop.core.value_mapping import value_map_edits, with_value

FNR1 = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
FNR2 = make_synthetic(date(1990, 11, 2), 456, next_valid=True)


def _workbook_file(path: Path, tiltak_values: tuple[str, str] = ("Arb.praksis", "Norskopplæring")
                   ) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Navn", "Programstart", "Vedtaksdato", "Avsl. årsak"])
    ws.append([FNR1, "Kari Test", "01.03.2021", "15.02.2021", ""])
    ws.append([FNR2, "Ola Test", "01.04.2021", "20.03.2021", ""])
    t = wb.create_sheet("Tiltak")
    t.append(["Fødselsnummer", "Tiltak", "Startdato", "Sluttdato"])
    t.append([FNR1, tiltak_values[0], "01.03.2021", "31.12.2021"])
    t.append([FNR2, tiltak_values[1], "01.04.2021", "31.12.2021"])
    t.append([FNR2, tiltak_values[0], "01.05.2021", "31.12.2021"])
    wb.save(path)
    return path


def _kode001(result) -> list[tuple[str | None, str]]:
    return [(f.sheet, f.params["value"]) for f in result.findings if f.rule == "KODE001"]


# --- value mapping ----------------------------------------------------------------------


def test_value_mapping_makes_the_check_accept_the_files_spelling(tmp_path):
    path = _workbook_file(tmp_path / "eksport.xlsx")
    plain = read_workbook(path)
    assert _kode001(check(plain, 2021)) == [("Tiltak", "Arb.praksis")] * 2

    profile = with_value(MappingProfile(name="Fagsystem"), "tiltak", "Arb.praksis",
                         "Arbeidspraksis")
    mapped = read_workbook(path, profile=profile)
    assert _kode001(check(mapped, 2021)) == []
    # The check also sees its group: an arbeidsrettet tiltak, so no INT001 for person 1.
    tiltak = mapped.sheet(SheetKind.TILTAK)
    assert tiltak is not None and tiltak.value(0, "tiltak") == "Arbeidspraksis"
    assert tiltak.text(0, tiltak.columns["tiltak"]) == "Arb.praksis"  # the cell is kept


def test_value_map_edits_write_the_canonical_value_only_where_mapped(tmp_path):
    path = _workbook_file(tmp_path / "eksport.xlsx", ("arb.PRAKSIS ", "Norskopplæring"))
    profile = with_value(MappingProfile(name="p"), "tiltak", "Arb.praksis", "Arbeidspraksis")
    wb = read_workbook(path, profile=profile)
    edits = value_map_edits(wb, profile)
    assert [(e.sheet, e.row, e.column, e.old, e.new, e.field) for e in edits] == [
        ("Tiltak", 2, 1, "arb.PRAKSIS ", "Arbeidspraksis", "tiltak"),
        ("Tiltak", 4, 1, "arb.PRAKSIS ", "Arbeidspraksis", "tiltak"),
    ]
    # Without a profile: the mappings the workbook was read with.
    assert value_map_edits(wb) == edits
    # No mapping, no edits.
    assert value_map_edits(read_workbook(path)) == []
    # After the user edited one of the cells, that cell's edit starts from the new text.
    tiltak = wb.sheet(SheetKind.TILTAK)
    tiltak.set_raw(0, 1, "Arbeidspraksis")
    assert [e.row for e in value_map_edits(wb)] == [4]
    assert len(net_edits(value_map_edits(wb))) == 1


def test_with_value_replaces_a_spelling_whatever_its_case_and_removes_it():
    p = with_value(MappingProfile(name="p"), "tiltak", "Arb.praksis", "Arbeidspraksis")
    p = with_value(p, "tiltak", "ARB.PRAKSIS", "Språkpraksis")
    assert p.value_map == {"tiltak": {"ARB.PRAKSIS": "Språkpraksis"}}
    assert with_value(p, "tiltak", "arb.praksis", None).value_map == {}


def test_value_mapping_survives_a_saved_profile(tmp_path):
    path = _workbook_file(tmp_path / "eksport.xlsx")
    wb = read_workbook(path, profile=with_value(MappingProfile(name="x"), "tiltak",
                                                "Arb.praksis", "Arbeidspraksis"))
    store = ProfileStore(tmp_path / "profiles")
    store.save(profile_from_workbook("Kommune A", wb))
    again = read_workbook(path, profiles=store)
    assert again.profile == "Kommune A"
    assert _kode001(check(again, 2021)) == []


# --- the user's code lists --------------------------------------------------------------


def test_added_code_is_known_to_the_next_check_and_restore_forgets_it(tmp_path):
    user = tmp_path / "codelists"
    path = _workbook_file(tmp_path / "eksport.xlsx")
    wb = read_workbook(path)
    assert _kode001(check(wb, 2021, codelists=load_codelists(user)))
    codes = add_code("tiltak", "Arb.praksis", {"group": "arbeid"}, user_dir=user)
    assert codes.group_of("arb.praksis") == "arbeid"
    assert is_customised("tiltak", user)
    assert _kode001(check(wb, 2021, codelists=load_codelists(user))) == []
    restore_builtin("tiltak", user)
    assert not is_customised("tiltak", user)
    assert load_codelists(user).canonical("tiltak", "Arb.praksis") is None


def test_a_removed_shipped_value_stays_removed(tmp_path):
    user = tmp_path / "codelists"
    codes = load_codelists(user)
    cl = codes.lists["avslutningsarsak"]
    cl.values = [v for v in cl.values if v.code != "Sykdom"]
    save_list(cl, user)
    again = load_codelists(user)
    assert again.canonical("avslutningsarsak", "Sykdom") is None
    assert again.outcome_of("Arbeid heltid") == "work"


def test_export_import_round_trip(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    add_code("avslutningsarsak", "Lærling", {"outcome": "education"}, user_dir=a)
    out = export_codelists(load_codelists(a), tmp_path / "kodelister.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [x["name"] for x in data["lists"]] == ["lov", "tiltak", "sluttmal", "avslutningsarsak",
                                                  "kategori", "norskmal"]
    assert import_codelists(out, b) == ["lov", "tiltak", "sluttmal", "avslutningsarsak",
                                        "kategori", "norskmal"]
    assert load_codelists(b).outcome_of("lærling") == "education"


def test_a_plain_additive_list_file_adds_to_the_shipped_list(tmp_path):
    f = tmp_path / "egen.json"
    f.write_text(json.dumps({"name": "sluttmal", "values": [{"code": "Fagbrev"}]}),
                 encoding="utf-8")
    codes = load_codelists(f, strict=True)
    assert codes.canonical("sluttmal", "fagbrev") == "Fagbrev"
    assert codes.canonical("sluttmal", "Arbeid") == "Arbeid"


def test_bad_code_list_files_give_norwegian_messages(tmp_path):
    bad = tmp_path / "feil.json"
    bad.write_text("{ikke json", encoding="utf-8")
    with pytest.raises(CodeListError, match="ikke en gyldig kodelistefil"):
        load_codelists(bad, strict=True)
    with pytest.raises(CodeListError, match="ikke en gyldig kodelistefil"):
        import_codelists(bad, tmp_path / "u")
    unknown = tmp_path / "ukjent.json"
    unknown.write_text(json.dumps({"name": "farger", "values": []}), encoding="utf-8")
    with pytest.raises(CodeListError, match="ukjent kodeliste"):
        import_codelists(unknown, tmp_path / "u")
    # A broken file in the user's folder does not stop the app from starting.
    user = tmp_path / "u2"
    user.mkdir()
    (user / "tiltak.json").write_text("[]", encoding="utf-8")
    assert load_codelists(user).canonical("tiltak", "Arbeidspraksis") == "Arbeidspraksis"


# --- the mapping dialog's helpers -------------------------------------------------------


@pytest.mark.parametrize(("header", "kind", "field"), [
    ("Avsl. årsak", SheetKind.DELTAKERE, "avslutningsarsak"),
    ("Fødsels nr.", SheetKind.DELTAKERE, "fodselsnummer"),
    ("Fødselsnumer", SheetKind.DELTAKERE, "fodselsnummer"),
    ("Prog.start", SheetKind.DELTAKERE, "programstart"),
    ("Gj.frist", SheetKind.DELTAKERE, "gjennomforingsfrist"),
    ("Timer norsk.", SheetKind.NORSK, "timer_norsk"),
    ("Dato", SheetKind.DELTAKERE, None),
    ("Kommentar", SheetKind.DELTAKERE, None),
])
def test_guess_field(header, kind, field):
    assert guess_field(kind, header) == field


def test_guess_columns_skips_mapped_fields_and_uses_each_field_once(tmp_path):
    path = _workbook_file(tmp_path / "eksport.xlsx")
    wb = read_workbook(path)
    d = wb.sheet(SheetKind.DELTAKERE)
    assert "avslutningsarsak" not in d.columns
    assert guess_columns(d) == {4: "avslutningsarsak"}
    # As the user chose: Avsl. årsak already mapped elsewhere → nothing left to guess.
    assert guess_columns(d, columns={**d.columns, "avslutningsarsak": 1}) == {}


def test_preview_masks_fodselsnummer(tmp_path):
    wb = read_workbook(_workbook_file(tmp_path / "eksport.xlsx"))
    d = wb.sheet(SheetKind.DELTAKERE)
    shown = preview(d, 0)
    assert len(shown) == 2 and FNR1 not in " ".join(shown) and shown[0].startswith("158385")
    assert preview(d, 1) == ["Kari Test", "Ola Test"]


def test_rules_blocked_names_the_missing_field(tmp_path):
    wb = read_workbook(_workbook_file(tmp_path / "eksport.xlsx"))
    blocked = {b.rule: b.missing for b in rules_blocked(workbook_mapping(wb), 2021)}
    assert blocked["AVS001"] == ("Deltakere: Avslutningsdato", "Deltakere: Avslutningsårsak")
    assert blocked["INT002"] == ("arket Norsk",)
    mapping = workbook_mapping(wb)
    mapping[SheetKind.DELTAKERE] |= {"avslutningsdato", "avslutningsarsak"}
    assert "AVS001" not in {b.rule for b in rules_blocked(mapping, 2021)}
    # Without a fødselsnummer column the sheet is not checked at all.
    no_fnr = {SheetKind.DELTAKERE: {"programstart", "vedtaksdato"}}
    assert rules_blocked(no_fnr, 2021)[0].missing[0] == "Deltakere: Fødselsnummer"


def test_unknown_codes_lists_each_unknown_spelling_once(tmp_path):
    wb = read_workbook(_workbook_file(tmp_path / "eksport.xlsx"))
    t = wb.sheet(SheetKind.TILTAK)
    assert unknown_codes(t, load_codelists(tmp_path / "none"), "tiltak",
                         t.columns["tiltak"]) == ["Arb.praksis"]


def test_mapping_wanted_when_fnr_is_missing_or_headers_look_like_fields(tmp_path):
    wb = read_workbook(_workbook_file(tmp_path / "eksport.xlsx"))
    assert mapping_wanted(wb) == ["Arket «Deltakere» har kolonner som ikke ble gjenkjent, "
                                  "men som ligner kjente felt: «Avsl. årsak»."]
    path = tmp_path / "ukjent.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Personident", "Kommentar"])
    book.active.append([FNR1, "x"])
    book.save(path)
    assert mapping_wanted(read_workbook(path)) == [
        "Arket «Sheet» har ingen kolonne for fødselsnummer.",
        "Arket «Sheet» har kolonner som ikke ble gjenkjent, men som ligner kjente felt: "
        "«Personident»."]
    # Read with a profile: the user has mapped it.
    assert mapping_wanted(read_workbook(path, profile=MappingProfile(name="p"))) == []


def test_fodselsnummer_column_is_guessed_from_its_values_whatever_its_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Løpenr", "Personident", "Navn"])
    # One number damaged by Excel (leading zero lost) and one typo among valid numbers.
    padded = make_synthetic(date(1984, 1, 5), 200, next_valid=True)
    ws.append([1, FNR1, "Kari Test"])
    ws.append([2, int(padded), "Ola Test"])
    ws.append([3, FNR2, "Per Test"])
    ws.append([4, FNR2[:-1] + str((int(FNR2[-1]) + 1) % 10), "Lise Test"])
    ws.append([5, FNR1, "Kari Test"])
    wb.save(tmp_path / "fagsystem.xlsx")
    d = read_workbook(tmp_path / "fagsystem.xlsx").sheet(SheetKind.DELTAKERE)
    assert "fodselsnummer" not in d.columns
    assert guess_columns(d)[1] == "fodselsnummer"
    # A column of running numbers or names is never taken for one.
    assert 0 not in guess_columns(d) and 2 not in guess_columns(d)


def test_no_fodselsnummer_guess_when_too_few_values_are_valid(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Kundenr", "Navn"])
    for i in range(10):
        ws.append([f"{12345678900 + i}", "Test"])
    wb.save(tmp_path / "f.xlsx")
    d = read_workbook(tmp_path / "f.xlsx").sheet(SheetKind.DELTAKERE)
    assert "fodselsnummer" not in guess_columns(d).values()
