"""Synthetic NIR exports: the demo workbook and workbooks of any size.

Everything here is invented. Identity numbers are synthetic test numbers (birth month + 80,
valid mod-11 control digits), which never belong to a real person; names are free
combinations of common first and last names; the municipality "Nordfjellet kommune" (4699)
does not exist.

Two products:

* ``build_demo()`` — the demo export for reporting year 2021 (about 150 persons). Most rows
  are clean; every rule in ``shared/spec/rules.md`` is planted at least once on purpose (see
  ``_plant_*`` below, each commented with why it meets the rule's condition), together with
  clean "near misses" that a correct engine must leave alone. ``planted_rules()`` tells tests
  which saksnummer carries which rule.
* ``generate(rows, seed, year)`` — a realistic, mostly clean export with ``rows`` rows over
  the three sheets, for tests and benchmarks (``iter_deltakere_rows`` streams a
  Deltakere-only CSV of a million rows in bounded memory).

Run ``python -m nir_desktop.devtools.demo.demo2021 --help``.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

# One mod-11 implementation for the app and its test data (re-exported for callers).
from nir_desktop.core.fnr import control_digits

# --- the fictional municipality and the layout -------------------------------------------

KOMMUNE_NAVN = "Nordfjellet kommune"
# County 46 (Vestland) existed 2020–2023 and still does; 4699 is not a real municipality.
KOMMUNENUMMER = "4699"
DEMO_YEAR = 2021
DEMO_SEED = 20211231

INTRO = "Introduksjonsloven"
INTEGRERING = "Integreringsloven"
IKKE_REGISTRERT = "Avslutningsårsak ikke registrert"
FULLFORT_VGO = "Fullført videregående opplæring"

DELTAKERE_HEADERS: tuple[str, ...] = (
    "Fødselsnummer", "Navn", "Kommunenummer", "Saksnummer", "Lov", "Vedtaksdato",
    "Programstart", "Gjennomføringsfrist", "Utvidet", "Forsterket", "Sluttmål",
    "Integreringskontrakt", "Avslutningsdato", "Avslutningsårsak", "Permisjon (dager)",
    "Gyldig fravær (dager)", "Saksbehandler",
)
TILTAK_HEADERS: tuple[str, ...] = (
    "Fødselsnummer", "Tiltak", "Startdato", "Sluttdato", "Timer per uke",
)
NORSK_HEADERS: tuple[str, ...] = (
    "Fødselsnummer", "Startdato", "Sluttdato", "Timer norsk", "Timer samfunnskunnskap",
)
SHEET_HEADERS: dict[str, tuple[str, ...]] = {
    "Deltakere": DELTAKERE_HEADERS,
    "Tiltak": TILTAK_HEADERS,
    "Norsk": NORSK_HEADERS,
}
INFO_SHEET = "Info"

# Code values used for clean rows: only values of the suggested lists in domain.md.
NORSK_TILTAK = ("Norskopplæring", "Norsk og samfunnskunnskap", "Samfunnskunnskap")
OTHER_TILTAK = (
    "Arbeidspraksis", "Språkpraksis", "Livsmestring", "Grunnskole", "Videregående opplæring",
    "Yrkesrettet kurs", "Foreldreveiledning", "Godkjenning av utdanning",
    "Arbeid med lønnstilskudd", "Helserelaterte tiltak",
)
_OTHER_TILTAK_WEIGHTS = (24, 14, 12, 10, 6, 10, 6, 4, 6, 4)
CLEAN_ARSAKER = (
    "Arbeid heltid", "Arbeid deltid", "Arbeid med lønnstilskudd", "Videregående opplæring",
    "Høyere utdanning", "Arbeid og utdanning", "Grunnskole", "Annen utdanning",
    "Arbeidsrettet tiltak i regi av NAV", "Kvalifiseringsprogram", "Flyttet til annen kommune",
    "Foreldrepermisjon", "Sykdom", "Avbrutt etter eget ønske",
)
_ARSAK_WEIGHTS = (20, 12, 6, 10, 3, 5, 8, 4, 8, 4, 6, 5, 4, 3)
SLUTTMAL = ("Arbeid", "Høyere utdanning", FULLFORT_VGO, "Deler av videregående opplæring",
            "Grunnskole")
_SLUTTMAL_WEIGHTS = (40, 8, 20, 12, 20)

# --- invented names (free combinations; cp1252-safe so the CSV variant encodes) --------

FIRST_NAMES = (
    "Ingrid", "Kari", "Nora", "Sofie", "Emma", "Ola", "Lars", "Jonas", "Henrik", "Sindre",
    "Ahmad", "Mohammed", "Fatima", "Aisha", "Omar", "Yusuf", "Maryam", "Zainab", "Hassan",
    "Amina", "Abdi", "Hodan", "Faduma", "Mahad", "Samira", "Rania", "Khalid", "Layla", "Bilal",
    "Nour", "Ali", "Reza", "Zahra", "Mehdi", "Shirin", "Tesfay", "Selam", "Yonas", "Helen",
    "Semhar", "Dawit", "Merhawi", "Olena", "Iryna", "Oksana", "Andrii", "Taras", "Mykola",
    "Ngoc", "Thanh", "Eh Htoo", "Paw", "Saw", "Jean", "Aline", "Eric", "Grace", "Esperance",
)
LAST_NAMES = (
    "Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Lie", "Nygaard", "Fjellheim", "Dahl",
    "Ahmadi", "Hosseini", "Rahimi", "Mohammadi", "Karimi", "Haddad", "Khalil", "Nasser",
    "Yousef", "Ibrahim", "Hassan", "Abdullahi", "Warsame", "Farah", "Jama", "Osman", "Tesfaye",
    "Gebremedhin", "Kidane", "Haile", "Berhane", "Kovalenko", "Shevchenko", "Bondarenko",
    "Melnyk", "Tkachenko", "Nguyen", "Tran", "Htoo", "Moo", "Niyonzima", "Uwimana",
    "Habimana", "Mukamana", "Alizada", "Sultani", "Qasemi",
)
SAKSBEHANDLERE = ("Marte Solberg", "Tor Eide Vik", "Hanne Aasen", "Rune Myklebust",
                  "Silje Brekke")


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


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def three_year_mark(start: date, permisjon: int, fravaer: int) -> date:
    """rules.md: programstart + 3 years + permisjon_dager + fravaer_dager."""
    return add_years(start, 3) + timedelta(days=permisjon + fravaer)


def _weekday_on_or_after(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


# --- the model the generator works with -------------------------------------------------


@dataclass(slots=True)
class TiltakRow:
    tiltak: str
    start: date | None
    slutt: date | None
    timer: float | None = None
    raw: dict[str, Any] = field(default_factory=dict)  # header -> cell value override


@dataclass(slots=True)
class NorskRow:
    start: date | None
    slutt: date | None
    timer_norsk: int
    timer_samf: int
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Person:
    fnr: str
    navn: str
    saksnummer: str
    lov: str
    vedtaksdato: date | None
    programstart: date
    frist: date
    utvidet: bool = False
    forsterket: bool = False
    sluttmal: str | None = None
    kontrakt: date | str | None = None
    slutt: date | None = None
    arsak: str | None = None
    permisjon: int = 0
    fravaer: int = 0
    saksbehandler: str = ""
    kommunenummer: str = KOMMUNENUMMER
    tiltak: list[TiltakRow] = field(default_factory=list)
    norsk: list[NorskRow] = field(default_factory=list)
    # How the fødselsnummer cell looks in every sheet (Excel damage), if not plain text.
    fnr_cell: Any = None
    raw: dict[str, Any] = field(default_factory=dict)  # Deltakere header -> cell override


@dataclass(slots=True)
class Plant:
    """One deliberately planted rule hit."""

    rule: str
    person: str  # saksnummer; for a row without a person (REF001) the fødselsnummer on it
    why: str


@dataclass(slots=True)
class Dataset:
    year: int
    info: list[tuple[str, Any]]
    deltakere: list[list[Any]]
    tiltak: list[list[Any]]
    norsk: list[list[Any]]
    plants: list[Plant] = field(default_factory=list)

    @property
    def sheets(self) -> dict[str, list[list[Any]]]:
        return {"Deltakere": self.deltakere, "Tiltak": self.tiltak, "Norsk": self.norsk}

    def __len__(self) -> int:
        return len(self.deltakere) + len(self.tiltak) + len(self.norsk)


# --- building persons -------------------------------------------------------------------


class _Factory:
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


def _law_for(start: date) -> str:
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


def _schedule(rng: random.Random, p: Person, until: date, *, open_last: bool) -> None:
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
            o_start = _weekday_on_or_after(cursor + timedelta(days=rng.choice((0, 7, 14, 28))))
            if o_start <= end:
                kind = rng.choices(OTHER_TILTAK, _OTHER_TILTAK_WEIGHTS)[0]
                is_open = last and open_last
                p.tiltak.append(TiltakRow(kind, o_start, None if is_open else end,
                                          float(rng.choice((7.5, 10, 15, 18.5, 22.5)))))
        first = False
        cursor = end + timedelta(days=1)


def _clean_person(fac: _Factory, year: int, *, activities: bool = True) -> Person:
    """A participant with nothing wrong for reporting year ``year``.

    The export is taken on 15 January after the reporting year (the snapshot): everything
    later is unknown, so a programme whose end lies beyond it is still open.
    """
    rng = fac.rng
    snapshot = date(year + 1, 1, 15)
    span = (date(year, 10, 1) - date(year - 3, 1, 1)).days
    start = _weekday_on_or_after(date(year - 3, 1, 1) + timedelta(days=rng.randint(0, span)))
    # No programme starts on 29 February: "+ 3 years" would be ambiguous.
    start = _weekday_on_or_after(start.replace(day=min(start.day, 28)))
    lov = _law_for(start)
    sluttmal = rng.choices(SLUTTMAL, _SLUTTMAL_WEIGHTS)[0] if lov == INTEGRERING else None
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
            _schedule(rng, p, mark - timedelta(days=1), open_last=False)
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
        p.arsak = rng.choices(CLEAN_ARSAKER, _ARSAK_WEIGHTS)[0]
        if activities:
            _schedule(rng, p, end, open_last=False)
    elif activities:
        _schedule(rng, p, snapshot - timedelta(days=1), open_last=rng.random() < 0.5)
    return p


# --- rendering to cells -----------------------------------------------------------------


class _Renderer:
    """Turns the model into cell values as real exports hold them.

    Dates are mostly real Excel dates; a few are typed text in the Norwegian forms
    (dd.mm.yyyy, d.m.yy). Yes/no cells are Ja/Nei, sometimes x/empty.
    """

    def __init__(self, rng: random.Random, *, text_date_share: float = 0.03) -> None:
        self.rng = rng
        self.text_date_share = text_date_share

    def date(self, d: date | None) -> Any:
        if d is None:
            return None
        x = self.rng.random()
        if x < self.text_date_share * 0.7:
            return d.strftime("%d.%m.%Y")
        if x < self.text_date_share:
            return f"{d.day}.{d.month}.{d.year % 100:02d}"
        return d

    def flag(self, value: bool, style: int) -> Any:
        if style == 0:
            return "Ja" if value else "Nei"
        return "x" if value else None

    def fnr(self, p: Person) -> Any:
        return p.fnr if p.fnr_cell is None else p.fnr_cell

    def deltaker(self, p: Person) -> list[Any]:
        style = 0 if self.rng.random() < 0.9 else 1
        kontrakt = self.date(p.kontrakt) if isinstance(p.kontrakt, date) else p.kontrakt
        values = {
            "Fødselsnummer": self.fnr(p),
            "Navn": p.navn,
            "Kommunenummer": p.kommunenummer,
            "Saksnummer": p.saksnummer,
            "Lov": p.lov,
            "Vedtaksdato": self.date(p.vedtaksdato),
            "Programstart": self.date(p.programstart),
            "Gjennomføringsfrist": self.date(p.frist),
            "Utvidet": self.flag(p.utvidet, style),
            "Forsterket": self.flag(p.forsterket, style),
            "Sluttmål": p.sluttmal,
            "Integreringskontrakt": kontrakt,
            "Avslutningsdato": self.date(p.slutt),
            "Avslutningsårsak": p.arsak,
            "Permisjon (dager)": p.permisjon,
            "Gyldig fravær (dager)": p.fravaer,
            "Saksbehandler": p.saksbehandler,
        }
        values.update(p.raw)
        return [values[h] for h in DELTAKERE_HEADERS]

    def tiltak(self, p: Person, t: TiltakRow) -> list[Any]:
        values = {
            "Fødselsnummer": self.fnr(p),
            "Tiltak": t.tiltak,
            "Startdato": self.date(t.start),
            "Sluttdato": self.date(t.slutt),
            "Timer per uke": t.timer,
        }
        values.update(t.raw)
        return [values[h] for h in TILTAK_HEADERS]

    def norsk(self, p: Person, n: NorskRow) -> list[Any]:
        values = {
            "Fødselsnummer": self.fnr(p),
            "Startdato": self.date(n.start),
            "Sluttdato": self.date(n.slutt),
            "Timer norsk": n.timer_norsk,
            "Timer samfunnskunnskap": n.timer_samf,
        }
        values.update(n.raw)
        return [values[h] for h in NORSK_HEADERS]


def _info(year: int) -> list[tuple[str, Any]]:
    return [
        ("Rapporteringsår", year),
        ("Kommune", KOMMUNE_NAVN),
        ("Kommunenummer", KOMMUNENUMMER),
        ("Uttrekksdato", date(year + 1, 1, 15)),
        ("Merk", "Syntetiske testdata laget av NIR-kontroll. Alle personer er oppdiktet, og "
                 "fødselsnumrene er syntetiske (måned + 80)."),
    ]


# --- bulk generation --------------------------------------------------------------------

# Mistakes real files have, mixed into bulk data at ``error_rate`` (one per affected person).
_MISTAKES = ("fnr_typo", "no_vedtak", "no_arsak", "unknown_tiltak", "bad_date", "annet",
             "leading_zero")


def _apply_mistake(rng: random.Random, p: Person) -> None:
    kind = rng.choice(_MISTAKES)
    if kind == "fnr_typo":
        last = (int(p.fnr[-1]) + 1) % 10
        p.fnr = p.fnr[:-1] + str(last)
    elif kind == "no_vedtak":
        p.vedtaksdato = None
    elif kind == "no_arsak" and p.slutt is not None:
        p.arsak = None
    elif kind == "unknown_tiltak" and p.tiltak:
        rng.choice(p.tiltak).tiltak = "Jobbklubb"
    elif kind == "bad_date":
        p.raw["Programstart"] = f"{p.programstart.day:02d}.{p.programstart.month:02d}"
    elif kind == "annet" and p.slutt is not None:
        p.arsak = "Annet"
    elif kind == "leading_zero" and p.fnr.startswith("0"):
        p.fnr_cell = int(p.fnr)


def iter_persons(rng: random.Random, year: int, *, with_activities: bool = True,
                 error_rate: float = 0.03, factory: _Factory | None = None
                 ) -> Iterator[Person]:
    """Endless stream of participants for ``year``, mostly clean."""
    fac = factory or _Factory(rng)
    while True:
        p = _clean_person(fac, year, activities=with_activities)
        if rng.random() < error_rate:
            _apply_mistake(rng, p)
        yield p


def generate(rows: int, *, seed: int = 1, year: int = DEMO_YEAR,
             error_rate: float = 0.03) -> Dataset:
    """A workbook's worth of rows: exactly ``rows`` over Deltakere, Tiltak and Norsk.

    The proportion comes from the person model (about 1 : 4 : 3). The last few rows go to
    a person whose programme ended long before ``year`` and who has exactly as many
    activity rows as are left, so the count is exact and the file stays clean.
    """
    rng = random.Random(seed)
    render = _Renderer(random.Random(seed + 1))
    ds = Dataset(year, _info(year), [], [], [])
    fac = _Factory(rng)  # shared, so numbers and case numbers stay unique
    persons = iter_persons(rng, year, error_rate=error_rate, factory=fac)
    while len(ds) < rows:
        p = next(persons)
        left = rows - len(ds)
        if 1 + len(p.tiltak) + len(p.norsk) > left:
            p = _filler(fac, year, left)
        ds.deltakere.append(render.deltaker(p))
        ds.tiltak.extend(render.tiltak(p, t) for t in p.tiltak)
        ds.norsk.extend(render.norsk(p, n) for n in p.norsk)
    return ds


def _filler(fac: _Factory, year: int, size: int) -> Person:
    """A clean person with exactly ``size`` rows, ended before ``year`` (out of scope)."""
    start = _weekday_on_or_after(date(year - 4, 1, 10))
    end = add_years(start, 2) - timedelta(days=1)
    vedtak_dato = start - timedelta(days=20)
    p = Person(fnr=fac.fnr(start), navn=fac.name(), saksnummer=fac.saksnummer(start.year),
               lov=_law_for(start), vedtaksdato=vedtak_dato, programstart=start, frist=end,
               slutt=end, arsak="Arbeid heltid", saksbehandler=fac.saksbehandler())
    if p.lov == INTEGRERING:
        p.sluttmal, p.kontrakt = "Arbeid", start + timedelta(days=30)
    activity = size - 1
    pairs, extra = divmod(activity, 2)
    if extra:
        p.tiltak.append(TiltakRow("Arbeidspraksis", start, end, 15.0))
    days = (end - start).days + 1
    for i in range(pairs):
        a = start + timedelta(days=days * i // pairs)
        b = start + timedelta(days=days * (i + 1) // pairs - 1)
        p.tiltak.append(TiltakRow("Norskopplæring", a, b, 15.0))
        p.norsk.append(NorskRow(a, b, max(1, ((b - a).days + 1) // 7) * 10, 0))
    return p


def iter_deltakere_rows(rows: int, *, seed: int = 1, year: int = DEMO_YEAR,
                        error_rate: float = 0.03) -> Iterator[list[Any]]:
    """``rows`` Deltakere rows, streamed (a CSV file is the Deltakere sheet)."""
    rng = random.Random(seed)
    render = _Renderer(random.Random(seed + 1))
    persons = iter_persons(rng, year, with_activities=False, error_rate=error_rate)
    for _ in range(rows):
        yield render.deltaker(next(persons))


# --- the demo ---------------------------------------------------------------------------


class _DemoBuilder:
    """The demo for RY 2021. Dates are chosen so each plant meets exactly its condition."""

    year = DEMO_YEAR

    def __init__(self) -> None:
        self.rng = random.Random(DEMO_SEED)
        self.fac = _Factory(self.rng)
        self.persons: list[Person] = []
        self.orphans: list[tuple[str, list[TiltakRow], list[NorskRow]]] = []
        self.plants: list[Plant] = []

    # helpers -------------------------------------------------------------------------
    def plant(self, rule: str, p: Person | str, why: str) -> None:
        self.plants.append(Plant(rule, p if isinstance(p, str) else p.saksnummer, why))

    def person(self, start: date, frist: date, *, lov: str = INTRO, slutt: date | None = None,
               arsak: str | None = None, sluttmal: str | None = None,
               kontrakt: date | str | None = None, utvidet: bool = False,
               forsterket: bool = False, permisjon: int = 0, fravaer: int = 0,
               vedtak: bool = True, d_number: bool = False, born: date | None = None,
               add: bool = True) -> Person:
        vedtak_dato = start - timedelta(days=21)
        p = Person(
            fnr=self.fac.fnr(start, d_number=d_number, born=born), navn=self.fac.name(),
            saksnummer=self.fac.saksnummer(vedtak_dato.year), lov=lov,
            vedtaksdato=vedtak_dato if vedtak else None, programstart=start, frist=frist,
            utvidet=utvidet, forsterket=forsterket, sluttmal=sluttmal, kontrakt=kontrakt,
            slutt=slutt, arsak=arsak, permisjon=permisjon, fravaer=fravaer,
            saksbehandler=self.fac.saksbehandler(),
        )
        if lov == INTEGRERING and kontrakt is None and sluttmal is not None:
            p.kontrakt = start + timedelta(days=30)
        if add:
            self.persons.append(p)
        return p

    def cover(self, p: Person, until: date, *, open_last: bool = False) -> None:
        _schedule(self.rng, p, until, open_last=open_last)

    def tiltak(self, p: Person, kind: str, start: date | None, slutt: date | None,
               raw: dict[str, Any] | None = None) -> TiltakRow:
        t = TiltakRow(kind, start, slutt, 15.0, raw=raw or {})
        p.tiltak.append(t)
        return t

    # the demo ------------------------------------------------------------------------
    def build(self) -> Dataset:
        for _ in range(118):
            self.persons.append(_clean_person(self.fac, self.year))
        self._plant_identity()
        self._plant_dates_and_codes()
        self._plant_participation()
        self._plant_ending()
        self._plant_law()
        self._plant_covid()
        self._plant_v2()
        self._near_misses()
        # Shuffle so plants are spread through the file as they would be in a real export.
        self.rng.shuffle(self.persons)
        render = _Renderer(random.Random(DEMO_SEED + 1), text_date_share=0.04)
        ds = Dataset(self.year, _info(self.year), [], [], [], plants=self.plants)
        for p in self.persons:
            ds.deltakere.append(render.deltaker(p))
        for p in self.persons:
            ds.tiltak.extend(render.tiltak(p, t) for t in sorted(p.tiltak, key=_tiltak_order))
            ds.norsk.extend(render.norsk(p, n) for n in p.norsk)
        for fnr, tiltak, norsk in self.orphans:
            ghost = Person(fnr, "", "", INTRO, None, date(self.year, 1, 1), date(self.year, 1, 1))
            ds.tiltak.extend(render.tiltak(ghost, t) for t in tiltak)
            ds.norsk.extend(render.norsk(ghost, n) for n in norsk)
        return ds

    def _plant_identity(self) -> None:
        D = date
        # ID001: a typo in the last control digit. 11 digits, but the second control digit
        # fails. Tiltak/Norsk rows carry the same typo, so it is the only finding.
        p = self.person(D(2020, 2, 3), D(2022, 2, 2))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr = p.fnr[:10] + str((int(p.fnr[10]) + 3) % 10)
        self.plant("ID001", p, "second control digit wrong (typo)")
        # ID001: only 9 digits (two lost when pasting): not 11 digits, and not a 10-digit
        # value ID002 could pad.
        p = self.person(D(2020, 9, 7), D(2022, 9, 6))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr = p.fnr[:9]
        self.plant("ID001", p, "9 digits")
        # ID002: born on the 5th, so the number starts with 0; Excel made it a number in
        # every sheet, leaving 10 digits whose zero-padded form is valid.
        p = self.person(D(2020, 4, 14), D(2022, 4, 13), born=D(1991, 3, 5))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr_cell = int(p.fnr)
        self.plant("ID002", p, "numeric cell lost the leading zero (10 digits)")
        # ID003: every number in the file is synthetic (month + 80): one INFO for the file.
        # Listed on a D-number person (day + 40 and month + 80) that is otherwise clean.
        p = self.person(D(2019, 11, 4), D(2021, 11, 3), d_number=True)
        p.slutt, p.arsak = D(2021, 11, 3), "Arbeid deltid"
        self.cover(p, D(2021, 11, 3))
        self.plant("ID003", p, "synthetic numbers in the file (one INFO per file)")
        # ID004: the same person registered twice (a second case opened by mistake);
        # both programmes are open, so the periods overlap.
        p = self.person(D(2020, 1, 20), D(2022, 1, 19))
        self.cover(p, D(2022, 1, 14), open_last=True)
        twin = self.person(D(2020, 1, 20), D(2022, 1, 19))
        twin.fnr, twin.navn, twin.fnr_cell = p.fnr, p.navn, p.fnr_cell
        self.fac.taken.add(p.fnr)
        self.plant("ID004", p, "same fnr, overlapping open programmes")
        self.plant("ID004", twin, "same fnr, overlapping open programmes")
        # ID005: the municipality's number before the 2020 county merger (county 14 no
        # longer existed in 2021). It also differs from the file's number (ID006).
        p = self.person(D(2020, 5, 11), D(2022, 5, 10))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.kommunenummer = "1449"
        self.plant("ID005", p, "county prefix 14 did not exist in 2021")
        self.plant("ID006", p, "differs from 4699")
        # ID006: a neighbour's (fictional) number with a valid county prefix.
        p = self.person(D(2020, 8, 24), D(2022, 8, 23))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.kommunenummer = "4698"
        self.plant("ID006", p, "valid number, but not the one most rows have")
        # REF001: measures left behind for a person who moved away and was removed from
        # Deltakere; the fødselsnummer is in no Deltakere row.
        ghost = self.fac.fnr(D(2021, 1, 1))
        self.orphans.append((
            ghost,
            [TiltakRow("Arbeidspraksis", D(2021, 2, 1), D(2021, 6, 30), 20.0)],
            [NorskRow(D(2021, 1, 4), D(2021, 6, 18), 180, 0)],
        ))
        self.plant("REF001", ghost, "Tiltak and Norsk rows for an fnr not in Deltakere")

    def _plant_dates_and_codes(self) -> None:
        D = date
        # DAT001: 31 June does not exist; on a non-norsk tiltak of an open programme, so
        # however the engine reads the bad date it creates no other finding.
        p = self.person(D(2020, 10, 12), D(2022, 10, 11))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Yrkesrettet kurs", D(2021, 3, 1), None,
                    raw={"Sluttdato": "31.06.2021"})
        self.plant("DAT001", p, "Tiltak Sluttdato '31.06.2021'")
        # DAT002: the end year typed wrong (2021 for 2022): ends before it starts.
        p = self.person(D(2020, 11, 2), D(2022, 11, 1))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Arbeidspraksis", D(2021, 9, 1), D(2021, 3, 31))
        self.plant("DAT002", p, "tiltak 01.09.2021–31.03.2021")
        # DAT003: a tiltak start typed as 2030 (meant 2020); after any date the check runs
        # before 2030. Open programme, so no AVS003/INT005.
        p = self.person(D(2020, 6, 15), D(2022, 6, 14))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Språkpraksis", D(2030, 8, 16), None)
        self.plant("DAT003", p, "tiltak Startdato 16.08.2030")
        # KODE001: a tiltak value not in the code list (alongside clean coverage).
        p = self.person(D(2020, 3, 16), D(2022, 3, 15))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Jobbklubb", D(2021, 3, 1), D(2021, 5, 28))
        self.plant("KODE001", p, "tiltak 'Jobbklubb'")
        # KODE001: an avslutningsårsak in the caseworker's own words. Registered (not
        # empty), so no AVS001.
        p = self.person(D(2019, 4, 1), D(2021, 3, 31), slutt=D(2021, 3, 31), arsak="Fast jobb")
        self.cover(p, D(2021, 3, 31))
        self.plant("KODE001", p, "avslutningsårsak 'Fast jobb'")

    def _plant_participation(self) -> None:
        D = date
        # INT001: open programme all through 2021 (participated; not covid-extended, so the
        # registrable part is all of 2021), but tiltak (and norsk hours) only in 2020.
        # Frist 2022, so no AVS005.
        p = self.person(D(2020, 1, 13), D(2022, 1, 12))
        self.cover(p, D(2020, 12, 18))
        self.plant("INT001", p, "no tiltak in 2021")
        # INT002: Norsk hours in spring 2021 inside the open programme, but the only 2021
        # tiltak is Arbeidspraksis (no norsk tiltak overlaps the Norsk period).
        p = self.person(D(2020, 8, 17), D(2022, 8, 16))
        self.cover(p, D(2020, 12, 18))
        self.tiltak(p, "Arbeidspraksis", D(2021, 1, 4), D(2021, 12, 17))
        p.norsk.append(NorskRow(D(2021, 1, 4), D(2021, 6, 18), 300, 0))
        self.plant("INT002", p, "Norsk hours 2021 without a norsk tiltak")
        # INT003: Norskopplæring in 2021 but no Norsk rows at all.
        p = self.person(D(2021, 3, 1), D(2023, 2, 28), lov=INTEGRERING, sluttmal="Arbeid")
        self.tiltak(p, "Norskopplæring", D(2021, 3, 1), None)
        self.tiltak(p, "Livsmestring", D(2021, 3, 8), D(2021, 6, 18))
        self.plant("INT003", p, "norsk tiltak without Norsk hours")
        # INT004: open programme in 2021 with tiltak, but no vedtaksdato.
        p = self.person(D(2020, 9, 1), D(2022, 8, 31), vedtak=False)
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.plant("INT004", p, "no vedtaksdato")
        # INT005: a tiltak that starts three weeks before programstart.
        p = self.person(D(2021, 4, 6), D(2023, 4, 5), lov=INTEGRERING,
                        sluttmal="Deler av videregående opplæring")
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.tiltak(p, "Livsmestring", D(2021, 3, 15), D(2021, 5, 31))
        self.plant("INT005", p, "tiltak starts before programstart")
        # INT005: ended 30.06.2021, but an Arbeidspraksis that started before the end is
        # still open. (It starts before avslutningsdato, so it is not AVS003.)
        p = self.person(D(2019, 7, 1), D(2021, 6, 30), slutt=D(2021, 6, 30),
                        arsak="Arbeid heltid")
        self.cover(p, D(2021, 6, 30))
        self.tiltak(p, "Arbeidspraksis", D(2021, 3, 1), None)
        self.plant("INT005", p, "open tiltak after avslutningsdato")

    def _plant_ending(self) -> None:
        D = date
        # AVS001: ended at the frist in 2021, no reason; not covid-extended (no exemption).
        p = self.person(D(2019, 3, 4), D(2021, 3, 3), slutt=D(2021, 3, 3))
        self.cover(p, D(2021, 3, 3))
        self.plant("AVS001", p, "avslutningsårsak empty")
        # AVS001: NIR closed the programme at the frist ("ikke registrert"); the person is
        # not utvidet, so COV003 does not take it out and AVS001 stands.
        p = self.person(D(2019, 6, 3), D(2021, 6, 2), slutt=D(2021, 6, 2), arsak=IKKE_REGISTRERT)
        self.cover(p, D(2021, 6, 2))
        self.plant("AVS001", p, "'Avslutningsårsak ikke registrert', not covid-extended")
        # AVS002: a reason registered in advance on an open programme.
        p = self.person(D(2020, 10, 5), D(2022, 10, 4), arsak="Arbeid heltid")
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.plant("AVS002", p, "avslutningsårsak without avslutningsdato")
        # AVS003: ended 30.04.2021, then a tiltak from 01.06.2021 (overlaps 2021).
        p = self.person(D(2019, 9, 2), D(2021, 9, 1), slutt=D(2021, 4, 30),
                        arsak="Arbeid heltid")
        self.cover(p, D(2021, 4, 30))
        self.tiltak(p, "Arbeid med lønnstilskudd", D(2021, 6, 1), D(2021, 11, 30))
        self.plant("AVS003", p, "tiltak starts after avslutningsdato")
        # AVS004: ended in 2021 with "Annet"; not covid-extended, so COV002 cannot apply.
        p = self.person(D(2019, 5, 6), D(2021, 5, 5), slutt=D(2021, 2, 26), arsak="Annet")
        self.cover(p, D(2021, 2, 26))
        self.plant("AVS004", p, "avslutningsårsak 'Annet'")
        # AVS005: frist 18.08.2021 passed, still open, last tiltak ended 18.06.2021 (none
        # after the frist), not covid-extended.
        p = self.person(D(2019, 8, 19), D(2021, 8, 18))
        self.cover(p, D(2021, 6, 18))
        self.plant("AVS005", p, "frist passed without avslutning")
        self.plant("INT006", p, "side effect of the AVS005 shape: no tiltak after 18.06.2021")

    def _plant_law(self) -> None:
        D = date
        # LOV001: introduksjonsloven (started 2020) with a sluttmål and a contract date.
        p = self.person(D(2020, 3, 2), D(2022, 3, 1), sluttmal="Arbeid", kontrakt=D(2020, 4, 1))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.plant("LOV001", p, "introduksjonsloven with sluttmål")
        # LOV002: integreringsloven, participating in 2021, no sluttmål.
        p = self.person(D(2021, 2, 1), D(2023, 1, 31), lov=INTEGRERING,
                        kontrakt=D(2021, 3, 1))
        self.cover(p, D(2022, 1, 14), open_last=True)
        self.plant("LOV002", p, "integreringsloven without sluttmål")

    def _plant_covid(self) -> None:
        D = date
        # COV001 (+ near miss for AVS005): utvidet, 3-year mark 20.08.2021, frist passed in
        # 2020 but covid-extended, so no AVS005. Tiltak up to the mark; one Arbeidspraksis
        # wholly after the mark (inside the exempt period) gets the row INFO.
        p = self.person(D(2018, 8, 20), D(2020, 8, 19), utvidet=True)
        self.cover(p, D(2021, 8, 19))
        self.tiltak(p, "Arbeidspraksis", D(2021, 9, 1), D(2021, 12, 17))
        self.plant("COV001", p, "exempt period from 20.08.2021; tiltak wholly inside it")
        # COV001 silencing AVS001: forsterket (not utvidet, so no COV003), mark
        # 05.03.2021 + 30 days leave = 04.04.2021; ended 30.11.2021 with no reason: the
        # avslutningsdato lies in the exempt period.
        p = self.person(D(2018, 3, 5), D(2021, 4, 3), forsterket=True, permisjon=30,
                        slutt=D(2021, 11, 30))
        self.cover(p, D(2021, 4, 3))
        self.plant("COV001", p, "ended in exempt period without reason: no AVS001")
        # COV001 silencing INT001 and INT004's premise: mark 02.10.2020, so all of 2021 is
        # exempt; no tiltak in 2021 (NIR takes none) and ended 30.09.2021 without reason.
        p = self.person(D(2017, 10, 2), D(2020, 10, 1), utvidet=True, slutt=D(2021, 9, 30))
        self.cover(p, D(2020, 10, 1))
        self.plant("COV001", p, "whole RY exempt: no INT001 or AVS001")
        # COV002 (+ AVS004 replaced): utvidet, frist 03.06.2021, avslutningsdato 03.06.2021
        # on the 3-year frist (03.06.2021), reason "Annet", but an Arbeidspraksis is still
        # open: the person continues after 2021. (v2: the open tiltak is no INT005, the
        # avslutningsdato being NIR's ending of a person who continues.)
        p = self.person(D(2018, 6, 4), D(2021, 6, 3), utvidet=True, slutt=D(2021, 6, 3),
                        arsak="Annet")
        self.cover(p, D(2021, 6, 3))
        self.tiltak(p, "Arbeidspraksis", D(2021, 1, 4), None)
        self.plant("COV002", p, "'Annet' registered while continuing after 2021")
        # COV002: forsterket, frist 04.11.2021, reason registered, no avslutningsdato (v2:
        # not AVS002 too: the reason should go, not a date be added).
        p = self.person(D(2018, 11, 5), D(2021, 11, 4), forsterket=True, arsak="Arbeid deltid")
        self.cover(p, D(2021, 11, 4))
        self.plant("COV002", p, "reason registered, no avslutningsdato")
        # COV003 «avsluttet»: utvidet, 14 days valid absence: 3-year frist 14.10.2021. The
        # programme ended on the frist with "ikke registrert": no AVS001 (NIR takes no reason
        # there), taken out of the 2021 basis.
        p = self.person(D(2018, 10, 1), D(2021, 10, 14), utvidet=True, fravaer=14,
                        slutt=D(2021, 10, 14), arsak=IKKE_REGISTRERT)
        self.cover(p, D(2021, 10, 14))
        self.plant("COV003", p, "utvidet, ikke registrert, ended on the frist 14.10.2021")
        # COV003 «prognose»: utvidet, 3-year frist 02.12.2021, still open in the file: NIR
        # closes it on the frist with "ikke registrert" (COV001 for December too).
        p = self.person(D(2018, 12, 3), D(2020, 12, 2), utvidet=True)
        self.cover(p, D(2021, 12, 2))
        self.plant("COV003", p, "utvidet, open, NIR ends it on the frist 02.12.2021")
        # COV004: utvidet, 3-year frist 08.04.2021, ended 30.09.2021 with a reason NIR
        # cannot take: NIR holds the ending on 08.04.2021 without a reason.
        p = self.person(D(2018, 4, 9), D(2021, 4, 8), utvidet=True, slutt=D(2021, 9, 30),
                        arsak="Arbeid heltid")
        self.cover(p, D(2021, 4, 8))
        self.plant("COV004", p, "reason registered for an ending after the 3-year frist")
        # INT004 in the exempt period (v2): utvidet, 3-year frist 05.11.2020, so all of 2021
        # is exempt, but the programme's own vedtak can be registered and is missing.
        p = self.person(D(2017, 11, 6), D(2020, 11, 5), utvidet=True, vedtak=False)
        self.cover(p, D(2020, 11, 5))
        self.plant("INT004", p, "no vedtaksdato; all of 2021 exempt, the vedtak is not")

    def _plant_v2(self) -> None:
        """Rules and variants of rules.md v2 outside the covid cases."""
        D = date
        # DAT004: leave written with its unit; counted as 0 (not covid-extended, so the
        # 3-year frist does not matter), and 14 offered as the fix.
        p = self.person(D(2020, 6, 8), D(2022, 6, 7))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.raw["Permisjon (dager)"] = "14 dager"
        self.plant("DAT004", p, "Permisjon (dager) '14 dager'")
        # INT006: open programme, tiltak until 31.03.2021 and again from 02.08.2021: 123
        # days without a tiltak.
        p = self.person(D(2020, 4, 6), D(2022, 4, 5))
        self.cover(p, D(2021, 3, 31))
        self.tiltak(p, "Arbeidspraksis", D(2021, 8, 2), None)
        self.plant("INT006", p, "no tiltak 01.04.2021–01.08.2021")
        # INT002 «delvis»: Norsk hours all spring and autumn 2021, a norsk tiltak only
        # January–March; the rest of the year is covered by Arbeidspraksis.
        p = self.person(D(2020, 9, 14), D(2022, 9, 13))
        self.tiltak(p, "Norskopplæring", D(2020, 9, 14), D(2021, 3, 31))
        self.tiltak(p, "Arbeidspraksis", D(2021, 4, 1), None)
        p.norsk.append(NorskRow(D(2020, 9, 14), D(2020, 12, 18), 180, 20))
        p.norsk.append(NorskRow(D(2021, 1, 4), D(2021, 12, 17), 400, 40))
        self.plant("INT002", p, "norsk tiltak covers January–March only («delvis»)")

    def _near_misses(self) -> None:
        """Clean rows that look like problems; a correct engine raises no ERROR/WARNING."""
        D = date
        # (v2) Forsterket, gjennomføringsfrist 30.06.2021, ended there without a reason
        # while an Arbeidspraksis goes on into 2022: the extended person continues, and the
        # 2021 guidance asks for no reason (no AVS001), and the open tiltak is no INT005.
        p = self.person(D(2019, 2, 4), D(2021, 6, 30), forsterket=True, slutt=D(2021, 6, 30))
        self.cover(p, D(2021, 2, 26))
        self.tiltak(p, "Arbeidspraksis", D(2021, 3, 1), None)
        # Ended in 2020 without a reason: not in scope for 2021 (no AVS001).
        p = self.person(D(2018, 12, 3), D(2020, 12, 2), slutt=D(2020, 11, 30))
        self.cover(p, D(2020, 11, 30))
        # Integreringsloven starting January 2022 without a sluttmål yet: did not take part
        # in 2021 (no LOV002, INT001 or INT004).
        p = self.person(D(2022, 1, 10), D(2024, 1, 9), lov=INTEGRERING)
        p.vedtaksdato = D(2021, 12, 15)
        self.tiltak(p, "Norskopplæring", D(2022, 1, 10), None)
        p.norsk.append(NorskRow(D(2022, 1, 10), D(2022, 1, 14), 15, 0))
        # Frist 31.03.2021 passed, open, but a new tiltak started after the frist (no AVS005).
        p = self.person(D(2019, 4, 1), D(2021, 3, 31))
        self.cover(p, D(2021, 3, 31))
        self.tiltak(p, "Arbeid med lønnstilskudd", D(2021, 4, 6), D(2021, 12, 17))
        # Fullført videregående as sluttmål (integreringsloven, 3 years): mark in 2024, so
        # no exemption in 2021 and nothing to report.
        p = self.person(D(2021, 1, 18), D(2024, 1, 17), lov=INTEGRERING, sluttmal=FULLFORT_VGO)
        self.cover(p, D(2022, 1, 14), open_last=True)
        # Excel damage that repairs to a valid number without a finding: an 11-digit
        # numeric cell, and the same number shown in scientific notation with every digit.
        p = self.person(D(2020, 1, 6), D(2022, 1, 5), born=D(1985, 3, 15))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr_cell = int(p.fnr)
        p = self.person(D(2020, 2, 17), D(2022, 2, 16), born=D(1988, 6, 14))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.fnr_cell = f"{p.fnr[0]}.{p.fnr[1:]}E+10"
        # Dates typed as text in the Norwegian short forms, all valid.
        p = self.person(D(2020, 5, 4), D(2022, 5, 3))
        self.cover(p, D(2022, 1, 14), open_last=True)
        p.raw["Programstart"] = "4.5.20"
        p.raw["Gjennomføringsfrist"] = "03.05.2022"
        # A code written in other case and with spaces: the same code (no KODE001), only
        # KODE002 (INFO) offering the code list's spelling.
        p = self.person(D(2019, 10, 7), D(2021, 10, 6), slutt=D(2021, 10, 6),
                        arsak="  arbeid heltid ")
        p.raw["Lov"] = "introduksjonsloven"
        self.cover(p, D(2021, 10, 6))
        self.plant("KODE002", p, "lov 'introduksjonsloven', avslutningsårsak '  arbeid heltid '")


def _tiltak_order(t: TiltakRow) -> date:
    return t.start or date.max


def build_demo() -> Dataset:
    """The demo export for reporting year 2021 (deterministic; a fresh copy each call)."""
    return _DemoBuilder().build()


def planted_rules() -> dict[str, list[str]]:
    """Rule id → the saksnummer(s) the demo plants it on.

    Two kinds of entry are not a Deltakere saksnummer: REF001 lists the fødselsnummer on
    the orphan Tiltak/Norsk rows (they have no person), and ID003 is one finding for the
    whole file (listed on a D-number person; any synthetic number raises it).
    """
    out: dict[str, list[str]] = {}
    for plant in build_demo().plants:
        out.setdefault(plant.rule, []).append(plant.person)
    return out


# --- writing ----------------------------------------------------------------------------

_FIXED_TIME = datetime(2022, 1, 15, 8, 0, 0)
_WIDTHS = {"Fødselsnummer": 15, "Navn": 24, "Saksnummer": 11, "Lov": 18,
           "Avslutningsårsak": 30, "Sluttmål": 28, "Saksbehandler": 18, "Tiltak": 26}


def write_xlsx(ds: Dataset, path: str | os.PathLike[str]) -> None:
    """Write the workbook with openpyxl in write-only mode; same data → same bytes.

    Written to a temporary file next to the target and renamed, so a half-written file
    never replaces a good one.
    """
    target = Path(path)
    # Make the target's folder and temporary file first: a failure here must not leave
    # openpyxl's half-made write-only sheets behind.
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".nir-synt-", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb = Workbook(write_only=True)
        wb.properties.creator = "NIR-kontroll (syntetiske data)"
        wb.properties.created = wb.properties.modified = _FIXED_TIME
        for title, rows in ds.sheets.items():
            _write_sheet(wb.create_sheet(title), SHEET_HEADERS[title], rows)
        info = wb.create_sheet(INFO_SHEET)
        info.column_dimensions["A"].width = 18
        info.column_dimensions["B"].width = 40
        for label, value in ds.info:
            info.append([label, _cell(info, value)])
        wb.save(tmp)
        _normalise_zip(tmp)
        _publish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _cell(ws: Any, value: Any) -> Any:
    """Dates as real Excel dates shown the Norwegian way; everything else as is."""
    if isinstance(value, date):
        c = WriteOnlyCell(ws, value=value)
        c.number_format = "DD.MM.YYYY"
        return c
    return value


def _write_sheet(ws: Any, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    ws.freeze_panes = "A2"
    for i, h in enumerate(headers):
        ws.column_dimensions[chr(65 + i)].width = _WIDTHS.get(h, 14)
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _publish(tmp: Path, target: Path) -> None:
    # mkstemp creates 0600; give the file the permissions a normal save would.
    umask = os.umask(0)
    os.umask(umask)
    tmp.chmod(0o666 & ~umask)
    os.replace(tmp, target)


def _normalise_zip(path: Path) -> None:
    """Rewrite the archive with fixed entry times so the bytes depend on the data only."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2022, 1, 15, 8, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into "modified" whatever we set.
                data = _MODIFIED.sub(rb"\g<1>2022-01-15T08:00:00Z\g<2>", data)
            dst.writestr(entry, data, compresslevel=6)
    path.write_bytes(buf.getvalue())


