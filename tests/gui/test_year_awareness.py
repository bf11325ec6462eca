"""Year awareness where the user looks: the year selector says what each year rests on and
whether its deadline is confirmed, the rule catalogue shows the rules of the year being
checked, and a finding's explanation names the year's sources."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nir_desktop.core.rules import catalogue
from nir_desktop.gui.window.year_controls import DESCRIPTION_ROLE


def test_the_year_selector_lists_2020_to_2027_with_guidance_and_deadline_state(window):
    combo = window.year_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(range(2027, 2019, -1))
    desc = {combo.itemData(i): combo.itemData(i, DESCRIPTION_ROLE) for i in range(combo.count())}
    assert desc[2021].startswith("frist 28.02.2022 · Begge lovene og covid-19-unntakene")
    assert desc[2023].startswith("frist 29.02.2024 · Som 2022")
    assert desc[2025].startswith("frist 28.02.2026 (ikke bekreftet) · Ingen egen fristside")
    assert desc[2026].startswith("frist 28.02.2027 (ikke bekreftet)")
    tip = combo.itemData(combo.findData(2022), Qt.ItemDataRole.ToolTipRole)
    assert "Bygger på:" in tip
    assert "• Frist for å oppdatere opplysninger i NIR for 2022, https://www.imdi.no/" in tip
    assert "sist oppdatert 8. desember 2023" in tip


def test_a_file_year_outside_the_list_is_added_in_order(window):
    window.year_controls.set_year(2018)
    combo = window.year_combo
    assert [combo.itemData(i) for i in range(combo.count())][-2:] == [2020, 2018]
    assert combo.currentData() == 2018


def test_the_catalogue_shows_the_rules_of_the_checked_year(loaded):
    assert loaded.document.year == 2021
    dlg = loaded.show_catalogue()
    shown = dlg.shown_rules()
    expected = [r.id for r in catalogue() if r.applies_to(2021)]
    assert shown == expected
    dlg.yearOnly.setChecked(False)
    assert dlg.shown_rules() == [r.id for r in catalogue()]
    dlg.close()


def test_the_explanation_names_the_sources_of_the_year(loaded):
    w = loaded
    f = next(f for f in w.document.findings if f.rule == "AVS001")
    w.explanation_panel.show_finding(f)
    text = w.explanation_panel.text()
    assert "Rapporteringsåret 2021 bygger på" in text
    assert "• Frist for å ajourføre data i NIR for 2021" in text
    assert "• Ny integreringslov – endringer i NIR" in text


def test_the_catalogue_of_2020_hides_the_law_rules(qtbot, window):
    from nir_desktop.gui.findings.catalogue_dialog import CatalogueDialog

    dlg = CatalogueDialog(window.engine, "nb", window, year=2020)
    qtbot.addWidget(dlg)
    shown = dlg.shown_rules()
    assert "LOV001" not in shown and "ID001" in shown
    assert shown == [r.id for r in catalogue() if r.applies_to(2020)]
    assert dlg.yearOnly.text() == f"Bare regler for 2020 ({len(shown)} av {len(catalogue())})"
    assert dlg.select_rule("LOV001")  # asked for by id: shown although of another year
    assert not dlg.yearOnly.isChecked() and "LOV001" in dlg.shown_rules()


def test_the_goal_panel_says_how_many_lack_a_reason(loaded):
    g = loaded.goal_panel.goal
    assert g is not None and g.not_registered > 0
    assert (f"{g.not_registered} i grunnlaget er uten registrert årsak (IMDi, juni 2024)."
            in loaded.goal_panel.noteLabel.text())
