"""COV002 aarsak-boer-ikke-registreres: RY 2021, a covid-extended person whose
gjennomføringsfrist is in RY and who continues after RY has an avslutningsårsak.

(v2) A WARNING: the 2021 guidance says the municipality should not («bør ikke») register
a reason there, and that «Annet» reads as no goal reached. The fix removes the
avslutningsårsak and nothing else (v1 was an ERROR that also removed the date).
"""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import EXTENDED_JUNE_2018, FNR, A, row
from nir_desktop.core.rules.notions import GUIDANCE_YEAR, cov002_applies
from nir_desktop.core.rules.sources import IMDI_2021

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    d = ctx.views.get(D_)
    if d is None or not person.special:
        return []
    return [ctx.finding("COV002", d, p.r, "avslutningsarsak",
                        {"variant": "annet" if p.arsak == cl.ANNET else "default",
                         "frist": p.frist, "year": ctx.year, "arsak": p.arsak},
                        suggestion="")
            for p in scoped if cov002_applies(ctx, person, p)]


RULE = register(Rule(
    id="COV002", name="aarsak-boer-ikke-registreres", severity=Severity.WARNING,
    years=(GUIDANCE_YEAR, GUIDANCE_YEAR),
    title=Text("Avslutningsårsak bør ikke registreres"),
    messages={
        "default": Text(
            "Gjennomføringsfristen {frist} er i {year}, men programmet er utvidet eller "
            "forsterket og fortsetter etter {year}. Avslutningsårsak «{arsak}» bør ikke "
            "registreres så lenge personen er i program.",
        ),
        "annet": Text(
            "Gjennomføringsfristen {frist} er i {year}, men programmet er utvidet eller "
            "forsterket og fortsetter etter {year}. Avslutningsårsak «{arsak}» bør ikke "
            "registreres: den blir lest som at deltakeren avsluttet uten å nå målet.",
        ),
    },
    why=Text(
        "Deltakere som fikk forlenget programmet etter den midlertidige loven, er fortsatt i "
        "program selv om gjennomføringsfristen i NIR har gått ut. IMDi ba kommunene om ikke å "
        "registrere avslutningsårsak for dem, og sa at «Annet» blir lest som at målet ikke "
        "ble nådd.",
    ),
    fix=Text("Fjern avslutningsårsaken (forslaget gjør bare det). Registrer årsaken når "
             "personen faktisk avslutter."),
    citations=(
        IMDI_2021.cite(Text(
            "Når fristen er i 2021 men deltakeren fortsetter i 2022 etter forlengelse, bør "
            "kommunen ikke registrere avslutningsårsak, og «Annet» leses som at målet ikke ble "
            "nådd.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "gjennomforingsfrist"), (D_, "avslutningsarsak"), (D_, "avslutningsdato")),
    needs_any=(((D_, "utvidet"), (D_, "forsterket")),),
    examples=(
        Example(False, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato="31.05.2021",
                                 avslutningsarsak="Arbeid heltid")],
                        T_: [{FNR: A, "tiltak": "Arbeidspraksis", "startdato": "01.06.2018",
                              "sluttdato": "31.05.2021"}]},
                Text("Avsluttet ved fristen")),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato=None,
                                avslutningsarsak="Arbeid heltid")]},
                Text("Årsak, men fortsetter"), variant="default"),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, avslutningsdato=None,
                                avslutningsarsak="Annet")]},
                Text("«Annet», men fortsetter"), variant="annet"),
    ),
))
