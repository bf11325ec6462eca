"""File pairs for the comparison tests: a fagsystem export (A) and NIR's side (B), written
to disk as xlsx or CSV and read with the product's own reader. Synthetic fnr only."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook as XlWorkbook

from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.model import Workbook
from nir_desktop.core.readers import read_workbook

P1 = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
P2 = make_synthetic(date(1990, 7, 2), 214, next_valid=True)
P3 = make_synthetic(date(1978, 11, 30), 345, next_valid=True)
P4 = make_synthetic(date(2001, 1, 9), 456, next_valid=True)  # starts with 0
P5 = make_synthetic(date(1995, 5, 5), 567, next_valid=True)
P6 = make_synthetic(date(1999, 9, 9), 678, next_valid=True)
assert P4.startswith("0")

DELTAKERE = ("Fødselsnummer", "Navn", "Kommunenummer", "Saksnummer", "Lov", "Vedtaksdato",
             "Programstart", "Gjennomføringsfrist", "Utvidet", "Sluttmål",
             "Integreringskontrakt", "Avslutningsdato", "Avslutningsårsak",
             "Permisjon (dager)")
TILTAK = ("Fødselsnummer", "Tiltak", "Startdato", "Sluttdato", "Timer per uke")
NORSK = ("Fødselsnummer", "Startdato", "Sluttdato", "Timer norsk")


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day)


def fagsystem() -> dict[str, list[list[Any]]]:
    """The municipality's own export: every value written plainly."""
    return {
        "Deltakere": [
            [P1, "Ola Hansen", "0301", "21/00001", "Integreringsloven", d(2021, 2, 15),
             d(2021, 3, 1), d(2023, 2, 28), "Nei", "Arbeid", d(2021, 4, 1), None, None, 0],
            [P2, "Kari Berg", "0301", "21/00002", "Introduksjonsloven", d(2020, 1, 10),
             d(2020, 2, 1), d(2022, 1, 31), "Ja", None, None, d(2021, 6, 30),
             "Arbeid heltid", 12],
            [P3, "Ali Haddad", "0301", "21/00003", "Integreringsloven", d(2021, 5, 1),
             d(2021, 6, 1), d(2023, 5, 31), "Nei", "Grunnskole", "Ja", None, None, 0],
            [P4, "Nour Farah", "0301", "21/00004", "Introduksjonsloven", d(2019, 8, 1),
             d(2019, 9, 1), d(2021, 8, 31), "Nei", None, None, d(2021, 8, 31),
             "Videregående opplæring", 0],
        ],
        "Tiltak": [
            [P1, "Norskopplæring", d(2021, 3, 1), d(2021, 12, 31), 15],
            [P1, "Arbeidspraksis", d(2021, 3, 1), d(2021, 6, 30), 10],
            [P2, "Norskopplæring", d(2020, 2, 1), d(2021, 6, 30), 20],
            [P4, "Grunnskole", d(2019, 9, 1), d(2021, 8, 31), 25],
        ],
        "Norsk": [
            [P1, d(2021, 3, 1), d(2021, 12, 31), 300],
            [P2, d(2020, 2, 1), d(2021, 6, 30), 450],
        ],
    }


def nir_spelling() -> dict[str, list[list[Any]]]:
    """The same facts as :func:`fagsystem`, spelled the way another system writes them:
    text dates in several forms, codes in other case and with aliases, yes/no as x/J,
    a fødselsnummer and a kommunenummer that lost their leading zero, numbers as text.
    Nothing here means anything else, so nothing may count as a difference."""
    return {
        "Deltakere": [
            [P1, "OLA  HANSEN", 301, "21/00001", "  integreringsloven ", "15.02.2021",
             "2021-03-01", "28.2.23", None, "arbeid", "01.04.2021", None, None, None],
            [P2, "kari berg", "0301", " 21/00002", "IL", "10.01.20", d(2020, 2, 1),
             "31.01.2022", "x", None, "", "30.06.2021", "HELTIDSARBEID", "12,0"],
            [P3, "Ali Haddad", "301", "21/00003", "IntL", "01.05.2021", "1.6.2021",
             "31.05.2023 00:00", "n", "GRUNNSKOLEOPPLÆRING", "j", "", "", "0"],
            [int(P4), "Nour Farah", 301.0, "21/00004", "introloven", "2019-08-01",
             "01.09.2019", "31.08.2021", "", None, None, "31.08.2021",
             "videregående  skole", ""],
        ],
        "Tiltak": [
            # The two tiltak of P1 in the other order.
            [P1, "ARBEIDSPRAKSIS", "01.03.2021", "30.06.2021", "10"],
            [P1, "norsk", "1.3.2021", "31.12.2021", "15,0"],
            [P2, "Norskopplæring", "2020-02-01", "2021-06-30", 20.0],
            [int(P4), "Grunnskoleopplæring", "01.09.19", "31.08.21", "25"],
        ],
        "Norsk": [
            [P1, "01.03.2021", "31.12.2021", "300"],
            [P2, "01.02.2020", "30.06.2021", 450.0],
        ],
    }


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]],
               headers: dict[str, Sequence[str]] | None = None) -> Path:
    wb = XlWorkbook()
    wb.remove(wb.active)
    heads = {"Deltakere": DELTAKERE, "Tiltak": TILTAK, "Norsk": NORSK, **(headers or {})}
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws.append(list(heads[name]))
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def _csv_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%d.%m.%Y")
    if isinstance(v, float):
        return str(v).replace(".", ",")
    return str(v)


def write_csv(path: Path, rows: list[list[Any]], headers: Sequence[str] = DELTAKERE) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(headers)
        for row in rows:
            w.writerow([_csv_text(v) for v in row])
    return path


def read(path: Path) -> Workbook:
    return read_workbook(path)
