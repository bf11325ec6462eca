"""The yearly deadline for bringing a reporting year up to date in NIR."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Deadline:
    year: int  # the reporting year
    date: date
    verified: bool
    note_nb: str = ""


_SOURCE_NOTE = "Fra IMDis nyhetssaker om fristen for rapporteringsåret."
_PATTERN_NOTE = "Ikke bekreftet: antatt siste dag i februar året etter, som tidligere år."

DEADLINES: dict[int, Deadline] = {
    2016: Deadline(2016, date(2017, 1, 15), True, _SOURCE_NOTE),
    2017: Deadline(2017, date(2018, 3, 16), True,
                   "Opprinnelig 15. januar 2018, gjenåpnet til 16. mars 2018 på grunn av "
                   "feil i NIR."),
    2018: Deadline(2018, date(2019, 2, 28), True, _SOURCE_NOTE),
    2019: Deadline(2019, date(2020, 2, 29), False, _PATTERN_NOTE),
    2020: Deadline(2020, date(2021, 2, 28), True, _SOURCE_NOTE),
    2021: Deadline(2021, date(2022, 2, 28), True,
                   "Frist for å ajourføre data i NIR for 2021 (IMDi, sist oppdatert "
                   "3. januar 2022)."),
    2022: Deadline(2022, date(2023, 2, 28), True, _SOURCE_NOTE),
    2023: Deadline(2023, date(2024, 2, 29), True, _SOURCE_NOTE),
}


def deadline_info(year: int) -> Deadline:
    known = DEADLINES.get(year)
    if known is not None:
        return known
    last_feb = calendar.monthrange(year + 1, 2)[1]
    return Deadline(year, date(year + 1, 2, last_feb), False, _PATTERN_NOTE)


def deadline(year: int) -> date:
    return deadline_info(year).date


def days_left(year: int, today: date | None = None) -> int:
    """Days from today until the deadline (0 on the day itself, negative once passed)."""
    return (deadline(year) - (today or date.today())).days


def default_year(workbook_year: int | None, today: date | None = None) -> int:
    """The year to check: the file's Rapporteringsår, else this year — in January and
    February the previous one, whose deadline is still running."""
    if workbook_year is not None:
        return workbook_year
    today = today or date.today()
    return today.year - 1 if today.month <= 2 else today.year
