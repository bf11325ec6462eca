"""The rule catalogue: what each rule is, says and rests on, as data.

One ``Rule`` per id holds everything a user or another tool reads about it: short name,
severity, years, the fields it needs, its message templates (nb + en, named
placeholders), the explanation (why it matters, how to fix), the sources it rests on,
good/bad examples that the tests run through the engine, its thresholds and cut-off
dates (``params``) and its check functions, each with a declared scope (row, person,
file). Every rule lives in its own module, ``by_id/<id>.py``, which registers it on
import; the engine only loops over the registered rules.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from nir_desktop.core.fields import FIELDS, SHEET_TITLES, SheetKind
from nir_desktop.core.findings import Finding, NotChecked, Severity


@dataclass(frozen=True, slots=True)
class Text:
    nb: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nb


@dataclass(frozen=True, slots=True)
class Citation:
    title: str
    url: str | None = None
    updated: str | None = None  # the page's "sist oppdatert" date, as the page writes it
    note_nb: str = ""
    section: str | None = None  # the part of the page the rule rests on
    says: Text | None = None  # in our own words, one sentence: what the source says
    note_en: str = ""

    def render(self) -> str:
        parts = [self.title]
        if self.url:
            parts.append(self.url)
        if self.updated:
            parts.append(f"sist oppdatert {self.updated}")
        if self.section:
            parts.append(f"avsnitt «{self.section}»")
        return ", ".join(parts)

    def lines(self, lang: str = "nb") -> list[str]:
        """The citation as the catalogue window, the explanation panel and ``rules`` show
        it: title, date, address, section, and what the source says (or the note)."""
        en = lang == "en"
        out = [self.title]
        if self.updated:
            out.append(("Last updated " if en else "Sist oppdatert ") + self.updated)
        if self.url:
            out.append(("Address: " if en else "Adresse: ") + self.url)
        if self.section:
            out.append(("Section: «" if en else "Avsnitt: «") + self.section + "»")
        if self.says:
            out.append(("What it says: " if en else "Hva kilden sier: ") + self.says.get(lang))
        if self.note_nb:
            out.append(self.note(lang))
        return out

    def to_dict(self, lang: str = "nb") -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "updated": self.updated,
                "section": self.section, "says": self.says.get(lang) if self.says else None,
                "note": self.note(lang)}

    def note(self, lang: str = "nb") -> str:
        return self.note_en if lang == "en" and self.note_en else self.note_nb

    def cite(self, says: Text, section: str | None = None) -> Citation:
        """This source with what a particular rule rests on in it."""
        return Citation(self.title, self.url, self.updated, self.note_nb,
                        section if section is not None else self.section, says, self.note_en)


Rows = dict[SheetKind, list[dict[str, Any]]]

EXAMPLE_TODAY = date(2022, 2, 1)


@dataclass(frozen=True, slots=True)
class Example:
    """A small workbook (field → cell text per row) that must (bad) or must not (good)
    raise the rule. The catalogue window shows these; the tests run them."""

    bad: bool
    rows: Rows
    caption: Text
    year: int = 2021
    today: date = EXAMPLE_TODAY
    variant: str | None = None  # the message variant a bad example produces


class Scope(StrEnum):
    """What one call of a check looks at."""

    ROW = "row"  # some rows of one sheet, each on its own
    PERSON = "person"  # everything of one person (all sheets, by fødselsnummer)
    FILE = "file"  # the whole file (kept current after an edit by a FileState)


@dataclass(frozen=True, slots=True)
class Check:
    """A rule's check function and its scope.

    - ROW: ``fn(ctx, view, rows) -> list[Finding]`` for the sheets in ``sheets``
      (empty: every checked sheet).
    - PERSON: ``fn(ctx, person, scoped) -> list[Finding]``; ``scoped`` are the person's
      programmes in scope for RY. Called only when ``scoped`` is not empty, unless
      ``every_person`` (identity rules look at every row).
    - FILE: ``fn(ctx) -> FileState``, an object with ``run_all() -> list[Finding]`` and
      ``recheck(change) -> (removed, added)`` for one edited row.
    """

    scope: Scope
    fn: Callable[..., Any]
    sheets: tuple[SheetKind, ...] = ()
    every_person: bool = False


def row_check(fn: Callable[..., Any], *sheets: SheetKind) -> Check:
    return Check(Scope.ROW, fn, tuple(sheets))


def person_check(fn: Callable[..., Any], *, every_person: bool = False) -> Check:
    return Check(Scope.PERSON, fn, every_person=every_person)


def file_check(factory: Callable[..., Any]) -> Check:
    return Check(Scope.FILE, factory)


Field = tuple[SheetKind, str]


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    id: str
    name: str  # the short name from the rule catalogue, e.g. "fnr-ugyldig"
    severity: Severity
    title: Text
    messages: dict[str, Text]  # variant → template with named placeholders
    why: Text
    fix: Text
    citations: tuple[Citation, ...]
    examples: tuple[Example, ...]
    checks: tuple[Check, ...] = ()
    needs: tuple[Field, ...] = ()
    # Groups of which at least one field must be present, e.g. (utvidet, forsterket).
    needs_any: tuple[tuple[Field, ...], ...] = ()
    # Such groups needed only in some reporting years: ((first, last), group).
    needs_any_in: tuple[tuple[tuple[int, int], tuple[Field, ...]], ...] = ()
    years: tuple[int, int | None] | None = None  # first and last reporting year; None = all
    other_severities: tuple[Severity, ...] = ()  # variants with another severity
    family: str = ""
    # Thresholds, year lists and cut-off dates the check and its message use.
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    uses_norsk_periods: bool = False  # the person checks read the Norsk sheet's periods
    # Named as "not checked" for a sheet that has no fødselsnummer column.
    reports_sheets_without_fnr: bool = False

    @property
    def citation(self) -> Citation:
        """The first (main) source."""
        return self.citations[0]

    def needs_any_for(self, year: int) -> list[tuple[Field, ...]]:
        return [*self.needs_any, *(g for (a, b), g in self.needs_any_in if a <= year <= b)]

    @property
    def section(self) -> Section:
        return section_of(self)

    def applies_to(self, year: int) -> bool:
        if self.years is None:
            return True
        first, last = self.years
        return year >= first and (last is None or year <= last)

    @property
    def years_text(self) -> str:
        return self.years_label("nb")

    def years_label(self, lang: str = "nb") -> str:
        if self.years is None:
            return "all years" if lang == "en" else "alle år"
        first, last = self.years
        if last is None:
            return f"{first} and later" if lang == "en" else f"{first} og senere"
        return str(first) if first == last else f"{first}–{last}"

    def placeholders(self, variant: str) -> set[str]:
        names: set[str] = set()
        for text in (self.messages[variant].nb, self.messages[variant].en):
            names |= {n for _, n, _, _ in string.Formatter().parse(text) if n}
        return names

    def to_dict(self, lang: str = "nb") -> dict[str, Any]:
        """Everything the catalogue window (Hjelp → Regler) and the JSON docs show."""
        return {
            "id": self.id,
            "name": self.name,
            "severity": self.severity.value,
            "title": self.title.get(lang),
            "years": self.years_label(lang),
            "needs": [f"{SHEET_TITLES[k]}: {field_label(f, lang)}" for k, f in self.needs],
            "messages": {k: v.get(lang) for k, v in self.messages.items()},
            "why": self.why.get(lang),
            "fix": self.fix.get(lang),
            "severities": [self.severity.value, *(s.value for s in self.other_severities)],
            "years_range": list(self.years) if self.years else None,
            "section": self.section.title.get(lang),
            "citation": self.citation.to_dict(lang),
            "citations": [c.to_dict(lang) for c in self.citations],
            "params": {k: (v.isoformat() if isinstance(v, date) else v)
                       for k, v in self.params.items()},
            "examples": [
                {"bad": e.bad, "caption": e.caption.get(lang), "year": e.year,
                 "rows": {SHEET_TITLES[k]: v for k, v in e.rows.items()}}
                for e in self.examples
            ],
        }


@dataclass(frozen=True, slots=True)
class Section:
    """A section of the rule catalogue (shared/spec/rules.md), in the catalogue's order;
    its rules follow the order of ``prefixes`` and then their number."""

    key: str
    title: Text
    prefixes: tuple[str, ...]


SECTIONS = (
    Section("identity", Text("Identitet og struktur", "Identity and structure"),
            ("ID", "REF", "DAT", "KODE")),
    Section("participation", Text("Deltakelse", "Participation"), ("INT",)),
    Section("ending", Text("Avslutning av programmet", "Ending the programme"), ("AVS",)),
    Section("law", Text("Lovspesifikt", "Law-specific"), ("LOV",)),
    Section("covid", Text("Midlertidig lov under covid-19", "Covid-19 temporary law"),
            ("COV",)),
    Section("norsk", Text("Norsk og samfunnskunnskap etter integreringsloven",
                          "Norwegian and social studies under the Integration Act"), ("NOR",)),
    Section("kap6a", Text("Kap. 6A i tid", "Chapter 6A in time"), ()),
)
_SECTION_BY_KEY = {s.key: s for s in SECTIONS}
_ID = re.compile(r"([A-Z]+)(\d+)")


def section_of(r: Rule) -> Section:
    if r.family in _SECTION_BY_KEY:
        return _SECTION_BY_KEY[r.family]
    prefix = _ID.fullmatch(r.id).group(1)  # type: ignore[union-attr]
    return next((s for s in SECTIONS if prefix in s.prefixes), SECTIONS[0])


def _order_key(r: Rule) -> tuple[int, int, int, str]:
    m = _ID.fullmatch(r.id)
    prefix, number = (m.group(1), int(m.group(2))) if m else (r.id, 0)
    sec = section_of(r)
    rank = sec.prefixes.index(prefix) if prefix in sec.prefixes else len(sec.prefixes)
    return (SECTIONS.index(sec), rank, number, r.id)


RULES: dict[str, Rule] = {}
_ORDER: list[Rule] = []


def register(*rules: Rule) -> Rule:
    """Add rules to the catalogue (a rule module calls this on import); returns the last."""
    for r in rules:
        if r.id in RULES:
            raise ValueError(f"rule {r.id} defined twice")
        if not _ID.fullmatch(r.id):
            raise ValueError(f"rule id {r.id!r} is not PREFIX + number")
        if not r.checks:
            raise ValueError(f"rule {r.id} has no check")
        RULES[r.id] = r
    _ORDER[:] = sorted(RULES.values(), key=_order_key)
    return rules[-1]


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]


def rule_rank(rule_id: str) -> int:
    """The rule's place in the catalogue (unknown ids last)."""
    r = RULES.get(rule_id)
    return _ORDER.index(r) if r is not None else len(_ORDER)


