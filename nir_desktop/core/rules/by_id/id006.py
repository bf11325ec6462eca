"""ID006 kommunenummer-avvik: a kommunenummer different from the one most rows have.

Silent when no single kommunenummer is held by more rows than any other. A file-level
rule kept current after each edit: the count per kommunenummer is updated, and only when
the most common one changes are all rows looked at again.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, file_check, register
from nir_desktop.core.rules.context import FNR, Context, RowChange, View
from nir_desktop.core.rules.examples import A, B, C
from nir_desktop.core.rules.sources import GENERAL_QUALITY

D_ = SheetKind.DELTAKERE


def common_kommune(counter: Counter[str]) -> str | None:
    """The kommunenummer most rows have, or None when all agree or no one value leads."""
    if len(counter) < 2:
        return None
    (first, n1), (_, n2) = counter.most_common(2)
    return first if n1 > n2 else None


def deviations(ctx: Context, view: View, rows: range | list[int],
               common: str | None) -> list[Finding]:
    col = view.parsed.get("kommunenummer")
    if col is None or common is None:
        return []
    return [ctx.finding("ID006", view, r, "kommunenummer", {"value": col[r], "common": common})
            for r in rows if col[r] and col[r] != common]


class Deviation:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store: dict[int, Finding] = {}
        self.values: list[Any] = []
        self.counter: Counter[str] = Counter()
        self.common: str | None = None

    def _set(self, found: list[Finding]) -> list[Finding]:
        for f in found:
            assert f.row_index is not None
            self.store[f.row_index] = f
        return found

    def run_all(self) -> list[Finding]:
        self.store = {}
        d = self.ctx.views.get(D_)
        if d is None:
            return []
        col = d.parsed["kommunenummer"]
        self.values = list(col)
        self.counter = Counter(v for v in col if v)
        self.common = common_kommune(self.counter)
        return self._set(deviations(self.ctx, d, range(len(col)), self.common))

    def recheck(self, change: RowChange) -> tuple[list[Finding], list[Finding]]:
        view = change.view
        if view.kind is not D_:
            return [], []
        col = view.parsed.get("kommunenummer")
        if col is None:
            return [], []
        r = change.row
        old, new = self.values[r], col[r]
        if old != new:
            if old:
                self.counter[old] -= 1
                if self.counter[old] <= 0:
                    del self.counter[old]
            if new:
                self.counter[new] += 1
            self.values[r] = new
        common = common_kommune(self.counter)
        if common != self.common:
            removed = list(self.store.values())
            self.common = common
            self.store = {}
            return removed, self._set(deviations(self.ctx, view, range(len(col)), common))
        rows = change.deltakere_rows
        removed = [self.store.pop(x) for x in rows if x in self.store]
        return removed, self._set(deviations(self.ctx, view, rows, common))


RULE = register(Rule(
    id="ID006", name="kommunenummer-avvik", severity=Severity.WARNING,
    title=Text("Avvikende kommunenummer"),
    messages={"default": Text(
        "Kommunenummeret «{value}» er et annet enn det de fleste radene i filen har ({common}).",
    )},
    why=Text(
        "En eksport fra én kommune har normalt ett kommunenummer. Et avvikende nummer kan være "
        "en skrivefeil eller en person som hører til en annen kommune.",
    ),
    fix=Text("Kontroller nummeret. Er personen flyttet, skal den andre kommunen registrere."),
    citations=(GENERAL_QUALITY,),
    checks=(file_check(Deviation),),
    needs=((D_, "kommunenummer"),),
    examples=(
        Example(False, {D_: [{FNR: A, "kommunenummer": "0301"},
                             {FNR: B, "kommunenummer": "0301"}]}, Text("Samme kommune")),
        Example(True, {D_: [{FNR: A, "kommunenummer": "0301"}, {FNR: B, "kommunenummer": "0301"},
                            {FNR: C, "kommunenummer": "4601"}]},
                Text("Én rad med Bergen i en Oslo-fil")),
    ),
))
