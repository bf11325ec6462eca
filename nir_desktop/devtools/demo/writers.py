"""Writing synthetic exports: a reproducible xlsx (same data, same bytes) and CSV as Norwegian
Excel saves it."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from nir_desktop.devtools.demo.model import DELTAKERE_HEADERS, INFO_SHEET, SHEET_HEADERS, Dataset

_FIXED_TIME = datetime(2022, 1, 15, 8, 0, 0)
_WIDTHS = {"Fødselsnummer": 15, "Navn": 24, "Saksnummer": 11, "Lov": 18,
           "Avslutningsårsak": 30, "Sluttmål": 28, "Saksbehandler": 18, "Tiltak": 26}

# A sheet to write: its title, its header row and its data rows.
Sheet = tuple[str, Sequence[str], Iterable[Sequence[Any]]]


def write_workbook(path: str | os.PathLike[str], sheets: Iterable[Sheet],
                   info: Iterable[tuple[str, Any]]) -> None:
    """Write the sheets and an Info sheet with openpyxl in write-only mode; same data → same
    bytes.

    Written to a temporary file next to the target and renamed, so a half-written file
    never replaces a good one.
    """
    target = Path(path)
    # Make the target's folder and temporary file first: a failure here must not leave
    # openpyxl's half-made write-only sheets behind.
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".nir-synt-", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb = Workbook(write_only=True)
        wb.properties.creator = "NIR-kontroll (syntetiske data)"
        wb.properties.created = wb.properties.modified = _FIXED_TIME
        for title, headers, rows in sheets:
            _write_sheet(wb.create_sheet(title), headers, rows)
        info_ws = wb.create_sheet(INFO_SHEET)
        info_ws.column_dimensions["A"].width = 18
        info_ws.column_dimensions["B"].width = 40
        for label, value in info:
            info_ws.append([label, _cell(info_ws, value)])
        wb.save(tmp)
        _normalise_zip(tmp)
        _publish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_xlsx(ds: Dataset, path: str | os.PathLike[str]) -> None:
    """A generated data set as a workbook (Deltakere, Tiltak, Norsk and Info)."""
    write_workbook(path, ((title, SHEET_HEADERS[title], rows)
                          for title, rows in ds.sheets.items()), ds.info)


def _cell(ws: Any, value: Any) -> Any:
    """Dates as real Excel dates shown the Norwegian way; everything else as is."""
    if isinstance(value, date):
        c = WriteOnlyCell(ws, value=value)
        c.number_format = "DD.MM.YYYY"
        return c
    return value


def _write_sheet(ws: Any, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    ws.freeze_panes = "A2"
    for i, h in enumerate(headers):
        ws.column_dimensions[chr(65 + i)].width = _WIDTHS.get(h, 14)
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font = bold
        header_cells.append(c)
    ws.append(header_cells)
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _publish(tmp: Path, target: Path) -> None:
    # mkstemp creates 0600; give the file the permissions a normal save would.
    umask = os.umask(0)
    os.umask(umask)
    tmp.chmod(0o666 & ~umask)
    os.replace(tmp, target)


def _normalise_zip(path: Path) -> None:
    """Rewrite the archive with fixed entry times so the bytes depend on the data only."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2022, 1, 15, 8, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into "modified" whatever we set.
                data = _MODIFIED.sub(rb"\g<1>2022-01-15T08:00:00Z\g<2>", data)
            dst.writestr(entry, data, compresslevel=6)
    path.write_bytes(buf.getvalue())


def csv_cell(value: Any) -> str:
    """A cell as Excel on Norwegian Windows saves it to CSV."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else f"{value}".replace(".", ","))
    return str(value)


def write_csv(rows: Iterable[Sequence[Any]], path: str | os.PathLike[str], *,
              headers: Sequence[str] = DELTAKERE_HEADERS, encoding: str = "cp1252",
              delimiter: str = ";") -> int:
    """Write one sheet as CSV (default: Norwegian Excel's cp1252 with ``;``, CRLF).

    Streams the rows; returns how many data rows were written.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".nir-synt-", suffix=".csv", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    count = 0
    try:
        with tmp.open("w", encoding=encoding, newline="") as fh:
            w = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n")
            w.writerow(headers)
            for row in rows:
                w.writerow([csv_cell(v) for v in row])
                count += 1
        _publish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return count
