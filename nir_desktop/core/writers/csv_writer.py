"""Write a corrected CSV in the original file's dialect, untouched rows byte for byte.

The original text is split into records exactly as the reader's ``csv.reader`` split it
(so row numbers agree); records without changes are written as they were, changed
records are re-encoded with the same delimiter, quoting and line ending.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nir_desktop.core.fields import ValueKind
from nir_desktop.core.i18n import Msg
from nir_desktop.core.model import CsvDialect, column_letter
from nir_desktop.core.normalize import InvalidValue, parse_number
from nir_desktop.core.readers.csv_reader import MAX_FIELD_BYTES
from nir_desktop.core.writers.atomic import WriteError, atomic_open

# A cell starting with one of these is run as a formula by Excel and LibreOffice.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def needs_guard(value: str, kind: ValueKind | None, mapped: bool) -> bool:
    """Whether a CSV cell would be run as a formula and must be neutralised.

    Every cell that starts like a formula is, whatever its column, unless it is a valid
    value of its own kind: a number in a number column or in a column we do not know
    (a negative amount, +47 phone numbers). Identifiers, dates, yes/no and codes never
    start like that when they are valid, so there the guard costs nothing real.
    """
    if len(value) < 2 or not value.startswith(_FORMULA_START):
        return False
    if kind is ValueKind.NUMBER or not mapped:
        parsed = parse_number(value)
        return parsed is None or isinstance(parsed, InvalidValue)
    return True


def neutralise(value: str) -> str:
    return "'" + value


@dataclass(slots=True)
class CsvWriteResult:
    cells_written: int = 0
    rows_rewritten: int = 0
    rows_added: int = 0
    cells_neutralised: int = 0
    # (row number, 0-based column, the value before): for the change log
    neutralised: list[tuple[int, int, str]] = field(default_factory=list)


def encode_record(fields: list[str], dialect: CsvDialect) -> str:
    """One record without its line ending. Fields holding CR or LF are always quoted
    (csv.writer quotes only the characters of its own line terminator)."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=dialect.delimiter, quotechar=dialect.quotechar,
               quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerow(fields)
    return buf.getvalue()[:-2]


def _split_terminator(raw: str) -> tuple[str, str]:
    if raw.endswith("\r\n"):
        return raw[:-2], "\r\n"
    if raw.endswith(("\n", "\r")):
        return raw[:-1], raw[-1]
    return raw, ""


def _records(text: str, dialect: CsvDialect) -> Iterator[tuple[list[str], str]]:
    """(fields, raw text incl. its line ending) per record, as csv.reader splits them."""
    consumed: list[str] = []

    def lines() -> Iterator[str]:
        for line in io.StringIO(text, newline=""):
            consumed.append(line)
            yield line

    reader = csv.reader(lines(), delimiter=dialect.delimiter, quotechar=dialect.quotechar,
                        strict=False)
    for fields in reader:
        raw = "".join(consumed)
        consumed.clear()
        yield fields, raw


