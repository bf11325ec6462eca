"""Notions several rules (and the måloppnåelse preview) share: a registered reason,
the covid-19 situations of the 2021 guidance. One place, so a rule that silences another
asks the same question the other rule asks."""

from __future__ import annotations

from nir_desktop.core import codelists as cl
from nir_desktop.core.rules.context import MAX, Context, Person, Programme


def arsak_registered(p: Programme) -> bool:
    """A real avslutningsårsak: not empty and not «Avslutningsårsak ikke registrert»."""
    return bool(p.arsak) and p.arsak != cl.NOT_REGISTERED


def cov002_applies(ctx: Context, person: Person, p: Programme) -> bool:
    """Frist in RY, covid-extended, a reason registered, and the person continues after RY."""
    if not ctx.covid_year or not p.covid_extended or not ctx.in_ry(p.frist):
        return False
    if not arsak_registered(p) or "avslutningsdato" in p.unknown:
        return False
    if p.end is None:
        return True
    return ctx.in_ry(p.end) and any(not x.unknown and (x.end or MAX) > ctx.ry_end
                                    for x in person.tiltak)


def cov003_applies(ctx: Context, p: Programme) -> bool:
    return (ctx.year == cl.COV003_YEAR and p.utvidet and not arsak_registered(p)
            and ctx.in_ry(p.mark))
