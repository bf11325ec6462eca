"""read_workbook: any supported file into one Workbook of recognised, parsed sheets."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from nir_desktop.core.fields import SHEET_TITLES, SheetKind
from nir_desktop.core.i18n import Msg
from nir_desktop.core.mapping import (
    CSV_SHEET_KEY,
    MappingNote,
    MappingProfile,
    ProfileStore,
    apply_columns,
    apply_sheet_map,
    apply_value_map,
    find_header_index,
    recognise_columns,
    sheet_kind_for,
)
from nir_desktop.core.model import ReadNote, Sheet, Workbook, column_letter
from nir_desktop.core.normalize import display, fold
from nir_desktop.core.readers.csv_reader import read_csv
from nir_desktop.core.readers.errors import NO_ACCESS, PANIC, ReadCancelled, ReadError
from nir_desktop.core.readers.excel_reader import read_excel
from nir_desktop.core.readers.sniff import sniff
from nir_desktop.core.readers.table import RawTable, to_sheet

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]

# Reading is most of the time; recognition and parsing the rest.
_READ_SHARE = 0.8


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Millions of new lists and strings make the cycle collector rescan everything again
    and again (several times slower for a 1M-row file); reading creates no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_workbook(path: Path | str, *, profile: MappingProfile | None = None,
                  profiles: ProfileStore | None = None,
                  progress: Progress | None = None,
                  cancelled: Cancelled | None = None) -> Workbook:
    """Read an export (.xlsx/.xlsm/.xls/.ods/.csv) into a Workbook.

    Sheets are recognised by name (a CSV file or a one-sheet workbook is Deltakere),
    columns by header; ``profile`` (a user's mapping) beats the automatic recognition.
    Without one, a profile in ``profiles`` saved for files with the same headers is used
    (``Workbook.profile`` names the profile applied).
    Raises ReadError with a Norwegian message for a file that cannot be read, and
    ReadCancelled when ``cancelled()`` turns true.
    """
    with _gc_paused():
        return _read_workbook(Path(path), profile, profiles, progress, cancelled)


def _read_workbook(path: Path, profile: MappingProfile | None, profiles: ProfileStore | None,
                   progress: Progress | None, cancelled: Cancelled | None) -> Workbook:
    shown = 0.0

    def report(x: float) -> None:
        # Never backwards, even when a CSV is read again in another encoding.
        nonlocal shown
        if progress is not None:
            shown = min(1.0, max(shown, x))
            progress(shown)

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ReadCancelled()

    report(0.0)
    sniffed = sniff(path)
    check_cancel()
    notes: list[ReadNote] = []
    if sniffed.note:
        notes.append(ReadNote(sniffed.note))

    def sub_progress(x: float) -> None:
        report(_READ_SHARE * x)

    dialect = None
    try:
        if sniffed.kind == "csv":
            table, dialect = read_csv(path, progress=sub_progress, cancelled=cancelled)
            tables = [table]
        else:
            tables = read_excel(path, sniffed.kind, progress=sub_progress, cancelled=cancelled)
    except MemoryError:
        raise ReadError(path, Msg("filen er for stor til å leses med minnet denne maskinen "
                                  "har.")) from None
    except PermissionError:
        raise ReadError(path, NO_ACCESS) from None
    except OSError as e:
        raise ReadError(path, Msg("filen kunne ikke leses ({error}). Ligger den på en "
                                  "nettverksdisk eller minnepinne som ble koblet fra?",
                                  error=e.strerror or str(e))) from None
    except BaseException as e:
        # A panic in the native reader (pyo3's PanicException is no Exception): a message,
        # never a dead window thread.
        if type(e).__name__ != "PanicException":
            raise
        raise ReadError(path, PANIC) from None
    check_cancel()

    titles: list[list[list[Any]]] = []
    sheets = [_sheet_from(t, notes, titles) for t in tables]
    if not any(s.headers or s.rows for s in sheets):
        if sniffed.kind == "csv":
            raise ReadError(path, Msg("CSV-filen er tom: ingen celler har innhold."))
        raise ReadError(path, Msg("arbeidsboken er tom: ingen celler har innhold."))

    is_csv = sniffed.kind == "csv"
    if profile is None and profiles is not None:
        if is_csv:
            headers = {CSV_SHEET_KEY: sheets[0].headers}
        else:
            headers = {s.name: s.headers for s in sheets}
        profile = profiles.find_for(headers)
        if profile is not None:
            notes.append(MappingNote(Msg("Koblingsprofilen «{profile}» er brukt, fordi den er "
                                         "laget for filer med de samme kolonnene.",
                                         profile=profile.name)))
    notes.extend(_map_sheets(sheets, is_csv=is_csv, profile=profile,
                             check_cancel=check_cancel,
                             report=lambda x: report(_READ_SHARE + (1 - _READ_SHARE) * x)))

    book = Workbook(path=path, format=sniffed.kind, sheets=sheets, csv_dialect=dialect,
                    notes=notes, profile=profile.name if profile is not None else None)
    book.reporting_year = find_reporting_year(sheets, titles)
    book.content_hash = file_hash(path)
    report(1.0)
    return book


def _map_sheets(sheets: list[Sheet], *, is_csv: bool, profile: MappingProfile | None,
                check_cancel: Callable[[], None] = lambda: None,
                report: Progress = lambda x: None) -> list[ReadNote]:
    """Decide each sheet's kind and columns (profile over automatic), then parse."""
    notes: list[ReadNote] = []
    _assign_kinds(sheets, is_csv=is_csv)
    if profile is not None:
        apply_sheet_map(sheets, profile)
    _deduplicate_kinds(sheets, notes)
    for i, s in enumerate(sheets):
        check_cancel()
        s.columns = {}
        s.value_map = {}
        if s.kind is not None:
            headerless = _header_check(s, notes)
            notes.extend(recognise_columns(s))
            if profile is not None:
                notes.extend(apply_columns(s, profile))
                apply_value_map(s, profile)
            if "fodselsnummer" not in s.columns and s.headers:
                if headerless is not None:
                    headerless.not_checked = True
                else:
                    notes.append(MappingNote(Msg(
                        "Arket «{sheet}» har ingen kolonne for fødselsnummer, så arket blir "
                        "ikke kontrollert. Gi kolonnen overskriften «Fødselsnummer», eller "
                        "koble den til riktig felt.", sheet=s.name), sheet=s.name,
                        row=s.header_row, not_checked=True))
            elif s.headers and not s.rows:
                notes.append(MappingNote(Msg(
                    "Arket «{sheet}» har ingen rader med data under overskriftene (rad {row}), "
                    "så det er ingenting å kontrollere der. Er det riktig fil?", sheet=s.name,
                    row=s.header_row), sheet=s.name, row=s.header_row, not_checked=True))
        s.parse_all()
        report((i + 1) / len(sheets))
    return notes


def remap_workbook(workbook: Workbook, profile: MappingProfile | None = None) -> list[ReadNote]:
    """Recognise sheets and columns of an open workbook again, with ``profile`` (or none).

    For the mapping dialog: apply a chosen or edited profile without reading the file
    again. The workbook's mapping notes are replaced; the reading notes stay. Returns the
    new mapping notes. Cell values are untouched; every parsed column is recomputed.
    """
    with _gc_paused():
        notes = _map_sheets(workbook.sheets, is_csv=workbook.format == "csv", profile=profile)
    workbook.notes = [n for n in workbook.notes if not isinstance(n, MappingNote)] + notes
    workbook.profile = profile.name if profile is not None else None
    return notes


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes: the same file, unchanged, has the same hash."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _sheet_from(table: RawTable, notes: list[ReadNote],
                titles: list[list[list[Any]]]) -> Sheet:
    notes.extend(table.notes)
    h = find_header_index(table.rows)
    if h:
        titles.append(table.rows[:h])
        first, last = table.row_numbers[0], table.row_numbers[h - 1]
        if first == last:
            text = Msg("Rad {first} i arket «{sheet}» står over kolonneoverskriftene (rad "
                       "{header}) og er ikke data; den beholdes uendret.", first=first,
                       sheet=table.name, header=table.row_numbers[h])
        else:
            text = Msg("Radene {first}–{last} i arket «{sheet}» står over kolonneoverskriftene "
                       "(rad {header}) og er ikke data; de beholdes uendret.", first=first,
                       last=last, sheet=table.name, header=table.row_numbers[h])
        notes.append(ReadNote(text, sheet=table.name, row=first))
    sheet = to_sheet(table, h)
    if table.merged and sheet.rows:
        first = sheet.header_row - 1  # 0-based row of the header
        in_data = [m for m in table.merged if m[2] >= first and m[3] < max(len(sheet.headers), 1)]
        if in_data:
            r0, c0, r1, c1 = in_data[0]
            where = f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"
            if len(in_data) > 1:
                where = Msg("{where} og {more} andre", where=where, more=len(in_data) - 1)
            notes.append(ReadNote(Msg(
                "Arket «{sheet}» har sammenslåtte celler ({where}). Verdien står bare i den "
                "første cellen; de andre cellene i området leses som tomme.", sheet=table.name,
                where=where), sheet=table.name, row=r0 + 1, column=column_letter(c0)))
    return sheet


