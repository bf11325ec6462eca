"""What the norsk og samfunnskunnskap rules (NOR001–NOR008, LOV004) share: a person's
Opplæring rows as the rules read them, the scope for RY, the kap. 6A frist, the sources
of 2022 and later, and the example rows.

How the catalogue's notions are read here:
- An opplæring person's law is the lov on their Opplæring row; where that cell is empty,
  the lov of their Deltakere row.
- Their kategori counts as what the kategori code list says it is (``kind``: rett og
  plikt, rett, plikt or kan tilbys). A kap. 6A person with kategori «rett» (or none: kap. 6A
  gives a right, not a duty) is «6A rett only».
- The opplæring period runs from startdato (else vedtaksdato) to the avslutningsdato
  («Sluttdato»), or is open. A person is in scope for RY when that period, a vedtaksdato
  or Norsk hours of theirs fall in RY.
- utdanningsbakgrunn is a yes/no fact: «Nei» is a registration too. «Deltar i fulltid
  videregående» counts as registered only when it says yes (no is the absence of it).
- Without the Opplæring sheet these rules are "ikke kontrollert", never a finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from nir_desktop.core import codelists as cl
from nir_desktop.core import years
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.rules import sources
from nir_desktop.core.rules.catalogue import Citation, Example, Text
from nir_desktop.core.rules.context import FNR, Context, NorskRow, Person, is_count, overlaps
from nir_desktop.core.rules.examples import A

O_ = SheetKind.OPPLAERING
N_ = SheetKind.NORSK

KIND_RETT_OG_PLIKT = "rett_og_plikt"
KIND_RETT = "rett"
KIND_PLIKT = "plikt"
INTEGRERING_LAWS = (cl.LAW_INTEGRERING, cl.LAW_INTEGRERING_6A)
KAP6A_MONTHS = 12  # kap. 6A «rett»: completion frist 12 months from the first start


def source(source_id: str, note: Text | None = None) -> Citation:
    """One of the pages in resources/years/guidance.json, as a citable source."""
    s = years.sources()[source_id]
    return Citation(s.title, s.url, s.updated, note)


def span(name: str) -> tuple[int, int | None]:
    """A rule's reporting years, from resources/years/cutoffs.json."""
    s = years.span(name)
    return (s.first, s.last)


# The pages the 2021 rules cite too are the constants of sources.py; the kap. 6A pages come
# from resources/years/guidance.json (tests/core/test_catalogue.py keeps the two the same).
IMDI_2022 = sources.IMDI_2022
IMDI_2023 = sources.IMDI_2023
NIR_UKRAINA_2022 = source("nir-ukraina-2022")
NIR_UKRAINA_2023 = source("nir-ukraina-2023", Text(
    "IMDis side på imdi.no under imdinett; kildelisten oppgir ikke hele adressen, søk etter "
    "tittelen der."))
NIR_FORMAL = sources.FORMAL_NIR
KAP6A_GUIDE = source("imdi-6a-guide", Text(
    "IMDis rettslige veileder på imdi.no; kildelisten oppgir ikke adressen, søk etter "
    "tittelen der."))

NORSK_LIST = IMDI_2022.cite(Text(
    "Siden lister det som skal registreres for norsk og samfunnskunnskap: "
    "utdanningsbakgrunn, vedtak, norskmål, timer og fravær og deltakelse i fulltid "
    "videregående – ingen av utdanningsbakgrunn, norskmål og fulltid videregående for "
    "personer etter introduksjonsloven."),
    "Norsk og samfunnskunnskap")
UTDANNING_FRIST = IMDI_2022.cite(Text(
    "Utdanningsbakgrunnen trengs for personer med rett og plikt etter integreringsloven: "
    "den avgjør fristen for å fullføre opplæringen, 18 måneder eller 3 år; personer etter "
    "kapittel 6A med bare rett skal ikke ha den."),
    "Norsk og samfunnskunnskap")
FRIST_6A = NIR_UKRAINA_2022.cite(Text(
    "Personer etter kapittel 6A med bare rett til norsk har frist 12 måneder fra startdatoen i "
    "det første vedtaket om opplæring, forlenget med permisjon."))
UTVIDET_6A = NIR_UKRAINA_2023.cite(Text(
    "Fra 01.07.2023 kan vedtak om utvidet norskopplæring registreres; vedtaksdatoen må "
    "ligge mellom to måneder før og to måneder etter gjennomføringsfristen."))
TIMER = NIR_FORMAL.cite(Text(
    "Norsktimer skal registreres også for personer etter integreringsloven: de brukes til "
    "norsktilskudd, statistikk og målet om oppstart innen tre måneder."))


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(slots=True)
class OpplRow:
    r: int
    lov: str | None  # canonical spelling
    law: str | None
    kategori: str | None
    kind: str | None
    utd: Any  # True / False / None / an unreadable value
    vedtak: date | None
    vedtak_unknown: bool
    vtype: str | None
    start: date | None
    frist: date | None
    norskmal: Any
    fulltid: bool
    end: date | None
    permisjon: int
    unknown: bool  # a period date that could not be read

    @property
    def period_start(self) -> date | None:
        return self.start or self.vedtak

    @property
    def rett_only_6a(self) -> bool:
        return self.law == cl.LAW_INTEGRERING_6A and self.kind in (None, KIND_RETT)

    @property
    def integrering(self) -> bool:
        return self.law in INTEGRERING_LAWS


