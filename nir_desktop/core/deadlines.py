"""The yearly deadline for bringing a reporting year up to date in NIR."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from nir_desktop.core.i18n_data import localized
from nir_desktop.core.years import deadline_table


@dataclass(frozen=True, slots=True)
class Deadline:
    year: int  # the reporting year
    date: date
    verified: bool
    note_nb: str = ""
    note_en: str = ""  # the data file carries its notes in three languages (core.i18n_data)
    note_nn: str = ""

    def note(self, lang: str = "nb") -> str:
        return localized(lang, self.note_nb, en=self.note_en, nn=self.note_nn)


_LANGS = ("nb", "en", "nn")


def _notes(data: dict[str, Any], key: str) -> tuple[str, str, str]:
    return tuple(data.get(f"{key}_{lang}", "") for lang in _LANGS)  # type: ignore[return-value]


def _load_table() -> tuple[dict[int, Deadline], tuple[str, str, str]]:
    """The deadline table lives in resources/years/deadlines.json (one entry per year)."""
    data = deadline_table()
    source_note = _notes(data, "source_note")
    pattern_note = _notes(data, "pattern_note")
    table = {}
    for e in data["deadlines"]:
        own = _notes(e, "note")
        notes = own if own[0] else (source_note if e["verified"] else pattern_note)
        table[int(e["year"])] = Deadline(int(e["year"]), date.fromisoformat(e["date"]),
                                         bool(e["verified"]), *notes)
    return table, pattern_note


def deadline_info(year: int) -> Deadline:
    table, pattern_note = _load_table()
    known = table.get(year)
    if known is not None:
        return known
    last_feb = calendar.monthrange(year + 1, 2)[1]
    return Deadline(year, date(year + 1, 2, last_feb), False, *pattern_note)


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
