"""NOR001 utdanningsbakgrunn-mangler: an opplæring person under integreringsloven with
kategori «rett og plikt» or «plikt», in scope for RY, without utdanningsbakgrunn."""

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
    return [ctx.finding("NOR001", o_view, o.r, "utdanningsbakgrunn",
                        {"lov": o.lov, "kategori": o.kategori})
            for o in op.scoped_rows(ctx, person)
            if o.integrering and o.kind in (op.KIND_RETT_OG_PLIKT, op.KIND_PLIKT)
            and o.utd is None]


RULE = register(Rule(
    id="NOR001", name="utdanningsbakgrunn-mangler", severity=Severity.ERROR, family="norsk",
    years=op.span("norsk_ordning_rules"),
    title=Text("Utdanningsbakgrunn mangler"),
    messages={"default": Text(
        "Utdanningsbakgrunn mangler for en person med {kategori} etter {lov}. NIR trenger den "
        "for å regne ut fristen for å fullføre opplæringen (18 måneder eller 3 år).",
    )},
    why=Text(
        "For personer med rett og plikt (eller bare plikt) etter integreringsloven avgjør "
        "utdanningsbakgrunnen – om de har fullført videregående fra før – hvor lang tid de "
        "har på opplæringen. Uten den kan ikke NIR sette fristen.",
    ),
    fix=Text("Registrer utdanningsbakgrunnen (ja/nei: fullført videregående fra før)."),
    citations=(op.UTDANNING_FRIST, op.NORSK_LIST),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    needs=((O_, "lov"), (O_, "kategori"), (O_, "utdanningsbakgrunn")),
    examples=(
        op.example(False, {O_: [op.INTEGRERING_ROW]}, Text("Med utdanningsbakgrunn")),
        op.example(False, {O_: [op.ROW_6A]}, Text("Kap. 6A med bare rett")),
        op.example(True, {O_: [dict(op.INTEGRERING_ROW, utdanningsbakgrunn=None)]},
                   Text("Rett og plikt uten utdanningsbakgrunn")),
    ),
))
