"""ID001 fnr-ugyldig: a fødselsnummer that is not 11 digits or fails a control digit."""

from __future__ import annotations

from typing import Any

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.fnr import FnrProblem, repair_padding, with_control_digits
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.sources import GENERAL_QUALITY

D_ = SheetKind.DELTAKERE

_BAD_CONTROL = A[:-1] + str((int(A[-1]) + 1) % 10)
_BAD_DATE = with_control_digits("328385123")


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    out: list[Finding] = []
    for r, st in ctx.fnr_problems(view, rows):
        if st.problem is None:
            continue
        # Ten digits whose padded form is valid: Excel dropped the zero (that is ID002).
        if st.problem is FnrProblem.LENGTH and repair_padding(st.text) is not None:
            continue
        params: dict[str, Any] = {"variant": st.problem.value}
        if st.problem is FnrProblem.LENGTH:
            params["digits"] = len(st.text)
        out.append(ctx.finding("ID001", view, r, FNR, params))
    return out


RULE = register(Rule(
    id="ID001", name="fnr-ugyldig", severity=Severity.ERROR,
    title=Text("Ugyldig fødselsnummer"),
    messages={
        "empty": Text("Fødselsnummer mangler."),
        "length": Text("Fødselsnummeret har {digits} siffer, men skal ha 11."),
        "digits": Text("Fødselsnummeret inneholder tegn som ikke er siffer."),
        "control": Text("Fødselsnummeret har feil kontrollsiffer (de to siste sifrene)."),
        "date": Text("Fødselsnummeret begynner ikke med en gyldig fødselsdato."),
    },
    why=Text(
        "Fødselsnummeret er nøkkelen som kobler personen til vedtak, tiltak og norsktimer i NIR. "
        "Et ugyldig nummer gjør at registreringene ikke kan knyttes til riktig person, og "
        "personen kan falle ut av statistikken.",
    ),
    fix=Text(
        "Sammenlign med fagsystemet eller folkeregisteropplysningene og skriv inn hele "
        "nummeret med 11 siffer. Formater cellen som tekst, så Excel ikke endrer nummeret.",
    ),
    citations=(GENERAL_QUALITY,),
    checks=(row_check(check),),
    reports_sheets_without_fnr=True,
    examples=(
        Example(False, {D_: [{FNR: A}]}, Text("Gyldig syntetisk nummer")),
        Example(True, {D_: [{FNR: None, "kommunenummer": "0301"}]},
                Text("Tomt fødselsnummer"), variant="empty"),
        Example(True, {D_: [{FNR: "123456"}]}, Text("For kort"), variant="length"),
        Example(True, {D_: [{FNR: A[:10] + "X"}]}, Text("Bokstav i nummeret"),
                variant="digits"),
        Example(True, {D_: [{FNR: _BAD_CONTROL}]}, Text("Feil kontrollsiffer"),
                variant="control"),
        Example(True, {D_: [{FNR: _BAD_DATE}]}, Text("Dag 32 finnes ikke"),
                variant="date"),
    ),
))
