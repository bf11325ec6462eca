"""INT002 norsk-mangler-i-intro: Norsk hours in a period that overlaps the programme
within RY, and no norsk tiltak overlaps that period (ERROR). Looks at the registrable
part (NIR cannot take a norsk tiltak in the exempt period either).

(v2) Norsk tiltak that cover only part of that period, leaving more than 31 days (data:
``params["uncovered_days"]``) uncovered: WARNING, variant «delvis».
"""

from __future__ import annotations

from datetime import date, timedelta

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import (
    FNR,
    MAX,
    MIN,
    Context,
    Person,
    Programme,
    TiltakRow,
    overlaps,
)
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

PARAMS = {"uncovered_days": 31}


def uncovered_days(lo: date, hi: date, tiltak: list[TiltakRow]) -> int:
    """Days of lo..hi that none of the tiltak covers."""
    spans = sorted((max(lo, x.start or MIN), min(hi, x.end or MAX)) for x in tiltak
                   if overlaps(x.start, x.end, lo, hi))
    covered = 0
    cur_lo: date | None = None
    cur_hi = lo
    for a, b in spans:
        if cur_lo is None or a > cur_hi + timedelta(days=1):
            if cur_lo is not None:
                covered += (cur_hi - cur_lo).days + 1
            cur_lo, cur_hi = a, b
        else:
            cur_hi = max(cur_hi, b)
    if cur_lo is not None:
        covered += (cur_hi - cur_lo).days + 1
    return (hi - lo).days + 1 - covered


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    n = ctx.views.get(N_)
    if n is None or person.tiltak_unknown or not person.norsk:
        return out
    limit = PARAMS["uncovered_days"]
    regs = ctx.registrable_parts(person, scoped)
    parts = [(p.r, reg) for p in scoped if (reg := regs.get(p.r)) is not None]
    if not parts:
        return out
    norsk_tiltak = [x for x in person.tiltak if x.group == cl.TILTAK_GROUP_NORSK]
    for nr in person.norsk:
        if nr.unknown or not nr.hours:
            continue
        for _, reg in parts:
            lo = max(reg[0], nr.start or MIN)
            hi = min(reg[1], nr.end or MAX)
            if lo > hi:
                continue
            for x in norsk_tiltak:  # one norsk tiltak covers it all (the usual case)
                if (x.start is None or x.start <= lo) and (x.end is None or x.end >= hi):
                    break
            else:
                if not any(overlaps(x.start, x.end, lo, hi) for x in norsk_tiltak):
                    out.append(ctx.finding("INT002", n, nr.r, "timer_norsk",
                                           {"from_date": lo, "to_date": hi}))
                    break
                gap = uncovered_days(lo, hi, norsk_tiltak)
                if gap > limit:
                    out.append(ctx.finding("INT002", n, nr.r, "timer_norsk",
                                           {"variant": "delvis", "from_date": lo, "to_date": hi,
                                            "days": gap, "limit": limit},
                                           severity=Severity.WARNING))
                    break
    return out


RULE = register(Rule(
    id="INT002", name="norsk-mangler-i-intro", severity=Severity.ERROR,
    other_severities=(Severity.WARNING,),
    params=PARAMS,
    title=Text("Norsk mangler som tiltak"),
    messages={
        "default": Text(
            "Det er norsktimer for {from_date}–{to_date} mens personen var i program, men "
            "ingen norsk-tiltak i Tiltak (Deltakelse Intro) for den perioden.",
        ),
        "delvis": Text(
            "Det er norsktimer for {from_date}–{to_date} mens personen var i program, men "
            "norsk-tiltakene i Tiltak dekker bare en del av perioden: {days} dager er uten "
            "norsk-tiltak (mer enn {limit}).",
        ),
    },
    why=Text(
        "Norsk og samfunnskunnskap som er del av programmet, skal registreres to steder: som "
        "timer under «Deltakelse norsk» og som tiltak under «Deltakelse Intro». Mangler "
        "tiltaket, ser programmet ut til å mangle norskopplæring.",
    ),
    fix=Text("Registrer et norsk-tiltak (for eksempel Norskopplæring) for samme periode."),
    citations=(
        IMDI_2021.cite(Text(
            "Norsk og samfunnskunnskap i programmet registreres både under «Deltakelse norsk» "
            "og under «Deltakelse intro».")),
    ),
    checks=(person_check(check),),
    uses_norsk_periods=True,
    needs=((D_, "programstart"), (T_, "tiltak"), (T_, "startdato"), (N_, FNR),
           (N_, "startdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021], T_: [NORSK_TILTAK_2021], N_: [NORSK_HOURS_2021]},
                Text("Registrert begge steder")),
        Example(True, {D_: [INTEGRERING_2021],
                       T_: [row(NORSK_TILTAK_2021, tiltak="Arbeidspraksis")],
                       N_: [NORSK_HOURS_2021]},
                Text("Timer, men bare arbeidspraksis som tiltak"),
                variant="default"),
        Example(True, {D_: [INTEGRERING_2021],
                       T_: [row(NORSK_TILTAK_2021, sluttdato="30.06.2021")],
                       N_: [NORSK_HOURS_2021]},
                Text("Norsk-tiltaket slutter i juni, timene går ut året"),
                variant="delvis"),
    ),
))
