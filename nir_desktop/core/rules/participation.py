"""Participation in the reporting year: tiltak, norsk hours, vedtak (INT001–INT005)."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import IMDI_2021, Example, Rule, Text, register
from nir_desktop.core.rules.context import FNR, MAX, MIN, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import A

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
N_ = SheetKind.NORSK

# A participant under integreringsloven in programme from March 2021: clean for 2021.
BASE = {FNR: A, "lov": "Integreringsloven", "vedtaksdato": "15.02.2021",
        "programstart": "01.03.2021", "gjennomforingsfrist": "28.02.2023", "sluttmal": "Arbeid"}
NORSK_TILTAK = {FNR: A, "tiltak": "Norskopplæring", "startdato": "01.03.2021"}
NORSK_HOURS = {FNR: A, "startdato": "01.03.2021", "sluttdato": "31.12.2021", "timer_norsk": 150}
# Utvidet programme from 2018: the 3-year mark is 1 January 2021, so all of 2021 is exempt.
EXTENDED_2018 = {FNR: A, "lov": "Introduksjonsloven", "vedtaksdato": "15.12.2017",
                 "programstart": "01.01.2018", "gjennomforingsfrist": "31.12.2020",
                 "utvidet": "ja"}


def _ok(**changes: object) -> dict[str, object]:
    row = dict(BASE)
    row.update(changes)
    return row


INT001 = Rule(
    id="INT001", name="tiltak-mangler", severity=Severity.ERROR, family="deltakelse",
    title=Text("Tiltak mangler", "Measure missing"),
    messages={"default": Text(
        "Ingen tiltak er registrert for {from_date}–{to_date}, da personen var i "
        "introduksjonsprogram i {year}.",
        "No measure is registered for {from_date}–{to_date}, while the person was in the "
        "introduction programme in {year}.",
    )},
    why=Text(
        "Tiltakene viser hva deltakeren faktisk har gjort i programmet, og tallene for "
        "deltakelse bygger på dem. En periode uten tiltak ser ut som et program uten innhold.",
        "The measures show what the participant did; participation figures are built on them.",
    ),
    fix=Text(
        "Registrer tiltakene personen deltok i, under fanen «Deltakelse Intro» i NIR eller i "
        "fagsystemet, med riktige fra- og til-datoer.",
        "Register the measures under «Deltakelse Intro» in NIR or in the case system.",
    ),
    citation=IMDI_2021,
    needs=((D_, "programstart"), (T_, FNR), (T_, "startdato")),
    examples=(
        Example(False, {D_: [BASE], T_: [NORSK_TILTAK]}, Text("Tiltak fra start", "Measure")),
        Example(False, {D_: [EXTENDED_2018], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                                   "startdato": "01.01.2018",
                                                   "sluttdato": "31.12.2020"}]},
                Text("Utvidet program utover 3 år: unntatt", "Extended beyond 3 years: exempt")),
        Example(True, {D_: [BASE], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                         "startdato": "01.01.2022"}]},
                Text("Første tiltak først i 2022", "First measure only in 2022")),
    ),
)

INT002 = Rule(
    id="INT002", name="norsk-mangler-i-intro", severity=Severity.ERROR, family="deltakelse",
    title=Text("Norsk mangler som tiltak", "Norwegian missing as a measure"),
    messages={"default": Text(
        "Det er norsktimer for {from_date}–{to_date} mens personen var i program, men ingen "
        "norsk-tiltak i Tiltak (Deltakelse Intro) for den perioden.",
        "There are Norwegian hours for {from_date}–{to_date} during the programme, but no "
        "Norwegian measure in Tiltak (Deltakelse Intro) for that period.",
    )},
    why=Text(
        "Norsk og samfunnskunnskap som er del av programmet, skal registreres to steder: som "
        "timer under «Deltakelse norsk» og som tiltak under «Deltakelse Intro». Mangler "
        "tiltaket, ser programmet ut til å mangle norskopplæring.",
        "Norwegian taken in the programme is registered twice: hours under «Deltakelse norsk» "
        "and a measure under «Deltakelse Intro».",
    ),
    fix=Text("Registrer et norsk-tiltak (for eksempel Norskopplæring) for samme periode.",
             "Register a Norwegian measure for the same period."),
    citation=IMDI_2021,
    needs=((D_, "programstart"), (T_, "tiltak"), (T_, "startdato"), (N_, FNR),
           (N_, "startdato")),
    examples=(
        Example(False, {D_: [BASE], T_: [NORSK_TILTAK], N_: [NORSK_HOURS]},
                Text("Registrert begge steder", "Registered in both places")),
        Example(True, {D_: [BASE], T_: [dict(NORSK_TILTAK, tiltak="Arbeidspraksis")],
                       N_: [NORSK_HOURS]},
                Text("Timer, men bare arbeidspraksis som tiltak", "Hours, only work practice")),
    ),
)

INT003 = Rule(
    id="INT003", name="norsk-mangler-i-norsk", severity=Severity.ERROR, family="deltakelse",
    title=Text("Norsktimer mangler", "Norwegian hours missing"),
    messages={"default": Text(
        "Tiltaket «{tiltak}» ({from_date}–{to_date}) har ingen timer i Norsk (Deltakelse "
        "norsk) for samme periode.",
        "The measure «{tiltak}» ({from_date}–{to_date}) has no hours in Norsk (Deltakelse "
        "norsk) for the same period.",
    )},
    why=Text(
        "Timene under «Deltakelse norsk» er grunnlaget for retten til og dokumentasjonen av "
        "opplæringen, blant annet for permanent opphold og statsborgerskap. Et norsk-tiltak "
        "uten timer gir ingen slik dokumentasjon.",
        "The hours under «Deltakelse norsk» document the training, also for permanent "
        "residence and citizenship.",
    ),
    fix=Text("Registrer timene i norsk og samfunnskunnskap for perioden under «Deltakelse "
             "norsk».", "Register the hours for the period under «Deltakelse norsk»."),
    citation=IMDI_2021,
    needs=((T_, "tiltak"), (T_, "startdato"), (N_, FNR), (N_, "startdato")),
    examples=(
        Example(False, {D_: [BASE], T_: [NORSK_TILTAK], N_: [NORSK_HOURS]},
                Text("Timer for tiltaket", "Hours for the measure")),
        Example(True, {D_: [BASE], T_: [NORSK_TILTAK], N_: [dict(NORSK_HOURS, timer_norsk=0)]},
                Text("Null timer", "Zero hours")),
    ),
)

INT004 = Rule(
    id="INT004", name="vedtak-mangler", severity=Severity.ERROR, family="deltakelse",
    title=Text("Vedtak mangler", "Decision missing"),
    messages={"default": Text(
        "Vedtaksdato mangler, men personen deltok i programmet i {year}.",
        "The decision date is missing, but the person took part in the programme in {year}.",
    )},
    why=Text(
        "Vedtaket er grunnlaget for programmet. Uten vedtak i NIR telles ikke deltakelsen som "
        "et introduksjonsprogram.",
        "The decision is the basis of the programme; without it the participation does not "
        "count.",
    ),
    fix=Text("Registrer datoen for vedtaket om introduksjonsprogram.",
             "Register the date of the decision."),
    citation=IMDI_2021,
    needs=((D_, "programstart"), (D_, "vedtaksdato")),
    examples=(
        Example(False, {D_: [BASE]}, Text("Vedtak registrert", "Decision registered")),
        Example(False, {D_: [dict(EXTENDED_2018, vedtaksdato=None)]},
                Text("Bare tid utover 3 år i 2021: unntatt", "Only time beyond 3 years: exempt")),
        Example(True, {D_: [_ok(vedtaksdato=None)]}, Text("Uten vedtaksdato", "No decision")),
    ),
)

INT005 = Rule(
    id="INT005", name="tiltak-utenfor-program", severity=Severity.WARNING, family="deltakelse",
    title=Text("Tiltak utenfor programperioden", "Measure outside the programme"),
    messages={
        "before": Text("Tiltaket starter {start}, før programstart {programstart}.",
                       "The measure starts {start}, before the programme start {programstart}."),
        "after_end": Text(
            "Tiltaket ({start}–{end}) varer lenger enn programmet, som ble avsluttet "
            "{avslutningsdato}.",
            "The measure ({start}–{end}) lasts beyond the programme, which ended "
            "{avslutningsdato}.",
        ),
    },
    why=Text(
        "Tiltak i introduksjonsprogrammet hører til programperioden. Et tiltak utenfor perioden "
        "tyder på feil dato, enten på tiltaket eller på programmet.",
        "Measures belong to the programme period; one outside it points to a wrong date.",
    ),
    fix=Text("Rett datoene på tiltaket, eller programstart eller avslutningsdato.",
             "Correct the measure's dates, or the programme's start or end."),
    citation=IMDI_2021,
    needs=((D_, "programstart"), (T_, "startdato")),
    examples=(
        Example(False, {D_: [BASE], T_: [NORSK_TILTAK]}, Text("Innenfor", "Inside")),
        Example(True, {D_: [BASE], T_: [dict(NORSK_TILTAK, startdato="01.01.2021")]},
                Text("Før programstart", "Before the start"), variant="before"),
        Example(True, {D_: [_ok(avslutningsdato="30.06.2021", avslutningsarsak="Arbeid heltid")],
                       T_: [dict(NORSK_TILTAK, sluttdato="31.12.2021")]},
                Text("Varer etter avslutning", "Lasts beyond the end"), variant="after_end"),
    ),
)

register(INT001, INT002, INT003, INT004, INT005)


def participation_findings(ctx: Context, person: Person, scoped: list[Programme]
                           ) -> list[Finding]:
    out: list[Finding] = []
    en = ctx.enabled
    d = ctx.views.get(D_)
    t = ctx.views.get(T_)
    n = ctx.views.get(N_)
    regs = {p.r: ctx.registrable(p) for p in scoped
            if ctx.participated(person, p) and "programstart" not in p.unknown
            and "avslutningsdato" not in p.unknown}
    if d is not None and "INT001" in en and not person.tiltak_unknown:
        for p in scoped:
            reg = regs.get(p.r)
            if reg is None:
                continue
            if not any(overlaps(x.start, x.end, reg[0], reg[1]) for x in person.tiltak):
                out.append(ctx.finding("INT001", d, p.r, FNR,
                                       {"from_date": reg[0], "to_date": reg[1],
                                        "year": ctx.year}))
    if d is not None and "INT004" in en:
        for p in scoped:
            if not p.vedtak and regs.get(p.r) is not None:
                out.append(ctx.finding("INT004", d, p.r, "vedtaksdato", {"year": ctx.year}))
    if n is not None and "INT002" in en and not person.tiltak_unknown and scoped:
        norsk_tiltak = [x for x in person.tiltak if x.group == cl.TILTAK_GROUP_NORSK]
        for nr in person.norsk:
            if nr.unknown or not nr.hours:
                continue
            for p in scoped:
                reg = regs.get(p.r)
                if reg is None:
                    continue
                lo = max(reg[0], nr.start or MIN)
                hi = min(reg[1], nr.end or MAX)
                if lo > hi:
                    continue
                if not any(overlaps(x.start, x.end, lo, hi) for x in norsk_tiltak):
                    out.append(ctx.finding("INT002", n, nr.r, "timer_norsk",
                                           {"from_date": lo, "to_date": hi}))
                    break
    if t is not None and "INT003" in en and scoped and not any(x.unknown for x in person.norsk):
        with_hours = [x for x in person.norsk if x.hours]
        unreadable = [x for x in person.norsk if x.hours is None]
        for x in person.tiltak:
            if x.unknown or x.group != cl.TILTAK_GROUP_NORSK:
                continue
            if not overlaps(x.start, x.end, ctx.ry_start, ctx.ry_end):
                continue
            if any(overlaps(x.start, x.end, h.start, h.end) for h in with_hours):
                continue
            # Hours that could not be read may be the ones for this tiltak: hold back.
            if not any(overlaps(x.start, x.end, h.start, h.end) for h in unreadable):
                out.append(ctx.finding("INT003", t, x.r, "tiltak",
                                       {"tiltak": x.code, "from_date": x.start,
                                        "to_date": x.end}))
    if t is not None and "INT005" in en and scoped:
        progs = [p for p in person.programmes
                 if p.start is not None and "avslutningsdato" not in p.unknown]
        if progs:
            first = min(p.start for p in progs if p.start is not None)
            for x in person.tiltak:
                if x.unknown or x.start is None:
                    continue
                if x.start < first:
                    out.append(ctx.finding("INT005", t, x.r, "startdato",
                                           {"variant": "before", "start": x.start,
                                            "programstart": first}))
                    continue
                containing = [p for p in progs if p.start is not None and p.start <= x.start
                              and (p.end is None or x.start <= p.end)]
                if not containing:
                    continue
                p = max(containing, key=lambda q: q.start or MIN)
                if p.end is not None and (x.end is None or x.end > p.end):
                    out.append(ctx.finding("INT005", t, x.r, "sluttdato",
                                           {"variant": "after_end", "start": x.start,
                                            "end": x.end, "avslutningsdato": p.end}))
    return out
