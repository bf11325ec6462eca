"""Identity and structure: fødselsnummer, duplicates, kommunenummer, unknown persons."""

from __future__ import annotations

from collections import Counter
from typing import Any

from nir_desktop.core import codelists as cl
from nir_desktop.core.fields import SheetKind
from nir_desktop.core.findings import Finding, Severity
from nir_desktop.core.fnr import (
    FnrKind,
    FnrProblem,
    FnrStatus,
    classify,
    repair_padding,
    with_control_digits,
)
from nir_desktop.core.rules.catalogue import (
    GENERAL_QUALITY,
    IMDI_2021,
    Example,
    Rule,
    Text,
    register,
)
from nir_desktop.core.rules.context import FNR, Context, Person, View, overlaps
from nir_desktop.core.rules.examples import A, B, C, D

D_ = SheetKind.DELTAKERE
T_ = SheetKind.TILTAK
N_ = SheetKind.NORSK


# Numbers for the examples that are not synthetic: born in 1860 (individnummer 500–749),
# so they cannot belong to anyone alive. Never use real numbers.
OLD_FNR = with_control_digits("010160500")
OLD_HNR = with_control_digits("014160500")

_BAD_CONTROL = A[:-1] + str((int(A[-1]) + 1) % 10)
_BAD_DATE = with_control_digits("328385123")

ID001 = Rule(
    id="ID001", name="fnr-ugyldig", severity=Severity.ERROR, family="identitet",
    title=Text("Ugyldig fødselsnummer", "Invalid national identity number"),
    messages={
        "empty": Text("Fødselsnummer mangler.", "The national identity number is missing."),
        "length": Text("Fødselsnummeret har {digits} siffer, men skal ha 11.",
                       "The national identity number has {digits} digits; it must have 11."),
        "digits": Text("Fødselsnummeret inneholder tegn som ikke er siffer.",
                       "The national identity number contains characters that are not digits."),
        "control": Text("Fødselsnummeret har feil kontrollsiffer (de to siste sifrene).",
                        "The national identity number has wrong control digits (the last two)."),
        "date": Text("Fødselsnummeret begynner ikke med en gyldig fødselsdato.",
                     "The national identity number does not start with a valid birth date."),
    },
    why=Text(
        "Fødselsnummeret er nøkkelen som kobler personen til vedtak, tiltak og norsktimer i NIR. "
        "Et ugyldig nummer gjør at registreringene ikke kan knyttes til riktig person, og "
        "personen kan falle ut av statistikken.",
        "The identity number links the person to decisions, measures and Norwegian hours in "
        "NIR. An invalid number means the registrations cannot be tied to the right person.",
    ),
    fix=Text(
        "Sammenlign med fagsystemet eller folkeregisteropplysningene og skriv inn hele "
        "nummeret med 11 siffer. Formater cellen som tekst, så Excel ikke endrer nummeret.",
        "Compare with the case system and type the full 11-digit number. Format the cell as "
        "text so Excel does not change it.",
    ),
    citation=GENERAL_QUALITY,
    examples=(
        Example(False, {D_: [{FNR: A}]}, Text("Gyldig syntetisk nummer", "Valid synthetic number")),
        Example(True, {D_: [{FNR: None, "kommunenummer": "0301"}]},
                Text("Tomt fødselsnummer", "Empty number"), variant="empty"),
        Example(True, {D_: [{FNR: "123456"}]}, Text("For kort", "Too short"), variant="length"),
        Example(True, {D_: [{FNR: A[:10] + "X"}]}, Text("Bokstav i nummeret", "A letter"),
                variant="digits"),
        Example(True, {D_: [{FNR: _BAD_CONTROL}]}, Text("Feil kontrollsiffer", "Wrong controls"),
                variant="control"),
        Example(True, {D_: [{FNR: _BAD_DATE}]}, Text("Dag 32 finnes ikke", "Day 32"),
                variant="date"),
    ),
)

