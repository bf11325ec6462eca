"""LOV001–LOV002: what each law registers (reporting years 2021 and later)."""

from __future__ import annotations

import pytest
from builders import messages, person, run

INTRO = {"lov": "Introduksjonsloven", "sluttmal": None, "programstart": "01.12.2020",
         "vedtaksdato": "15.11.2020"}


@pytest.mark.parametrize(("row", "year", "expected"), [
    (person(**INTRO), 2021, []),
    (person(**dict(INTRO, sluttmal="Arbeid")), 2021,
     [(2, "Sluttmål er registrert for en deltaker etter introduksjonsloven. Det registreres "
          "bare for deltakere etter integreringsloven.")]),
    (person(**dict(INTRO, integreringskontrakt="01.01.2021")), 2021,
     [(2, "Integreringskontrakt er registrert for en deltaker etter introduksjonsloven. Det "
          "registreres bare for deltakere etter integreringsloven.")]),
    (person(**dict(INTRO, integreringskontrakt="nei")), 2021, []),
    (person(**dict(INTRO, lov="IL", sluttmal="Arbeid")), 2021,
     [(2, "Sluttmål er registrert for en deltaker etter introduksjonsloven. Det registreres "
          "bare for deltakere etter integreringsloven.")]),
    # 2020: the law rules do not apply
    (person(**dict(INTRO, sluttmal="Arbeid", programstart="01.01.2020")), 2020, []),
])
def test_lov001_intro_law_with_goal_or_contract(row, year, expected) -> None:
    result = run([row], year=year)
    assert [(r, m) for _, r, m in messages(result, "LOV001")] == expected


@pytest.mark.parametrize(("row", "year", "expected"), [
    (person(), 2021, []),
    (person(sluttmal=None), 2021,
     ["Sluttmål mangler for en deltaker etter Integreringsloven som deltok i 2021."]),
    (person(sluttmal=None, lov="6A", programstart="01.07.2022", vedtaksdato="20.06.2022"), 2022,
     ["Sluttmål mangler for en deltaker etter Integreringsloven kap. 6A som deltok i 2022."]),
    (person(sluttmal=None, programstart="01.03.2022"), 2021, []),  # not participated in 2021
    (person(sluttmal=None, lov="Introduksjonsloven"), 2021, []),
    (person(sluttmal=None), 2020, []),
])
def test_lov002_integration_law_without_goal(row, year, expected) -> None:
    result = run([row], year=year)
    assert [m for _, _, m in messages(result, "LOV002")] == expected
