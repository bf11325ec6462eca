"""COV003 utelates-fra-maaloppnaaelse (rules.md v2): variants «avsluttet» and «prognose»."""

from __future__ import annotations

import pytest
from builders import extended, messages, rules_of, run, tiltak

from nir_desktop.core.codelists import NOT_REGISTERED

AVSLUTTET = ("Utvidet program avsluttet ved 3-årsfristen {} uten registrert avslutningsårsak: "
             "personen tas ut av grunnlaget for måloppnåelse for 2021.")
PROGNOSE = ("Utvidet program der 3-årsfristen {} er i 2021, uten avslutning i 2021 i filen. NIR "
            "avslutter programmet på fristen med «Avslutningsårsak ikke registrert», og "
            "personen tas ut av grunnlaget for måloppnåelse for 2021 så lenge ingen årsak "
            "registreres.")
SEPT = {"programstart": "01.09.2018"}  # 3-year frist 31.08.2021
T = [tiltak(code="Arbeidspraksis", start="01.09.2018", end="31.08.2021")]


@pytest.mark.parametrize(("row", "expected"), [
    (extended(**SEPT, avslutningsdato="31.08.2021", avslutningsarsak=NOT_REGISTERED),
     [AVSLUTTET.format("31.08.2021")]),
    (extended(**SEPT, avslutningsdato="01.09.2021", avslutningsarsak=None),
     [AVSLUTTET.format("31.08.2021")]),
    (extended(**SEPT, avslutningsdato="30.11.2021", avslutningsarsak=None),
     [AVSLUTTET.format("31.08.2021")]),
    (extended(**SEPT), [PROGNOSE.format("31.08.2021")]),
    (extended(**SEPT, avslutningsdato="31.03.2022", avslutningsarsak=None),
     [PROGNOSE.format("31.08.2021")]),
    # a reason is registered: no exclusion (that is COV004 after the frist)
    (extended(**SEPT, avslutningsdato="30.11.2021", avslutningsarsak="Arbeid heltid"), []),
    # forsterket only: not the utvidet programme the exclusion is for
    (extended(**SEPT, avslutningsdato="31.08.2021", utvidet="nei", forsterket="ja",
              avslutningsarsak=NOT_REGISTERED), []),
    # frist in 2020: NIR ended it in 2020
    (extended(programstart="01.09.2017", avslutningsdato="30.06.2021",
              avslutningsarsak=NOT_REGISTERED), []),
    # frist on 31.12.2021, ended 01.01.2022 (the day after): prognose for 2021
    (extended(programstart="01.01.2019", avslutningsdato="01.01.2022",
              avslutningsarsak=NOT_REGISTERED), [PROGNOSE.format("31.12.2021")]),
])
def test_cov003_variants(row, expected) -> None:
    result = run([row], T)
    assert [m for _, _, m in messages(result, "COV003")] == expected


def test_cov003_not_for_an_ending_before_the_frist() -> None:
    """(v2) «Ikke registrert» before the 3-year frist is AVS001, not an exclusion. Fails on
    v1, which excluded anyone utvidet whose 3-year mark fell in 2021."""
    row = extended(**SEPT, avslutningsdato="30.06.2021", avslutningsarsak=NOT_REGISTERED)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2018", end="30.06.2021")])
    assert "COV003" not in rules_of(result)
    assert "AVS001" in rules_of(result)


def test_cov003_only_in_2021() -> None:
    row = extended(programstart="01.09.2019", vedtaksdato="15.08.2019",
                   gjennomforingsfrist="31.08.2022", avslutningsdato="31.08.2022",
                   avslutningsarsak=NOT_REGISTERED)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2019", end="31.08.2022")],
                 year=2022)
    assert "COV003" in result.not_applicable
    assert "AVS001" not in rules_of(result)  # at the frist: NIR takes no reason
