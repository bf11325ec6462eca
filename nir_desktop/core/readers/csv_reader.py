"""CSV files as Norwegian Windows and fagsystemer write them.

Values stay the strings the user sees. The dialect (encoding, delimiter, line ending) is
kept so the corrected file can be written back the same way.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nir_desktop.core.i18n import Msg, plural_msg
from nir_desktop.core.model import CsvDialect, ReadNote, column_letter
from nir_desktop.core.readers.errors import ReadCancelled, ReadError, printable
from nir_desktop.core.readers.table import RawTable

DELIMITERS = (";", ",", "\t")
_CHECK_EVERY = 8192  # rows between progress reports and cancel checks
_SEP_LINE = re.compile(r"^sep=([;,\t|])\s*$", re.IGNORECASE)

# A field larger than this is not a cell but a broken file (an unclosed quote).
MAX_FIELD_BYTES = 10 << 20
# A physical line longer than this is not a row but a broken or hostile file.
MAX_LINE_CHARS = 10 << 20


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
    """Read a CSV file. The table's ``notes`` say which encoding was chosen when it was a
    guess, which bytes could not be decoded, and where a quote swallowed lines."""
    with path.open("rb") as f:
        head = f.read(65536)
    encoding = sniff_encoding(head)
    newline = sniff_newline(head, encoding)
    if encoding == "utf-16":
        try:
            return _read(path, encoding, "strict", newline, progress, cancelled)
        except UnicodeDecodeError:
            raise ReadError(path, _encoding_reason()) from None
    utf8 = "utf-8-sig" if encoding == "utf-8-sig" else "utf-8"
    if encoding != "cp1252":
        try:
            return _read(path, utf8, "strict", newline, progress, cancelled)
        except UnicodeDecodeError:
            pass
    # Not valid UTF-8 somewhere. A UTF-8 file with a few damaged bytes stays UTF-8 (read
    # as Windows-1252 its æøå and the fødselsnummer header would be garbled); a file
    # whose non-ASCII lines are not UTF-8 is Windows-1252, as Norwegian Windows writes.
    evidence = utf8_evidence(path)
    if evidence.utf8_lines > evidence.bad_lines:
        table, dialect = _read(path, utf8, "replace", newline, progress, cancelled)
        dialect.errors = "surrogateescape"
        table.notes.insert(0, ReadNote(_damaged_utf8_note(evidence),
                                       row=evidence.first_lines[0]))
        return table, dialect
    try:
        table, dialect = _read(path, "cp1252", "strict", newline, progress, cancelled)
    except UnicodeDecodeError:
        raise ReadError(path, _encoding_reason()) from None
    table.notes.insert(0, ReadNote(Msg(
        "Filen er lest med tegnkodingen Windows-1252 (ANSI), fordi den ikke er gyldig UTF-8 "
        "(første tegn som ikke passer står i linje {line}). Ser æ, ø og å riktige ut i "
        "tabellen? Hvis ikke: lagre filen som «CSV UTF-8 (kommadelt)» i Excel og åpne den på "
        "nytt.", line=evidence.first_lines[0])))
    return table, dialect


@dataclass(slots=True)
class Utf8Evidence:
    utf8_lines: int = 0  # lines with non-ASCII characters that are valid UTF-8
    bad_lines: int = 0  # lines that are not valid UTF-8
    first_lines: list[int] = field(default_factory=list)  # the first bad lines (1-based)


def utf8_evidence(path: Path, *, enough: int = 2000) -> Utf8Evidence:
    """Count lines that are and are not valid UTF-8 (stops once one side has ``enough``)."""
    ev = Utf8Evidence()
    with path.open("rb") as f:
        for number, line in enumerate(iter(lambda: f.readline(MAX_LINE_CHARS), b""), start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as e:
                # A multi-byte character cut by the line limit is not damage.
                if e.start < len(line) - 3 or len(line) < MAX_LINE_CHARS:
                    ev.bad_lines += 1
                    if len(ev.first_lines) < 5:
                        ev.first_lines.append(number)
                    continue
            ev.utf8_lines += 1
            if ev.bad_lines and max(ev.utf8_lines, ev.bad_lines) >= enough:
                break
    if not ev.first_lines:  # the decoder failed on what the line check let pass
        ev.first_lines.append(1)
    return ev


def _damaged_utf8_note(ev: Utf8Evidence) -> Msg:
    lines = ", ".join(map(str, ev.first_lines))
    if ev.bad_lines == 1:
        where = Msg("linje {lines}", lines=lines)
    elif ev.bad_lines > len(ev.first_lines):
        where = Msg("linjene {lines} og {more} til", lines=lines,
                    more=ev.bad_lines - len(ev.first_lines))
    else:
        where = Msg("linjene {lines}", lines=lines)
    return Msg("Filen er lest som UTF-8, men {where} har tegn som ikke er gyldig UTF-8 (filen "
               "kan være skadet eller satt sammen av to filer). Tegnene vises som «\ufffd»; "
               "kontroller verdiene der. Den rettede filen får de samme bytene tilbake der du "
               "ikke har endret noe.", where=where)


def _encoding_reason() -> Msg:
    return Msg("tegnkodingen er ukjent (verken UTF-8 eller Windows-1252). Lagre filen på nytt "
               "som «CSV UTF-8 (kommadelt)» i Excel.")


class _LineTooLong(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _bounded_lines(text: io.TextIOWrapper) -> Iterator[str]:
    """The physical lines of ``text``, none longer than MAX_LINE_CHARS: a 400 MB line of
    one broken record is refused after its first 10 MB, not read whole into memory."""
    readline = text.readline
    limit = MAX_LINE_CHARS
    n = 0
    while True:
        line = readline(limit)
        if not line:
            return
        n += 1
        if len(line) == limit and line[-1] not in "\r\n":
            raise _LineTooLong(n)
        yield line


def _swallowed(row: list[str], delimiter: str, width: int) -> int | None:
    """The column (0-based) of a multi-line cell that holds whole rows of the file: a
    quote that was opened and not closed where it should have been."""
    need = max(1, (width - 1) // 2)
    for c, value in enumerate(row):
        if "\n" not in value and "\r" not in value:
            continue
        for line in value.splitlines()[1:]:
            if line.count(delimiter) >= need:
                return c
    return None


def _read(path: Path, encoding: str, errors: str, newline: str,
          progress: Callable[[float], None] | None,
          cancelled: Callable[[], bool] | None) -> tuple[RawTable, CsvDialect]:
    size = max(1, path.stat().st_size)
    notes: list[ReadNote] = []
    swallowed = 0
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="")
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
            raise ReadError(path, Msg("filen er en tekstfil uten kolonner (ingen semikolon, "
                                      "komma eller tabulator i første linje), ikke et "
                                      "regneark. Velg en Excel-fil (.xlsx) eller en CSV-fil."))
        text.seek(0)
        previous_limit = csv.field_size_limit(MAX_FIELD_BYTES)  # process-wide: put back below
        reader = csv.reader(_bounded_lines(text), delimiter=delimiter, quotechar='"',
                            strict=False)
        rows: list[list[str]] = []
        numbers: list[int] = []
        append_row = rows.append
        append_number = numbers.append
        n = 0
        last_line = 0
        width = 0
        seen: dict[str, str] = {}
        same = seen.setdefault
        try:
            for row in reader:
                n += 1
                if n == 1 and sep_line:
                    last_line = reader.line_num
                    continue
                line = reader.line_num
                if line - last_line > 1 and width:
                    c = _swallowed(row, delimiter, width)
                    if c is not None:
                        swallowed += 1
                        if swallowed <= _MAX_QUOTE_NOTES:
                            notes.append(_quote_note(last_line + 1, line, n, c))
                last_line = line
                # A row of only empty strings or blanks is a blank line (or ";;;") to skip.
                if row.count("") != len(row) and not "".join(row).isspace():
                    # One string object per distinct value (kommunenummer, lov, dates,
                    # codes repeat on every row): about a third less memory for a big file.
                    append_row(list(map(same, row, row)))
                    append_number(n)
                    if not width:
                        width = len(row)
                if not n % _CHECK_EVERY:
                    if len(seen) > _MAX_SHARED:  # mostly unique values (fnr, names)
                        seen.clear()
                    if cancelled is not None and cancelled():
                        raise ReadCancelled()
                    if progress is not None:
                        progress(min(1.0, raw.tell() / size))
        except _LineTooLong as e:
            raise ReadError(path, Msg("linje {line} i filen er over {mb} MB lang uten "
                                      "linjeskift. Det er ikke en rad i en eksport; filen er "
                                      "skadet eller ikke en CSV-fil.", line=e.line,
                                      mb=MAX_LINE_CHARS >> 20)) from None
        except csv.Error as e:
            if "field larger" in str(e):
                raise ReadError(path, Msg("en celle er over {mb} MB lang. Det skyldes nesten "
                                          "alltid et anførselstegn (\") som ikke er lukket; "
                                          "rett det i filen og prøv igjen.",
                                          mb=MAX_FIELD_BYTES >> 20),
                                row=n + 1) from None
            raise ReadError(path, Msg("filen er ikke gyldig CSV ({error}).", error=str(e)),
                            row=n + 1) from None
        finally:
            csv.field_size_limit(previous_limit)
    if swallowed > _MAX_QUOTE_NOTES:
        notes.append(ReadNote(plural_msg(
            "… og {count} annet sted der et anførselstegn slår sammen linjer.",
            "… og {count} andre steder der et anførselstegn slår sammen linjer.",
            swallowed - _MAX_QUOTE_NOTES), not_checked=True))
    dialect = CsvDialect(encoding=encoding, delimiter=delimiter, newline=newline)
    table = RawTable(printable(path.stem), rows, numbers)
    for note in notes:
        note.sheet = table.name
    table.notes = notes
    return table, dialect


_MAX_QUOTE_NOTES = 10
_MAX_SHARED = 50_000  # distinct values kept for sharing before the cache starts over


def _quote_note(first: int, last: int, row: int, column: int) -> ReadNote:
    col = column_letter(column)
    return ReadNote(Msg(
        "Et anførselstegn (\") i kolonne {column} åpner en celle som ikke lukkes før linje "
        "{last}: linjene {first}–{last} i filen ({lines} linjer) er lest som én celle i rad "
        "{row}, og radene der er ikke kontrollert. Fjern eller lukk anførselstegnet i filen, "
        "og åpne den på nytt.", column=col, first=first, last=last, lines=last - first + 1,
        row=row), row=row, column=col, not_checked=True)
