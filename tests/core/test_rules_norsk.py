"""LOV002 (v2), LOV003, LOV004, NOR001–NOR008 and REF001 (v2), table-driven: rows that must
raise a rule and rows that must not, with the exact message. Reporting year 2025, checked
in December 2026, unless a case says otherwise."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from builders import A, B, C

from nir_desktop.core.fields import SheetKind
from nir_desktop.core.rules import check, render
from nir_desktop.core.rules.examples import workbook_from_rows

D, T, N, O = (SheetKind.DELTAKERE, SheetKind.TILTAK, SheetKind.NORSK,  # noqa: E741
              SheetKind.OPPLAERING)
TODAY = date(2026, 12, 1)
Row = dict[str, Any]


def integrering(**kw: Any) -> Row:
    """A Deltakere row under integreringsloven, in the programme all of 2025."""
    row: Row = {"fodselsnummer": A, "lov": "Integreringsloven", "vedtaksdato": "15.08.2024",
                "programstart": "01.09.2024", "gjennomforingsfrist": "31.08.2026",
                "sluttmal": "Arbeid", "integreringskontrakt": "01.10.2024"}
    row.update(kw)
    return row


def tiltak_row(fnr: str = A, start: str = "01.09.2024", end: str | None = None) -> Row:
    return {"fodselsnummer": fnr, "tiltak": "Norskopplæring", "startdato": start,
            "sluttdato": end}


def oppl(**kw: Any) -> Row:
    """An Opplæring row under integreringsloven, rett og plikt, in training all of 2025."""
    row: Row = {"fodselsnummer": A, "lov": "Integreringsloven", "kategori": "Rett og plikt",
                "utdanningsbakgrunn": "Nei", "vedtaksdato": "15.08.2024",
                "vedtakstype": None, "startdato": "01.09.2024",
                "gjennomforingsfrist": "28.02.2027", "norskmal": "B1", "fulltid_vgo": "Nei",
                "avslutningsdato": None, "permisjon_dager": None}
    row.update(kw)
    return row


def oppl_6a(**kw: Any) -> Row:
    """Kap. 6A, rett til norsk only: frist 12 months from the start (31.01.2026)."""
    fields: dict[str, Any] = dict(
        lov="Integreringsloven kap. 6A", kategori="Rett til norsk", utdanningsbakgrunn=None,
        norskmal=None, vedtaksdato="15.01.2025", startdato="01.02.2025",
        gjennomforingsfrist="31.01.2026")
    fields.update(kw)
    return oppl(**fields)


def oppl_intro(**kw: Any) -> Row:
    fields: dict[str, Any] = dict(lov="Introduksjonsloven", utdanningsbakgrunn=None,
                                  norskmal=None, vedtaksdato="15.01.2020",
                                  startdato="01.02.2020")
    fields.update(kw)
    return oppl(**fields)


def hours(fnr: str = A, start: str = "01.02.2025", end: str | None = "30.06.2025",
          timer: Any = 120) -> Row:
    return {"fodselsnummer": fnr, "startdato": start, "sluttdato": end, "timer_norsk": timer}


def run(sheets: dict[SheetKind, list[Row]], year: int = 2025):
    return check(workbook_from_rows(sheets), year, today=TODAY)


def hits(sheets: dict[SheetKind, list[Row]], rule: str, year: int = 2025
         ) -> list[tuple[str | None, int | None, str | None, str, str]]:
    result = run(sheets, year)
    return [(f.sheet, f.row, f.field, f.severity.value, render(f, "nb", strict=True))
            for f in result.findings if f.rule == rule]


CASES: list[tuple[str, str, dict[SheetKind, list[Row]], list[tuple[Any, ...]], int]] = [
    # --- LOV002 (v2): participated in RY or ended in RY ----------------------------------
    ("LOV002", "participated, no sluttmål", {D: [integrering(sluttmal=None)], T: [tiltak_row()]},
     [("Deltakere", 2, "sluttmal", "error",
       "Sluttmål mangler for en deltaker etter Integreringsloven som deltok i 2025.")], 2025),
    ("LOV002", "kap. 6A, ended in RY", {D: [integrering(
        lov="Integreringsloven kap. 6A", sluttmal=None, avslutningsdato="31.03.2025",
        avslutningsarsak="Arbeid heltid")], T: [tiltak_row(end="31.03.2025")]},
     [("Deltakere", 2, "sluttmal", "error",
       "Sluttmål mangler for en deltaker etter Integreringsloven kap. 6A som deltok i 2025.")],
     2025),
    ("LOV002", "(v2) ended in RY, programme dates unknown to RY", {D: [integrering(
        sluttmal=None, programstart="01.09.2026", avslutningsdato="31.03.2025",
        avslutningsarsak="Arbeid heltid")], T: [tiltak_row(start="01.09.2023",
                                                             end="31.12.2023")]},
     [("Deltakere", 2, "sluttmal", "error",
       "Sluttmål mangler for en deltaker etter Integreringsloven som avsluttet programmet i "
       "2025.")], 2025),
    ("LOV002", "with sluttmål", {D: [integrering()], T: [tiltak_row()]}, [], 2025),
    ("LOV002", "ended the year before", {D: [integrering(
        sluttmal=None, avslutningsdato="30.11.2024", avslutningsarsak="Arbeid heltid")],
        T: [tiltak_row(end="30.11.2024")]}, [], 2025),
    ("LOV002", "introduksjonsloven has none", {D: [integrering(
        lov="Introduksjonsloven", sluttmal=None, integreringskontrakt=None)],
        T: [tiltak_row()]}, [], 2025),
    # --- LOV003 -------------------------------------------------------------------------
    ("LOV003", "integreringsloven without contract", {
        D: [integrering(integreringskontrakt=None)], T: [tiltak_row()]},
     [("Deltakere", 2, "integreringskontrakt", "warning",
       "Integreringskontrakt er ikke registrert for en deltaker etter Integreringsloven som "
       "deltok i 2025.")], 2025),
    ("LOV003", "kap. 6A without contract", {
        D: [integrering(lov="6A", integreringskontrakt=None)], T: [tiltak_row()]},
     [("Deltakere", 2, "integreringskontrakt", "warning",
       "Integreringskontrakt er ikke registrert for en deltaker etter Integreringsloven kap. "
       "6A som deltok i 2025.")], 2025),
    ("LOV003", "contract as yes", {D: [integrering(integreringskontrakt="Ja")],
                                   T: [tiltak_row()]}, [], 2025),
    ("LOV003", "introduksjonsloven", {D: [integrering(
        lov="Introduksjonsloven", sluttmal=None, integreringskontrakt=None)],
        T: [tiltak_row()]}, [], 2025),
    ("LOV003", "not before 2022", {D: [integrering(
        integreringskontrakt=None, vedtaksdato="15.02.2021", programstart="01.03.2021")],
        T: [tiltak_row(start="01.03.2021")]}, [], 2021),
    ("LOV003", "did not take part in RY", {D: [integrering(
        integreringskontrakt=None, vedtaksdato="15.12.2025", programstart="05.01.2026")],
        T: [tiltak_row(start="05.01.2026")]}, [], 2025),
    # --- LOV004 -------------------------------------------------------------------------
    ("LOV004", "6A programme vedtak before 15.06.2022", {D: [integrering(
        lov="Integreringsloven kap. 6A", vedtaksdato="20.05.2022")], T: [tiltak_row()]},
     [("Deltakere", 2, "vedtaksdato", "warning",
       "Vedtaket etter kap. 6A er datert 20.05.2022, før kapitlet trådte i kraft 15.06.2022. "
       "NIR tar imot vedtak etter kap. 6A fra den dagen.")], 2025),
    ("LOV004", "6A vedtak on 15.06.2022", {D: [integrering(
        lov="Integreringsloven kap. 6A", vedtaksdato="15.06.2022")], T: [tiltak_row()]}, [],
     2025),
    ("LOV004", "integreringsloven before 15.06.2022", {D: [integrering(
        vedtaksdato="20.05.2022")], T: [tiltak_row()]}, [], 2025),
    ("LOV004", "6A opplæring vedtak after 30.06.2026", {O: [oppl_6a(
        vedtaksdato="01.07.2026", startdato="01.08.2026", gjennomforingsfrist="31.07.2027")]},
     [("Opplæring", 2, "vedtaksdato", "warning",
       "Vedtaket etter kap. 6A er datert 01.07.2026, etter 30.06.2026, som foreløpig er siste "
       "dag kap. 6A gjelder. Sjekk hvilken lov som gjelder nå.")], 2026),
    ("LOV004", "6A opplæring vedtak on 30.06.2026", {O: [oppl_6a(
        vedtaksdato="30.06.2026", startdato="01.08.2026", gjennomforingsfrist="31.07.2027")]},
     [], 2026),
    # --- NOR001 -------------------------------------------------------------------------
    ("NOR001", "rett og plikt without utdanningsbakgrunn", {O: [oppl(utdanningsbakgrunn=None)]},
     [("Opplæring", 2, "utdanningsbakgrunn", "error",
       "Utdanningsbakgrunn mangler for en person med Rett og plikt etter Integreringsloven. "
       "NIR trenger den for å regne ut fristen for å fullføre opplæringen (18 måneder eller "
       "3 år).")], 2025),
    ("NOR001", "plikt without, not in Deltakere", {O: [oppl(
        fodselsnummer=B, kategori="plikt", utdanningsbakgrunn=None)], D: [integrering()]},
     [("Opplæring", 2, "utdanningsbakgrunn", "error",
       "Utdanningsbakgrunn mangler for en person med Plikt etter Integreringsloven. NIR "
       "trenger den for å regne ut fristen for å fullføre opplæringen (18 måneder eller 3 "
       "år).")], 2025),
    ("NOR001", "«Nei» is a registration", {O: [oppl(utdanningsbakgrunn="Nei")]}, [], 2025),
    ("NOR001", "rett only", {O: [oppl(kategori="Rett", utdanningsbakgrunn=None)]}, [], 2025),
    ("NOR001", "kap. 6A rett til norsk", {O: [oppl_6a()]}, [], 2025),
    ("NOR001", "introduksjonsloven", {O: [oppl_intro(kategori="Rett og plikt")]}, [], 2025),
    ("NOR001", "ended before RY", {O: [oppl(utdanningsbakgrunn=None,
                                            avslutningsdato="31.12.2024")]}, [], 2025),
    ("NOR001", "not before 2022", {O: [oppl(utdanningsbakgrunn=None)]}, [], 2021),
    # --- NOR002 -------------------------------------------------------------------------
    ("NOR002", "introduksjonsloven with utdanningsbakgrunn", {
        O: [oppl_intro(utdanningsbakgrunn="Ja")]},
     [("Opplæring", 2, "utdanningsbakgrunn", "warning",
       "Utdanningsbakgrunn er registrert for en person etter introduksjonsloven. Den "
       "registreres bare for personer etter integreringsloven.")], 2025),
    ("NOR002", "6A rett only with utdanningsbakgrunn", {O: [oppl_6a(utdanningsbakgrunn="Nei")]},
     [("Opplæring", 2, "utdanningsbakgrunn", "warning",
       "Utdanningsbakgrunn er registrert for en person etter kap. 6A med bare rett (Rett til "
       "norsk). Den registreres ikke for dem: fristen er 12 måneder fra oppstart.")], 2025),
    ("NOR002", "integreringsloven", {O: [oppl(utdanningsbakgrunn="Ja")]}, [], 2025),
    ("NOR002", "introduksjonsloven without", {O: [oppl_intro()]}, [], 2025),
    # --- NOR003 -------------------------------------------------------------------------
    ("NOR003", "hours, no vedtak", {O: [oppl(vedtaksdato=None)], N: [hours()]},
     [("Norsk", 2, "timer_norsk", "error",
       "Norsktimer 01.02.2025–30.06.2025 er registrert for en person etter Integreringsloven, "
       "men det er ikke registrert noe vedtak om opplæring.")], 2025),
    ("NOR003", "vedtak after the hours", {O: [oppl(vedtaksdato="01.07.2025")], N: [hours()]},
     [("Norsk", 2, "timer_norsk", "error",
       "Norsktimer 01.02.2025–30.06.2025 er registrert for en person etter Integreringsloven, "
       "men det første vedtaket om opplæring er datert 01.07.2025, etter timene.")], 2025),
    ("NOR003", "programme person not on Opplæring", {
        D: [integrering()], T: [tiltak_row()], O: [oppl(fodselsnummer=C)],
        N: [hours(), hours(fnr=C)]},
     [("Norsk", 2, "timer_norsk", "error",
       "Norsktimer 01.02.2025–30.06.2025 er registrert for en person etter Integreringsloven, "
       "men det er ikke registrert noe vedtak om opplæring.")], 2025),
    ("NOR003", "vedtak on the last day of the hours", {
        O: [oppl(vedtaksdato="30.06.2025")], N: [hours()]}, [], 2025),
    ("NOR003", "introduksjonsloven", {O: [oppl_intro(vedtaksdato=None)], N: [hours()]}, [],
     2025),
    ("NOR003", "zero hours", {O: [oppl(vedtaksdato=None)], N: [hours(timer=0)]}, [], 2025),
    # --- NOR004 -------------------------------------------------------------------------
    ("NOR004", "no norskmål", {O: [oppl(norskmal=None)]},
     [("Opplæring", 2, "norskmal", "error",
       "Norskmål mangler for en person etter Integreringsloven som er i opplæring i 2025.")],
     2025),
    ("NOR004", "6A, not rett only", {O: [oppl(lov="6A", kategori="Rett og plikt",
                                              norskmal=None)]},
     [("Opplæring", 2, "norskmal", "error",
       "Norskmål mangler for en person etter Integreringsloven kap. 6A som er i opplæring i "
       "2025.")], 2025),
    ("NOR004", "6A rett only", {O: [oppl_6a()]}, [], 2025),
    ("NOR004", "with norskmål", {O: [oppl(norskmal="Norskprøve C1/karakteren 2")]}, [], 2025),
    # --- NOR005 -------------------------------------------------------------------------
    ("NOR005", "introduksjonsloven with norskmål and fulltid vgo", {
        O: [oppl_intro(norskmal="A2", fulltid_vgo="Ja")]},
     [("Opplæring", 2, "norskmal", "warning",
       "Norskmål er registrert for en person etter introduksjonsloven. Det registreres bare "
       "for personer etter integreringsloven."),
      ("Opplæring", 2, "fulltid_vgo", "warning",
       "Fulltid videregående er registrert for en person etter introduksjonsloven. Det "
       "registreres bare for personer etter integreringsloven.")], 2025),
    ("NOR005", "introduksjonsloven, fulltid vgo Nei", {O: [oppl_intro(fulltid_vgo="Nei")]}, [],
     2025),
    ("NOR005", "integreringsloven with both", {O: [oppl(fulltid_vgo="Ja")]}, [], 2025),
    # --- NOR006 -------------------------------------------------------------------------
    ("NOR006", "vedtak and a year of opplæring, no hours", {
        O: [oppl()], N: [hours(start="01.02.2024", end="30.06.2024")]},
     [("Opplæring", 2, "fodselsnummer", "warning",
       "Personen etter Integreringsloven har vedtak og opplæring i 365 dager av 2025 "
       "(01.01.2025–31.12.2025), men ingen norsktimer er registrert i 2025.")], 2025),
    ("NOR006", "63 days", {O: [oppl(avslutningsdato="04.03.2025")], N: [hours(fnr=C)]},
     [("Opplæring", 2, "fodselsnummer", "warning",
       "Personen etter Integreringsloven har vedtak og opplæring i 63 dager av 2025 "
       "(01.01.2025–04.03.2025), men ingen norsktimer er registrert i 2025.")], 2025),
    ("NOR006", "62 days", {O: [oppl(avslutningsdato="03.03.2025")], N: [hours(fnr=C)]}, [],
     2025),
    ("NOR006", "with hours", {O: [oppl()], N: [hours()]}, [], 2025),
    ("NOR006", "no vedtak (NOR003's, not this)", {O: [oppl(vedtaksdato=None)],
                                                  N: [hours(fnr=C)]}, [], 2025),
    # (v2, DAT004) an hour count that is not a whole number counts as 0, and DAT004 says so.
    ("NOR006", "unreadable hours count as none", {O: [oppl()], N: [hours(timer="mange")]},
     [("Opplæring", 2, "fodselsnummer", "warning",
       "Personen etter Integreringsloven har vedtak og opplæring i 365 dager av 2025 "
       "(01.01.2025–31.12.2025), men ingen norsktimer er registrert i 2025.")], 2025),
    # --- NOR007 -------------------------------------------------------------------------
    ("NOR007", "6A frist as computed", {O: [oppl_6a()]},
     [("Opplæring", 2, "startdato", "info",
       "Fristen for å fullføre opplæringen etter kap. 6A er 31.01.2026: 12 måneder fra "
       "oppstart 01.02.2025, pluss 0 dager permisjon.")], 2025),
    ("NOR007", "6A with leave, file frist 7 days off", {O: [oppl_6a(
        permisjon_dager=30, gjennomforingsfrist="09.03.2026")]},
     [("Opplæring", 2, "startdato", "info",
       "Fristen for å fullføre opplæringen etter kap. 6A er 02.03.2026: 12 måneder fra "
       "oppstart 01.02.2025, pluss 30 dager permisjon.")], 2025),
    ("NOR007", "6A file frist 8 days off", {O: [oppl_6a(gjennomforingsfrist="08.02.2026")]},
     [("Opplæring", 2, "gjennomforingsfrist", "warning",
       "Filens gjennomføringsfrist 08.02.2026 avviker 8 dager fra fristen etter kap. 6A, "
       "31.01.2026 (12 måneder fra oppstart 01.02.2025, pluss 0 dager permisjon).")], 2025),
    ("NOR007", "integreringsloven", {O: [oppl()]}, [], 2025),
    ("NOR007", "6A rett til introduksjonsprogram with rett og plikt", {
        O: [oppl(lov="6A", kategori="Rett og plikt")]}, [], 2025),
    # --- NOR008 -------------------------------------------------------------------------
    ("NOR008", "utvidet dated 7 months before the frist", {O: [oppl_6a(
        vedtakstype="Utvidet norskopplæring", vedtaksdato="30.06.2025",
        startdato="01.02.2025")]},
     [("Opplæring", 2, "vedtaksdato", "error",
       "Vedtaket om utvidet norskopplæring er datert 30.06.2025. NIR tar bare imot et slikt "
       "vedtak datert fra 30.11.2025 til 31.03.2026: 2 måneder før og etter fristen "
       "31.01.2026.")], 2025),
    ("NOR008", "utvidet dated two months after", {O: [oppl_6a(
        vedtakstype="utvidet norskopplæring", vedtaksdato="31.03.2026")]}, [], 2026),
    ("NOR008", "ordinary vedtak", {O: [oppl_6a(vedtakstype="Ordinær")]}, [], 2025),
    ("NOR008", "not before 2023", {O: [oppl_6a(
        vedtakstype="Utvidet norskopplæring", vedtaksdato="15.08.2022", startdato="01.09.2022",
        gjennomforingsfrist="31.08.2023")]}, [], 2022),
    # --- ID004 (v2): two Opplæring rows of a person whose periods overlap --------------
    ("ID004", "two open opplæring periods", {O: [oppl(), oppl(vedtaksdato="15.02.2025",
                                                            startdato="01.03.2025")],
                                              D: [integrering(fodselsnummer=C)]},
     [("Opplæring", 3, "fodselsnummer", "error",
       "Personen står også på rad 2 i Opplæring, og opplæringsperiodene overlapper.")], 2025),
    ("ID004", "a new period after an ended one", {
        O: [oppl(avslutningsdato="28.02.2025"), oppl(vedtaksdato="15.02.2025",
                                                     startdato="01.03.2025")],
        D: [integrering(fodselsnummer=C)]}, [], 2025),
    # --- REF001 (v2) --------------------------------------------------------------------
    ("REF001", "Norsk row of an Opplæring person not in Deltakere", {
        D: [integrering()], T: [tiltak_row()], N: [hours(), hours(fnr=B)],
        O: [oppl(), oppl(fodselsnummer=B)]}, [], 2025),
    ("REF001", "Norsk row of nobody", {
        D: [integrering()], T: [tiltak_row()], N: [hours(), hours(fnr=C)], O: [oppl()]},
     [("Norsk", 3, "fodselsnummer", "error",
       "Fødselsnummeret på denne raden i Norsk finnes verken i Deltakere eller i "
       "Opplæring.")], 2025),
    ("REF001", "Tiltak row of an Opplæring person", {
        D: [integrering()], T: [tiltak_row(), tiltak_row(fnr=B)], O: [oppl(fodselsnummer=B)]},
     [("Tiltak", 3, "fodselsnummer", "error",
       "Fødselsnummeret på denne raden i Tiltak finnes ikke i Deltakere.")], 2025),
]


@pytest.mark.parametrize(("rule", "case", "sheets", "expected", "year"), CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_rule(rule: str, case: str, sheets: dict[SheetKind, list[Row]],
              expected: list[tuple[Any, ...]], year: int) -> None:
    assert hits(sheets, rule, year) == expected


def test_every_new_rule_has_a_raising_and_a_quiet_case() -> None:
    new = {"LOV002", "LOV003", "LOV004", *(f"NOR00{i}" for i in range(1, 9)), "REF001",
           "ID004"}
    raising = {c[0] for c in CASES if c[3]}
    quiet = {c[0] for c in CASES if not c[3]}
    assert new <= raising and new <= quiet


@pytest.mark.parametrize("rule", [f"NOR00{i}" for i in range(1, 9)])
def test_without_the_opplaering_sheet_nor_rules_are_not_checked(rule: str) -> None:
    result = run({D: [integrering()], T: [tiltak_row()], N: [hours()]})
    assert not [f for f in result.findings if f.rule.startswith("NOR")]
    nc = next(nc for nc in result.not_checked if nc.rule == rule)
    from nir_desktop.core.rules import render_not_checked

    assert render_not_checked(nc) == f"{rule} ikke kontrollert: trenger arket Opplæring"


def test_nor_rules_do_not_apply_before_2022() -> None:
    result = run({O: [oppl(utdanningsbakgrunn=None, norskmal=None)]}, 2021)
    assert {r for r in result.not_applicable if r.startswith("NOR")} == {
        f"NOR00{i}" for i in range(1, 9)}


def test_introduksjonsloven_person_with_integreringsloven_only_fields() -> None:
    """Sluttmål and contract on Deltakere (LOV001), utdanningsbakgrunn, norskmål and
    fulltid vgo on Opplæring (NOR002, NOR005): each reported once, nothing else law-wise."""
    result = run({
        D: [integrering(lov="Introduksjonsloven", vedtaksdato="15.08.2020",
                        programstart="01.09.2020", gjennomforingsfrist="31.08.2025")],
        T: [tiltak_row(start="01.09.2020")],
        N: [hours()],
        O: [oppl_intro(utdanningsbakgrunn="Ja", norskmal="B1", fulltid_vgo="Ja")],
    })
    got = sorted((f.rule, f.sheet, f.field) for f in result.findings
                 if f.rule.startswith(("LOV", "NOR")))
    assert got == [("LOV001", "Deltakere", "integreringskontrakt"),
                   ("LOV001", "Deltakere", "sluttmal"),
                   ("NOR002", "Opplæring", "utdanningsbakgrunn"),
                   ("NOR005", "Opplæring", "fulltid_vgo"),
                   ("NOR005", "Opplæring", "norskmal")]


def test_an_opplaering_person_not_in_deltakere_is_checked_on_their_own() -> None:
    """Opplæring only (no programme): the NOR rules run, REF001 and INT rules do not."""
    result = run({D: [integrering()], T: [tiltak_row()], N: [hours(), hours(fnr=B)],
                  O: [oppl(), oppl(fodselsnummer=B, utdanningsbakgrunn=None, norskmal=None)]})
    assert sorted((f.rule, f.sheet, f.row) for f in result.findings
                  if f.rule not in ("ID003",)) == [("NOR001", "Opplæring", 3),
                                                   ("NOR004", "Opplæring", 3)]


def test_an_edit_on_an_opplaering_row_is_rechecked() -> None:
    from nir_desktop.core.rules import Checker

    wb = workbook_from_rows({D: [integrering(fodselsnummer=C)], T: [tiltak_row(fnr=C)],
                             O: [oppl(utdanningsbakgrunn=None)], N: [hours()]})
    checker = Checker(wb, 2025, today=TODAY)
    assert [f.rule for f in checker.result.findings if f.rule.startswith("NOR")] == ["NOR001"]
    sheet = wb.sheet(O)
    assert sheet is not None
    c = sheet.columns["utdanningsbakgrunn"]
    sheet.set_raw(0, c, "Ja")
    delta = checker.recheck_row(sheet.name, 0)
    assert [f.rule for f in delta.removed] == ["NOR001"] and not delta.added
    # A new fødselsnummer on the Opplæring row moves its person (REF001 of the Norsk row).
    sheet.set_raw(0, sheet.columns["fodselsnummer"], B)
    delta = checker.recheck_row(sheet.name, 0)
    assert "REF001" in {f.rule for f in delta.added}
