"""Fil → «Sammenlign med …» in the real window: compare the open file with NIR's side,
filter by field, jump to a cell, take a value over (an ordinary undoable edit), undo."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))

from compare_files import P1, P2, P3, fagsystem, nir_spelling, write_csv, write_xlsx

from nir_desktop.core.fnr import mask


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a = write_xlsx(tmp_path / "fagsystem.xlsx", fagsystem())
    rows = nir_spelling()["Deltakere"]
    rows[1][11] = "15.07.2021"  # P2: NIR has another avslutningsdato
    rows[1][12] = "Arbeid deltid"  # and another reason
    rows[2][8] = "Ja"  # P3: utvidet
    rows.pop(0)  # P1 is missing in NIR
    return a, write_csv(tmp_path / "nir-personliste.csv", rows)


@pytest.fixture
def window(window):
    """The window as the app builds it: the comparison is one of the add-ons installed
    after the window (gui/app.py install_extensions)."""
    from nir_desktop.gui.compare.compare_actions import install

    install(window)
    return window


def compare(qtbot, window, b: Path):
    actions = window.extensions["compare"]
    with qtbot.waitSignal(actions.finished, timeout=60_000):
        assert actions.compare_with(b)
    return actions


def test_the_menu_offers_the_comparison_once_a_file_is_open(window, open_file, pair) -> None:
    action = window.findChild(type(window.actionOpen), "actionCompare")
    assert action is not None and action.text() == "Sa&mmenlign med …"
    entries = window.menuFile.actions()
    assert entries[entries.index(window.actionClose) + 1] is action
    assert not action.isEnabled()
    open_file(window, pair[0])
    assert action.isEnabled()
    # Vis → Paneler brings the panel back after its × closed it.
    assert "Sammenligning" in [a.text() for a in window.menuPanels.actions()]


def test_compare_filter_jump_take_over_and_undo(qtbot, window, open_file, pair) -> None:
    open_file(window, pair[0])
    actions = compare(qtbot, window, pair[1])
    view = actions.view
    assert actions.dock.isVisibleTo(window)
    assert view.summary.text() == (
        "Sammenlignet med «nir-personliste.csv»: 3 forskjeller hos 2 personer · 1 bare i "
        "denne filen · 0 bare i «nir-personliste.csv» · 2 ikke sammenlignet.")
    assert [(d.fnr, d.field, d.a, d.b) for d in view.differences_shown()] == [
        (P2, "avslutningsdato", "30.06.2021", "15.07.2021"),
        (P2, "avslutningsarsak", "Arbeid heltid", "Arbeid deltid"),
        (P3, "utvidet", "Nei", "Ja")]
    texts = [it.text(0) for it in view.items()]
    assert "Forskjeller (3) hos 2 personer" in texts
    assert "Bare i denne filen (1)" in texts
    assert mask(P1) in texts and P1 not in texts  # masked like the table
    assert f"{mask(P2)}  sak 21/00002" in texts
    # Filter by field.
    assert [view.filter_combo.itemText(i) for i in range(view.filter_combo.count())] == [
        "Alle felt", "Deltakere · Avslutningsdato", "Deltakere · Avslutningsårsak",
        "Deltakere · Utvidet"]
    assert view.set_field_filter("Deltakere", "avslutningsdato")
    shown = view.differences_shown()
    assert [(d.fnr, d.field) for d in shown] == [(P2, "avslutningsdato")]
    assert "Forskjeller (1) hos 1 personer" in [it.text(0) for it in view.items()]
    # Jump to the cell in the open file.
    diff = shown[0]
    assert view.select(diff)
    assert view.jump_button.isEnabled() and view.take_button.isEnabled()
    assert view.jump_to_current()
    page = window.current_page()
    assert page is not None and page.sheet.name == "Deltakere"
    assert page.current_position() == (diff.a_index, diff.a_column)
    assert page.sheet.text(diff.a_index, diff.a_column) == "30.06.2021"
    # Take NIR's value over: an ordinary edit in the undo history.
    assert view.take_over_current()
    assert page.sheet.text(diff.a_index, diff.a_column) == "15.07.2021"
    doc = window.document
    assert doc.undo_stack.undoText() == "Endre Avslutningsdato i rad 3"
    assert [(e.sheet, e.row, e.old, e.new) for e in doc.net_edits] == [
        ("Deltakere", 3, "30.06.2021", "15.07.2021")]
    assert [(d.fnr, d.field) for d in actions.result.differences] == [
        (P2, "avslutningsarsak"), (P3, "utvidet")]
    # The field is gone from the filter, so every field is shown again.
    assert view.filter_combo.currentText() == "Alle felt"
    assert len(view.differences_shown()) == 2
    # Undo brings the difference back.
    window.actionUndo.trigger()
    assert page.sheet.text(diff.a_index, diff.a_column) == "30.06.2021"
    assert doc.net_edits == []
    assert [(d.fnr, d.field) for d in actions.result.differences] == [
        (P2, "avslutningsdato"), (P2, "avslutningsarsak"), (P3, "utvidet")]


def test_a_person_only_in_the_open_file_jumps_to_their_row(qtbot, window, open_file,
                                                           pair) -> None:
    open_file(window, pair[0])
    view = compare(qtbot, window, pair[1]).view
    only = view.result.only_in_a[0]
    assert only.fnr == P1
    assert view.select(only)
    assert not view.take_button.isEnabled()
    assert view.jump_to_current()
    assert window.current_page().current_position() == (0, 0)
    # «Skjul fødselsnummer» off shows the whole number here too.
    window.actionMaskFnr.setChecked(False)
    assert P1 in [it.text(0) for it in view.items()]


def test_export_writes_a_masked_workbook(qtbot, window, open_file, pair, tmp_path) -> None:
    open_file(window, pair[0])
    actions = compare(qtbot, window, pair[1])
    out = tmp_path / "rapport.xlsx"
    assert actions.export(out)
    rows = list(openpyxl.load_workbook(out)["Forskjeller"].iter_rows(min_row=5,
                                                                    values_only=True))
    assert rows == [
        (mask(P2), "21/00002", "Deltakere", "Avslutningsdato", "30.06.2021", "15.07.2021", 3, 2),
        (mask(P2), "21/00002", "Deltakere", "Avslutningsårsak", "Arbeid heltid", "Arbeid deltid",
         3, 2),
        (mask(P3), "21/00003", "Deltakere", "Utvidet", "Nei", "Ja", 4, 3)]
    assert not actions.export(pair[0])  # never over the open file
    assert window.last_message is not None and "originalfilen" in window.last_message[1]


def test_an_unreadable_second_file_gives_a_message_naming_it(qtbot, window, open_file, pair,
                                                             tmp_path) -> None:
    open_file(window, pair[0])
    broken = tmp_path / "nir-ødelagt.xlsx"
    broken.write_bytes(b"PK\x03\x04 ikke en arbeidsbok")
    actions = compare(qtbot, window, broken)
    assert actions.result is None and not actions.dock.isVisibleTo(window)
    title, text = window.last_message
    assert title == "Kan ikke sammenligne"
    assert text.startswith("Kan ikke lese «nir-ødelagt.xlsx»")


def test_opening_another_file_closes_the_comparison(qtbot, window, open_file, pair,
                                                    demo_path) -> None:
    open_file(window, pair[0])
    actions = compare(qtbot, window, pair[1])
    assert actions.result is not None
    open_file(window, demo_path)
    assert actions.result is None and not actions.dock.isVisibleTo(window)


def test_an_edit_while_the_comparison_runs_is_in_the_result(window, open_file, pair) -> None:
    """The comparison runs in the background; an edit made meanwhile must not be lost."""
    from nir_desktop.core.compare import Comparer
    from nir_desktop.core.readers import read_workbook

    open_file(window, pair[0])
    actions = window.extensions["compare"]
    comparer = Comparer(window.document.workbook, read_workbook(pair[1]))
    result = comparer.run()  # as the worker would, before the edit
    before = actions.link.changes
    diff = next(d for d in result.differences if d.field == "utvidet")
    assert window.document.edit_cell(diff.a_sheet, diff.a_index, diff.a_column, "Ja")
    actions._compared((comparer, result, before))
    assert [(d.fnr, d.field) for d in actions.result.differences] == [
        (P2, "avslutningsdato"), (P2, "avslutningsarsak")]


def test_the_status_bar_shows_how_far_reading_the_second_file_is(qtbot, window, open_file,
                                                                  pair) -> None:
    open_file(window, pair[0])
    shown: list[str] = []
    window.statusBar.messageChanged.connect(shown.append)
    compare(qtbot, window, pair[1])
    reading = [m for m in shown if m.startswith("Leser «nir-personliste.csv» for å "
                                                "sammenligne: ")]
    assert reading and reading[-1].endswith(" %")
    assert shown[-1].startswith("Sammenlignet med «nir-personliste.csv»: 3 forskjeller")


def test_files_with_nothing_in_common_are_not_shown_as_equal(qtbot, window, open_file,
                                                             tmp_path) -> None:
    a = write_xlsx(tmp_path / "norsk.xlsx", {"Norsk": fagsystem()["Norsk"]})
    b = write_xlsx(tmp_path / "tiltak.xlsx", {"Tiltak": fagsystem()["Tiltak"]})
    open_file(window, a)
    actions = compare(qtbot, window, b)
    assert actions.result is None and not actions.dock.isVisibleTo(window)
    assert window.last_message == (
        "Kan ikke sammenligne", "Ingenting å sammenligne: «norsk.xlsx» og «tiltak.xlsx» har ikke "
        "noe felles ark med fødselsnummer.")


def test_a_long_list_shows_the_first_persons_and_counts_the_rest(qtbot, window, open_file,
                                                                 pair, monkeypatch) -> None:
    from nir_desktop.gui.compare import compare_view

    monkeypatch.setattr(compare_view, "MAX_PERSONS", 1)
    open_file(window, pair[0])
    view = compare(qtbot, window, pair[1]).view
    assert [(d.fnr, d.field) for d in view.differences_shown()] == [
        (P2, "avslutningsdato"), (P2, "avslutningsarsak")]
    assert ("… 1 personer til: velg et felt, eller eksporter til Excel for hele listen."
            in [it.text(0) for it in view.items()])
    # A field filter narrows the list to what fits.
    assert view.set_field_filter("Deltakere", "utvidet")
    assert [(d.fnr, d.field) for d in view.differences_shown()] == [(P3, "utvidet")]


def test_an_empty_panel_from_last_time_is_not_shown_at_start(qtbot) -> None:
    from nir_desktop.gui.compare.compare_actions import install
    from nir_desktop.gui.settings import AppSettings
    from nir_desktop.gui.window.main_window import MainWindow

    first = MainWindow(settings=AppSettings(), use_sessions=False)
    qtbot.addWidget(first)
    install(first)
    first.extensions["compare"].dock.show()
    state = first.saveState()
    second = MainWindow(settings=AppSettings(), use_sessions=False)
    qtbot.addWidget(second)
    install(second)
    second.restoreState(state)
    assert second.extensions["compare"].dock.isVisibleTo(second)
    qtbot.wait(10)
    assert not second.extensions["compare"].dock.isVisibleTo(second)


def test_the_panel_speaks_english(qapp, qtbot, window, open_file, pair) -> None:
    from nir_desktop.gui.i18n import install_translator, qm_path

    if not qm_path("en").is_file():
        pytest.skip("translations not built (pyside6-lrelease missing)")
    try:
        assert install_translator(qapp, "en")
        open_file(window, pair[0])
        view = compare(qtbot, window, pair[1]).view
        assert view.summary.text().startswith(
            "Compared with «nir-personliste.csv»: 3 differences for 2 persons · 1 only in this "
            "file")
        assert [view.filter_combo.itemText(i) for i in range(view.filter_combo.count())] == [
            "All fields", "Deltakere · End date", "Deltakere · Reason for ending",
            "Deltakere · Extended"]
        assert "Differences (3) for 2 persons" in [it.text(0) for it in view.items()]
    finally:
        install_translator(qapp, "nb")
