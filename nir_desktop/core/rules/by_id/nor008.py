"""NOR008 utvidet-norsk-vedtaksdato: RY ≥ 2023, kap. 6A: a vedtak of type «utvidet
norskopplæring» dated more than ``window_months`` (2) before or after the person's
completion frist (the kap. 6A frist from the first vedtak; else the row's own)."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.normalize import fold_code
from nir_desktop.core.rules import opplaering as op
from nir_desktop.core.rules.catalogue import Rule, Text, person_check, register
from nir_desktop.core.rules.context import Context, Person, Programme

O_ = SheetKind.OPPLAERING


def check(ctx: Context, person: Person, _progs: list[Programme]) -> list[Finding]:
    o_view = ctx.views.get(O_)
    if o_view is None or not person.o_rows:
        return []
    months = RULE.params["window_months"]
    first = op.frist_6a(ctx, person)
    out: list[Finding] = []
    for o in op.scoped_rows(ctx, person):
        if o.law != cl.LAW_INTEGRERING_6A or o.vedtak is None or not o.vtype \
                or "utvidet" not in fold_code(o.vtype):
            continue
        frist = first[1] if first is not None else o.frist
        if frist is None:
            continue
        lo, hi = op.add_months(frist, -months), op.add_months(frist, months)
        if not lo <= o.vedtak <= hi:
            out.append(ctx.finding("NOR008", o_view, o.r, "vedtaksdato",
                                   {"vedtak": o.vedtak, "lo": lo, "hi": hi, "frist": frist,
                                    "months": months}))
    return out


RULE = register(Rule(
    id="NOR008", name="utvidet-norsk-vedtaksdato", severity=Severity.ERROR, family="norsk",
    years=op.span("utvidet_norsk_rules"),
    title=Text("Vedtak om utvidet norskopplæring utenfor tidsrommet"),
    messages={"default": Text(
        "Vedtaket om utvidet norskopplæring er datert {vedtak}. NIR tar bare imot et slikt "
        "vedtak datert fra {lo} til {hi}: {months} måneder før og etter fristen {frist}.",
    )},
    why=Text(
        "Fra 1. juli 2023 kan personer etter kap. 6A få vedtak om utvidet norskopplæring. "
        "NIR godtar vedtaket bare når datoen ligger nær fristen for å fullføre opplæringen.",
    ),
    fix=Text("Sjekk vedtaksdatoen og fristen. Er datoen feil skrevet, rett den."),
    citations=(op.UTVIDET_6A, op.FRIST_6A),
    checks=(person_check(check, every_person=True),),
    uses_norsk_periods=True,
    params={"window_months": 2},
    needs=((O_, "lov"), (O_, "vedtakstype"), (O_, "vedtaksdato")),
    examples=(
        op.example(False, {O_: [dict(op.ROW_6A, vedtakstype="Utvidet norskopplæring",
                                     vedtaksdato="15.12.2025")]},
                   Text("Datert like før fristen")),
        op.example(True, {O_: [dict(op.ROW_6A, vedtakstype="Utvidet norskopplæring",
                                    vedtaksdato="15.06.2025")]},
                   Text("Datert sju måneder før fristen")),
    ),
))
