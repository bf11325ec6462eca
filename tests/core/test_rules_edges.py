"""Edges of the catalogue's notions (rules.md, Notation) that the per-family tests leave
open: values written as text, open end dates, a person with two programmes, and the
reporting years where the covid and law rules start and stop."""

from __future__ import annotations

from datetime import date

import pytest
from builders import messages, norsk, person, run, tiltak

INT003_MAR_OPEN = ("Tiltaket «Norskopplæring» (01.03.2021–åpen) har ingen timer i Norsk "
                   "(Deltakelse norsk) for samme periode.")


# --- Norsk hours written as text -------------------------------------------------------


@pytest.mark.parametrize(("hours", "samfunn", "expected"), [
    (150, None, []),
    ("150", None, []),  # a number typed as text in a CSV
    ("150,5", None, []),  # decimal comma
    (" 1 200 ", None, []),  # thousands separated by a space
    (None, "50", []),  # hours in social studies only
    (0, None, [INT003_MAR_OPEN]),
    ("0", None, [INT003_MAR_OPEN]),
    (None, None, [INT003_MAR_OPEN]),
    # Unreadable hours are unknown, not zero: the hours may be there, so no ERROR claims
    # they are missing.
    ("mange", None, []),
    ("ca. 100", None, []),
    (0, "mange", []),
    ("mange", "40", []),  # readable hours in the other column are enough
])
def test_int003_reads_hours_written_as_text(hours, samfunn, expected) -> None:
    row = norsk(hours=hours)
    row["timer_samfunnskunnskap"] = samfunn
    result = run([person()], [tiltak()], [row])
    assert [m for _, _, m in messages(result, "INT003")] == expected


def test_int003_unreadable_hours_hold_back_only_the_tiltak_they_overlap() -> None:
    spring = tiltak(start="01.03.2021", end="30.06.2021")
    autumn = tiltak(start="01.08.2021", end="31.12.2021")
    hours = [norsk(start="01.03.2021", end="30.06.2021", hours="mange"),
             norsk(start="01.08.2021", end="31.12.2021", hours=0)]
    result = run([person()], [spring, autumn], hours)
    assert [(r, m) for _, r, m in messages(result, "INT003")] == [
        (3, "Tiltaket «Norskopplæring» (01.08.2021–31.12.2021) har ingen timer i Norsk "
            "(Deltakelse norsk) for samme periode.")]


def test_int002_ignores_a_norsk_row_with_unreadable_hours() -> None:
    result = run([person()], [tiltak(code="Arbeidspraksis")], [norsk(hours="mange")])
    assert messages(result, "INT002") == []


# --- permisjon and fravær days written as text ----------------------------------------

COV001_FROM = ("Programmet er utvidet eller forsterket etter den midlertidige loven. Fra {} er "
               "programtiden over 3 år: NIR tar ikke imot vedtak, tiltak eller avslutningsårsak "
               "for denne delen, og kommunen er unntatt plikten til å registrere den.")


def extended(**changes: object) -> dict[str, object]:
    """Utvidet under introduksjonsloven from 1 June 2018: the 3-year mark is 1 June 2021
    plus the days of permisjon and gyldig fravær."""
    row = person(lov="Introduksjonsloven", sluttmal=None, vedtaksdato="15.05.2018",
                 programstart="01.06.2018", gjennomforingsfrist="31.05.2021", utvidet="ja",
                 forsterket="nei", avslutningsdato=None, avslutningsarsak=None)
    row.update(changes)
    return row


TILTAK_TO_MARK = tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.05.2021")


@pytest.mark.parametrize(("permisjon", "fravaer", "mark"), [
    (None, None, "01.06.2021"),
    (14, None, "15.06.2021"),
    ("14", None, "15.06.2021"),  # typed as text in a CSV
    (" 14 ", "16", "01.07.2021"),
    ("14,0", None, "15.06.2021"),  # decimal comma
    (14.9, None, "15.06.2021"),  # whole calendar days only
    ("0", "0", "01.06.2021"),
    # An export that writes missing numbers as NaN must not stop the check.
    ("NaN", None, "01.06.2021"),
    ("nan", "30", "01.07.2021"),
    # A negative count cannot move the mark before programstart + 3 years.
    ("-30", None, "01.06.2021"),
    (-30, "30", "01.07.2021"),
])
def test_three_year_mark_reads_days_written_as_text(permisjon, fravaer, mark) -> None:
    result = run([extended(permisjon_dager=permisjon, fravaer_dager=fravaer)],
                 [TILTAK_TO_MARK])
    assert [m for _, _, m in messages(result, "COV001")] == [COV001_FROM.format(mark)]


def test_a_negative_day_count_does_not_hide_the_end_reason_duty() -> None:
    """Ended 20.05.2022, before the 3-year mark (01.06.2022): AVS001 stands."""
    row = extended(programstart="01.06.2019", gjennomforingsfrist="31.05.2022",
                   vedtaksdato="15.05.2019", avslutningsdato="20.05.2022",
                   permisjon_dager=-30)
    tiltak_rows = [tiltak(code="Arbeidspraksis", start="01.06.2019", end="20.05.2022")]
    result = run([row], tiltak_rows, year=2022, today=date(2023, 2, 1))
    assert [m for _, _, m in messages(result, "AVS001")] == [
        "Avslutningsdato 20.05.2022 er i 2022, men avslutningsårsak mangler."]
