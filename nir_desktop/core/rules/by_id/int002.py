"""INT002 norsk-mangler-i-intro: Norsk hours in a period that overlaps the programme
within RY, and no norsk tiltak overlaps that period. Looks at the registrable part (NIR
cannot take a norsk tiltak in the exempt period either)."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, MAX, MIN, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import (
    INTEGRERING_2021,
    NORSK_HOURS_2021,
    NORSK_TILTAK_2021,
    row,
)
from nir_desktop.core.rules.sources import IMDI_2021

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
N_ = SheetKind.NORSK


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    n = ctx.views.get(N_)
    if n is None or person.tiltak_unknown:
        return out
    regs = ctx.registrable_parts(person, scoped)
    norsk_tiltak = [x for x in person.tiltak if x.group == cl.TILTAK_GROUP_NORSK]
    for nr in person.norsk:
        if nr.unknown or not nr.hours:
            continue
        for p in scoped:
            reg = regs.get(p.r)
            if reg is None:
                continue
            lo = max(reg[0], nr.start or MIN)
            hi = min(reg[1], nr.end or MAX)
            if lo > hi:
                continue
            if not any(overlaps(x.start, x.end, lo, hi) for x in norsk_tiltak):
                out.append(ctx.finding("INT002", n, nr.r, "timer_norsk",
                                       {"from_date": lo, "to_date": hi}))
                break
    return out


RULE = register(Rule(
    id="INT002", name="norsk-mangler-i-intro", severity=Severity.ERROR,
    title=Text("Norsk mangler som tiltak", "Norwegian missing as a measure"),
    messages={"default": Text(
        "Det er norsktimer for {from_date}–{to_date} mens personen var i program, men ingen "
        "norsk-tiltak i Tiltak (Deltakelse Intro) for den perioden.",
        "There are Norwegian hours for {from_date}–{to_date} during the programme, but no "
        "Norwegian measure in Tiltak (Deltakelse Intro) for that period.",
    )},
    why=Text(
        "Norsk og samfunnskunnskap som er del av programmet, skal registreres to steder: som "
        "timer under «Deltakelse norsk» og som tiltak under «Deltakelse Intro». Mangler "
        "tiltaket, ser programmet ut til å mangle norskopplæring.",
        "Norwegian taken in the programme is registered twice: hours under «Deltakelse norsk» "
        "and a measure under «Deltakelse Intro».",
    ),
    fix=Text("Registrer et norsk-tiltak (for eksempel Norskopplæring) for samme periode.",
             "Register a Norwegian measure for the same period."),
    citations=(IMDI_2021,),
    checks=(person_check(check),),
    uses_norsk_periods=True,
    needs=((D_, "programstart"), (T_, "tiltak"), (T_, "startdato"), (N_, FNR),
           (N_, "startdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021], T_: [NORSK_TILTAK_2021], N_: [NORSK_HOURS_2021]},
                Text("Registrert begge steder", "Registered in both places")),
        Example(True, {D_: [INTEGRERING_2021],
                       T_: [row(NORSK_TILTAK_2021, tiltak="Arbeidspraksis")],
                       N_: [NORSK_HOURS_2021]},
                Text("Timer, men bare arbeidspraksis som tiltak", "Hours, only work practice")),
    ),
))
