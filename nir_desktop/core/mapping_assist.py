"""What the column mapping dialog needs to help a user map a file in a minute.

Best guesses for headers the reader did not recognise (abbreviations such as "Avsl. årsak"
and near misses such as "Fødselsnumer"), a preview of a column's first values, which rules
cannot run while a field is unmapped, and which code values in a file no code list knows.
No Qt here: the dialog and the tests call these directly.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from nir_desktop.core.codelists import CodeLists
from nir_desktop.core.fields import FIELDS, SHEET_TITLES, SheetKind, ValueKind
from nir_desktop.core.fields import Field as FieldDef
from nir_desktop.core.fnr import is_valid as fnr_is_valid
from nir_desktop.core.i18n import Msg, texts
from nir_desktop.core.mapping import suggest_columns
from nir_desktop.core.model import Sheet, Workbook
from nir_desktop.core.normalize import display, fold, fold_code, repair_identifier
from nir_desktop.core.privacy import mask_text

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_FUZZY_CUTOFF = 0.8  # "Kommentar" is not "Kommunenr"; only offered, never applied
# Words that say nothing about which field a column is ("Dato" alone is no guess).
_GENERIC = frozenset({"dato", "timer", "antall", "nr", "nummer", "type", "kode", "fra", "til",
                      "start", "slutt", "per", "pr"})


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(str(text)) if fold(w)]


def _abbreviates(header: str, synonym: str) -> bool:
    """True when every word of ``header`` is the start of a word of ``synonym``, in order,
    or the header's words together abbreviate a one-word synonym ("Avsl. årsak" →
    "Avslutningsårsak", "Fødsels nr." → "Fødselsnummer")."""
    hw = _words(header)
    if not hw or sum(len(w) for w in hw) < 3 or all(w in _GENERIC for w in hw):
        return False
    sw = _words(synonym)
    i = 0
    for w in hw:
        while i < len(sw) and not sw[i].startswith(w):
            i += 1
        if i == len(sw):
            break
        i += 1
    else:
        return True
    # One-word synonym: the header words are pieces of it, in order, the first at its start.
    joined = fold(synonym)
    if not joined.startswith(hw[0]):
        return False
    pos = len(hw[0])
    for w in hw[1:]:
        found = joined.find(w, pos)
        if found < 0:
            return False
        pos = found + len(w)
    return len(hw) > 1


def guess_field(kind: SheetKind, header: str, taken: Iterable[str] = ()) -> str | None:
    """The field a header probably means although it is not a known spelling, or None."""
    if not str(header).strip():
        return None
    taken = set(taken)
    candidates = [f for f in FIELDS[kind] if f.name not in taken]
    for f in candidates:
        if any(_abbreviates(header, s) for s in (f.label_nb, *f.synonyms)):
            return f.name
    key = fold(header)
    if len(key) < 5 or all(w in _GENERIC for w in _words(header)):
        return None
    spellings = {fold(s): f.name for f in candidates for s in (f.label_nb, *f.synonyms)}
    close = difflib.get_close_matches(key, list(spellings), n=1, cutoff=_FUZZY_CUTOFF)
    return spellings[close[0]] if close else None


def guess_columns(sheet: Sheet, kind: SheetKind | None = None,
                  columns: Mapping[str, int] | None = None) -> dict[int, str]:
    """Guesses for the columns not mapped yet: column → field name (each field once).

    ``kind`` and ``columns`` default to the sheet's own; the dialog passes what the user
    has chosen so far. The reader's own suggestions come first.
    """
    kind = kind if kind is not None else sheet.kind
    if kind is None:
        return {}
    columns = dict(sheet.columns if columns is None else columns)
    guesses: dict[int, str] = {}
    if kind == sheet.kind and columns == sheet.columns:
        guesses.update(suggest_columns(sheet))
    used_cols = set(columns.values()) | set(guesses)
    taken = set(columns) | set(guesses.values())
    for c, header in enumerate(sheet.headers):
        if c in used_cols:
            continue
        name = guess_field(kind, header, taken)
        if name is not None:
            guesses[c] = name
            taken.add(name)
    if "fodselsnummer" not in taken:
        c = _fnr_column_by_content(sheet, used_cols | set(guesses))
        if c is not None:
            guesses[c] = "fodselsnummer"
    return guesses


_FNR_SAMPLE = 50  # non-empty values looked at per column
_FNR_SHARE = 0.8  # share of them that must be valid numbers: a few damaged ones are normal


def _fnr_column_by_content(sheet: Sheet, skip: set[int]) -> int | None:
    """The first column whose values are mostly valid fødselsnummer or D-numbers, whatever
    its header says ("Personident", "ID"): the one field without which nothing is checked."""
    for c in range(len(sheet.headers)):
        if c in skip:
            continue
        seen = valid = 0
        for r in range(len(sheet.rows)):
            text = repair_identifier(sheet.raw(r, c))
            if not text:
                continue
            seen += 1
            if len(text) == 10:  # a leading zero lost in a spreadsheet
                text = "0" + text
            valid += fnr_is_valid(text)
            if seen == _FNR_SAMPLE:
                break
        if seen and valid / seen >= _FNR_SHARE:
            return c
    return None


def preview(sheet: Sheet, column: int, n: int = 3, *, mask: bool = True) -> list[str]:
    """The first ``n`` non-empty values of a column as the user sees them (fødselsnumre
    masked unless ``mask`` is False)."""
    out: list[str] = []
    for r in range(len(sheet.rows)):
        text = display(sheet.raw(r, column)).strip()
        if text:
            out.append(mask_text(text) if mask else text)
            if len(out) == n:
                break
    return out


# --- rules that cannot run -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BlockedRule:
    rule: str
    title: str
    missing: tuple[str, ...]  # "Deltakere: Avslutningsårsak" or "arket Tiltak"


def _field_label(kind: SheetKind, name: str, lang: str = "nb") -> str:
    for f in FIELDS[kind]:
        if f.name == name:
            return f.label(lang)
    return name


def rules_blocked(mapping: Mapping[SheetKind, Iterable[str]], year: int,
                  lang: str = "nb") -> list[BlockedRule]:
    """The rules of ``year`` that cannot run with this mapping, and what each lacks.

    ``mapping``: the kinds of the sheets the file has → the fields mapped in each (a sheet
    without fødselsnummer is not checked at all: every rule that reads it lacks that).
    """
    from nir_desktop.core.rules import catalogue

    present = {k: set(v) for k, v in mapping.items() if "fodselsnummer" in set(v)}
    out: list[BlockedRule] = []
    for r in catalogue():
        if not r.applies_to(year):
            continue
        t = texts(lang)
        missing: list[str] = []
        kinds = {k for k, _ in r.needs} | {k for grp in r.needs_any for k, _ in grp}
        for kind in sorted(kinds, key=list(SheetKind).index):
            if kind in mapping and kind not in present:
                missing.append(f"{SHEET_TITLES[kind]}: "
                               f"{_field_label(kind, 'fodselsnummer', lang)}")
            elif kind not in present:
                missing.append(t.gettext("arket {sheet}").format(sheet=SHEET_TITLES[kind]))
        for kind, name in r.needs:
            if kind in present and name not in present[kind]:
                missing.append(f"{SHEET_TITLES[kind]}: {_field_label(kind, name, lang)}")
        for grp in r.needs_any:
            if all(k in present for k, _ in grp) and \
                    not any(n in present[k] for k, n in grp):
                missing.append(t.gettext(" eller ").join(
                    f"{SHEET_TITLES[k]}: {_field_label(k, n, lang)}" for k, n in grp))
        if missing:
            out.append(BlockedRule(r.id, r.title.get(lang), tuple(dict.fromkeys(missing))))
    return out


def workbook_mapping(workbook: Workbook) -> dict[SheetKind, set[str]]:
    """The mapping of an open workbook in the form ``rules_blocked`` takes."""
    return {s.kind: set(s.columns) for s in workbook.sheets if s.kind is not None}


# --- code values no list knows -----------------------------------------------------------


def code_fields(kind: SheetKind) -> list[FieldDef]:
    """The fields of a sheet kind whose values come from a code list."""
    return [f for f in FIELDS[kind] if f.kind is ValueKind.CODE and f.code_list]


def unknown_codes(sheet: Sheet, codes: CodeLists, list_name: str, column: int,
                  limit: int = 50) -> list[str]:
    """Distinct values of a code column that the code list does not know (in the order
    they first appear), for the dialog's value mapping."""
    seen: dict[str, str] = {}
    for r in range(len(sheet.rows)):
        text = display(sheet.raw(r, column)).strip()
        if not text or fold_code(text) in seen:
            continue
        if codes.canonical(list_name, text) is None:
            seen[fold_code(text)] = text
            if len(seen) >= limit:
                break
    return list(seen.values())


