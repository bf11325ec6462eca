"""AVS001–AVS005: ending the programme."""

from __future__ import annotations

import pytest
from builders import messages, person, run, tiltak

from nir_desktop.core.codelists import NOT_REGISTERED

ENDED = {"avslutningsdato": "30.06.2021", "avslutningsarsak": "Arbeid heltid"}


def ended(**changes: object) -> dict[str, object]:
    row = person(**ENDED)
    row.update(changes)
    return row


@pytest.mark.parametrize(("row", "year", "expected"), [
    (ended(), 2021, []),
    (ended(avslutningsarsak=None), 2021,
     ["Avslutningsdato 30.06.2021 er i 2021, men avslutningsårsak mangler."]),
    (ended(avslutningsarsak=NOT_REGISTERED), 2021,
     ["Avslutningsdato 30.06.2021 er i 2021, men avslutningsårsak er «Avslutningsårsak ikke "
      "registrert»."]),
    (ended(avslutningsarsak="avslutningsårsak IKKE registrert"), 2021,
     ["Avslutningsdato 30.06.2021 er i 2021, men avslutningsårsak er «Avslutningsårsak ikke "
      "registrert»."]),
    # ended in another year
    (ended(avslutningsarsak=None), 2022, []),
    (ended(avslutningsarsak=None, avslutningsdato="30.06.2020", programstart="01.03.2019"),
     2021, []),
])
def test_avs001_reason_missing(row, year, expected) -> None:
    result = run([row], year=year)
    assert [m for _, _, m in messages(result, "AVS001")] == expected
    for f in result.findings:
        if f.rule == "AVS001":
            assert f.field == "avslutningsarsak"


@pytest.mark.parametrize(("row", "expected"), [
    (ended(), []),
    (ended(avslutningsdato=None),
     ["Avslutningsårsak «Arbeid heltid» er registrert, men avslutningsdato mangler."]),
    (ended(avslutningsdato=None, avslutningsarsak=NOT_REGISTERED), []),
    (ended(avslutningsdato=None, avslutningsarsak=None), []),
])
def test_avs002_reason_without_date(row, expected) -> None:
    assert [m for _, _, m in messages(run([row]), "AVS002")] == expected


AVS003 = ("Tiltaket starter {}, etter at programmet ble avsluttet 30.06.2021. Personen står "
          "trolig feilaktig som avsluttet.")


@pytest.mark.parametrize(("tiltak_rows", "expected"), [
    ([tiltak(end="30.06.2021")], []),
    ([tiltak(end="30.06.2021"), tiltak(code="Arbeidspraksis", start="01.09.2021")],
     [(3, AVS003.format("01.09.2021"))]),
    ([tiltak(end="30.06.2021"), tiltak(code="Arbeidspraksis", start="01.07.2021",
                                       end="31.07.2021")],
     [(3, AVS003.format("01.07.2021"))]),
    # after the end, but not in RY
    ([tiltak(end="30.06.2021"), tiltak(code="Arbeidspraksis", start="01.03.2022")], []),
])
def test_avs003_tiltak_after_end(tiltak_rows, expected) -> None:
    result = run([ended()], tiltak_rows)
    assert [(r, m) for _, r, m in messages(result, "AVS003")] == expected


def test_avs003_not_raised_for_a_later_programme() -> None:
    rows = [ended(), person(programstart="01.09.2021", vedtaksdato="15.08.2021")]
    result = run(rows, [tiltak(end="30.06.2021"), tiltak(start="01.09.2021")])
    assert messages(result, "AVS003") == []


@pytest.mark.parametrize(("row", "expected"), [
    (ended(), []),
    (ended(avslutningsarsak="Annet"),
     ["Avslutningsårsak er «Annet» for en person som avsluttet 30.06.2021. Det telles som "
      "avsluttet uten måloppnåelse; sjekk om en mer presis årsak passer."]),
    (ended(avslutningsarsak="annet"),
     ["Avslutningsårsak er «Annet» for en person som avsluttet 30.06.2021. Det telles som "
      "avsluttet uten måloppnåelse; sjekk om en mer presis årsak passer."]),
    (ended(avslutningsarsak="Annet", avslutningsdato="30.06.2020", programstart="01.01.2019"),
     []),
])
def test_avs004_reason_annet(row, expected) -> None:
    assert [m for _, _, m in messages(run([row]), "AVS004")] == expected


AVS005 = ("Gjennomføringsfristen {} er passert innen utgangen av 2021, men avslutningsdato "
          "mangler og ingen tiltak varer etter fristen.")


@pytest.mark.parametrize(("row", "tiltak_rows", "expected"), [
    (person(utvidet="nei"), [tiltak()], []),
    (person(utvidet="nei", gjennomforingsfrist="30.06.2021"),
     [tiltak(end="30.06.2021")], [AVS005.format("30.06.2021")]),
    (person(utvidet="nei", gjennomforingsfrist="31.12.2021"),
     [tiltak(end="30.06.2021")], [AVS005.format("31.12.2021")]),
    # a tiltak continuing after the frist: the person probably continues
    (person(utvidet="nei", gjennomforingsfrist="30.06.2021"), [tiltak(end="31.08.2021")], []),
    (person(utvidet="nei", gjennomforingsfrist="30.06.2021"), [tiltak()], []),
    # covid-extended: the frist in NIR is not the real one
    (person(utvidet="ja", gjennomforingsfrist="30.06.2021"), [tiltak(end="30.06.2021")], []),
    (person(utvidet="nei", forsterket="ja", gjennomforingsfrist="30.06.2021"),
     [tiltak(end="30.06.2021")], []),
    # ended
    (person(utvidet="nei", gjennomforingsfrist="30.06.2021", **ENDED),
     [tiltak(end="30.06.2021")], []),
])
def test_avs005_deadline_passed_without_ending(row, tiltak_rows, expected) -> None:
    row = {"avslutningsdato": None, "avslutningsarsak": None, **row}
    result = run([row], tiltak_rows)
    assert [m for _, _, m in messages(result, "AVS005")] == expected


def test_avs005_needs_the_covid_columns_in_covid_years() -> None:
    row = person(gjennomforingsfrist="30.06.2021", avslutningsdato=None)
    result = run([row], [tiltak(end="30.06.2021")])
    assert messages(result, "AVS005") == []
    assert [nc.missing for nc in result.not_checked if nc.rule == "AVS005"] == [
        ("deltakere.utvidet|deltakere.forsterket",)]
    later = run([row], [tiltak(end="30.06.2021")], year=2023)
    assert len(messages(later, "AVS005")) == 1
