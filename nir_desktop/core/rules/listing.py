"""The rule catalogue as users and other tools read it (``python -m nir_desktop rules``),
generated from the registered rules: id, name, severity, years, needs, texts, citations,
examples and thresholds."""

from __future__ import annotations

import json
from typing import Any

from nir_desktop.core.rules.catalogue import SECTIONS, Rule, catalogue

_SEVERITY = {"nb": {"error": "Feil", "warning": "Advarsel", "info": "Info"},
             "en": {"error": "Error", "warning": "Warning", "info": "Info"}}


def rules_for(year: int | None = None) -> list[Rule]:
    """Every registered rule in catalogue order; with ``year`` only those that apply to it."""
    return [r for r in catalogue() if year is None or r.applies_to(year)]


def catalogue_json(year: int | None = None, lang: str = "nb") -> str:
    data: dict[str, Any] = {"year": year, "lang": lang,
                            "rules": [r.to_dict(lang) for r in rules_for(year)]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def catalogue_text(year: int | None = None, lang: str = "nb") -> str:
    en = lang == "en"
    sev = _SEVERITY["en" if en else "nb"]
    rules = rules_for(year)
    title = "NIR-kontroll – rule catalogue" if en else "NIR-kontroll – regelkatalog"
    if year is not None:
        title += f" ({'reporting year' if en else 'rapporteringsår'} {year})"
    out = [title, "=" * len(title), ""]
    for section in SECTIONS:
        members = [r for r in rules if r.section is section]
        if not members:
            continue
        head = section.title.get(lang)
        out += [head, "-" * len(head)]
        for r in members:
            severities = "/".join(sev[s.value] for s in (r.severity, *r.other_severities))
            out.append(f"{r.id} {r.name} ({severities}) – {r.title.get(lang)} · "
                       f"{r.years_label(lang)}")
            out.append(f"  {'Why' if en else 'Hvorfor'}: {r.why.get(lang)}")
            out.append(f"  {'How to fix' if en else 'Slik retter du'}: {r.fix.get(lang)}")
            d = r.to_dict(lang)
            if d["needs"]:
                out.append(f"  {'Needs' if en else 'Trenger'}: " + ", ".join(d["needs"]))
            if d["params"]:
                out.append(f"  {'Thresholds' if en else 'Terskler'}: " + ", ".join(
                    f"{k} = {v}" for k, v in d["params"].items()))
            out.append(f"  {'Sources' if en else 'Kilder'}:")
            for c in r.citations:
                lines = c.lines(lang)
                out.append(f"    - {lines[0]}")
                out += [f"      {line}" for line in lines[1:]]
            examples = [e for e in r.examples if e.caption]
            if examples:
                good, bad = ("Right", "Wrong") if en else ("Riktig", "Feil")
                out.append(f"  {'Examples' if en else 'Eksempler'}: " + "; ".join(
                    f"{bad if e.bad else good}: {e.caption.get(lang)}" for e in examples))
            out.append("")
    n = len(rules)
    out.append(f"{n} rules." if en else f"{n} regler.")
    return "\n".join(out) + "\n"
