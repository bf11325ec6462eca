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
from nir_desktop.core.rules.sources import IMDI_2021, IMDI_2022, REGISTRERING_INTRO

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
        lo, hi = reg
        for x in person.tiltak:
            if overlaps(x.start, x.end, lo, hi):
                break
        else:
            out.append(ctx.finding("INT001", d, p.r, FNR,
                                   {"from_date": lo, "to_date": hi, "year": ctx.year}))
    return out


RULE = register(Rule(
    id="INT001", name="tiltak-mangler", severity=Severity.ERROR,
    title=Text("Tiltak mangler"),
    messages={"default": Text(
        "Ingen tiltak er registrert for {from_date}–{to_date}, da personen var i "
        "introduksjonsprogram i {year}.",
    )},
    why=Text(
        "Kommunen skal registrere innholdet i programmet i NIR, og tiltakene er det som viser "
        "det. En periode i program uten tiltak ser ut som et program uten innhold.",
    ),
    fix=Text(
        "Registrer tiltakene personen deltok i, under fanen «Deltakelse Intro» i NIR eller i "
        "fagsystemet, med riktige fra- og til-datoer.",
    ),
    citations=(
        REGISTRERING_INTRO.cite(Text(
            "Kommunen skal registrere innholdet i programmet, blant annet tiltakene og hvor "
            "lenge de varer.")),
        IMDI_2021.cite(Text(
            "IMDi ber kommunene kontrollere deltakelsen og registrere tiltakene under "
            "«Deltakelse Intro».")),
        IMDI_2022.cite(Text(
            "Tiltak er blant opplysningene som skal registreres for introduksjonsprogrammet."),
            "Introduksjonsprogram"),
    ),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (T_, FNR), (T_, "startdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021], T_: [NORSK_TILTAK_2021]},
                Text("Tiltak fra start")),
        Example(False, {D_: [EXTENDED_2018], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                                   "startdato": "01.01.2018",
                                                   "sluttdato": "31.12.2020"}]},
                Text("Utvidet program utover 3 år: unntatt")),
        Example(True, {D_: [INTEGRERING_2021], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                                     "startdato": "01.01.2022"}]},
                Text("Første tiltak først i 2022")),
    ),
))
