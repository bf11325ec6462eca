"""The demo export for reporting year 2025 (about 200 invented persons, four sheets).

Made with the generator's own parts (``nir_desktop.devtools.demo.demo2021.py``: the fictional
municipality, synthetic fødselsnummer, clean programme schedules, the cell renderer and the
reproducible xlsx writer). Most persons are under integreringsloven, a fifth under its
kap. 6A (Ukraine); many are in norsk og samfunnskunnskap only (the Opplæring sheet) and not
in the programme. Every rule of 2025 is planted on purpose, each with a comment on why it
meets the rule's condition; ``planted()`` lists every (rule, sheet, row) the check must
report and nothing else (INFO findings included: NOR007 states the kap. 6A frist of every
6A person with a right only).

Run ``python -m nir_desktop.devtools.demo.demo2025 resources/demo/nir-demo-2025.xlsx``.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from nir_desktop.devtools.demo import demo2021 as syn
from nir_desktop.devtools.demo.demo2021 import (
    INTEGRERING,
    INTRO,
    NorskRow,
    Person,
    TiltakRow,
    add_months,
    add_years,
)

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
HEADERS = {"Deltakere": DELTAKERE_HEADERS, "Tiltak": syn.TILTAK_HEADERS,
           "Norsk": syn.NORSK_HEADERS, "Opplæring": OPPLAERING_HEADERS}


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


class _Builder:
    year = YEAR

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.fac = syn._Factory(self.rng)
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
        syn._schedule(self.rng, x.p, until, open_last=open_last)

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
        start = syn._weekday_on_or_after(date(2023, 3, 1) + timedelta(days=rng.randint(0, 900)))
        start = syn._weekday_on_or_after(start.replace(day=min(start.day, 28)))
        frist = add_years(start, 2) - timedelta(days=1)
        x = self.programme(start, frist, sluttmal=rng.choice(syn.SLUTTMAL[:2] + syn.SLUTTMAL[3:]))
        if frist < snapshot and frist >= date(self.year, 1, 1):
            x.p.slutt, x.p.arsak = frist, rng.choices(syn.CLEAN_ARSAKER, syn._ARSAK_WEIGHTS)[0]
            self.cover(x, frist)
        elif frist < date(self.year, 1, 1):
            # Ended before 2025: outside the year, no Opplæring row in scope either.
            x.p.slutt, x.p.arsak = frist, rng.choice(syn.CLEAN_ARSAKER)
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
        start = syn._weekday_on_or_after(date(2024, 2, 1) + timedelta(days=rng.randint(0, 600)))
        start = syn._weekday_on_or_after(start.replace(day=min(start.day, 28)))
        frist = frist_6a(start)
        x = self.programme(start, frist, lov=KAP6A, kategori=RETT_INTRO_6A,
                           sluttmal=rng.choice(("Arbeid", "Arbeid", "Grunnskole")))
        if frist < snapshot:
            x.p.slutt, x.p.arsak = frist, rng.choices(syn.CLEAN_ARSAKER, syn._ARSAK_WEIGHTS)[0]
            self.cover(x, frist)
        else:
            self.cover(x, snapshot - timedelta(days=1), open_last=True)
        row = self.with_oppl(x)
        if row.slutt is None or row.slutt >= date(self.year, 1, 1):
            self.mark(row, "NOR007", "kap. 6A rett til norsk: the frist stated (INFO)")
        return x

    # -- the demo ------------------------------------------------------------------------
    def build(self) -> Demo2025:
        D = date
        for _ in range(110):
            self.clean_integrering()
        for _ in range(28):
            self.clean_6a()
        # Kap. 6A in norsk only (not in the programme): hours through their 12 months.
        for _ in range(9):
            start = D(2024, 9, 2) + timedelta(days=self.rng.randint(0, 300))
            x = self.opplaering_only(KAP6A, RETT_NORSK_6A, start,
                                     hours_until=min(frist_6a(start), D(2026, 1, 14)))
            row = x.oppl[0]
            row.slutt = row.frist if row.frist and row.frist < D(2026, 1, 15) else None
            self.mark(row, "NOR007", "kap. 6A rett til norsk, norsk only (INFO)")
        # Integreringsloven in norsk only (e.g. family reunification, plikt).
        for _ in range(14):
            start = D(2023, 9, 4) + timedelta(days=self.rng.randint(0, 600))
            self.opplaering_only(INTEGRERING, self.rng.choice(("Plikt", RETT_OG_PLIKT)), start,
                                 utd=self.rng.choice(("Ja", "Nei")),
                                 norskmal=self.rng.choice(NORSKMAL), hours_until=D(2026, 1, 14))
        self._plant_identity()
        self._plant_dates_codes()
        self._plant_participation_ending()
        self._plant_law()
        self._plant_v2()
        self._plant_norsk()
        self.rng.shuffle(self.people)
        assert self.twins is not None
        first, second = self.twins
        i, j = self.people.index(first), self.people.index(second)
        later = self.people[max(i, j)]
        self.mark(later.p, "ID004", "second open programme of the same person")
        return self._render()

    def _plant_identity(self) -> None:
        D = date
        # ID001: a typo in the last control digit on both rows of a norsk-only person.
        x = self.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2025, 1, 6), utd="Nei",
                                 norskmal="B1", hours_until=D(2025, 6, 27))
        x.p.fnr = x.p.fnr[:10] + str((int(x.p.fnr[10]) + 3) % 10)
        self.mark(x.oppl[0], "ID001", "control digit typo")
        self.mark(x.p.norsk[0], "ID001", "the same typo on the Norsk row")
        self.mark(x.p.norsk[1], "ID001", "the same typo on the Norsk row")
        # ID002: born on the 5th (leading zero), numeric cells lost it in both sheets.
        x = self.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2025, 2, 3), utd="Ja",
                                 norskmal="B2", born=D(1994, 4, 5), hours_until=D(2025, 5, 30))
        x.p.fnr_cell = int(x.p.fnr)
        self.mark(x.oppl[0], "ID002", "10 digits, zero lost")
        self.mark(x.p.norsk[0], "ID002", "10 digits, zero lost")
        # ID003: every number is synthetic: one INFO for the file.
        self.file_plants.append(Planted("ID003", None, None, "synthetic numbers (INFO)"))
        # ID004: the same person registered twice with overlapping open programmes; the
        # finding stands on the later row.
        x = self.programme(D(2025, 2, 3), D(2027, 2, 2))
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        twin = self.programme(D(2025, 2, 3), D(2027, 2, 2))
        twin.p.fnr, twin.p.navn = x.p.fnr, x.p.navn
        self.fac.taken.add(x.p.fnr)
        self.twins = (x, twin)  # the finding stands on whichever row comes later
        # ID005 (+ ID006): a number from before the 2020 county merger.
        x = self.programme(D(2024, 5, 6), D(2026, 5, 5))
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        x.p.kommunenummer = "1449"
        self.mark(x.p, "ID005", "county 14 does not exist in 2025")
        self.mark(x.p, "ID006", "differs from 4699")
        # ID006: a neighbour's number.
        x = self.programme(D(2024, 8, 19), D(2026, 8, 18))
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        x.p.kommunenummer = "4698"
        self.mark(x.p, "ID006", "not the number most rows have")
        # REF001: a Tiltak and a Norsk row left behind for someone in neither Deltakere nor
        # Opplæring.
        ghost = self.fac.fnr(D(2025, 1, 1))
        t = TiltakRow("Arbeidspraksis", D(2025, 2, 3), D(2025, 6, 27), 20.0)
        n = NorskRow(D(2025, 1, 6), D(2025, 6, 20), 180, 0)
        self.orphans.append((ghost, [t], [n]))
        self.mark(t, "REF001", "Tiltak row of nobody")
        self.mark(n, "REF001", "Norsk row of nobody")

    def _plant_dates_codes(self) -> None:
        D = date
        # DAT001: 31 June on a non-norsk tiltak of an open programme.
        x = self.programme(D(2024, 10, 7), D(2026, 10, 6))
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        t = self.tiltak(x, "Yrkesrettet kurs", D(2025, 3, 3), None,
                        raw={"Sluttdato": "31.06.2025"})
        self.mark(t, "DAT001", "Sluttdato '31.06.2025'")
        # DAT002: the end year typed wrong.
        x = self.programme(D(2024, 11, 4), D(2026, 11, 3))
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        t = self.tiltak(x, "Arbeidspraksis", D(2025, 9, 1), D(2025, 3, 31))
        self.mark(t, "DAT002", "tiltak 01.09.2025–31.03.2025")
        # DAT003: a tiltak start typed 2030 (meant 2025).
        x = self.programme(D(2024, 6, 3), D(2026, 6, 2))
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        t = self.tiltak(x, "Språkpraksis", D(2030, 8, 18), None)
        self.mark(t, "DAT003", "tiltak Startdato 18.08.2030")
        # KODE001: a tiltak outside the code list, and a norskmål «B3».
        x = self.programme(D(2024, 3, 4), D(2026, 3, 3))
        self.cover(x, D(2026, 1, 14), open_last=True)
        row = self.with_oppl(x, norskmal="B3")
        t = self.tiltak(x, "Jobbklubb", D(2025, 3, 3), D(2025, 5, 30))
        self.mark(t, "KODE001", "tiltak 'Jobbklubb'")
        self.mark(row, "KODE001", "norskmål 'B3'")
        # KODE002: lov and kategori in lower case (the same codes; INFO with the spelling).
        x = self.programme(D(2024, 4, 8), D(2026, 4, 7))
        self.cover(x, D(2026, 1, 14), open_last=True)
        row = self.with_oppl(x)
        x.p.raw["Lov"] = "integreringsloven"
        row.raw["Kategori"] = "rett og plikt"
        self.mark(x.p, "KODE002", "lov 'integreringsloven'")
        self.mark(row, "KODE002", "kategori 'rett og plikt'")

    def _plant_participation_ending(self) -> None:
        D = date
        # INT001: open all 2025, tiltak only in 2024 (no Opplæring row: its hours are 2024's).
        x = self.programme(D(2024, 1, 8), D(2026, 1, 7))
        self.cover(x, D(2024, 12, 20))
        self.mark(x.p, "INT001", "no tiltak in 2025")
        # INT002: Norsk hours in spring 2025, the only 2025 tiltak is Arbeidspraksis.
        x = self.programme(D(2024, 8, 5), D(2026, 8, 4))
        self.cover(x, D(2024, 12, 20))
        self.with_oppl(x)
        self.tiltak(x, "Arbeidspraksis", D(2025, 1, 6), D(2025, 12, 19))
        n = NorskRow(D(2025, 1, 6), D(2025, 6, 20), 300, 0)
        x.p.norsk.append(n)
        self.mark(n, "INT002", "Norsk hours 2025 without a norsk tiltak")
        # INT003: Norskopplæring in 2025 and no Norsk rows (no Opplæring row either).
        x = self.programme(D(2025, 3, 3), D(2027, 3, 2))
        nt = self.tiltak(x, "Norskopplæring", D(2025, 3, 3), None)
        self.tiltak(x, "Livsmestring", D(2025, 3, 10), D(2025, 6, 20))
        self.mark(nt, "INT003", "norsk tiltak without Norsk hours")
        # INT004: open programme without vedtaksdato.
        x = self.programme(D(2024, 9, 2), D(2026, 9, 1), vedtak=False)
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x, vedtak=D(2024, 8, 12))
        self.mark(x.p, "INT004", "no vedtaksdato")
        # INT005: a tiltak three weeks before programstart.
        x = self.programme(D(2025, 4, 7), D(2027, 4, 6))
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        t = self.tiltak(x, "Livsmestring", D(2025, 3, 17), D(2025, 5, 30))
        self.mark(t, "INT005", "tiltak starts before programstart")
        # AVS001: ended at the frist in 2025 with «Avslutningsårsak ikke registrert».
        x = self.programme(D(2023, 6, 5), D(2025, 6, 4), slutt=D(2025, 6, 4),
                           arsak=syn.IKKE_REGISTRERT)
        self.cover(x, D(2025, 6, 4))
        self.with_oppl(x, slutt=D(2025, 6, 4))
        self.mark(x.p, "AVS001", "'Avslutningsårsak ikke registrert'")
        # AVS002: reason registered in advance on an open programme.
        x = self.programme(D(2024, 10, 14), D(2026, 10, 13), arsak="Arbeid heltid")
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        self.mark(x.p, "AVS002", "reason without avslutningsdato")
        # AVS003: ended 30.04.2025, then a tiltak from 02.06.2025.
        x = self.programme(D(2023, 9, 4), D(2025, 9, 3), slutt=D(2025, 4, 30),
                           arsak="Arbeid heltid")
        self.cover(x, D(2025, 4, 30))
        self.with_oppl(x, slutt=D(2025, 4, 30))
        t = self.tiltak(x, "Arbeid med lønnstilskudd", D(2025, 6, 2), D(2025, 11, 28))
        self.mark(t, "AVS003", "tiltak after avslutningsdato")
        # AVS004: ended with «Annet».
        x = self.programme(D(2023, 5, 8), D(2025, 5, 7), slutt=D(2025, 2, 28), arsak="Annet")
        self.cover(x, D(2025, 2, 28))
        self.with_oppl(x, slutt=D(2025, 2, 28))
        self.mark(x.p, "AVS004", "avslutningsårsak 'Annet'")
        # AVS005: frist 17.08.2025 passed, open, last tiltak ended 20.06.2025.
        x = self.programme(D(2023, 8, 18), D(2025, 8, 17))
        self.cover(x, D(2025, 6, 20))
        self.with_oppl(x, slutt=D(2025, 8, 17))
        self.mark(x.p, "AVS005", "frist passed without avslutning")
        self.mark(x.p, "INT006", "the same shape: no tiltak 21.06–31.12.2025 (194 days)")

    def _plant_v2(self) -> None:
        D = date
        # DAT004: permisjon written as «30 dager» (counted as 0; the fix offers 30).
        x = self.programme(D(2024, 9, 9), D(2026, 9, 8))
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        x.p.raw["Permisjon (dager)"] = "30 dager"
        self.mark(x.p, "DAT004", "permisjon «30 dager»")
        # INT006: open all 2025, tiltak January–March and September–December: a gap of
        # 01.04–31.08.2025 (153 days, more than 62).
        x = self.programme(D(2024, 10, 7), D(2026, 10, 6))
        self.cover(x, D(2025, 3, 31))
        self.with_oppl(x)
        self.tiltak(x, "Språkpraksis", D(2025, 9, 1), None)
        x.p.norsk.append(NorskRow(D(2025, 9, 1), D(2025, 12, 19), 150, 0))
        self.tiltak(x, "Norskopplæring", D(2025, 9, 1), None)
        self.mark(x.p, "INT006", "no tiltak 01.04–31.08.2025")
        # COV001 (4th programme year): integreringsloven with sluttmål «Fullført videregående
        # opplæring», 3-year frist 06.03.2025, still in the programme; tiltak up to the
        # frist (NIR cannot take the 4th year): an INFO, no INT001/INT006 for the rest.
        x = self.programme(D(2022, 3, 7), D(2026, 3, 6), sluttmal=syn.FULLFORT_VGO)
        self.cover(x, D(2025, 3, 6))
        self.with_oppl(x, slutt=D(2025, 3, 6))
        self.mark(x.p, "COV001", "4th programme year from 07.03.2025")
        # COV004 (+ COV001): the same shape ended 30.05.2025 with «Arbeid heltid», after the
        # 3-year frist 05.09.2024: NIR cannot take the reason.
        x = self.programme(D(2021, 9, 6), D(2025, 9, 5), sluttmal=syn.FULLFORT_VGO,
                           slutt=D(2025, 5, 30), arsak="Arbeid heltid")
        self.cover(x, D(2024, 9, 5))
        self.mark(x.p, "COV004", "reason registered after the 3-year frist")
        self.mark(x.p, "COV001", "4th programme year overlaps 2025")

    def _plant_law(self) -> None:
        D = date
        # LOV001: introduksjonsloven chosen for someone settled in 2023, with sluttmål and
        # contract (two findings on the row).
        x = self.programme(D(2023, 2, 6), D(2026, 2, 5), lov=INTRO)
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.mark(x.p, "LOV001", "sluttmål under introduksjonsloven")
        self.mark(x.p, "LOV001", "integreringskontrakt under introduksjonsloven")
        # LOV002: integreringsloven in 2025 without sluttmål.
        x = self.programme(D(2025, 2, 3), D(2027, 2, 2), sluttmal=None)
        self.cover(x, D(2026, 1, 14), open_last=True)
        self.with_oppl(x)
        self.mark(x.p, "LOV002", "no sluttmål")
        # LOV003: kap. 6A in 2025 without integreringskontrakt.
        x = self.programme(D(2025, 3, 3), frist_6a(D(2025, 3, 3)), lov=KAP6A,
                           kategori=RETT_INTRO_6A, kontrakt=False)
        self.cover(x, D(2026, 1, 14), open_last=True)
        row = self.with_oppl(x)
        self.mark(x.p, "LOV003", "no integreringskontrakt")
        self.mark(row, "NOR007", "kap. 6A frist (INFO)")
        # LOV004: a kap. 6A opplæring vedtak dated 20.05.2022, before 6A came into force
        # (the training itself started in 2025).
        x = self.opplaering_only(KAP6A, RETT_NORSK_6A, D(2025, 2, 3),
                                 hours_until=D(2025, 12, 19))
        x.oppl[0].vedtak = D(2022, 5, 20)
        self.mark(x.oppl[0], "LOV004", "vedtak before 15.06.2022")
        self.mark(x.oppl[0], "NOR007", "kap. 6A frist (INFO)")

    def _plant_norsk(self) -> None:
        D = date
        # NOR001: plikt without utdanningsbakgrunn (norsk only).
        x = self.opplaering_only(INTEGRERING, "Plikt", D(2025, 1, 13), norskmal="B1",
                                 hours_until=D(2025, 12, 19))
        self.mark(x.oppl[0], "NOR001", "plikt, no utdanningsbakgrunn")
        # NOR002 (6A): utdanningsbakgrunn on a kap. 6A person with a right only.
        x = self.opplaering_only(KAP6A, RETT_NORSK_6A, D(2025, 3, 3), utd="Nei",
                                 hours_until=D(2025, 12, 19))
        self.mark(x.oppl[0], "NOR002", "6A rett til norsk with utdanningsbakgrunn")
        self.mark(x.oppl[0], "NOR007", "kap. 6A frist (INFO)")
        # NOR002 (intro) + NOR005 ×2: an introduksjonsloven person (settled 2020, still in
        # norsk) carrying the integreringsloven-only fields.
        x = self.opplaering_only(INTRO, RETT_OG_PLIKT, D(2021, 1, 4), utd="Ja", norskmal="B1",
                                 hours_until=D(2025, 6, 20))
        x.oppl[0].fulltid = "Ja"
        x.oppl[0].frist = None
        for rule, why in (("NOR002", "utdanningsbakgrunn under introduksjonsloven"),
                          ("NOR005", "norskmål under introduksjonsloven"),
                          ("NOR005", "fulltid videregående under introduksjonsloven")):
            self.mark(x.oppl[0], rule, why)
        # NOR003: hours in 2025, no opplæring vedtak registered.
        x = self.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2025, 2, 3), utd="Nei",
                                 norskmal="A2", hours_until=D(2025, 12, 19))
        x.oppl[0].vedtak = None
        self.mark(x.p.norsk[0], "NOR003", "hours without a vedtak")
        # NOR004: no norskmål.
        x = self.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2024, 11, 4), utd="Ja",
                                 hours_until=D(2025, 12, 19))
        self.mark(x.oppl[0], "NOR004", "no norskmål")
        # NOR006: in training (vedtak, open) all 2025, hours only in 2024.
        x = self.opplaering_only(INTEGRERING, RETT_OG_PLIKT, D(2024, 2, 5), utd="Nei",
                                 norskmal="B1", hours_until=D(2024, 12, 20))
        self.mark(x.oppl[0], "NOR006", "no hours in 2025")
        # NOR007 WARNING: the file's frist is two months off the 6A frist.
        x = self.opplaering_only(KAP6A, RETT_NORSK_6A, D(2025, 4, 7),
                                 hours_until=D(2025, 12, 19))
        x.oppl[0].frist = frist_6a(D(2025, 4, 7)) + timedelta(days=61)
        self.mark(x.oppl[0], "NOR007", "file frist 61 days after the 6A frist")
        # NOR008: the first 6A vedtak ran 01.02.2024–31.01.2025; the vedtak on utvidet
        # norskopplæring is dated 16.06.2025, 4½ months after that frist (window ±2 months).
        x = self.opplaering_only(KAP6A, RETT_NORSK_6A, D(2024, 2, 1),
                                 hours_until=D(2025, 12, 19))
        x.oppl[0].slutt = D(2025, 1, 31)
        x.oppl.append(OpplRow(KAP6A, RETT_NORSK_6A, None, D(2025, 6, 16), D(2025, 2, 1),
                              D(2026, 1, 31), vtype="Utvidet norskopplæring"))
        self.mark(x.oppl[0], "NOR007", "kap. 6A frist 31.01.2025 (INFO)")
        self.mark(x.oppl[1], "NOR008", "utvidet vedtak outside 30.11.2024–31.03.2025")

    # -- rendering ---------------------------------------------------------------------------
    def _render(self) -> Demo2025:
        render = syn._Renderer(random.Random(SEED + 1), text_date_share=0.03)
        rows: dict[str, list[list[Any]]] = {s: [] for s in SHEETS}
        planted: list[Planted] = list(self.file_plants)

        def add(sheet: str, obj: object, cells: list[Any]) -> None:
            rows[sheet].append(cells)
            for rule, why in self.marks.get(id(obj), []):
                planted.append(Planted(rule, sheet, len(rows[sheet]) + 1, why))

        for x in self.people:
            if x.in_programme:
                add("Deltakere", x.p, self._deltaker(render, x))
        for x in self.people:
            p = x.p
            for t in sorted(p.tiltak, key=syn._tiltak_order):
                add("Tiltak", t, render.tiltak(p, t))
            for n in p.norsk:
                add("Norsk", n, render.norsk(p, n))
        for fnr, tiltak, norsk in self.orphans:
            ghost = Person(fnr, "", "", INTEGRERING, None, date(self.year, 1, 1),
                           date(self.year, 1, 1))
            for t in tiltak:
                add("Tiltak", t, render.tiltak(ghost, t))
            for n in norsk:
                add("Norsk", n, render.norsk(ghost, n))
        for x in self.people:
            for o in x.oppl:
                add("Opplæring", o, self._oppl(render, x, o))
        info = syn._info(self.year)
        kap6a = sum(1 for x in self.people
                    if x.p.lov == KAP6A or any(o.lov == KAP6A for o in x.oppl))
        return Demo2025(rows, info, sorted(planted, key=_order), len(self.people), kap6a)

    @staticmethod
    def _deltaker(render: syn._Renderer, x: Person25) -> list[Any]:
        p = x.p
        kontrakt = render.date(p.kontrakt) if isinstance(p.kontrakt, date) else p.kontrakt
        values = {
            "Fødselsnummer": render.fnr(p), "Navn": p.navn, "Kommunenummer": p.kommunenummer,
            "Saksnummer": p.saksnummer, "Lov": p.lov, "Kategori": x.kategori,
            "Vedtaksdato": render.date(p.vedtaksdato),
            "Programstart": render.date(p.programstart),
            "Gjennomføringsfrist": render.date(p.frist), "Sluttmål": p.sluttmal,
            "Integreringskontrakt": kontrakt, "Avslutningsdato": render.date(p.slutt),
            "Avslutningsårsak": p.arsak, "Permisjon (dager)": p.permisjon,
            "Gyldig fravær (dager)": p.fravaer, "Saksbehandler": p.saksbehandler,
        }
        values.update(p.raw)
        return [values[h] for h in DELTAKERE_HEADERS]

    @staticmethod
    def _oppl(render: syn._Renderer, x: Person25, o: OpplRow) -> list[Any]:
        values = {
            "Fødselsnummer": render.fnr(x.p), "Lov": o.lov, "Kategori": o.kategori,
            "Utdanningsbakgrunn": o.utd, "Vedtaksdato": render.date(o.vedtak),
            "Vedtakstype": o.vtype, "Startdato": render.date(o.start),
            "Gjennomføringsfrist": render.date(o.frist), "Norskmål": o.norskmal,
            "Fulltid videregående": o.fulltid, "Sluttdato": render.date(o.slutt),
            "Permisjon (dager)": o.permisjon or None,
        }
        values.update(o.raw)
        return [values[h] for h in OPPLAERING_HEADERS]


def _order(p: Planted) -> tuple[str, str, int, str]:
    return (p.sheet or "", p.rule, p.row or 0, p.why)


def build_demo_2025() -> Demo2025:
    """The 2025 demo (deterministic; a fresh copy each call)."""
    return _Builder().build()


def planted() -> list[tuple[str, str | None, int | None]]:
    """Every (rule, sheet, spreadsheet row) a check of the 2025 demo for 2025 must report."""
    return sorted((p.rule, p.sheet, p.row) for p in build_demo_2025().planted)


def write_demo_2025(path: str | os.PathLike[str]) -> Demo2025:
    """Write the workbook with the generator's reproducible writer (same data, same bytes)."""
    demo = build_demo_2025()
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".nir-synt-", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb = Workbook(write_only=True)
        wb.properties.creator = "NIR-kontroll (syntetiske data)"
        wb.properties.created = wb.properties.modified = syn._FIXED_TIME
        for title in SHEETS:
            syn._write_sheet(wb.create_sheet(title), HEADERS[title], demo.rows[title])
        info = wb.create_sheet(syn.INFO_SHEET)
        info.column_dimensions["A"].width = 18
        info.column_dimensions["B"].width = 40
        for label, value in demo.info:
            info.append([label, syn._cell(info, value)])
        wb.save(tmp)
        syn._normalise_zip(tmp)
        syn._publish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return demo


def plants_table() -> str:
    lines = ["| Rule | Sheet | Row | Why |", "|---|---|---|---|"]
    for p in build_demo_2025().planted:
        lines.append(f"| {p.rule} | {p.sheet or '(fil)'} | {p.row or ''} | {p.why} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m nir_desktop.devtools.demo.demo2025",
        description="Lag demo-eksporten for rapporteringsår 2025 (bare oppdiktede personer og "
                    "syntetiske fødselsnumre).")
    ap.add_argument("out", metavar="UT", nargs="?", help="xlsx-filen som skal skrives")
    ap.add_argument("--plants", action="store_true",
                    help="skriv ut tabellen over regler som er plantet i filen")
    args = ap.parse_args(argv)
    if args.plants:
        print(plants_table())
        return 0
    if args.out is None:
        ap.error("oppgi filen som skal skrives (UT)")
    demo = write_demo_2025(args.out)
    print(f"Skrev demo-eksporten for {YEAR} ({demo.persons} personer, {demo.kap6a} etter "
          f"kap. 6A, {sum(len(r) for r in demo.rows.values())} rader) til {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
