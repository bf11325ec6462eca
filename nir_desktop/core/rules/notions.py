"""Notions several rules (and the måloppnåelse preview) share: a registered reason, the
covid-19 situations of the 2021 guidance, and the NIR ending. One place, so a rule that
silences another asks the same question the other rule asks (rules.md v2, Notation)."""

from __future__ import annotations

from datetime import date

from nir_desktop.core import codelists as cl
from nir_desktop.core.rules.context import MAX, Context, Person, Programme

# The reporting year the 2021 guidance (COV002, COV003) is about.
GUIDANCE_YEAR = cl.COV003_YEAR


def arsak_registered(p: Programme) -> bool:
    """A real avslutningsårsak: not empty and not «Avslutningsårsak ikke registrert»."""
    return bool(p.arsak) and p.arsak != cl.NOT_REGISTERED


def exempt_ending(p: Programme) -> bool:
    """The avslutningsdato is at or after the 3-year frist of a covid-extended person or
    lies in the 4th programme year: NIR cannot take a reason there."""
    return p.exempt and p.ends_at_or_after_frist3()


def continues_after_ry(ctx: Context, person: Person) -> bool:
    """Some tiltak of the person ends after RY or is open."""
    return any(not x.unknown and (x.end or MAX) > ctx.ry_end for x in person.tiltak)


def extended_continuing(ctx: Context, person: Person, p: Programme) -> bool:
    """Covid-extended, gjennomføringsfrist in RY, and continuing after RY (no
    avslutningsdato, or one in RY while a tiltak goes on): the state the 2021 guidance
    asks for, where no reason should be registered."""
    if not p.covid_extended or not ctx.in_ry(p.frist) or "avslutningsdato" in p.unknown:
        return False
    if p.end is None:
        return True
    return ctx.in_ry(p.end) and continues_after_ry(ctx, person)


def cov002_applies(ctx: Context, person: Person, p: Programme) -> bool:
    """RY 2021, extended and continuing, and a reason registered (rules.md COV002)."""
    return ctx.year == GUIDANCE_YEAR and arsak_registered(p) \
        and extended_continuing(ctx, person, p)


def nir_ending(p: Programme) -> tuple[date, str | None] | None:
    """(date, avslutningsårsak) of the programme's ending as NIR will hold it: a
    covid-extended person whose programme runs past the 3-year frist (open, or ended in
    the exempt period) is closed by NIR on the frist with «Avslutningsårsak ikke
    registrert»; otherwise the file's own ending (None: not ended)."""
    f = p.frist3
    if p.covid_extended and f is not None and (p.end is None or p.end > f) \
            and "avslutningsdato" not in p.unknown:
        return f, cl.NOT_REGISTERED
    if p.end is None:
        return None
    return p.end, p.arsak


def cov003_variant(ctx: Context, p: Programme) -> str | None:
    """«avsluttet» or «prognose» where COV003 takes the person out of the 2021
    måloppnåelse basis, else None. RY 2021, utvidet (not only forsterket), no reason
    registered, and the NIR ending in RY on the 3-year frist."""
    if ctx.year != GUIDANCE_YEAR or not p.utvidet or arsak_registered(p):
        return None
    f = p.frist3
    if f is None or not ctx.in_ry(f) or "avslutningsdato" in p.unknown:
        return None
    if p.end is not None and ctx.in_ry(p.end) and p.end >= f:
        return "avsluttet"
    if p.end is None or p.end > ctx.ry_end:
        return "prognose"
    return None


def cov003_applies(ctx: Context, p: Programme) -> bool:
    return cov003_variant(ctx, p) is not None


def cov004_applies(p: Programme) -> bool:
    """Covid-extended or 4th programme year, ended after the 3-year frist (+1 day), with a
    real reason: NIR cannot take that reason."""
    f = p.frist3
    return (p.covid_extended or p.fourth_year) and f is not None and p.end is not None \
        and (p.end - f).days > 1 and arsak_registered(p)
