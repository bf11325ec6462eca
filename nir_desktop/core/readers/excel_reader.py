"""Excel and OpenDocument workbooks through calamine (cached formula values, no Excel needed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import python_calamine as calamine

from nir_desktop.core.i18n import Msg
from nir_desktop.core.readers.errors import (
    DAMAGED,
    PANIC,
    PASSWORD,
    ReadCancelled,
    ReadError,
    printable,
)
from nir_desktop.core.readers.table import RawTable

_CHECK_EVERY = 16384


def _is_panic(e: BaseException) -> bool:
    # A Rust panic inside calamine reaches Python as pyo3's PanicException, which derives
    # from BaseException (not Exception): a damaged file must still be a message.
    return type(e).__name__ == "PanicException"


def read_excel(path: Path, kind: str, *, progress: Callable[[float], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[RawTable]:
    try:
        if (path.suffix.lower().lstrip(".") == kind or (kind == "xlsx" and path.suffix.lower()
                                                        in (".xlsx", ".xlsm"))) \
                and printable(str(path)) == str(path):
            book = calamine.CalamineWorkbook.from_path(str(path))
        else:
            # The name lies about the content (let calamine detect it from the bytes), or
            # holds a byte that is not UTF-8 (calamine could not open it by name).
            with path.open("rb") as f:
                book = calamine.CalamineWorkbook.from_filelike(f)
    except calamine.PasswordError:
        raise ReadError(path, PASSWORD) from None
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, OSError,
            ValueError) as e:
        raise ReadError(path, _calamine_reason(e)) from None
    except BaseException as e:
        if _is_panic(e):
            raise ReadError(path, _panic_reason()) from None
        raise

    tables: list[RawTable] = []
    with book:
        visible = [m for m in book.sheets_metadata
                   if str(getattr(m, "typ", "")).endswith("WorkSheet")]
        names = [m.name for m in visible] or list(book.sheet_names)
        if not names:
            raise ReadError(path, Msg("arbeidsboken har ingen ark."))
        for i, name in enumerate(names):
            if cancelled is not None and cancelled():
                raise ReadCancelled()
            try:
                sheet = book.get_sheet_by_name(name)
                # Absolute rows and columns: row i is spreadsheet row i + 1, column 0 is A.
                cells = sheet.to_python(skip_empty_area=False)
                merged = _merged(sheet)
            except calamine.PasswordError:
                raise ReadError(path, Msg("arket er passordbeskyttet."), sheet=name) from None
            except (calamine.CalamineError, calamine.ZipError, calamine.XmlError,
                    ValueError) as e:
                raise ReadError(path, _calamine_reason(e), sheet=name) from None
            except BaseException as e:
                if _is_panic(e):
                    raise ReadError(path, _panic_reason(), sheet=name) from None
                raise
            del sheet
            rows: list[list[object]] = []
            numbers: list[int] = []
            for n, row in enumerate(cells, start=1):
                if row.count("") != len(row):
                    rows.append(row)
                    numbers.append(n)
                if not n % _CHECK_EVERY and cancelled is not None and cancelled():
                    raise ReadCancelled()
            del cells
            tables.append(RawTable(name, rows, numbers, merged))
            if progress is not None:
                progress((i + 1) / len(names))
    return tables


def _merged(sheet: calamine.CalamineSheet) -> list[tuple[int, int, int, int]]:
    try:
        ranges = sheet.merged_cell_ranges or []
    except (AttributeError, calamine.CalamineError):
        return []
    return [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges]


def _panic_reason() -> Msg:
    return PANIC


def _calamine_reason(e: Exception) -> Msg:
    text = str(e)
    low = text.lower()
    if "cell limit" in low:
        return Msg("et ark i filen er for stort eller strekker seg langt forbi dataene (over "
                   "100 millioner celler). Slett de tomme radene og kolonnene etter dataene, og "
                   "lagre filen på nytt.")
    if "password" in low or "encrypt" in low:
        return PASSWORD
    if "eocd" in low or "zip" in low or "eof" in low or "truncat" in low:
        return DAMAGED
    if "cfb" in low or "ole" in low:
        return Msg("filen ser ut som en gammel Excel-fil (.xls), men er skadet eller i et "
                   "format som ikke kan leses. Åpne den i Excel og lagre den som .xlsx.")
    return Msg("filen er skadet eller ikke et regneark som kan leses. Åpne den i Excel og "
               "lagre den på nytt som .xlsx. (Teknisk detalj: {detail})", detail=text[:200])
