"""DAT001 ugyldig-dato: a date field that cannot be read as a date."""

from __future__ import annotations

from nir_desktop.core.fields import FIELDS, SheetKind, ValueKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.normalize import InvalidValue
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.sources import INPUT_FORMAT

D_ = SheetKind.DELTAKERE

_DATE_KINDS = (ValueKind.DATE, ValueKind.DATE_OR_BOOL)
DATE_FIELDS: dict[SheetKind, tuple[str, ...]] = {
    k: tuple(f.name for f in fs if f.kind in _DATE_KINDS) for k, fs in FIELDS.items()
}


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    out: list[Finding] = []
    for name in DATE_FIELDS.get(view.kind, ()):
        col = view.parsed.get(name)
        if col is None:
            continue
        # The rows first, in one comprehension: this runs over every row of the file.
        for r in [r for r in rows if col[r].__class__ is InvalidValue]:
            out.append(ctx.finding("DAT001", view, r, name, {"value": str(col[r])}))
    return out


RULE = register(Rule(
    id="DAT001", name="ugyldig-dato", severity=Severity.ERROR,
    title=Text("Dato som ikke kan leses"),
    messages={"default": Text(
        "«{value}» i kolonnen {field_label} kan ikke leses som en dato. Skriv datoen som "
        "dd.mm.åååå.",
    )},
    why=Text(
        "En dato som ikke kan leses, blir stående tom i NIR, og da kan verken programperioden "
        "eller tiltakene regnes ut. Andre kontroller hopper over raden.",
    ),
    fix=Text("Skriv datoen på formen dd.mm.åååå, for eksempel 01.03.2021."),
    citations=(INPUT_FORMAT,),
    checks=(row_check(check),),
    examples=(
        Example(False, {D_: [{FNR: A, "programstart": "01.03.2021"}]},
                Text("Norsk datoform")),
        Example(True, {D_: [{FNR: A, "programstart": "1. mars"}]},
                Text("Dato uten år")),
    ),
))
