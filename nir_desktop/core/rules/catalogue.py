"""The rule catalogue: what each rule is, says and rests on, as data.

One ``Rule`` per id holds everything a user or another tool reads about it: short name,
severity, years, the fields it needs, its message templates (nb + en, named
placeholders), the explanation (why it matters, how to fix), the guidance it rests on
and good/bad examples that the tests run through the engine. The check logic lives in
the family modules next to this one; the engine refuses a rule without a catalogue
entry and the catalogue test refuses the other way round.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
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

    def render(self) -> str:
        parts = [self.title]
        if self.url:
            parts.append(self.url)
        if self.updated:
            parts.append(f"sist oppdatert {self.updated}")
        return ", ".join(parts)


IMDI_2021 = Citation(
    "Frist for å ajourføre data i NIR for 2021",
    "https://www.imdi.no/arkiv/arkiverte-nyheter/nyheter-2022/frist-for-a-ajourfore-data-i-nir-for-2021/",
    "3. januar 2022",
)
GENERAL_QUALITY = Citation(
    "Generell datakvalitet",
    note_nb="Bygger på hvordan nummeret er oppbygd, ikke på en egen veiledning fra IMDi.",
)
INPUT_FORMAT = Citation(
    "Generell datakvalitet",
    note_nb="Bygger på kravene til innholdet i eksportfilen (datoer og kodeverdier).",
)


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


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str  # the short name from the rule catalogue, e.g. "fnr-ugyldig"
    severity: Severity
    title: Text
    messages: dict[str, Text]  # variant → template with named placeholders
    why: Text
    fix: Text
    citation: Citation
    examples: tuple[Example, ...]
    needs: tuple[tuple[SheetKind, str], ...] = ()
    # Groups of which at least one field must be present, e.g. (utvidet, forsterket).
    needs_any: tuple[tuple[tuple[SheetKind, str], ...], ...] = ()
    years: tuple[int, int | None] | None = None  # first and last reporting year; None = all
    other_severities: tuple[Severity, ...] = ()  # variants with another severity
    family: str = ""

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
            "citation": {"title": self.citation.title, "url": self.citation.url,
                         "updated": self.citation.updated, "note": self.citation.note_nb},
            "examples": [
                {"bad": e.bad, "caption": e.caption.get(lang), "year": e.year,
                 "rows": {SHEET_TITLES[k]: v for k, v in e.rows.items()}}
                for e in self.examples
            ],
        }


RULES: dict[str, Rule] = {}


def register(*rules: Rule) -> None:
    for r in rules:
        if r.id in RULES:
            raise ValueError(f"rule {r.id} defined twice")
        RULES[r.id] = r


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]


# The order of the rule catalogue (shared/spec/rules.md): summaries and the help list it.
# KODE002 is our own addition (see dates_codes.py), listed next to KODE001.
RULE_ORDER = ("ID001", "ID002", "ID003", "ID004", "ID005", "ID006", "REF001", "DAT001",
              "DAT002", "DAT003", "KODE001", "KODE002", "INT001", "INT002", "INT003", "INT004",
              "INT005", "AVS001", "AVS002", "AVS003", "AVS004", "AVS005", "LOV001", "LOV002",
              "LOV003", "COV001", "COV002", "COV003", "NOR001", "NOR002", "NOR003", "NOR004",
              "NOR005", "NOR006", "NOR007", "NOR008", "LOV004")


def rule_rank(rule_id: str) -> int:
    try:
        return RULE_ORDER.index(rule_id)
    except ValueError:
        return len(RULE_ORDER)


def catalogue() -> list[Rule]:
    """Every rule, in the order of the rule catalogue."""
    return sorted(RULES.values(), key=lambda r: rule_rank(r.id))


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
