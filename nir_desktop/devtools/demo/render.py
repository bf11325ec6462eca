"""The model turned into cell values as real exports hold them, and the Info sheet."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from nir_desktop.devtools.demo.model import (
    DELTAKERE_HEADERS,
    KOMMUNE_NAVN,
    KOMMUNENUMMER,
    NORSK_HEADERS,
    TILTAK_HEADERS,
    NorskRow,
    Person,
    TiltakRow,
)


class Renderer:
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


def info_rows(year: int) -> list[tuple[str, Any]]:
    return [
        ("Rapporteringsår", year),
        ("Kommune", KOMMUNE_NAVN),
        ("Kommunenummer", KOMMUNENUMMER),
        ("Uttrekksdato", date(year + 1, 1, 15)),
        ("Merk", "Syntetiske testdata laget av NIR-kontroll. Alle personer er oppdiktet, og "
                 "fødselsnumrene er syntetiske (måned + 80)."),
    ]

