"""Telling what a file really is before a parser sees it, and refusing the dangerous ones.

Spreadsheet libraries choose their parser by the file name and fail with messages no
caseworker understands; files also arrive renamed (a CSV saved as .xls, a Word file picked
by mistake). We look at the first bytes instead, and check zip containers for bombs and
XML entity tricks before calamine opens them.
"""

from __future__ import annotations

import mmap
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from nir_desktop.core.i18n import Msg
from nir_desktop.core.readers.errors import DAMAGED, NO_ACCESS, PASSWORD, ReadError
from nir_desktop.core.readers.extent import OdsExtent, XlsxExtent

# A normal 100k-row export has one sheet part of ~80 MB at a ratio of ~9; Excel's own
# maximum (1,048,576 rows) stays around 1 GiB. Beyond these, memory would run out first.
MAX_UNCOMPRESSED_TOTAL = 1 << 30
MAX_PART_RATIO = 200
RATIO_MIN_SIZE = 20 << 20  # small parts compress well without being bombs
MAX_ZIP_ENTRIES = 10_000

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_OTHER_MAGIC: tuple[tuple[bytes, Msg], ...] = (
    (b"\x89PNG", Msg("et bilde ({format})", format="PNG")),
    (b"\xff\xd8\xff", Msg("et bilde ({format})", format="JPEG")),
    (b"GIF8", Msg("et bilde ({format})", format="GIF")),
    (b"%PDF", Msg("et PDF-dokument")),
    (b"{\\rtf", Msg("et RTF-dokument")),
    (b"Rar!", Msg("et {format}-arkiv", format="RAR")),
    (b"\x1f\x8b", Msg("et {format}-arkiv", format="gzip")),
    (b"7z\xbc\xaf", Msg("et {format}-arkiv", format="7z")),
    (b"BM", Msg("et bilde ({format})", format="BMP")),
)

NOT_SPREADSHEET_HINT = Msg("Velg en Excel-fil (.xlsx) eller en CSV-fil eksportert fra NIR eller "
                           "fagsystemet.")

_ENTITY = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
# The prolog is everything before the root element; a DOCTYPE can only be there.
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")


@dataclass(frozen=True, slots=True)
class Sniffed:
    kind: str  # "xlsx", "xlsm", "xls", "ods", "csv"
    note: Msg | None = None  # why the content differs from the name, for a ReadNote


def sniff(path: Path) -> Sniffed:
    """What the file at ``path`` is, or a ReadError saying why it cannot be a spreadsheet."""
    ext = path.suffix.lower().lstrip(".")
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(4096)
    except FileNotFoundError:
        raise ReadError(path, Msg("filen finnes ikke (den kan være flyttet eller slettet).")) \
            from None
    except IsADirectoryError:
        raise ReadError(path, Msg("dette er en mappe, ikke en fil.")) from None
    except PermissionError:
        if path.is_dir():  # Windows refuses to open a folder with "access denied"
            raise ReadError(path, Msg("dette er en mappe, ikke en fil.")) from None
        raise ReadError(path, NO_ACCESS) from None
    except OSError as e:
        raise ReadError(path, Msg("filen kunne ikke åpnes ({error}).",
                                  error=e.strerror or str(e))) from None
    if size == 0:
        raise ReadError(path, Msg("filen er tom (0 byte). Eksporter den på nytt."))

    if head.startswith(ZIP_MAGIC):
        return Sniffed(_zip_kind(path, ext))
    if head.startswith(OLE_MAGIC):
        if _ole_is_encrypted(path):
            raise ReadError(path, Msg("filen er passordbeskyttet (kryptert). Åpne den i Excel, "
                                      "fjern passordet (Fil > Info > Beskytt arbeidsbok) og "
                                      "lagre den på nytt."))
        if ext in ("xlsx", "xlsm"):
            note = Msg("Filen heter .{ext}, men er en eldre Excel-fil (.xls); den er lest som "
                       ".xls.", ext=ext)
            return Sniffed("xls", note)
        return Sniffed("xls")
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            raise ReadError(path, Msg("filen er {what}, ikke et regneark. {hint}", what=what,
                                      hint=NOT_SPREADSHEET_HINT))
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table")) or (
            lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office" in head):
        raise ReadError(path, Msg("filen er en nettside eller XML lagret med regneark-endelse, "
                                  "ikke et ekte regneark. Åpne den i Excel og lagre den som "
                                  ".xlsx."))
    if not _looks_like_text(head):
        raise ReadError(path, Msg("filen er ikke et regneark eller en tekstfil. {hint}",
                                  hint=NOT_SPREADSHEET_HINT))
    if ext in ("xlsx", "xlsm", "xls", "ods"):
        note = Msg("Filen heter .{ext}, men inneholder tekst med skilletegn (CSV); den er "
                   "lest som CSV.", ext=ext)
        return Sniffed("csv", note)
    return Sniffed("csv")


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls <= len(head) // 100


