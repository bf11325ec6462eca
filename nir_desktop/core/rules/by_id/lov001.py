"""LOV001 introlov-med-sluttmaal: lov introduksjonsloven and sluttmål or
integreringskontrakt registered (reporting years 2021 and later)."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import FNR, A, row
from nir_desktop.core.rules.sources import IMDI_2022, NY_INTEGRERINGSLOV

D_ = SheetKind.DELTAKERE
_INTRO = {FNR: A, "lov": "Introduksjonsloven", "vedtaksdato": "15.11.2020",
          "programstart": "01.12.2020", "gjennomforingsfrist": "30.11.2022"}


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    if d is None:
        return out
    for p in scoped:
        if p.law != cl.LAW_INTRO:
            continue
        if p.sluttmal:
            out.append(ctx.finding("LOV001", d, p.r, "sluttmal", {}))
        if p.kontrakt:
            out.append(ctx.finding("LOV001", d, p.r, "integreringskontrakt", {}))
    return out


RULE = register(Rule(
    id="LOV001", name="introlov-med-sluttmaal", severity=Severity.WARNING,
    years=(cl.LAW_RULES_FROM, None),
    title=Text("Sluttmål eller kontrakt etter introduksjonsloven"),
    messages={"default": Text(
        "{field_label} er registrert for en deltaker etter introduksjonsloven. Det registreres "
        "bare for deltakere etter integreringsloven.",
    )},
    why=Text(
        "Sluttmål og integreringskontrakt registreres bare for deltakere etter "
        "integreringsloven. Deltakere etter introduksjonsloven skal ikke ha dem, og en slik "
        "registrering tyder på at feil lov er valgt.",
    ),
    fix=Text(
        "Sjekk hvilken lov personen hører til. Rett loven, eller fjern sluttmål og kontrakt.",
    ),
    citations=(
        IMDI_2022.cite(Text(
            "Sluttmål og integreringskontrakt registreres ikke for personer etter "
            "introduksjonsloven."), "Introduksjonsprogram"),
        NY_INTEGRERINGSLOV.cite(Text(
            "NIR tar imot sluttmål og integreringskontrakt for personer etter "
            "integreringsloven fra mars 2021.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "lov"),),
    needs_any=(((D_, "sluttmal"), (D_, "integreringskontrakt")),),
    examples=(
        Example(False, {D_: [row(_INTRO, sluttmal=None)]},
                Text("Introduksjonsloven uten sluttmål")),
        Example(True, {D_: [row(_INTRO, sluttmal="Arbeid")]},
                Text("Introduksjonsloven med sluttmål")),
    ),
))
