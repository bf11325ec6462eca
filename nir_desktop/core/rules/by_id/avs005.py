"""AVS005 frist-passert-uten-avslutning: gjennomføringsfrist before the end of RY, no
avslutningsdato, no tiltak after the frist, and the person is not covid-extended."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import MAX, MIN, Context, Person, Programme
from nir_desktop.core.rules.examples import ENDED_2021, FNR, A, row
from nir_desktop.core.rules.sources import REMINDER_2024

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK

_TILTAK = {FNR: A, "tiltak": "Arbeidspraksis", "startdato": "01.03.2021",
           "sluttdato": "30.06.2021"}
_OPEN = row(ENDED_2021, avslutningsdato=None, avslutningsarsak=None, utvidet="nei")


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    if d is None or person.tiltak_unknown:
        return out
    for p in scoped:
        if "avslutningsdato" in p.unknown or p.end is not None or p.frist is None:
            continue
        if p.frist > ctx.ry_end or p.covid_extended or p.covid_unknown:
            continue
        frist = p.frist
        if not any((x.end or MAX) > frist or (x.start or MIN) > frist for x in person.tiltak):
            out.append(ctx.finding("AVS005", d, p.r, "avslutningsdato",
                                   {"frist": frist, "year": ctx.year}))
    return out


RULE = register(Rule(
    id="AVS005", name="frist-passert-uten-avslutning", severity=Severity.WARNING,
    title=Text("Fristen er ute, men programmet er ikke avsluttet"),
    messages={"default": Text(
        "Gjennomføringsfristen {frist} er passert innen utgangen av {year}, men "
        "avslutningsdato mangler og ingen tiltak varer etter fristen.",
    )},
    why=Text(
        "Avslutning og årsak skal registreres for alle som ikke lenger er i program. Når "
        "fristen er ute og ingen tiltak varer etter den, er personen trolig ikke i program "
        "lenger, men står ikke som avsluttet.",
    ),
    fix=Text("Registrer avslutningsdato og avslutningsårsak, eller rett fristen hvis den er "
             "forlenget."),
    citations=(
        REMINDER_2024.cite(Text(
            "Både avslutning og avslutningsårsak skal registreres for alle som ikke lenger er i "
            "program.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "gjennomforingsfrist"), (D_, "avslutningsdato"), (T_, "startdato")),
    # utvidet/forsterket matter only in the covid years.
    needs_any_in=(((cl.COVID_YEARS.start, cl.COVID_YEARS.stop - 1),
                   ((D_, "utvidet"), (D_, "forsterket"))),),
    examples=(
        Example(False, {D_: [_OPEN], T_: [_TILTAK]},
                Text("Fristen er ikke ute")),
        Example(True, {D_: [row(_OPEN, gjennomforingsfrist="30.06.2021")], T_: [_TILTAK]},
                Text("Frist i juni, ingen avslutning")),
    ),
))