def _date(v: Any) -> tuple[date | None, bool]:
    if v is None:
        return None, False
    if isinstance(v, date):
        return v, False
    return None, True


def rows_of(ctx: Context, person: Person) -> list[OpplRow]:
    """The person's Opplæring rows (built once per person and check)."""
    if person.oppl is not None:
        return person.oppl  # type: ignore[no-any-return]
    o = ctx.views.get(O_)
    out: list[OpplRow] = []
    if o is not None and person.o_rows:
        P = o.parsed
        fallback = next((p.lov for p in person.programmes if p.lov), None)
        for r in person.o_rows:
            def val(name: str, r: int = r) -> Any:
                col = P.get(name)
                return col[r] if col is not None else None

            lov = val("lov") or fallback
            lov = ctx._canonical("lov", lov) if lov else None
            kategori = val("kategori")
            if kategori:
                kategori = ctx.codes.canonical("kategori", kategori) or kategori
            vedtak, v_bad = _date(val("vedtaksdato"))
            start, s_bad = _date(val("startdato"))
            frist, f_bad = _date(val("gjennomforingsfrist"))
            end, e_bad = _date(val("avslutningsdato"))
            perm = val("permisjon_dager")
            # Not a whole number >= 0: counted as 0, as DAT004 tells the user.
            perm_days = int(perm) if is_count(perm) and perm < 100_000 else 0
            vtype = val("vedtakstype")
            out.append(OpplRow(
                r, lov, ctx._law(lov) if lov else None, kategori or None,
                ctx.codes.kind_of(kategori) if kategori else None, val("utdanningsbakgrunn"),
                vedtak, v_bad, str(vtype) if vtype else None, start, frist, val("norskmal"),
                val("fulltid_vgo") is True, end, perm_days, s_bad or f_bad or e_bad))
    person.oppl = out
    return out


def hours_in_ry(ctx: Context, person: Person) -> list[NorskRow]:
    return [n for n in person.norsk if n.hours and not n.unknown
            and overlaps(n.start, n.end, ctx.ry_start, ctx.ry_end)]


def hours_unknown(person: Person) -> bool:
    """An hour count that could not be read is unknown, not zero (DAT001's principle)."""
    return any(n.hours is None for n in person.norsk)


def in_scope(ctx: Context, person: Person, o: OpplRow) -> bool:
    if o.unknown:
        return False
    if ctx.in_ry(o.vedtak) or hours_in_ry(ctx, person):
        return True
    return overlaps(o.period_start, o.end, ctx.ry_start, ctx.ry_end)


def scoped_rows(ctx: Context, person: Person) -> list[OpplRow]:
    return [o for o in rows_of(ctx, person) if in_scope(ctx, person, o)]


def frist_6a(ctx: Context, person: Person) -> tuple[OpplRow, date] | None:
    """The kap. 6A completion frist of a person with a right only: 12 months from the
    start of their first training in scope, minus a day, plus permisjon."""
    starts = [o for o in scoped_rows(ctx, person) if o.rett_only_6a and o.start is not None]
    if not starts:
        return None
    first = min(starts, key=lambda o: (o.start, o.r))
    assert first.start is not None
    frist = add_months(first.start, KAP6A_MONTHS) - timedelta(days=1) + timedelta(
        days=first.permisjon)
    return first, frist


# --- example rows (reporting year 2025, checked in December 2026) ----------------------

EX_YEAR = 2025
EX_TODAY = date(2026, 12, 1)
INTEGRERING_ROW = {FNR: A, "lov": "Integreringsloven", "kategori": "Rett og plikt",
                   "utdanningsbakgrunn": "Nei", "vedtaksdato": "15.01.2025",
                   "startdato": "01.02.2025", "gjennomforingsfrist": "31.07.2026",
                   "norskmal": "B1"}
ROW_6A = {FNR: A, "lov": "Integreringsloven kap. 6A", "kategori": "Rett til norsk",
          "utdanningsbakgrunn": None, "norskmal": None,
          "vedtaksdato": "15.01.2025", "startdato": "01.02.2025",
          "gjennomforingsfrist": "31.01.2026"}
INTRO_ROW = {FNR: A, "lov": "Introduksjonsloven", "kategori": "Rett og plikt",
             "vedtaksdato": "15.01.2020", "startdato": "01.02.2020"}
HOURS = {FNR: A, "startdato": "01.02.2025", "sluttdato": "30.06.2025", "timer_norsk": 120}


def example(bad: bool, rows: dict[SheetKind, list[dict[str, Any]]], caption: Text,
            variant: str | None = None, year: int = EX_YEAR) -> Example:
    return Example(bad, rows, caption, year=year, today=EX_TODAY, variant=variant)
