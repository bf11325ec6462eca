from __future__ import annotations

import json

import pytest

from nir_desktop.core import codelists as cl
from nir_desktop.core.codelists import CodeListError, CodeLists
from nir_desktop.core.resources import codelists_dir


def test_shipped_lists_are_marked_unverified() -> None:
    for name in (*cl.LIST_NAMES, "fylker"):
        data = json.loads((codelists_dir() / f"{name}.json").read_text(encoding="utf-8"))
        assert data["verified"] is False
        assert "UNVERIFIED" in data["note"] or "domain brief" in data["note"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Integreringsloven", "Integreringsloven"),
    ("  integreringsloven ", "Integreringsloven"),
    ("IntL", "Integreringsloven"),
    ("IL", "Introduksjonsloven"),
    ("6A", "Integreringsloven kap. 6A"),
    ("integreringsloven kap. 6A", "Integreringsloven kap. 6A"),
    ("Grunnloven", None),
])
def test_lov_aliases(text: str, expected: str | None) -> None:
    assert CodeLists.default().canonical("lov", text) == expected


def test_groups_outcomes_and_laws() -> None:
    c = CodeLists.default()
    assert c.group_of("Norsk og samfunnskunnskap") == cl.TILTAK_GROUP_NORSK
    assert c.group_of("arbeidspraksis") == "arbeid"
    assert c.group_of("Ukjent") is None
    assert c.outcome_of("Videregående opplæring") == cl.OUTCOME_EDUCATION
    assert c.outcome_of("Høyere utdanning") == cl.OUTCOME_EDUCATION
    assert c.outcome_of("Grunnskole") == cl.OUTCOME_NEITHER
    assert c.outcome_of("Arbeid og utdanning") == cl.OUTCOME_WORK
    assert c.outcome_of(cl.NOT_REGISTERED) == cl.OUTCOME_NEITHER
    assert c.outcome_of(cl.ANNET) == cl.OUTCOME_NEITHER
    assert c.law_of("IntL") == cl.LAW_INTEGRERING
    assert c.canonical("sluttmal", "fullført videregående opplæring") == cl.SLUTTMAL_VGS


def test_counties_by_year() -> None:
    c = CodeLists.default()
    assert "50" in c.counties_in(2019) and "16" not in c.counties_in(2019)
    assert "30" in c.counties_in(2021) and "01" not in c.counties_in(2021)
    assert "31" in c.counties_in(2024) and "30" not in c.counties_in(2024)


def test_user_overrides_extend_and_replace(tmp_path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({
        "name": "avslutningsarsak",
        "values": [{"code": "Lærling", "outcome": "education"},
                   {"code": "Annet", "outcome": "neither", "aliases": ["Øvrig"]}],
    }), encoding="utf-8")
    c = CodeLists.load(None, tmp_path)
    assert c.outcome_of("lærling") == cl.OUTCOME_EDUCATION
    assert c.canonical("avslutningsarsak", "øvrig") == "Annet"
    assert c.canonical("avslutningsarsak", "Arbeid heltid") == "Arbeid heltid"


def test_bad_user_file_gives_a_norwegian_message(tmp_path) -> None:
    bad = tmp_path / "feil.json"
    bad.write_text("{ikke json", encoding="utf-8")
    with pytest.raises(CodeListError, match="Kan ikke lese kodelisten"):
        CodeLists.load(None, bad)
    bad.write_text('{"name": "farger", "values": []}', encoding="utf-8")
    with pytest.raises(CodeListError, match="ukjent navn «farger»"):
        CodeLists.load(None, bad)
