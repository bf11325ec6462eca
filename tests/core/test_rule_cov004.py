"""COV004 aarsak-i-unntaksperioden (rules.md v2, new)."""

from __future__ import annotations

import pytest
from builders import extended, fourth_year, messages, run, tiltak

MSG = ("Programmet ble avsluttet {} med årsak «Arbeid heltid», etter 3-årsfristen {}. NIR tar "
       "ikke imot årsaken: der står personen avsluttet {} med «Avslutningsårsak ikke "
       "registrert», og det er det måloppnåelsen regnes fra.")
T = [tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.05.2021")]


@pytest.mark.parametrize(("row", "expected"), [
    (extended(avslutningsdato="31.10.2021", avslutningsarsak="Arbeid heltid"),
     [MSG.format("31.10.2021", "31.05.2021", "31.05.2021")]),
    # the day after the frist counts as at the frist; two days after does not
    (extended(avslutningsdato="01.06.2021", avslutningsarsak="Arbeid heltid"), []),
    (extended(avslutningsdato="02.06.2021", avslutningsarsak="Arbeid heltid"),
     [MSG.format("02.06.2021", "31.05.2021", "31.05.2021")]),
    (extended(avslutningsdato="31.10.2021", avslutningsarsak="Arbeid heltid", utvidet="nei"),
     []),
    (extended(avslutningsdato="31.10.2021", avslutningsarsak=None), []),
])
def test_cov004_reason_after_the_frist(row, expected) -> None:
    """(v2) New rule: the rows that expect COV004 fail on v1, which had no COV004."""
    result = run([row], T)
    assert [m for _, _, m in messages(result, "COV004")] == expected


def test_cov004_in_the_fourth_year() -> None:
    row = fourth_year(avslutningsdato="30.06.2025", avslutningsarsak="Arbeid heltid")
    from datetime import date

    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2021", end="30.06.2025")],
                 year=2025, today=date(2026, 1, 15))
    assert [m for _, _, m in messages(result, "COV004")] == [
        MSG.format("30.06.2025", "31.08.2024", "31.08.2024")]
