"""AVS001 avslutningsaarsak-mangler: avslutningsdato in RY and avslutningsårsak empty or
«Avslutningsårsak ikke registrert».

(v2) Not raised where NIR cannot take a reason (an ending at or after the 3-year frist of
a covid-extended person, or in the 4th programme year: COV001/COV003), nor for a
covid-extended person whose gjennomføringsfrist is in RY and who continues after RY (the
state the 2021 guidance asks for). An ending inside the 3 years can take a reason, so
AVS001 is raised there even for a covid-extended person.
"""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import ENDED_2021, row
from nir_desktop.core.rules.notions import arsak_registered, exempt_ending, extended_continuing
from nir_desktop.core.rules.sources import IMDI_2021, IMDI_2023, REMINDER_2024

D_ = SheetKind.DELTAKERE

# Forsterket (not utvidet) from 2018: exempt from the 3-year mark, COV003 does not apply.
_REINFORCED = row(ENDED_2021, lov="Introduksjonsloven", vedtaksdato="15.12.2017",
                  programstart="01.01.2018", gjennomforingsfrist="31.12.2020", sluttmal=None,
                  forsterket="ja", avslutningsarsak=cl.NOT_REGISTERED)


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    if d is None:
        return out
    for p in scoped:
        if not ctx.in_ry(p.end) or arsak_registered(p):
            continue
        if exempt_ending(p) or extended_continuing(ctx, person, p):
            continue
        params: dict[str, object] = {"avslutningsdato": p.end, "year": ctx.year}
        if p.arsak:
            params.update(variant="not_registered", not_registered=cl.NOT_REGISTERED)
        else:
            params["variant"] = "empty"
        out.append(ctx.finding("AVS001", d, p.r, "avslutningsarsak", params))
    return out


RULE = register(Rule(
    id="AVS001", name="avslutningsaarsak-mangler", severity=Severity.ERROR,
    title=Text("Avslutningsårsak mangler"),
    messages={
        "empty": Text("Avslutningsdato {avslutningsdato} er i {year}, men avslutningsårsak "
                      "mangler."),
        "not_registered": Text(
            "Avslutningsdato {avslutningsdato} er i {year}, men avslutningsårsak er "
            "«{not_registered}».",
        ),
    },
    why=Text(
        "Avslutningsårsaken er hovedaktiviteten deltakeren gikk til. En person som står med "
        "«Avslutningsårsak ikke registrert», er med i grunnlaget for måloppnåelse og telles "
        "som ikke nådd, så kommunens andel blir lavere. Kommunen skal registrere avslutning og "
        "årsak for alle som ikke lenger er i program.",
    ),
    fix=Text("Registrer hva personen gikk til (arbeid, utdanning eller annet)."),
    citations=(
        REMINDER_2024.cite(Text(
            "Personer med «Avslutningsårsak ikke registrert» er med i grunnlaget for "
            "måloppnåelse og trekker andelen ned, så avslutning og årsak skal registreres for "
            "alle som har sluttet.")),
        IMDI_2023.cite(Text(
            "Sluttmål og avslutningsårsak skal være registrert for alle som avsluttet "
            "programmet i året.")),
        IMDI_2021.cite(Text(
            "For utvidede deltakere som fortsetter etter fristen, bør kommunen ikke registrere "
            "årsak, og etter 3 år kan NIR ikke ta imot den.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "avslutningsdato"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [ENDED_2021]}, Text("Årsak registrert")),
        Example(False, {D_: [_REINFORCED]},
                Text("Avsluttet etter 3 år med forsterket program: unntatt")),
        Example(True, {D_: [row(ENDED_2021, avslutningsarsak=None)]},
                Text("Tom årsak"), variant="empty"),
        Example(True, {D_: [row(ENDED_2021, avslutningsarsak=cl.NOT_REGISTERED)]},
                Text("Ikke registrert"), variant="not_registered"),
    ),
))
