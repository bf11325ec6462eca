"""What the rules read per row and per person: a programme, a tiltak row, a norsk period
and a person's rows, with the small value tests they share. Built by ``context.Context``
(which re-exports every name here, so rule modules import them from there)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import MAXYEAR, MINYEAR, date, timedelta
from typing import Any

MIN = date.min
MAX = date.max


def has_value(v: Any) -> bool:
    """A registered value: any non-empty cell (an unreadable one counts as registered)."""
    if v is None or v is False:
        return False
    return not (isinstance(v, str) and not v.strip())


def is_count(v: Any) -> bool:
    """A whole number >= 0 (a parsed number cell is a float; NaN and inf are not whole)."""
    return v.__class__ is float and v >= 0 and v.is_integer()


def count_or_zero(v: Any) -> float:
    """A count of days or hours as the rules use it: anything but a whole number >= 0
    counts as 0, and DAT004 reports the cell and says so. float() reads "NaN" and "inf"
    too (exports write missing numbers as NaN), and int(nan) would stop the whole check; a
    negative count would pull the 3-year frist before programstart + 3 years."""
    return v if is_count(v) else 0.0


days_or_zero = count_or_zero


def add_years(d: date, years: int) -> date:
    """``years`` calendar years later (29.02 → 28.02); OverflowError past year 9999 (as
    date + timedelta raises), which a placeholder such as 31.12.9999 reaches."""
    year = d.year + years
    if not MINYEAR <= year <= MAXYEAR:
        raise OverflowError(f"year {year} is out of range")
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February into a year without it
        return d.replace(year=year, day=28)


def overlaps(a1: date | None, a2: date | None, b1: date | None, b2: date | None) -> bool:
    return (a1 or MIN) <= (b2 or MAX) and (b1 or MIN) <= (a2 or MAX)


@dataclass(slots=True)
class Programme:
    """One Deltakere row: a person's programme."""

    r: int
    start: date | None
    end: date | None  # avslutningsdato
    frist: date | None
    vedtak: bool
    utvidet: bool
    forsterket: bool
    sluttmal: str | None
    kontrakt: bool
    arsak: str | None  # canonical spelling where the code list knows it, else as written
    lov: str | None  # canonical spelling
    law: str | None  # LAW_* constant
    unknown: frozenset[str]  # fields whose dates could not be read
    # The first day after the 3-year frist: programstart + 3 years + permisjon + fravær.
    mark: date | None = None
    exempt: bool = False  # covid-extended or 4th programme year: time after the frist is exempt
    fourth_year: bool = False  # integreringsloven (incl. 6A) with sluttmål fullført vgo

    @property
    def covid_extended(self) -> bool:
        return self.utvidet or self.forsterket

    @property
    def frist3(self) -> date | None:
        """The 3-year frist: the last day of three years of programme time (rules.md v2)."""
        return self.mark - timedelta(days=1) if self.mark is not None else None

    def ends_at_or_after_frist3(self) -> bool:
        """avslutningsdato on the 3-year frist or later (the day after counts as "at the
        frist": NIR's own day count is not public)."""
        f = self.frist3
        return f is not None and self.end is not None and self.end >= f

    @property
    def covid_unknown(self) -> bool:
        """utvidet or forsterket could not be read."""
        return "utvidet" in self.unknown or "forsterket" in self.unknown

    @property
    def exempt_start(self) -> date | None:
        """First day of the exempt period, or None when the programme has none."""
        if not self.exempt or self.mark is None:
            return None
        if self.end is not None and self.end < self.mark:
            return None
        return self.mark


@dataclass(slots=True)
class TiltakRow:
    r: int
    code: str | None
    group: str | None
    start: date | None
    end: date | None
    unknown: bool  # a date that could not be read, or no start date


@dataclass(slots=True)
class NorskRow:
    r: int
    start: date | None
    end: date | None
    hours: bool | None  # more than zero hours; None: an hour count could not be read
    unknown: bool  # a date that could not be read, or no start date


@dataclass(slots=True)
class Person:
    key: str
    d_rows: list[int]
    t_rows: list[int]
    n_rows: list[int]
    o_rows: list[int] = field(default_factory=list)  # Opplæring rows
    programmes: list[Programme] = field(default_factory=list)
    tiltak: list[TiltakRow] = field(default_factory=list)
    norsk: list[NorskRow] = field(default_factory=list)
    tiltak_unknown: bool = False
    tiltak_in_ry: bool = False
    # Worked out once per person for the rules that share it (see Context.registrable_parts).
    regs: dict[int, tuple[date, date] | None] | None = None
    # The person's Opplæring rows as the NOR rules read them (built once, see opplaering.py).
    oppl: list[Any] | None = None
    # Some programme is covid-extended, in the 4th year, or has an exempt period (or an
    # unreadable utvidet/forsterket): the covid rules look at no one else.
    special: bool = False
