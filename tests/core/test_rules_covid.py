"""COV001–COV003 and how they silence or replace INT001, INT004, AVS001 and AVS004."""

from __future__ import annotations

import pytest
from builders import messages, person, rules_of, run, tiltak

from nir_desktop.core.codelists import NOT_REGISTERED


def extended(**changes: object) -> dict[str, object]:
    """Introduksjonsloven, utvidet; programme from 1 June 2018, so the 3-year mark is
    1 June 2021."""
    row = person(lov="Introduksjonsloven", sluttmal=None, vedtaksdato="15.05.2018",
                 programstart="01.06.2018", gjennomforingsfrist="31.05.2021", utvidet="ja",
                 forsterket="nei", avslutningsdato=None, avslutningsarsak=None)
    row.update(changes)
    return row


COV001_EXT = ("Programmet er utvidet eller forsterket etter den midlertidige loven. Fra {} er "
              "programtiden over 3 år: NIR tar ikke imot vedtak, tiltak eller avslutningsårsak "
              "for denne delen, og kommunen er unntatt plikten til å registrere den.")
COV001_TILTAK = ("Tiltaket ligger helt i programtiden etter {}, som NIR ikke tar imot. Det kan "
                 "ikke registreres i NIR, og kommunen er unntatt plikten.")
COV002 = ("Gjennomføringsfristen 31.05.2021 er i 2021, men programmet er utvidet eller forsterket "
          "og fortsetter etter 2021. Avslutningsårsak «{}» skal ikke registreres.")
COV002_ANNET = ("Gjennomføringsfristen 31.05.2021 er i 2021, men programmet er utvidet eller "
                "forsterket og fortsetter etter 2021. Avslutningsårsak «Annet» skal ikke "
                "registreres: den blir lest som at deltakeren avsluttet uten måloppnåelse.")
COV003 = ("Utvidet program der 3-årsgrensen ({}) er i 2021, uten registrert avslutningsårsak: "
          "personen tas ut av grunnlaget for måloppnåelse for 2021.")
TILTAK_TO_MARK = tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.05.2021")

# --- COV001 -----------------------------------------------------------------------


@pytest.mark.parametrize(("row", "tiltak_rows", "year", "expected"), [
    (extended(), [TILTAK_TO_MARK], 2021, [("Deltakere", COV001_EXT.format("01.06.2021"))]),
    (extended(forsterket="ja", utvidet="nei"), [TILTAK_TO_MARK], 2021,
     [("Deltakere", COV001_EXT.format("01.06.2021"))]),
    (extended(utvidet="nei"), [TILTAK_TO_MARK], 2021, []),
    # leave and valid absence move the mark: 31 + 30 days
    (extended(permisjon_dager=31, fravaer_dager=30), [TILTAK_TO_MARK], 2021,
     [("Deltakere", COV001_EXT.format("01.08.2021"))]),
    # the mark is after RY: no exempt period in 2021
    (extended(programstart="01.06.2019"), [TILTAK_TO_MARK], 2021, []),
    # ended before the mark: no exempt period
    (extended(avslutningsdato="31.05.2021", avslutningsarsak="Arbeid heltid"),
     [TILTAK_TO_MARK], 2021, []),
    # not a covid year
    (extended(programstart="01.06.2020"), [TILTAK_TO_MARK], 2023, []),
    # tiltak wholly inside the exempt period gets the INFO on its own row
    (extended(), [TILTAK_TO_MARK, tiltak(code="Arbeidspraksis", start="01.08.2021",
                                         end="31.12.2021")], 2021,
     [("Deltakere", COV001_EXT.format("01.06.2021")),
      ("Tiltak", COV001_TILTAK.format("01.06.2021"))]),
    # a tiltak that started before the mark is not wholly inside it
    (extended(), [tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.12.2021")], 2021,
     [("Deltakere", COV001_EXT.format("01.06.2021"))]),
])
def test_cov001_exempt_period(row, tiltak_rows, year, expected) -> None:
    result = run([row], tiltak_rows, year=year)
    assert [(s, m) for s, _, m in messages(result, "COV001")] == expected
    assert all(f.severity.value == "info" for f in result.findings if f.rule == "COV001")


def test_cov001_sluttmal_upper_secondary() -> None:
    row = extended(utvidet="nei", lov="Integreringsloven",
                   sluttmal="Fullført videregående opplæring")
    result = run([row], [TILTAK_TO_MARK])
    assert [m for _, _, m in messages(result, "COV001")] == [
        "Sluttmålet er «Fullført videregående opplæring». Fra 01.06.2021 er programtiden over "
        "3 år: NIR tar ikke imot vedtak, tiltak eller avslutningsårsak for det siste året, og "
        "kommunen er unntatt plikten til å registrere det."]


# --- COV001 silences INT001 and INT004 ------------------------------------------------


def test_int001_only_for_the_part_before_the_mark() -> None:
    # Tiltak ended in 2020: INT001 for January–May 2021 only, not for the exempt part.
    result = run([extended()], [tiltak(code="Arbeidspraksis", start="01.06.2018",
                                       end="31.12.2020")])
    assert [m for _, _, m in messages(result, "INT001")] == [
        "Ingen tiltak er registrert for 01.01.2021–31.05.2021, da personen var i "
        "introduksjonsprogram i 2021."]


def test_int001_and_int004_silenced_when_all_of_ry_is_exempt() -> None:
    row = extended(programstart="01.01.2018", vedtaksdato=None)  # mark 1 January 2021
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.01.2018", end="31.12.2020")])
    assert "INT001" not in rules_of(result)
    assert "INT004" not in rules_of(result)
    assert "COV001" in rules_of(result)


def test_same_person_without_extension_gets_int001_and_int004() -> None:
    row = extended(programstart="01.01.2018", vedtaksdato=None, utvidet="nei",
                   gjennomforingsfrist="31.12.2022")
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.01.2018", end="31.12.2020")])
    assert [m for _, _, m in messages(result, "INT001")] == [
        "Ingen tiltak er registrert for 01.01.2021–31.12.2021, da personen var i "
        "introduksjonsprogram i 2021."]
    assert [m for _, _, m in messages(result, "INT004")] == [
        "Vedtaksdato mangler, men personen deltok i programmet i 2021."]


def test_exemption_only_in_covid_years() -> None:
    row = extended(programstart="01.01.2020", vedtaksdato="15.12.2019",
                   gjennomforingsfrist="31.12.2022")  # mark 1 January 2023
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.01.2020", end="31.12.2022")],
                 year=2023)
    assert [m for _, _, m in messages(result, "INT001")] == [
        "Ingen tiltak er registrert for 01.01.2023–31.12.2023, da personen var i "
        "introduksjonsprogram i 2023."]
    assert "COV001" in result.not_applicable


