"""INT006 tiltak-hull (rules.md v2, new): more than 62 days without a tiltak."""

from __future__ import annotations

import pytest
from builders import extended, messages, person, rules_of, run, tiltak

MSG = ("Ingen tiltak dekker {}–{} ({} dager, mer enn 62), selv om personen var i program og "
       "har tiltak ellers i perioden.")


@pytest.mark.parametrize(("second_start", "expected"), [
    ("02.07.2021", []),  # 01.05–01.07: 62 days
    ("03.07.2021", [MSG.format("01.05.2021", "02.07.2021", 63)]),
    ("01.09.2021", [MSG.format("01.05.2021", "31.08.2021", 123)]),
])
def test_int006_gap_between_tiltak(second_start, expected) -> None:
    """(v2) New rule: the rows that expect INT006 fail on v1, which had no INT006."""
    t = [tiltak(code="Arbeidspraksis", start="01.03.2021", end="30.04.2021"),
         tiltak(code="Arbeidspraksis", start=second_start)]
    assert [m for _, _, m in messages(run([person()], t), "INT006")] == expected


def test_int006_gap_at_the_end_of_ry() -> None:
    t = [tiltak(code="Arbeidspraksis", start="01.03.2021", end="30.09.2021")]
    assert [m for _, _, m in messages(run([person()], t), "INT006")] == [
        MSG.format("01.10.2021", "31.12.2021", 92)]


def test_no_tiltak_at_all_is_int001_not_int006() -> None:
    result = run([person()], [tiltak(code="Arbeidspraksis", start="01.01.2022")])
    assert "INT001" in rules_of(result) and "INT006" not in rules_of(result)


def test_int006_not_in_the_exempt_period() -> None:
    # frist 31.05.2021; tiltak to the frist, nothing after: the rest of 2021 is exempt.
    result = run([extended()], [tiltak(code="Arbeidspraksis", start="01.06.2018",
                                       end="31.05.2021")])
    assert "INT006" not in rules_of(result)
