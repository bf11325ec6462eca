"""COV001 utover-3-aar-unntatt: the person's exempt period (after the 3-year frist of a
covid-extended person, or the 4th programme year) overlaps RY. NIR takes no vedtak on the
extension, tiltak or reason for it, and the municipality is exempt; INT001, INT006 and
AVS001 are silent there (INT004 is not).

(v2) All years where it occurs (not only 2020–2022), and the 4th programme year only under
integreringsloven (incl. 6A) with sluttmål «Fullført videregående opplæring»; that variant
says NIR may since have been adapted.
"""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, MAX, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import EXTENDED_JUNE_2018, A, row
from nir_desktop.core.rules.sources import IMDI_2021, RESULTS_2020

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK

PARAMS = {"years": cl.EXEMPT_AFTER_YEARS}


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    t = ctx.views.get(T_)
    if d is None or not person.special:
        return out
    for p in scoped:
        if not ctx.exempt_overlaps_ry(p):
            continue
        if not (p.covid_extended or p.fourth_year):
            continue  # exempt only because utvidet/forsterket could not be read
        variant = "extended" if p.covid_extended else "fourth_year"
        params: dict[str, object] = {"variant": variant, "frist": p.frist3,
                                     "years": PARAMS["years"]}
        if variant == "fourth_year":
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
                                       {"variant": "tiltak", "frist": p.frist3,
                                        "years": PARAMS["years"]}))
    return out


RULE = register(Rule(
    id="COV001", name="utover-3-aar-unntatt", severity=Severity.INFO,
    params=PARAMS,
    title=Text("Programtid utover 3 år: unntatt"),
    messages={
        "extended": Text(
            "Programmet er utvidet eller forsterket etter den midlertidige loven, og "
            "{years}-årsfristen er {frist}. For tiden etter den tar NIR ikke imot vedtak om "
            "forlengelse, tiltak eller avslutningsårsak, og kommunen er unntatt plikten til å "
            "registrere den.",
        ),
        "fourth_year": Text(
            "Integreringsloven med sluttmål «{sluttmal}»: programmet kan vare et fjerde år, "
            "og {years}-årsfristen er {frist}. Da IMDi skrev veiledningen for 2021, kunne NIR "
            "ikke ta imot det fjerde året, og kommunen var unntatt. NIR kan være tilpasset "
            "siden: sjekk om det fjerde året kan registreres nå.",
        ),
        "tiltak": Text(
            "Tiltaket ligger helt i programtiden etter {years}-årsfristen {frist}, som NIR ikke "
            "tar imot. Det kan ikke registreres i NIR, og kommunen er unntatt plikten.",
        ),
    },
    why=Text(
        "NIR ble ikke tilpasset de midlertidige lovene under covid-19, og heller ikke det "
        "fjerde året for sluttmålet fullført videregående opplæring. Programtid utover 3 år "
        "(regnet med gyldig fravær og permisjon) kan derfor ikke registreres, og kommunen er "
        "unntatt plikten. Kontrollene for manglende tiltak og avslutningsårsak ser bort fra "
        "denne delen. Vedtaket om selve programmet kan registreres og skal være der.",
    ),
    fix=Text("Ingenting å rette. Tiltak i denne perioden vil ikke bli tatt imot av NIR."),
    citations=(
        IMDI_2021.cite(Text(
            "NIR er ikke tilpasset de midlertidige lovene eller det fjerde året for sluttmålet "
            "fullført videregående, og kommunen er unntatt der NIR ikke kan ta imot "
            "registreringen.")),
        RESULTS_2020.cite(Text(
            "Utvidede deltakere over 3 år kan ikke få vedtak, tiltak eller avslutningsårsak i "
            "NIR.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "programstart"),),
    needs_any=(((D_, "utvidet"), (D_, "forsterket"), (D_, "sluttmal")),),
    examples=(
        Example(False, {D_: [row(EXTENDED_JUNE_2018, utvidet="nei")]},
                Text("Ikke utvidet")),
        Example(True, {D_: [EXTENDED_JUNE_2018]}, Text("Utvidet, 3 år nås i juni 2021"),
                variant="extended"),
        Example(True, {D_: [row(EXTENDED_JUNE_2018, utvidet=None, lov="Integreringsloven",
                                sluttmal="Fullført videregående opplæring")]},
                Text("Integreringsloven, sluttmål fullført videregående"),
                variant="fourth_year"),
        Example(False, {D_: [row(EXTENDED_JUNE_2018, utvidet=None,
                                 sluttmal="Fullført videregående opplæring")]},
                Text("Introduksjonsloven har ikke noe fjerde år")),
        Example(True, {D_: [EXTENDED_JUNE_2018],
                       T_: [{FNR: A, "tiltak": "Arbeidspraksis", "startdato": "01.08.2021",
                             "sluttdato": "31.12.2021"}]},
                Text("Tiltak etter 3 år"), variant="tiltak"),
    ),
))