# --- COV001 and COV003 silence AVS001 -----------------------------------------------


def test_avs001_silenced_when_ending_lies_in_the_exempt_period() -> None:
    # forsterket (not utvidet, so no COV003): ended after the mark, reason not registered.
    row = extended(utvidet="nei", forsterket="ja", avslutningsdato="30.06.2021",
                   avslutningsarsak=NOT_REGISTERED)
    result = run([row], [TILTAK_TO_MARK])
    assert "AVS001" not in rules_of(result)
    assert "COV003" not in rules_of(result)
    assert "COV001" in rules_of(result)


def test_avs001_raised_when_ending_lies_before_the_mark() -> None:
    row = extended(utvidet="nei", forsterket="ja", programstart="01.09.2018",
                   avslutningsdato="30.06.2021", avslutningsarsak=None)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2018", end="30.06.2021")])
    assert [m for _, _, m in messages(result, "AVS001")] == [
        "Avslutningsdato 30.06.2021 er i 2021, men avslutningsårsak mangler."]


def test_cov003_silences_avs001_in_2021() -> None:
    # utvidet, mark 1 September 2021 (in RY), ended in June with "ikke registrert".
    row = extended(programstart="01.09.2018", avslutningsdato="30.06.2021",
                   avslutningsarsak=NOT_REGISTERED)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2018", end="30.06.2021")])
    assert "AVS001" not in rules_of(result)
    assert [m for _, _, m in messages(result, "COV003")] == [COV003.format("01.09.2021")]


def test_cov003_does_not_apply_in_2022() -> None:
    row = extended(programstart="01.09.2019", vedtaksdato="15.08.2019",
                   gjennomforingsfrist="31.08.2022", avslutningsdato="30.06.2022",
                   avslutningsarsak=NOT_REGISTERED)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2019", end="30.06.2022")],
                 year=2022)
    assert "COV003" not in rules_of(result)
    assert [m for _, _, m in messages(result, "AVS001")] == [
        "Avslutningsdato 30.06.2022 er i 2022, men avslutningsårsak er «Avslutningsårsak ikke "
        "registrert»."]


@pytest.mark.parametrize(("row", "expected"), [
    (extended(programstart="01.09.2018", avslutningsdato="30.06.2021",
              avslutningsarsak=NOT_REGISTERED), [COV003.format("01.09.2021")]),
    (extended(programstart="01.09.2018", avslutningsdato="30.06.2021", avslutningsarsak=None),
     [COV003.format("01.09.2021")]),
    # a reason is registered: no exclusion
    (extended(programstart="01.09.2018", avslutningsdato="30.06.2021",
              avslutningsarsak="Arbeid heltid"), []),
    # forsterket only: not the utvidet programme the exclusion is for
    (extended(programstart="01.09.2018", avslutningsdato="30.06.2021", utvidet="nei",
              forsterket="ja", avslutningsarsak=NOT_REGISTERED), []),
    # mark in 2020
    (extended(programstart="01.09.2017", avslutningsdato="30.06.2021",
              avslutningsarsak=NOT_REGISTERED), []),
])
def test_cov003_left_out_of_goal_attainment(row, expected) -> None:
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.09.2017", end="30.06.2021")])
    assert [m for _, _, m in messages(result, "COV003")] == expected


