"""DAT002 slutt-foer-start: an end date before its start date."""

from __future__ import annotations

from datetime import date

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.sources import INPUT_FORMAT

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
N_ = SheetKind.NORSK

# sheet → (start field, end field, message variant)
PERIODS = {
    SheetKind.DELTAKERE: ("programstart", "avslutningsdato", "programme"),
    SheetKind.TILTAK: ("startdato", "sluttdato", "tiltak"),
    SheetKind.NORSK: ("startdato", "sluttdato", "norsk"),
    SheetKind.OPPLAERING: ("startdato", "avslutningsdato", "norsk"),
}


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    out: list[Finding] = []
    if view.kind not in PERIODS:
        return out
    s_name, e_name, variant = PERIODS[view.kind]
    s_col, e_col = view.parsed.get(s_name), view.parsed.get(e_name)
    if s_col is None or e_col is None:
        return out
    # The rows first, in one comprehension: this runs over every row of the file.
    for r in [r for r in rows if isinstance(s := s_col[r], date)
              and isinstance(e := e_col[r], date) and e < s]:
        s, e = s_col[r], e_col[r]
        out.append(ctx.finding("DAT002", view, r, e_name,
                               {"variant": variant, "start": s, "end": e}))
    return out


RULE = register(Rule(
    id="DAT002", name="slutt-foer-start", severity=Severity.ERROR,
    title=Text("Slutt før start"),
    messages={
        "programme": Text("Avslutningsdato {end} er før programstart {start}."),
        "tiltak": Text("Tiltaket slutter {end}, før det starter {start}."),
        "norsk": Text("Perioden slutter {end}, før den starter {start}."),
    },
    why=Text(
        "En periode som slutter før den begynner, har ingen lengde. NIR kan ikke bruke den, "
        "og deltakelsen forsvinner fra tallene.",
    ),
    fix=Text("Bytt om datoene, eller rett den som er feil skrevet."),
    citations=(INPUT_FORMAT,),
    checks=(row_check(check),),
    examples=(
        Example(False, {D_: [{FNR: A, "programstart": "01.03.2021", "avslutningsdato":
                              "30.06.2021"}]}, Text("Riktig rekkefølge")),
        Example(True, {D_: [{FNR: A, "programstart": "01.03.2021", "avslutningsdato":
                             "01.02.2021"}]}, Text("Program"), variant="programme"),
        Example(True, {D_: [{FNR: A}], T_: [{FNR: A, "tiltak": "Arbeidspraksis", "startdato":
                                             "01.05.2021", "sluttdato": "01.04.2021"}]},
                Text("Tiltak"), variant="tiltak"),
        Example(True, {D_: [{FNR: A}], N_: [{FNR: A, "startdato": "01.05.2021",
                                             "sluttdato": "01.04.2021", "timer_norsk": 20}]},
                Text("Norskperiode"), variant="norsk"),
    ),
))
