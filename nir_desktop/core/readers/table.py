"""From the non-empty rows of a sheet to a Sheet: header row, trimmed width."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nir_desktop.core.model import ReadNote, Sheet
from nir_desktop.core.normalize import display


@dataclass(slots=True)
class RawTable:
    """The non-empty rows of one sheet as read, with their 1-based spreadsheet row numbers.

    Columns are absolute: index 0 is column A, whatever the used range of the sheet.
    """

    name: str
    rows: list[list[Any]]
    row_numbers: list[int]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    notes: list[ReadNote] = field(default_factory=list)  # what the reader repaired or doubts


def _is_empty(value: Any) -> bool:
    return value is None or value == ""


def to_sheet(table: RawTable, header_index: int = 0) -> Sheet:
    """A Sheet whose header is the table's row ``header_index`` (normally the first
    non-empty row), with trailing empty columns dropped. Rows above the header (title
    lines) are not part of the sheet; the writers patch the original, so they stay.

    The rows are the table's own lists (not copied), trimmed in place where they are wider
    than the last column holding anything.
    """
    rows = table.rows[header_index:] if header_index else table.rows
    numbers = table.row_numbers[header_index:] if header_index else table.row_numbers
    if not rows:
        return Sheet(name=table.name, kind=None, headers=[], rows=[], row_numbers=[],
                     header_row=1)
    header = rows[0]
    data = rows[1:]
    data_numbers = numbers[1:]
    width = _used_width(header, data)
    headers = [display(v) for v in header[:width]]
    for row in rows:
        if len(row) > width:
            del row[width:]
    return Sheet(name=table.name, kind=None, headers=headers, rows=data,
                 row_numbers=data_numbers, header_row=numbers[0])


def _used_width(header: list[Any], data: list[list[Any]]) -> int:
    """One past the last column that has a header or a value in any row."""
    width = len(header)
    while width and _is_empty(header[width - 1]):
        width -= 1
    longest = max((len(r) for r in data), default=0)
    if longest <= width:
        return width
    # Only the columns to the right of the header are scanned, from the right.
    for c in range(longest - 1, width - 1, -1):
        for row in data:
            if c < len(row) and not _is_empty(row[c]):
                return c + 1
    return width
