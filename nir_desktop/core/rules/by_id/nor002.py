"""NOR002 utdanningsbakgrunn-skal-ikke: utdanningsbakgrunn registered for a person under
introduksjonsloven, or for a kap. 6A person who only has «rett»."""

from __future__ import annotations

from typing import Any

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
        if o.utd is None:
            continue
        params: dict[str, Any]
        if o.law == cl.LAW_INTRO:
            params = {"variant": "intro"}
        elif o.rett_only_6a:
            params = {"variant": "6a", "kategori": o.kategori or "rett",
                      "months": op.KAP6A_MONTHS}
        else:
            continue
        out.append(ctx.finding("NOR002", o_view, o.r, "utdanningsbakgrunn", params))
    return out


RULE = register(Rule(
    id="NOR002", name="utdanningsbakgrunn-skal-ikke", severity=Severity.WARNING,
    family="norsk", years=op.span("norsk_ordning_rules"),
    title=Text("Utdanningsbakgrunn som ikke skal registreres"),
    messages={
        "intro": Text(
            "Utdanningsbakgrunn er registrert for en person etter introduksjonsloven. Den "
            "registreres bare for personer etter integreringsloven."),
        "6a": Text(
            "Utdanningsbakgrunn er registrert for en person etter kap. 6A med bare rett "
            "({kategori}). Den registreres ikke for dem: fristen er {months} måneder fra "
            "oppstart."),
    },
    why=Text(
        "Utdanningsbakgrunn brukes bare til å sette fristen for personer med rett og plikt "
        "etter integreringsloven. For personer etter introduksjonsloven og for personer etter "
        "kap. 6A med bare rett skal den stå tom; står den der, er loven eller kategorien "
        "trolig feil.",
    ),
    fix=Text("Sjekk loven og kategorien. Er de riktige, fjern utdanningsbakgrunnen."),
    citations=(op.NORSK_LIST, op.UTDANNING_FRIST),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    needs=((O_, "lov"), (O_, "utdanningsbakgrunn")),
    examples=(
        op.example(False, {O_: [op.INTEGRERING_ROW]}, Text("Integreringsloven")),
        op.example(True, {O_: [dict(op.INTRO_ROW, utdanningsbakgrunn="Ja")]},
                   Text("Introduksjonsloven med utdanningsbakgrunn"), variant="intro"),
        op.example(True, {O_: [dict(op.ROW_6A, utdanningsbakgrunn="Nei")]},
                   Text("Kap. 6A med bare rett og utdanningsbakgrunn"), variant="6a"),
    ),
))
