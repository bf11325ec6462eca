"""New .xlsx files from tables: reports, change logs, and xls/ods inputs written anew.

openpyxl's write-only mode streams rows, so memory stays flat for large files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nir_desktop.core.writers.atomic import atomic_open

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd.mm.yyyy"
_MAX_SHEET_TITLE = 31
_BAD_TITLE_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


@dataclass(slots=True)
class Table:
    """One sheet to write: a title, a header row and rows of plain values."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    column_widths: Sequence[int] = ()
    first_row: int = 1  # spreadsheet row of the header; earlier rows stay empty
    row_numbers: Sequence[int] | None = None  # where each data row goes (gaps stay empty)
    notes: list[str] = field(default_factory=list)  # lines written above the header


def safe_title(title: str) -> str:
    t = title.translate(_BAD_TITLE_CHARS).strip("'") or "Ark"
    return t[:_MAX_SHEET_TITLE]


def _load_openpyxl() -> None:
    """Import openpyxl the first time a workbook is written, not when this module is.

    The app imports this module at startup (through core.report), and openpyxl alone takes
    ≈ 0.12 s to import (benchmarks/README.md, "Start").
    """
    global XlWorkbook, WriteOnlyCell, Font, get_column_letter
    from openpyxl import Workbook as XlWorkbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter


def _cell(ws: WriteOnlyWorksheet, value: Any, bold: bool = False) -> Any:
    if value is None:
        return None
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        # Never a formula: a name or note beginning with "=" stays text.
        cell.data_type = "s"
    elif isinstance(value, datetime | date):
        cell.number_format = DATE_FORMAT
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_xlsx_new(out_path: Path | str, tables: Sequence[Table],
                   original: Path | str | None = None) -> Path:
    """Write ``tables`` as the sheets of a new workbook at ``out_path``, atomically."""
    _load_openpyxl()
    wb = XlWorkbook(write_only=True)
    used: set[str] = set()
    for table in tables:
        title = safe_title(table.title)
        base, i = title, 2
        while title.casefold() in used:
            suffix = f" ({i})"
            title = base[:_MAX_SHEET_TITLE - len(suffix)] + suffix
            i += 1
        used.add(title.casefold())
        ws = wb.create_sheet(title)
        for idx, width in enumerate(table.column_widths):
            ws.column_dimensions[get_column_letter(idx + 1)].width = width
        current = 0
        for note in table.notes:
            ws.append([_cell(ws, note)])
            current += 1
        while current < table.first_row - 1:
            ws.append([])
            current += 1
        if table.headers:
            ws.append([_cell(ws, h, bold=True) for h in table.headers])
            current += 1
        numbers = table.row_numbers
        for k, row in enumerate(table.rows):
            if numbers is not None:
                while current < numbers[k] - 1:
                    ws.append([])
                    current += 1
            ws.append([_cell(ws, v) for v in row])
            current += 1
    if not tables:
        wb.create_sheet("Ark1")
    with atomic_open(out_path, original) as fh:
        wb.save(fh)
    return Path(out_path)
