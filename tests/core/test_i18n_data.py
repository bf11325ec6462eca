"""Texts the data files carry in their three languages (core.i18n_data): code-list titles
and the years' guidance summaries. This is the untranslated-string test for data: a
shipped text without English or nynorsk fails here, as a marked string fails
tests/test_i18n_catalogue.py."""

from __future__ import annotations

import json
import re

import pytest

from nir_desktop.core import years
from nir_desktop.core.codelists import LIST_NAMES, CodeLists
from nir_desktop.core.deadlines import deadline_info
from nir_desktop.core.i18n_data import localized
from nir_desktop.core.resources import codelists_dir, resources_dir
from nir_desktop.core.user_codelists import list_to_json

NYNORSK_ONLY = ("dei ", "frå ", "byggjer", "ikkje", "inga ", "enno", "førebel", "lova",
                "unntaka", " si ")


def _code_list_files() -> list[dict]:
    files = sorted(codelists_dir().glob("*.json"))
    assert {f.stem for f in files} >= set(LIST_NAMES)
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def _guidance_years() -> list[dict]:
    data = json.loads((resources_dir() / "years" / "guidance.json").read_text(encoding="utf-8"))
    return data["years"]


@pytest.mark.parametrize("data", _code_list_files(), ids=lambda d: d["name"])
def test_every_shipped_code_list_has_a_title_in_bokmal_english_and_nynorsk(data) -> None:
    assert data["title_nb"].strip() and data["title_en"].strip() and data["title_nn"].strip()
    assert data["title_en"] != data["title_nb"]


@pytest.mark.parametrize("entry", _guidance_years(), ids=lambda e: str(e["year"]))
def test_every_guidance_year_has_a_summary_in_three_languages(entry) -> None:
    nb, en, nn = entry["summary_nb"], entry["summary_en"], entry["summary_nn"]
    assert nb.strip() and en.strip() and nn.strip()
    assert nn != nb and nn != en, "the nynorsk summary is a copy"
    assert any(word in nn for word in NYNORSK_ONLY), nn
    # The same facts: every date and year of the bokmål summary is in the translations.
    facts = re.findall(r"\d[\d.]*\d", nb)
    assert all(f in nn and f in en for f in facts)


def test_code_list_titles_and_guidance_follow_the_language() -> None:
    arsak = CodeLists.default().lists["avslutningsarsak"]
    assert (arsak.title("nb"), arsak.title("nn"), arsak.title("en")) == (
        "Avslutningsårsak", "Avslutningsårsak", "Reason for ending")
    g = years.guidance(2026)
    assert g.summary("nn").startswith("Inga eiga fristside funnen: byggjer på sidene")
    assert g.summary("en").startswith("No page of its own found")
    assert g.summary("nb").startswith("Ingen egen fristside funnet")


def _deadline_notes() -> list[tuple[str, dict]]:
    data = json.loads((resources_dir() / "years" / "deadlines.json").read_text(encoding="utf-8"))
    notes = [("source_note", data), ("pattern_note", data)]
    return notes + [("note", e) for e in data["deadlines"] if "note_nb" in e]


@pytest.mark.parametrize(("key", "entry"), _deadline_notes(),
                         ids=lambda x: x if isinstance(x, str) else str(x.get("year", "")))
def test_every_deadline_note_has_three_languages(key, entry) -> None:
    assert all(entry.get(f"{key}_{lang}", "").strip() for lang in ("nb", "en", "nn")), key


def test_the_deadline_note_follows_the_language() -> None:
    assert deadline_info(2019).note("nn").startswith("Ikkje stadfesta: rekna som siste dag")
    assert deadline_info(2019).note("en").startswith("Not confirmed")
    assert deadline_info(2022).note("nn") == ("Frå nyheitssakene til IMDi om fristen for "
                                              "rapporteringsåret.")
    assert deadline_info(2040).note("nb").startswith("Ikke bekreftet: antatt siste dag")


def test_the_nynorsk_data_texts_keep_the_one_style_of_the_product(nn_style) -> None:
    """Code-list titles, guidance summaries and deadline notes (every *_nn key) follow the
    same nynorsk as the window and the catalogue (build/nn_style.py)."""
    texts = list(nn_style.data_texts())
    assert len(texts) >= len(_code_list_files()) + len(_guidance_years())
    left = [(where, text, nn_style.problems(text)) for where, text in texts
            if nn_style.problems(text)]
    assert left == [], "\n".join(map(repr, left))


def test_a_text_without_a_translation_falls_back_to_bokmal() -> None:
    assert localized("nn", "Egen liste", en="Own list") == "Egen liste"
    assert localized("en", "Egen liste", nn="Eiga liste") == "Egen liste"
    assert localized("nn-NO", "Egen liste", nn="Eiga liste") == "Eiga liste"
    assert localized(None, "Egen liste", en="Own list", nn="Eiga liste") == "Egen liste"


def test_an_exported_code_list_keeps_its_nynorsk_title() -> None:
    cl = CodeLists.default().lists["lov"]
    assert list_to_json(cl)["title_nn"] == "Lov"