def catalogue() -> list[Rule]:
    """Every rule, in the order of the rule catalogue (sections, then id)."""
    return list(_ORDER)


# --- rendering -----------------------------------------------------------------------

_LABELS: dict[str, tuple[str, str]] = {}
for _fields in FIELDS.values():
    for _f in _fields:
        _LABELS.setdefault(_f.name, (_f.label_nb, _f.label_en))


def field_label(name: str | None, lang: str = "nb") -> str:
    if name is None:
        return ""
    nb, en = _LABELS.get(name, (name, name))
    return en if lang == "en" else nb


_OPEN = {"nb": "åpen", "en": "open"}


def _format_value(key: str, value: Any, lang: str) -> str:
    if key.endswith("_field"):
        return field_label(value, lang)
    if value is None:
        return _OPEN["en" if lang == "en" else "nb"]
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


class _Strict(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


class _Lenient(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_params(finding: Finding, lang: str = "nb") -> dict[str, str]:
    values = {k: _format_value(k, v, lang) for k, v in finding.params.items() if k != "variant"}
    values.setdefault("field_label", field_label(finding.field, lang))
    values.setdefault("sheet", finding.sheet or "")
    return values


def render(finding: Finding, lang: str = "nb", *, strict: bool = False) -> str:
    """The finding's message in the user's language. ``strict`` raises on a missing
    placeholder (the tests use it); otherwise the placeholder is shown as is."""
    r = RULES[finding.rule]
    variant = finding.params.get("variant", "default")
    text = r.messages.get(variant)
    if text is None:
        if strict:
            raise KeyError(f"{finding.rule}: no message variant {variant!r}")
        text = next(iter(r.messages.values()))
    template = text.get(lang)
    values = render_params(finding, lang)
    mapping = _Strict(values) if strict else _Lenient(values)
    return template.format_map(mapping)


def _missing_label(item: str, lang: str) -> str:
    kind, _, name = item.partition(".")
    title = SHEET_TITLES[SheetKind(kind)] if kind in SheetKind._value2member_map_ else kind
    return f"{field_label(name, lang)} ({title})" if name else title


def render_not_checked(nc: NotChecked, lang: str = "nb") -> str:
    """'Ikke kontrollert: trenger kolonnen Avslutningsårsak (Deltakere)'."""
    cols: list[str] = []
    sheets: list[str] = []
    for item in nc.missing:
        alternatives = [_missing_label(a, lang) for a in item.split("|")]
        if "." not in item:
            sheets.append(alternatives[0])
        else:
            cols.append((" or " if lang == "en" else " eller ").join(alternatives))
    if lang == "en":
        parts = []
        if sheets:
            parts.append(("the sheet " if len(sheets) == 1 else "the sheets ") + ", ".join(sheets))
        if cols:
            parts.append(("the column " if len(cols) == 1 else "the columns ") + ", ".join(cols))
        return f"{nc.rule} not checked: needs " + " and ".join(parts)
    parts = []
    if sheets:
        parts.append(("arket " if len(sheets) == 1 else "arkene ") + ", ".join(sheets))
    if cols:
        parts.append(("kolonnen " if len(cols) == 1 else "kolonnene ") + ", ".join(cols))
    return f"{nc.rule} ikke kontrollert: trenger " + " og ".join(parts)


def finding_to_dict(finding: Finding, lang: str = "nb") -> dict[str, Any]:
    """A finding as the JSON report writes it (schema from the issue)."""
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "sheet": finding.sheet,
        "row": finding.row,
        "column": finding.column_letter,
        "field": finding.field,
        "person": finding.person,
        "message": render(finding, lang),
        "suggestion": finding.suggestion,
    }
