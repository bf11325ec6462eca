"""INT001 tiltak-mangler: participated in RY, the registrable part in RY is not empty,
and no tiltak overlaps it."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import (
    EXTENDED_2018,
    INTEGRERING_2021,
    NORSK_TILTAK_2021,
    A,
)
from nir_desktop.core.rules.sources import IMDI_2021

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    if d is None or person.tiltak_unknown:
        return out
    regs = ctx.registrable_parts(person, scoped)
    for p in scoped:
        reg = regs.get(p.r)
        if reg is None:
            continue
        if not any(overlaps(x.start, x.end, reg[0], reg[1]) for x in person.tiltak):
            out.append(ctx.finding("INT001", d, p.r, FNR,
                                   {"from_date": reg[0], "to_date": reg[1], "year": ctx.year}))
    return out


RULE = register(Rule(
    id="INT001", name="tiltak-mangler", severity=Severity.ERROR,
    title=Text("Tiltak mangler", "Measure missing"),
    messages={"default": Text(
        "Ingen tiltak er registrert for {from_date}–{to_date}, da personen var i "
        "introduksjonsprogram i {year}.",
        "No measure is registered for {from_date}–{to_date}, while the person was in the "
        "introduction programme in {year}.",
    )},
    why=Text(
        "Tiltakene viser hva deltakeren faktisk har gjort i programmet, og tallene for "
        "deltakelse bygger på dem. En periode uten tiltak ser ut som et program uten innhold.",
        "The measures show what the participant did; participation figures are built on them.",
    ),
    fix=Text(
        "Registrer tiltakene personen deltok i, under fanen «Deltakelse Intro» i NIR eller i "
        "fagsystemet, med riktige fra- og til-datoer.",
        "Register the measures under «Deltakelse Intro» in NIR or in the case system.",
    ),
    citations=(IMDI_2021,),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (T_, FNR), (T_, "startdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021], T_: [NORSK_TILTAK_2021]},
                Text("Tiltak fra start", "Measure")),
        Example(False, {D_: [EXTENDED_2018], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                                   "startdato": "01.01.2018",
                                                   "sluttdato": "31.12.2020"}]},
                Text("Utvidet program utover 3 år: unntatt", "Extended beyond 3 years: exempt")),
        Example(True, {D_: [INTEGRERING_2021], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                                     "startdato": "01.01.2022"}]},
                Text("Første tiltak først i 2022", "First measure only in 2022")),
    ),
))
