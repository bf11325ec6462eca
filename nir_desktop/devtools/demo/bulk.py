"""Synthetic exports of any size, for tests and benchmarks: realistic and mostly clean.

``generate(rows, seed, year)`` makes exactly ``rows`` rows over the three sheets;
``iter_deltakere_rows`` streams a Deltakere-only CSV of a million rows in bounded memory.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from nir_desktop.core.rules.context import add_years
from nir_desktop.devtools.demo.model import (
    DEMO_YEAR,
    INTEGRERING,
    Dataset,
    NorskRow,
    Person,
    TiltakRow,
)
from nir_desktop.devtools.demo.people import Factory, clean_person, law_for, weekday_on_or_after
from nir_desktop.devtools.demo.render import Renderer, info_rows

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
                 error_rate: float = 0.03, factory: Factory | None = None
                 ) -> Iterator[Person]:
    """Endless stream of participants for ``year``, mostly clean."""
    fac = factory or Factory(rng)
    while True:
        p = clean_person(fac, year, activities=with_activities)
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
    render = Renderer(random.Random(seed + 1))
    ds = Dataset(year, info_rows(year), [], [], [])
    fac = Factory(rng)  # shared, so numbers and case numbers stay unique
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


def _filler(fac: Factory, year: int, size: int) -> Person:
    """A clean person with exactly ``size`` rows, ended before ``year`` (out of scope)."""
    start = weekday_on_or_after(date(year - 4, 1, 10))
    end = add_years(start, 2) - timedelta(days=1)
    vedtak_dato = start - timedelta(days=20)
    p = Person(fnr=fac.fnr(start), navn=fac.name(), saksnummer=fac.saksnummer(start.year),
               lov=law_for(start), vedtaksdato=vedtak_dato, programstart=start, frist=end,
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
    render = Renderer(random.Random(seed + 1))
    persons = iter_persons(rng, year, with_activities=False, error_rate=error_rate)
    for _ in range(rows):
        yield render.deltaker(next(persons))