ID002 = Rule(
    id="ID002", name="fnr-ledende-null", severity=Severity.WARNING, family="identitet",
    title=Text("Fødselsnummer har mistet ledende null", "Identity number lost its leading zero"),
    messages={"default": Text(
        "Fødselsnummeret har 10 siffer: regnearket har trolig fjernet en null foran. "
        "Med null foran er nummeret gyldig.",
        "The identity number has 10 digits: the spreadsheet probably dropped a leading zero. "
        "With the zero restored the number is valid.",
    )},
    why=Text(
        "Personer født den 1. til 9. i måneden har fødselsnummer som begynner på 0. Excel "
        "behandler nummeret som et tall og fjerner nullen, og da passer ikke nummeret lenger.",
        "People born on day 1 to 9 have numbers that start with 0. Excel treats the number "
        "as a number and drops the zero.",
    ),
    fix=Text("Godta forslaget med null foran, og lagre kolonnen som tekst.",
             "Accept the suggestion with the leading zero, and keep the column as text."),
    citation=GENERAL_QUALITY,
    examples=(
        Example(False, {D_: [{FNR: D}]}, Text("Hele nummeret", "The full number")),
        Example(True, {D_: [{FNR: D[1:]}]}, Text("Nullen foran mangler", "Leading zero lost")),
    ),
)

ID003 = Rule(
    id="ID003", name="fnr-type", severity=Severity.INFO, family="identitet",
    other_severities=(Severity.WARNING,),
    title=Text("Særlig type fødselsnummer", "Special kind of identity number"),
    messages={
        "hnr": Text(
            "Dette er et H-nummer (hjelpenummer). I NIR skal personen stå med fødselsnummer "
            "eller D-nummer.",
            "This is an H-number (help number). NIR expects a national identity number or a "
            "D-number.",
        ),
        "synthetic": Text(
            "Filen inneholder {count} syntetiske testnumre (måned + 80). Slike numre tilhører "
            "ingen virkelig person og hører bare hjemme i test- og øvingsdata.",
            "The file contains {count} synthetic test numbers (month + 80). They belong to no "
            "real person and belong only in test and training data.",
        ),
    },
    why=Text(
        "H-numre er midlertidige hjelpenumre fra helsetjenesten og følger ikke personen i "
        "folkeregisteret. Syntetiske numre brukes i testdata; står de i en ekte eksport, er "
        "noe galt.",
        "H-numbers are temporary help numbers from the health service. Synthetic numbers are "
        "for test data; in a real export something is wrong.",
    ),
    fix=Text(
        "Bytt H-nummeret med personens fødselsnummer eller D-nummer. For syntetiske numre: "
        "kontroller at du har åpnet riktig fil.",
        "Replace the H-number with the person's identity or D-number. For synthetic numbers, "
        "check that you opened the right file.",
    ),
    citation=GENERAL_QUALITY,
    examples=(
        Example(False, {D_: [{FNR: OLD_FNR}]}, Text("Vanlig fødselsnummer", "Ordinary number")),
        Example(True, {D_: [{FNR: OLD_HNR}]}, Text("H-nummer", "H-number"), variant="hnr"),
        Example(True, {D_: [{FNR: A}, {FNR: B}]}, Text("Syntetiske numre", "Synthetic numbers"),
                variant="synthetic"),
    ),
)

ID004 = Rule(
    id="ID004", name="person-duplikat", severity=Severity.ERROR, family="identitet",
    title=Text("Samme person to ganger", "Same person twice"),
    messages={"default": Text(
        "Personen står også på rad {other_row} i Deltakere, og programperiodene overlapper.",
        "The person is also on row {other_row} of Deltakere, and the programme periods overlap.",
    )},
    why=Text(
        "En person kan bare være i ett introduksjonsprogram om gangen. To overlappende "
        "programmer gjør at personen telles to ganger.",
        "A person can only be in one programme at a time; overlapping programmes count the "
        "person twice.",
    ),
    fix=Text(
        "Slå sammen radene til ett program, eller rett datoene slik at periodene ikke "
        "overlapper (for eksempel et nytt program etter et avsluttet).",
        "Merge the rows into one programme, or correct the dates so the periods do not overlap.",
    ),
    citation=GENERAL_QUALITY,
    needs=((D_, "programstart"),),
    examples=(
        Example(False, {D_: [
            {FNR: A, "programstart": "01.01.2018", "avslutningsdato": "31.12.2019"},
            {FNR: A, "programstart": "01.03.2021"}]},
            Text("Nytt program etter et avsluttet", "A new programme after an ended one")),
        Example(True, {D_: [{FNR: A, "programstart": "01.01.2021"},
                            {FNR: A, "programstart": "01.03.2021"}]},
                Text("To åpne programmer", "Two open programmes")),
    ),
)

