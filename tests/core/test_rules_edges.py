"""Edges of the catalogue's notions (rules.md, Notation) that the per-family tests leave
open: values written as text, open end dates, a person with two programmes, and the
reporting years where the covid and law rules start and stop."""

from __future__ import annotations

from datetime import date

import pytest
from builders import messages, norsk, person, run, tiltak

INT003_MAR_OPEN = ("Tiltaket «Norskopplæring» (01.03.2021–åpen) har ingen timer i Norsk "
                   "(Deltakelse norsk) for samme periode.")


# --- Norsk hours written as text -------------------------------------------------------


@pytest.mark.parametrize(("hours", "samfunn", "expected"), [
    (150, None, []),
    ("150", None, []),  # a number typed as text in a CSV
    ("150,0", None, []),  # decimal comma
    (" 1 200 ", None, []),  # thousands separated by a space
    (None, "50", []),  # hours in social studies only
    (0, None, [INT003_MAR_OPEN]),
    ("0", None, [INT003_MAR_OPEN]),
    (None, None, [INT003_MAR_OPEN]),
    # (v2) Hours that are not a whole number >= 0 count as 0, and DAT004 says so on the
    # cell (v1 held back instead).
    ("mange", None, [INT003_MAR_OPEN]),
    ("ca. 100", None, [INT003_MAR_OPEN]),
    ("150,5", None, [INT003_MAR_OPEN]),
    (0, "mange", [INT003_MAR_OPEN]),
    ("mange", "40", []),  # readable hours in the other column are enough
])
def test_int003_reads_hours_written_as_text(hours, samfunn, expected) -> None:
    row = norsk(hours=hours)
    row["timer_samfunnskunnskap"] = samfunn
    result = run([person()], [tiltak()], [row])
    assert [m for _, _, m in messages(result, "INT003")] == expected


def test_int003_unreadable_hours_count_as_zero() -> None:
    """(v2) DAT004: unreadable hours count as 0 and the cell gets DAT004. Fails on v1,
    where «mange» held back INT003 for the spring tiltak."""
    spring = tiltak(start="01.03.2021", end="30.06.2021")
    autumn = tiltak(start="01.08.2021", end="31.12.2021")
    hours = [norsk(start="01.03.2021", end="30.06.2021", hours="mange"),
             norsk(start="01.08.2021", end="31.12.2021", hours=0)]
    result = run([person()], [spring, autumn], hours)
    assert [(r, m) for _, r, m in messages(result, "INT003")] == [
        (2, "Tiltaket «Norskopplæring» (01.03.2021–30.06.2021) har ingen timer i Norsk "
            "(Deltakelse norsk) for samme periode."),
        (3, "Tiltaket «Norskopplæring» (01.08.2021–31.12.2021) har ingen timer i Norsk "
            "(Deltakelse norsk) for samme periode.")]
    assert [(f.sheet, f.row) for f in result.findings if f.rule == "DAT004"] == [("Norsk", 2)]


def test_int002_ignores_a_norsk_row_with_unreadable_hours() -> None:
    result = run([person()], [tiltak(code="Arbeidspraksis")], [norsk(hours="mange")])
    assert messages(result, "INT002") == []


# --- permisjon and fravær days written as text ----------------------------------------

COV001_FROM = ("Programmet er utvidet eller forsterket etter den midlertidige loven, og "
               "3-årsfristen er {}. For tiden etter den tar NIR ikke imot vedtak om "
               "forlengelse, tiltak eller avslutningsårsak, og kommunen er unntatt plikten til å "
               "registrere den.")


def extended(**changes: object) -> dict[str, object]:
    """Utvidet under introduksjonsloven from 1 June 2018: the 3-year mark is 1 June 2021
    plus the days of permisjon and gyldig fravær."""
    row = person(lov="Introduksjonsloven", sluttmal=None, vedtaksdato="15.05.2018",
                 programstart="01.06.2018", gjennomforingsfrist="31.05.2021", utvidet="ja",
                 forsterket="nei", avslutningsdato=None, avslutningsarsak=None)
    row.update(changes)
    return row


TILTAK_TO_MARK = tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.05.2021")


