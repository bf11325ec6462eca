"""REF001 ukjent-person: a Tiltak row whose fødselsnummer is not in Deltakere; (v2) a
Norsk row whose fødselsnummer is in neither Deltakere nor Opplæring (a person in norsk og
samfunnskunnskap need not be in the programme)."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme
from nir_desktop.core.rules.examples import A, B
from nir_desktop.core.rules.sources import LINKING

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
N_ = SheetKind.NORSK
O_ = SheetKind.OPPLAERING


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    if person.d_rows:
        return out
    has_opplaering = SheetKind.OPPLAERING in ctx.views
    n_rows = [] if person.o_rows else person.n_rows
    for kind, rows in ((SheetKind.TILTAK, person.t_rows), (SheetKind.NORSK, n_rows)):
        view = ctx.views.get(kind)
        if view is None:
            continue
        params = {"sheet": view.sheet.name}
        if kind is SheetKind.NORSK and has_opplaering:
            params["variant"] = "norsk"
        for r in rows:
            out.append(ctx.finding("REF001", view, r, FNR, params))
    return out


RULE = register(Rule(
    id="REF001", name="ukjent-person", severity=Severity.ERROR,
    title=Text("Ukjent person"),
    messages={
        "default": Text(
            "Fødselsnummeret på denne raden i {sheet} finnes ikke i Deltakere."),
        "norsk": Text(
            "Fødselsnummeret på denne raden i {sheet} finnes verken i Deltakere eller i "
            "Opplæring."),
    },
    why=Text(
        "Tiltak hører til en deltaker i Deltakere, og norsktimer til en person i Deltakere "
        "eller i Opplæring; de kobles til personen med fødselsnummeret. Finnes ikke "
        "nummeret der, kan raden ikke knyttes til noen person.",
    ),
    fix=Text("Rett fødselsnummeret, eller legg til personen der den hører hjemme: i "
             "Deltakere (tiltak og program) eller, for norsktimer uten program, i Opplæring."),
    citations=(LINKING,),
    checks=(person_check(check, every_person=True),),
    needs=((D_, FNR),),
    examples=(
        Example(False, {D_: [{FNR: A}], T_: [{FNR: A, "tiltak": "Norskopplæring",
                                                 "startdato": "01.03.2021"}]},
                Text("Tiltak for en deltaker")),
        Example(True, {D_: [{FNR: A}], T_: [{FNR: B, "tiltak": "Norskopplæring",
                                                "startdato": "01.03.2021"}]},
                Text("Tiltak for en ukjent person"),
                variant="default"),
        Example(False, {D_: [{FNR: A}], N_: [{FNR: B, "startdato": "01.03.2021"}],
                        O_: [{FNR: B, "lov": "Integreringsloven"}]},
                Text("Norsktimer for en person i Opplæring")),
        Example(True, {D_: [{FNR: A}], N_: [{FNR: B, "startdato": "01.03.2021"}],
                       O_: [{FNR: A, "lov": "Integreringsloven"}]},
                Text("Norsktimer for en ukjent person"),
                variant="norsk"),
    ),
))
