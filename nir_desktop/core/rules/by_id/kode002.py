"""KODE002 kode-skrivemaate: a known code written in other case, with extra spaces or as
an alias; the fix is the canonical spelling.

Our own addition to the rule catalogue (not in IMDi's list): the input format compares
codes case-insensitively, so such a value is accepted; this only offers the canonical
spelling, which the corrected file writes where the user accepts the fix.
"""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.by_id.kode001 import code_verdicts
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.sources import INPUT_FORMAT

D_ = SheetKind.DELTAKERE


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    return [ctx.finding("KODE002", view, r, name, {"value": v, "canonical": canon},
                        suggestion=canon)
            for r, name, v, canon in code_verdicts(ctx, view, rows) if canon is not None]


RULE = register(Rule(
    id="KODE002", name="kode-skrivemaate", severity=Severity.INFO,
    title=Text("Kodeverdi med annen skrivemåte"),
    messages={"default": Text(
        "«{value}» er godkjent, men skrives «{canonical}» i kodelisten.",
    )},
    why=Text(
        "Lov, kategori, tiltak, sluttmål, norskmål og avslutningsårsak er faste kodeverdier "
        "i NIR. Kontrollen "
        "godtar en kjent verdi med andre store og små bokstaver, ekstra mellomrom eller en "
        "vanlig forkortelse (som IntL), men NIR og fagsystemet kan være strengere. Med "
        "kodelistens skrivemåte blir filen lik overalt.",
    ),
    fix=Text(
        "Bruk forslaget for å skrive verdien slik kodelisten har den. Du kan også la den "
        "stå: dette er bare til informasjon.",
    ),
    citations=(INPUT_FORMAT,),
    checks=(row_check(check),),
    examples=(
        Example(False, {D_: [{FNR: A, "lov": "Integreringsloven"}]},
                Text("Skrevet som i kodelisten")),
        Example(True, {D_: [{FNR: A, "lov": "integreringsloven"}]},
                Text("Liten forbokstav")),
        Example(True, {D_: [{FNR: A, "lov": "IntL"}]},
                Text("Kjent forkortelse")),
        Example(True, {D_: [{FNR: A, "avslutningsarsak": "  arbeid   heltid "}]},
                Text("Ekstra mellomrom")),
        # An unknown value is KODE001, never KODE002.
        Example(False, {D_: [{FNR: A, "avslutningsarsak": "Ferie"}]},
                Text("Ukjent verdi")),
    ),
))