@pytest.mark.parametrize(("permisjon", "fravaer", "mark"), [
    (None, None, "31.05.2021"),
    (14, None, "14.06.2021"),
    ("14", None, "14.06.2021"),  # typed as text in a CSV
    (" 14 ", "16", "30.06.2021"),
    ("14,0", None, "14.06.2021"),  # decimal comma
    (14.9, None, "31.05.2021"),  # (v2) not a whole number: counted as 0 (DAT004)
    ("0", "0", "31.05.2021"),
    # An export that writes missing numbers as NaN must not stop the check.
    ("NaN", None, "31.05.2021"),
    ("nan", "30", "30.06.2021"),
    # A negative count cannot move the frist before programstart + 3 years − 1 day.
    ("-30", None, "31.05.2021"),
    (-30, "30", "30.06.2021"),
])
def test_three_year_mark_reads_days_written_as_text(permisjon, fravaer, mark) -> None:
    result = run([extended(permisjon_dager=permisjon, fravaer_dager=fravaer)],
                 [TILTAK_TO_MARK])
    assert [m for _, _, m in messages(result, "COV001")] == [COV001_FROM.format(mark)]


def test_a_negative_day_count_does_not_hide_the_end_reason_duty() -> None:
    """Ended 20.05.2022, before the 3-year mark (01.06.2022): AVS001 stands."""
    row = extended(programstart="01.06.2019", gjennomforingsfrist="31.05.2022",
                   vedtaksdato="15.05.2019", avslutningsdato="20.05.2022",
                   permisjon_dager=-30)
    tiltak_rows = [tiltak(code="Arbeidspraksis", start="01.06.2019", end="20.05.2022")]
    result = run([row], tiltak_rows, year=2022, today=date(2023, 2, 1))
    assert [m for _, _, m in messages(result, "AVS001")] == [
        "Avslutningsdato 20.05.2022 er i 2022, men avslutningsårsak mangler."]


# --- the covid years: 2020, 2021 and 2022 only, COV003 in 2021 only ---------------------


def extended_in(year: int, **changes: object) -> dict[str, object]:
    """Utvidet from 1 June three years before ``year``: the mark is 1 June ``year``."""
    return extended(vedtaksdato=f"15.05.{year - 3}", programstart=f"01.06.{year - 3}",
                    gjennomforingsfrist=f"31.05.{year}", **changes)


def _to_mark(year: int) -> dict[str, object]:
    return tiltak(code="Arbeidspraksis", start=f"01.06.{year - 3}", end=f"31.05.{year}")


def _covid_and_ending(year: int, **changes: object) -> list[str]:
    result = run([extended_in(year, **changes)], [_to_mark(year)], year=year,
                 today=date(year + 1, 2, 1))
    return sorted(f.rule for f in result.findings
                  if f.rule in ("AVS001", "AVS002", "COV001", "COV002", "COV003"))


@pytest.mark.parametrize(("year", "end", "expected"), [
    # (v2) The 3-year frist is the last day (31.05): an ending on it is at the frist, so
    # no reason is due; 2021 takes the person out of måloppnåelse (COV003 «avsluttet»).
    # v1 raised AVS001 here (it took 01.06 as the mark).
    (2020, "31.05.2020", []),
    (2021, "31.05.2021", ["COV003"]),
    (2022, "31.05.2022", []),
    (2023, "31.05.2023", []),
    # the day before the frist is registrable: the reason is due
    (2020, "30.05.2020", ["AVS001"]),
    (2021, "30.05.2021", ["AVS001"]),
    (2023, "30.05.2023", ["AVS001"]),
    # (v2) the day after opens the exempt period in every year where it occurs (v1: the
    # covid years only)
    (2020, "01.06.2020", ["COV001"]),
    (2021, "01.06.2021", ["COV001", "COV003"]),
    (2022, "01.06.2022", ["COV001"]),
    (2023, "01.06.2023", ["COV001"]),
    # still open after the frist
    (2020, None, ["COV001"]),
    (2021, None, ["COV001", "COV003"]),
    (2022, None, ["COV001"]),
    (2023, None, ["COV001"]),
])
def test_exempt_period_by_reporting_year(year, end, expected) -> None:
    assert _covid_and_ending(year, avslutningsdato=end) == expected


@pytest.mark.parametrize(("year", "expected"), [
    # (v2) COV002 is about RY 2021 only, and replaces AVS002 there
    (2020, ["AVS002", "COV001"]),
    (2021, ["COV001", "COV002"]),
    (2022, ["AVS002", "COV001"]),
    (2023, ["AVS002", "COV001"]),
])
def test_reason_registered_while_the_extended_programme_continues(year, expected) -> None:
    assert _covid_and_ending(year, avslutningsarsak="Arbeid heltid") == expected


# From 2022: integreringskontrakt, norsk og samfunnskunnskap as an ordning, kap. 6A in time;
# from 2023: vedtak on utvidet norskopplæring.
_FROM_2022 = {"LOV003", "LOV004", "NOR001", "NOR002", "NOR003", "NOR004", "NOR005", "NOR006",
              "NOR007", "NOR008"}