# --- COV002 replaces AVS004 ------------------------------------------------------------


def test_cov002_replaces_avs004_for_annet() -> None:
    row = extended(avslutningsdato="31.05.2021", avslutningsarsak="Annet")
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.06.2018")])  # open tiltak
    assert [m for _, _, m in messages(result, "COV002")] == [COV002_ANNET]
    assert "AVS004" not in rules_of(result)


def test_avs004_when_the_extended_person_really_ended() -> None:
    row = extended(avslutningsdato="31.05.2021", avslutningsarsak="Annet")
    result = run([row], [TILTAK_TO_MARK])
    assert "COV002" not in rules_of(result)
    assert [m for _, _, m in messages(result, "AVS004")] == [
        "Avslutningsårsak er «Annet» for en person som avsluttet 31.05.2021. Det telles som "
        "avsluttet uten måloppnåelse; sjekk om en mer presis årsak passer."]


@pytest.mark.parametrize(("row", "tiltak_rows", "expected"), [
    (extended(avslutningsarsak="Arbeid heltid"), [TILTAK_TO_MARK],
     [COV002.format("Arbeid heltid")]),
    (extended(avslutningsarsak="Annet"), [TILTAK_TO_MARK], [COV002_ANNET]),
    (extended(avslutningsarsak=NOT_REGISTERED), [TILTAK_TO_MARK], []),
    (extended(avslutningsarsak=None), [TILTAK_TO_MARK], []),
    # not extended
    (extended(avslutningsarsak="Arbeid heltid", utvidet="nei"), [TILTAK_TO_MARK], []),
    # frist not in RY
    (extended(avslutningsarsak="Arbeid heltid", gjennomforingsfrist="31.05.2022"),
     [TILTAK_TO_MARK], []),
    # ended after RY: a later, legitimate ending
    (extended(avslutningsarsak="Arbeid heltid", avslutningsdato="31.01.2022"),
     [TILTAK_TO_MARK], []),
    # ended in RY but a tiltak ends after RY
    (extended(avslutningsarsak="Arbeid heltid", avslutningsdato="31.05.2021"),
     [tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.03.2022")],
     [COV002.format("Arbeid heltid")]),
])
def test_cov002_reason_must_not_be_registered(row, tiltak_rows, expected) -> None:
    result = run([row], tiltak_rows)
    assert [m for _, _, m in messages(result, "COV002")] == expected


def test_cov002_and_avs002_both_name_the_reason_without_date() -> None:
    # The reason without a date is also AVS002; both point at the same cell.
    result = run([extended(avslutningsarsak="Arbeid heltid")], [TILTAK_TO_MARK])
    cells = {(f.rule, f.field) for f in result.findings if f.rule in ("COV002", "AVS002")}
    assert cells == {("COV002", "avslutningsarsak"), ("AVS002", "avslutningsarsak")}


def test_covid_rules_not_applicable_outside_their_years() -> None:
    result = run([extended(programstart="01.06.2021")], [TILTAK_TO_MARK], year=2023)
    assert {"COV001", "COV002", "COV003"} <= set(result.not_applicable)
    result = run([extended()], [TILTAK_TO_MARK], year=2022)
    assert "COV003" in result.not_applicable
    assert "COV001" not in result.not_applicable


def test_unreadable_utvidet_holds_back_rather_than_guessing() -> None:
    # "kanskje" cannot be read as yes/no: the time after the mark may be exempt, so no
    # INT004 for it, no AVS005, and no COV001 claiming an extension either.
    row = extended(programstart="01.01.2018", vedtaksdato=None, utvidet="kanskje",
                   forsterket=None)
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.01.2018", end="31.12.2020")])
    assert not rules_of(result) & {"INT001", "INT004", "AVS005", "COV001"}


def test_cov003_for_a_programme_still_open_in_the_file() -> None:
    result = run([extended(programstart="01.09.2018")],
                 [tiltak(code="Arbeidspraksis", start="01.09.2018")])
    assert [m for _, _, m in messages(result, "COV003")] == [
        "Utvidet program der 3-årsgrensen (01.09.2021) er i 2021, uten avslutning i filen. "
        "Avslutter NIR programmet med «Avslutningsårsak ikke registrert», tas personen ut av "
        "grunnlaget for måloppnåelse for 2021."]
