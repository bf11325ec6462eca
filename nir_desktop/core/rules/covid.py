"""The covid-19 temporary laws (reporting years 2020–2022): COV001–COV003.

NIR was never adapted to the extended programmes, so some registrations cannot be made
and some must not be made. The predicates here are also what silences INT001, INT004,
AVS001 and AVS004 (see the catalogue).
"""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import IMDI_2021, Example, Rule, Text, register
from nir_desktop.core.rules.context import FNR, MAX, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import A

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
COVID = (cl.COVID_YEARS.start, cl.COVID_YEARS.stop - 1)

_EXT = {FNR: A, "lov": "Introduksjonsloven", "vedtaksdato": "15.05.2018",
        "programstart": "01.06.2018", "gjennomforingsfrist": "31.05.2021", "utvidet": "ja"}


def _ext(**changes: object) -> dict[str, object]:
    row = dict(_EXT)
    row.update(changes)
    return row


COV001 = Rule(
    id="COV001", name="utover-3-aar-unntatt", severity=Severity.INFO, family="covid",
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
    citation=IMDI_2021,
    needs=((D_, "programstart"),),
    needs_any=(((D_, "utvidet"), (D_, "forsterket"), (D_, "sluttmal")),),
    examples=(
        Example(False, {D_: [_ext(utvidet="nei")]}, Text("Ikke utvidet", "Not extended")),
        Example(True, {D_: [_ext()]}, Text("Utvidet, 3 år nås i juni 2021",
                                           "Extended, 3 years reached in June 2021"),
                variant="extended"),
        Example(True, {D_: [_ext(utvidet=None, lov="Integreringsloven",
                                 sluttmal="Fullført videregående opplæring")]},
                Text("Sluttmål fullført videregående", "Goal: completed upper secondary"),
                variant="vgs"),
        Example(True, {D_: [_ext()], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                           "startdato": "01.08.2021",
                                           "sluttdato": "31.12.2021"}]},
                Text("Tiltak etter 3 år", "Measure after 3 years"), variant="tiltak"),
    ),
)

COV002 = Rule(
    id="COV002", name="aarsak-skal-ikke-registreres", severity=Severity.ERROR, family="covid",
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
    citation=IMDI_2021,
    needs=((D_, "gjennomforingsfrist"), (D_, "avslutningsarsak"), (D_, "avslutningsdato")),
    needs_any=(((D_, "utvidet"), (D_, "forsterket")),),
    examples=(
        Example(False, {D_: [_ext(avslutningsdato="31.05.2021", avslutningsarsak="Arbeid heltid")],
                        T_: [{FNR: A, "tiltak": "Arbeidspraksis", "startdato": "01.06.2018",
                              "sluttdato": "31.05.2021"}]},
                Text("Avsluttet ved fristen", "Ended at the deadline")),
        Example(True, {D_: [_ext(avslutningsdato=None, avslutningsarsak="Arbeid heltid")]},
                Text("Årsak, men fortsetter", "Reason, but continues"), variant="default"),
        Example(True, {D_: [_ext(avslutningsdato=None, avslutningsarsak="Annet")]},
                Text("«Annet», men fortsetter", "«Annet», but continues"), variant="annet"),
    ),
)

COV003 = Rule(
    id="COV003", name="utelates-fra-maaloppnaaelse", severity=Severity.INFO, family="covid",
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
    citation=IMDI_2021,
    needs=((D_, "programstart"), (D_, "utvidet"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [_ext(avslutningsdato="01.06.2021", avslutningsarsak="Arbeid heltid")]},
                Text("Årsak registrert", "Reason registered")),
        Example(True, {D_: [_ext(avslutningsdato="01.06.2021",
                                 avslutningsarsak=cl.NOT_REGISTERED)]},
                Text("NIR avsluttet ved fristen", "NIR closed it at the deadline"),
                variant="default"),
        Example(True, {D_: [_ext(avslutningsdato=None, avslutningsarsak=None)]},
                Text("Fortsetter etter 3 år", "Continues after 3 years"),
                variant="open"),
    ),
)

register(COV001, COV002, COV003)


def arsak_registered(p: Programme) -> bool:
    return bool(p.arsak) and p.arsak != cl.NOT_REGISTERED


def cov002_applies(ctx: Context, person: Person, p: Programme) -> bool:
    if not ctx.covid_year or not p.covid_extended or not ctx.in_ry(p.frist):
        return False
    if not arsak_registered(p) or "avslutningsdato" in p.unknown:
        return False
    if p.end is None:
        return True
    return ctx.in_ry(p.end) and any(not x.unknown and (x.end or MAX) > ctx.ry_end
                                    for x in person.tiltak)


def cov003_applies(ctx: Context, p: Programme) -> bool:
    return (ctx.year == cl.COV003_YEAR and p.utvidet and not arsak_registered(p)
            and ctx.in_ry(p.mark))


def covid_findings(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    en = ctx.enabled
    d = ctx.views.get(D_)
    t = ctx.views.get(T_)
    if d is None or not ctx.covid_year:
        return out
    if "COV001" in en:
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
    if "COV002" in en:
        for p in scoped:
            if cov002_applies(ctx, person, p):
                out.append(ctx.finding(
                    "COV002", d, p.r, "avslutningsarsak",
                    {"variant": "annet" if p.arsak == cl.ANNET else "default",
                     "frist": p.frist, "year": ctx.year, "arsak": p.arsak}))
    if "COV003" in en:
        for p in scoped:
            if cov003_applies(ctx, p):
                params: dict[str, object] = {"mark": p.mark, "year": ctx.year,
                                             "years": cl.EXEMPT_AFTER_YEARS}
                if p.end is None:
                    params.update(variant="open", not_registered=cl.NOT_REGISTERED)
                out.append(ctx.finding("COV003", d, p.r, "avslutningsarsak", params))
    return out