def _assign_kinds(sheets: list[Sheet], *, is_csv: bool) -> None:
    if is_csv or len(sheets) == 1:
        # The one sheet is Deltakere, unless its name (or the CSV's) says Tiltak or Norsk.
        sheets[0].kind = sheet_kind_for(sheets[0].name) or SheetKind.DELTAKERE
        return
    for s in sheets:
        s.kind = sheet_kind_for(s.name)
    if not any(s.kind for s in sheets):
        # A workbook with one sheet of data and others empty (Ark1, Ark2, Ark3).
        with_data = [s for s in sheets if s.rows]
        if len(with_data) == 1:
            with_data[0].kind = SheetKind.DELTAKERE


def _deduplicate_kinds(sheets: list[Sheet], notes: list[ReadNote]) -> None:
    seen: dict[SheetKind, Sheet] = {}
    for s in sheets:
        if s.kind is None:
            continue
        first = seen.get(s.kind)
        if first is None:
            seen[s.kind] = s
            continue
        notes.append(MappingNote(Msg(
            "Både arket «{first}» og arket «{sheet}» ser ut til å være {kind}. Bare «{first}» "
            "blir kontrollert; «{sheet}» beholdes uendret.", first=first.name, sheet=s.name,
            kind=SHEET_TITLES[s.kind]), sheet=s.name))
        s.kind = None


