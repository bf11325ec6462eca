"""Build small in-memory workbooks for rule tests, with synthetic fødselsnummer only."""

from __future__ import annotations

from datetime import date
from typing import Any

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.model import Workbook
from nir_desktop.core.rules import CheckResult, check, render
from nir_desktop.core.rules.examples import workbook_from_rows

# Synthetic numbers (month + 80): they never belong to anyone.
A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
B = make_synthetic(date(1990, 7, 2), 214, next_valid=True)
C = make_synthetic(date(1978, 11, 30), 345, next_valid=True)
E = make_synthetic(date(2001, 1, 9), 456, next_valid=True)  # starts with 0

TODAY = date(2022, 2, 1)

Row = dict[str, Any]


def person(**fields: Any) -> Row:
    """A Deltakere row of a clean participant under integreringsloven from March 2021."""
    row: Row = {"fodselsnummer": A, "lov": "Integreringsloven", "vedtaksdato": "15.02.2021",
                "programstart": "01.03.2021", "gjennomforingsfrist": "28.02.2023",
                "sluttmal": "Arbeid"}
    row.update(fields)
    return row


def tiltak(code: str = "Norskopplæring", start: str | None = "01.03.2021",
           end: str | None = None, fnr: str = A) -> Row:
    return {"fodselsnummer": fnr, "tiltak": code, "startdato": start, "sluttdato": end}


def norsk(start: str | None = "01.03.2021", end: str | None = "31.12.2021", hours: Any = 150,
          fnr: str = A) -> Row:
    return {"fodselsnummer": fnr, "startdato": start, "sluttdato": end, "timer_norsk": hours}


def workbook(deltakere: list[Row] | None = None, tiltak_rows: list[Row] | None = None,
             norsk_rows: list[Row] | None = None,
             fields: dict[SheetKind, list[str]] | None = None) -> Workbook:
    rows: dict[SheetKind, list[Row]] = {}
    if deltakere is not None:
        rows[SheetKind.DELTAKERE] = deltakere
    if tiltak_rows is not None:
        rows[SheetKind.TILTAK] = tiltak_rows
    if norsk_rows is not None:
        rows[SheetKind.NORSK] = norsk_rows
    return workbook_from_rows(rows, fields=fields)


def run(deltakere: list[Row] | None = None, tiltak_rows: list[Row] | None = None,
        norsk_rows: list[Row] | None = None, *, year: int = 2021, today: date = TODAY,
        fields: dict[SheetKind, list[str]] | None = None) -> CheckResult:
    return check(workbook(deltakere, tiltak_rows, norsk_rows, fields), year, today=today)


def messages(result: CheckResult, rule_id: str) -> list[tuple[str | None, int | None, str]]:
    """(sheet, spreadsheet row, Norwegian message) of one rule's findings, in order."""
    return [(f.sheet, f.row, render(f, "nb", strict=True))
            for f in result.findings if f.rule == rule_id]


def rules_of(result: CheckResult) -> set[str]:
    return {f.rule for f in result.findings}


def extended(**changes: Any) -> Row:
    """Introduksjonsloven, utvidet; programme from 1 June 2018, so the 3-year frist (the last
    day of three years) is 31.05.2021 and the exempt period starts 01.06.2021."""
    row = person(lov="Introduksjonsloven", sluttmal=None, vedtaksdato="15.05.2018",
                 programstart="01.06.2018", gjennomforingsfrist="31.05.2021", utvidet="ja",
                 forsterket="nei", avslutningsdato=None, avslutningsarsak=None)
    row.update(changes)
    return row


def fourth_year(**changes: Any) -> Row:
    """Integreringsloven with sluttmål «Fullført videregående opplæring», not extended:
    programme from 1 September 2021, 3-year frist 31.08.2024 (the 4th year follows)."""
    row = person(vedtaksdato="15.08.2021", programstart="01.09.2021",
                 gjennomforingsfrist="31.08.2025", sluttmal="Fullført videregående opplæring",
                 utvidet="nei", forsterket="nei")
    row.update(changes)
    return row
