"""INT003 norsk-mangler-i-norsk: a norsk tiltak overlapping RY, and no Norsk row with
hours overlaps the tiltak's period."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import (
    FNR,
    INTEGRERING_2021,
    NORSK_HOURS_2021,
    NORSK_TILTAK_2021,
    row,
)
from nir_desktop.core.rules.sources import FORMAL_NIR, IMDI_2021

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
N_ = SheetKind.NORSK


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    t = ctx.views.get(T_)
    if t is None:
        return out
    ry_s, ry_e = ctx.ry_start, ctx.ry_end
    # The readable norsk tiltak in RY (most persons have none: nothing more to do).
    tiltak = [x for x in person.tiltak
              if not x.unknown and x.group == cl.TILTAK_GROUP_NORSK
              and (x.start is None or x.start <= ry_e) and (x.end is None or x.end >= ry_s)]
    if not tiltak or any(x.unknown for x in person.norsk):
        return out
    with_hours = [x for x in person.norsk if x.hours]
    unreadable = [x for x in person.norsk if x.hours is None]
    for x in tiltak:
        if any(overlaps(x.start, x.end, h.start, h.end) for h in with_hours):
            continue
        # Hours that could not be read may be the ones for this tiltak: hold back.
        if not any(overlaps(x.start, x.end, h.start, h.end) for h in unreadable):
            out.append(ctx.finding("INT003", t, x.r, "tiltak",
                                   {"tiltak": x.code, "from_date": x.start, "to_date": x.end}))
    return out


RULE = register(Rule(
    id="INT003", name="norsk-mangler-i-norsk", severity=Severity.ERROR,
    title=Text("Norsktimer mangler"),
    messages={"default": Text(
        "Tiltaket «{tiltak}» ({from_date}–{to_date}) har ingen timer i Norsk (Deltakelse "
        "norsk) for samme periode.",
    )},
    why=Text(
        "Norsk i programmet registreres både som tiltak og som timer under «Deltakelse "
        "norsk». Opplysningene i NIR brukes blant annet til norsktilskudd, statistikk og "
        "UDIs vedtak om permanent opphold og statsborgerskap, så et norsk-tiltak uten timer "
        "gir et ufullstendig bilde.",
    ),
    fix=Text("Registrer timene i norsk og samfunnskunnskap for perioden under «Deltakelse "
             "norsk»."),
    citations=(
        IMDI_2021.cite(Text(
            "Norsk og samfunnskunnskap i programmet registreres både under «Deltakelse norsk» "
            "og under «Deltakelse intro».")),
        FORMAL_NIR.cite(Text(
            "NIR-dataene brukes til blant annet norsktilskudd, statistikk og UDIs vedtak om "
            "permanent opphold og statsborgerskap, og norsktimene skal registreres.")),
    ),
    checks=(person_check(check),),
    uses_norsk_periods=True,
    needs=((T_, "tiltak"), (T_, "startdato"), (N_, FNR), (N_, "startdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021], T_: [NORSK_TILTAK_2021], N_: [NORSK_HOURS_2021]},
                Text("Timer for tiltaket")),
        Example(True, {D_: [INTEGRERING_2021], T_: [NORSK_TILTAK_2021],
                       N_: [row(NORSK_HOURS_2021, timer_norsk=0)]},
                Text("Null timer")),
    ),
))
