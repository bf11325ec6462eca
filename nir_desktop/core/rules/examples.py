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
