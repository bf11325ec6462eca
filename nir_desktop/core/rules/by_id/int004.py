"""INT004 vedtak-mangler: participated in RY and no vedtaksdato.

(v2) Also in the exempt period: only the vedtak on the extension beyond 3 years cannot be
registered, the programme's own vedtak can."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import EXTENDED_2018, INTEGRERING_2021, row
from nir_desktop.core.rules.sources import IMDI_2021

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
    title=Text("Vedtak mangler", "Decision missing"),
    messages={"default": Text(
        "Vedtaksdato mangler, men personen deltok i programmet i {year}.",
        "The decision date is missing, but the person took part in the programme in {year}.",
    )},
    why=Text(
        "Vedtaket er grunnlaget for programmet. Uten vedtak i NIR telles ikke deltakelsen som "
        "et introduksjonsprogram.",
        "The decision is the basis of the programme; without it the participation does not "
        "count.",
    ),
    fix=Text("Registrer datoen for vedtaket om introduksjonsprogram.",
             "Register the date of the decision."),
    citations=(IMDI_2021,),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (D_, "vedtaksdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021]}, Text("Vedtak registrert", "Decision registered")),
        Example(True, {D_: [row(EXTENDED_2018, vedtaksdato=None)]},
                Text("Bare tid utover 3 år i 2021: programmets eget vedtak kan likevel "
                     "registreres", "Only time beyond 3 years: the programme's own decision "
                     "can still be registered")),
        Example(True, {D_: [row(INTEGRERING_2021, vedtaksdato=None)]},
                Text("Uten vedtaksdato", "No decision")),
    ),
))