def csv_cell(value: Any) -> str:
    """A cell as Excel on Norwegian Windows saves it to CSV."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else f"{value}".replace(".", ","))
    return str(value)


def write_csv(rows: Iterable[Sequence[Any]], path: str | os.PathLike[str], *,
              headers: Sequence[str] = DELTAKERE_HEADERS, encoding: str = "cp1252",
              delimiter: str = ";") -> int:
    """Write one sheet as CSV (default: Norwegian Excel's cp1252 with ``;``, CRLF).

    Streams the rows; returns how many data rows were written.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".nir-synt-", suffix=".csv", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    count = 0
    try:
        with tmp.open("w", encoding=encoding, newline="") as fh:
            w = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
            w.writerow(headers)
            for row in rows:
                w.writerow([csv_cell(v) for v in row])
                count += 1
        _publish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return count


def write_demo(path: str | os.PathLike[str]) -> Dataset:
    ds = build_demo()
    write_xlsx(ds, path)
    return ds


def write_demo_csv(path: str | os.PathLike[str]) -> int:
    """The demo's Deltakere sheet as a Norwegian Excel CSV (cp1252, ``;``)."""
    return write_csv(build_demo().deltakere, path)


# --- command line -----------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="python -m nir_desktop.devtools.demo.demo2021",
        description="Lag syntetiske NIR-eksporter (bare oppdiktede personer og syntetiske "
                    "fødselsnumre).",
    )
    ap.add_argument("out", metavar="UT", nargs="?", help="filen som skal skrives")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--plants", action="store_true",
                      help="skriv ut tabellen over regler som er plantet i demo-filen")
    mode.add_argument("--demo", action="store_true",
                      help="skriv demo-arbeidsboken for rapporteringsår 2021 (.xlsx, eller "
                           "Deltakere-arket som .csv)")
    mode.add_argument("--rows", type=int, metavar="N",
                      help="antall rader i alt (xlsx: over Deltakere, Tiltak og Norsk; "
                           "csv: Deltakere)")
    ap.add_argument("--format", choices=("xlsx", "csv"), default=None,
                    help="filformat (standard: fra filendelsen)")
    ap.add_argument("--seed", type=int, default=1, help="frø for tilfeldige tall (standard 1)")
    ap.add_argument("--year", type=int, default=DEMO_YEAR, metavar="RY",
                    help=f"rapporteringsår (standard {DEMO_YEAR})")
    ap.add_argument("--error-rate", type=float, default=0.03,
                    help="andel personer med en typisk feil (standard 0.03)")
    ap.add_argument("--encoding", default="cp1252",
                    choices=("cp1252", "utf-8-sig", "utf-8"), help="tegnsett for csv")
    ap.add_argument("--delimiter", default=";", choices=(";", ",", "\t"),
                    help="skilletegn for csv")
    return ap


