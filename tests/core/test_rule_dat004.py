"""DAT004 ugyldig-antall (rules.md v2, new): counted as 0, and the number in the text
offered as the fix."""

from __future__ import annotations

import pytest
from builders import extended, messages, norsk, person, run, tiltak


def _f(result):
    return [(f.field, f.suggestion) for f in result.findings if f.rule == "DAT004"]


@pytest.mark.parametrize(("value", "suggestion"), [
    ("120 dager", "120"), ("-30", None), ("to uker", None), ("12,5", None), ("ca. 14", "14"),
])
def test_dat004_leave_days(value, suggestion) -> None:
    """(v2) New rule: fails on v1, which had no DAT004 (and read «120 dager» silently as
    0). Every row of this table expects a finding."""
    result = run([person(permisjon_dager=value)], [tiltak()])
    assert _f(result) == [("permisjon_dager", suggestion)]
    assert [m for _, _, m in messages(result, "DAT004")] == [
        f"«{value}» i kolonnen Permisjon (dager) er ikke et helt tall (0 eller mer). "
        "Kontrollen regner det som 0."]


@pytest.mark.parametrize("value", ["120", 120, None, "0"])
def test_dat004_silent_for_whole_numbers(value) -> None:
    assert _f(run([person(fravaer_dager=value)], [tiltak()])) == []


def test_dat004_hours_counted_as_zero() -> None:
    """Hours written as text count as 0: the norsk tiltak then has no hours (INT003)."""
    result = run([person()], [tiltak()], [norsk(hours="mange")])
    assert _f(result) == [("timer_norsk", None)]
    assert "INT003" in {f.rule for f in result.findings}


def test_dat004_days_counted_as_zero_for_the_frist() -> None:
    result = run([extended(permisjon_dager="30 dager")],
                 [tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.05.2021")])
    (f,) = [f for f in result.findings if f.rule == "COV001"]
    assert f.params["frist"].strftime("%d.%m.%Y") == "31.05.2021"


def test_dat004_opplaering_leave_with_a_fraction_counts_as_0_in_the_6a_frist() -> None:
    """rules.md v2, DAT004: a permisjon_dager that is not a whole number ≥ 0 «The check
    then counts it as 0 and says so». On the Opplæring sheet the old code cut «10,5» down
    to 10 and moved the kap. 6A frist (NOR007) by 10 days, while DAT004 told the user it
    was counted as 0."""
    from datetime import date

    from nir_desktop.core.fields import SheetKind
    from nir_desktop.core.rules import check, render
    from nir_desktop.core.rules.examples import workbook_from_rows
    from nir_desktop.core.rules.opplaering import A

    row = {"fodselsnummer": A, "lov": "Integreringsloven kap. 6A", "kategori": "Rett til norsk",
           "vedtaksdato": "15.01.2025", "startdato": "01.02.2025",
           "gjennomforingsfrist": None, "permisjon_dager": 10.5}
    result = check(workbook_from_rows({SheetKind.OPPLAERING: [row]}), 2025,
                   today=date(2026, 12, 1))
    dat = [f for f in result.findings if f.rule == "DAT004"]
    assert [render(f) for f in dat] == [
        "«10,5» i kolonnen Permisjon (dager) er ikke et helt tall (0 eller mer). Kontrollen "
        "regner det som 0."]
    nor007 = [f for f in result.findings if f.rule == "NOR007"]
    assert [(f.params["frist"], f.params["permisjon"]) for f in nor007] == [
        (date(2026, 1, 31), 0)]
