"""Code lists in the GUI: the settings page (edit, save, restore, export, import) and
"Legg til i kodelisten…" from an unknown-code finding, after which the finding is gone."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
from conftest import open_and_wait
from PySide6.QtWidgets import QComboBox

from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.user_codelists import is_customised, load_codelists

FNR1 = make_synthetic(date(1985, 3, 15), 123, next_valid=True)  # synthetic (month + 80)


def _export(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deltakere"
    ws.append(["Fødselsnummer", "Lov", "Programstart", "Vedtaksdato", "Avslutningsdato",
               "Avslutningsårsak"])
    ws.append([FNR1, "Introduksjonsloven", "01.03.2019", "15.02.2019", "30.06.2021",
               "Lærling"])
    t = wb.create_sheet("Tiltak")
    t.append(["Fødselsnummer", "Tiltak", "Startdato", "Sluttdato"])
    t.append([FNR1, "Arbeidspraksis", "01.03.2019", "30.06.2021"])
    wb.save(path)
    return path


def test_unknown_code_is_added_from_its_finding_and_the_finding_disappears(
        qtbot, window, mapping, tmp_path):
    from nir_desktop.gui.mapping.codelist_settings import AddCodeDialog

    open_and_wait(qtbot, window, _export(tmp_path / "eksport.xlsx"), year=2021)
    unknown = [f for f in window.document.findings if f.rule == "KODE001"]
    assert [f.params["value"] for f in unknown] == ["Lærling"]
    assert window.select_finding(unknown[0])
    assert mapping.add_code_button.isVisibleTo(window.explanation_panel)
    assert mapping.action_add_code.isEnabled()

    mapping.action_add_code.trigger()
    dlg = mapping.dialog
    assert isinstance(dlg, AddCodeDialog) and dlg.isVisible()
    assert dlg.code == "Lærling"
    dlg.set_choice("education")
    with qtbot.waitSignal(window.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        dlg.accept()
    assert not [f for f in window.document.findings if f.rule == "KODE001"]
    codes = load_codelists(tmp_path / "codelists")
    assert codes.outcome_of("Lærling") == "education"
    # Måloppnåelse reads the same list: Lærling now counts as education.
    assert window.engine.codelists.outcome_of("lærling") == "education"

    # Another finding (not an unknown code) has no such button.
    other = next(f for f in window.document.findings if f.rule != "KODE001")
    window.select_finding(other)
    assert not mapping.add_code_button.isVisibleTo(window.explanation_panel)
    assert not mapping.action_add_code.isEnabled()


def test_settings_page_edit_save_restore(qtbot, tmp_path):
    from nir_desktop.gui.mapping.codelist_settings import CodeListSettings

    user = tmp_path / "codelists"
    dlg = CodeListSettings(user)
    qtbot.addWidget(dlg)
    changed: list[object] = []
    dlg.codelistsChanged.connect(changed.append)
    assert [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())] == [
        "Lov", "Tiltak", "Sluttmål", "Avslutningsårsak", "Kategori (rett/plikt)", "Norskmål"]
    page = dlg.show_list("tiltak")
    assert "standardlisten" in page.status.text()
    assert not page.restore_button.isEnabled() and not dlg.save_button.isEnabled()
    r = page.add_row("Jobbsjansen", "arbeid", ("Jobbsjanse",))
    assert dlg.save_button.isEnabled()
    combo = page.table.cellWidget(r, 1)
    assert isinstance(combo, QComboBox) and combo.currentText() == "Arbeidsrettede tiltak"
    assert dlg.save()
    codes = load_codelists(user)
    assert codes.group_of("jobbsjanse") == "arbeid"
    assert changed and changed[-1].group_of("Jobbsjansen") == "arbeid"
    assert is_customised("tiltak", user) and "din egen versjon" in page.status.text()
    # Removing a shipped value keeps it removed.
    page = dlg.show_list("avslutningsarsak")
    row = next(i for i in range(page.table.rowCount())
               if page.table.item(i, 0).text() == "Sykdom")
    page.table.setCurrentCell(row, 0)
    page.remove_current()
    assert dlg.save()
    assert load_codelists(user).canonical("avslutningsarsak", "Sykdom") is None
    # Gjenopprett standardlisten.
    assert dlg.restore("avslutningsarsak", confirm=False)
    assert load_codelists(user).canonical("avslutningsarsak", "Sykdom") == "Sykdom"
    assert not is_customised("avslutningsarsak", user)
    assert load_codelists(user).group_of("Jobbsjansen") == "arbeid"  # other lists stay


def test_settings_page_refuses_a_duplicate_code(qtbot, tmp_path):
    from nir_desktop.gui.mapping.codelist_settings import CodeListSettings

    dlg = CodeListSettings(tmp_path / "codelists")
    qtbot.addWidget(dlg)
    page = dlg.show_list("sluttmal")
    page.add_row("arbeid")
    assert not dlg.save()
    assert "to ganger" in dlg.last_message
    assert not is_customised("sluttmal", tmp_path / "codelists")


def test_export_import_between_colleagues(qtbot, tmp_path):
    from nir_desktop.gui.mapping.codelist_settings import CodeListSettings

    mine = CodeListSettings(tmp_path / "mine")
    qtbot.addWidget(mine)
    mine.show_list("sluttmal").add_row("Fagbrev")
    assert mine.save()
    out = tmp_path / "kodelister.json"
    assert mine.export(out)
    assert json.loads(out.read_text("utf-8"))["format"] == "nir-kontroll-kodelister"

    theirs = CodeListSettings(tmp_path / "theirs")
    qtbot.addWidget(theirs)
    assert theirs.import_(out)
    assert "Sluttmål" in theirs.last_message
    page = theirs.show_list("sluttmal")
    assert "Fagbrev" in [page.table.item(i, 0).text() for i in range(page.table.rowCount())]
    assert load_codelists(tmp_path / "theirs").canonical("sluttmal", "fagbrev") == "Fagbrev"
    bad = tmp_path / "feil.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert not theirs.import_(bad)
    assert "feil.json" in theirs.last_message


def test_findings_context_menu_offers_the_code_list_for_unknown_codes(
        qtbot, window, mapping, tmp_path):
    from PySide6.QtWidgets import QMenu

    open_and_wait(qtbot, window, _export(tmp_path / "eksport.xlsx"), year=2021)
    unknown = next(f for f in window.document.findings if f.rule == "KODE001")
    other = next(f for f in window.document.findings if f.rule != "KODE001")
    menu = QMenu(window)
    window.findings_panel.findingMenu.emit(menu, other)
    assert not [a.text() for a in menu.actions() if "kodelisten" in a.text()]
    window.findings_panel.findingMenu.emit(menu, unknown)
    texts = [a.text() for a in menu.actions()]
    assert "Legg til «Lærling» i kodelisten…" in texts
    next(a for a in menu.actions() if a.text().startswith("«Lærling» er en annen")).trigger()
    dlg = mapping.dialog
    assert dlg.tabs.currentWidget() is dlg.values_page
    assert dlg.values_table.item(0, 1).text() == "Lærling"
    dlg.reject()


def test_goal_preview_counts_an_added_avslutningsaarsak(qtbot, window, mapping, tmp_path):
    open_and_wait(qtbot, window, _export(tmp_path / "eksport.xlsx"), year=2021)
    doc = window.document
    before = doc.session.goal()
    assert (before.ended, before.achieved) == (1, 0)
    from nir_desktop.core.user_codelists import add_code

    codes = add_code("avslutningsarsak", "Lærling", {"outcome": "education"},
                     user_dir=tmp_path / "codelists")
    with qtbot.waitSignal(window.loader.busyChanged, timeout=60_000,
                          check_params_cb=lambda busy: not busy):
        mapping.codelists_changed(codes)
    after = doc.session.goal()
    assert (after.education, after.achieved) == (1, 1)
