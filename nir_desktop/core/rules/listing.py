"""The rule catalogue as users and other tools read it (``python -m nir_desktop rules``),
generated from the registered rules: id, name, severity, years, needs, texts, citations,
examples and thresholds, in bokmål, nynorsk or English (the text catalogue)."""

from __future__ import annotations

import json
from typing import Any

from nir_desktop.core.i18n import texts
from nir_desktop.core.rules.catalogue import SECTIONS, Rule, catalogue


def severity_label(severity: str, lang: str = "nb") -> str:
    t = texts(lang)
    labels = {"error": t.pgettext("alvor", "Feil"),
              "warning": t.pgettext("alvor", "Advarsel"),
              "info": t.pgettext("alvor", "Info")}
    return labels[severity]


def rules_for(year: int | None = None) -> list[Rule]:
    """Every registered rule in catalogue order; with ``year`` only those that apply to it."""
    return [r for r in catalogue() if year is None or r.applies_to(year)]


def catalogue_json(year: int | None = None, lang: str = "nb") -> str:
    data: dict[str, Any] = {"year": year, "lang": lang,
                            "rules": [r.to_dict(lang) for r in rules_for(year)]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def catalogue_text(year: int | None = None, lang: str = "nb") -> str:
    t = texts(lang)
    rules = rules_for(year)
    if year is None:
        title = t.gettext("NIR-kontroll – regelkatalog")
    else:
        title = t.gettext("NIR-kontroll – regelkatalog (rapporteringsår {year})").format(
            year=year)
    out = [title, "=" * len(title), ""]
    for section in SECTIONS:
        members = [r for r in rules if r.section is section]
        if not members:
            continue
        head = section.title.get(lang)
        out += [head, "-" * len(head)]
        for r in members:
            severities = "/".join(severity_label(s.value, lang)
                                  for s in (r.severity, *r.other_severities))
            out.append(f"{r.id} {r.name} ({severities}) – {r.title.get(lang)} · "
                       f"{r.years_label(lang)}")
            out.append("  " + t.gettext("Hvorfor: {text}").format(text=r.why.get(lang)))
            out.append("  " + t.gettext("Slik retter du: {text}").format(text=r.fix.get(lang)))
            d = r.to_dict(lang)
            if d["needs"]:
                out.append("  " + t.gettext("Trenger: {fields}").format(
                    fields=", ".join(d["needs"])))
            if d["params"]:
                out.append("  " + t.gettext("Terskler: {values}").format(values=", ".join(
                    f"{k} = {v}" for k, v in d["params"].items())))
            out.append("  " + t.gettext("Kilder:"))
            for c in r.citations:
                lines = c.lines(lang)
                out.append(f"    - {lines[0]}")
                out += [f"      {line}" for line in lines[1:]]
            examples = [e for e in r.examples if e.caption]
            if examples:
                good = t.gettext("Riktig: {caption}")
                bad = t.gettext("Feil: {caption}")
                out.append("  " + t.gettext("Eksempler: {examples}").format(examples="; ".join(
                    (bad if e.bad else good).format(caption=e.caption.get(lang))
                    for e in examples)))
            out.append("")
    n = len(rules)
    out.append(t.ngettext("{n} regel.", "{n} regler.", n).format(n=n))
    return "\n".join(out) + "\n"