def _is_data_like(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float | date | datetime):
        return True
    text = str(value).strip().replace(" ", "")
    return bool(text) and (text.replace(".", "").replace(",", "").replace("-", "").isdigit())


def _header_check(sheet: Sheet, notes: list[ReadNote]) -> MappingNote | None:
    """A first row of only numbers and dates is data, not a header: say so (the note)."""
    values = [v for v in sheet.headers if v.strip()]
    if not (values and all(_is_data_like(v) for v in values)):
        return None
    note = MappingNote(Msg(
        "Arket «{sheet}» ser ut til å mangle overskriftsrad: den første raden med innhold (rad "
        "{row}) har bare tall og datoer. Legg inn kolonneoverskrifter som «Fødselsnummer» og "
        "«Navn» øverst, eller koble kolonnene selv.", sheet=sheet.name, row=sheet.header_row),
        sheet=sheet.name, row=sheet.header_row)
    notes.append(note)
    return note


# --- Rapporteringsår ---------------------------------------------------------------------

_YEAR_LABEL = re.compile(r"rapporterings\s*(?:å|aa|a)r\D{0,5}((?:19|20)\d{2})\b", re.IGNORECASE)
_YEAR_KEYS = frozenset({"rapporteringsar", "rapporteringsaar", "rapportar", "rapportaar"})
_SMALL_ROWS = 60
_SMALL_COLS = 30


def _as_year(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        y = int(value)
        return y if y == value and 2000 <= y <= 2100 else None
    text = display(value).strip()
    if text.isdigit() and len(text) == 4 and 2000 <= int(text) <= 2100:
        return int(text)
    return None


def find_reporting_year(sheets: list[Sheet],
                        titles: list[list[list[Any]]] | None = None) -> int | None:
    """A Rapporteringsår stated in the file: a label cell with the year beside or below it,
    "Rapporteringsår: 2021" in one cell, or a column headed Rapporteringsår. ``titles``
    are the title lines found above sheets' headers."""
    for s in sheets:
        # A column of its own, in any sheet: the first value in it.
        for c, h in enumerate(s.headers):
            if fold(h) in _YEAR_KEYS:
                for row in s.rows[:_SMALL_ROWS]:
                    y = _as_year(row[c] if c < len(row) else None)
                    if y:
                        return y
            m = _YEAR_LABEL.search(h)
            if m:
                return int(m.group(1))
    grids = list(titles or [])
    for s in sheets:
        if s.kind is not None and len(s.rows) > _SMALL_ROWS:
            continue
        grids.append([s.headers, *s.rows[:_SMALL_ROWS]])
    for grid in grids:
        y = _year_in_grid(grid)
        if y:
            return y
    return None


def _year_in_grid(raw: list[list[Any]]) -> int | None:
    grid = [[v if isinstance(v, int | float) and not isinstance(v, bool) else display(v)
             for v in row[:_SMALL_COLS]] for row in raw[:_SMALL_ROWS]]
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if not isinstance(v, str):
                continue
            if fold(v) in _YEAR_KEYS:
                right = row[c + 1] if c + 1 < len(row) else None
                below = grid[r + 1][c] if r + 1 < len(grid) and c < len(grid[r + 1]) else None
                y = _as_year(right) or _as_year(below)
                if y:
                    return y
            m = _YEAR_LABEL.search(v)
            if m:
                return int(m.group(1))
    return None
