"""Dates that cannot be read or are out of order, and values outside the code lists."""

from __future__ import annotations

from datetime import date

from nir_desktop.core.fields import FIELDS, SheetKind, ValueKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.normalize import InvalidValue
from nir_desktop.core.rules.catalogue import INPUT_FORMAT, Example, Rule, Text, register
from nir_desktop.core.rules.context import FNR, Context, View
from nir_desktop.core.rules.examples import A

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
N_ = SheetKind.NORSK

DAT001 = Rule(
    id="DAT001", name="ugyldig-dato", severity=Severity.ERROR, family="struktur",
    title=Text("Dato som ikke kan leses", "Unreadable date"),
    messages={"default": Text(
        "«{value}» i kolonnen {field_label} kan ikke leses som en dato. Skriv datoen som "
        "dd.mm.åååå.",
        "«{value}» in the column {field_label} cannot be read as a date. Write it as dd.mm.yyyy.",
    )},
    why=Text(
        "En dato som ikke kan leses, blir stående tom i NIR, og da kan verken programperioden "
        "eller tiltakene regnes ut. Andre kontroller hopper over raden.",
        "An unreadable date stays empty in NIR, so periods cannot be computed; other checks "
        "skip the row.",
    ),
    fix=Text("Skriv datoen på formen dd.mm.åååå, for eksempel 01.03.2021.",
             "Write the date as dd.mm.yyyy, e.g. 01.03.2021."),
    citation=INPUT_FORMAT,
    examples=(
        Example(False, {D_: [{FNR: A, "programstart": "01.03.2021"}]},
                Text("Norsk datoform", "Norwegian date form")),
        Example(True, {D_: [{FNR: A, "programstart": "1. mars"}]},
                Text("Dato uten år", "Date without a year")),
    ),
)

DAT002 = Rule(
    id="DAT002", name="slutt-foer-start", severity=Severity.ERROR, family="struktur",
    title=Text("Slutt før start", "End before start"),
    messages={
        "programme": Text("Avslutningsdato {end} er før programstart {start}.",
                          "The end date {end} is before the programme start {start}."),
        "tiltak": Text("Tiltaket slutter {end}, før det starter {start}.",
                       "The measure ends {end}, before it starts {start}."),
        "norsk": Text("Perioden slutter {end}, før den starter {start}.",
                      "The period ends {end}, before it starts {start}."),
    },
    why=Text(
        "En periode som slutter før den begynner, har ingen lengde. NIR kan ikke bruke den, "
        "og deltakelsen forsvinner fra tallene.",
        "A period that ends before it starts has no length; the participation disappears.",
    ),
    fix=Text("Bytt om datoene, eller rett den som er feil skrevet.",
             "Swap the dates, or correct the one that is mistyped."),
    citation=INPUT_FORMAT,
    examples=(
        Example(False, {D_: [{FNR: A, "programstart": "01.03.2021", "avslutningsdato":
                              "30.06.2021"}]}, Text("Riktig rekkefølge", "Right order")),
        Example(True, {D_: [{FNR: A, "programstart": "01.03.2021", "avslutningsdato":
                             "01.02.2021"}]}, Text("Program", "Programme"), variant="programme"),
        Example(True, {D_: [{FNR: A}], T_: [{FNR: A, "tiltak": "Arbeidspraksis", "startdato":
                                             "01.05.2021", "sluttdato": "01.04.2021"}]},
                Text("Tiltak", "Measure"), variant="tiltak"),
        Example(True, {D_: [{FNR: A}], N_: [{FNR: A, "startdato": "01.05.2021",
                                             "sluttdato": "01.04.2021", "timer_norsk": 20}]},
                Text("Norskperiode", "Norwegian period"), variant="norsk"),
    ),
)