@pytest.mark.parametrize(("year", "not_applicable"), [
    (2019, {"LOV001", "LOV002", "COV002", "COV003"} | _FROM_2022),
    (2020, {"LOV001", "LOV002", "COV002", "COV003"} | _FROM_2022),
    (2021, _FROM_2022),
    (2022, {"COV002", "COV003", "NOR008"}),
    (2023, {"COV002", "COV003"}),
])
def test_rules_by_reporting_year(year, not_applicable) -> None:
    result = run([person()], [tiltak()], year=year)
    assert set(result.not_applicable) == not_applicable


# --- the law rules: not before 2021 ----------------------------------------------------


@pytest.mark.parametrize(("row", "year", "expected"), [
    (person(lov="Introduksjonsloven", programstart="01.03.2020", vedtaksdato="15.02.2020"),
     2020, []),
    (person(lov="Introduksjonsloven", programstart="01.03.2020", vedtaksdato="15.02.2020"),
     2021, ["LOV001"]),
    (person(lov="Introduksjonsloven", programstart="01.03.2020", vedtaksdato="15.02.2020"),
     2023, ["LOV001"]),
    (person(sluttmal=None, programstart="01.03.2020", vedtaksdato="15.02.2020"), 2020, []),
    (person(sluttmal=None), 2021, ["LOV002"]),
    (person(lov="IntL 6A", sluttmal=None, programstart="01.07.2022",
            vedtaksdato="20.06.2022"), 2022, ["LOV002"]),
])
def test_law_rules_from_2021(row, year, expected) -> None:
    start = str(row["programstart"])
    result = run([row], [tiltak(code="Arbeidspraksis", start=start)], year=year,
                 today=date(year + 1, 2, 1))
    assert sorted(f.rule for f in result.findings if f.rule.startswith("LOV")) == expected


# --- a person with two programme rows ---------------------------------------------------

FIRST = person(avslutningsdato="30.06.2021", avslutningsarsak="Arbeid heltid")
SECOND = person(programstart="01.09.2021", vedtaksdato="15.08.2021",
                gjennomforingsfrist="31.08.2023", avslutningsdato=None, avslutningsarsak=None)
FIRST_TILTAK = tiltak(end="30.06.2021")
SECOND_TILTAK = tiltak(start="01.09.2021")  # open


@pytest.mark.parametrize(("deltakere", "tiltak_rows", "expected"), [
    # each programme with its own tiltak: nothing to report
    ([FIRST, SECOND], [FIRST_TILTAK, SECOND_TILTAK], []),
    ([SECOND, FIRST], [SECOND_TILTAK, FIRST_TILTAK], []),
    # the second programme has no tiltak: INT001 on its row, for its own part of RY
    ([FIRST, SECOND], [FIRST_TILTAK],
     [("INT001", "Deltakere", 3, "Ingen tiltak er registrert for 01.09.2021–31.12.2021, da "
       "personen var i introduksjonsprogram i 2021."),
      ("INT002", "Norsk", 2, "Det er norsktimer for 01.09.2021–31.12.2021 mens personen var "
       "i program, men ingen norsk-tiltak i Tiltak (Deltakelse Intro) for den perioden.")]),
    # the second programme has no vedtak: INT004 on its row only
    ([FIRST, dict(SECOND, vedtaksdato=None)], [FIRST_TILTAK, SECOND_TILTAK],
     [("INT004", "Deltakere", 3, "Vedtaksdato mangler, men personen deltok i programmet i "
       "2021.")]),
    # a tiltak between the programmes started after the first had ended
    ([FIRST, SECOND], [FIRST_TILTAK, tiltak(start="01.07.2021", end="31.08.2021"),
                       SECOND_TILTAK],
     [("AVS003", "Tiltak", 3, "Tiltaket starter 01.07.2021, etter at programmet ble avsluttet "
       "30.06.2021. Personen står trolig feilaktig som avsluttet.")]),
    # an open tiltak is judged against the programme it starts in (the second, ended)
    ([FIRST, dict(SECOND, avslutningsdato="31.10.2021", avslutningsarsak="Arbeid heltid")],
     [FIRST_TILTAK, SECOND_TILTAK],
     [("INT005", "Tiltak", 3, "Tiltaket (01.09.2021–åpen) varer lenger enn programmet, som ble "
       "avsluttet 31.10.2021.")]),
    # the first programme left open overlaps the second: a duplicate
    ([dict(FIRST, avslutningsdato=None, avslutningsarsak=None), SECOND],
     [FIRST_TILTAK, SECOND_TILTAK],
     [("ID004", "Deltakere", 3, "Personen står også på rad 2 i Deltakere, og "
       "programperiodene overlapper."),
      # (v2) the first programme runs all year, its norsk tiltak leave July–August open
      ("INT002", "Norsk", 2, "Det er norsktimer for 01.03.2021–31.12.2021 mens personen var "
       "i program, men norsk-tiltakene i Tiltak dekker bare en del av perioden: 62 dager er "
       "uten norsk-tiltak (mer enn 31).")]),
])
def test_two_programmes_of_one_person(deltakere, tiltak_rows, expected) -> None:
    result = run(deltakere, tiltak_rows, [norsk(start="01.03.2021", end="31.12.2021")])
    rules = sorted({f.rule for f in result.findings} - {"ID003"})
    assert [(rule, *m) for rule in rules for m in messages(result, rule)] == expected


