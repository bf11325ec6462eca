"""COV003 utelates-fra-maaloppnaaelse: RY 2021, utvidet, no reason registered, and the
3-year mark in RY: the person is left out of the måloppnåelse basis for 2021."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import EXTENDED_JUNE_2018, row
from nir_desktop.core.rules.notions import cov003_applies
from nir_desktop.core.rules.sources import IMDI_2021

D_ = SheetKind.DELTAKERE


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    if d is None:
        return out
    for p in scoped:
        if cov003_applies(ctx, p):
            params: dict[str, object] = {"mark": p.mark, "year": ctx.year,
                                         "years": cl.EXEMPT_AFTER_YEARS}
            if p.end is None:
                params.update(variant="open", not_registered=cl.NOT_REGISTERED)
            out.append(ctx.finding("COV003", d, p.r, "avslutningsarsak", params))
    return out


RULE = register(Rule(
    id="COV003", name="utelates-fra-maaloppnaaelse", severity=Severity.INFO,
    years=(cl.COV003_YEAR, cl.COV003_YEAR),
    title=Text("Tas ut av måloppnåelse for 2021", "Left out of goal attainment for 2021"),
    messages={
        "default": Text(
            "Utvidet program der {years}-årsgrensen ({mark}) er i {year}, uten registrert "
            "avslutningsårsak: personen tas ut av grunnlaget for måloppnåelse for {year}.",
            "Extended programme whose {years}-year mark ({mark}) is in {year}, without a "
            "registered reason: the person is left out of the goal-attainment basis for "
            "{year}.",
        ),
        "open": Text(
            "Utvidet program der {years}-årsgrensen ({mark}) er i {year}, uten avslutning i "
            "filen. Avslutter NIR programmet med «{not_registered}», tas personen ut av "
            "grunnlaget for måloppnåelse for {year}.",
            "Extended programme whose {years}-year mark ({mark}) is in {year}, not ended in "
            "the file. If NIR closes it with «{not_registered}», the person is left out of "
            "the goal-attainment basis for {year}.",
        ),
    },
    why=Text(
        "Fordi NIR ikke kunne ta imot avslutningsårsak etter 3 år, tas deltakere med utvidet "
        "program og «Avslutningsårsak ikke registrert» ut av beregningen av måloppnåelse for "
        "2021. Det gjelder bare så lenge kommunen ikke har registrert en årsak.",
        "Because NIR could not take a reason after 3 years, such participants are left out of "
        "the 2021 goal attainment, as long as no reason is registered.",
    ),
    fix=Text("Ingenting å rette. Registrer ikke en årsak bare for å fylle feltet.",
             "Nothing to fix. Do not register a reason just to fill the field."),
    citations=(IMDI_2021,),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (D_, "utvidet"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="01.06.2021",
                                 avslutningsarsak="Arbeid heltid")]},
                Text("Årsak registrert", "Reason registered")),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="01.06.2021",
                                avslutningsarsak=cl.NOT_REGISTERED)]},
                Text("NIR avsluttet ved fristen", "NIR closed it at the deadline"),
                variant="default"),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato=None,
                                avslutningsarsak=None)]},
                Text("Fortsetter etter 3 år", "Continues after 3 years"),
                variant="open"),
    ),
))