DAT003 = Rule(
    id="DAT003", name="dato-i-fremtiden", severity=Severity.WARNING, family="struktur",
    title=Text("Dato i fremtiden", "Date in the future"),
    messages={
        "avslutning": Text("Avslutningsdato {date} er etter dagens dato ({today}).",
                           "The end date {date} is after today ({today})."),
        "tiltak": Text("Tiltaket starter {date}, etter dagens dato ({today}).",
                       "The measure starts {date}, after today ({today})."),
    },
    why=Text(
        "NIR skal vise det som har skjedd. En avslutning eller et tiltak som ikke har startet "
        "ennå, er enten en skrivefeil eller registrert for tidlig.",
        "NIR shows what has happened; a future ending or measure is a typo or registered too "
        "early.",
    ),
    fix=Text("Rett datoen, eller vent med registreringen til det har skjedd.",
             "Correct the date, or register it once it has happened."),
    citation=INPUT_FORMAT,
    needs=(),
    examples=(
        Example(False, {D_: [{FNR: A, "programstart": "01.03.2021", "avslutningsdato":
                              "30.11.2021"}]}, Text("Avsluttet i fjor", "Ended last year")),
        Example(True, {D_: [{FNR: A, "programstart": "01.03.2021", "avslutningsdato":
                             "30.11.2029"}]}, Text("Skrivefeil i året", "Typo in the year"),
                variant="avslutning"),
        Example(True, {D_: [{FNR: A}], T_: [{FNR: A, "tiltak": "Arbeidspraksis",
                                             "startdato": "01.06.2022"}]},
                Text("Tiltak som ikke har startet", "A measure not yet started"),
                variant="tiltak"),
    ),
)

KODE001 = Rule(
    id="KODE001", name="ukjent-kode", severity=Severity.WARNING, family="struktur",
    title=Text("Ukjent kodeverdi", "Unknown code value"),
    messages={"default": Text("«{value}» er ikke en kjent verdi for {field_label}.",
                              "«{value}» is not a known value for {field_label}.")},
    why=Text(
        "Lov, tiltak, sluttmål og avslutningsårsak er faste kodeverdier i NIR. En verdi som "
        "ikke står i listen, blir ikke forstått ved overføring, og personen kan havne i feil "
        "gruppe. Kodelisten i programmet er ikke NIRs egen og kan mangle verdier.",
        "Law, measure, goal and reason are fixed code values in NIR; an unknown value is not "
        "understood. The app's list is not NIR's own and may lack values.",
    ),
    fix=Text(
        "Velg en verdi fra listen. Er verdien riktig i NIR, kan du legge den til i din egen "
        "kodeliste, så blir den godtatt neste gang.",
        "Pick a value from the list. If the value is right in NIR, add it to your own code list.",
    ),
    citation=INPUT_FORMAT,
    examples=(
        Example(False, {D_: [{FNR: A, "avslutningsarsak": "Arbeid heltid"}]},
                Text("Verdi fra listen", "A value from the list")),
        Example(True, {D_: [{FNR: A, "avslutningsarsak": "Ferie"}]},
                Text("Ukjent årsak", "Unknown reason")),
        # A known value in other case is KODE002, never KODE001.
        Example(False, {D_: [{FNR: A, "lov": "integreringsloven"}]},
                Text("Kjent verdi med liten forbokstav", "Known value, lower-case initial")),
    ),
)

# Our own addition to the rule catalogue (not in IMDi's list): the input format compares
# codes case-insensitively, so such a value is accepted; this only offers the canonical
# spelling, which the corrected file writes where the user accepts the fix.
KODE002 = Rule(
    id="KODE002", name="kode-skrivemaate", severity=Severity.INFO, family="struktur",
    title=Text("Kodeverdi med annen skrivemåte", "Code value spelled differently"),
    messages={"default": Text(
        "«{value}» er godkjent, men skrives «{canonical}» i kodelisten.",
        "«{value}» is accepted, but the code list spells it «{canonical}».",
    )},
    why=Text(
        "Lov, tiltak, sluttmål og avslutningsårsak er faste kodeverdier i NIR. Kontrollen "
        "godtar en kjent verdi med andre store og små bokstaver, ekstra mellomrom eller en "
        "vanlig forkortelse (som IntL), men NIR og fagsystemet kan være strengere. Med "
        "kodelistens skrivemåte blir filen lik overalt.",
        "Law, measure, goal and reason are fixed code values in NIR. The check accepts a known "
        "value in other case, with extra spaces or a common abbreviation, but NIR may be "
        "stricter; the code list's spelling keeps the file uniform.",
    ),
    fix=Text(
        "Bruk forslaget for å skrive verdien slik kodelisten har den. Du kan også la den "
        "stå: dette er bare til informasjon.",
        "Apply the suggestion to write the value as the code list spells it, or leave it: "
        "this is for information only.",
    ),
    citation=INPUT_FORMAT,
    examples=(
        Example(False, {D_: [{FNR: A, "lov": "Integreringsloven"}]},
                Text("Skrevet som i kodelisten", "Spelled as in the code list")),
        Example(True, {D_: [{FNR: A, "lov": "integreringsloven"}]},
                Text("Liten forbokstav", "Lower-case initial")),
        Example(True, {D_: [{FNR: A, "lov": "IntL"}]},
                Text("Kjent forkortelse", "Known abbreviation")),
        Example(True, {D_: [{FNR: A, "avslutningsarsak": "  arbeid   heltid "}]},
                Text("Ekstra mellomrom", "Extra spaces")),
        # An unknown value is KODE001, never KODE002.
        Example(False, {D_: [{FNR: A, "avslutningsarsak": "Ferie"}]},
                Text("Ukjent verdi", "Unknown value")),
    ),
)