def _zip_kind(path: Path, ext: str) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                raise ReadError(path, Msg("filen har unormalt mange deler og er avvist for å "
                                          "beskytte maskinen. Lagre den på nytt fra Excel."))
            names = {i.filename for i in infos}
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names:
                    raise ReadError(path, Msg("filen er en binær Excel-arbeidsbok (.xlsb). Lagre "
                                              "den som .xlsx i Excel."))
                kind = "xlsm" if ext == "xlsm" else "xlsx"
            elif "content.xml" in names and _mimetype(z, names).startswith(
                    "application/vnd.oasis.opendocument.spreadsheet"):
                kind = "ods"
            elif "word/document.xml" in names:
                raise ReadError(path, Msg("filen er {what}, ikke et regneark. {hint}",
                                          what=Msg("et Word-dokument"),
                                          hint=NOT_SPREADSHEET_HINT))
            elif "ppt/presentation.xml" in names:
                raise ReadError(path, Msg("filen er {what}, ikke et regneark. {hint}",
                                          what=Msg("en PowerPoint-presentasjon"),
                                          hint=NOT_SPREADSHEET_HINT))
            elif any(n.startswith("Index/") and n.endswith(".iwa") for n in names) or (
                    ext == "numbers"):
                raise ReadError(path, Msg("Apple Numbers-filer kan ikke leses. Velg Arkiv > "
                                          "Eksporter til > Excel i Numbers, og åpne "
                                          ".xlsx-filen."))
            elif "content.xml" in names:
                raise ReadError(path, Msg("filen er et OpenDocument-dokument, men ikke et "
                                          "regneark. {hint}", hint=NOT_SPREADSHEET_HINT))
            else:
                raise ReadError(path, Msg("filen er {what}, ikke et regneark. {hint}",
                                          what=Msg("et {format}-arkiv", format="zip"),
                                          hint=NOT_SPREADSHEET_HINT))
            _guard_parts(path, z, infos)
            return kind
    except zipfile.BadZipFile:
        raise ReadError(path, DAMAGED) from None
    except (zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        # RuntimeError: zipfile's way of saying an entry is encrypted.
        if isinstance(e, RuntimeError) and "encrypted" in str(e).lower():
            raise ReadError(path, PASSWORD) from None
        raise ReadError(path, Msg("filen er skadet: en del av den kan ikke pakkes ut. Lagre "
                                  "eller last den ned på nytt.")) from None


def _mimetype(z: zipfile.ZipFile, names: set[str]) -> str:
    if "mimetype" not in names:
        return ""
    with z.open("mimetype") as f:
        return f.read(200).decode("ascii", "replace").strip()


def _guard_parts(path: Path, z: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse zip bombs, XML entity tricks and far-flung cells before a parser meets them.

    Declared sizes can lie, so every part is inflated here once, counting the bytes
    really produced and stopping at the limit. The ratio is guarded per part and for the
    parts together (many parts that each stay under the per-part size are one bomb).
    Only an XML part's prolog can hold a DOCTYPE. Worksheets and an .ods's content are
    also measured (extent.py): calamine allocates rows × columns at once, so one stray
    cell at XFD1048576, rows without ``r`` or a repeated .ods cell would abort the process.
    """
    declared = sum(i.file_size for i in infos)
    if declared > MAX_UNCOMPRESSED_TOTAL:
        raise ReadError(path, _too_big_reason())
    total = 0
    packed = 0  # compressed bytes of the parts inflated so far, the current one included
    for info in infos:
        if info.is_dir():
            continue
        packed += max(1, info.compress_size)
        produced = 0
        prolog = b""
        in_prolog = info.filename.endswith((".xml", ".rels", ".vml"))
        extent: XlsxExtent | OdsExtent | None = None
        if _WORKSHEET_PART.match(info.filename):
            extent = XlsxExtent()
        elif info.filename == "content.xml":
            extent = OdsExtent()
        with z.open(info) as f:
            while True:
                chunk = f.read(1 << 20)
                if not chunk:
                    break
                produced += len(chunk)
                total += len(chunk)
                if total > MAX_UNCOMPRESSED_TOTAL:
                    raise ReadError(path, _too_big_reason())
                if total > RATIO_MIN_SIZE and total > MAX_PART_RATIO * packed:
                    raise ReadError(path, _bomb_reason())
                if in_prolog:
                    prolog += chunk
                    m = _FIRST_ELEMENT.search(prolog)
                    head = prolog[: m.start()] if m else prolog
                    if _ENTITY.search(head) or (m is None and len(prolog) > (1 << 20)):
                        raise ReadError(path, Msg(
                            "filen inneholder XML-definisjoner (DOCTYPE/ENTITY) som ikke hører "
                            "hjemme i et regneark, og er avvist av sikkerhetshensyn. Lagre den "
                            "på nytt fra Excel."))
                    if m:
                        in_prolog = False
                        prolog = b""
                if extent is not None:
                    extent.feed(chunk)
                    if extent.cells > extent.limit:
                        raise ReadError(path, _extent_reason(extent, info))
        if extent is not None:
            extent.finish()
            if isinstance(extent, XlsxExtent) and extent.uncertain:
                extent = _measure_exactly(z, info)
            if extent.cells > extent.limit:
                raise ReadError(path, _extent_reason(extent, info))
        if (produced > RATIO_MIN_SIZE
                and produced > MAX_PART_RATIO * max(1, info.compress_size)):
            raise ReadError(path, _bomb_reason())


def _measure_exactly(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> XlsxExtent:
    """The worksheet measured tag by tag (it passed the bomb checks the first time)."""
    extent = XlsxExtent(exact=True)
    with z.open(info) as f:
        while chunk := f.read(1 << 20):
            extent.feed(chunk)
            if extent.cells > extent.limit:
                return extent
    extent.finish()
    return extent


def _extent_reason(extent: XlsxExtent | OdsExtent, info: zipfile.ZipInfo) -> Msg:
    # Millions of empty rows packed a thousandfold are a bomb more than a stray cell (the
    # declared size can lie, but not to make a harmless part look like a bomb).
    if info.file_size > max(RATIO_MIN_SIZE, MAX_PART_RATIO * max(1, info.compress_size)):
        return _bomb_reason()
    return extent.reason()


def _bomb_reason() -> Msg:
    return Msg("filen pakker seg ut til unormalt mye data (mulig «zip-bombe») og er avvist "
               "for å beskytte maskinen.")


_WORKSHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")


def _too_big_reason() -> Msg:
    limit = MAX_UNCOMPRESSED_TOTAL
    size = f"{limit / (1 << 30):g} GiB" if limit >= 1 << 30 else f"{limit / (1 << 20):g} MiB"
    return Msg("filen er for stor: innholdet er over {size} når det pakkes ut. Del den opp, "
               "eller eksporter den som CSV.", size=size)


def _ole_is_encrypted(path: Path) -> bool:
    # An encrypted Office 2007+ file is an OLE2 container with these streams; their names
    # sit in the directory as UTF-16LE. A search is enough and needs no OLE parser.
    needle = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as f:
        try:
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
                return m.find(needle) != -1 or m.find("EncryptionInfo".encode("utf-16-le")) != -1
        except ValueError:
            return False
