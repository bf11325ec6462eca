"""NOR007 frist-6a: kap. 6A «rett» only: the completion frist is 12 months from the start
date of the first opplæring vedtak, plus permisjon. INFO states it; WARNING when the file's
own frist differs from it by more than ``tolerance_days`` (7)."""

from __future__ import annotations

from typing import Any

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules import opplaering as op
from nir_desktop.core.rules.catalogue import Plural, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme

O_ = SheetKind.OPPLAERING


def check(ctx: Context, person: Person, _progs: list[Programme]) -> list[Finding]:
    o_view = ctx.views.get(O_)
    if o_view is None or not person.o_rows:
        return []
    first = op.frist_6a(ctx, person)
    if first is None:
        return []
    o, frist = first
    params: dict[str, Any] = {"frist": frist, "start": o.start, "permisjon": o.permisjon,
                              "months": op.KAP6A_MONTHS}
    if o.frist is not None and abs((o.frist - frist).days) > RULE.params["tolerance_days"]:
        params.update(variant="avvik", file_frist=o.frist, diff=abs((o.frist - frist).days))
        return [ctx.finding("NOR007", o_view, o.r, "gjennomforingsfrist", params,
                            severity=Severity.WARNING)]
    params["variant"] = "info"
    return [ctx.finding("NOR007", o_view, o.r, "startdato", params)]


RULE = register(Rule(
    id="NOR007", name="frist-6a", severity=Severity.INFO, family="norsk",
    other_severities=(Severity.WARNING,), years=op.span("norsk_ordning_rules"),
    title=Text("Frist etter kap. 6A"),
    messages={
        "info": Plural(
            "Fristen for å fullføre opplæringen etter kap. 6A er {frist}: {months} måneder fra "
            "oppstart {start}, pluss {permisjon} dag permisjon.",
            "Fristen for å fullføre opplæringen etter kap. 6A er {frist}: {months} måneder fra "
            "oppstart {start}, pluss {permisjon} dager permisjon.", "permisjon"),
        "avvik": Plural(
            "Filens gjennomføringsfrist {file_frist} avviker {diff} dager fra fristen etter "
            "kap. 6A, {frist} ({months} måneder fra oppstart {start}, pluss {permisjon} dag "
            "permisjon).",
            "Filens gjennomføringsfrist {file_frist} avviker {diff} dager fra fristen etter "
            "kap. 6A, {frist} ({months} måneder fra oppstart {start}, pluss {permisjon} dager "
            "permisjon).", "permisjon"),
    },
    why=Text(
        "For personer etter kap. 6A med bare rett til norsk regnes fristen fra startdatoen i "
        "det første vedtaket om opplæring og forlenges med permisjon. Er fristen i filen mer "
        "enn en uke fra den, er startdatoen, permisjonen eller fristen trolig feil "
        "registrert.",
    ),
    fix=Text("Sjekk startdatoen i det første vedtaket og permisjonen, og rett det som er feil."),
    citations=(op.FRIST_6A,),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    params={"months": op.KAP6A_MONTHS, "tolerance_days": 7},
    needs=((O_, "lov"), (O_, "startdato")),
    examples=(
        op.example(False, {O_: [op.INTEGRERING_ROW]}, Text("Ikke kap. 6A")),
        op.example(True, {O_: [op.ROW_6A]}, Text("Fristen stemmer (INFO)"),
                   variant="info"),
        op.example(True, {O_: [dict(op.ROW_6A, gjennomforingsfrist="31.07.2026")]},
                   Text("Fristen avviker (WARNING)"), variant="avvik"),
    ),
))
