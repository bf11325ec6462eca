"""Which sheet is which and which column holds which field, by itself or as the user said.

Automatic recognition folds sheet names and headers (case, spaces, punctuation, æøå) and
compares them with the synonyms in ``fields.py``. A mapping profile is what a user chose
for a file the app did not understand by itself; it is saved as JSON and picked again for
the next file with the same headers.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, ValidationError

from nir_desktop.core.fields import FIELDS, SHEET_SYNONYMS, SheetKind
from nir_desktop.core.fields import Field as FieldDef
from nir_desktop.core.i18n import Msg
from nir_desktop.core.model import ReadNote, Sheet, column_letter
from nir_desktop.core.normalize import fold, fold_code

if TYPE_CHECKING:
    from nir_desktop.core.model import Workbook

PROFILE_SCHEMA_VERSION = 1
CSV_SHEET_KEY = "*"  # a CSV file's one sheet, whatever the file is called



@dataclass(slots=True)
class MappingNote(ReadNote):
    """A note about which sheet or column is which: replaced when the mapping changes."""


# --- automatic recognition ----------------------------------------------------------

_SHEET_INDEX: dict[str, SheetKind] = {
    fold(syn): kind for kind, syns in SHEET_SYNONYMS.items() for syn in syns
}


def _header_index(kind: SheetKind) -> dict[str, str]:
    index: dict[str, str] = {}
    for f in FIELDS[kind]:
        for syn in (f.label_nb, *f.synonyms):
            index.setdefault(fold(syn), f.name)
    return index


_HEADER_INDEX: dict[SheetKind, dict[str, str]] = {k: _header_index(k) for k in FIELDS}
_PARENTHESIS = re.compile(r"\s*[(\[].*?[)\]]\s*$")


def sheet_kind_for(name: str) -> SheetKind | None:
    """The kind of sheet a sheet name stands for, or None for a sheet we do not check."""
    return _SHEET_INDEX.get(fold(name))


def field_for_header(kind: SheetKind, header: str) -> str | None:
    """The field a header names in a sheet of ``kind``, or None."""
    index = _HEADER_INDEX[kind]
    name = index.get(fold(header))
    if name is None:
        # "Fødselsnummer (11 siffer)": a remark in brackets does not change the meaning.
        stripped = _PARENTHESIS.sub("", str(header))
        if stripped and stripped != header:
            name = index.get(fold(stripped))
    return name


def suggest_columns(sheet: Sheet) -> dict[int, str]:
    """Best guesses for the headers nothing was recognised for: column → field name.

    For the mapping dialog's pre-filled choices, never applied by itself: a header that
    contains a known spelling ("Fødselsnummer deltaker") or is close to one ("Fødselsnumer").
    Only fields not mapped yet are suggested, each at most once.
    """
    if sheet.kind is None:
        return {}
    index = _HEADER_INDEX[sheet.kind]
    taken = set(sheet.columns)
    used = set(sheet.columns.values())
    suggestions: dict[int, str] = {}
    for c, header in enumerate(sheet.headers):
        key = fold(header)
        if c in used or len(key) < 3:
            continue
        best = None
        close = difflib.get_close_matches(key, index.keys(), n=3, cutoff=0.8)
        for candidate in close:
            if index[candidate] not in taken:
                best = index[candidate]
                break
        if best is None:
            contained = sorted((k for k in index if len(k) >= 5 and k in key), key=len,
                               reverse=True)
            for candidate in contained:
                if index[candidate] not in taken:
                    best = index[candidate]
                    break
        if best is not None:
            suggestions[c] = best
            taken.add(best)
    return suggestions


_ANY_HEADER: frozenset[str] = frozenset(k for index in _HEADER_INDEX.values() for k in index)
_TITLE_ROWS = 10  # how far down a header row is looked for below title lines
_TITLE_WIDTH = 3  # a title or "Rapporteringsår | 2021" line has at most this many cells


def find_header_index(rows: Sequence[Sequence[object]]) -> int:
    """Which of the first non-empty rows is the header (0 = the first, as usual).

    Reports often start with a title line or two ("Deltakere i introduksjonsprogram",
    "Rapporteringsår: 2021") above the real headers. A later row counts as the header
    only if it has at least two known headers and every row above it is narrow.
    """
    for i, row in enumerate(rows[:_TITLE_ROWS]):
        texts = [str(v) for v in row if v is not None and v != ""]
        known = sum(1 for t in texts if fold(t) in _ANY_HEADER)
        if known >= 2 or (i == 0 and known >= 1):
            return i
        if len(texts) > _TITLE_WIDTH:
            break
    return 0


def recognise_columns(sheet: Sheet) -> list[ReadNote]:
    """Fill ``sheet.columns`` from its headers; notes about duplicated headers."""
    notes: list[ReadNote] = []
    sheet.columns = {}
    if sheet.kind is None:
        return notes
    for c, header in enumerate(sheet.headers):
        if not header or not header.strip():
            continue
        name = field_for_header(sheet.kind, header)
        if name is None:
            continue
        first = sheet.columns.get(name)
        if first is None:
            sheet.columns[name] = c
            continue
        notes.append(MappingNote(Msg(
            "Kolonne {first} («{first_header}») og kolonne {second} («{second_header}») betyr "
            "begge {field}. Kontrollen bruker kolonne {first}; kolonne {second} beholdes "
            "uendret.", first=column_letter(first), first_header=sheet.headers[first],
            second=column_letter(c), second_header=header,
            # The field's label is a catalogue id of its own (core/fields.py).
            field=Msg(_label(sheet.kind, name))),
            sheet=sheet.name, row=sheet.header_row, column=column_letter(c)))
    return notes


def _label(kind: SheetKind, name: str) -> str:
    for f in FIELDS[kind]:
        if f.name == name:
            return f.label_nb
    return name


# --- profiles -------------------------------------------------------------------------


class MappingProfile(BaseModel):
    """A user's mapping for one kind of file, saved as JSON.

    ``sheet_map``: file sheet name → kind (None: do not check this sheet).
    ``columns``: kind → {file header → field name (None: not a field, even if it looks so)}.
    ``value_map``: field → {the file's spelling of a code → the canonical value}.
    """

    name: str
    headers_signature: str = ""
    sheet_map: dict[str, SheetKind | None] = Field(default_factory=dict)
    columns: dict[SheetKind, dict[str, str | None]] = Field(default_factory=dict)
    value_map: dict[str, dict[str, str]] = Field(default_factory=dict)
    schema_version: int = PROFILE_SCHEMA_VERSION


HeadersLike = Mapping[str, Sequence[str]]


def file_headers(workbook: Workbook) -> dict[str, list[str]]:
    """Sheet name → headers as the file has them (CSV: under the key ``*``)."""
    if workbook.format == "csv":
        return {CSV_SHEET_KEY: list(workbook.sheets[0].headers)} if workbook.sheets else {}
    return {s.name: list(s.headers) for s in workbook.sheets}


def headers_signature(headers: Workbook | HeadersLike | Sequence[str]) -> str:
    """A fingerprint of a file's sheet names and headers, blind to order, case and spacing.

    Two monthly exports from the same system get the same signature; the file name (which
    names a CSV's only sheet) plays no part. A plain list of headers is a CSV file's.
    """
    if isinstance(headers, Mapping):
        mapping: HeadersLike = headers
    elif isinstance(headers, list | tuple):
        mapping = {CSV_SHEET_KEY: headers}
    else:
        mapping = file_headers(headers)
    parts = sorted(
        (fold(name) if name != CSV_SHEET_KEY else CSV_SHEET_KEY,
         sorted({fold(h) for h in hs if h and fold(h)}))
        for name, hs in mapping.items()
    )
    payload = json.dumps(parts, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("ascii")).hexdigest()[:32]


def _find_header(headers: Sequence[str], wanted: str) -> int | None:
    for c, h in enumerate(headers):
        if h == wanted:
            return c
    target = fold(wanted)
    if not target:
        return None
    for c, h in enumerate(headers):
        if fold(h) == target:
            return c
    return None


def apply_sheet_map(sheets: Iterable[Sheet], profile: MappingProfile) -> None:
    """Set sheet kinds as the profile says (before columns are recognised)."""
    by_fold = {fold(k): v for k, v in profile.sheet_map.items()}
    for s in sheets:
        if s.name in profile.sheet_map:
            s.kind = profile.sheet_map[s.name]
        elif fold(s.name) in by_fold:
            s.kind = by_fold[fold(s.name)]


def apply_columns(sheet: Sheet, profile: MappingProfile) -> list[ReadNote]:
    """Override the automatic column mapping with the profile's; notes for what is gone."""
    notes: list[ReadNote] = []
    if sheet.kind is None:
        return notes
    wanted = profile.columns.get(sheet.kind)
    if not wanted:
        return notes
    known = {f.name for f in FIELDS[sheet.kind]}
    for header, name in wanted.items():
        c = _find_header(sheet.headers, header)
        if c is None:
            continue
        # Whatever was recognised automatically in this column gives way.
        for other, col in list(sheet.columns.items()):
            if col == c:
                del sheet.columns[other]
        if name is None or name == "":
            continue
        if name not in known:
            notes.append(MappingNote(Msg(
                "Profilen «{profile}» kobler kolonnen «{header}» til et felt som ikke finnes "
                "(«{field}»); koblingen er hoppet over.", profile=profile.name, header=header,
                field=name), sheet=sheet.name))
            continue
        sheet.columns[name] = c
    return notes


def apply_value_map(sheet: Sheet, profile: MappingProfile) -> None:
    """Let the profile's code spellings count as their canonical values (raw cells stay)."""
    if sheet.kind is None:
        return
    names = {f.name for f in FIELDS[sheet.kind]}
    for name, spellings in profile.value_map.items():
        if name in names and spellings:
            sheet.value_map[name] = {fold_code(k): v for k, v in spellings.items()}


def profile_from_workbook(name: str, workbook: Workbook) -> MappingProfile:
    """A profile that says exactly what the workbook's current mapping is.

    The GUI changes the sheets' kinds and columns as the user maps them, then saves this.
    """
    sheet_map: dict[str, SheetKind | None] = {}
    columns: dict[SheetKind, dict[str, str | None]] = {}
    value_map: dict[str, dict[str, str]] = {}
    for s in workbook.sheets:
        if workbook.format != "csv":
            sheet_map[s.name] = s.kind
        if s.kind is None:
            continue
        cols = columns.setdefault(s.kind, {})
        mapped = set(s.columns.values())
        for fname, c in s.columns.items():
            if c < len(s.headers) and s.headers[c]:
                cols[s.headers[c]] = fname
        for c, h in enumerate(s.headers):
            # A header that would be recognised but the user unmapped stays unmapped.
            if h and c not in mapped and field_for_header(s.kind, h) is not None:
                cols[h] = None
        for fname, spellings in s.value_map.items():
            value_map.setdefault(fname, {}).update(spellings)
    return MappingProfile(name=name, headers_signature=headers_signature(workbook),
                          sheet_map=sheet_map, columns=columns, value_map=value_map)


class ProfileError(Exception):
    """A profile that cannot be saved, found or imported; ``message`` is Norwegian."""

    def __init__(self, message: str | Msg) -> None:
        self.message = message  # a core.i18n.Msg: render(message, lang) in the user's language
        super().__init__(message)


class ProfileStore:
    """Mapping profiles as JSON files in one folder (one file per profile)."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    # -- files -------------------------------------------------------------------------
    def _path_for(self, name: str) -> Path:
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", fold(name) or "profil")[:60]
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        return self.directory / f"{slug}-{digest}.json"

    @staticmethod
    def load_file(path: Path | str) -> MappingProfile:
        """A profile from any JSON file (``--profile FILE.json``, import)."""
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            profile = MappingProfile.model_validate(data)
        except FileNotFoundError:
            raise ProfileError(Msg("Finner ikke profilfilen «{file}».", file=p.name)) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as e:
            raise ProfileError(Msg("«{file}» er ikke en gyldig koblingsprofil ({error}).",
                                   file=p.name, error=type(e).__name__)) from None
        if profile.schema_version > PROFILE_SCHEMA_VERSION:
            raise ProfileError(Msg("«{file}» er laget av en nyere versjon av NIR-kontroll. "
                                   "Oppdater programmet for å bruke den.", file=p.name))
        return profile

    @staticmethod
    def _write(path: Path, profile: MappingProfile) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = profile.model_dump_json(indent=2)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".profil-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    # -- the store -----------------------------------------------------------------------
    def list(self) -> list[MappingProfile]:
        """Every readable profile, by name; broken files are skipped."""
        if not self.directory.is_dir():
            return []
        profiles = []
        for p in sorted(self.directory.glob("*.json")):
            with contextlib.suppress(ProfileError):
                profiles.append(self.load_file(p))
        return sorted(profiles, key=lambda pr: pr.name.casefold())

    def names(self) -> list[str]:
        return [p.name for p in self.list()]

    def _locate(self, name: str) -> Path | None:
        p = self._path_for(name)
        if p.is_file():
            return p
        # A file copied in by hand under another file name.
        if self.directory.is_dir():
            for q in self.directory.glob("*.json"):
                try:
                    if self.load_file(q).name == name:
                        return q
                except ProfileError:
                    continue
        return None

    def load(self, name: str) -> MappingProfile:
        p = self._locate(name)
        if p is None:
            raise ProfileError(Msg("Finner ingen koblingsprofil med navnet «{name}».", name=name))
        return self.load_file(p)

    def save(self, profile: MappingProfile) -> Path:
        """Save (or replace) the profile with this name."""
        if not profile.name.strip():
            raise ProfileError(Msg("En koblingsprofil må ha et navn."))
        old = self._locate(profile.name)
        path = self._path_for(profile.name)
        self._write(path, profile)
        if old is not None and old != path:
            old.unlink(missing_ok=True)
        return path

    def rename(self, old: str, new: str) -> MappingProfile:
        if not new.strip():
            raise ProfileError(Msg("En koblingsprofil må ha et navn."))
        if new != old and self._locate(new) is not None:
            raise ProfileError(Msg("Det finnes allerede en koblingsprofil med navnet «{name}».",
                                   name=new))
        profile = self.load(old).model_copy(update={"name": new})
        self.save(profile)
        if new != old:
            self.delete(old)
        return profile

    def delete(self, name: str) -> None:
        p = self._locate(name)
        if p is None:
            raise ProfileError(Msg("Finner ingen koblingsprofil med navnet «{name}».", name=name))
        p.unlink()

    def export(self, name: str, destination: Path | str) -> Path:
        dest = Path(destination)
        self._write(dest, self.load(name))
        return dest

    def import_file(self, source: Path | str, *, replace: bool = True) -> MappingProfile:
        """Add a profile from a JSON file a colleague exported; same name replaces."""
        profile = self.load_file(source)
        if not replace and self._locate(profile.name) is not None:
            raise ProfileError(Msg("Det finnes allerede en koblingsprofil med navnet «{name}».",
                                   name=profile.name))
        self.save(profile)
        return profile

    def find_for(self, headers: Workbook | HeadersLike | Sequence[str]
                 ) -> MappingProfile | None:
        """The saved profile made for files with exactly these sheets and headers."""
        signature = headers_signature(headers)
        for profile in self.list():
            if profile.headers_signature == signature:
                return profile
        return None


# --- what is not mapped -----------------------------------------------------------------


@dataclass(slots=True)
class SheetMappingReport:
    """One sheet's loose ends: file headers we do not use, known fields we did not find."""

    sheet: str
    kind: SheetKind | None
    unmapped_headers: list[tuple[int, str]] = field(default_factory=list)  # (column, header)
    missing_fields: list[FieldDef] = field(default_factory=list)

    @property
    def missing_required(self) -> list[FieldDef]:
        return [f for f in self.missing_fields if f.required]


def unmapped_report(workbook: Workbook) -> list[SheetMappingReport]:
    """Per sheet, the headers not mapped to a field and the fields not found in it.

    A name given as Fornavn + Etternavn is not reported missing as Navn, nor the other way.
    """
    reports = []
    for s in workbook.sheets:
        used = set(s.columns.values())
        report = SheetMappingReport(sheet=s.name, kind=s.kind)
        report.unmapped_headers = [(c, h) for c, h in enumerate(s.headers)
                                   if h and h.strip() and c not in used]
        if s.kind is not None:
            has = s.columns
            for f in FIELDS[s.kind]:
                if f.name in has:
                    continue
                if f.name == "navn" and "fornavn" in has and "etternavn" in has:
                    continue
                if f.name in ("fornavn", "etternavn") and "navn" in has:
                    continue
                report.missing_fields.append(f)
        reports.append(report)
    return reports
