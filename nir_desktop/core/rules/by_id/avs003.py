"""AVS003 tiltak-etter-avslutning: a tiltak that starts after avslutningsdato and overlaps
RY (judged against the programme its start falls in)."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import MAX, MIN, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import ENDED_2021, FNR, A, row
from nir_desktop.core.rules.sources import CONSISTENCY

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK

_TILTAK = {FNR: A, "tiltak": "Arbeidspraksis", "startdato": "01.03.2021",
           "sluttdato": "30.06.2021"}


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    t = ctx.views.get(T_)
    if t is None or not person.tiltak:
        return out
    progs = [p for p in person.programmes
             if "avslutningsdato" not in p.unknown and "programstart" not in p.unknown]
    for x in person.tiltak:
        xs = x.start
        if x.unknown or xs is None:
            continue
        if not overlaps(xs, x.end, ctx.ry_start, ctx.ry_end):
            continue
        for p in progs:  # the start falls in a programme: nothing to say
            if (p.start or MIN) <= xs <= (p.end or MAX):
                break
        else:
            ended = [p.end for p in progs if p.end is not None and p.end < xs]
            if ended:
                out.append(ctx.finding("AVS003", t, x.r, "startdato",
                                       {"start": xs, "avslutningsdato": max(ended)}))
    return out


RULE = register(Rule(
    id="AVS003", name="tiltak-etter-avslutning", severity=Severity.WARNING,
    title=Text("Tiltak etter avslutning"),
    messages={"default": Text(
        "Tiltaket starter {start}, etter at programmet ble avsluttet {avslutningsdato}. "
        "Personen står trolig feilaktig som avsluttet.",
    )},
    why=Text(
        "Et tiltak etter avslutningen betyr at personen fortsatt var i program, eller at "
        "tiltaket har feil dato. Da er enten avslutningen eller tiltaket feil.",
    ),
    fix=Text("Rett avslutningsdatoen, eller datoen på tiltaket."),
    citations=(CONSISTENCY,),
    checks=(person_check(check),),
    needs=((D_, "avslutningsdato"), (T_, "startdato")),
    examples=(
        Example(False, {D_: [ENDED_2021], T_: [_TILTAK]},
                Text("Tiltak før slutt")),
        Example(True, {D_: [ENDED_2021], T_: [_TILTAK, row(_TILTAK, startdato="01.09.2021",
                                                           sluttdato="31.12.2021")]},
                Text("Nytt tiltak i september")),
    ),
))
