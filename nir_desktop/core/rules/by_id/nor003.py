"""NOR003 norskvedtak-mangler: norsk hours in RY for a person under integreringsloven and
no opplæring vedtaksdato on or before the end of those hours. One finding per person, on
the first Norsk period in RY that no vedtak precedes."""

from __future__ import annotations

from typing import Any

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules import opplaering as op
from nir_desktop.core.rules.catalogue import Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme

O_ = SheetKind.OPPLAERING
N_ = SheetKind.NORSK


def check(ctx: Context, person: Person, _progs: list[Programme]) -> list[Finding]:
    hours = op.hours_in_ry(ctx, person)
    if not hours:
        return []
    rows = op.rows_of(ctx, person)
    lov = next((o.lov for o in rows if o.lov), None) or next(
        (p.lov for p in person.programmes if p.lov), None)
    if not lov or ctx._law(lov) not in op.INTEGRERING_LAWS:
        return []
    if any(o.vedtak_unknown for o in rows):
        return []  # an unreadable vedtaksdato is DAT001's; do not guess
    vedtak = min((o.vedtak for o in rows if o.vedtak is not None), default=None)
    n_view = ctx.views[N_]
    for n in sorted(hours, key=lambda n: (n.start, n.r)):
        end = n.end or ctx.ry_end
        if vedtak is None or vedtak > end:
            params: dict[str, Any] = {"lov": lov, "start": n.start, "end": n.end}
            if vedtak is None:
                params["variant"] = "mangler"
            else:
                params.update(variant="senere", vedtak=vedtak)
            field = "timer_norsk" if "timer_norsk" in n_view.cols else FNR
            return [ctx.finding("NOR003", n_view, n.r, field, params)]
    return []


RULE = register(Rule(
    id="NOR003", name="norskvedtak-mangler", severity=Severity.ERROR, family="norsk",
    years=op.span("norsk_ordning_rules"),
    title=Text("Norsktimer uten vedtak om opplæring"),
    messages={
        "mangler": Text(
            "Norsktimer {start}–{end} er registrert for en person etter {lov}, men det er "
            "ikke registrert noe vedtak om opplæring."),
        "senere": Text(
            "Norsktimer {start}–{end} er registrert for en person etter {lov}, men det "
            "første vedtaket om opplæring er datert {vedtak}, etter timene."),
    },
    why=Text(
        "Etter integreringsloven skal opplæringen i norsk og samfunnskunnskap ha et vedtak i "
        "NIR. Timer uten vedtak kan ikke knyttes til personens rett eller plikt, og tallene "
        "for norsktilskudd og statistikk blir feil.",
    ),
    fix=Text("Registrer vedtaket om opplæring med riktig dato på arket Opplæring."),
    citations=(op.NORSK_LIST, op.TIMER),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    needs=((O_, "vedtaksdato"), (N_, FNR)),
    examples=(
        op.example(False, {O_: [op.INTEGRERING_ROW], N_: [op.HOURS]}, Text("Vedtak før timene")),
        op.example(True, {O_: [dict(op.INTEGRERING_ROW, vedtaksdato=None)], N_: [op.HOURS]},
                   Text("Timer uten vedtak"), variant="mangler"),
        op.example(True, {O_: [dict(op.INTEGRERING_ROW, vedtaksdato="01.08.2025")],
                          N_: [op.HOURS]},
                   Text("Vedtak datert etter timene"),
                   variant="senere"),
    ),
))