# --- when to offer the dialog by itself --------------------------------------------------


def mapping_wanted(workbook: Workbook) -> list[Msg]:
    """Why the column mapping dialog should open by itself after reading (empty: no need).

    A checked sheet without a fødselsnummer column, headers that look like our fields but
    were not recognised, or a workbook in which no sheet was recognised at all. A file
    read with a saved profile is taken as mapped.
    """
    if workbook.profile is not None:
        return []
    reasons: list[Msg] = []
    checked = [s for s in workbook.sheets if s.kind is not None]
    if not checked and any(s.rows for s in workbook.sheets):
        reasons.append(Msg("Ingen av arkene ble gjenkjent som Deltakere, Tiltak eller Norsk."))
    for s in checked:
        if not s.headers:
            continue
        if "fodselsnummer" not in s.columns:
            reasons.append(Msg("Arket «{sheet}» har ingen kolonne for fødselsnummer.",
                               sheet=s.name))
        guesses = guess_columns(s)
        if guesses:
            names = ", ".join(f"«{s.headers[c]}»" for c in sorted(guesses))
            reasons.append(Msg("Arket «{sheet}» har kolonner som ikke ble gjenkjent, men som "
                               "ligner kjente felt: {columns}.", sheet=s.name, columns=names))
    return reasons
