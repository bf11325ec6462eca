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


MSG_4TH = ("Programmet med sluttmål «Fullført videregående opplæring» ble avsluttet {} med "
           "årsak «Arbeid heltid», i det fjerde året etter 3-årsfristen {}. Da IMDi skrev "
           "veiledningen for 2021, kunne NIR ikke ta imot det fjerde året. Sjekk om NIR tar "
           "imot årsaken nå.")


def test_cov004_in_the_fourth_year() -> None:
    """rules.md line 15: «An explanation claims nothing its citations do not support». The
    old message told a 4th-year person (not covid-extended) that NIR «står personen avsluttet
    31.08.2024 med «Avslutningsårsak ikke registrert», og det er det måloppnåelsen regnes
    fra». Only the covid-extended are closed by NIR on the frist (the 2020 results page;
    rules.md Notation, «NIR ending»); for the 4th year the cited 2021 page says only that NIR
    could not take it then. The preview too keeps the file's own ending for this person, so
    the old message contradicted the figure shown next to it."""
    row = fourth_year(avslutningsdato="30.06.2025", avslutningsarsak="Arbeid heltid")
    from datetime import date

    from builders import workbook

    from nir_desktop.core.summary import goal_attainment

    t = [tiltak(code="Arbeidspraksis", start="01.09.2021", end="30.06.2025")]
    result = run([row], t, year=2025, today=date(2026, 1, 15))
    assert [m for _, _, m in messages(result, "COV004")] == [
        MSG_4TH.format("30.06.2025", "31.08.2024")]
    g = goal_attainment(workbook([row], t), 2025)
    assert (g.ended, g.work, g.nir_endings) == (1, 1, 0)
