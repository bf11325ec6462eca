"""Invented persons: synthetic fødselsnummer, names and case numbers, and clean programmes.

Identity numbers are synthetic test numbers (birth month + 80, valid mod-11 control digits),
which never belong to a real person. A clean person has nothing wrong for the reporting year
it is made for; the demos plant their mistakes on persons made here.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

# One mod-11 implementation for the app and its test data.
from nir_desktop.core.fnr import control_digits

# The calendar arithmetic the rules use, so a demo's dates mean what the check reads.
from nir_desktop.core.rules.context import add_years
from nir_desktop.core.rules.opplaering import add_months
from nir_desktop.devtools.demo.model import (
    ARSAK_WEIGHTS,
    CLEAN_ARSAKER,
    FIRST_NAMES,
    FULLFORT_VGO,
    INTEGRERING,
    INTRO,
    LAST_NAMES,
    NORSK_TILTAK,
    OTHER_TILTAK,
    OTHER_TILTAK_WEIGHTS,
    SAKSBEHANDLERE,
    SLUTTMAL,
    SLUTTMAL_WEIGHTS,
    NorskRow,
    Person,
    TiltakRow,
)

# --- synthetic identity numbers ---------------------------------------------------------

def has_valid_control_digits(number: str) -> bool:
    return (len(number) == 11 and number.isdigit()
            and control_digits(number[:9]) == number[9:])


def is_synthetic_fnr(number: str) -> bool:
    """An 11-digit synthetic test number (month + 80, D-numbers too) with valid control digits."""
    if not has_valid_control_digits(number):
        return False
    day, month = int(number[0:2]), int(number[2:4])
    if day > 40:
        day -= 40
    return 81 <= month <= 92 and 1 <= day <= 31


def synthetic_fnr(rng: random.Random, born: date, *, d_number: bool = False,
                  taken: set[str] | None = None) -> str:
    """A synthetic fødselsnummer (or D-number) for a birth date, unique within ``taken``.

    The individnummer range follows the century rules (1900–1999: 000–499, 2000–2039:
    500–999); an individnummer whose control digit would be 10 is skipped, as the
    algorithm requires.
    """
    day = born.day + (40 if d_number else 0)
    prefix = f"{day:02d}{born.month + 80:02d}{born.year % 100:02d}"
    lo, hi = (0, 499) if born.year < 2000 else (500, 999)
    while True:
        nine = f"{prefix}{rng.randint(lo, hi):03d}"
        digits = control_digits(nine)
        if digits is None:
            continue
        number = nine + digits
        if taken is None or number not in taken:
            if taken is not None:
                taken.add(number)
            return number

# --- dates ------------------------------------------------------------------------------


def three_year_mark(start: date, permisjon: int, fravaer: int) -> date:
    """rules.md: programstart + 3 years + permisjon_dager + fravaer_dager."""
    return add_years(start, 3) + timedelta(days=permisjon + fravaer)


def weekday_on_or_after(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


# --- building persons -------------------------------------------------------------------


class Factory:
    """Names, numbers and case numbers for one file, deterministic for one seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.taken: set[str] = set()
        self.case_counter: dict[int, int] = {}

    def name(self) -> str:
        r = self.rng
        return f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"

    def birth(self, at: date) -> date:
        # Participants are adults, mostly 18–55 when they start.
        age = self.rng.choices((19, 24, 30, 36, 44, 52), (10, 22, 26, 20, 14, 8))[0]
        return at - timedelta(days=365 * age + self.rng.randint(0, 364 * 4))

    def fnr(self, at: date, *, d_number: bool = False, born: date | None = None) -> str:
        return synthetic_fnr(self.rng, born or self.birth(at), d_number=d_number,
                             taken=self.taken)

    def saksnummer(self, vedtak_year: int) -> str:
        n = self.case_counter.get(vedtak_year, 100 + self.rng.randint(0, 40))
        n += self.rng.randint(1, 9)
        self.case_counter[vedtak_year] = n
        return f"{vedtak_year % 100:02d}/{n:05d}"

    def saksbehandler(self) -> str:
        return self.rng.choice(SAKSBEHANDLERE)


def law_for(start: date) -> str:
    # Integreringsloven applies to those settled from 2021; programme start is our proxy.
    return INTRO if start < date(2021, 1, 1) else INTEGRERING


def _programme_length(rng: random.Random, lov: str, sluttmal: str | None) -> tuple[int, int]:
    """(years, months) as the vedtak sets it."""
    if lov == INTRO:
        return (3, 0) if rng.random() < 0.15 else (2, 0)
    if sluttmal == FULLFORT_VGO:
        return (3, 0)
    if sluttmal == "Høyere utdanning":
        return (0, 6)
    return rng.choice(((1, 0), (2, 0), (2, 0)))


