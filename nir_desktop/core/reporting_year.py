"""Which reporting year a file is checked for, and why (rules.md v2, "Default reporting
year"): the file's own «Rapporteringsår»; otherwise the year most of its programme, tiltak
and hours dates fall in, if that is earlier than the current reporting year (a 2021 export
opened in 2026 is checked for 2021); otherwise the current one (January–February: the year
before, whose deadline is still running). The window and the reports show the reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from nir_desktop.core.deadlines import default_year
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.i18n import N_, texts
from nir_desktop.core.model import Workbook

# The dates that say which year a file is about: programme, tiltak and hours periods.
DATE_FIELDS = {
    SheetKind.DELTAKERE: ("programstart", "avslutningsdato"),
    SheetKind.TILTAK: ("startdato", "sluttdato"),
    SheetKind.NORSK: ("startdato", "sluttdato"),
}

FILE, DATES, CURRENT, CHOSEN = "file", "dates", "current", "chosen"


@dataclass(frozen=True, slots=True)
class YearChoice:
    year: int
    reason: str  # FILE, DATES, CURRENT or CHOSEN
    dates_year: int | None = None  # the year most dates fall in, where it was looked at
    current: int | None = None  # the current reporting year

    def text(self, lang: str = "nb") -> str:
        return texts(lang).gettext(_REASONS[self.reason]).format(year=self.year)


_REASONS = {
    FILE: N_("Rapporteringsår {year}: filen oppgir det (Rapporteringsår)."),
    DATES: N_("Rapporteringsår {year}: de fleste program-, tiltaks- og timedatoene i filen "
              "er fra {year}, og filen oppgir ikke rapporteringsår."),
    CURRENT: N_("Rapporteringsår {year}: inneværende rapporteringsår (i januar og februar "
                "året før, som fortsatt har frist)."),
    CHOSEN: N_("Rapporteringsår {year}: valgt av deg."),
}


def dates_year(workbook: Workbook) -> int | None:
    """The year most of the file's programme, tiltak and hours dates fall in (a tie goes to
    the later year), or None when it has none."""
    years: Counter[int] = Counter()
    for sheet in workbook.sheets:
        for name in DATE_FIELDS.get(sheet.kind, ()) if sheet.kind is not None else ():
            col = sheet.parsed.get(name)
            if col is not None:
                years.update(v.year for v in col if type(v) is date)
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def choose_year(workbook: Workbook, today: date | None = None,
                chosen: int | None = None) -> YearChoice:
    """The reporting year to check and why. ``chosen``: a year the user picked (the reason
    then says so, unless it is the year this function would pick itself)."""
    current = default_year(None, today)
    if workbook.reporting_year is not None:
        auto = YearChoice(workbook.reporting_year, FILE, current=current)
    else:
        by_dates = dates_year(workbook)
        if by_dates is not None and by_dates < current:
            auto = YearChoice(by_dates, DATES, by_dates, current)
        else:
            auto = YearChoice(current, CURRENT, by_dates, current)
    if chosen is not None and chosen != auto.year:
        return YearChoice(chosen, CHOSEN, auto.dates_year, current)
    return auto
