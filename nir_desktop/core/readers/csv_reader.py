"""CSV files as Norwegian Windows and fagsystemer write them.

Values stay the strings the user sees. The dialect (encoding, delimiter, line ending) is
kept so the corrected file can be written back the same way.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

from nir_desktop.core.model import CsvDialect
from nir_desktop.core.readers.errors import ReadCancelled, ReadError
from nir_desktop.core.readers.table import RawTable

DELIMITERS = (";", ",", "\t")
_CHECK_EVERY = 8192  # rows between progress reports and cancel checks
_SEP_LINE = re.compile(r"^sep=([;,\t|])\s*$", re.IGNORECASE)

# A field larger than this is not a cell but a broken file (an unclosed quote).
MAX_FIELD_BYTES = 10 << 20


def sniff_encoding(head: bytes) -> str:
    """The encoding to try first, from the byte-order mark and the first bytes."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        # A multi-byte character cut by the sample's end is still UTF-8.
        if e.start < len(head) - 3:
            return "cp1252"
    return "utf-8"


def count_delimiters(header_line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return counts


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that occurs most often in the header line, outside quotes."""
    counts = count_delimiters(header_line)
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: ';' first, as Norway writes it
    return best if counts[best] else ";"


def sniff_newline(head: bytes, encoding: str) -> str:
    """The line ending of the first line: "\r\n" (Windows), "\n" or (old Mac) "\r"."""
    text = head.decode(encoding, errors="replace")
    end = text.find("\n")
    if end > 0 and text[end - 1] == "\r":
        return "\r\n"
    if end == -1 and "\r" in text:
        return "\r"
    return "\n"


def read_csv(path: Path, *, progress: Callable[[float], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> tuple[RawTable, CsvDialect]:
    with path.open("rb") as f:
        head = f.read(65536)
    encoding = sniff_encoding(head)
    newline = sniff_newline(head, encoding)
    try:
        return _read(path, encoding, newline, progress, cancelled)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ReadError(path, _encoding_reason()) from None
    # Not UTF-8 after all (a character beyond the first 64 KiB): Windows-1252.
    try:
        return _read(path, "cp1252", newline, progress, cancelled)
    except UnicodeDecodeError:
        raise ReadError(path, _encoding_reason()) from None


def _encoding_reason() -> str:
    return ("tegnkodingen er ukjent (verken UTF-8 eller Windows-1252). Lagre filen på nytt som "
            "«CSV UTF-8 (kommadelt)» i Excel.")


def _read(path: Path, encoding: str, newline: str, progress: Callable[[float], None] | None,
          cancelled: Callable[[], bool] | None) -> tuple[RawTable, CsvDialect]:
    size = max(1, path.stat().st_size)
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        first = text.readline(1 << 16)
        # Excel's hint line "sep=;" names the delimiter; it is record 1 but not data.
        sep_line = _SEP_LINE.match(first)
        if sep_line:
            delimiter = sep_line.group(1)
            first = text.readline(1 << 16)
        else:
            delimiter = sniff_delimiter(first)
        no_columns = not sep_line and not any(count_delimiters(first).values())
        if no_columns and path.suffix.lower() not in (".csv", ".tsv"):
            raise ReadError(path, "filen er en tekstfil uten kolonner (ingen semikolon, komma "
                                  "eller tabulator i første linje), ikke et regneark. Velg en "
                                  "Excel-fil (.xlsx) eller en CSV-fil.")
        text.seek(0)
        previous_limit = csv.field_size_limit(MAX_FIELD_BYTES)  # process-wide: put back below
        reader = csv.reader(text, delimiter=delimiter, quotechar='"', strict=False)
        rows: list[list[str]] = []
        numbers: list[int] = []
        append_row = rows.append
        append_number = numbers.append
        n = 0
        try:
            for row in reader:
                n += 1
                if n == 1 and sep_line:
                    continue
                # A row of only empty strings is a blank line (or ";;;") to skip.
                if row.count("") != len(row):
                    append_row(row)
                    append_number(n)
                if not n % _CHECK_EVERY:
                    if cancelled is not None and cancelled():
                        raise ReadCancelled()
                    if progress is not None:
                        progress(min(1.0, raw.tell() / size))
        except csv.Error as e:
            if "field larger" in str(e):
                raise ReadError(path, f"en celle er over {MAX_FIELD_BYTES >> 20} MB lang. Det "
                                      "skyldes nesten alltid et anførselstegn (\") som ikke er "
                                      "lukket; rett det i filen og prøv igjen.",
                                row=n + 1) from None
            raise ReadError(path, f"filen er ikke gyldig CSV ({e}).", row=n + 1) from None
        finally:
            csv.field_size_limit(previous_limit)
    dialect = CsvDialect(encoding=encoding, delimiter=delimiter, newline=newline)
    return RawTable(path.stem, rows, numbers), dialect
