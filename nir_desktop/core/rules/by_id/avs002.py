"""AVS002 aarsak-uten-dato: avslutningsårsak registered without avslutningsdato.

(v2) Not raised where COV002 applies: that person continues, so the reason should go, not
a date be added."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme
from nir_desktop.core.rules.examples import ENDED_2021, row
from nir_desktop.core.rules.notions import arsak_registered, cov002_applies
from nir_desktop.core.rules.sources import IMDI_2021, REMINDER_2024

D_ = SheetKind.DELTAKERE


def check(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    d = ctx.views.get(D_)
    if d is None:
        return []
    return [ctx.finding("AVS002", d, p.r, "avslutningsarsak", {"arsak": p.arsak})
            for p in scoped
            if "avslutningsdato" not in p.unknown and p.end is None and arsak_registered(p)
            and not cov002_applies(ctx, person, p)]


RULE = register(Rule(
    id="AVS002", name="aarsak-uten-dato", severity=Severity.ERROR,
    title=Text("Avslutningsårsak uten dato"),
    messages={"default": Text(
        "Avslutningsårsak «{arsak}» er registrert, men avslutningsdato mangler.",
    )},
    why=Text(
        "IMDi ber om at både avslutningen og årsaken registreres. En årsak uten "
        "avslutningsdato gir en avslutning uten tidspunkt, og da vet ingen hvilket år den "
        "hører til.",
    ),
    fix=Text("Registrer avslutningsdatoen, eller fjern årsaken hvis personen fortsatt er i "
             "program."),
    citations=(
        REMINDER_2024.cite(Text(
            "Både avslutning og avslutningsårsak skal registreres for alle som ikke lenger er i "
            "program.")),
        IMDI_2021.cite(Text(
            "For utvidede deltakere som fortsetter etter fristen, bør kommunen ikke registrere "
            "avslutningsårsak.")),
    ),
    checks=(person_check(check),),
    needs=((D_, "avslutningsdato"), (D_, "avslutningsarsak")),
    examples=(
        Example(False, {D_: [ENDED_2021]}, Text("Dato og årsak")),
        Example(True, {D_: [row(ENDED_2021, avslutningsdato=None)]},
                Text("Uten dato")),
    ),
))
