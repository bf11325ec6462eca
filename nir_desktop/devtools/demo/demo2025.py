"""The demo export for reporting year 2025 (about 200 invented persons, four sheets).

Made with the generator's own parts (the fictional municipality, synthetic fødselsnummer,
clean programme schedules, the cell renderer and the reproducible xlsx writer). Most persons
are under integreringsloven, a fifth under its kap. 6A (Ukraine); many are in norsk og
samfunnskunnskap only (the Opplæring sheet) and not in the programme (``cast2025``). Every
rule of 2025 is planted on purpose (``plants2025``); ``planted()`` lists every (rule, sheet,
row) the check must report and nothing else (INFO findings included: NOR007 states the
kap. 6A frist of every 6A person with a right only).

Run ``python -m nir_desktop.devtools.demo --demo --year 2025 resources/demo/nir-demo-2025.xlsx``.
"""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from typing import Any

from nir_desktop.devtools.demo.cast2025 import (
    DELTAKERE_HEADERS,
    HEADERS,
    KAP6A,
    NORSKMAL,
    OPPLAERING_HEADERS,
    RETT_NORSK_6A,
    RETT_OG_PLIKT,
    SEED,
    SHEETS,
    Cast2025,
    Demo2025,
    OpplRow,
    Person25,
    Planted,
    frist_6a,
)
from nir_desktop.devtools.demo.model import INTEGRERING, Person, tiltak_order
from nir_desktop.devtools.demo.plants2025 import plant_all
from nir_desktop.devtools.demo.render import Renderer, info_rows
from nir_desktop.devtools.demo.writers import write_workbook


class _Builder(Cast2025):
    """The whole file: the clean persons, the planted cases, shuffled and rendered."""

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
        plant_all(self)
        self.rng.shuffle(self.people)
        assert self.twins is not None
        first, second = self.twins
        i, j = self.people.index(first), self.people.index(second)
        later = self.people[max(i, j)]
        self.mark(later.p, "ID004", "second open programme of the same person")
        return self._render()

    # -- rendering ---------------------------------------------------------------------------
    def _render(self) -> Demo2025:
        render = Renderer(random.Random(SEED + 1), text_date_share=0.03)
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
            for t in sorted(p.tiltak, key=tiltak_order):
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
        info = info_rows(self.year)
        kap6a = sum(1 for x in self.people
                    if x.p.lov == KAP6A or any(o.lov == KAP6A for o in x.oppl))
        return Demo2025(rows, info, sorted(planted, key=_order), len(self.people), kap6a)

    @staticmethod
    def _deltaker(render: Renderer, x: Person25) -> list[Any]:
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
    def _oppl(render: Renderer, x: Person25, o: OpplRow) -> list[Any]:
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
    write_workbook(path, ((title, HEADERS[title], demo.rows[title]) for title in SHEETS),
                   demo.info)
    return demo


def plants_table() -> str:
    lines = ["| Rule | Sheet | Row | Why |", "|---|---|---|---|"]
    for p in build_demo_2025().planted:
        lines.append(f"| {p.rule} | {p.sheet or '(fil)'} | {p.row or ''} | {p.why} |")
    return "\n".join(lines)
