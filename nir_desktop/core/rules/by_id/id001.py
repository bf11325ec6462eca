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
    title=Text("Ugyldig fødselsnummer", "Invalid national identity number"),
    messages={
        "empty": Text("Fødselsnummer mangler.", "The national identity number is missing."),
        "length": Text("Fødselsnummeret har {digits} siffer, men skal ha 11.",
                       "The national identity number has {digits} digits; it must have 11."),
        "digits": Text("Fødselsnummeret inneholder tegn som ikke er siffer.",
                       "The national identity number contains characters that are not digits."),
        "control": Text("Fødselsnummeret har feil kontrollsiffer (de to siste sifrene).",
                        "The national identity number has wrong control digits (the last two)."),
        "date": Text("Fødselsnummeret begynner ikke med en gyldig fødselsdato.",
                     "The national identity number does not start with a valid birth date."),
    },
    why=Text(
        "Fødselsnummeret er nøkkelen som kobler personen til vedtak, tiltak og norsktimer i NIR. "
        "Et ugyldig nummer gjør at registreringene ikke kan knyttes til riktig person, og "
        "personen kan falle ut av statistikken.",
        "The identity number links the person to decisions, measures and Norwegian hours in "
        "NIR. An invalid number means the registrations cannot be tied to the right person.",
    ),
    fix=Text(
        "Sammenlign med fagsystemet eller folkeregisteropplysningene og skriv inn hele "
        "nummeret med 11 siffer. Formater cellen som tekst, så Excel ikke endrer nummeret.",
        "Compare with the case system and type the full 11-digit number. Format the cell as "
        "text so Excel does not change it.",
    ),
    citations=(GENERAL_QUALITY,),
    checks=(row_check(check),),
    reports_sheets_without_fnr=True,
    examples=(
        Example(False, {D_: [{FNR: A}]}, Text("Gyldig syntetisk nummer", "Valid synthetic number")),
        Example(True, {D_: [{FNR: None, "kommunenummer": "0301"}]},
                Text("Tomt fødselsnummer", "Empty number"), variant="empty"),
        Example(True, {D_: [{FNR: "123456"}]}, Text("For kort", "Too short"), variant="length"),
        Example(True, {D_: [{FNR: A[:10] + "X"}]}, Text("Bokstav i nummeret", "A letter"),
                variant="digits"),
        Example(True, {D_: [{FNR: _BAD_CONTROL}]}, Text("Feil kontrollsiffer", "Wrong controls"),
                variant="control"),
        Example(True, {D_: [{FNR: _BAD_DATE}]}, Text("Dag 32 finnes ikke", "Day 32"),
                variant="date"),
    ),
))
