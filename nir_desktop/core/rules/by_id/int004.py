"""INT004 vedtak-mangler: participated in RY and no vedtaksdato.

(v2) Also in the exempt period: only the vedtak on the extension beyond 3 years cannot be
registered, the programme's own vedtak can."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import EXTENDED_2018, INTEGRERING_2021, row
from nir_desktop.core.rules.sources import IMDI_2021, IMDI_2022, IMDI_2023

D_ = SheetKind.DELTAKERE


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    d = ctx.views.get(D_)
    if d is None:
        return []
    return [ctx.finding("INT004", d, p.r, "vedtaksdato", {"year": ctx.year})
            for p in scoped
            if not p.vedtak and "programstart" not in p.unknown
            and "avslutningsdato" not in p.unknown and ctx.participated(person, p)]


RULE = register(Rule(
    id="INT004", name="vedtak-mangler", severity=Severity.ERROR,
    title=Text("Vedtak mangler"),
    messages={"default": Text(
        "Vedtaksdato mangler, men personen deltok i programmet i {year}.",
    )},
    why=Text(
        "Vedtaket om introduksjonsprogram er en av opplysningene kommunen skal registrere i "
        "NIR, og IMDi ber kommunene kontrollere at det er der. Bare vedtaket om forlengelse "
        "utover 3 år kan ikke registreres; programmets eget vedtak kan det.",
    ),
    fix=Text("Registrer datoen for vedtaket om introduksjonsprogram."),
    citations=(
        IMDI_2021.cite(Text(
            "IMDi ber kommunene kontrollere vedtak etter begge lovene; bare vedtak om "
            "forlengelse utover 3 år kan ikke registreres.")),
        IMDI_2022.cite(Text(
            "Vedtak er blant opplysningene som skal registreres for introduksjonsprogrammet."),
            "Introduksjonsprogram"),
        IMDI_2023.cite(Text(
            "NIRs personliste har et ferdig filter for personer med og uten vedtak.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (D_, "vedtaksdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021]}, Text("Vedtak registrert")),
        Example(True, {D_: [row(EXTENDED_2018, vedtaksdato=None)]},
                Text("Bare tid utover 3 år i 2021: programmets eget vedtak kan likevel "
                     "registreres")),
        Example(True, {D_: [row(INTEGRERING_2021, vedtaksdato=None)]},
                Text("Uten vedtaksdato")),
    ),
))
