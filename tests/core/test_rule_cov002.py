"""COV002 aarsak-boer-ikke-registreres (rules.md v2) and what it silences (AVS002,
AVS004, INT005)."""

from __future__ import annotations

import pytest
from builders import extended, messages, rules_of, run, tiltak

from nir_desktop.core.codelists import NOT_REGISTERED
from nir_desktop.core.findings import Severity

COV002 = ("Gjennomføringsfristen 31.05.2021 er i 2021, men programmet er utvidet eller "
          "forsterket og fortsetter etter 2021. Avslutningsårsak «{}» bør ikke registreres så "
          "lenge personen er i program.")
COV002_ANNET = ("Gjennomføringsfristen 31.05.2021 er i 2021, men programmet er utvidet eller "
                "forsterket og fortsetter etter 2021. Avslutningsårsak «Annet» bør ikke "
                "registreres: den blir lest som at deltakeren avsluttet uten å nå målet.")
TO_FRIST = tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.05.2021")


@pytest.mark.parametrize(("row", "tiltak_rows", "expected"), [
    (extended(avslutningsarsak="Arbeid heltid"), [TO_FRIST], [COV002.format("Arbeid heltid")]),
    (extended(avslutningsarsak="Annet"), [TO_FRIST], [COV002_ANNET]),
    (extended(avslutningsarsak=NOT_REGISTERED), [TO_FRIST], []),
    (extended(avslutningsarsak=None), [TO_FRIST], []),
    (extended(avslutningsarsak="Arbeid heltid", utvidet="nei"), [TO_FRIST], []),
    # frist not in RY
    (extended(avslutningsarsak="Arbeid heltid", gjennomforingsfrist="31.05.2022"),
     [TO_FRIST], []),
    # ended after RY: a later, legitimate ending
    (extended(avslutningsarsak="Arbeid heltid", avslutningsdato="31.01.2022"), [TO_FRIST], []),
    # ended in RY but a tiltak ends after RY
    (extended(avslutningsarsak="Arbeid heltid", avslutningsdato="31.05.2021"),
     [tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.03.2022")],
     [COV002.format("Arbeid heltid")]),
])
def test_cov002_reason_should_not_be_registered(row, tiltak_rows, expected) -> None:
    result = run([row], tiltak_rows)
    assert [m for _, _, m in messages(result, "COV002")] == expected


def test_cov002_is_a_warning_whose_fix_removes_only_the_reason() -> None:
    """(v2) «bør ikke»: a WARNING, and the suggestion empties the avslutningsårsak cell
    only. Fails on v1 (an ERROR without a fix, whose text said to remove the date too)."""
    result = run([extended(avslutningsarsak="Arbeid heltid", avslutningsdato="31.05.2021")],
                 [tiltak(code="Arbeidspraksis", start="01.06.2018")])
    (f,) = [f for f in result.findings if f.rule == "COV002"]
    assert f.severity is Severity.WARNING
    assert (f.field, f.suggestion) == ("avslutningsarsak", "")


def test_cov002_only_in_2021() -> None:
    """(v2) The guidance is about RY 2021. Fails on v1, which raised it in 2020–2022."""
    row = extended(programstart="01.06.2019", vedtaksdato="15.05.2019",
                   gjennomforingsfrist="31.05.2022", avslutningsarsak="Arbeid heltid")
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.06.2019")], year=2022)
    assert "COV002" in result.not_applicable


def test_cov002_replaces_avs004_for_annet() -> None:
    row = extended(avslutningsdato="31.05.2021", avslutningsarsak="Annet")
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.06.2018")])
    assert [m for _, _, m in messages(result, "COV002")] == [COV002_ANNET]
    assert "AVS004" not in rules_of(result)


def test_avs004_when_the_extended_person_really_ended() -> None:
    row = extended(avslutningsdato="31.05.2021", avslutningsarsak="Annet")
    result = run([row], [TO_FRIST])
    assert "COV002" not in rules_of(result)
    assert [m for _, _, m in messages(result, "AVS004")] == [
        "Avslutningsårsak er «Annet» for en person som avsluttet 31.05.2021. Det telles som "
        "avsluttet uten måloppnåelse; sjekk om en mer presis årsak passer."]


def test_avs002_not_raised_where_cov002_applies() -> None:
    """(v2) The person continues: the reason should go, not a date be added. Fails on v1,
    which raised AVS002 («register the end date») next to COV002."""
    result = run([extended(avslutningsarsak="Arbeid heltid")], [TO_FRIST])
    assert "COV002" in rules_of(result)
    assert "AVS002" not in rules_of(result)


def test_avs002_still_raised_outside_cov002() -> None:
    result = run([extended(avslutningsarsak="Arbeid heltid", utvidet="nei")], [TO_FRIST])
    assert [m for _, _, m in messages(result, "AVS002")] == [
        "Avslutningsårsak «Arbeid heltid» er registrert, men avslutningsdato mangler."]


def test_int005_not_raised_on_the_nir_ending_of_a_person_who_continues() -> None:
    """(v2) The avslutningsdato is NIR's ending of a person who goes on: a tiltak past it
    is no error. Fails on v1, which raised INT005 «varer lenger enn programmet»."""
    row = extended(avslutningsdato="31.05.2021", avslutningsarsak="Arbeid heltid")
    result = run([row], [tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.03.2022")])
    assert "INT005" not in rules_of(result)
    # the same tiltak for a person who is not extended is INT005
    result = run([dict(row, utvidet="nei")],
                 [tiltak(code="Arbeidspraksis", start="01.06.2018", end="31.03.2022")])
    assert [m for _, _, m in messages(result, "INT005")] == [
        "Tiltaket (01.06.2018–31.03.2022) varer lenger enn programmet, som ble avsluttet "
        "31.05.2021."]
