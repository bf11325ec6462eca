"""NOR006 norsktimer-mangler: an opplæring person under integreringsloven with a vedtak
and an opplæring period overlapping RY by more than ``min_days`` (62), and no Norsk hours
in RY."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules import opplaering as op
from nir_desktop.core.rules.catalogue import Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme

O_ = SheetKind.OPPLAERING
N_ = SheetKind.NORSK


def check(ctx: Context, person: Person, _progs: list[Programme]) -> list[Finding]:
    o_view = ctx.views.get(O_)
    if o_view is None or not person.o_rows:
        return []
    if op.hours_in_ry(ctx, person) or op.hours_unknown(person):
        return []
    min_days = RULE.params["min_days"]
    out: list[Finding] = []
    for o in op.scoped_rows(ctx, person):
        if not o.integrering or o.vedtak is None:
            continue
        lo = max(o.period_start or ctx.ry_start, ctx.ry_start)
        hi = min(o.end or ctx.ry_end, ctx.ry_end)
        days = (hi - lo).days + 1
        if days > min_days:
            out.append(ctx.finding("NOR006", o_view, o.r, FNR,
                                   {"lov": o.lov, "days": days, "year": ctx.year,
                                    "from_date": lo, "to_date": hi}))
    return out


RULE = register(Rule(
    id="NOR006", name="norsktimer-mangler", severity=Severity.WARNING, family="norsk",
    years=op.span("norsk_ordning_rules"),
    title=Text("Norsktimer mangler"),
    messages={"default": Text(
        "Personen etter {lov} har vedtak og opplæring i {days} dager av {year} "
        "({from_date}–{to_date}), men ingen norsktimer er registrert i {year}.",
    )},
    why=Text(
        "Timene i norsk og samfunnskunnskap skal registreres også for personer etter "
        "integreringsloven. Med mer enn to måneder i opplæring i året ventes det timer; uten "
        "dem blir norsktilskuddet og statistikken for lave.",
    ),
    fix=Text("Registrer timene på arket Norsk, eller rett opplæringsperioden hvis den er feil."),
    citations=(op.TIMER, op.NORSK_LIST),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    params={"min_days": 62},
    needs=((O_, "lov"), (O_, "vedtaksdato"), (N_, FNR)),
    examples=(
        op.example(False, {O_: [op.INTEGRERING_ROW], N_: [op.HOURS]}, Text("Med timer")),
        op.example(True, {O_: [op.INTEGRERING_ROW],
                          N_: [dict(op.HOURS, startdato="01.02.2024", sluttdato="30.06.2024")]},
                   Text("Timer bare året før")),
    ),
))
