"""ID004 person-duplikat: the same fødselsnummer on two Deltakere rows whose periods
overlap, or (v2) on two Opplæring rows whose periods overlap (startdato, else vedtaksdato,
to Sluttdato)."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules import opplaering as op
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.sources import CONSISTENCY

D_ = SheetKind.DELTAKERE
O_ = SheetKind.OPPLAERING


def _opplaering(ctx: Context, person: Person) -> list[Finding]:
    o_view = ctx.views.get(O_)
    rows = [o for o in op.rows_of(ctx, person) if not o.unknown and not o.vedtak_unknown]
    if o_view is None or len(rows) < 2:
        return []
    out: list[Finding] = []
    for i in range(1, len(rows)):
        o = rows[i]
        for q in rows[:i]:
            if overlaps(o.period_start, o.end, q.period_start, q.end):
                out.append(ctx.finding("ID004", o_view, o.r, FNR,
                                       {"variant": "opplaering",
                                        "other_row": o_view.row_numbers[q.r]}))
                break
    return out


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = _opplaering(ctx, person) if len(person.o_rows) > 1 else []
    d = ctx.views.get(D_)
    progs = person.programmes
    if d is None or len(progs) < 2:
        return out
    for i in range(1, len(progs)):
        p = progs[i]
        if "programstart" in p.unknown or "avslutningsdato" in p.unknown:
            continue
        for q in progs[:i]:
            if "programstart" in q.unknown or "avslutningsdato" in q.unknown:
                continue
            if overlaps(p.start, p.end, q.start, q.end):
                out.append(ctx.finding("ID004", d, p.r, FNR, {"other_row": d.row_numbers[q.r]}))
                break
    return out


RULE = register(Rule(
    id="ID004", name="person-duplikat", severity=Severity.ERROR,
    title=Text("Samme person to ganger"),
    messages={
        "default": Text(
            "Personen står også på rad {other_row} i Deltakere, og programperiodene "
            "overlapper."),
        "opplaering": Text(
            "Personen står også på rad {other_row} i Opplæring, og opplæringsperiodene "
            "overlapper."),
    },
    why=Text(
        "En person kan bare være i ett introduksjonsprogram om gangen. To overlappende "
        "programmer gjør at personen telles to ganger.",
    ),
    fix=Text(
        "Slå sammen radene til ett program, eller rett datoene slik at periodene ikke "
        "overlapper (for eksempel et nytt program etter et avsluttet).",
    ),
    citations=(CONSISTENCY,),
    checks=(person_check(check, every_person=True),),
    needs=((D_, "programstart"),),
    examples=(
        Example(False, {D_: [
            {FNR: A, "programstart": "01.01.2018", "avslutningsdato": "31.12.2019"},
            {FNR: A, "programstart": "01.03.2021"}]},
            Text("Nytt program etter et avsluttet")),
        Example(True, {D_: [{FNR: A, "programstart": "01.01.2021"},
                            {FNR: A, "programstart": "01.03.2021"}]},
                Text("To åpne programmer"), variant="default"),
        Example(False, {D_: [{FNR: A, "programstart": "01.01.2021"}],
                        O_: [{FNR: A, "startdato": "01.02.2021", "avslutningsdato": "31.01.2022"},
                             {FNR: A, "startdato": "01.02.2022"}]},
                Text("Ny opplæring etter en avsluttet")),
        Example(True, {D_: [{FNR: A, "programstart": "01.01.2021"}],
                       O_: [{FNR: A, "startdato": "01.02.2021"},
                            {FNR: A, "startdato": "01.09.2021"}]},
                Text("To åpne opplæringer"),
                variant="opplaering"),
    ),
))
