"""``python -m nir_desktop rules``: the catalogue as users and other tools read it,
generated from the registered rules."""

from __future__ import annotations

import json

import pytest

from nir_desktop.cli import main
from nir_desktop.core.rules import RULES, catalogue


def _run(capsys, *args: str) -> str:
    assert main(["rules", *args]) == 0
    return capsys.readouterr().out


def test_json_lists_every_rule_with_a_dated_addressed_citation_or_the_data_quality_note(
        capsys) -> None:
    data = json.loads(_run(capsys, "--format", "json"))
    ids = [r["id"] for r in data["rules"]]
    assert ids == [r.id for r in catalogue()] and set(ids) == set(RULES)
    for r in data["rules"]:
        assert {"id", "name", "severity", "years", "needs", "messages", "why", "fix",
                "citations", "examples", "params"} <= set(r), r["id"]
        assert r["citations"], r["id"]
        # A page the sources list names by title and date only (the kap. 6A pages, issue
        # 11) has no address: its note says where to look instead.
        assert all((c["url"] and c["updated"] and c["says"])
                   or (c["url"] is None and c["updated"] and c["says"] and c["note"])
                   or (c["title"] == "Generell datakvalitet" and c["note"])
                   for c in r["citations"]), r["id"]
    int006 = next(r for r in data["rules"] if r["id"] == "INT006")
    assert int006["params"] == {"gap_days": 62}


@pytest.mark.parametrize(("year", "present", "absent"), [
    (2021, {"COV001", "COV002", "COV003", "COV004", "LOV001"}, set()),
    (2024, {"COV001", "COV004", "INT006"}, {"COV002", "COV003"}),
    (2019, {"ID001", "COV001"}, {"LOV001", "LOV002", "COV002", "COV003"}),
])
def test_year_lists_only_that_years_rules(capsys, year, present, absent) -> None:
    data = json.loads(_run(capsys, "--format", "json", "--year", str(year)))
    ids = {r["id"] for r in data["rules"]}
    assert present <= ids and not (absent & ids)
    assert data["year"] == year


def test_text_in_both_languages(capsys) -> None:
    nb = _run(capsys, "--year", "2021")
    assert nb.startswith("NIR-kontroll – regelkatalog (rapporteringsår 2021)\n")
    assert "Midlertidig lov under covid-19\n" in nb
    assert ("COV002 aarsak-boer-ikke-registreres (Advarsel) – Avslutningsårsak bør ikke "
            "registreres · 2021") in nb
    assert ("      Adresse: https://www.imdi.no/arkiv/arkiverte-nyheter/"
            "registrering-av-avslutningsarsak-i-nir/") in nb
    assert "  Terskler: gap_days = 62" in nb
    en = _run(capsys, "--lang", "en")
    assert "INT002 norsk-mangler-i-intro (Error/Warning)" in en
    assert "What it says: " in en
    assert en.rstrip().endswith(f"{len(RULES)} rules.")