# --- tiltak with open end dates ----------------------------------------------------------


@pytest.mark.parametrize(("row", "tiltak_rows", "year", "expected"), [
    # an open tiltak from before RY covers the whole programme in RY
    (person(programstart="01.03.2020", vedtaksdato="15.02.2020"),
     [tiltak(code="Arbeidspraksis", start="01.03.2020")], 2021, []),
    (person(programstart="01.03.2020", vedtaksdato="15.02.2020"),
     [tiltak(code="Arbeidspraksis", start="01.03.2020")], 2022, []),
    # frist passed without an ending: an open tiltak means the person goes on (no AVS005)
    (person(programstart="01.03.2019", vedtaksdato="15.02.2019", lov="Introduksjonsloven",
            sluttmal=None, gjennomforingsfrist="28.02.2021", utvidet="nei",
            avslutningsdato=None, avslutningsarsak=None),
     [tiltak(code="Arbeidspraksis", start="01.03.2019")], 2021, []),
    (person(programstart="01.03.2019", vedtaksdato="15.02.2019", lov="Introduksjonsloven",
            sluttmal=None, gjennomforingsfrist="28.02.2021", utvidet="nei",
            avslutningsdato=None, avslutningsarsak=None),
     [tiltak(code="Arbeidspraksis", start="01.03.2019", end="28.02.2021")], 2021,
     ["AVS005", "INT006"]),
    # ended in RY with a reason while an open tiltak goes on: the extended programme
    # continues, so the reason should not be registered (COV002 replaces AVS004; v2: no
    # INT005 on that ending, and COV004 since the ending is after the 3-year frist)
    (extended(avslutningsdato="30.09.2021", avslutningsarsak="Annet"),
     [TILTAK_TO_MARK, tiltak(code="Arbeidspraksis", start="01.06.2021")], 2021,
     ["COV001", "COV002", "COV004"]),
    (extended(avslutningsdato="30.09.2021", avslutningsarsak="Annet"),
     [TILTAK_TO_MARK, tiltak(code="Arbeidspraksis", start="01.06.2021", end="30.09.2021")],
     2021, ["AVS004", "COV001", "COV001", "COV004"]),
    # an open tiltak wholly after the mark of an open programme is inside the exempt period
    (extended(), [TILTAK_TO_MARK, tiltak(code="Arbeidspraksis", start="01.06.2021")], 2021,
     ["COV001", "COV001", "COV003"]),
])
def test_open_tiltak(row, tiltak_rows, year, expected) -> None:
    result = run([row], tiltak_rows, year=year, today=date(year + 1, 2, 1))
    assert sorted(f.rule for f in result.findings if f.rule != "ID003") == expected


# --- dates at the end of the calendar ------------------------------------------------------


@pytest.mark.parametrize(("programstart", "shown"), [
    ("31.12.9999", "31.12.9999"),
    ("01.01.9998", "01.01.9998"),
    ("9999-12-31", "31.12.9999"),
])
def test_a_programstart_near_year_9999_does_not_stop_the_check(programstart, shown) -> None:
    """31.12.9999 is a common placeholder for "no date"; the 3-year mark cannot be
    computed for it, and the check goes on without one."""
    row = extended(programstart=programstart, permisjon_dager=10)
    result = run([row], [TILTAK_TO_MARK])
    assert messages(result, "COV001") == []
    assert messages(result, "COV003") == []
    assert [m for _, _, m in messages(result, "INT005")] == [
        f"Tiltaket starter 01.06.2018, før programstart {shown}."]
