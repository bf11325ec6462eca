"""AVS001 avslutningsaarsak-mangler (rules.md v2): its exceptions at the 3-year frist and
for an extended person who continues; boundary tests at the frist."""

from __future__ import annotations

import pytest
from builders import extended, messages, rules_of, run, tiltak

from nir_desktop.core.codelists import NOT_REGISTERED

EMPTY = "Avslutningsdato {} er i 2021, men avslutningsårsak mangler."
NOT_REG = ("Avslutningsdato {} er i 2021, men avslutningsårsak er «Avslutningsårsak ikke "
           "registrert».")


def reinforced(**changes: object) -> dict[str, object]:
    """Forsterket only (so COV003 never applies); 3-year frist 31.05.2021."""
    base: dict[str, object] = {"utvidet": "nei", "forsterket": "ja",
                               "avslutningsarsak": NOT_REGISTERED}
    base.update(changes)
    return extended(**base)


@pytest.mark.parametrize(("row", "expected"), [
    # the day before the frist: a reason can still be registered
    (reinforced(avslutningsdato="30.05.2021"), [NOT_REG.format("30.05.2021")]),
    # on the frist (v2: at the frist) and the day after: NIR takes no reason
    (reinforced(avslutningsdato="31.05.2021"), []),
    (reinforced(avslutningsdato="01.06.2021"), []),
    (reinforced(avslutningsdato="30.06.2021"), []),
    # 10 days of leave move the frist to 10.06.2021
    (reinforced(avslutningsdato="09.06.2021", permisjon_dager=10),
     [NOT_REG.format("09.06.2021")]),
    (reinforced(avslutningsdato="10.06.2021", permisjon_dager=10), []),
    # not extended: AVS001 whenever the reason is missing
    (reinforced(avslutningsdato="30.06.2021", forsterket="nei"),
     [NOT_REG.format("30.06.2021")]),
])
def test_avs001_boundary_at_the_3_year_frist(row, expected) -> None:
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.06.2018", end="30.05.2021")])
    assert [m for _, _, m in messages(result, "AVS001")] == expected


def test_avs001_not_raised_on_the_frist_itself() -> None:
    """(v2) The 3-year frist is the last day (start + 3 years − 1 day): an ending on it is
    at the frist. Fails on v1, which took the first day after 3 years as the mark and
    raised AVS001 for an ending on 31.05.2021."""
    row = reinforced(avslutningsdato="31.05.2021")
    assert "AVS001" not in rules_of(run([row], [tiltak(code="Arbeidspraksis",
                                                       start="01.06.2018", end="31.05.2021")]))


def test_avs001_not_raised_for_an_extended_person_who_continues() -> None:
    """(v2) Covid-extended, gjennomføringsfrist in RY, continues after RY (open tiltak):
    the 2021 guidance asks for no reason here. Fails on v1, which raised AVS001 (ERROR)
    and so told the caseworker to do the opposite of what IMDi asks."""
    row = reinforced(programstart="01.09.2018", avslutningsdato="31.05.2021",
                     avslutningsarsak=None)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2018")])
    assert "AVS001" not in rules_of(result)


def test_avs001_raised_inside_the_3_years_even_for_utvidet() -> None:
    """(v2) An ending with «ikke registrert» before the 3-year frist can take a reason: it
    is AVS001, not COV003. Fails on v1, where COV003 silenced it."""
    row = extended(programstart="01.09.2018", avslutningsdato="30.06.2021",
                   avslutningsarsak=NOT_REGISTERED)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2018", end="30.06.2021")])
    assert [m for _, _, m in messages(result, "AVS001")] == [NOT_REG.format("30.06.2021")]
    assert "COV003" not in rules_of(result)


def test_avs001_empty_variant() -> None:
    row = reinforced(avslutningsdato="30.05.2021", avslutningsarsak=None)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.06.2018", end="30.05.2021")])
    assert [m for _, _, m in messages(result, "AVS001")] == [EMPTY.format("30.05.2021")]
