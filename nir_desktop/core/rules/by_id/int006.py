"""INT006 tiltak-hull (v2): the registrable part in RY has a stretch of more than 62 days
(data: ``params["gap_days"]``) that no tiltak covers, while some tiltak covers another
part of it (no tiltak at all is INT001)."""

from __future__ import annotations

from datetime import timedelta

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import MAX, MIN, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import FNR, INTEGRERING_2021, A
from nir_desktop.core.rules.sources import IMDI_2021, REGISTRERING_INTRO

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK

PARAMS = {"gap_days": 62}
ONE = timedelta(days=1)


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    tiltak = person.tiltak
    if d is None or person.tiltak_unknown or not tiltak:
        return out
    limit = PARAMS["gap_days"]
    regs = ctx.registrable_parts(person, scoped)
    for p in scoped:
        reg = regs.get(p.r)
        if reg is None:
            continue
        lo, hi = reg
        for x in tiltak:  # one tiltak covers it all (the usual case)
            if (x.start is None or x.start <= lo) and (x.end is None or x.end >= hi):
                break
        else:
            spans = sorted((max(lo, x.start or MIN), min(hi, x.end or MAX))
                           for x in tiltak if overlaps(x.start, x.end, lo, hi))
            if not spans:
                continue  # INT001
            cursor = lo  # the first day not yet covered
            for a, b in [*spans, (hi + ONE, hi + ONE)]:
                if a > cursor and (a - cursor).days > limit:
                    out.append(ctx.finding("INT006", d, p.r, "programstart",
                                           {"from_date": cursor, "to_date": a - ONE,
                                            "days": (a - cursor).days, "limit": limit}))
                cursor = max(cursor, b + ONE)
    return out


_TILTAK = {FNR: A, "tiltak": "Arbeidspraksis"}

RULE = register(Rule(
    id="INT006", name="tiltak-hull", severity=Severity.WARNING,
    params=PARAMS,
    title=Text("Lang periode uten tiltak"),
    messages={"default": Text(
        "Ingen tiltak dekker {from_date}–{to_date} ({days} dager, mer enn {limit}), selv om "
        "personen var i program og har tiltak ellers i perioden.",
    )},
    why=Text(
        "Kommunen registrerer innholdet i programmet med tiltak og lengde, og permisjon og "
        "fravær for seg. Et langt opphold mellom tiltak ser ut som en periode uten innhold, og "
        "betyr ofte at et tiltak mangler eller har feil dato.",
    ),
    fix=Text(
        "Registrer tiltaket personen hadde i perioden, eller rett datoene på tiltakene før "
        "og etter. Var personen i permisjon, registrer permisjonen.",
    ),
    citations=(
        REGISTRERING_INTRO.cite(Text(
            "Kommunen skal registrere innholdet i programmet med tiltak og lengde, og "
            "permisjon og fravær.")),
        IMDI_2021.cite(Text(
            "IMDi ber kommunene kontrollere deltakelsen og registrere tiltakene så langt det er "
            "mulig.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (T_, FNR), (T_, "startdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021],
                        T_: [dict(_TILTAK, startdato="01.03.2021", sluttdato="30.06.2021"),
                             dict(_TILTAK, startdato="15.08.2021")]},
                Text("Sommerpause på seks uker")),
        Example(True, {D_: [INTEGRERING_2021],
                       T_: [dict(_TILTAK, startdato="01.03.2021", sluttdato="30.04.2021"),
                            dict(_TILTAK, startdato="01.09.2021")]},
                Text("Fire måneder uten tiltak")),
    ),
))
