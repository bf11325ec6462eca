"""The data model every part of the app shares: a workbook of sheets of rows.

Raw values are kept exactly as read (so the user sees what the file holds and the
writer can leave untouched cells alone); parsed values are kept per mapped field,
column-wise, so 100k-row files stay compact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nir_desktop.core.fields import FIELDS, Field, SheetKind, ValueKind
from nir_desktop.core.normalize import (
    InvalidValue,
    display,
    fold_code,
    pad_digits,
    parse_bool,
    parse_date,
    parse_date_or_bool,
    parse_number,
    parse_text,
    repair_identifier,
)


def column_letter(index: int) -> str:
    """Excel column letters for a 0-based column index: 0 → A, 27 → AB."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _parse_id(value: object) -> str | None:
    text = repair_identifier(value)
    return text or None


def _parse_fnr(value: object) -> str | None:
    # A fødselsnummer is only ever padded by a fix the user accepts (ID002);
    # the key used for joining is the repaired text.
    return _parse_id(value)


def _parse_kommunenummer(value: object) -> str | None:
    text = repair_identifier(value)
    return pad_digits(text, 4) if text else None


PARSERS: dict[ValueKind, Callable[[object], Any]] = {
    ValueKind.ID: _parse_id,
    ValueKind.TEXT: parse_text,
    ValueKind.CODE: parse_text,
    ValueKind.DATE: parse_date,
    ValueKind.BOOL: parse_bool,
    ValueKind.NUMBER: parse_number,
    ValueKind.DATE_OR_BOOL: parse_date_or_bool,
}


def parser_for(f: Field) -> Callable[[object], Any]:
    if f.name == "kommunenummer":
        return _parse_kommunenummer
    if f.name == "fodselsnummer":
        return _parse_fnr
    return PARSERS[f.kind]


def _mapped(value: Any, spellings: dict[str, str]) -> Any:
    if isinstance(value, str) and not isinstance(value, InvalidValue):
        return spellings.get(fold_code(value), value)
    return value


def _parse_column(rows: list[list[Any]], c: int, parse: Callable[[object], Any],
                  spellings: dict[str, str] | None) -> list[Any]:
    """Parse one column, each distinct value once.

    Exports repeat dates, codes and yes/no a lot: the memo makes parsing several times
    faster, lets equal parsed values share one object, and lets equal raw texts share one
    string (the copies are freed for later use). Columns of unique values (fødselsnummer,
    names) stop using the memo early. Non-text keys carry their type, because True, 1 and
    1.0 are equal as dict keys but parse differently.
    """
    memo: dict[Any, tuple[Any, Any]] = {}
    get = memo.get
    out: list[Any] = []
    append = out.append
    memoizing = True
    for n, row in enumerate(rows):
        if c < len(row):
            v = row[c]
            key = v if type(v) is str else (type(v), v)
            hit = get(key)
            if hit is not None:
                canon, p = hit
                if canon is not v:
                    row[c] = canon
                append(p)
                continue
        else:
            v = None
            key = (None, None)
        p = parse(v)
        if spellings:
            p = _mapped(p, spellings)
        if memoizing:
            memo[key] = (v, p)
            if n == 4096 and len(memo) > 2048:
                memoizing = False
                memo.clear()
        append(p)
    return out


@dataclass(slots=True)
class Sheet:
    """One sheet (or a CSV file) as read.

    ``rows[i]`` holds the raw values of the i-th data row; ``row_numbers[i]`` is its row
    number in the spreadsheet (header row = ``header_row``, 1-based, as Excel shows).
    ``columns`` maps our field names to 0-based column indexes.
    """

    name: str
    kind: SheetKind | None
    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    header_row: int = 1
    columns: dict[str, int] = field(default_factory=dict)
    parsed: dict[str, list[Any]] = field(default_factory=dict)
    # field -> {fold_code(file spelling) -> canonical code}, from a mapping profile: the
    # parsed value is the canonical one, the raw cell keeps the file's spelling.
    value_map: dict[str, dict[str, str]] = field(default_factory=dict)

    # -- reading -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.rows)

    @property
    def fields(self) -> tuple[Field, ...]:
        return FIELDS[self.kind] if self.kind else ()

    def has(self, field_name: str) -> bool:
        return field_name in self.columns

    def raw(self, r: int, c: int) -> Any:
        row = self.rows[r]
        return row[c] if c < len(row) else None

    def text(self, r: int, c: int) -> str:
        return display(self.raw(r, c))

    def value(self, r: int, field_name: str) -> Any:
        """Parsed value of a mapped field, or None when the column is missing."""
        col = self.parsed.get(field_name)
        return col[r] if col is not None else None

    def column_of(self, field_name: str) -> int | None:
        return self.columns.get(field_name)

    def letter_of(self, field_name: str) -> str | None:
        c = self.columns.get(field_name)
        return column_letter(c) if c is not None else None

    def field_at(self, c: int) -> str | None:
        for name, col in self.columns.items():
            if col == c:
                return name
        return None

    # -- parsing and editing -------------------------------------------------------
    def parse_all(self) -> None:
        """(Re)compute every mapped field's parsed values from the raw cells."""
        self.parsed = {}
        for f in self.fields:
            c = self.columns.get(f.name)
            if c is None:
                continue
            self.parsed[f.name] = _parse_column(self.rows, c, parser_for(f),
                                                self.value_map.get(f.name))

    def set_raw(self, r: int, c: int, value: Any) -> None:
        """Change one cell and re-parse it if it belongs to a mapped field."""
        row = self.rows[r]
        if c >= len(row):
            row.extend([None] * (c + 1 - len(row)))
        row[c] = value
        name = self.field_at(c)
        if name is not None and name in self.parsed:
            f = next(f for f in self.fields if f.name == name)
            parsed = parser_for(f)(value)
            spellings = self.value_map.get(name)
            self.parsed[name][r] = _mapped(parsed, spellings) if spellings else parsed

    def iter_rows(self) -> Iterator[int]:
        return iter(range(len(self.rows)))

    @property
    def width(self) -> int:
        return max([len(self.headers)] + [len(r) for r in self.rows[:1000]])


@dataclass(slots=True)
class CsvDialect:
    encoding: str  # "utf-8", "utf-8-sig" or "cp1252"
    delimiter: str
    newline: str  # "\r\n" or "\n"
    quotechar: str = '"'
    # "surrogateescape" when the file has bytes its encoding cannot decode: the reader
    # shows them as U+FFFD, the writer gives them back byte for byte.
    errors: str = "strict"


@dataclass(slots=True)
class ReadNote:
    """Something the reader noticed that the user should know (not a rule finding)."""

    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    # True when the note tells of rows or a sheet that could not be checked: a file with
    # such a note is never reported clean.
    not_checked: bool = False


@dataclass(slots=True)
class Workbook:
    path: Path
    format: str  # "xlsx", "xlsm", "xls", "ods" or "csv"
    sheets: list[Sheet]
    csv_dialect: CsvDialect | None = None
    reporting_year: int | None = None  # a Rapporteringsår found in the file
    notes: list[ReadNote] = field(default_factory=list)
    content_hash: str = ""
    profile: str | None = None  # name of the mapping profile applied when reading, if any

    def sheet(self, kind: SheetKind) -> Sheet | None:
        for s in self.sheets:
            if s.kind is kind:
                return s
        return None

    def sheet_named(self, name: str) -> Sheet | None:
        for s in self.sheets:
            if s.name == name:
                return s
        return None

    @property
    def checked_sheets(self) -> list[Sheet]:
        return [s for s in self.sheets if s.kind is not None]
