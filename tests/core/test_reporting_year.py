"""The default reporting year (rules.md v2) and the reason the window and reports show."""

from __future__ import annotations

from datetime import date

import pytest
from builders import person, tiltak, workbook

from nir_desktop.core.reporting_year import choose_year, dates_year
from nir_desktop.core.rules import check
from nir_desktop.core.summary import summarize

DEC_2026 = date(2026, 12, 3)


def _wb_2021():
    return workbook([person(), person(programstart="01.06.2020", vedtaksdato="15.05.2020")],
                    [tiltak(end="31.12.2021"), tiltak(start="01.02.2021", end="30.11.2021")])


def test_a_2021_export_opened_in_2026_is_checked_for_2021_and_says_why() -> None:
    """(v2) Fails on v1, which checked a file without Rapporteringsår for the current
    year (2026) and found nothing of 2021's duties."""
    wb = _wb_2021()
    result = check(wb, today=DEC_2026)
    assert result.year == 2021
    assert result.year_choice is not None
    assert result.year_choice.text() == (
        "Rapporteringsår 2021: de fleste program-, tiltaks- og timedatoene i filen er fra "
        "2021, og filen oppgir ikke rapporteringsår.")
    assert summarize(result, wb, today=DEC_2026).year_reason == result.year_choice.text()


@pytest.mark.parametrize(("file_year", "today", "expected", "reason"), [
    (2019, DEC_2026, 2019, "file"),  # the file's own Rapporteringsår wins
    (None, DEC_2026, 2021, "dates"),
    (None, date(2022, 2, 10), 2021, "current"),  # Jan–Feb 2022: 2021 is current anyway
    (None, date(2021, 11, 1), 2021, "current"),  # the dates' year is not earlier
])
def test_choose_year(file_year, today, expected, reason) -> None:
    wb = _wb_2021()
    wb.reporting_year = file_year
    choice = choose_year(wb, today)
    assert (choice.year, choice.reason) == (expected, reason)


def test_current_year_in_january_is_the_year_before() -> None:
    wb = workbook([person(programstart=None, vedtaksdato=None)])
    choice = choose_year(wb, date(2027, 1, 20))
    assert (choice.year, choice.reason) == (2026, "current")
    assert choice.text("en") == ("Reporting year 2026: the current reporting year (in January "
                                 "and February the year before, whose deadline is still "
                                 "running).")


def test_a_year_picked_by_the_user_says_so() -> None:
    choice = choose_year(_wb_2021(), DEC_2026, chosen=2023)
    assert (choice.year, choice.reason) == (2023, "chosen")
    # picking the year it would pick anyway keeps the reason
    assert choose_year(_wb_2021(), DEC_2026, chosen=2021).reason == "dates"


def test_a_tie_goes_to_the_later_year() -> None:
    wb = workbook([person(programstart="01.03.2020", vedtaksdato="01.02.2020",
                          avslutningsdato="30.06.2021", avslutningsarsak="Arbeid heltid")])
    assert dates_year(wb) == 2021


def test_the_text_report_gives_the_reason() -> None:
    from nir_desktop.core.report import text_report

    wb = _wb_2021()
    text = text_report(check(wb, today=DEC_2026), wb, file="x.xlsx", today=DEC_2026)
    assert "Rapporteringsår: 2021\n  Rapporteringsår 2021: de fleste" in text
