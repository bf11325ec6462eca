"""The review window, driven as a caseworker would: open the demo, look, filter, jump,
edit, undo, apply suggestions, acknowledge warnings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from nir_desktop.core.findings import Severity
from nir_desktop.gui.resources import icon
from nir_desktop.gui.review.engine import CoreEngine
from nir_desktop.gui.window.table_model import Role


def _page(w, name):
    page = w.page_of(name)
    assert page is not None
    return page


def test_demo_opens_with_a_tab_per_sheet_and_findings(loaded):
    w = loaded
    tabs = [w.sheetTabs.tabText(i) for i in range(w.sheetTabs.count())]
    assert [t.split(" (")[0] for t in tabs] == [s.name for s in w.document.workbook.sheets]
    open_in_deltakere = sum(1 for f in w.document.findings if f.sheet == "Deltakere"
                            and f.severity is not Severity.INFO)
    assert f"Deltakere ({open_in_deltakere})" in tabs
    assert w.document.year == 2021
    assert w.document.findings, "the demo is built to have findings"
    # The summary per rule adds up to the totals shown.
    t = w.document.index.totals()
    per_rule = w.document.index.counts().values()
    assert sum(rc.total for rc in per_rule) == t.total == len(w.document.findings)
    assert f"{t.total} funn" in w.findings_panel.totalsLabel.text()
    # Deadline and days left are visible.
    assert "28.02.2022" in w.status_deadline.text()


def test_headers_show_column_letters_and_the_spreadsheets_row_numbers(loaded):
    page = _page(loaded, "Deltakere")
    model = page.proxy
    first = model.headerData(0, Qt.Orientation.Horizontal)
    assert first.startswith("A\n") and page.sheet.headers[0] in first
    assert model.headerData(0, Qt.Orientation.Vertical) == str(page.sheet.row_numbers[0])


def test_fnr_is_masked_by_default_and_can_be_shown(loaded):
    w = loaded
    page = _page(w, "Deltakere")
    col = page.sheet.column_of("fodselsnummer")
    raw = page.sheet.text(0, col)
    idx = page.proxy.index(0, col)
    assert idx.data() == raw[:6] + "*" * (len(raw) - 6)
    w.actionMaskFnr.setChecked(False)
    assert idx.data() == raw
    w.actionMaskFnr.setChecked(True)
    assert "*" in idx.data()


def test_cells_with_findings_have_an_icon_and_a_tint(loaded):
    w = loaded
    f = next(f for f in w.document.findings if f.severity is Severity.ERROR and f.column
             is not None and f.sheet == "Deltakere")
    page = _page(w, f.sheet)
    idx = page.index_at(f.row_index, f.column)
    assert idx.data(Qt.ItemDataRole.DecorationRole) is not None
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert f in idx.data(Role.FINDINGS)
    clean = next(r for r in range(page.model.rowCount())
                 if not w.document.index.in_row(page.sheet.name, r))
    assert page.index_at(clean, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_filter_to_rows_with_findings_keeps_row_numbers(loaded):
    w = loaded
    page = _page(w, "Deltakere")
    everything = page.proxy.rowCount()
    assert w.findings_panel.set_filter("findings")
    shown = page.proxy.rowCount()
    assert 0 < shown < everything
    for pr in range(shown):
        r = page.proxy.row_index_at(page.proxy.index(pr, 0))
        assert w.document.index.in_row(page.sheet.name, r)
        assert page.proxy.headerData(pr, Qt.Orientation.Vertical) == \
            str(page.sheet.row_numbers[r])
    assert w.findings_panel.set_filter("severity", "error")
    for pr in range(page.proxy.rowCount()):
        r = page.proxy.row_index_at(page.proxy.index(pr, 0))
        assert any(f.severity is Severity.ERROR
                   for f in w.document.index.in_row(page.sheet.name, r))
    assert w.findings_panel.set_filter("rule", "AVS001")
    assert page.proxy.rowCount() == sum(1 for f in w.document.findings
                                        if f.rule == "AVS001" and f.sheet == page.sheet.name)
    w.actionShowAllRows.trigger()
    assert page.proxy.rowCount() == everything


def test_sorting_keeps_row_numbers_with_their_rows(loaded):
    page = _page(loaded, "Deltakere")
    col = page.sheet.column_of("saksnummer")
    page.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    values = [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    for pr in (0, 5, page.proxy.rowCount() - 1):
        r = page.proxy.row_index_at(page.proxy.index(pr, 0))
        assert page.proxy.headerData(pr, Qt.Orientation.Vertical) == \
            str(page.sheet.row_numbers[r])
        assert page.proxy.index(pr, col).data() == page.sheet.text(r, col)


def test_f8_and_shift_f8_jump_between_findings(loaded):
    w = loaded
    seen = []
    for _ in range(4):
        assert w.goto_finding()
        page = w.current_page()
        pos = page.current_position()
        seen.append((page.sheet.name, pos))
        r, c = pos
        assert w.document.index.at_cell(page.sheet.name, r, c) or \
            w.document.index.row_level(page.sheet.name, r)
        assert w.explanation_panel.current is not None
    assert len(set(seen)) == 4
    assert seen == sorted(seen, key=lambda s: (w.pages.index(w.page_of(s[0])), s[1]))
    assert w.goto_finding(backwards=True)
    assert (w.current_page().sheet.name, w.current_page().current_position()) == seen[2]


def test_f8_follows_the_sorted_order_when_the_table_is_sorted(loaded):
    w = loaded
    page = _page(w, "Deltakere")
    w.sheetTabs.setCurrentWidget(page)
    col = page.sheet.column_of("saksnummer")
    page.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    shown = []
    for _ in range(5):
        assert w.goto_finding()
        assert w.current_page() is page
        shown.append(page.view.currentIndex().row())
    # Each jump moves down the rows as they are shown (never back up the sorted table).
    assert shown == sorted(shown) and len(set(shown)) >= 2
    assert w.goto_finding(backwards=True)
    assert page.view.currentIndex().row() <= shown[-1]


def test_clicking_a_finding_selects_its_cell_and_explains_it(loaded):
    w = loaded
    panel = w.findings_panel
    first = panel.first_finding_index()
    assert first is not None
    panel.tree.setCurrentIndex(first)
    panel._activated(first)
    f = w.current_finding()
    page = w.current_page()
    assert page.sheet.name == f.sheet
    assert page.current_position() == (f.row_index, f.column)
    text = w.explanation_panel.text()
    assert f.rule in text
    assert "Hvorfor det er viktig" in text and "Slik retter du det" in text
    assert "Kilde" in text


def test_edit_a_cell_then_undo_and_redo(qtbot, loaded):
    w = loaded
    doc = w.document
    f = next(f for f in doc.findings if f.rule == "AVS001")
    page = _page(w, f.sheet)
    idx = page.index_at(f.row_index, f.column)
    assert page.proxy.setData(idx, "Arbeid heltid")
    assert page.sheet.text(f.row_index, f.column) == "Arbeid heltid"
    assert not [x for x in doc.findings if x.rule == "AVS001" and x.row == f.row]
    assert doc.undo_stack.undoText() == f"Endre Avslutningsårsak i rad {f.row}"
    assert w.actionUndo.text().startswith("&Angre: Endre Avslutningsårsak")
    assert [e.new for e in doc.net_edits] == ["Arbeid heltid"]
    w.actionUndo.trigger()
    assert page.sheet.text(f.row_index, f.column) == ""
    assert [x for x in doc.findings if x.rule == "AVS001" and x.row == f.row]
    assert doc.net_edits == []
    w.actionRedo.trigger()
    assert page.sheet.text(f.row_index, f.column) == "Arbeid heltid"
    assert w.undo_view.model().rowCount() == 2  # "<ingen endringer>" + the edit


def test_invalid_date_is_refused_with_a_message(loaded):
    w = loaded
    page = _page(w, "Deltakere")
    fld = page.doc.field_def(page.sheet, "avslutningsdato")
    messages = []
    page.delegate.invalidInput.connect(messages.append)
    assert page.delegate.validate(fld, "31.02.2021") is None
    assert "dd.mm.åååå" in messages[-1]
    assert page.delegate.validate(fld, "1.3.21") == "01.03.2021"
    code = page.doc.field_def(page.sheet, "avslutningsarsak")
    assert page.delegate.validate(code, "arbeid HELTID") == "Arbeid heltid"


def test_code_field_editor_offers_the_code_list(loaded):
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    page = _page(loaded, "Deltakere")
    col = page.sheet.column_of("avslutningsarsak")
    editor = page.delegate.createEditor(page.view.viewport(), QStyleOptionViewItem(),
                                        page.proxy.index(0, col))
    assert isinstance(editor, QComboBox)
    items = [editor.itemText(i) for i in range(editor.count())]
    assert "Arbeid heltid" in items and "Annet" in items


def test_apply_a_suggestion_and_all_of_one_rule(loaded):
    w = loaded
    doc = w.document
    fixes = [f for f in doc.findings if f.rule == "ID002"]
    assert len(fixes) >= 2
    first = fixes[0]
    assert w.select_finding(first)
    assert w.explanation_panel.applyButton.isEnabled()
    w.explanation_panel.applyButton.click()
    assert doc.sheet(first.sheet).text(first.row_index, first.column) == first.suggestion
    assert "Bruk forslag (ID002)" in doc.undo_stack.undoText()
    remaining = [f for f in doc.findings if f.rule == "ID002"]
    assert len(remaining) == len(fixes) - 1
    assert w.select_finding(remaining[0])
    n = w.apply_all_current_rule()
    assert n == len(remaining)
    assert not [f for f in doc.findings if f.rule == "ID002"]
    w.actionUndo.trigger()  # one step undoes all of them
    assert len([f for f in doc.findings if f.rule == "ID002"]) == len(remaining)


def test_acknowledge_a_warning_with_a_note(qtbot, loaded):
    w = loaded
    doc = w.document
    f = next(f for f in doc.findings if f.severity is Severity.WARNING and f.sheet ==
             "Deltakere" and f.suggestion is None)
    open_before = doc.index.open_count
    assert w.select_finding(f)
    assert not w.explanation_panel.ackButton.isHidden()
    w.explanation_panel.ackButton.click()
    dlg = w.ack_dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.set_note("kontrollert, riktig")
    dlg.accept()
    assert doc.is_acknowledged(f)
    assert doc.acks[(f.rule, f.sheet, f.row, f.column)] == "kontrollert, riktig"
    assert doc.index.open_count == open_before - 1
    idx = w.page_of(f.sheet).index_at(f.row_index, f.column)
    if len(doc.index.at_cell(f.sheet, f.row_index, f.column)) == 1:
        assert idx.data(Qt.ItemDataRole.DecorationRole).cacheKey() == \
            icon("acknowledged").cacheKey()
    assert "kontrollert, riktig" in w.explanation_panel.text()
    assert "1 kvittert" in w.findings_panel.totalsLabel.text()
    w.actionUndo.trigger()
    assert not doc.is_acknowledged(f)


def test_changing_the_year_rechecks_in_the_background(qtbot, loaded):
    w = loaded
    i = w.year_combo.findData(2023)
    w.year_combo.setCurrentIndex(i)
    with qtbot.waitSignal(w.document.checked, timeout=60_000):
        w.year_combo.activated.emit(i)
    assert w.document.year == 2023
    assert "29.02.2024" in w.status_deadline.text()
    # COV002/COV003 are about RY 2021; (v2) COV001 and COV004 hold in every year.
    assert not any(f.rule in ("COV002", "COV003") for f in w.document.findings)


def test_find_selects_the_matching_cell(loaded):
    w = loaded
    page = _page(w, "Deltakere")
    col = page.sheet.column_of("saksnummer")
    target = page.sheet.text(10, col)
    w.actionFind.trigger()
    assert not w.find_bar.isHidden()
    w.find_bar.findEdit.setText(target)
    w.find_bar.nextButton.click()
    assert page.current_position() == (10, col)


def test_a_broken_file_shows_a_norwegian_message_and_the_window_stays_usable(
        qtbot, window, tmp_path: Path, demo_path, open_file):
    broken = tmp_path / "ødelagt.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    open_file(window, broken)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None)
    box = window.findChild(QMessageBox, "errorBox")
    assert "ødelagt.xlsx" in box.text()
    assert "Kan ikke lese" in box.text()
    assert not window.document.is_open
    box.accept()
    open_file(window, demo_path)
    assert window.document.is_open


class _NoSyntheticInfoEngine(CoreEngine):
    """The real engine, minus the once-per-file INFO that test numbers are synthetic (the
    only finding a clean file made of synthetic numbers has)."""

    def check(self, workbook, year, progress, cancelled):
        run = super().check(workbook, year, progress, cancelled)
        run.result._remove([f for f in run.result.findings if f.rule == "ID003"])
        return run


def test_clean_file_shows_ingen_funn_until_an_edit_breaks_it(qtbot, tmp_path: Path, open_file):
    from nir_desktop.core.fnr import make_synthetic
    from nir_desktop.gui.window.main_window import MainWindow

    fnr = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
    csv = tmp_path / "ren.csv"
    csv.write_text(f"Fødselsnummer;Navn;Kommunenummer\n{fnr};Test Testesen;0301\n",
                   encoding="utf-8")
    w = MainWindow(engine=_NoSyntheticInfoEngine(), use_sessions=False)
    qtbot.addWidget(w)
    open_file(w, csv, year=2021)
    assert w.document.findings == []
    assert w.findings_panel.stack.currentIndex() == 1
    assert "Ingen funn" in w.findings_panel.totalsLabel.text()
    page = w.pages[0]
    col = page.sheet.column_of("kommunenummer")
    assert w.document.edit_cell(page.sheet.name, 0, col, "99")  # not 4 digits: ID005
    assert any(f.rule == "ID005" for f in w.document.findings)
    assert w.findings_panel.stack.currentIndex() == 0
    w.actionUndo.trigger()
    assert w.document.findings == []
    assert w.findings_panel.stack.currentIndex() == 1


def test_rule_catalogue_and_guidance_are_readable(loaded):
    dlg = loaded.show_catalogue("AVS001")
    assert dlg.ruleList.count() >= 20
    assert "AVS001" in dlg.ruleText.toPlainText()
    assert "Kilde" in dlg.ruleText.toPlainText()
    assert dlg.guidanceList.count() >= 1
    assert dlg.guidanceText.toPlainText().strip()
    dlg.ruleFilter.setText("covid")
    visible = [dlg.ruleList.item(i).text() for i in range(dlg.ruleList.count())
               if not dlg.ruleList.item(i).isHidden()]
    assert visible and any("COV" in v for v in visible)
    dlg.close()


def test_goal_panel_updates_after_an_edit(qtbot, loaded):
    w = loaded
    g = w.goal_panel.goal
    assert g is not None and g.basis > 0
    before = g.achieved
    f = next(f for f in w.document.findings if f.rule == "AVS004")  # "Annet": not achieved
    page = _page(w, f.sheet)
    assert page.proxy.setData(page.index_at(f.row_index, f.column), "Arbeid heltid")
    qtbot.waitUntil(lambda: w.goal_panel.goal.achieved == before + 1, timeout=5000)
    assert f"{before + 1} av" in w.goal_panel.headline.text()


@pytest.mark.parametrize("lang", ["en"])
def test_english_translation_loads(qapp, lang):
    from nir_desktop.gui.i18n import install_translator, qm_path

    if not qm_path(lang).is_file():
        pytest.skip("translations not built (pyside6-lrelease missing)")
    try:
        assert install_translator(qapp, lang)
        from nir_desktop.gui.window.main_window import MainWindow

        w = MainWindow(use_sessions=False)
        assert w.menuFile.title() == "&File"
        assert w.actionOpen.text() == "&Open…"
        w.deleteLater()
    finally:
        install_translator(qapp, "nb")


def test_every_action_has_a_keyboard_way_and_widgets_have_accessible_names(loaded):
    w = loaded
    for act in (w.actionOpen, w.actionFind, w.actionNextFinding, w.actionPreviousFinding,
                w.actionUndo, w.actionRedo, w.actionRules, w.actionFocusTable,
                w.actionFocusFindings, w.actionFocusExplanation, w.actionAcknowledge):
        assert not act.shortcut().isEmpty(), act.text()
    for widget in (w.findings_panel.tree, w.explanation_panel.browser, w.year_combo,
                   w.findings_panel.showCombo, w.current_page().view):
        assert widget.accessibleName(), widget.objectName()


def test_the_window_says_why_this_reporting_year(qtbot, loaded):
    """The year selector explains the year (the demo names its Rapporteringsår)."""
    w = loaded
    assert w.year_combo.toolTip() == "Rapporteringsår 2021: filen oppgir det (Rapporteringsår)."
    i = w.year_combo.findData(2023)
    w.year_combo.setCurrentIndex(i)
    with qtbot.waitSignal(w.document.checked, timeout=60_000):
        w.year_combo.activated.emit(i)
    assert w.year_combo.toolTip() == "Rapporteringsår 2023: valgt av deg."


def test_goal_panel_follows_nir_and_gives_the_2021_caveat(qtbot, loaded):
    """The demo's preview (its README has the hand count) with NIR's own endings and
    IMDi's caveat for 2021."""
    w = loaded
    qtbot.waitUntil(lambda: w.goal_panel.goal is not None, timeout=20_000)
    g = w.goal_panel.goal
    assert (g.ended, g.excluded, g.basis, g.achieved) == (54, 8, 46, 21)
    note = w.goal_panel.noteLabel.text()
    assert "11 av dem avsluttes av NIR selv på 3-årsfristen, uten årsak." in note
    assert "2021: IMDi ventet lavere datakvalitet og ga ingen foreløpige resultater." in note
    assert "ingen foreløpige resultater det året" in w.goal_panel.noteLabel.toolTip()
