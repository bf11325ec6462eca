"""COV004 aarsak-i-unntaksperioden (v2): covid-extended or 4th programme year, the
avslutningsdato after the 3-year frist (+1 day), and a real avslutningsårsak: NIR cannot
take it. In NIR the person stands ended on the 3-year frist with «Avslutningsårsak ikke
registrert» (in 2021 taken out of måloppnåelse if utvidet); the preview follows NIR."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import ENDED_2021, EXTENDED_JUNE_2018, row
from nir_desktop.core.rules.notions import cov004_applies
from nir_desktop.core.rules.sources import IMDI_2021, RESULTS_2020

D_ = SheetKind.DELTAKERE

PARAMS = {"years": cl.EXEMPT_AFTER_YEARS}


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    d = ctx.views.get(D_)
    if d is None or not person.special:
        return []
    # Only a covid-extended programme is closed by NIR itself on the frist (rules.md,
    # Notation «NIR ending»); the 4th year has its own message, which claims no more than
    # the 2021 page does.
    return [ctx.finding("COV004", d, p.r, "avslutningsarsak",
                        {"variant": "default" if p.covid_extended else "fourth_year",
                         "arsak": p.arsak, "avslutningsdato": p.end, "frist": p.frist3,
                         "years": PARAMS["years"], "not_registered": cl.NOT_REGISTERED,
                         "sluttmal": cl.SLUTTMAL_VGS})
            for p in scoped if cov004_applies(p)]


RULE = register(Rule(
    id="COV004", name="aarsak-i-unntaksperioden", severity=Severity.WARNING,
    params=PARAMS,
    title=Text("Avslutningsårsak etter 3-årsfristen"),
    messages={"default": Text(
        "Programmet ble avsluttet {avslutningsdato} med årsak «{arsak}», etter "
        "{years}-årsfristen {frist}. NIR tar ikke imot årsaken: der står personen avsluttet "
        "{frist} med «{not_registered}», og det er det måloppnåelsen regnes fra.",
    ), "fourth_year": Text(
        "Programmet med sluttmål «{sluttmal}» ble avsluttet {avslutningsdato} med årsak "
        "«{arsak}», i det fjerde året etter {years}-årsfristen {frist}. Da IMDi skrev "
        "veiledningen for 2021, kunne NIR ikke ta imot det fjerde året. Sjekk om NIR tar "
        "imot årsaken nå.",
    )},
    why=Text(
        "NIR kan ikke ta imot registreringer for programtid utover 3 år for utvidede "
        "programmer, og da IMDi skrev veiledningen for 2021, heller ikke for det fjerde året. "
        "Når tiden for et utvidet program går ut, avslutter NIR programmet selv med "
        "«Avslutningsårsak ikke registrert». Årsaken i fagsystemet kommer da ikke med i "
        "NIR, og forhåndsvisningen av måloppnåelse følger NIR.",
    ),
    fix=Text("Utvidet program: ingenting å rette i filen. Vit at NIR viser personen som "
             "avsluttet på 3-årsfristen uten årsak. Det fjerde året: sjekk om NIR tar imot "
             "årsaken nå."),
    citations=(
        RESULTS_2020.cite(Text(
            "Utvidede deltakere over 3 år kan ikke få avslutningsårsak i NIR, og NIR viser dem "
            "som avsluttet med «Avslutningsårsak ikke registrert» når 3 år er gått.")),
        IMDI_2021.cite(Text(
            "Det fjerde året for sluttmålet fullført videregående kan ikke registreres, og "
            "utvidede deltakere som står uten årsak ved 3-årsfristen tas ut av måloppnåelsen "
            "for 2021.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (D_, "avslutningsdato"), (D_, "avslutningsarsak")),
    needs_any=(((D_, "utvidet"), (D_, "forsterket"), (D_, "sluttmal")),),
    examples=(
        Example(False, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="01.06.2021",
                                 avslutningsarsak="Arbeid heltid")]},
                Text("Avsluttet dagen etter fristen: regnes som ved fristen")),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="31.10.2021",
                                avslutningsarsak="Arbeid heltid")]},
                Text("Årsak registrert fem måneder etter fristen"), variant="default"),
        Example(False, {D_: [ENDED_2021]}, Text("Avsluttet innenfor 3 år")),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, utvidet=None, lov="Integreringsloven",
                                sluttmal=cl.SLUTTMAL_VGS, avslutningsdato="31.10.2021",
                                avslutningsarsak="Arbeid heltid")]},
                Text("Det fjerde året, årsak registrert"),
                variant="fourth_year"),
    ),
))
