"""NOR005 introlov-norskfelt: a person under introduksjonsloven with norskmål or «deltar i
fulltid videregående» registered (yes; «nei» is the absence of it)."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
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
    out: list[Finding] = []
    for o in op.scoped_rows(ctx, person):
        if o.law != cl.LAW_INTRO:
            continue
        if o.norskmal:
            out.append(ctx.finding("NOR005", o_view, o.r, "norskmal", {}))
        if o.fulltid:
            out.append(ctx.finding("NOR005", o_view, o.r, "fulltid_vgo", {}))
    return out


RULE = register(Rule(
    id="NOR005", name="introlov-norskfelt", severity=Severity.WARNING, family="norsk",
    years=op.span("norsk_ordning_rules"),
    title=Text("Norskfelt etter introduksjonsloven"),
    messages={"default": Text(
        "{field_label} er registrert for en person etter introduksjonsloven. Det registreres "
        "bare for personer etter integreringsloven.",
    )},
    why=Text(
        "Norskmål og deltakelse i fulltid videregående hører til ordningen etter "
        "integreringsloven. For personer etter introduksjonsloven skal de stå tomme; står "
        "de der, er loven trolig feil.",
    ),
    fix=Text("Sjekk hvilken lov personen hører til. Rett loven, eller fjern feltet."),
    citations=(op.NORSK_LIST,),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    needs=((O_, "lov"),),
    needs_any=(((O_, "norskmal"), (O_, "fulltid_vgo")),),
    examples=(
        op.example(False, {O_: [dict(op.INTRO_ROW, fulltid_vgo="Nei")]},
                   Text("Introduksjonsloven uten norskfelt")),
        op.example(True, {O_: [dict(op.INTRO_ROW, norskmal="B1")]},
                   Text("Introduksjonsloven med norskmål")),
    ),
))
