"""INT005 tiltak-utenfor-program: a tiltak that starts before programstart, or starts
within the programme and ends after its avslutningsdato. A tiltak is judged against the
programme its start falls in, so a second programme of the same person is not "after the
end".

(v2) Not raised where the avslutningsdato is a NIR ending of a person who continues (a
covid-extended person with gjennomføringsfrist in RY and a tiltak after RY: COV002's
situation)."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import MIN, Context, Person, Programme
from nir_desktop.core.rules.examples import INTEGRERING_2021, NORSK_TILTAK_2021, row
from nir_desktop.core.rules.notions import extended_continuing
from nir_desktop.core.rules.sources import REGISTRERING_INTRO

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    # Runs for every person in scope: loops written out (no per-tiltak list or lambda).
    out: list[Finding] = []
    t = ctx.views.get(T_)
    if t is None or not person.tiltak:
        return out
    progs = [p for p in person.programmes
             if p.start is not None and "avslutningsdato" not in p.unknown]
    if not progs:
        return out
    first = progs[0].start if len(progs) == 1 else min(p.start or MIN for p in progs)
    for x in person.tiltak:
        xs = x.start
        if x.unknown or xs is None:
            continue
        if xs < first:  # type: ignore[operator]
            out.append(ctx.finding("INT005", t, x.r, "startdato",
                                   {"variant": "before", "start": xs,
                                    "programstart": first}))
            continue
        # The programme the start falls in: the latest start (the first of equals).
        p = None
        for q in progs:
            if q.start <= xs and (q.end is None or xs <= q.end) \
                    and (p is None or q.start > p.start):  # type: ignore[operator]
                p = q
        if p is None:
            continue
        if p.end is not None and (x.end is None or x.end > p.end) \
                and not extended_continuing(ctx, person, p):
            out.append(ctx.finding("INT005", t, x.r, "sluttdato",
                                   {"variant": "after_end", "start": xs,
                                    "end": x.end, "avslutningsdato": p.end}))
    return out


RULE = register(Rule(
    id="INT005", name="tiltak-utenfor-program", severity=Severity.WARNING,
    title=Text("Tiltak utenfor programperioden"),
    messages={
        "before": Text("Tiltaket starter {start}, før programstart {programstart}."),
        "after_end": Text(
            "Tiltaket ({start}–{end}) varer lenger enn programmet, som ble avsluttet "
            "{avslutningsdato}.",
        ),
    },
    why=Text(
        "Tiltak i introduksjonsprogrammet hører til programperioden. Et tiltak utenfor perioden "
        "tyder på feil dato, enten på tiltaket eller på programmet.",
    ),
    fix=Text("Rett datoene på tiltaket, eller programstart eller avslutningsdato."),
    citations=(
        REGISTRERING_INTRO.cite(Text(
            "Kommunen registrerer start og stopp av programmet og innholdet i det, med tiltak "
            "og lengde.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "programstart"), (T_, "startdato")),
    examples=(
        Example(False, {D_: [INTEGRERING_2021], T_: [NORSK_TILTAK_2021]},
                Text("Innenfor")),
        Example(True, {D_: [INTEGRERING_2021],
                       T_: [row(NORSK_TILTAK_2021, startdato="01.01.2021")]},
                Text("Før programstart"), variant="before"),
        Example(True, {D_: [row(INTEGRERING_2021, avslutningsdato="30.06.2021",
                                avslutningsarsak="Arbeid heltid")],
                       T_: [row(NORSK_TILTAK_2021, sluttdato="31.12.2021")]},
                Text("Varer etter avslutning"), variant="after_end"),
    ),
))
