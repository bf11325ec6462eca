"""DAT004 ugyldig-antall (v2): permisjon_dager, fravaer_dager or a timer field that is not a
whole number >= 0 («120 dager», «-30», «to uker»). The rules count it as 0 and the message
says so; where one number can be read out of the text («120 dager» → 120) it is the fix."""

from __future__ import annotations

import re

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import INTEGRERING_2021, A, row
from nir_desktop.core.rules.sources import IMDI_2021, REGISTRERING_INTRO

D_ = SheetKind.DELTAKERE
N_ = SheetKind.NORSK

COUNT_FIELDS = {D_: ("permisjon_dager", "fravaer_dager"),
                N_: ("timer_norsk", "timer_samfunnskunnskap"),
                SheetKind.OPPLAERING: ("permisjon_dager",)}
_NUMBER = re.compile(r"(?<![\d,.-])(\d+)(?![\d,.])")


def readable_count(text: str) -> str | None:
    """The one whole number ≥ 0 in ``text`` («120 dager» → «120»), else None."""
    if text.strip().startswith("-"):
        return None
    found = _NUMBER.findall(text)
    return str(int(found[0])) if len(found) == 1 else None


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    out: list[Finding] = []
    for name in COUNT_FIELDS[view.kind]:
        col = view.parsed.get(name)
        if col is None:
            continue
        # Each distinct value judged once (is_count, inline), then one pass over the rows.
        bad = {v for v in set(map(col.__getitem__, rows))
               if not (v is None or (v.__class__ is float and v >= 0 and v.is_integer()))}
        if not bad:
            continue
        for r in [r for r in rows if col[r] in bad]:
            text = view.sheet.text(r, view.cols[name]).strip()
            out.append(ctx.finding("DAT004", view, r, name, {"value": text},
                                   suggestion=readable_count(text)))
    return out


RULE = register(Rule(
    id="DAT004", name="ugyldig-antall", severity=Severity.WARNING,
    title=Text("Antall som ikke er et helt tall"),
    messages={"default": Text(
        "«{value}» i kolonnen {field_label} er ikke et helt tall (0 eller mer). Kontrollen "
        "regner det som 0.",
    )},
    why=Text(
        "Dager med permisjon og gyldig fravær flytter 3-årsfristen. Tekst, minustall eller "
        "brøker kan ikke regnes med, så kontrollen bruker 0 og kan da ta feil av fristen og "
        "av om det finnes norsktimer.",
    ),
    fix=Text("Skriv bare tallet, uten enhet (for eksempel 120). Er det et tall i teksten, "
             "foreslås det."),
    citations=(
        IMDI_2021.cite(Text(
            "3-årsfristen for utvidede deltakere regnes med gyldig fravær og permisjon.")),
        REGISTRERING_INTRO.cite(Text(
            "Permisjon og fravær er blant opplysningene kommunen registrerer om programmet.")),
    ),
    checks=(row_check(check, *COUNT_FIELDS),),
    examples=(
        Example(False, {D_: [row(INTEGRERING_2021, permisjon_dager="120")]},
                Text("Bare tallet")),
        Example(True, {D_: [row(INTEGRERING_2021, permisjon_dager="120 dager")]},
                Text("Tall med enhet")),
        Example(True, {D_: [row(INTEGRERING_2021, fravaer_dager="-30")]},
                Text("Minustall")),
        Example(True, {D_: [{FNR: A}], N_: [{FNR: A, "startdato": "01.03.2021",
                                             "timer_norsk": "to uker"}]},
                Text("Timer skrevet som tekst")),
    ),
))
