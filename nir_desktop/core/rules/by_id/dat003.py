"""DAT003 dato-i-fremtiden: avslutningsdato or a tiltak start after the day of the check."""

from __future__ import annotations

from datetime import date

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.sources import INPUT_FORMAT

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK

# sheet → (date field, message variant)
FUTURE = {D_: ("avslutningsdato", "avslutning"), T_: ("startdato", "tiltak")}


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    out: list[Finding] = []
    name, variant = FUTURE[view.kind]
    col = view.parsed.get(name)
    today = ctx.today
    if col is None:
        return out
    for r in rows:
        v = col[r]
        if isinstance(v, date) and v > today:
            out.append(ctx.finding("DAT003", view, r, name,
                                   {"variant": variant, "date": v, "today": today}))
    return out


RULE = register(Rule(
    id="DAT003", name="dato-i-fremtiden", severity=Severity.WARNING,
    title=Text("Dato i fremtiden"),
    messages={
        "avslutning": Text("Avslutningsdato {date} er etter dagens dato ({today})."),
        "tiltak": Text("Tiltaket starter {date}, etter dagens dato ({today})."),
    },
    why=Text(
        "NIR skal vise det som har skjedd. En avslutning eller et tiltak som ikke har startet "
        "ennå, er enten en skrivefeil eller registrert for tidlig.",
    ),
    fix=Text("Rett datoen, eller vent med registreringen til det har skjedd."),
    citations=(INPUT_FORMAT,),
    checks=(row_check(check, *FUTURE),),
    examples=(
        Example(False, {D_: [{FNR: A, "programstart": "01.03.2021", "avslutningsdato":
                              "30.11.2021"}]}, Text("Avsluttet i fjor")),
        Example(True, {D_: [{FNR: A, "programstart": "01.03.2021", "avslutningsdato":
                             "30.11.2029"}]}, Text("Skrivefeil i året"),
                variant="avslutning"),
        Example(True, {D_: [{FNR: A}], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                             "startdato": "01.06.2022"}]},
                Text("Tiltak som ikke har startet"),
                variant="tiltak"),
    ),
))
