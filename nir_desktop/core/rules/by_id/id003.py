"""ID003 fnr-type: an H-number on a Deltakere row (WARNING); synthetic test numbers in
the file (one INFO per file, not per row)."""

from __future__ import annotations

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.fnr import FnrKind, with_control_digits
from nir_desktop.core.rules.catalogue import (
    Example,
    Plural,
    Rule,
    Text,
    file_check,
    register,
    row_check,
)
from nir_desktop.core.rules.context import FNR, Context, RowChange, View
from nir_desktop.core.rules.examples import A, B
from nir_desktop.core.rules.sources import GENERAL_QUALITY

D_ = SheetKind.DELTAKERE

# Numbers for the examples that are not synthetic: born in 1860 (individnummer 500–749),
# so they cannot belong to anyone alive. Never use real numbers.
OLD_FNR = with_control_digits("010160500")
OLD_HNR = with_control_digits("014160500")


def check_hnr(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    """H-numbers on Deltakere rows only (not again on each tiltak row)."""
    out: list[Finding] = []
    for r, st in ctx.fnr_problems(view, rows):
        if st.problem is None and st.kind is FnrKind.HNR:
            out.append(ctx.finding("ID003", view, r, FNR, {"variant": "hnr"},
                                   severity=Severity.WARNING))
    return out


def synthetic_finding(count: int) -> Finding:
    return Finding(rule="ID003", severity=Severity.INFO, sheet=None, row=None, column=None,
                   field=None, params={"variant": "synthetic", "count": count})


class Synthetic:
    """The distinct synthetic numbers of the file, kept current after each edit."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.keys: set[str] = set()
        self.current: list[Finding] = []

    def _findings(self) -> list[Finding]:
        return [synthetic_finding(len(self.keys))] if self.keys else []

    def run_all(self) -> list[Finding]:
        cache = self.ctx.fnr
        self.keys = {k for k in self.ctx.groups if cache[k].kind is FnrKind.SYNTHETIC}
        self.current = self._findings()
        return self.current

    def recheck(self, change: RowChange) -> tuple[list[Finding], list[Finding]]:
        old, new = change.old_key, change.new_key
        if old and old not in self.ctx.groups:
            self.keys.discard(old)
        if new and self.ctx.fnr[new].kind is FnrKind.SYNTHETIC:
            self.keys.add(new)
        found = self._findings()
        if [f.params for f in found] == [f.params for f in self.current]:
            return [], []
        removed, self.current = self.current, found
        return removed, found


RULE = register(Rule(
    id="ID003", name="fnr-type", severity=Severity.INFO,
    other_severities=(Severity.WARNING,),
    title=Text("Særlig type fødselsnummer"),
    messages={
        "hnr": Text(
            "Dette er et H-nummer (hjelpenummer). I NIR skal personen stå med fødselsnummer "
            "eller D-nummer.",
        ),
        "synthetic": Plural(
            "Filen inneholder {count} syntetisk testnummer (måned + 80). Et slikt nummer "
            "tilhører ingen virkelig person og hører bare hjemme i test- og øvingsdata.",
            "Filen inneholder {count} syntetiske testnumre (måned + 80). Slike numre tilhører "
            "ingen virkelig person og hører bare hjemme i test- og øvingsdata.",
        ),
    },
    why=Text(
        "H-numre er midlertidige hjelpenumre fra helsetjenesten og følger ikke personen i "
        "folkeregisteret. Syntetiske numre brukes i testdata; står de i en ekte eksport, er "
        "noe galt.",
    ),
    fix=Text(
        "Bytt H-nummeret med personens fødselsnummer eller D-nummer. For syntetiske numre: "
        "kontroller at du har åpnet riktig fil.",
    ),
    citations=(GENERAL_QUALITY,),
    checks=(row_check(check_hnr, D_), file_check(Synthetic)),
    examples=(
        Example(False, {D_: [{FNR: OLD_FNR}]}, Text("Vanlig fødselsnummer")),
        Example(True, {D_: [{FNR: OLD_HNR}]}, Text("H-nummer"), variant="hnr"),
        Example(True, {D_: [{FNR: A}, {FNR: B}]}, Text("Syntetiske numre"),
                variant="synthetic"),
    ),
))
