"""Law-specific registrations from 2021: LOV001–LOV004.

LOV004 reads the dates kap. 6A applies from data (resources/years/cutoffs.json): the day
it came into force (15.06.2022) and its last day (30.06.2026, "foreløpig": the message asks
the user to check the law in force). It looks at the programme vedtak on Deltakere and the
opplæring vedtak on Opplæring, of persons in scope for the year.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nir_desktop.core import codelists as cl
from nir_desktop.core import years
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.rules.catalogue import IMDI_2021, Example, Rule, Text, register
from nir_desktop.core.rules.context import FNR, Context, Person, Programme, overlaps
from nir_desktop.core.rules.examples import A
from nir_desktop.core.rules.norsk_ordning import _span, citation

D_ = SheetKind.DELTAKERE
O_ = SheetKind.OPPLAERING
_INTRO = {FNR: A, "lov": "Introduksjonsloven", "vedtaksdato": "15.11.2020",
          "programstart": "01.12.2020", "gjennomforingsfrist": "30.11.2022"}
_INTEGRERING = {FNR: A, "lov": "Integreringsloven", "vedtaksdato": "15.02.2021",
                "programstart": "01.03.2021", "gjennomforingsfrist": "28.02.2023",
                "sluttmal": "Arbeid"}

LOV001 = Rule(
    id="LOV001", name="introlov-med-sluttmaal", severity=Severity.WARNING, family="lov",
    years=(cl.LAW_RULES_FROM, None),
    title=Text("Sluttmål eller kontrakt etter introduksjonsloven",
               "Goal or contract under the Introduction Act"),
    messages={"default": Text(
        "{field_label} er registrert for en deltaker etter introduksjonsloven. Det registreres "
        "bare for deltakere etter integreringsloven.",
        "{field_label} is registered for a participant under the Introduction Act. It is only "
        "registered under the Integration Act.",
    )},
    why=Text(
        "Sluttmål og integreringskontrakt kom med integreringsloven i 2021. Deltakere etter "
        "introduksjonsloven skal ikke ha dem, og en slik registrering tyder på at feil lov er "
        "valgt.",
        "Final goal and integration contract came with the Integration Act; under the "
        "Introduction Act they point to the wrong law.",
    ),
    fix=Text(
        "Sjekk hvilken lov personen hører til (bosatt før 2021: introduksjonsloven). Rett "
        "loven, eller fjern sluttmål og kontrakt.",
        "Check which law applies (settled before 2021: Introduction Act); correct the law or "
        "remove the goal and contract.",
    ),
    citation=IMDI_2021,
    needs=((D_, "lov"),),
    needs_any=(((D_, "sluttmal"), (D_, "integreringskontrakt")),),
    examples=(
        Example(False, {D_: [dict(_INTRO, sluttmal=None)]},
                Text("Introduksjonsloven uten sluttmål", "Introduction Act, no goal")),
        Example(True, {D_: [dict(_INTRO, sluttmal="Arbeid")]},
                Text("Introduksjonsloven med sluttmål", "Introduction Act with a goal")),
    ),
)

LOV002 = Rule(
    id="LOV002", name="integreringslov-uten-sluttmaal", severity=Severity.ERROR, family="lov",
    years=(cl.LAW_RULES_FROM, None),
    title=Text("Sluttmål mangler", "Final goal missing"),
    messages={
        "default": Text(
            "Sluttmål mangler for en deltaker etter {lov} som deltok i {year}.",
            "The final goal is missing for a participant under {lov} who took part in "
            "{year}."),
        # (v2) ended in RY without taking part (e.g. no programme dates, tiltak before RY).
        "avsluttet": Text(
            "Sluttmål mangler for en deltaker etter {lov} som avsluttet programmet i {year}.",
            "The final goal is missing for a participant under {lov} who ended the programme "
            "in {year}."),
    },
    why=Text(
        "Etter integreringsloven skal hver deltaker ha et sluttmål, og sluttmålet styrer hvor "
        "lenge programmet kan vare. Uten sluttmål kan ikke programmet vurderes.",
        "Under the Integration Act every participant has a final goal, which sets the length "
        "of the programme.",
    ),
    fix=Text("Registrer sluttmålet fra deltakerens integreringsplan.",
             "Register the final goal from the participant's integration plan."),
    citation=IMDI_2021,
    needs=((D_, "lov"), (D_, "sluttmal")),
    examples=(
        Example(False, {D_: [_INTEGRERING]}, Text("Med sluttmål", "With a goal")),
        Example(True, {D_: [dict(_INTEGRERING, sluttmal=None)]},
                Text("Uten sluttmål", "No goal")),
    ),
)

_6A = {FNR: A, "lov": "Integreringsloven kap. 6A", "vedtaksdato": "15.08.2024",
       "programstart": "01.09.2024", "gjennomforingsfrist": "31.08.2026", "sluttmal": "Arbeid",
       "integreringskontrakt": "01.10.2024"}
_EX_TODAY = date(2026, 12, 1)
IMDI_2022_INTRO = citation(
    "imdi-2022",
    "Under «Introduksjonsprogram» lister siden det som skal registreres: vedtak, sluttmål, "
    "integreringskontrakt, tiltak og fravær, avslutningsårsak – sluttmål og "
    "integreringskontrakt ikke for personer etter introduksjonsloven.")
IMDI_2023_SLUTTMAL = citation(
    "imdi-2023",
    "Sluttmål og avslutningsårsak må registreres for alle som avsluttet programmet i 2023; "
    "personlisten i NIR har filtrene «Med/Uten sluttmål».")
KAP6A_GUIDE = citation(
    "imdi-6a-guide",
    "Kap. 6A trådte i kraft 15. juni 2022 for personer med kollektiv beskyttelse fra "
    "11. mars 2022; de midlertidige reglene gjelder foreløpig til 1. juli 2026.")

LOV003 = Rule(
    id="LOV003", name="integreringskontrakt-mangler", severity=Severity.WARNING, family="lov",
    years=_span("kontrakt_rules"),
    title=Text("Integreringskontrakt mangler", "Integration contract missing"),
    messages={"default": Text(
        "Integreringskontrakt er ikke registrert for en deltaker etter {lov} som deltok i "
        "{year}.",
        "No integration contract is registered for a participant under {lov} who took part "
        "in {year}.",
    )},
    why=Text(
        "IMDis sider om registrering fra 2022 ber kommunen registrere integreringskontrakt "
        "for deltakere etter integreringsloven. Mangler den, kan det være at kontrakten ikke "
        "er inngått ennå – eller at den ikke er registrert.",
        "From 2022 IMDi asks municipalities to register the integration contract for "
        "participants under the Integration Act.",
    ),
    fix=Text("Registrer datoen for integreringskontrakten, eller sjekk om den er inngått.",
             "Register the contract's date, or check whether it was made."),
    citation=IMDI_2022_INTRO,
    needs=((D_, "lov"), (D_, "integreringskontrakt")),
    examples=(
        Example(False, {D_: [_6A]}, Text("Med kontrakt", "With a contract"), year=2025,
                today=_EX_TODAY),
        Example(False, {D_: [dict(_INTEGRERING, integreringskontrakt=None)]},
                Text("2021: regelen gjelder ikke", "2021: the rule does not apply")),
        Example(True, {D_: [dict(_6A, integreringskontrakt=None)]},
                Text("Kap. 6A uten kontrakt", "Chapter 6A without a contract"), year=2025,
                today=_EX_TODAY),
    ),
)

LOV004 = Rule(
    id="LOV004", name="kap6a-utenfor-perioden", severity=Severity.WARNING, family="lov",
    years=_span("norsk_ordning_rules"),
    title=Text("Kap. 6A utenfor tidsrommet loven gjelder",
               "Chapter 6A outside the period it applies"),
    messages={
        "before": Text(
            "Vedtaket etter kap. 6A er datert {vedtak}, før kapitlet trådte i kraft "
            "{in_force}. Vedtak fra før den dagen måtte fattes på nytt etter kap. 6A.",
            "The chapter 6A decision is dated {vedtak}, before the chapter came into force "
            "on {in_force}. Earlier decisions had to be made again under chapter 6A."),
        "after": Text(
            "Vedtaket etter kap. 6A er datert {vedtak}, etter {last_day}, som foreløpig er "
            "siste dag kap. 6A gjelder. Sjekk hvilken lov som gjelder nå.",
            "The chapter 6A decision is dated {vedtak}, after {last_day}, for now the last "
            "day chapter 6A applies. Check which law is in force now."),
    },
    why=Text(
        "Kap. 6A i integreringsloven (kollektiv beskyttelse, Ukraina) gjelder for vedtak fra "
        "det trådte i kraft og foreløpig til et fastsatt tidspunkt. Et vedtak utenfor det "
        "tidsrommet er enten feil datert eller fattet etter feil lov.",
        "Chapter 6A applies to decisions from its entry into force and, for now, until a "
        "set date; a decision outside that period is misdated or under the wrong law.",
    ),
    fix=Text("Sjekk vedtaksdatoen og loven. Rett datoen, eller velg loven vedtaket er "
             "fattet etter.",
             "Check the decision date and the law; correct the date or the law."),
    citation=KAP6A_GUIDE,
    # Checks whichever of Deltakere and Opplæring the file has (needs neither alone).
    examples=(
        Example(False, {D_: [_6A]}, Text("Vedtak i 2024", "Decision in 2024"), year=2025,
                today=_EX_TODAY),
        Example(True, {D_: [dict(_6A, vedtaksdato="01.05.2022")]},
                Text("Vedtak før 15.06.2022", "Decision before 15.06.2022"), year=2025,
                today=_EX_TODAY, variant="before"),
        Example(True, {O_: [{FNR: A, "lov": "6A", "vedtaksdato": "15.07.2026",
                             "startdato": "01.08.2026"}]},
                Text("Opplæringsvedtak etter 30.06.2026", "Training decision after 30.06.2026"),
                year=2026, today=_EX_TODAY, variant="after"),
    ),
)

register(LOV001, LOV002, LOV003, LOV004)

_INTEGRERING_LAWS = (cl.LAW_INTEGRERING, cl.LAW_INTEGRERING_6A)


def _lov004_params(vedtak: Any) -> dict[str, Any] | None:
    if not isinstance(vedtak, date):
        return None
    in_force, last = years.cutoff("kap6a_in_force"), years.cutoff("kap6a_last_day")
    if vedtak < in_force.date:
        return {"variant": "before", "vedtak": vedtak, "in_force": in_force.date}
    if vedtak > last.date:
        return {"variant": "after", "vedtak": vedtak, "last_day": last.date}
    return None


def kap6a_opplaering_findings(ctx: Context, person: Person) -> list[Finding]:
    """LOV004 on the Opplæring rows of a person (in scope: period, vedtak or hours in RY)."""
    o = ctx.views.get(O_)
    if "LOV004" not in ctx.enabled or o is None or not person.o_rows:
        return []
    lov_col, v_col = o.parsed.get("lov"), o.parsed.get("vedtaksdato")
    s_col, e_col = o.parsed.get("startdato"), o.parsed.get("avslutningsdato")
    if lov_col is None or v_col is None:
        return []
    out: list[Finding] = []
    for r in person.o_rows:
        lov = lov_col[r]
        if not lov or ctx._law(ctx._canonical("lov", lov)) != cl.LAW_INTEGRERING_6A:
            continue
        start = s_col[r] if s_col is not None else None
        end = e_col[r] if e_col is not None else None
        start = start if isinstance(start, date) else v_col[r]
        in_scope = (isinstance(start, date) or start is None) and (
            end is None or isinstance(end, date)) and overlaps(
            start if isinstance(start, date) else None, end, ctx.ry_start, ctx.ry_end)
        if not in_scope:
            continue
        params = _lov004_params(v_col[r])
        if params is not None:
            out.append(ctx.finding("LOV004", o, r, "vedtaksdato", params))
    return out


def law_findings(ctx: Context, person: Person, scoped: list[Programme]) -> list[Finding]:
    out: list[Finding] = []
    d = ctx.views.get(D_)
    if d is None:
        return out
    en = ctx.enabled
    v_col = d.parsed.get("vedtaksdato")
    for p in scoped:
        if "LOV004" in en and p.law == cl.LAW_INTEGRERING_6A and v_col is not None:
            params = _lov004_params(v_col[p.r])
            if params is not None:
                out.append(ctx.finding("LOV004", d, p.r, "vedtaksdato", params))
        if "LOV003" in en and p.law in _INTEGRERING_LAWS and not p.kontrakt \
                and "integreringskontrakt" in d.cols and ctx.participated(person, p):
            out.append(ctx.finding("LOV003", d, p.r, "integreringskontrakt",
                                   {"lov": p.lov, "year": ctx.year}))
        if "LOV001" in en and p.law == cl.LAW_INTRO:
            if p.sluttmal:
                out.append(ctx.finding("LOV001", d, p.r, "sluttmal", {}))
            if p.kontrakt:
                out.append(ctx.finding("LOV001", d, p.r, "integreringskontrakt", {}))
        # (v2) participated in RY or ended in RY: «scoped» is exactly that.
        if "LOV002" in en and p.law in _INTEGRERING_LAWS and not p.sluttmal:
            params: dict[str, Any] = {"lov": p.lov, "year": ctx.year}
            if not ctx.participated(person, p):
                params["variant"] = "avsluttet"
            out.append(ctx.finding("LOV002", d, p.r, "sluttmal", params))
    return out
