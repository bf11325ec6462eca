"""Law-specific registrations from 2021: LOV001–LOV002."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import IMDI_2021, Example, Rule, Text, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme
from nir_desktop.core.rules.examples import A

D_ = SheetKind.DELTAKERE
_INTRO = {FNR: A, "lov": "Introduksjonsloven", "vedtaksdato": "15.11.2020",
          "programstart": "01.12.2020", "gjennomforingsfrist": "30.11.2022"}
_INTEGRERING = {FNR: A, "lov": "Integreringsloven", "vedtaksdato": "15.02.2021",
                "programstart": "01.03.2021", "gjennomforingsfrist": "28.02.2023",
                "sluttmal": "Arbeid"}

LOV001 = Rule(
    id="LOV001", name="introlov-med-sluttmaal", severity=Severity.WARNING, family="lov",
    years=(cl.LAW_RULES_FROM, None),
    title=Text("Sluttmål eller kontrakt etter introduksjonsloven",
               "Goal or contract under the Introduction Act"),
    messages={"default": Text(
        "{field_label} er registrert for en deltaker etter introduksjonsloven. Det registreres "
        "bare for deltakere etter integreringsloven.",
        "{field_label} is registered for a participant under the Introduction Act. It is only "
        "registered under the Integration Act.",
    )},
    why=Text(
        "Sluttmål og integreringskontrakt kom med integreringsloven i 2021. Deltakere etter "
        "introduksjonsloven skal ikke ha dem, og en slik registrering tyder på at feil lov er "
        "valgt.",
        "Final goal and integration contract came with the Integration Act; under the "
        "Introduction Act they point to the wrong law.",
    ),
    fix=Text(
        "Sjekk hvilken lov personen hører til (bosatt før 2021: introduksjonsloven). Rett "
        "loven, eller fjern sluttmål og kontrakt.",
        "Check which law applies (settled before 2021: Introduction Act); correct the law or "
        "remove the goal and contract.",
    ),
    citation=IMDI_2021,
    needs=((D_, "lov"),),
    needs_any=(((D_, "sluttmal"), (D_, "integreringskontrakt")),),
    examples=(
        Example(False, {D_: [dict(_INTRO, sluttmal=None)]},
                Text("Introduksjonsloven uten sluttmål", "Introduction Act, no goal")),
        Example(True, {D_: [dict(_INTRO, sluttmal="Arbeid")]},
                Text("Introduksjonsloven med sluttmål", "Introduction Act with a goal")),
    ),
)

LOV002 = Rule(
    id="LOV002", name="integreringslov-uten-sluttmaal", severity=Severity.ERROR, family="lov",
    years=(cl.LAW_RULES_FROM, None),
    title=Text("Sluttmål mangler", "Final goal missing"),
    messages={"default": Text(
        "Sluttmål mangler for en deltaker etter {lov} som deltok i {year}.",
        "The final goal is missing for a participant under {lov} who took part in {year}.",
    )},
    why=Text(
        "Etter integreringsloven skal hver deltaker ha et sluttmål, og sluttmålet styrer hvor "
        "lenge programmet kan vare. Uten sluttmål kan ikke programmet vurderes.",
        "Under the Integration Act every participant has a final goal, which sets the length "
        "of the programme.",
    ),
    fix=Text("Registrer sluttmålet fra deltakerens integreringsplan.",
             "Register the final goal from the participant's integration plan."),
    citation=IMDI_2021,
    needs=((D_, "lov"), (D_, "sluttmal")),
    examples=(
        Example(False, {D_: [_INTEGRERING]}, Text("Med sluttmål", "With a goal")),
        Example(True, {D_: [dict(_INTEGRERING, sluttmal=None)]},
                Text("Uten sluttmål", "No goal")),
    ),
)

register(LOV001, LOV002)

_INTEGRERING_LAWS = (cl.LAW_INTEGRERING, cl.LAW_INTEGRERING_6A)


def law_findings(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    if d is None:
        return out
    en = ctx.enabled
    for p in scoped:
        if "LOV001" in en and p.law == cl.LAW_INTRO:
            if p.sluttmal:
                out.append(ctx.finding("LOV001", d, p.r, "sluttmal", {}))
            if p.kontrakt:
                out.append(ctx.finding("LOV001", d, p.r, "integreringskontrakt", {}))
        if "LOV002" in en and p.law in _INTEGRERING_LAWS and not p.sluttmal \
                and ctx.participated(person, p):
            out.append(ctx.finding("LOV002", d, p.r, "sluttmal",
                                   {"lov": p.lov, "year": ctx.year}))
    return out
