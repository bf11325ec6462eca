"""LOV003 integreringskontrakt-mangler (v2): RY ≥ 2022, lov integreringsloven (incl.
kap. 6A), participated in RY, no integreringskontrakt."""

from __future__ import annotations

from datetime import date

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules import opplaering as op
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme
from nir_desktop.core.rules.examples import INTEGRERING_2021, A, row

D_ = SheetKind.DELTAKERE
_INTEGRERING_LAWS = (cl.LAW_INTEGRERING, cl.LAW_INTEGRERING_6A)
_6A = {FNR: A, "lov": "Integreringsloven kap. 6A", "vedtaksdato": "15.08.2024",
       "programstart": "01.09.2024", "gjennomforingsfrist": "31.08.2026", "sluttmal": "Arbeid",
       "integreringskontrakt": "01.10.2024"}
_TODAY = date(2026, 12, 1)


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    d = ctx.views.get(D_)
    if d is None:
        return []
    return [ctx.finding("LOV003", d, p.r, "integreringskontrakt", {"lov": p.lov,
                                                                   "year": ctx.year})
            for p in scoped
            if p.law in _INTEGRERING_LAWS and not p.kontrakt and ctx.participated(person, p)]


RULE = register(Rule(
    id="LOV003", name="integreringskontrakt-mangler", severity=Severity.WARNING,
    years=op.span("kontrakt_rules"),
    title=Text("Integreringskontrakt mangler"),
    messages={"default": Text(
        "Integreringskontrakt er ikke registrert for en deltaker etter {lov} som deltok i "
        "{year}.",
    )},
    why=Text(
        "IMDis sider om registrering fra 2022 ber kommunen registrere integreringskontrakt "
        "for deltakere etter integreringsloven. Mangler den, kan det være at kontrakten ikke "
        "er inngått ennå – eller at den ikke er registrert.",
    ),
    fix=Text("Registrer datoen for integreringskontrakten, eller sjekk om den er inngått."),
    citations=(op.IMDI_2022.cite(Text(
        "Siden lister det som skal registreres for introduksjonsprogrammet: vedtak, sluttmål, "
        "integreringskontrakt, tiltak og fravær, avslutningsårsak – sluttmål og "
        "integreringskontrakt ikke for personer etter introduksjonsloven."),
        "Introduksjonsprogram"),),
    checks=(person_check(check),),
    needs=((D_, "lov"), (D_, "integreringskontrakt")),
    examples=(
        Example(False, {D_: [_6A]}, Text("Med kontrakt"), year=2025,
                today=_TODAY),
        Example(False, {D_: [row(INTEGRERING_2021, integreringskontrakt=None)]},
                Text("2021: regelen gjelder ikke")),
        Example(True, {D_: [row(_6A, integreringskontrakt=None)]},
                Text("Kap. 6A uten kontrakt"), year=2025,
                today=_TODAY),
    ),
))
