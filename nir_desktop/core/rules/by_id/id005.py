"""ID005 kommunenummer-ugyldig: not 4 digits, or a county prefix that did not exist in RY."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.sources import GENERAL_QUALITY

D_ = SheetKind.DELTAKERE


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    col = view.parsed.get("kommunenummer")
    if col is None:
        return []
    out: list[Finding] = []
    counties = ctx.codes.counties_in(ctx.year)
    n = cl.KOMMUNENUMMER_DIGITS
    for r in rows:
        v = col[r]
        if not v:
            continue
        if len(v) != n or not v.isdigit() or not v.isascii():
            out.append(ctx.finding("ID005", view, r, "kommunenummer",
                                   {"variant": "format", "value": v, "digits": n}))
        elif v[:2] not in counties:
            out.append(ctx.finding("ID005", view, r, "kommunenummer",
                                   {"variant": "county", "value": v, "county": v[:2],
                                    "year": ctx.year}))
    return out


RULE = register(Rule(
    id="ID005", name="kommunenummer-ugyldig", severity=Severity.ERROR,
    title=Text("Ugyldig kommunenummer"),
    messages={
        "format": Text("Kommunenummeret «{value}» har ikke {digits} siffer."),
        "county": Text(
            "Kommunenummeret «{value}» begynner med {county}, som ikke var et fylkesnummer "
            "i {year}.",
        ),
    },
    why=Text(
        "Kommunenummeret viser hvilken kommune som har ansvaret for deltakeren. Numrene ble "
        "endret ved kommune- og regionreformene i 2018, 2020 og 2024, så et gammelt nummer "
        "peker på en kommune som ikke lenger finnes.",
    ),
    fix=Text("Bruk kommunenummeret som gjaldt i rapporteringsåret, med fire siffer (0301 for "
             "Oslo)."),
    citations=(GENERAL_QUALITY,),
    checks=(row_check(check, D_),),
    needs=((D_, "kommunenummer"),),
    examples=(
        Example(False, {D_: [{FNR: A, "kommunenummer": "0301"}]}, Text("Oslo")),
        Example(True, {D_: [{FNR: A, "kommunenummer": "03011"}]}, Text("Fem siffer"),
                variant="format"),
        Example(True, {D_: [{FNR: A, "kommunenummer": "0101"}]},
                Text("Halden før 2020 (Østfold)"), variant="county"),
    ),
))
