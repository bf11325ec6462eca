"""Who is in the 2025 demo and how one of them is made: the sheets' layout, the rows of
Opplæring, a person with or without a programme, and the clean persons most of the file holds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from nir_desktop.core.rules.context import add_years
from nir_desktop.core.rules.opplaering import add_months
from nir_desktop.devtools.demo.model import (
    ARSAK_WEIGHTS,
    CLEAN_ARSAKER,
    INTEGRERING,
    NORSK_HEADERS,
    SLUTTMAL,
    TILTAK_HEADERS,
    NorskRow,
    Person,
    TiltakRow,
)
from nir_desktop.devtools.demo.people import Factory, schedule, weekday_on_or_after

YEAR = 2025
SEED = 20251231
KAP6A = "Integreringsloven kap. 6A"
RETT_OG_PLIKT = "Rett og plikt"
RETT_INTRO_6A = "Rett til introduksjonsprogram"
RETT_NORSK_6A = "Rett til norsk"
NORSKMAL = ("A2", "B1", "B1", "B2", "B1", "A2", "Norskprøve C1/karakteren 2")

DELTAKERE_HEADERS: tuple[str, ...] = (
    "Fødselsnummer", "Navn", "Kommunenummer", "Saksnummer", "Lov", "Kategori", "Vedtaksdato",
    "Programstart", "Gjennomføringsfrist", "Sluttmål", "Integreringskontrakt",
    "Avslutningsdato", "Avslutningsårsak", "Permisjon (dager)", "Gyldig fravær (dager)",
    "Saksbehandler",
)
OPPLAERING_HEADERS: tuple[str, ...] = (
    "Fødselsnummer", "Lov", "Kategori", "Utdanningsbakgrunn", "Vedtaksdato", "Vedtakstype",
    "Startdato", "Gjennomføringsfrist", "Norskmål", "Fulltid videregående", "Sluttdato",
    "Permisjon (dager)",
)
SHEETS = ("Deltakere", "Tiltak", "Norsk", "Opplæring")
HEADERS = {"Deltakere": DELTAKERE_HEADERS, "Tiltak": TILTAK_HEADERS,
           "Norsk": NORSK_HEADERS, "Opplæring": OPPLAERING_HEADERS}


@dataclass(slots=True)
class OpplRow:
    lov: str
    kategori: str | None
    utd: str | None  # "Ja" / "Nei" / None
    vedtak: date | None
    start: date | None
    frist: date | None
    norskmal: str | None = None
    vtype: str | None = None
    fulltid: str | None = None
    slutt: date | None = None
    permisjon: int = 0
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Person25:
    """A person of the 2025 file: a programme (Deltakere) or not, and Opplæring rows."""

    p: Person
    in_programme: bool = True
    kategori: str | None = None
    oppl: list[OpplRow] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Planted:
    rule: str
    sheet: str | None  # None: a finding for the whole file (ID003)
    row: int | None
    why: str


@dataclass(slots=True)
class Demo2025:
    rows: dict[str, list[list[Any]]]
    info: list[tuple[str, Any]]
    planted: list[Planted]
    persons: int
    kap6a: int


def frist_6a(start: date, permisjon: int = 0) -> date:
    """12 months from the first start, minus a day, plus permisjon (NOR007)."""
    return add_months(start, 12) - timedelta(days=1) + timedelta(days=permisjon)


class Cast2025:
    """The persons of the 2025 demo as they are made, and the rules planted on their rows."""

    year = YEAR

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.fac = Factory(self.rng)
        self.people: list[Person25] = []
        self.orphans: list[tuple[str, list[TiltakRow], list[NorskRow]]] = []
        # id(row object) -> [(rule, why)]; sheet-level rows are resolved when rendered.
        self.marks: dict[int, list[tuple[str, str]]] = {}
        self.file_plants: list[Planted] = []
        self.twins: tuple[Person25, Person25] | None = None

    # -- helpers ---------------------------------------------------------------------------
    def mark(self, obj: object, rule: str, why: str) -> None:
        self.marks.setdefault(id(obj), []).append((rule, why))

    def programme(self, start: date, frist: date, *, lov: str = INTEGRERING,
                  kategori: str | None = RETT_OG_PLIKT, slutt: date | None = None,
                  arsak: str | None = None, sluttmal: str | None = "Arbeid",
                  kontrakt: bool = True, vedtak: bool = True, born: date | None = None,
                  add: bool = True) -> Person25:
        vedtak_dato = start - timedelta(days=21)
        p = Person(
            fnr=self.fac.fnr(start, born=born), navn=self.fac.name(),
            saksnummer=self.fac.saksnummer(vedtak_dato.year), lov=lov,
            vedtaksdato=vedtak_dato if vedtak else None, programstart=start, frist=frist,
            sluttmal=sluttmal, kontrakt=start + timedelta(days=30) if kontrakt else None,
            slutt=slutt, arsak=arsak, saksbehandler=self.fac.saksbehandler())
        x = Person25(p, True, kategori)
        if add:
            self.people.append(x)
        return x

    def opplaering_only(self, lov: str, kategori: str | None, start: date, *,
                        utd: str | None = None, norskmal: str | None = None,
                        born: date | None = None, hours_until: date | None = None
                        ) -> Person25:
        """A person in norsk og samfunnskunnskap only (not in the programme)."""
        p = Person(fnr=self.fac.fnr(start, born=born), navn=self.fac.name(), saksnummer="",
                   lov=lov, vedtaksdato=None, programstart=start, frist=start)
        x = Person25(p, False, None)
        six_a = lov == KAP6A
        frist = frist_6a(start) if six_a else add_years(start, 3) - timedelta(days=1)
        x.oppl.append(OpplRow(lov, kategori, utd, start - timedelta(days=14), start, frist,
                              norskmal=norskmal))
        if hours_until is not None:
            self.hours(p, start, hours_until)
        self.people.append(x)
        return x

    def hours(self, p: Person, start: date, until: date) -> None:
        """Norsk hours in periods of about four months."""
        cursor = start
        while cursor <= until:
            end = min(add_months(cursor, 4) - timedelta(days=1), until)
            weeks = max(1, ((end - cursor).days + 1) // 7)
            p.norsk.append(NorskRow(cursor, end, weeks * self.rng.choice((8, 10, 12)),
                                    weeks * 2 if cursor == start else 0))
            cursor = end + timedelta(days=1)

    def with_oppl(self, x: Person25, **kw: Any) -> OpplRow:
        """The Opplæring row of a programme participant (same law, start and vedtak)."""
        p = x.p
        six_a = p.lov == KAP6A
        start = p.programstart
        row = OpplRow(
            lov=p.lov, kategori=RETT_NORSK_6A if six_a else RETT_OG_PLIKT,
            utd=None if six_a else self.rng.choice(("Ja", "Nei", "Nei")),
            vedtak=p.vedtaksdato, start=start,
            frist=frist_6a(start) if six_a else add_years(start, 3) - timedelta(days=1),
            norskmal=None if six_a else self.rng.choice(NORSKMAL),
            fulltid=None if six_a else "Nei", slutt=p.slutt if six_a else None)
        for k, v in kw.items():
            setattr(row, k, v)
        x.oppl.append(row)
        return row

    def cover(self, x: Person25, until: date, *, open_last: bool = False) -> None:
        schedule(self.rng, x.p, until, open_last=open_last)

    def tiltak(self, x: Person25, kind: str, start: date | None, slutt: date | None,
               raw: dict[str, Any] | None = None) -> TiltakRow:
        t = TiltakRow(kind, start, slutt, 15.0, raw=raw or {})
        x.p.tiltak.append(t)
        return t

    # -- clean persons ---------------------------------------------------------------------
    def clean_integrering(self) -> Person25:
        """Integreringsloven, started 2023–2025, 2 years; ended before the export or open."""
        rng = self.rng
        snapshot = date(self.year + 1, 1, 15)
        start = weekday_on_or_after(date(2023, 3, 1) + timedelta(days=rng.randint(0, 900)))
        start = weekday_on_or_after(start.replace(day=min(start.day, 28)))
        frist = add_years(start, 2) - timedelta(days=1)
        x = self.programme(start, frist, sluttmal=rng.choice(SLUTTMAL[:2] + SLUTTMAL[3:]))
        if frist < snapshot and frist >= date(self.year, 1, 1):
            x.p.slutt, x.p.arsak = frist, rng.choices(CLEAN_ARSAKER, ARSAK_WEIGHTS)[0]
            self.cover(x, frist)
        elif frist < date(self.year, 1, 1):
            # Ended before 2025: outside the year, no Opplæring row in scope either.
            x.p.slutt, x.p.arsak = frist, rng.choice(CLEAN_ARSAKER)
            self.cover(x, frist)
            return x
        else:
            self.cover(x, snapshot - timedelta(days=1), open_last=rng.random() < 0.5)
        self.with_oppl(x, slutt=x.p.slutt)
        return x

    def clean_6a(self) -> Person25:
        """Kap. 6A, rett til introduksjonsprogram: one year from 2024–2025 (vedtak after
        15.06.2022), with an Opplæring row «Rett til norsk» whose frist is 12 months."""
        rng = self.rng
        snapshot = date(self.year + 1, 1, 15)
        start = weekday_on_or_after(date(2024, 2, 1) + timedelta(days=rng.randint(0, 600)))
        start = weekday_on_or_after(start.replace(day=min(start.day, 28)))
        frist = frist_6a(start)
        x = self.programme(start, frist, lov=KAP6A, kategori=RETT_INTRO_6A,
                           sluttmal=rng.choice(("Arbeid", "Arbeid", "Grunnskole")))
        if frist < snapshot:
            x.p.slutt, x.p.arsak = frist, rng.choices(CLEAN_ARSAKER, ARSAK_WEIGHTS)[0]
            self.cover(x, frist)
        else:
            self.cover(x, snapshot - timedelta(days=1), open_last=True)
        row = self.with_oppl(x)
        if row.slutt is None or row.slutt >= date(self.year, 1, 1):
            self.mark(row, "NOR007", "kap. 6A rett til norsk: the frist stated (INFO)")
        return x
