"""Måloppnåelse preview after 2021: «Avslutningsårsak ikke registrert» stays in the basis
and counts as not achieved (IMDi, June 2024); only 2021's COV003 exclusions leave it."""

from __future__ import annotations

import pytest
from builders import A, B, C, E, person, workbook

from nir_desktop.core.codelists import NOT_REGISTERED
from nir_desktop.core.summary import goal_attainment


def _wb(year: int) -> object:
    start = f"01.09.{year - 3}"
    return workbook([
        # Covid-extended with NIR's own ending: excluded in 2021 only.
        person(fodselsnummer=A, programstart=start, utvidet="ja", lov="Introduksjonsloven",
               sluttmal=None, avslutningsdato=f"31.08.{year}", avslutningsarsak=NOT_REGISTERED),
        person(fodselsnummer=B, programstart=f"01.03.{year - 1}",
               avslutningsdato=f"30.06.{year}", avslutningsarsak=NOT_REGISTERED),
        person(fodselsnummer=C, programstart=f"01.03.{year - 1}",
               avslutningsdato=f"30.06.{year}", avslutningsarsak="Arbeid heltid"),
        person(fodselsnummer=E, programstart=f"01.03.{year - 1}",
               avslutningsdato=f"30.06.{year}", avslutningsarsak=None),
    ])


@pytest.mark.parametrize("year", [2020, 2022, 2023, 2024, 2025, 2026])
def test_not_registered_stays_in_the_basis_every_year_but_2021(year: int) -> None:
    g = goal_attainment(_wb(year), year)
    assert (g.ended, g.excluded, g.basis, g.achieved, g.neither, g.not_registered) == (
        4, 0, 4, 1, 3, 3)
    assert g.share == 0.25


def test_2021_takes_the_covid_ending_out_and_keeps_the_other_not_registered() -> None:
    g = goal_attainment(_wb(2021), 2021)
    assert (g.ended, g.excluded, g.basis, g.achieved, g.neither, g.not_registered) == (
        4, 1, 3, 1, 2, 2)
