"""apply_edits: write the corrected file in the original's own format and layout."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from nir_desktop.core.edits import CellEdit, net_edits
from nir_desktop.core.fields import FIELDS, ValueKind
from nir_desktop.core.i18n import Msg, MsgLines, plural_msg
from nir_desktop.core.model import Sheet, Workbook, column_letter
from nir_desktop.core.normalize import InvalidValue, parse_date, parse_number
from nir_desktop.core.readers import file_hash
from nir_desktop.core.writers.atomic import WriteError, ensure_not_original
from nir_desktop.core.writers.csv_writer import write_csv
from nir_desktop.core.writers.xlsx_new import Table, write_xlsx_new
from nir_desktop.core.writers.xlsx_patch import CellChange, patch_xlsx

PATCHED_FORMATS = ("xlsx", "xlsm")


@dataclass(slots=True)
class WriteResult:
    path: Path  # where the file was written (the suffix may have been corrected)
    format: str
    cells_written: int
    # To show the user: core.i18n.Msg texts (bokmål as str; render(note, lang) translates)
    notes: list[Msg] = field(default_factory=list)
    # Cells the CSV writer neutralised (an apostrophe before = + - @): for the change log
    guarded: list[CellEdit] = field(default_factory=list)


def column_kind(sheet: Sheet | None, column: int) -> tuple[ValueKind | None, bool]:
    """(field kind, mapped?) of a column: unmapped columns have no kind."""
    if sheet is None or sheet.kind is None:
        return None, False
    name = sheet.field_at(column)
    if name is None:
        return None, False
    for f in FIELDS[sheet.kind]:
        if f.name == name:
            return f.kind, True
    return None, False


def output_suffix(workbook: Workbook) -> str:
    """The suffix the corrected file must have: xls/ods inputs are written as .xlsx."""
    return ".xlsx" if workbook.format not in (*PATCHED_FORMATS, "csv") else f".{workbook.format}"


def suggested_output(original: Path | str, workbook_format: str,
                     today: date | None = None, suffix: str = "korrigert") -> Path:
    """``<original>_korrigert_<yyyy-mm-dd>.<ext>`` beside the original, never the original
    itself; a number is added when that name is taken."""
    original = Path(original)
    stamp = (today or date.today()).isoformat()
    ext = ".xlsx" if workbook_format not in (*PATCHED_FORMATS, "csv") else f".{workbook_format}"
    candidate = original.with_name(f"{original.stem}_{suffix}_{stamp}{ext}")
    n = 2
    while candidate.exists():
        candidate = original.with_name(f"{original.stem}_{suffix}_{stamp} ({n}){ext}")
        n += 1
    return candidate


def apply_edits(original_path: Path | str, workbook: Workbook, edits: list[CellEdit],
                out_path: Path | str, *,
                progress: Callable[[float], None] | None = None) -> WriteResult:
    """Write ``original_path`` with ``edits`` applied to ``out_path`` (atomically).

    .xlsx/.xlsm are patched cell by cell, .csv keeps its dialect and untouched lines,
    .xls/.ods become a new .xlsx. The original is never the target. Raises WriteError.
    ``progress(share)`` is called now and then with a number from 0 to 1.
    """
    original = Path(original_path)
    out = Path(out_path)
    notes: list[Msg] = []
    want = output_suffix(workbook)
    if out.suffix.lower() != want:
        out = out.with_suffix(want)
        notes.append(Msg("Filen ble lagret som {file}: filtypen må passe til innholdet.",
                         file=out.name))
    ensure_not_original(out, original)
    _ensure_unchanged(original, workbook)
    final = list(net_edits(edits).values())
    by_sheet: dict[str, list[CellEdit]] = {}
    for e in final:
        if workbook.sheet_named(e.sheet) is None:
            raise WriteError(Msg("Endringen i rad {row} gjelder arket «{sheet}», som ikke "
                                 "finnes i {file}.", row=e.row, sheet=e.sheet,
                                 file=original.name))
        by_sheet.setdefault(e.sheet, []).append(e)

    fmt = workbook.format
    if fmt in PATCHED_FORMATS:
        changes = {
            name: [CellChange(e.row, e.column, e.new,
                              column_kind(workbook.sheet_named(name), e.column)[0])
                   for e in sheet_edits]
            for name, sheet_edits in by_sheet.items()
        }
        result = patch_xlsx(original, changes=changes, out_path=out, progress=progress)
        return WriteResult(out, fmt, result.cells_written, notes)
    if fmt == "csv":
        if workbook.csv_dialect is None:
            raise WriteError(Msg("Vet ikke hvordan {file} var skrevet (CSV-formatet "
                                 "mangler).", file=original.name))
        sheet = workbook.sheets[0] if workbook.sheets else None
        changes_csv: dict[int, dict[int, str]] = {}
        for e in final:
            changes_csv.setdefault(e.row, {})[e.column] = e.new
        res = write_csv(original, workbook.csv_dialect, changes_csv, out,
                        kind_of_column=lambda c: column_kind(sheet, c),
                        header_row=sheet.header_row if sheet else 1, progress=progress)
        guarded = [CellEdit(sheet.name if sheet else "", r, c, old, "'" + old, rule=GUARD_RULE,
                            field=sheet.field_at(c) if sheet else None)
                   for r, c, old in res.neutralised]
        notes += guard_notes(guarded, sheet)
        return WriteResult(out, fmt, res.cells_written, notes, guarded)
    tables = [_sheet_table(sheet, by_sheet.get(sheet.name, [])) for sheet in workbook.sheets]
    write_xlsx_new(out, tables, original)
    if progress is not None:
        progress(1.0)
    notes.append(Msg("Originalen er en .{format}-fil. Den rettede filen er en ny .xlsx med de "
                     "samme arkene, kolonnene og radene; formatering som farger og bredder er "
                     "ikke med.", format=fmt))
    return WriteResult(out, "xlsx", len(final), notes)


GUARD_RULE = "CSV-formel"
_LISTED_GUARDS = 20


def guard_notes(guarded: list[CellEdit], sheet: Sheet | None) -> list[Msg]:
    """What the injection guard changed, in words: a count, then cell by cell."""
    if not guarded:
        return []
    lines: list[Msg] = [plural_msg(
        "{count} celle som begynte med = + - @, tabulator eller linjeskift fikk en apostrof "
        "(') foran, så regnearkprogrammer ikke kjører den som formel:",
        "{count} celler som begynte med = + - @, tabulator eller linjeskift fikk en "
        "apostrof (') foran, så regnearkprogrammer ikke kjører dem som formler:",
        len(guarded))]
    for e in guarded[:_LISTED_GUARDS]:
        header = sheet.headers[e.column] if sheet and e.column < len(sheet.headers) else ""
        col = column_letter(e.column) + (f" ({header})" if header and e.row != sheet.header_row
                                         else "")
        before = e.old if len(e.old) <= 40 else e.old[:39] + "…"
        lines.append(Msg("  rad {row}, kolonne {column}: «{value}»", row=e.row, column=col,
                         value=_visible(before)))
    if len(guarded) > _LISTED_GUARDS:
        lines.append(Msg("  … og {count} til.", count=len(guarded) - _LISTED_GUARDS))
    return [MsgLines(*lines)]


def _visible(text: str) -> str:
    return text.replace("\t", "⇥").replace("\r", "␍").replace("\n", "␊")


def _ensure_unchanged(original: Path, workbook: Workbook) -> None:
    """Edits are row and column positions in the file as it was read: writing them into
    a file that has changed since would put values in the wrong cells."""
    if not workbook.content_hash:
        return
    try:
        current = file_hash(original)
    except OSError as exc:
        raise WriteError(Msg("Kan ikke lese originalfilen {file} på nytt: {error}. "
                             "Ingenting ble lagret.", file=original.name,
                             error=str(exc.strerror or exc))) from exc
    if current != workbook.content_hash:
        raise WriteError(Msg("{file} er endret siden den ble åpnet (kanskje i Excel). Åpne "
                             "filen på nytt før du lagrer rettingene; ingenting ble lagret.",
                             file=original.name))


def typed_value(text: str, kind: ValueKind | None) -> Any:
    """A cell value for a new workbook: numbers and dates typed, identifiers as text."""
    if text == "":
        return None
    if kind is ValueKind.NUMBER:
        n = parse_number(text)
        if isinstance(n, float) and not isinstance(n, InvalidValue):
            return int(n) if n.is_integer() else n
    if kind in (ValueKind.DATE, ValueKind.DATE_OR_BOOL):
        d = parse_date(text)
        if isinstance(d, date) and not isinstance(d, InvalidValue):
            return d
    return text


def _sheet_table(sheet: Sheet, edits: list[CellEdit]) -> Table:
    by_row: dict[int, dict[int, str]] = {}
    for e in edits:
        by_row.setdefault(e.row, {})[e.column] = e.new
    numbers = list(sheet.row_numbers)
    rows: list[list[Any]] = []
    index = {n: i for i, n in enumerate(numbers)}
    for i in range(len(sheet.rows)):
        rows.append(list(sheet.rows[i]))
    # Edits may add rows past the end of the sheet.
    for rn in sorted(by_row):
        if rn not in index and rn > sheet.header_row:
            numbers.append(rn)
            rows.append([])
            index[rn] = len(rows) - 1
    order = sorted(range(len(rows)), key=lambda i: numbers[i])
    for rn, cols in by_row.items():
        if rn not in index:
            continue
        row = rows[index[rn]]
        for c, text in cols.items():
            if c >= len(row):
                row.extend([None] * (c + 1 - len(row)))
            row[c] = typed_value(text, column_kind(sheet, c)[0])
    return Table(title=sheet.name, headers=list(sheet.headers),
                 rows=[rows[i] for i in order], first_row=sheet.header_row,
                 row_numbers=[numbers[i] for i in order])