def plants_table() -> str:
    """The demo's planted rules as a Markdown table (rule, saksnummer, why)."""
    lines = ["| Rule | Saksnummer | Why |", "|---|---|---|"]
    for p in sorted(build_demo().plants, key=lambda p: p.rule):
        lines.append(f"| {p.rule} | {p.person} | {p.why} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.plants:
        print(plants_table())
        return 0
    if args.out is None:
        parser.error("oppgi filen som skal skrives (UT)")
    out = Path(args.out)
    fmt = args.format or ("csv" if out.suffix.lower() == ".csv" else "xlsx")
    try:
        if args.demo:
            if fmt == "csv":
                n = write_demo_csv(out)
                print(f"Skrev demo-deltakere ({n} rader) til {out}")
            else:
                ds = write_demo(out)
                print(f"Skrev demo-eksporten for {ds.year} ({len(ds.deltakere)} personer, "
                      f"{len(ds)} rader) til {out}")
            return 0
        if args.rows < 0:
            print("Antall rader kan ikke være negativt.", file=sys.stderr)
            return 2
        if fmt == "csv":
            n = write_csv(iter_deltakere_rows(args.rows, seed=args.seed, year=args.year,
                                              error_rate=args.error_rate),
                          out, encoding=args.encoding, delimiter=args.delimiter)
            print(f"Skrev {n} rader (Deltakere) til {out}")
        else:
            ds = generate(args.rows, seed=args.seed, year=args.year,
                          error_rate=args.error_rate)
            write_xlsx(ds, out)
            print(f"Skrev {len(ds)} rader ({len(ds.deltakere)} Deltakere, {len(ds.tiltak)} "
                  f"Tiltak, {len(ds.norsk)} Norsk) til {out}")
    except OSError as exc:
        print(f"Kunne ikke skrive {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
