"""AVS004 aarsak-annet: avslutningsdato in RY and avslutningsårsak «Annet» (not where
COV002 applies)."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import ENDED_2021, row
from nir_desktop.core.rules.notions import cov002_applies
from nir_desktop.core.rules.sources import IMDI_2021

D_ = SheetKind.DELTAKERE


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    d = ctx.views.get(D_)
    if d is None:
        return []
    return [ctx.finding("AVS004", d, p.r, "avslutningsarsak",
                        {"arsak": p.arsak, "avslutningsdato": p.end})
            for p in scoped
            if p.arsak == cl.ANNET and ctx.in_ry(p.end) and not cov002_applies(ctx, person, p)]


RULE = register(Rule(
    id="AVS004", name="aarsak-annet", severity=Severity.WARNING,
    title=Text("Avslutningsårsak «Annet»"),
    messages={"default": Text(
        "Avslutningsårsak er «{arsak}» for en person som avsluttet {avslutningsdato}. Det "
        "telles som avsluttet uten måloppnåelse; sjekk om en mer presis årsak passer.",
    )},
    why=Text(
        "«Annet» sier ikke hva personen gikk til, og IMDi leser det som at målet ikke ble "
        "nådd. Gikk personen til arbeid eller utdanning, blir kommunens måloppnåelse for lav.",
    ),
    fix=Text("Velg den årsaken som beskriver hovedaktiviteten etter programmet best."),
    citations=(
        IMDI_2021.cite(Text(
            "Avslutningsårsaken «Annet» blir lest som at deltakeren ikke nådde målet.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "avslutningsdato"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [ENDED_2021]}, Text("Presis årsak")),
        Example(True, {D_: [row(ENDED_2021, avslutningsarsak="Annet")]},
                Text("«Annet»")),
    ),
))
