"""COV003 utelates-fra-maaloppnaaelse: RY 2021, utvidet (not only forsterket), no reason
registered, and the NIR ending falls in RY on the 3-year frist: the person is taken out of
the måloppnåelse basis for 2021.

(v2) Two variants: «avsluttet» (avslutningsdato in RY at or after the 3-year frist) and
«prognose» (no avslutningsdato, or a later one: NIR will close it on the frist). An ending
with «ikke registrert» before the 3-year frist is not this: that is AVS001.
"""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import EXTENDED_JUNE_2018, row
from nir_desktop.core.rules.notions import GUIDANCE_YEAR, cov003_variant
from nir_desktop.core.rules.sources import IMDI_2021

D_ = SheetKind.DELTAKERE

PARAMS = {"years": cl.EXEMPT_AFTER_YEARS}


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    if d is None or not person.special:
        return out
    for p in scoped:
        variant = cov003_variant(ctx, p)
        if variant is not None:
            out.append(ctx.finding("COV003", d, p.r, "avslutningsarsak",
                                   {"variant": variant, "frist": p.frist3, "year": ctx.year,
                                    "years": PARAMS["years"],
                                    "not_registered": cl.NOT_REGISTERED}))
    return out


RULE = register(Rule(
    id="COV003", name="utelates-fra-maaloppnaaelse", severity=Severity.INFO,
    years=(GUIDANCE_YEAR, GUIDANCE_YEAR),
    params=PARAMS,
    title=Text("Tas ut av måloppnåelse for 2021"),
    messages={
        "avsluttet": Text(
            "Utvidet program avsluttet ved {years}-årsfristen {frist} uten registrert "
            "avslutningsårsak: personen tas ut av grunnlaget for måloppnåelse for {year}.",
        ),
        "prognose": Text(
            "Utvidet program der {years}-årsfristen {frist} er i {year}, uten avslutning i "
            "{year} i filen. NIR avslutter programmet på fristen med «{not_registered}», og "
            "personen tas ut av grunnlaget for måloppnåelse for {year} så lenge ingen årsak "
            "registreres.",
        ),
    },
    why=Text(
        "Fordi NIR ikke kunne ta imot avslutningsårsak etter 3 år, tas deltakere med utvidet "
        "program og «Avslutningsårsak ikke registrert» ut av beregningen av måloppnåelse for "
        "2021. Det gjelder bare så lenge kommunen ikke har registrert en årsak.",
    ),
    fix=Text("Ingenting å rette. Registrer ikke en årsak bare for å fylle feltet."),
    citations=(
        IMDI_2021.cite(Text(
            "Utvidede deltakere med «Avslutningsårsak ikke registrert» når 3-årsfristen med "
            "fravær og permisjon er ute, tas ut av grunnlaget for måloppnåelse for 2021 så "
            "lenge ingen årsak er registrert.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (D_, "utvidet"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="01.06.2021",
                                 avslutningsarsak="Arbeid heltid")]},
                Text("Årsak registrert")),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="01.06.2021",
                                avslutningsarsak=cl.NOT_REGISTERED)]},
                Text("NIR avsluttet ved fristen"),
                variant="avsluttet"),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato=None,
                                avslutningsarsak=None)]},
                Text("Fortsetter etter 3 år"),
                variant="prognose"),
        Example(False, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="30.04.2021",
                                 avslutningsarsak=cl.NOT_REGISTERED)]},
                Text("«Ikke registrert» før 3-årsfristen er AVS001, ikke dette")),
    ),
))