def write_csv(original: Path | str, dialect: CsvDialect,
              changes: dict[int, dict[int, str]], out_path: Path | str, *,
              kind_of_column: Callable[[int], tuple[ValueKind | None, bool]] | None = None,
              header_row: int = 1, guard: bool = True,
              progress: Callable[[float], None] | None = None) -> CsvWriteResult:
    """Copy the CSV ``original`` to ``out_path`` with ``changes`` applied.

    ``changes`` maps the record number (1-based, as the reader numbers rows) to
    {0-based column: new text}. ``kind_of_column(c)`` gives (field kind, mapped?) for the
    injection guard; with ``guard`` every cell of any row (the header and the user's own
    edits included) that starts with = + - @, TAB or CR gets an apostrophe in front unless
    it is a valid number where numbers belong (see needs_guard); the rows that had one are
    re-encoded and each such cell is listed in the result.
    """
    original = Path(original)
    try:
        data = original.read_bytes()
    except OSError as exc:
        raise WriteError(Msg("Kan ikke lese {file} på nytt: {error}.", file=original.name,
                             error=str(exc.strerror or exc))) from exc
    encoding, bom = _output_encoding(dialect.encoding, data)
    try:
        # -sig and utf-16 drop the byte-order mark; bytes the reader could not decode
        # (errors="surrogateescape") come back unchanged.
        text = data.decode(dialect.encoding, dialect.errors)
    except (UnicodeDecodeError, LookupError) as exc:
        raise WriteError(
            Msg("{file} har endret seg siden den ble åpnet, eller har en tegnkoding "
                "som ikke kan skrives tilbake. Åpne filen på nytt.", file=original.name)
        ) from exc

    kinds: dict[int, tuple[ValueKind | None, bool]] = {}

    def kind(c: int) -> tuple[ValueKind | None, bool]:
        if c not in kinds:
            kinds[c] = kind_of_column(c) if kind_of_column else (None, False)
        return kinds[c]

    result = CsvWriteResult()
    out_parts: list[str] = []
    last_terminator = dialect.newline
    n = 0

    def encode_row(fields: list[str], terminator: str) -> str:
        return encode_record(fields, dialect) + terminator

    def apply(row_number: int, fields: list[str]) -> bool:
        changed = False
        row_changes = changes.get(row_number)
        if row_changes:
            for c, value in row_changes.items():
                if c >= len(fields):
                    fields.extend([""] * (c + 1 - len(fields)))
                fields[c] = value
                result.cells_written += 1
            changed = True
        if guard:
            for c, value in enumerate(fields):
                if value and value[0] in "=+-@\t\r":
                    k, mapped = kind(c)
                    if row_number == header_row:
                        k, mapped = ValueKind.TEXT, True  # a header is a title, not a value
                    if needs_guard(value, k, mapped):
                        fields[c] = neutralise(value)
                        result.cells_neutralised += 1
                        result.neutralised.append((row_number, c, value))
                        changed = True
        return changed

    size = max(1, len(text))
    done = 0
    # The reader accepts fields up to this size; the writer must read the same records.
    previous_limit = csv.field_size_limit(MAX_FIELD_BYTES)
    try:
        for fields, raw in _records(text, dialect):
            n += 1
            if progress is not None:
                done += len(raw)
                if not n % 5000:
                    progress(min(1.0, done / size))
            _body, terminator = _split_terminator(raw)
            if terminator:
                last_terminator = terminator
            if apply(n, fields):
                result.rows_rewritten += 1
                out_parts.append(encode_row(fields, terminator))
            else:
                out_parts.append(raw)
    except csv.Error as exc:
        raise WriteError(Msg("{file} er ikke gyldig CSV i rad {row}: {error}.",
                             file=original.name, row=n + 1, error=str(exc))) from exc
    finally:
        csv.field_size_limit(previous_limit)

    extra = sorted(r for r in changes if r > n)
    if extra:
        if out_parts and not _split_terminator(out_parts[-1])[1]:
            out_parts[-1] += last_terminator
        for r in range(n + 1, extra[-1] + 1):
            fields: list[str] = []
            if r in changes:
                apply(r, fields)
                result.rows_added += 1
            out_parts.append(encode_row(fields, last_terminator))

    if progress is not None:
        progress(1.0)
    with atomic_open(out_path, original) as fh:
        fh.write(bom)
        for i, part in enumerate(out_parts, start=1):
            try:
                fh.write(part.encode(encoding, dialect.errors))
            except UnicodeEncodeError as exc:
                bad = part[exc.start:exc.end]
                col = _column_of_char(part, exc.start, dialect.delimiter)
                raise WriteError(
                    Msg("Tegnet «{char}» i rad {row}, kolonne {column} kan ikke lagres "
                        "i tegnkodingen til {file} ({encoding}). Skriv "
                        "det uten tegnet, eller lagre som Excel-fil.", char=bad, row=i,
                        column=column_letter(col), file=original.name,
                        encoding=_encoding_name(encoding))
                ) from exc
    return result


def _output_encoding(encoding: str, data: bytes) -> tuple[str, bytes]:
    """The codec to encode each record with, and the byte-order mark to write first
    (the original's own, so the file stays byte for byte where nothing changed)."""
    name = codecs.lookup(encoding).name
    if name == "utf-8-sig":
        return "utf-8", codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    if name == "utf-16":
        if data.startswith(codecs.BOM_UTF16_BE):
            return "utf-16-be", codecs.BOM_UTF16_BE
        return "utf-16-le", codecs.BOM_UTF16_LE if data.startswith(codecs.BOM_UTF16_LE) else b""
    return name, b""


def _encoding_name(encoding: str) -> str:
    return {"cp1252": "Windows-1252", "utf-8": "UTF-8"}.get(encoding, encoding.upper())


def _column_of_char(line: str, index: int, delimiter: str) -> int:
    # Good enough for a message: quoted delimiters are rare in the cells that fail.
    return line[:index].count(delimiter)
