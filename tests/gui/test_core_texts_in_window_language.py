"""The window shows the core's texts (field labels, code-list titles, the years' guidance)
in its own language, nynorsk included: what «current_language()» says, never a hard-wired
«en or else bokmål»."""

from __future__ import annotations

import pytest

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import FIELDS, SheetKind
from nir_desktop.gui import i18n as gui_i18n


@pytest.fixture(params=[("nb", "Etternavn", "Utvidet"), ("nn", "Etternamn", "Utvida"),
                        ("en", "Last name", "Extended")], ids=lambda p: p[0])
def language(request, monkeypatch):
    # The Qt translator is not what these texts come from: set the language alone.
    monkeypatch.setattr(gui_i18n, "_current", request.param[0])
    return request.param


def _field(name: str):
    return next(f for f in FIELDS[SheetKind.DELTAKERE] if f.name == name)


def test_field_labels_in_the_mapping_dialog_and_the_table(language) -> None:
    from nir_desktop.gui.mapping import mapping_dialog
    from nir_desktop.gui.window import delegates

    _lang, etternavn, utvidet = language
    assert mapping_dialog._field_label(_field("etternavn")) == etternavn
    assert delegates._label(_field("utvidet")) == utvidet


def test_code_list_titles_and_year_guidance(language, qapp) -> None:
    from PySide6.QtWidgets import QWidget

    from nir_desktop.gui.mapping import codelist_settings
    from nir_desktop.gui.window.year_controls import YearControls

    lang = language[0]
    title = codelist_settings._title(CodeLists.default().lists["avslutningsarsak"])
    assert title == {"nb": "Avslutningsårsak", "nn": "Avslutningsårsak",
                     "en": "Reason for ending"}[lang]
    parent = QWidget()
    line = YearControls(parent).describe(2027)
    assert line.endswith({
        "nb": "Ingen side ennå: bygger på sidene for 2022 og 2023; sjekk om kap. 6A er "
              "forlenget.",
        "nn": "Inga side enno: byggjer på sidene for 2022 og 2023; sjekk om kap. 6A er "
              "forlengd.",
        "en": "No page yet: rests on the 2022 and 2023 pages; check whether chapter 6A was "
              "extended."}[lang])