ID005 = Rule(
    id="ID005", name="kommunenummer-ugyldig", severity=Severity.ERROR, family="identitet",
    title=Text("Ugyldig kommunenummer", "Invalid municipality number"),
    messages={
        "format": Text("Kommunenummeret «{value}» har ikke {digits} siffer.",
                       "The municipality number «{value}» does not have {digits} digits."),
        "county": Text(
            "Kommunenummeret «{value}» begynner med {county}, som ikke var et fylkesnummer "
            "i {year}.",
            "The municipality number «{value}» starts with {county}, which was not a county "
            "number in {year}.",
        ),
    },
    why=Text(
        "Kommunenummeret viser hvilken kommune som har ansvaret for deltakeren. Numrene ble "
        "endret ved kommune- og regionreformene i 2018, 2020 og 2024, så et gammelt nummer "
        "peker på en kommune som ikke lenger finnes.",
        "The municipality number shows which municipality is responsible. Numbers changed in "
        "2018, 2020 and 2024, so an old number points at a municipality that no longer exists.",
    ),
    fix=Text("Bruk kommunenummeret som gjaldt i rapporteringsåret, med fire siffer (0301 for "
             "Oslo).", "Use the number valid in the reporting year, with four digits."),
    citation=GENERAL_QUALITY,
    needs=((D_, "kommunenummer"),),
    examples=(
        Example(False, {D_: [{FNR: A, "kommunenummer": "0301"}]}, Text("Oslo", "Oslo")),
        Example(True, {D_: [{FNR: A, "kommunenummer": "03011"}]}, Text("Fem siffer", "Five digits"),
                variant="format"),
        Example(True, {D_: [{FNR: A, "kommunenummer": "0101"}]},
                Text("Halden før 2020 (Østfold)", "Halden before 2020"), variant="county"),
    ),
)

ID006 = Rule(
    id="ID006", name="kommunenummer-avvik", severity=Severity.WARNING, family="identitet",
    title=Text("Avvikende kommunenummer", "Deviating municipality number"),
    messages={"default": Text(
        "Kommunenummeret «{value}» er et annet enn det de fleste radene i filen har ({common}).",
        "The municipality number «{value}» differs from the one most rows have ({common}).",
    )},
    why=Text(
        "En eksport fra én kommune har normalt ett kommunenummer. Et avvikende nummer kan være "
        "en skrivefeil eller en person som hører til en annen kommune.",
        "An export from one municipality normally has one number. A different number may be a "
        "typo or a person who belongs to another municipality.",
    ),
    fix=Text("Kontroller nummeret. Er personen flyttet, skal den andre kommunen registrere.",
             "Check the number. If the person moved, the other municipality registers."),
    citation=GENERAL_QUALITY,
    needs=((D_, "kommunenummer"),),
    examples=(
        Example(False, {D_: [{FNR: A, "kommunenummer": "0301"},
                             {FNR: B, "kommunenummer": "0301"}]}, Text("Samme kommune", "Same")),
        Example(True, {D_: [{FNR: A, "kommunenummer": "0301"}, {FNR: B, "kommunenummer": "0301"},
                            {FNR: C, "kommunenummer": "4601"}]},
                Text("Én rad med Bergen i en Oslo-fil", "One Bergen row in an Oslo file")),
    ),
)

REF001 = Rule(
    id="REF001", name="ukjent-person", severity=Severity.ERROR, family="identitet",
    title=Text("Ukjent person", "Unknown person"),
    messages={"default": Text(
        "Fødselsnummeret på denne raden i {sheet} finnes ikke i Deltakere.",
        "The identity number on this row of {sheet} is not in Deltakere.",
    )},
    why=Text(
        "Tiltak og norsktimer hører til en deltaker. Uten deltakeren blir registreringen "
        "hengende uten program, og den teller ikke.",
        "Measures and Norwegian hours belong to a participant; without one they count for "
        "nothing.",
    ),
    fix=Text("Rett fødselsnummeret, eller legg til personen i Deltakere.",
             "Correct the number, or add the person to Deltakere."),
    citation=IMDI_2021,
    needs=((D_, FNR),),
    examples=(
        Example(False, {D_: [{FNR: A}], T_: [{FNR: A, "tiltak": "Norskopplæring",
                                                 "startdato": "01.03.2021"}]},
                Text("Tiltak for en deltaker", "Measure of a participant")),
        Example(True, {D_: [{FNR: A}], T_: [{FNR: B, "tiltak": "Norskopplæring",
                                                "startdato": "01.03.2021"}]},
                Text("Tiltak for en ukjent person", "Measure of an unknown person")),
    ),
)

register(ID001, ID002, ID003, ID004, ID005, ID006, REF001)


# --- checks ------------------------------------------------------------------------


class FnrCache(dict[str, FnrStatus]):
    def __missing__(self, key: str) -> FnrStatus:
        st = classify(key)
        self[key] = st
        return st