register(DAT001, DAT002, DAT003, KODE001, KODE002)

_DATE_KINDS = (ValueKind.DATE, ValueKind.DATE_OR_BOOL)
DATE_FIELDS: dict[SheetKind, tuple[str, ...]] = {
    k: tuple(f.name for f in fs if f.kind in _DATE_KINDS) for k, fs in FIELDS.items()
}
CODE_FIELDS: dict[SheetKind, tuple[tuple[str, str], ...]] = {
    k: tuple((f.name, f.code_list) for f in fs if f.kind is ValueKind.CODE and f.code_list)
    for k, fs in FIELDS.items()
}
_PERIODS = {
    SheetKind.DELTAKERE: ("programstart", "avslutningsdato", "programme"),
    SheetKind.TILTAK: ("startdato", "sluttdato", "tiltak"),
    SheetKind.NORSK: ("startdato", "sluttdato", "norsk"),
    SheetKind.OPPLAERING: ("startdato", "avslutningsdato", "norsk"),
}
_FUTURE = {
    SheetKind.DELTAKERE: ("avslutningsdato", "avslutning"),
    SheetKind.TILTAK: ("startdato", "tiltak"),
}


def date_code_findings(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    out: list[Finding] = []
    P = view.parsed
    if "DAT001" in ctx.enabled:
        for name in DATE_FIELDS[view.kind]:
            col = P.get(name)
            if col is None:
                continue
            for r in rows:
                v = col[r]
                if v.__class__ is InvalidValue:
                    out.append(ctx.finding("DAT001", view, r, name, {"value": str(v)}))
    if "DAT002" in ctx.enabled:
        s_name, e_name, variant = _PERIODS[view.kind]
        s_col, e_col = P.get(s_name), P.get(e_name)
        if s_col is not None and e_col is not None:
            for r in rows:
                s, e = s_col[r], e_col[r]
                if isinstance(s, date) and isinstance(e, date) and e < s:
                    out.append(ctx.finding("DAT002", view, r, e_name,
                                           {"variant": variant, "start": s, "end": e}))
    if "DAT003" in ctx.enabled and view.kind in _FUTURE:
        name, variant = _FUTURE[view.kind]
        col = P.get(name)
        today = ctx.today
        if col is not None:
            for r in rows:
                v = col[r]
                if isinstance(v, date) and v > today:
                    out.append(ctx.finding("DAT003", view, r, name,
                                           {"variant": variant, "date": v, "today": today}))
    kode001, kode002 = "KODE001" in ctx.enabled, "KODE002" in ctx.enabled
    if kode001 or kode002:
        codes = ctx.codes
        for name, list_name in CODE_FIELDS[view.kind]:
            col = P.get(name)
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
                if canon == "":
                    continue
                if canon is None:
                    if kode001:
                        out.append(ctx.finding("KODE001", view, r, name, {"value": v}))
                elif kode002:
                    out.append(ctx.finding("KODE002", view, r, name,
                                           {"value": v, "canonical": canon},
                                           suggestion=canon))
    return out
