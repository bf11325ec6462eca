"""Column mapping in the real window: a file with unknown headers opens, the dialog maps
it, the check runs with the mapping, and the saved profile is used on the next open."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
from conftest import open_and_wait
from PySide6.QtWidgets import QLabel

from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.mapping import ProfileStore

FNR1 = make_synthetic(date(1985, 3, 15), 123, next_valid=True)  # synthetic (month + 80)
FNR2 = make_synthetic(date(1990, 11, 2), 456, next_valid=True)


def _unknown_headers(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Personer"
    ws.append(["Personident", "Fullt navn", "Prog.start", "Vedtak dato", "Avsl. årsak",
               "Avsluttet", "Kommentar"])
    ws.append([FNR1, "Kari Test", "01.03.2021", "15.02.2021", "Arbeid heltid",
               "30.11.2021", "ok"])
    ws.append([FNR2, "Ola Test", "01.04.2021", "20.03.2021", "", "15.12.2021", ""])
    t = wb.create_sheet("Tiltak")
    t.append(["Fødselsnummer", "Tiltak", "Startdato", "Sluttdato"])
    t.append([FNR1, "Arb.praksis", "01.03.2021", "30.11.2021"])
    t.append([FNR2, "Norskopplæring", "01.04.2021", "31.12.2021"])
    wb.save(path)
    return path


def _wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=60_000)


def test_unknown_headers_are_mapped_checked_and_remembered(qtbot, window, mapping, tmp_path):
    from nir_desktop.gui.mapping.mapping_dialog import MappingDialog

    path = _unknown_headers(tmp_path / "fagsystem.xlsx")
    open_and_wait(qtbot, window, path, year=2021)
    doc = window.document
    # Without a fødselsnummer column the Deltakere sheet is not checked at all.
    assert any(nc.rule == "ID001" and nc.sheet == "Personer" for nc in doc.not_checked)
    # ... so the dialog offers itself, saying why.
    qtbot.waitUntil(lambda: isinstance(mapping.dialog, MappingDialog), timeout=5000)
    dlg: MappingDialog = mapping.dialog
    assert dlg.isVisible()
    assert "fødselsnummer" in dlg.findChild(QLabel, "reasonsLabel").text()
    # Pre-filled: recognised headers, the guesses for the abbreviated ones, and the
    # fødselsnummer column recognised by its values although its header says "Personident".
    assert dlg.columns["Personer"] == {1: "navn", 3: "vedtaksdato", 4: "avslutningsarsak",
                                       5: "avslutningsdato", 2: "programstart",
                                       0: "fodselsnummer"}
    assert dlg.guessed["Personer"] == {0, 2, 4}
    assert "Deltakere: Fødselsnummer" not in dlg.blocked.toPlainText()
    # Previews show the first values, with the fødselsnummer masked.
    preview = dlg._tables["Personer"].item(0, 1).text()
    assert FNR1 not in preview and FNR1[:6] in preview
    # Undoing the guess blocks every rule that needs the fødselsnummer; choosing it again
    # unblocks them.
    dlg.set_field("Personer", 0, None)
    assert "Deltakere: Fødselsnummer" in dlg.blocked.toPlainText()
    dlg.set_field("Personer", 0, "fodselsnummer")
    assert "Deltakere: Fødselsnummer" not in dlg.blocked.toPlainText()
    dlg.name_edit.setText("Fagsystem X")
    with qtbot.waitSignal(window.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        assert dlg.save_and_accept()

    # The check ran again with the mapping: the Deltakere sheet is checked now.
    assert doc.workbook.profile == "Fagsystem X"
    sheet = doc.workbook.sheet_named("Personer")
    assert sheet.columns["fodselsnummer"] == 0 and sheet.columns["avslutningsarsak"] == 4
    assert not any(nc.rule == "ID001" for nc in doc.not_checked)
    # Ola ended without an avslutningsårsak: found now that the columns are known.
    assert [(f.sheet, f.row) for f in doc.findings if f.rule == "AVS001"] == [("Personer", 3)]
    saved = ProfileStore(tmp_path / "profiles").load("Fagsystem X")
    assert saved.columns["deltakere"]["Personident"] == "fodselsnummer"

    # Next time the same kind of file opens, the profile is chosen by itself, no dialog.
    window.close_file()
    mapping.dialog = None
    other = _unknown_headers(tmp_path / "neste-maaned.xlsx")
    open_and_wait(qtbot, window, other, year=2021)
    assert window.document.workbook.profile == "Fagsystem X"
    assert window.document.workbook.sheet_named("Personer").columns["fodselsnummer"] == 0
    qtbot.wait(50)
    assert mapping.dialog is None


def test_value_mapping_in_the_dialog_makes_the_check_accept_the_spelling(
        qtbot, window, mapping, tmp_path):
    path = _unknown_headers(tmp_path / "fagsystem.xlsx")
    open_and_wait(qtbot, window, path, year=2021)
    assert [f.params["value"] for f in window.document.findings
            if f.rule == "KODE001"] == ["Arb.praksis"]
    qtbot.waitUntil(lambda: mapping.dialog is not None, timeout=5000)
    dlg = mapping.dialog
    dlg.set_field("Personer", 0, "fodselsnummer")
    dlg.tabs.setCurrentWidget(dlg.values_table)
    assert dlg.values_table.item(0, 1).text() == "Arb.praksis"
    dlg.set_value("tiltak", "Arb.praksis", "Arbeidspraksis")
    dlg.name_edit.setText("Med verdier")
    with qtbot.waitSignal(window.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        assert dlg.save_and_accept()
    doc = window.document
    assert not [f for f in doc.findings if f.rule == "KODE001"]
    tiltak = doc.workbook.sheet_named("Tiltak")
    assert tiltak.value(0, "tiltak") == "Arbeidspraksis"
    assert tiltak.text(0, 1) == "Arb.praksis"  # the cell still holds the file's spelling
    saved = json.loads(next((tmp_path / "profiles").glob("*.json")).read_text("utf-8"))
    assert saved["value_map"] == {"tiltak": {"arb.praksis": "Arbeidspraksis"}}


def test_mapping_from_the_menu_and_cancel_changes_nothing(qtbot, window, mapping, loaded):
    assert mapping.action_mapping.isEnabled()
    assert mapping.dialog is None  # the demo file is understood by itself
    mapping.action_mapping.trigger()
    dlg = mapping.dialog
    assert dlg is not None and dlg.isVisible()
    before = dict(window.document.workbook.sheets[0].columns)
    dlg.set_field(window.document.workbook.sheets[0].name, before["navn"], None)
    dlg.reject()
    _wait_idle(qtbot, window)
    assert window.document.workbook.sheets[0].columns == before
    assert window.document.workbook.profile is None


def test_choosing_a_field_twice_moves_it_and_a_sheet_kind_once(qtbot, window, mapping,
                                                               tmp_path):
    path = _unknown_headers(tmp_path / "fagsystem.xlsx")
    open_and_wait(qtbot, window, path, year=2021)
    qtbot.waitUntil(lambda: mapping.dialog is not None, timeout=5000)
    dlg = mapping.dialog
    dlg.set_field("Personer", 6, "navn")  # "Kommentar" as the name: "Fullt navn" lets go
    assert dlg.columns["Personer"].get(6) == "navn" and 1 not in dlg.columns["Personer"]
    combo = dlg._sheet_combos["Personer"]
    combo.setCurrentIndex(combo.findData("tiltak"))  # two Tiltak sheets cannot be
    assert dlg.kinds == {"Personer": "tiltak", "Tiltak": None}
    profile = dlg.profile()
    assert profile.sheet_map == {"Personer": "tiltak", "Tiltak": None}
    dlg.reject()


def test_profiles_dialog_rename_export_delete_import(qtbot, tmp_path):
    from nir_desktop.core.fields import SheetKind
    from nir_desktop.core.mapping import MappingProfile
    from nir_desktop.gui.mapping.profiles_dialog import ProfilesDialog

    store = ProfileStore(tmp_path / "profiles")
    store.save(MappingProfile(name="Fagsystem X", columns={
        SheetKind.DELTAKERE: {"Personident": "fodselsnummer"}},
        value_map={"tiltak": {"Arb.praksis": "Arbeidspraksis"}}))
    dlg = ProfilesDialog(store)
    qtbot.addWidget(dlg)
    assert dlg.names() == ["Fagsystem X"]
    assert "Deltakere: 1 kolonner, 1 kodeverdier" in dlg.list.item(0).text()
    assert dlg.rename("Kontoret")
    assert dlg.names() == ["Kontoret"] and store.names() == ["Kontoret"]
    out = tmp_path / "deling" / "kontoret.json"
    assert dlg.export(out)
    assert dlg.delete(confirm=False)
    assert dlg.names() == [] and store.names() == []
    assert not dlg.delete_button.isEnabled()
    assert dlg.import_(out)
    assert dlg.names() == ["Kontoret"]
    again = store.load("Kontoret")
    assert again.columns[SheetKind.DELTAKERE] == {"Personident": "fodselsnummer"}
    assert again.value_map == {"tiltak": {"Arb.praksis": "Arbeidspraksis"}}
    bad = tmp_path / "feil.json"
    bad.write_text("{ikke json", encoding="utf-8")
    assert not dlg.import_(bad)
    assert "feil.json" in dlg.last_message


def test_csv_with_unknown_headers_apply_without_saving(qtbot, window, mapping, tmp_path):
    csv = tmp_path / "personliste.csv"
    csv.write_text("Personident;Navn;Oppstart intro\n"
                   f"{FNR1};Kari Test;01.03.2021\n", encoding="utf-8")
    open_and_wait(qtbot, window, csv, year=2021)
    qtbot.waitUntil(lambda: mapping.dialog is not None, timeout=5000)
    dlg = mapping.dialog
    assert dlg._sheet_combos == {}  # a CSV file is one sheet: nothing to choose
    sheet = window.document.workbook.sheets[0].name
    dlg.set_field(sheet, 0, "fodselsnummer")
    dlg.set_field(sheet, 2, "programstart")
    with qtbot.waitSignal(window.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        dlg.apply_button.click()
    wb = window.document.workbook
    assert wb.sheets[0].columns == {"fodselsnummer": 0, "navn": 1, "programstart": 2}
    assert not any(nc.rule == "ID001" for nc in window.document.not_checked)
    assert ProfileStore(tmp_path / "profiles").names() == []  # used, not saved


def test_a_profile_for_a_slightly_different_layout_can_be_used_on_the_open_file(
        qtbot, window, mapping, tmp_path):
    from nir_desktop.core.fields import SheetKind
    from nir_desktop.core.mapping import MappingProfile

    ProfileStore(tmp_path / "profiles").save(MappingProfile(
        name="Kollegas profil", headers_signature="laget-for-en-annen-fil",
        columns={SheetKind.DELTAKERE: {"Personident": "fodselsnummer"}}))
    open_and_wait(qtbot, window, _unknown_headers(tmp_path / "fagsystem.xlsx"), year=2021)
    assert window.document.workbook.profile is None  # other headers: not chosen by itself
    qtbot.waitUntil(lambda: mapping.dialog is not None, timeout=5000)
    mapping.dialog.reject()
    dlg = mapping.show_profiles()
    assert dlg.apply_button.isVisible() and dlg.names() == ["Kollegas profil"]
    with qtbot.waitSignal(window.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        assert dlg.apply_current()
    wb = window.document.workbook
    assert wb.profile == "Kollegas profil"
    assert wb.sheet_named("Personer").columns["fodselsnummer"] == 0
