"""LOV004 kap6a-utenfor-perioden: lov «integreringsloven kap. 6A» with a programme or
opplæring vedtaksdato before kap. 6A came into force (15.06.2022) or after its last day
(30.06.2026, «foreløpig»). Both dates are data (resources/years/cutoffs.json): when the law
is extended, the date changes there and the message follows. It looks at the programmes in
scope for RY and at the Opplæring rows in scope, whichever sheets the file has."""

from __future__ import annotations

from datetime import date
from typing import Any

from nir_desktop.core import codelists as cl
from nir_desktop.core import years
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules import opplaering as op
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme
from nir_desktop.core.rules.examples import A

D_ = SheetKind.DELTAKERE
O_ = SheetKind.OPPLAERING
_6A = {FNR: A, "lov": "Integreringsloven kap. 6A", "vedtaksdato": "15.08.2024",
       "programstart": "01.09.2024", "gjennomforingsfrist": "31.08.2026", "sluttmal": "Arbeid",
       "integreringskontrakt": "01.10.2024"}
_TODAY = date(2026, 12, 1)


def _params(vedtak: Any) -> dict[str, Any] | None:
    if not isinstance(vedtak, date):
        return None
    in_force, last_day = RULE.params["in_force"], RULE.params["last_day"]
    if vedtak < in_force:
        return {"variant": "before", "vedtak": vedtak, "in_force": in_force}
    if vedtak > last_day:
        return {"variant": "after", "vedtak": vedtak, "last_day": last_day}
    return None


def check(ctx: Context, person: Person, progs: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    v_col = d.parsed.get("vedtaksdato") if d is not None else None
    if d is not None and v_col is not None:
        for p in progs:
            if p.law == cl.LAW_INTEGRERING_6A and ctx.in_scope(person, p):
                params = _params(v_col[p.r])
                if params is not None:
                    out.append(ctx.finding("LOV004", d, p.r, "vedtaksdato", params))
    o_view = ctx.views.get(O_)
    if o_view is not None and person.o_rows:
        for o in op.scoped_rows(ctx, person):
            if o.law == cl.LAW_INTEGRERING_6A:
                params = _params(o.vedtak)
                if params is not None:
                    out.append(ctx.finding("LOV004", o_view, o.r, "vedtaksdato", params))
    return out


RULE = register(Rule(
    id="LOV004", name="kap6a-utenfor-perioden", severity=Severity.WARNING, family="kap6a",
    years=op.span("norsk_ordning_rules"),
    title=Text("Kap. 6A utenfor tidsrommet loven gjelder"),
    messages={
        "before": Text(
            "Vedtaket etter kap. 6A er datert {vedtak}, før kapitlet trådte i kraft "
            "{in_force}. NIR tar imot vedtak etter kap. 6A fra den dagen."),
        "after": Text(
            "Vedtaket etter kap. 6A er datert {vedtak}, etter {last_day}, som foreløpig er "
            "siste dag kap. 6A gjelder. Sjekk hvilken lov som gjelder nå."),
    },
    why=Text(
        "Kap. 6A i integreringsloven (kollektiv beskyttelse, Ukraina) gjelder for vedtak fra "
        "det trådte i kraft og foreløpig til et fastsatt tidspunkt. Et vedtak utenfor det "
        "tidsrommet er enten feil datert eller fattet etter feil lov.",
    ),
    fix=Text("Sjekk vedtaksdatoen og loven. Rett datoen, eller velg loven vedtaket er "
             "fattet etter."),
    citations=(
        op.KAP6A_GUIDE.cite(Text(
            "Kapittel 6A trådte i kraft 15.06.2022 for personer med kollektiv beskyttelse fra "
            "11.03.2022; de midlertidige reglene gjelder foreløpig til 01.07.2026.")),
        op.NIR_UKRAINA_2022.cite(Text(
            "Vedtak etter kapittel 6A registreres i NIR fra 15.06.2022.")),
    ),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    params={"in_force": years.cutoff("kap6a_in_force").date,
            "last_day": years.cutoff("kap6a_last_day").date},
    # Checks whichever of Deltakere and Opplæring the file has (needs neither alone).
    examples=(
        Example(False, {D_: [_6A]}, Text("Vedtak i 2024"), year=2025,
                today=_TODAY),
        Example(True, {D_: [dict(_6A, vedtaksdato="01.05.2022")]},
                Text("Vedtak før 15.06.2022"), year=2025,
                today=_TODAY, variant="before"),
        Example(True, {O_: [{FNR: A, "lov": "6A", "vedtaksdato": "15.07.2026",
                             "startdato": "01.08.2026"}]},
                Text("Opplæringsvedtak etter 30.06.2026"),
                year=2026, today=_TODAY, variant="after"),
    ),
))
