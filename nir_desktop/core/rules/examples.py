"""Small in-memory workbooks for the rule examples (catalogue window and tests).

Rows are given as ``{field: cell value}``; the columns follow the field catalogue, so a
field missing from every row is a column missing from the sheet.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from nir_desktop.core.fields import FIELDS, SHEET_TITLES, SheetKind
from nir_desktop.core.fnr import make_synthetic
from nir_desktop.core.model import Sheet, Workbook

# Synthetic test numbers (month + 80): they never belong to a real person.
A = make_synthetic(date(1985, 3, 15), 123, next_valid=True)
B = make_synthetic(date(1990, 7, 2), 214, next_valid=True)
C = make_synthetic(date(1978, 11, 30), 345, next_valid=True)
D = make_synthetic(date(2001, 1, 9), 456, next_valid=True)


def sheet_from_rows(kind: SheetKind, rows: list[dict[str, Any]], name: str | None = None,
                    fields: list[str] | None = None) -> Sheet:
    """A parsed sheet whose columns are the given fields (default: those the rows use,
    in field-catalogue order)."""
    if fields is None:
        used = {k for row in rows for k in row}
        fields = [f.name for f in FIELDS[kind] if f.name in used]
        unknown = used - set(fields)
        if unknown:
            raise ValueError(f"unknown fields for {kind}: {sorted(unknown)}")
    headers = [next(f.label_nb for f in FIELDS[kind] if f.name == n) for n in fields]
    data = [[row.get(n) for n in fields] for row in rows]
    sheet = Sheet(
        name=name or SHEET_TITLES[kind], kind=kind, headers=headers, rows=data,
        row_numbers=list(range(2, len(data) + 2)), header_row=1,
        columns={n: i for i, n in enumerate(fields)},
    )
    sheet.parse_all()
    return sheet


def workbook_from_rows(rows: dict[SheetKind, list[dict[str, Any]]], *,
                       reporting_year: int | None = None,
                       fields: dict[SheetKind, list[str]] | None = None) -> Workbook:
    sheets = [sheet_from_rows(kind, rows[kind], fields=(fields or {}).get(kind))
              for kind in SheetKind
              if kind in rows]
    return Workbook(path=Path("eksempel.xlsx"), format="xlsx", sheets=sheets,
                    reporting_year=reporting_year)


# Example rows the rule modules share (field → cell text). Each rule module's examples
# start from one of these, so a reader sees the difference that makes a row bad.
FNR = "fodselsnummer"

# A participant under integreringsloven in programme from March 2021: clean for 2021.
INTEGRERING_2021 = {FNR: A, "lov": "Integreringsloven", "vedtaksdato": "15.02.2021",
                    "programstart": "01.03.2021", "gjennomforingsfrist": "28.02.2023",
                    "sluttmal": "Arbeid"}
# The same participant, ended in June 2021 with a reason.
ENDED_2021 = dict(INTEGRERING_2021, avslutningsdato="30.06.2021",
                  avslutningsarsak="Arbeid heltid")
NORSK_TILTAK_2021 = {FNR: A, "tiltak": "Norskopplæring", "startdato": "01.03.2021"}
NORSK_HOURS_2021 = {FNR: A, "startdato": "01.03.2021", "sluttdato": "31.12.2021",
                    "timer_norsk": 150}
# Utvidet programme from 2018: the 3-year mark is 1 January 2021, so all of 2021 is exempt.
EXTENDED_2018 = {FNR: A, "lov": "Introduksjonsloven", "vedtaksdato": "15.12.2017",
                 "programstart": "01.01.2018", "gjennomforingsfrist": "31.12.2020",
                 "utvidet": "ja"}
# Utvidet programme from June 2018 whose 3 years run out in 2021.
EXTENDED_JUNE_2018 = {FNR: A, "lov": "Introduksjonsloven", "vedtaksdato": "15.05.2018",
                      "programstart": "01.06.2018", "gjennomforingsfrist": "31.05.2021",
                      "utvidet": "ja"}


def row(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """``base`` with some fields changed (None empties a cell)."""
    out = dict(base)
    out.update(changes)
    return out
