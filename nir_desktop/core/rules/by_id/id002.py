"""ID002 fnr-ledende-null: ten digits whose zero-padded form is valid."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.fnr import FnrProblem, repair_padding
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import D
from nir_desktop.core.rules.sources import GENERAL_QUALITY

D_ = SheetKind.DELTAKERE


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    out: list[Finding] = []
    for r, st in ctx.fnr_problems(view, rows):
        if st.problem is not FnrProblem.LENGTH:
            continue
        padded = repair_padding(st.text)
        if padded is not None:
            out.append(ctx.finding("ID002", view, r, FNR, {}, suggestion=padded))
    return out


RULE = register(Rule(
    id="ID002", name="fnr-ledende-null", severity=Severity.WARNING,
    title=Text("Fødselsnummer har mistet ledende null"),
    messages={"default": Text(
        "Fødselsnummeret har 10 siffer: regnearket har trolig fjernet en null foran. "
        "Med null foran er nummeret gyldig.",
    )},
    why=Text(
        "Personer født den 1. til 9. i måneden har fødselsnummer som begynner på 0. Excel "
        "behandler nummeret som et tall og fjerner nullen, og da passer ikke nummeret lenger.",
    ),
    fix=Text("Godta forslaget med null foran, og lagre kolonnen som tekst."),
    citations=(GENERAL_QUALITY,),
    checks=(row_check(check),),
    examples=(
        Example(False, {D_: [{FNR: D}]}, Text("Hele nummeret")),
        Example(True, {D_: [{FNR: D[1:]}]}, Text("Nullen foran mangler")),
    ),
))
