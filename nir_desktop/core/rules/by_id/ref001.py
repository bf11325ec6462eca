"""REF001 ukjent-person: a Tiltak or Norsk row whose fødselsnummer is not in Deltakere."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme
from nir_desktop.core.rules.examples import A, B
from nir_desktop.core.rules.sources import LINKING

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    if person.d_rows:
        return out
    for kind, rows in ((SheetKind.TILTAK, person.t_rows), (SheetKind.NORSK, person.n_rows)):
        view = ctx.views.get(kind)
        if view is None:
            continue
        for r in rows:
            out.append(ctx.finding("REF001", view, r, FNR, {"sheet": view.sheet.name}))
    return out


RULE = register(Rule(
    id="REF001", name="ukjent-person", severity=Severity.ERROR,
    title=Text("Ukjent person", "Unknown person"),
    messages={"default": Text(
        "Fødselsnummeret på denne raden i {sheet} finnes ikke i Deltakere.",
        "The identity number on this row of {sheet} is not in Deltakere.",
    )},
    why=Text(
        "Tiltak og norsktimer hører til en deltaker i Deltakere og kobles til den med "
        "fødselsnummeret. Finnes ikke nummeret der, kan raden ikke knyttes til noe program.",
        "Measures and Norwegian hours belong to a participant in Deltakere and are linked to "
        "it by the identity number. If the number is not there, the row links to no programme.",
    ),
    fix=Text("Rett fødselsnummeret, eller legg til personen i Deltakere.",
             "Correct the number, or add the person to Deltakere."),
    citations=(LINKING,),
    checks=(person_check(check, every_person=True),),
    needs=((D_, FNR),),
    examples=(
        Example(False, {D_: [{FNR: A}], T_: [{FNR: A, "tiltak": "Norskopplæring",
                                                 "startdato": "01.03.2021"}]},
                Text("Tiltak for en deltaker", "Measure of a participant")),
        Example(True, {D_: [{FNR: A}], T_: [{FNR: B, "tiltak": "Norskopplæring",
                                                "startdato": "01.03.2021"}]},
                Text("Tiltak for en ukjent person", "Measure of an unknown person")),
    ),
))
