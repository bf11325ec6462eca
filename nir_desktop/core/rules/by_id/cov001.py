"""COV001 utover-3-aar-unntatt: the person's exempt period (covid-extended, or the 4th
programme year) overlaps RY. NIR takes no vedtak on the extension, tiltak or reason for
it, and the municipality is exempt; INT001 and AVS001 are silent there."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, MAX, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import EXTENDED_JUNE_2018, A, row
from nir_desktop.core.rules.sources import IMDI_2021

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
COVID = (cl.COVID_YEARS.start, cl.COVID_YEARS.stop - 1)


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    t = ctx.views.get(T_)
    if d is None or not ctx.covid_year:
        return out
    for p in scoped:
        if not ctx.exempt_overlaps_ry(p):
            continue
        if not (p.covid_extended or p.sluttmal == cl.SLUTTMAL_VGS):
            continue  # exempt only because utvidet/forsterket could not be read
        variant = "extended" if p.covid_extended else "vgs"
        params: dict[str, object] = {"variant": variant, "mark": p.mark,
                                     "years": cl.EXEMPT_AFTER_YEARS}
        if variant == "vgs":
            params["sluttmal"] = cl.SLUTTMAL_VGS
        out.append(ctx.finding("COV001", d, p.r, FNR, params))
        ex = p.exempt_start
        if t is None or ex is None:
            continue
        for x in person.tiltak:
            if x.unknown or x.start is None or x.start < ex:
                continue
            if (x.end or MAX) > (p.end or MAX):
                continue
            if overlaps(x.start, x.end, ctx.ry_start, ctx.ry_end):
                out.append(ctx.finding("COV001", t, x.r, "startdato",
                                       {"variant": "tiltak", "mark": ex}))
    return out


RULE = register(Rule(
    id="COV001", name="utover-3-aar-unntatt", severity=Severity.INFO,
    years=COVID,
    title=Text("Programtid utover 3 år: unntatt", "Programme time beyond 3 years: exempt"),
    messages={
        "extended": Text(
            "Programmet er utvidet eller forsterket etter den midlertidige loven. Fra {mark} "
            "er programtiden over {years} år: NIR tar ikke imot vedtak, tiltak eller "
            "avslutningsårsak for denne delen, og kommunen er unntatt plikten til å registrere "
            "den.",
            "The programme is extended or reinforced under the temporary law. From {mark} the "
            "programme time is over {years} years: NIR takes no decision, measure or reason "
            "for that part, and the municipality is exempt from registering it.",
        ),
        "vgs": Text(
            "Sluttmålet er «{sluttmal}». Fra {mark} er programtiden over {years} år: NIR tar "
            "ikke imot vedtak, tiltak eller avslutningsårsak for det siste året, og kommunen "
            "er unntatt plikten til å registrere det.",
            "The final goal is «{sluttmal}». From {mark} the programme time is over {years} "
            "years: NIR takes no registration for the last year, and the municipality is "
            "exempt.",
        ),
        "tiltak": Text(
            "Tiltaket ligger helt i programtiden etter {mark}, som NIR ikke tar imot. Det kan "
            "ikke registreres i NIR, og kommunen er unntatt plikten.",
            "The measure lies wholly in the programme time after {mark}, which NIR does not "
            "take. It cannot be registered, and the municipality is exempt.",
        ),
    },
    why=Text(
        "NIR ble ikke tilpasset de midlertidige lovene under covid-19. Programtid utover 3 år "
        "(regnet med gyldig fravær og permisjon) kan derfor ikke registreres, og kommunen har "
        "ikke plikt til det. Kontrollene for manglende tiltak, vedtak og avslutningsårsak ser "
        "bort fra denne delen.",
        "NIR was not adapted to the temporary covid-19 laws; programme time beyond 3 years "
        "cannot be registered, and need not be.",
    ),
    fix=Text("Ingenting å rette. Tiltak i denne perioden vil ikke bli tatt imot av NIR.",
             "Nothing to fix. Measures in this period will not be accepted by NIR."),
    citations=(IMDI_2021,),
    checks=(person_check(check),),
    needs=((D_, "programstart"),),
    needs_any=(((D_, "utvidet"), (D_, "forsterket"), (D_, "sluttmal")),),
    examples=(
        Example(False, {D_: [row(EXTENDED_JUNE_2018, utvidet="nei")]},
                Text("Ikke utvidet", "Not extended")),
        Example(True, {D_: [EXTENDED_JUNE_2018]}, Text("Utvidet, 3 år nås i juni 2021",
                                                       "Extended, 3 years reached in June 2021"),
                variant="extended"),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, utvidet=None, lov="Integreringsloven",
                                sluttmal="Fullført videregående opplæring")]},
                Text("Sluttmål fullført videregående", "Goal: completed upper secondary"),
                variant="vgs"),
        Example(True, {D_: [EXTENDED_JUNE_2018],
                       T_: [{FNR: A, "tiltak": "Arbeidspraksis", "startdato": "01.08.2021",
                             "sluttdato": "31.12.2021"}]},
                Text("Tiltak etter 3 år", "Measure after 3 years"), variant="tiltak"),
    ),
))
