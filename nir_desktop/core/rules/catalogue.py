"""The rule catalogue: what each rule is, says and rests on, as data.

One ``Rule`` per id holds everything a user or another tool reads about it: short name,
severity, years, the fields it needs, its message templates (bokmål, named
placeholders), the explanation (why it matters, how to fix), the sources it rests on,
good/bad examples that the tests run through the engine, its thresholds and cut-off
dates (``params``) and its check functions, each with a declared scope (row, person,
file). Every rule lives in its own module, ``by_id/<id>.py``, which registers it on
import; the engine only loops over the registered rules.

Every text a user reads is written here in bokmål and translated where it is shown, through
the one text catalogue (``nir_desktop.core.i18n``; the en and nn entries live in
``resources/locale/<lang>/LC_MESSAGES/nir_desktop.po``). ``Text("…")`` marks such a text for
the extractor; its bokmål source is the message id.
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
from nir_desktop.core.i18n import N_, texts


@dataclass(frozen=True, slots=True)
class Text:
    """A text a user reads, in bokmål (the catalogue's message id); ``get`` translates it."""

    nb: str
    plural: str | None = None  # the bokmål plural of a message whose words follow a number
    count: str = "count"  # the placeholder whose number picks singular or plural

    def get(self, lang: str, n: int | None = None) -> str:
        """The text in ``lang``; a message with a plural in the form for ``n`` (the plural
        when there is no number: the catalogue shows the template)."""
        if self.plural is None:
            return texts(lang).gettext(self.nb)
        return texts(lang).ngettext(self.nb, self.plural, 2 if n is None else n)


def Plural(singular: str, plural: str, count: str = "count") -> Text:
    """A message whose words follow the number in placeholder ``count`` («1 dag», «2
    dager»): ``ngettext`` in every language. The extractor knows ``Plural`` (two messages)
    next to ``Text`` (one)."""
    return Text(singular, plural, count)


@dataclass(frozen=True, slots=True)
class Citation:
    title: str
    url: str | None = None
    updated: str | None = None  # the page's "sist oppdatert" date, as the page writes it
    note: Text | None = None  # what a source without an address is, or how to find it
    section: str | None = None  # the part of the page the rule rests on
    says: Text | None = None  # in our own words, one sentence: what the source says

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
        t = texts(lang)
        out = [self.title]
        if self.updated:
            out.append(t.gettext("Sist oppdatert {date}").format(date=self.updated))
        if self.url:
            out.append(t.gettext("Adresse: {url}").format(url=self.url))
        if self.section:
            out.append(t.gettext("Avsnitt: «{section}»").format(section=self.section))
        if self.says:
            out.append(t.gettext("Hva kilden sier: {says}").format(says=self.says.get(lang)))
        if self.note:
            out.append(self.note.get(lang))
        return out

    def to_dict(self, lang: str = "nb") -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "updated": self.updated,
                "section": self.section, "says": self.says.get(lang) if self.says else None,
                "note": self.note.get(lang) if self.note else ""}

    def cite(self, says: Text, section: str | None = None) -> Citation:
        """This source with what a particular rule rests on in it."""
        return Citation(self.title, self.url, self.updated, self.note,
                        section if section is not None else self.section, says)


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
            return texts(lang).gettext("alle år")
        first, last = self.years
        if last is None:
            return texts(lang).gettext("{first} og senere").format(first=first)
        return str(first) if first == last else f"{first}–{last}"

    def placeholders(self, variant: str, lang: str = "nb") -> set[str]:
        text = self.messages[variant].get(lang)
        return {n for _, n, _, _ in string.Formatter().parse(text) if n}

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
    Section("identity", Text("Identitet og struktur"),
            ("ID", "REF", "DAT", "KODE")),
    Section("participation", Text("Deltakelse"), ("INT",)),
    Section("ending", Text("Avslutning av programmet"), ("AVS",)),
    Section("law", Text("Lovspesifikt"), ("LOV",)),
    Section("covid", Text("Midlertidig lov under covid-19"),
            ("COV",)),
    Section("norsk", Text("Norsk og samfunnskunnskap etter integreringsloven"), ("NOR",)),
    Section("kap6a", Text("Kap. 6A i tid"), ()),
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
    # The field labels' English stays in the field catalogue (core/fields.py) until it
    # moves to the text catalogue; other languages translate the bokmål label there.
    return en if lang == "en" else texts(lang).gettext(nb)


# An open end of a period, as a message shows it ({to_date}: «01.03.2021–åpen»).
_OPEN = N_("åpen")


def _format_value(key: str, value: Any, lang: str) -> str:
    if key.endswith("_field"):
        return field_label(value, lang)
    if value is None:
        return texts(lang).gettext(_OPEN)
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
    n = finding.params.get(text.count)
    template = text.get(lang, n if isinstance(n, int) else None)
    values = render_params(finding, lang)
    mapping = _Strict(values) if strict else _Lenient(values)
    return template.format_map(mapping)


def _missing_label(item: str, lang: str) -> str:
    kind, _, name = item.partition(".")
    title = SHEET_TITLES[SheetKind(kind)] if kind in SheetKind._value2member_map_ else kind
    return f"{field_label(name, lang)} ({title})" if name else title


def render_not_checked(nc: NotChecked, lang: str = "nb") -> str:
    """'Ikke kontrollert: trenger kolonnen Avslutningsårsak (Deltakere)'."""
    t = texts(lang)
    cols: list[str] = []
    sheets: list[str] = []
    for item in nc.missing:
        alternatives = [_missing_label(a, lang) for a in item.split("|")]
        if "." not in item:
            sheets.append(alternatives[0])
        else:
            either = alternatives[0]
            for other in alternatives[1:]:
                either = t.gettext("{first} eller {second}").format(first=either, second=other)
            cols.append(either)
    parts = []
    if sheets:
        parts.append(t.ngettext("arket {names}", "arkene {names}", len(sheets))
                     .format(names=", ".join(sheets)))
    if cols:
        parts.append(t.ngettext("kolonnen {names}", "kolonnene {names}", len(cols))
                     .format(names=", ".join(cols)))
    needs = t.gettext("{first} og {second}").format(first=parts[0], second=parts[1]) \
        if len(parts) == 2 else "".join(parts)
    return t.gettext("{rule} ikke kontrollert: trenger {needs}").format(rule=nc.rule,
                                                                         needs=needs)


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