def fnr_row_findings(ctx: Context, view: View, rows: range | list[int],
                     cache: FnrCache) -> list[Finding]:
    """ID001, ID002 and (on Deltakere) the per-row part of ID003."""
    out: list[Finding] = []
    col = view.parsed[FNR]
    on_id001 = "ID001" in ctx.enabled
    on_id002 = "ID002" in ctx.enabled
    on_h = "ID003" in ctx.enabled and view.kind is SheetKind.DELTAKERE
    for r in rows:
        v = col[r]
        st = cache[v or ""]
        if st.problem is None:
            if on_h and st.kind is FnrKind.HNR:
                out.append(ctx.finding("ID003", view, r, FNR, {"variant": "hnr"},
                                       severity=Severity.WARNING))
            continue
        if st.problem is FnrProblem.LENGTH:
            padded = repair_padding(st.text)
            if padded is not None:
                if on_id002:
                    out.append(ctx.finding("ID002", view, r, FNR, {}, suggestion=padded))
                continue
        if on_id001:
            params: dict[str, Any] = {"variant": st.problem.value}
            if st.problem is FnrProblem.LENGTH:
                params["digits"] = len(st.text)
            out.append(ctx.finding("ID001", view, r, FNR, params))
    return out


def synthetic_count(ctx: Context, cache: FnrCache) -> int:
    """Distinct synthetic numbers across the checked sheets."""
    return sum(1 for k in ctx.groups if cache[k].kind is FnrKind.SYNTHETIC)


def synthetic_finding(count: int) -> Finding:
    return Finding(rule="ID003", severity=Severity.INFO, sheet=None, row=None, column=None,
                   field=None, params={"variant": "synthetic", "count": count})


def kommune_format_findings(ctx: Context, view: View, rows: range | list[int]) -> list[Finding]:
    col = view.parsed.get("kommunenummer")
    if col is None:
        return []
    out: list[Finding] = []
    counties = ctx.codes.counties_in(ctx.year)
    n = cl.KOMMUNENUMMER_DIGITS
    for r in rows:
        v = col[r]
        if not v:
            continue
        if len(v) != n or not v.isdigit() or not v.isascii():
            out.append(ctx.finding("ID005", view, r, "kommunenummer",
                                   {"variant": "format", "value": v, "digits": n}))
        elif v[:2] not in counties:
            out.append(ctx.finding("ID005", view, r, "kommunenummer",
                                   {"variant": "county", "value": v, "county": v[:2],
                                    "year": ctx.year}))
    return out


def common_kommune(counter: Counter[str]) -> str | None:
    """The kommunenummer most rows have, or None when all agree or no one value leads."""
    if len(counter) < 2:
        return None
    (first, n1), (_, n2) = counter.most_common(2)
    return first if n1 > n2 else None


def kommune_counter(view: View) -> Counter[str]:
    col = view.parsed.get("kommunenummer") or []
    return Counter(v for v in col if v)


def kommune_deviation_findings(ctx: Context, view: View, rows: range | list[int],
                               common: str | None) -> list[Finding]:
    col = view.parsed.get("kommunenummer")
    if col is None or common is None:
        return []
    return [ctx.finding("ID006", view, r, "kommunenummer", {"value": col[r], "common": common})
            for r in rows if col[r] and col[r] != common]


def person_identity_findings(ctx: Context, person: Person) -> list[Finding]:
    """ID004 and REF001 for one person."""
    out: list[Finding] = []
    d = ctx.views.get(SheetKind.DELTAKERE)
    if "ID004" in ctx.enabled and d is not None and len(person.programmes) > 1:
        progs = person.programmes
        for i in range(1, len(progs)):
            p = progs[i]
            if "programstart" in p.unknown or "avslutningsdato" in p.unknown:
                continue
            for q in progs[:i]:
                if "programstart" in q.unknown or "avslutningsdato" in q.unknown:
                    continue
                if overlaps(p.start, p.end, q.start, q.end):
                    out.append(ctx.finding("ID004", d, p.r, FNR,
                                           {"other_row": d.row_numbers[q.r]}))
                    break
    if "REF001" in ctx.enabled and not person.d_rows:
        # (v2) A Norsk row may belong to an Opplæring person who is not in the programme.
        n_rows = [] if person.o_rows else person.n_rows
        for kind, rows in ((SheetKind.TILTAK, person.t_rows), (SheetKind.NORSK, n_rows)):
            view = ctx.views.get(kind)
            if view is None:
                continue
            for r in rows:
                out.append(ctx.finding("REF001", view, r, FNR, {"sheet": view.sheet.name}))
    return out
