"""COV002 aarsak-skal-ikke-registreres: RY 2021-style case of a covid-extended person
whose gjennomføringsfrist is in RY, who continues after RY, and who has a reason."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import EXTENDED_JUNE_2018, FNR, A, row
from nir_desktop.core.rules.notions import cov002_applies
from nir_desktop.core.rules.sources import IMDI_2021

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
COVID = (cl.COVID_YEARS.start, cl.COVID_YEARS.stop - 1)


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    d = ctx.views.get(D_)
    if d is None:
        return []
    return [ctx.finding("COV002", d, p.r, "avslutningsarsak",
                        {"variant": "annet" if p.arsak == cl.ANNET else "default",
                         "frist": p.frist, "year": ctx.year, "arsak": p.arsak})
            for p in scoped if cov002_applies(ctx, person, p)]


RULE = register(Rule(
    id="COV002", name="aarsak-skal-ikke-registreres", severity=Severity.ERROR,
    years=COVID,
    title=Text("Avslutningsårsak skal ikke registreres", "Reason must not be registered"),
    messages={
        "default": Text(
            "Gjennomføringsfristen {frist} er i {year}, men programmet er utvidet eller "
            "forsterket og fortsetter etter {year}. Avslutningsårsak «{arsak}» skal ikke "
            "registreres.",
            "The completion deadline {frist} is in {year}, but the programme is extended or "
            "reinforced and continues after {year}. The reason «{arsak}» must not be "
            "registered.",
        ),
        "annet": Text(
            "Gjennomføringsfristen {frist} er i {year}, men programmet er utvidet eller "
            "forsterket og fortsetter etter {year}. Avslutningsårsak «{arsak}» skal ikke "
            "registreres: den blir lest som at deltakeren avsluttet uten måloppnåelse.",
            "The completion deadline {frist} is in {year}, but the programme is extended or "
            "reinforced and continues after {year}. The reason «{arsak}» must not be "
            "registered: it is read as ended without reaching the goal.",
        ),
    },
    why=Text(
        "Deltakere som fikk forlenget programmet etter den midlertidige loven, er fortsatt i "
        "program selv om fristen i NIR har gått ut. En avslutningsårsak får dem til å se "
        "avsluttet ut, og «Annet» telles som avsluttet uten å ha nådd målet.",
        "Participants extended under the temporary law are still in the programme; a reason "
        "makes them look ended, and «Annet» counts as ended without reaching the goal.",
    ),
    fix=Text("Fjern avslutningsårsaken (og en eventuell avslutningsdato) til personen faktisk "
             "avslutter.", "Remove the reason (and any end date) until the person really ends."),
    citations=(IMDI_2021,),
    checks=(person_check(check),),
    needs=((D_, "gjennomforingsfrist"), (D_, "avslutningsarsak"), (D_, "avslutningsdato")),
    needs_any=(((D_, "utvidet"), (D_, "forsterket")),),
    examples=(
        Example(False, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="31.05.2021",
                                 avslutningsarsak="Arbeid heltid")],
                        T_: [{FNR: A, "tiltak": "Arbeidspraksis", "startdato": "01.06.2018",
                              "sluttdato": "31.05.2021"}]},
                Text("Avsluttet ved fristen", "Ended at the deadline")),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato=None,
                                avslutningsarsak="Arbeid heltid")]},
                Text("Årsak, men fortsetter", "Reason, but continues"), variant="default"),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato=None,
                                avslutningsarsak="Annet")]},
                Text("«Annet», men fortsetter", "«Annet», but continues"), variant="annet"),
    ),
))
