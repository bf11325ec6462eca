"""Year facts live in data files (resources/years/): a later year is added there, without
touching code, and every part that shows a year reads them from there."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from nir_desktop.core import years
from nir_desktop.core.deadlines import deadline_info


def test_every_selectable_year_names_its_guidance_and_deadline_state() -> None:
    assert years.selectable_years() == [2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]
    table = {y: ([s.id for s in years.guidance(y).sources], deadline_info(y).verified)
             for y in years.selectable_years()}
    assert table == {
        2020: (["imdi-2020"], True),
        2021: (["imdi-2021", "nir-integreringsloven"], True),
        2022: (["imdi-2022", "nir-ukraina-2022"], True),
        2023: (["imdi-2023", "imdi-2022", "nir-ukraina-2023"], True),
        2024: (["imdi-2023", "imdi-2022", "imdi-juni-2024", "nir-ukraina-2023"], False),
        2025: (["imdi-2023", "imdi-2022", "imdi-juni-2024", "nir-ukraina-2023"], False),
        2026: (["imdi-2023", "imdi-2022", "imdi-juni-2024", "nir-ukraina-2023",
                "imdi-6a-guide"], False),
        2027: (["imdi-2023", "imdi-2022", "imdi-juni-2024", "imdi-6a-guide"], False),
    }
    assert years.guidance(2022).sources[0].render() == (
        "Frist for å oppdatere opplysninger i NIR for 2022, "
        "https://www.imdi.no/imdinett/frist-for-a-oppdatere-opplysninger-i-nir-for-2022/, "
        "sist oppdatert 8. desember 2023")
    assert years.guidance(2025).summary_nb.startswith("Ingen egen fristside funnet")


def test_an_unconfirmed_deadline_says_why() -> None:
    assert deadline_info(2019).note_nb.startswith("Ikke bekreftet")
    assert deadline_info(2025).note_nb.startswith("Ikke bekreftet")
    assert deadline_info(2025).date == date(2026, 2, 28)
    assert deadline_info(2026).date == date(2027, 2, 28)
    assert deadline_info(2022).note_nb == "Fra IMDis nyhetssaker om fristen for rapporteringsåret."


def test_the_cut_off_dates() -> None:
    assert [(c.date, c.provisional) for c in map(years.cutoff, (
        "kap6a_in_force", "utvidet_norsk_from", "kap6a_last_day"))] == [
        (date(2022, 6, 15), False), (date(2023, 7, 1), False), (date(2026, 6, 30), True)]
    src = years.cutoff("kap6a_in_force").source
    assert src is not None and src.updated == "8. september 2022"
    assert 2022 in years.span("covid_years") and 2023 not in years.span("covid_years")
    assert 2030 in years.span("norsk_ordning_rules") and 2021 not in years.span(
        "norsk_ordning_rules")


@pytest.fixture
def own_years(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "years"
    shutil.copytree(years.years_dir(), folder)
    monkeypatch.setattr(years, "years_dir", lambda: folder)
    years.reload()
    yield folder
    years.reload()


def test_a_later_year_is_added_in_the_data_files_only(own_years: Path) -> None:
    g = json.loads((own_years / "guidance.json").read_text(encoding="utf-8"))
    g["selectable"]["to"] = 2028
    g["years"].append({"year": 2028, "sources": ["imdi-2023"],
                       "summary_nb": "Test", "summary_en": "Test"})
    (own_years / "guidance.json").write_text(json.dumps(g), encoding="utf-8")
    d = json.loads((own_years / "deadlines.json").read_text(encoding="utf-8"))
    d["deadlines"].append({"year": 2028, "date": "2029-03-01", "verified": True})
    (own_years / "deadlines.json").write_text(json.dumps(d), encoding="utf-8")
    c = json.loads((own_years / "cutoffs.json").read_text(encoding="utf-8"))
    c["cutoffs"]["kap6a_last_day"]["date"] = "2027-06-30"
    (own_years / "cutoffs.json").write_text(json.dumps(c), encoding="utf-8")
    years.reload()
    assert years.selectable_years()[0] == 2028
    assert years.guidance(2028).own_entry and years.guidance(2028).summary_nb == "Test"
    assert deadline_info(2028).date == date(2029, 3, 1) and deadline_info(2028).verified
    assert years.cutoff("kap6a_last_day").date == date(2027, 6, 30)


def test_a_year_without_an_entry_takes_the_nearest_earlier_one() -> None:
    g = years.guidance(2031)
    assert not g.own_entry
    assert [s.id for s in g.sources] == [s.id for s in years.guidance(2027).sources]
    assert years.guidance(2010).sources == ()


def test_the_rules_year_limits_come_from_the_data() -> None:
    from nir_desktop.core import codelists as cl
    from nir_desktop.core.rules import rule

    assert list(cl.COVID_YEARS) == [2020, 2021, 2022]
    assert cl.COV003_YEAR == 2021 and cl.LAW_RULES_FROM == 2021
    assert rule("LOV003").years == (2022, None) and rule("NOR008").years == (2023, None)
    assert dict(rule("LOV004").params) == {"in_force": date(2022, 6, 15),
                                           "last_day": date(2026, 6, 30)}
