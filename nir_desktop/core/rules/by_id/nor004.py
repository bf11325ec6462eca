"""NOR004 norskmaal-mangler: an opplæring person under integreringsloven (not kap. 6A
«rett» only), in scope for RY, without norskmål."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules import opplaering as op
from nir_desktop.core.rules.catalogue import Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme

O_ = SheetKind.OPPLAERING


def check(ctx: Context, person: Person, _progs: list[Programme]) -> list[Finding]:
    o_view = ctx.views.get(O_)
    if o_view is None or not person.o_rows:
        return []
    return [ctx.finding("NOR004", o_view, o.r, "norskmal", {"lov": o.lov, "year": ctx.year})
            for o in op.scoped_rows(ctx, person)
            if o.integrering and not o.rett_only_6a and not o.norskmal]


RULE = register(Rule(
    id="NOR004", name="norskmaal-mangler", severity=Severity.ERROR, family="norsk",
    years=op.span("norsk_ordning_rules"),
    title=Text("Norskmål mangler"),
    messages={"default": Text(
        "Norskmål mangler for en person etter {lov} som er i opplæring i {year}.",
    )},
    why=Text(
        "Norskmålet er en av opplysningene IMDi ber kommunene registrere for hver person i "
        "opplæring etter integreringsloven. Uten det kan ikke resultatene måles mot målet.",
    ),
    fix=Text("Registrer norskmålet fra personens vedtak eller plan (for eksempel B1)."),
    citations=(op.NORSK_LIST,),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    needs=((O_, "lov"), (O_, "norskmal")),
    examples=(
        op.example(False, {O_: [op.INTEGRERING_ROW]}, Text("Med norskmål")),
        op.example(False, {O_: [op.ROW_6A]}, Text("Kap. 6A med bare rett")),
        op.example(True, {O_: [dict(op.INTEGRERING_ROW, norskmal=None)]}, Text("Uten norskmål")),
    ),
))
