"""KODE001 ukjent-kode: a code value (lov, kategori, tiltak, sluttmål, norskmål,
avslutningsårsak) no code list knows. Only ever a WARNING: a known code in other
spelling is KODE002."""

from __future__ import annotations

from collections.abc import Iterator

from nir_desktop.core.fields import FIELDS, SheetKind, ValueKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import Example, Rule, Text, register, row_check
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.sources import INPUT_FORMAT

D_ = SheetKind.DELTAKERE

CODE_FIELDS: dict[SheetKind, tuple[tuple[str, str], ...]] = {
    k: tuple((f.name, f.code_list) for f in fs if f.kind is ValueKind.CODE and f.code_list)
    for k, fs in FIELDS.items()
}


def code_verdicts(ctx: Context, view: View, rows: range | list[int]
                  ) -> list[tuple[int, str, str, str | None]]:
    """(row, field, value, canonical or None when unknown) for every code cell that is not
    written exactly as its code list has it (one pass shared with KODE002)."""
    return ctx.shared(("codes", view.kind), rows,  # type: ignore[no-any-return]
                      lambda: list(_verdicts(ctx, view, rows)))


def _verdicts(ctx: Context, view: View, rows: range | list[int]
              ) -> Iterator[tuple[int, str, str, str | None]]:
    codes = ctx.codes
    for name, list_name in CODE_FIELDS.get(view.kind, ()):
        col = view.parsed.get(name)
        if col is None:
            continue
        verdict: dict[str, str | None] = {}  # value → canonical ("" = exact match)
        for r in rows:
            v = col[r]
            if not v:
                continue
            if v in verdict:
                canon = verdict[v]
            else:
                canon = codes.canonical(list_name, v)
                canon = "" if canon == v else canon
                verdict[v] = canon
            if canon != "":
                yield r, name, v, canon


def check(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    return [ctx.finding("KODE001", view, r, name, {"value": v})
            for r, name, v, canon in code_verdicts(ctx, view, rows) if canon is None]


RULE = register(Rule(
    id="KODE001", name="ukjent-kode", severity=Severity.WARNING,
    title=Text("Ukjent kodeverdi"),
    messages={"default": Text("«{value}» er ikke en kjent verdi for {field_label}.")},
    why=Text(
        "Lov, kategori, tiltak, sluttmål, norskmål og avslutningsårsak er faste kodeverdier i "
        "NIR. En verdi som ikke står i listen, blir ikke forstått ved overføring, og "
        "personen kan havne i feil gruppe. Kodelisten i programmet er ikke NIRs egen og kan "
        "mangle verdier.",
    ),
    fix=Text(
        "Velg en verdi fra listen. Er verdien riktig i NIR, kan du legge den til i din egen "
        "kodeliste, så blir den godtatt neste gang.",
    ),
    citations=(INPUT_FORMAT,),
    checks=(row_check(check),),
    examples=(
        Example(False, {D_: [{FNR: A, "avslutningsarsak": "Arbeid heltid"}]},
                Text("Verdi fra listen")),
        Example(True, {D_: [{FNR: A, "avslutningsarsak": "Ferie"}]},
                Text("Ukjent årsak")),
        # A known value in other case is KODE002, never KODE001.
        Example(False, {D_: [{FNR: A, "lov": "integreringsloven"}]},
                Text("Kjent verdi med liten forbokstav")),
    ),
))
