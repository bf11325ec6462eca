"""Ending the programme: avslutningsdato and avslutningsårsak (AVS001–AVS005)."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import IMDI_2021, Example, Rule, Text, register
from nir_desktop.core.rules.context import FNR, MAX, MIN, Context, Person, Programme, overlaps
from nir_desktop.core.rules.covid import arsak_registered, cov002_applies, cov003_applies
from nir_desktop.core.rules.examples import A

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK

_ENDED = {FNR: A, "lov": "Integreringsloven", "vedtaksdato": "15.02.2021",
          "programstart": "01.03.2021", "gjennomforingsfrist": "28.02.2023", "sluttmal": "Arbeid",
          "avslutningsdato": "30.06.2021", "avslutningsarsak": "Arbeid heltid"}
_TILTAK = {FNR: A, "tiltak": "Arbeidspraksis", "startdato": "01.03.2021",
           "sluttdato": "30.06.2021"}


def _e(**changes: object) -> dict[str, object]:
    row = dict(_ENDED)
    row.update(changes)
    return row


# Forsterket (not utvidet) from 2018: exempt from the 3-year mark, COV003 does not apply.
_REINFORCED = _e(lov="Introduksjonsloven", vedtaksdato="15.12.2017", programstart="01.01.2018",
                 gjennomforingsfrist="31.12.2020", sluttmal=None, forsterket="ja",
                 avslutningsarsak=cl.NOT_REGISTERED)

AVS001 = Rule(
    id="AVS001", name="avslutningsaarsak-mangler", severity=Severity.ERROR, family="avslutning",
    title=Text("Avslutningsårsak mangler", "Reason for ending missing"),
    messages={
        "empty": Text("Avslutningsdato {avslutningsdato} er i {year}, men avslutningsårsak "
                      "mangler.",
                      "The end date {avslutningsdato} is in {year}, but the reason for ending "
                      "is missing."),
        "not_registered": Text(
            "Avslutningsdato {avslutningsdato} er i {year}, men avslutningsårsak er "
            "«{not_registered}».",
            "The end date {avslutningsdato} is in {year}, but the reason is «{not_registered}».",
        ),
    },
    why=Text(
        "Avslutningsårsaken er hovedaktiviteten deltakeren gikk til, og måloppnåelsen regnes ut "
        "fra den. Uten årsak telles personen som avsluttet uten å ha nådd målet. Kommunen skal "
        "registrere årsak for alle som avsluttet i året, så langt det er mulig.",
        "The reason is the participant's main activity after the programme, and goal "
        "attainment is computed from it; without it the person counts as not reaching the goal.",
    ),
    fix=Text("Registrer hva personen gikk til (arbeid, utdanning eller annet).",
             "Register what the person went on to."),
    citation=IMDI_2021,
    needs=((D_, "avslutningsdato"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [_ENDED]}, Text("Årsak registrert", "Reason registered")),
        Example(False, {D_: [_REINFORCED]},
                Text("Avsluttet etter 3 år med forsterket program: unntatt",
                     "Ended after 3 years of a reinforced programme: exempt")),
        Example(True, {D_: [_e(avslutningsarsak=None)]}, Text("Tom årsak", "Empty reason"),
                variant="empty"),
        Example(True, {D_: [_e(avslutningsarsak=cl.NOT_REGISTERED)]},
                Text("Ikke registrert", "Not registered"), variant="not_registered"),
    ),
)

AVS002 = Rule(
    id="AVS002", name="aarsak-uten-dato", severity=Severity.ERROR, family="avslutning",
    title=Text("Avslutningsårsak uten dato", "Reason without end date"),
    messages={"default": Text(
        "Avslutningsårsak «{arsak}» er registrert, men avslutningsdato mangler.",
        "The reason «{arsak}» is registered, but the end date is missing.",
    )},
    why=Text(
        "En avslutning består av både dato og årsak. Uten dato vet ikke NIR hvilket år "
        "personen avsluttet, og personen kommer ikke med i riktig års tall.",
        "An ending needs both a date and a reason; without the date the person lands in no "
        "year's figures.",
    ),
    fix=Text("Registrer avslutningsdatoen, eller fjern årsaken hvis personen fortsatt er i "
             "program.", "Register the end date, or remove the reason if the person continues."),
    citation=IMDI_2021,
    needs=((D_, "avslutningsdato"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [_ENDED]}, Text("Dato og årsak", "Date and reason")),
        Example(True, {D_: [_e(avslutningsdato=None)]}, Text("Uten dato", "No date")),
    ),
)

AVS003 = Rule(
    id="AVS003", name="tiltak-etter-avslutning", severity=Severity.WARNING, family="avslutning",
    title=Text("Tiltak etter avslutning", "Measure after the end"),
    messages={"default": Text(
        "Tiltaket starter {start}, etter at programmet ble avsluttet {avslutningsdato}. "
        "Personen står trolig feilaktig som avsluttet.",
        "The measure starts {start}, after the programme ended {avslutningsdato}. The person "
        "is probably wrongly shown as ended.",
    )},
    why=Text(
        "Et tiltak etter avslutningen betyr at personen fortsatt var i program, eller at "
        "tiltaket har feil dato. Da er enten avslutningen eller tiltaket feil.",
        "A measure after the end means the person was still in the programme, or the measure "
        "has a wrong date.",
    ),
    fix=Text("Rett avslutningsdatoen, eller datoen på tiltaket.",
             "Correct the end date or the measure's date."),
    citation=IMDI_2021,
    needs=((D_, "avslutningsdato"), (T_, "startdato")),
    examples=(
        Example(False, {D_: [_ENDED], T_: [_TILTAK]}, Text("Tiltak før slutt", "Before the end")),
        Example(True, {D_: [_ENDED], T_: [_TILTAK, dict(_TILTAK, startdato="01.09.2021",
                                                       sluttdato="31.12.2021")]},
                Text("Nytt tiltak i september", "A new measure in September")),
    ),
)

AVS004 = Rule(
    id="AVS004", name="aarsak-annet", severity=Severity.WARNING, family="avslutning",
    title=Text("Avslutningsårsak «Annet»", "Reason «Annet»"),
    messages={"default": Text(
        "Avslutningsårsak er «{arsak}» for en person som avsluttet {avslutningsdato}. Det "
        "telles som avsluttet uten måloppnåelse; sjekk om en mer presis årsak passer.",
        "The reason is «{arsak}» for a person who ended {avslutningsdato}. It counts as ended "
        "without reaching the goal; check whether a more precise reason fits.",
    )},
    why=Text(
        "«Annet» sier ikke hva personen gikk til, og telles som at målet ikke ble nådd. Gikk "
        "personen til arbeid eller utdanning, blir kommunens måloppnåelse for lav.",
        "«Annet» says nothing about what followed and counts as not reaching the goal.",
    ),
    fix=Text("Velg den årsaken som beskriver hovedaktiviteten etter programmet best.",
             "Pick the reason that best describes the main activity after the programme."),
    citation=IMDI_2021,
    needs=((D_, "avslutningsdato"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [_ENDED]}, Text("Presis årsak", "A precise reason")),
        Example(True, {D_: [_e(avslutningsarsak="Annet")]}, Text("«Annet»", "«Annet»")),
    ),
)

AVS005 = Rule(
    id="AVS005", name="frist-passert-uten-avslutning", severity=Severity.WARNING,
    family="avslutning",
    title=Text("Fristen er ute, men programmet er ikke avsluttet",
               "Deadline passed, programme not ended"),
    messages={"default": Text(
        "Gjennomføringsfristen {frist} er passert innen utgangen av {year}, men "
        "avslutningsdato mangler og ingen tiltak varer etter fristen.",
        "The completion deadline {frist} has passed by the end of {year}, but there is no end "
        "date and no measure lasts beyond the deadline.",
    )},
    why=Text(
        "Når fristen er ute og ingenting tyder på at personen fortsetter, skal programmet "
        "avsluttes med dato og årsak. Ellers står personen som deltaker i årevis.",
        "When the deadline has passed and nothing shows the person continues, the programme "
        "should be ended with a date and a reason.",
    ),
    fix=Text("Registrer avslutningsdato og avslutningsårsak, eller rett fristen hvis den er "
             "forlenget.", "Register the end date and reason, or correct the deadline."),
    citation=IMDI_2021,
    needs=((D_, "gjennomforingsfrist"), (D_, "avslutningsdato"), (T_, "startdato")),
    examples=(
        Example(False, {D_: [_e(avslutningsdato=None, avslutningsarsak=None, utvidet="nei")],
                         T_: [_TILTAK]},
                Text("Fristen er ikke ute", "The deadline has not passed")),
        Example(True, {D_: [_e(avslutningsdato=None, avslutningsarsak=None, utvidet="nei",
                               gjennomforingsfrist="30.06.2021")], T_: [_TILTAK]},
                Text("Frist i juni, ingen avslutning", "Deadline in June, no ending")),
    ),
)

register(AVS001, AVS002, AVS003, AVS004, AVS005)

# AVS005 needs utvidet/forsterket only where they matter: the covid years.
AVS005_COVID_NEEDS_ANY = ((D_, "utvidet"), (D_, "forsterket"))


def ending_findings(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    en = ctx.enabled
    d = ctx.views.get(D_)
    t = ctx.views.get(T_)
    if d is None:
        return out
    for p in scoped:
        end_known = "avslutningsdato" not in p.unknown
        if "AVS001" in en and ctx.in_ry(p.end) and not arsak_registered(p):
            ex = p.exempt_start
            silenced = (ex is not None and p.end is not None and p.end >= ex) or \
                cov003_applies(ctx, p)
            if not silenced:
                params: dict[str, object] = {"avslutningsdato": p.end, "year": ctx.year}
                if p.arsak:
                    params.update(variant="not_registered", not_registered=cl.NOT_REGISTERED)
                else:
                    params["variant"] = "empty"
                out.append(ctx.finding("AVS001", d, p.r, "avslutningsarsak", params))
        if "AVS002" in en and end_known and p.end is None and arsak_registered(p):
            out.append(ctx.finding("AVS002", d, p.r, "avslutningsarsak", {"arsak": p.arsak}))
        if "AVS004" in en and p.arsak == cl.ANNET and ctx.in_ry(p.end) \
                and not cov002_applies(ctx, person, p):
            out.append(ctx.finding("AVS004", d, p.r, "avslutningsarsak",
                                   {"arsak": p.arsak, "avslutningsdato": p.end}))
        if "AVS005" in en and end_known and p.end is None and p.frist is not None \
                and p.frist <= ctx.ry_end and not p.covid_extended and not p.covid_unknown \
                and not person.tiltak_unknown:
            frist = p.frist
            if not any((x.end or MAX) > frist or (x.start or MIN) > frist
                       for x in person.tiltak):
                out.append(ctx.finding("AVS005", d, p.r, "avslutningsdato",
                                       {"frist": frist, "year": ctx.year}))
    if t is not None and "AVS003" in en and scoped:
        progs = [p for p in person.programmes
                 if "avslutningsdato" not in p.unknown and "programstart" not in p.unknown]
        for x in person.tiltak:
            if x.unknown or x.start is None:
                continue
            if not overlaps(x.start, x.end, ctx.ry_start, ctx.ry_end):
                continue
            inside = any((p.start or MIN) <= x.start <= (p.end or MAX) for p in progs)
            if inside:
                continue
            ended = [p.end for p in progs if p.end is not None and p.end < x.start]
            if ended:
                out.append(ctx.finding("AVS003", t, x.r, "startdato",
                                       {"start": x.start, "avslutningsdato": max(ended)}))
    return out