def schedule(rng: random.Random, p: Person, until: date, *, open_last: bool) -> None:
    """Clean tiltak and matching Norsk rows from programstart to ``until``.

    Every norsk tiltak has a Norsk row over exactly its period (INT002/INT003 stay quiet);
    every tiltak lies inside the programme (INT005 stays quiet).
    """
    cursor = p.programstart
    first = True
    while cursor <= until:
        months = rng.choice((5, 6, 7, 8, 9, 10, 12))
        end = min(add_months(cursor, months) - timedelta(days=1), until)
        last = end >= until
        kind = ("Samfunnskunnskap" if first and rng.random() < 0.3 else
                rng.choices(NORSK_TILTAK[:2], (75, 25))[0])
        is_open = last and open_last
        p.tiltak.append(TiltakRow(kind, cursor, None if is_open else end,
                                  float(rng.choice((10, 12, 15, 15, 20)))))
        weeks = max(1, ((end - cursor).days + 1) // 7)
        tn = 0 if kind == "Samfunnskunnskap" else weeks * rng.choice((8, 10, 12, 15))
        ts = weeks * 2 if kind != "Norskopplæring" else 0
        if first and kind != "Samfunnskunnskap" and rng.random() < 0.5:
            ts = rng.choice((25, 50))
        # An open tiltak still has hours counted up to the export.
        p.norsk.append(NorskRow(cursor, end, tn, ts))
        if rng.random() < 0.5:
            o_start = weekday_on_or_after(cursor + timedelta(days=rng.choice((0, 7, 14, 28))))
            if o_start <= end:
                kind = rng.choices(OTHER_TILTAK, OTHER_TILTAK_WEIGHTS)[0]
                is_open = last and open_last
                p.tiltak.append(TiltakRow(kind, o_start, None if is_open else end,
                                          float(rng.choice((7.5, 10, 15, 18.5, 22.5)))))
        first = False
        cursor = end + timedelta(days=1)


def clean_person(fac: Factory, year: int, *, activities: bool = True) -> Person:
    """A participant with nothing wrong for reporting year ``year``.

    The export is taken on 15 January after the reporting year (the snapshot): everything
    later is unknown, so a programme whose end lies beyond it is still open.
    """
    rng = fac.rng
    snapshot = date(year + 1, 1, 15)
    span = (date(year, 10, 1) - date(year - 3, 1, 1)).days
    start = weekday_on_or_after(date(year - 3, 1, 1) + timedelta(days=rng.randint(0, span)))
    # No programme starts on 29 February: "+ 3 years" would be ambiguous.
    start = weekday_on_or_after(start.replace(day=min(start.day, 28)))
    lov = law_for(start)
    sluttmal = rng.choices(SLUTTMAL, SLUTTMAL_WEIGHTS)[0] if lov == INTEGRERING else None
    years, months = _programme_length(rng, lov, sluttmal)
    permisjon = rng.choice((30, 45, 90)) if rng.random() < 0.12 else 0
    fravaer = rng.choice((5, 10, 21)) if rng.random() < 0.15 else 0
    frist = (add_months(add_years(start, years), months) - timedelta(days=1)
             + timedelta(days=permisjon + fravaer))
    vedtak_dato = start - timedelta(days=rng.randint(7, 45))
    p = Person(
        fnr=fac.fnr(start, d_number=rng.random() < 0.04),
        navn=fac.name(),
        saksnummer=fac.saksnummer(vedtak_dato.year),
        lov=lov,
        vedtaksdato=vedtak_dato,
        programstart=start,
        frist=frist,
        sluttmal=sluttmal,
        permisjon=permisjon,
        fravaer=fravaer,
        saksbehandler=fac.saksbehandler(),
    )
    if lov == INTEGRERING:
        p.kontrakt = "Ja" if rng.random() < 0.15 else start + timedelta(days=rng.randint(14, 90))
        if isinstance(p.kontrakt, date) and p.kontrakt > snapshot:
            p.kontrakt = None
    mark = three_year_mark(start, permisjon, fravaer)
    # Covid-19 temporary law (RY 2020–2022): some introduksjonsloven participants whose
    # 3-year mark falls in or after RY were extended; they continue past the mark with no
    # tiltak registered beyond it (NIR cannot take them), and no avslutningsårsak.
    covid = (2020 <= year <= 2022 and lov == INTRO
             and date(year, 1, 1) <= mark <= snapshot and rng.random() < 0.25)
    if covid:
        p.utvidet = rng.random() < 0.7
        p.forsterket = not p.utvidet or rng.random() < 0.3
        if activities:
            schedule(rng, p, mark - timedelta(days=1), open_last=False)
        return p
    ended = frist < snapshot or rng.random() < 0.12
    if ended:
        early = rng.random() < 0.45
        if early:
            lo = start + timedelta(days=120)
            end = lo + timedelta(days=rng.randint(0, max(0, (frist - lo).days)))
        else:
            end = frist
        end = min(end, snapshot - timedelta(days=1))
        p.slutt = end
        p.arsak = rng.choices(CLEAN_ARSAKER, ARSAK_WEIGHTS)[0]
        if activities:
            schedule(rng, p, end, open_last=False)
    elif activities:
        schedule(rng, p, snapshot - timedelta(days=1), open_last=rng.random() < 0.5)
    return p

