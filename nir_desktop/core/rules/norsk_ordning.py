"""Norsk og samfunnskunnskap under integreringsloven (reporting years 2022 and later):
NOR001–NOR008, read from the Opplæring sheet (one row per person and period).

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
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.normalize import fold_code
from nir_desktop.core.rules.catalogue import Citation, Example, Rule, Text, register
from nir_desktop.core.rules.context import FNR, Context, Person, overlaps
from nir_desktop.core.rules.examples import A

D_ = SheetKind.DELTAKERE
N_ = SheetKind.NORSK
O_ = SheetKind.OPPLAERING

# Thresholds (data: the check and its message read the same value).
NOR006_MIN_DAYS = 62  # an opplæring period overlapping RY by more than this needs hours
NOR007_MONTHS = 12  # kap. 6A «rett»: completion frist 12 months from the first start
NOR007_TOLERANCE_DAYS = 7  # a file frist further off than this is a WARNING
NOR008_WINDOW_MONTHS = 2  # utvidet norskopplæring: vedtak within 2 months of the frist

KIND_RETT_OG_PLIKT = "rett_og_plikt"
KIND_RETT = "rett"
KIND_PLIKT = "plikt"
_INTEGRERING_LAWS = (cl.LAW_INTEGRERING, cl.LAW_INTEGRERING_6A)


def citation(source_id: str, claim_nb: str) -> Citation:
    """A citation of one of the pages in resources/years/guidance.json, with the sentence
    (our words) saying what the page states that the rule rests on."""
    s = years.sources()[source_id]
    return Citation(s.title, s.url, s.updated, claim_nb)


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _span(name: str) -> tuple[int, int | None]:
    s = years.span(name)
    return (s.first, s.last)


IMDI_2022_NORSK = citation(
    "imdi-2022",
    "Under «Norsk og samfunnskunnskap» lister siden det som skal registreres: "
    "utdanningsbakgrunn, vedtak, norskmål, timer og fravær og deltakelse i fulltid "
    "videregående – ingen av utdanningsbakgrunn, norskmål og fulltid videregående for "
    "personer etter introduksjonsloven; utdanningsbakgrunnen avgjør fristen (18 måneder "
    "eller 3 år) for dem med rett og plikt etter integreringsloven.")
NIR_UKRAINA_2022 = citation(
    "nir-ukraina-2022",
    "Personer etter kap. 6A med bare rett til norsk har en frist på 12 måneder fra "
    "startdatoen i det første vedtaket om opplæring, forlenget med permisjon; vedtak etter "
    "kap. 6A registreres fra 15. juni 2022.")
NIR_UKRAINA_2023 = citation(
    "nir-ukraina-2023",
    "Fra 1. juli 2023 kan vedtak om utvidet norskopplæring registreres; vedtaksdatoen må "
    "ligge mellom to måneder før og to måneder etter gjennomføringsfristen.")
NIR_FORMAL = citation(
    "nir-formal",
    "Norsktimer skal registreres også for personer etter integreringsloven: de brukes til "
    "norsktilskudd, statistikk og målet om oppstart innen tre måneder.")

_INTEGRERING_ROW = {FNR: A, "lov": "Integreringsloven", "kategori": "Rett og plikt",
                    "utdanningsbakgrunn": "Nei", "vedtaksdato": "15.01.2025",
                    "startdato": "01.02.2025", "gjennomforingsfrist": "31.07.2026",
                    "norskmal": "B1"}
_6A_ROW = {FNR: A, "lov": "Integreringsloven kap. 6A", "kategori": "Rett til norsk",
           "utdanningsbakgrunn": None, "norskmal": None,
           "vedtaksdato": "15.01.2025", "startdato": "01.02.2025",
           "gjennomforingsfrist": "31.01.2026"}
_INTRO_ROW = {FNR: A, "lov": "Introduksjonsloven", "kategori": "Rett og plikt",
              "vedtaksdato": "15.01.2020", "startdato": "01.02.2020"}
_HOURS = {FNR: A, "startdato": "01.02.2025", "sluttdato": "30.06.2025", "timer_norsk": 120}
_EX_YEAR = 2025
_EX_TODAY = date(2026, 12, 1)


def _ex(bad: bool, rows: dict[SheetKind, list[dict[str, Any]]], nb: str, en: str,
        variant: str | None = None, year: int = _EX_YEAR) -> Example:
    return Example(bad, rows, Text(nb, en), year=year, today=_EX_TODAY, variant=variant)


NOR001 = Rule(
    id="NOR001", name="utdanningsbakgrunn-mangler", severity=Severity.ERROR, family="norsk",
    years=_span("norsk_ordning_rules"),
    title=Text("Utdanningsbakgrunn mangler", "Educational background missing"),
    messages={"default": Text(
        "Utdanningsbakgrunn mangler for en person med {kategori} etter {lov}. NIR trenger den "
        "for å regne ut fristen for å fullføre opplæringen (18 måneder eller 3 år).",
        "Educational background is missing for a person with {kategori} under {lov}. NIR "
        "needs it to compute the completion deadline (18 months or 3 years).",
    )},
    why=Text(
        "For personer med rett og plikt (eller bare plikt) etter integreringsloven avgjør "
        "utdanningsbakgrunnen – om de har fullført videregående fra før – hvor lang tid de "
        "har på opplæringen. Uten den kan ikke NIR sette fristen.",
        "For persons with a right and duty (or a duty) under the Integration Act, whether "
        "they completed upper secondary sets the completion deadline.",
    ),
    fix=Text("Registrer utdanningsbakgrunnen (ja/nei: fullført videregående fra før).",
             "Register the educational background (yes/no: completed upper secondary)."),
    citation=IMDI_2022_NORSK,
    needs=((O_, "lov"), (O_, "kategori"), (O_, "utdanningsbakgrunn")),
    examples=(
        _ex(False, {O_: [_INTEGRERING_ROW]}, "Med utdanningsbakgrunn", "With background"),
        _ex(False, {O_: [_6A_ROW]}, "Kap. 6A med bare rett", "Chapter 6A, right only"),
        _ex(True, {O_: [dict(_INTEGRERING_ROW, utdanningsbakgrunn=None)]},
            "Rett og plikt uten utdanningsbakgrunn", "Right and duty without background"),
    ),
)

NOR002 = Rule(
    id="NOR002", name="utdanningsbakgrunn-skal-ikke", severity=Severity.WARNING,
    family="norsk", years=_span("norsk_ordning_rules"),
    title=Text("Utdanningsbakgrunn som ikke skal registreres",
               "Educational background that is not registered"),
    messages={
        "intro": Text(
            "Utdanningsbakgrunn er registrert for en person etter introduksjonsloven. Den "
            "registreres bare for personer etter integreringsloven.",
            "Educational background is registered for a person under the Introduction Act. "
            "It is only registered under the Integration Act."),
        "6a": Text(
            "Utdanningsbakgrunn er registrert for en person etter kap. 6A med bare rett "
            "({kategori}). Den registreres ikke for dem: fristen er {months} måneder fra "
            "oppstart.",
            "Educational background is registered for a chapter 6A person with a right only "
            "({kategori}). It is not registered for them: the deadline is {months} months "
            "from the start."),
    },
    why=Text(
        "Utdanningsbakgrunn brukes bare til å sette fristen for personer med rett og plikt "
        "etter integreringsloven. For personer etter introduksjonsloven og for personer etter "
        "kap. 6A med bare rett skal den stå tom; står den der, er loven eller kategorien "
        "trolig feil.",
        "The background sets the deadline under the Integration Act only; for Introduction "
        "Act persons and chapter 6A persons with a right only it stays empty.",
    ),
    fix=Text("Sjekk loven og kategorien. Er de riktige, fjern utdanningsbakgrunnen.",
             "Check the law and category; if they are right, remove the background."),
    citation=IMDI_2022_NORSK,
    needs=((O_, "lov"), (O_, "utdanningsbakgrunn")),
    examples=(
        _ex(False, {O_: [_INTEGRERING_ROW]}, "Integreringsloven", "Integration Act"),
        _ex(True, {O_: [dict(_INTRO_ROW, utdanningsbakgrunn="Ja")]},
            "Introduksjonsloven med utdanningsbakgrunn", "Introduction Act with background",
            variant="intro"),
        _ex(True, {O_: [dict(_6A_ROW, utdanningsbakgrunn="Nei")]},
            "Kap. 6A med bare rett og utdanningsbakgrunn", "Chapter 6A with background",
            variant="6a"),
    ),
)

NOR003 = Rule(
    id="NOR003", name="norskvedtak-mangler", severity=Severity.ERROR, family="norsk",
    years=_span("norsk_ordning_rules"),
    title=Text("Norsktimer uten vedtak om opplæring", "Norwegian hours without a decision"),
    messages={
        "mangler": Text(
            "Norsktimer {start}–{end} er registrert for en person etter {lov}, men det er "
            "ikke registrert noe vedtak om opplæring.",
            "Norwegian hours {start}–{end} are registered for a person under {lov}, but no "
            "decision on training is registered."),
        "senere": Text(
            "Norsktimer {start}–{end} er registrert for en person etter {lov}, men det "
            "første vedtaket om opplæring er datert {vedtak}, etter timene.",
            "Norwegian hours {start}–{end} are registered for a person under {lov}, but the "
            "first decision on training is dated {vedtak}, after the hours."),
    },
    why=Text(
        "Etter integreringsloven skal opplæringen i norsk og samfunnskunnskap ha et vedtak i "
        "NIR. Timer uten vedtak kan ikke knyttes til personens rett eller plikt, og tallene "
        "for norsktilskudd og statistikk blir feil.",
        "Under the Integration Act training needs a decision in NIR; hours without one "
        "cannot be tied to the person's right or duty.",
    ),
    fix=Text("Registrer vedtaket om opplæring med riktig dato på arket Opplæring.",
             "Register the decision on training with its date on the Opplæring sheet."),
    citation=IMDI_2022_NORSK,
    needs=((O_, "vedtaksdato"), (N_, FNR)),
    examples=(
        _ex(False, {O_: [_INTEGRERING_ROW], N_: [_HOURS]}, "Vedtak før timene",
            "Decision before the hours"),
        _ex(True, {O_: [dict(_INTEGRERING_ROW, vedtaksdato=None)], N_: [_HOURS]},
            "Timer uten vedtak", "Hours without a decision", variant="mangler"),
        _ex(True, {O_: [dict(_INTEGRERING_ROW, vedtaksdato="01.08.2025")], N_: [_HOURS]},
            "Vedtak datert etter timene", "Decision dated after the hours", variant="senere"),
    ),
)

NOR004 = Rule(
    id="NOR004", name="norskmaal-mangler", severity=Severity.ERROR, family="norsk",
    years=_span("norsk_ordning_rules"),
    title=Text("Norskmål mangler", "Norwegian goal missing"),
    messages={"default": Text(
        "Norskmål mangler for en person etter {lov} som er i opplæring i {year}.",
        "The Norwegian goal is missing for a person under {lov} in training in {year}.",
    )},
    why=Text(
        "Norskmålet er en av opplysningene IMDi ber kommunene registrere for hver person i "
        "opplæring etter integreringsloven. Uten det kan ikke resultatene måles mot målet.",
        "The Norwegian goal is among what IMDi asks municipalities to register for every "
        "person in training under the Integration Act.",
    ),
    fix=Text("Registrer norskmålet fra personens vedtak eller plan (for eksempel B1).",
             "Register the goal from the person's decision or plan (e.g. B1)."),
    citation=IMDI_2022_NORSK,
    needs=((O_, "lov"), (O_, "norskmal")),
    examples=(
        _ex(False, {O_: [_INTEGRERING_ROW]}, "Med norskmål", "With a goal"),
        _ex(False, {O_: [_6A_ROW]}, "Kap. 6A med bare rett", "Chapter 6A, right only"),
        _ex(True, {O_: [dict(_INTEGRERING_ROW, norskmal=None)]}, "Uten norskmål",
            "No goal"),
    ),
)

NOR005 = Rule(
    id="NOR005", name="introlov-norskfelt", severity=Severity.WARNING, family="norsk",
    years=_span("norsk_ordning_rules"),
    title=Text("Norskfelt etter introduksjonsloven",
               "Norwegian fields under the Introduction Act"),
    messages={"default": Text(
        "{field_label} er registrert for en person etter introduksjonsloven. Det registreres "
        "bare for personer etter integreringsloven.",
        "{field_label} is registered for a person under the Introduction Act. It is only "
        "registered under the Integration Act.",
    )},
    why=Text(
        "Norskmål og deltakelse i fulltid videregående hører til ordningen etter "
        "integreringsloven. For personer etter introduksjonsloven skal de stå tomme; står "
        "de der, er loven trolig feil.",
        "Norwegian goal and full-time upper secondary belong to the Integration Act; under "
        "the Introduction Act they point to the wrong law.",
    ),
    fix=Text("Sjekk hvilken lov personen hører til. Rett loven, eller fjern feltet.",
             "Check which law applies; correct the law or remove the field."),
    citation=IMDI_2022_NORSK,
    needs=((O_, "lov"),),
    needs_any=(((O_, "norskmal"), (O_, "fulltid_vgo")),),
    examples=(
        _ex(False, {O_: [dict(_INTRO_ROW, fulltid_vgo="Nei")]},
            "Introduksjonsloven uten norskfelt", "Introduction Act, no fields"),
        _ex(True, {O_: [dict(_INTRO_ROW, norskmal="B1")]},
            "Introduksjonsloven med norskmål", "Introduction Act with a goal"),
    ),
)

NOR006 = Rule(
    id="NOR006", name="norsktimer-mangler", severity=Severity.WARNING, family="norsk",
    years=_span("norsk_ordning_rules"),
    title=Text("Norsktimer mangler", "Norwegian hours missing"),
    messages={"default": Text(
        "Personen etter {lov} har vedtak og opplæring i {days} dager av {year} "
        "({from_date}–{to_date}), men ingen norsktimer er registrert i {year}.",
        "The person under {lov} has a decision and training for {days} days of {year} "
        "({from_date}–{to_date}), but no Norwegian hours are registered in {year}.",
    )},
    why=Text(
        "Timene i norsk og samfunnskunnskap skal registreres også for personer etter "
        f"integreringsloven. Med mer enn {NOR006_MIN_DAYS} dager i opplæring i året ventes "
        "det timer; uten dem blir norsktilskuddet og statistikken for lave.",
        "Hours must be registered under the Integration Act too; they feed the grant and the "
        "statistics.",
    ),
    fix=Text("Registrer timene på arket Norsk, eller rett opplæringsperioden hvis den er feil.",
             "Register the hours on the Norsk sheet, or correct the training period."),
    citation=NIR_FORMAL,
    needs=((O_, "lov"), (O_, "vedtaksdato"), (N_, FNR)),
    examples=(
        _ex(False, {O_: [_INTEGRERING_ROW], N_: [_HOURS]}, "Med timer", "With hours"),
        _ex(True, {O_: [_INTEGRERING_ROW], N_: [dict(_HOURS, startdato="01.02.2024",
                                                      sluttdato="30.06.2024")]},
            "Timer bare året før", "Hours only the year before"),
    ),
)

NOR007 = Rule(
    id="NOR007", name="frist-6a", severity=Severity.INFO, family="norsk",
    other_severities=(Severity.WARNING,), years=_span("norsk_ordning_rules"),
    title=Text("Frist etter kap. 6A", "Deadline under chapter 6A"),
    messages={
        "info": Text(
            "Fristen for å fullføre opplæringen etter kap. 6A er {frist}: {months} måneder fra "
            "oppstart {start}, pluss {permisjon} dager permisjon.",
            "The completion deadline under chapter 6A is {frist}: {months} months from the "
            "start {start}, plus {permisjon} days of leave."),
        "avvik": Text(
            "Filens gjennomføringsfrist {file_frist} avviker {diff} dager fra fristen etter "
            "kap. 6A, {frist} ({months} måneder fra oppstart {start}, pluss {permisjon} dager "
            "permisjon).",
            "The file's deadline {file_frist} differs by {diff} days from the chapter 6A "
            "deadline {frist} ({months} months from the start {start}, plus {permisjon} days "
            "of leave)."),
    },
    why=Text(
        "For personer etter kap. 6A med bare rett til norsk regnes fristen fra startdatoen i "
        "det første vedtaket om opplæring og forlenges med permisjon. Er fristen i filen en "
        f"annen (mer enn {NOR007_TOLERANCE_DAYS} dager), er startdatoen, permisjonen eller "
        "fristen trolig feil registrert.",
        "For chapter 6A persons with a right only the deadline runs from the start date of "
        "the first decision, extended by leave.",
    ),
    fix=Text("Sjekk startdatoen i det første vedtaket og permisjonen, og rett det som er feil.",
             "Check the start date of the first decision and the leave; correct what is wrong."),
    citation=NIR_UKRAINA_2022,
    needs=((O_, "lov"), (O_, "startdato")),
    examples=(
        _ex(False, {O_: [_INTEGRERING_ROW]}, "Ikke kap. 6A", "Not chapter 6A"),
        _ex(True, {O_: [_6A_ROW]}, "Fristen stemmer (INFO)", "Deadline matches (INFO)",
            variant="info"),
        _ex(True, {O_: [dict(_6A_ROW, gjennomforingsfrist="31.07.2026")]},
            "Fristen avviker (WARNING)", "Deadline differs (WARNING)", variant="avvik"),
    ),
)

NOR008 = Rule(
    id="NOR008", name="utvidet-norsk-vedtaksdato", severity=Severity.ERROR, family="norsk",
    years=_span("utvidet_norsk_rules"),
    title=Text("Vedtak om utvidet norskopplæring utenfor tidsrommet",
               "Extended training decision outside the window"),
    messages={"default": Text(
        "Vedtaket om utvidet norskopplæring er datert {vedtak}. NIR tar bare imot et slikt "
        "vedtak datert fra {lo} til {hi}: {months} måneder før og etter fristen {frist}.",
        "The decision on extended Norwegian training is dated {vedtak}. NIR only accepts one "
        "dated from {lo} to {hi}: {months} months either side of the deadline {frist}.",
    )},
    why=Text(
        "Fra 1. juli 2023 kan personer etter kap. 6A få vedtak om utvidet norskopplæring. "
        "NIR godtar vedtaket bare når datoen ligger nær fristen for å fullføre opplæringen.",
        "From 1 July 2023 chapter 6A persons can get extended training; NIR accepts the "
        "decision only near the completion deadline.",
    ),
    fix=Text("Sjekk vedtaksdatoen og fristen. Er datoen feil skrevet, rett den.",
             "Check the decision date and the deadline; correct a mistyped date."),
    citation=NIR_UKRAINA_2023,
    needs=((O_, "lov"), (O_, "vedtakstype"), (O_, "vedtaksdato")),
    examples=(
        _ex(False, {O_: [dict(_6A_ROW, vedtakstype="Utvidet norskopplæring",
                              vedtaksdato="15.12.2025")]},
            "Datert like før fristen", "Dated just before the deadline"),
        _ex(True, {O_: [dict(_6A_ROW, vedtakstype="Utvidet norskopplæring",
                             vedtaksdato="15.06.2025")]},
            "Datert sju måneder før fristen", "Dated seven months before the deadline"),
    ),
)

register(NOR001, NOR002, NOR003, NOR004, NOR005, NOR006, NOR007, NOR008)

NOR_IDS = ("NOR001", "NOR002", "NOR003", "NOR004", "NOR005", "NOR006", "NOR007", "NOR008")


# --- the check -----------------------------------------------------------------------------


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
    unknown: bool  # a date that could not be read

    @property
    def period_start(self) -> date | None:
        return self.start or self.vedtak

    @property
    def rett_only_6a(self) -> bool:
        return self.law == cl.LAW_INTEGRERING_6A and self.kind in (None, KIND_RETT)


def _date(v: Any) -> tuple[date | None, bool]:
    if v is None:
        return None, False
    if isinstance(v, date):
        return v, False
    return None, True


def _opplaering_rows(ctx: Context, person: Person) -> list[OpplRow]:
    o = ctx.views.get(O_)
    if o is None or not person.o_rows:
        return []
    P = o.parsed
    fallback_lov = next((p.lov for p in person.programmes if p.lov), None)
    out: list[OpplRow] = []
    for r in person.o_rows:
        def val(name: str, r: int = r) -> Any:
            col = P.get(name)
            return col[r] if col is not None else None

        lov = val("lov") or fallback_lov
        lov = ctx._canonical("lov", lov) if lov else None
        kategori = val("kategori")
        kategori = ctx.codes.canonical("kategori", kategori) or kategori if kategori else None
        vedtak, v_bad = _date(val("vedtaksdato"))
        start, s_bad = _date(val("startdato"))
        frist, f_bad = _date(val("gjennomforingsfrist"))
        end, e_bad = _date(val("avslutningsdato"))
        perm = val("permisjon_dager")
        perm_days = int(perm) if isinstance(perm, float) and 0 < perm < 100_000 else 0
        vtype = val("vedtakstype")
        out.append(OpplRow(
            r, lov, ctx._law(lov) if lov else None, kategori,
            ctx.codes.kind_of(kategori) if kategori else None, val("utdanningsbakgrunn"),
            vedtak, v_bad, str(vtype) if vtype else None, start, frist, val("norskmal"),
            val("fulltid_vgo") is True, end, perm_days, s_bad or f_bad or e_bad))
    return out


def _hours_in_ry(ctx: Context, person: Person) -> list[Any]:
    return [n for n in person.norsk if n.hours and not n.unknown
            and overlaps(n.start, n.end, ctx.ry_start, ctx.ry_end)]


def _in_scope(ctx: Context, o: OpplRow, has_hours: bool) -> bool:
    if o.unknown:
        return False
    if has_hours or ctx.in_ry(o.vedtak):
        return True
    return overlaps(o.period_start, o.end, ctx.ry_start, ctx.ry_end)


def frist_6a(rows: list[OpplRow]) -> tuple[OpplRow, date] | None:
    """The kap. 6A completion frist: 12 months from the first start, plus permisjon."""
    starts = [o for o in rows if o.start is not None]
    if not starts:
        return None
    first = min(starts, key=lambda o: (o.start, o.r))
    assert first.start is not None
    frist = add_months(first.start, NOR007_MONTHS) - timedelta(days=1) + timedelta(
        days=first.permisjon)
    return first, frist


def norsk_findings(ctx: Context, person: Person) -> list[Finding]:
    en = ctx.enabled
    if not any(i in en for i in NOR_IDS):
        return []
    o_view = ctx.views.get(O_)
    rows = _opplaering_rows(ctx, person)
    hours = _hours_in_ry(ctx, person)
    # An hour count that could not be read is unknown, not zero (DAT001's principle).
    hours_unknown = any(n.hours is None for n in person.norsk)
    out: list[Finding] = []
    scoped = [o for o in rows if _in_scope(ctx, o, bool(hours))]
    for o in scoped:
        assert o_view is not None
        integrering = o.law in _INTEGRERING_LAWS
        if "NOR001" in en and integrering and o.kind in (KIND_RETT_OG_PLIKT, KIND_PLIKT) \
                and o.utd is None:
            out.append(ctx.finding("NOR001", o_view, o.r, "utdanningsbakgrunn",
                                   {"lov": o.lov, "kategori": o.kategori}))
        if "NOR002" in en and o.utd is not None:
            if o.law == cl.LAW_INTRO:
                out.append(ctx.finding("NOR002", o_view, o.r, "utdanningsbakgrunn",
                                       {"variant": "intro"}))
            elif o.rett_only_6a:
                out.append(ctx.finding("NOR002", o_view, o.r, "utdanningsbakgrunn",
                                       {"variant": "6a", "kategori": o.kategori or "rett",
                                        "months": NOR007_MONTHS}))
        if "NOR004" in en and integrering and not o.rett_only_6a and not o.norskmal:
            out.append(ctx.finding("NOR004", o_view, o.r, "norskmal",
                                   {"lov": o.lov, "year": ctx.year}))
        if "NOR005" in en and o.law == cl.LAW_INTRO:
            if o.norskmal:
                out.append(ctx.finding("NOR005", o_view, o.r, "norskmal", {}))
            if o.fulltid:
                out.append(ctx.finding("NOR005", o_view, o.r, "fulltid_vgo", {}))
        if "NOR006" in en and integrering and o.vedtak is not None and not hours \
                and not hours_unknown:
            lo = max(o.period_start or ctx.ry_start, ctx.ry_start)
            hi = min(o.end or ctx.ry_end, ctx.ry_end)
            days = (hi - lo).days + 1
            if days > NOR006_MIN_DAYS:
                out.append(ctx.finding("NOR006", o_view, o.r, FNR,
                                       {"lov": o.lov, "days": days, "year": ctx.year,
                                        "from_date": lo, "to_date": hi}))
    six_a = [o for o in scoped if o.rett_only_6a]
    first = frist_6a(six_a) if six_a else None
    if "NOR007" in en and first is not None:
        assert o_view is not None
        o, frist = first
        params: dict[str, Any] = {"frist": frist, "start": o.start, "permisjon": o.permisjon,
                                  "months": NOR007_MONTHS}
        if o.frist is not None and abs((o.frist - frist).days) > NOR007_TOLERANCE_DAYS:
            params.update(variant="avvik", file_frist=o.frist, diff=abs((o.frist - frist).days))
            out.append(ctx.finding("NOR007", o_view, o.r, "gjennomforingsfrist", params,
                                   severity=Severity.WARNING))
        else:
            params["variant"] = "info"
            out.append(ctx.finding("NOR007", o_view, o.r, "startdato", params))
    if "NOR008" in en:
        for o in scoped:
            if o.law != cl.LAW_INTEGRERING_6A or o.vedtak is None or not o.vtype \
                    or "utvidet" not in fold_code(o.vtype):
                continue
            # The person's completion frist (from the first vedtak), else the row's own.
            frist = first[1] if first is not None else o.frist
            if frist is None:
                continue
            lo = add_months(frist, -NOR008_WINDOW_MONTHS)
            hi = add_months(frist, NOR008_WINDOW_MONTHS)
            if not lo <= o.vedtak <= hi:
                assert o_view is not None
                out.append(ctx.finding("NOR008", o_view, o.r, "vedtaksdato",
                                       {"vedtak": o.vedtak, "lo": lo, "hi": hi,
                                        "frist": frist, "months": NOR008_WINDOW_MONTHS}))
    if "NOR003" in en and hours:
        out += _nor003(ctx, person, rows, hours)
    return out


def _nor003(ctx: Context, person: Person, rows: list[OpplRow], hours: list[Any]
            ) -> list[Finding]:
    """One finding per person: on the first Norsk period in RY that no vedtak precedes."""
    lov = next((o.lov for o in rows if o.lov), None) or next(
        (p.lov for p in person.programmes if p.lov), None)
    law = ctx._law(lov) if lov else None
    if law not in _INTEGRERING_LAWS:
        return []
    if any(o.vedtak_unknown for o in rows):
        return []  # an unreadable vedtaksdato is DAT001's; do not guess
    vedtak = min((o.vedtak for o in rows if o.vedtak is not None), default=None)
    n_view = ctx.views[N_]
    for n in sorted(hours, key=lambda n: (n.start, n.r)):
        end = n.end or ctx.ry_end
        if vedtak is None or vedtak > end:
            params: dict[str, Any] = {"lov": lov, "start": n.start, "end": n.end}
            if vedtak is None:
                params["variant"] = "mangler"
            else:
                params.update(variant="senere", vedtak=vedtak)
            field = "timer_norsk" if "timer_norsk" in n_view.cols else FNR
            return [ctx.finding("NOR003", n_view, n.r, field, params)]
    return []
