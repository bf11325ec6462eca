"""LOV002 integreringslov-uten-sluttmaal: lov integreringsloven (incl. kap. 6A),
participated in RY or ended in RY (v2), no sluttmål (reporting years 2021 and later)."""

from __future__ import annotations

from typing import Any

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import INTEGRERING_2021, row
from nir_desktop.core.rules.sources import IMDI_2022, IMDI_2023, REGISTRERING_INTRO

D_ = SheetKind.DELTAKERE
_INTEGRERING_LAWS = (cl.LAW_INTEGRERING, cl.LAW_INTEGRERING_6A)


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    d = ctx.views.get(D_)
    if d is None:
        return []
    out: list[Finding] = []
    # (v2) «scoped» is exactly "participated in RY or ended in RY".
    for p in scoped:
        if p.law in _INTEGRERING_LAWS and not p.sluttmal:
            params: dict[str, Any] = {"lov": p.lov, "year": ctx.year}
            if not ctx.participated(person, p):
                params["variant"] = "avsluttet"
            out.append(ctx.finding("LOV002", d, p.r, "sluttmal", params))
    return out


RULE = register(Rule(
    id="LOV002", name="integreringslov-uten-sluttmaal", severity=Severity.ERROR,
    years=(cl.LAW_RULES_FROM, None),
    title=Text("Sluttmål mangler"),
    messages={
        "default": Text(
            "Sluttmål mangler for en deltaker etter {lov} som deltok i {year}."),
        # (v2) ended in RY without taking part in it (e.g. the last tiltak before RY).
        "avsluttet": Text(
            "Sluttmål mangler for en deltaker etter {lov} som avsluttet programmet i {year}."),
    },
    why=Text(
        "Sluttmålet er en av opplysningene kommunen skal registrere for deltakere etter "
        "integreringsloven, og IMDi har bedt særskilt om at det er registrert for alle som "
        "avsluttet.",
    ),
    fix=Text("Registrer sluttmålet fra deltakerens integreringsplan."),
    citations=(
        REGISTRERING_INTRO.cite(Text(
            "Sluttmålet er blant opplysningene som skal registreres i NIR etter "
            "integreringsloven.")),
        IMDI_2022.cite(Text(
            "Sluttmål er blant opplysningene som skal registreres for introduksjonsprogrammet."),
            "Introduksjonsprogram"),
        IMDI_2023.cite(Text(
            "Sluttmål skal være registrert for alle som avsluttet programmet i året.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "lov"), (D_, "sluttmal")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021]}, Text("Med sluttmål")),
        Example(True, {D_: [row(INTEGRERING_2021, sluttmal=None)]},
                Text("Uten sluttmål"), variant="default"),
        Example(True, {D_: [row(INTEGRERING_2021, sluttmal=None, programstart="01.03.2022",
                                avslutningsdato="30.06.2021")]},
                Text("Avsluttet i året uten å ha deltatt i det"),
                variant="avsluttet"),
    ),
))
